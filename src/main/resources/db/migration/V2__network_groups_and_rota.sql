-- Network groups (netværksgrupper), their members and participants, and the
-- rotating coordinator duty: an append-only log of rota events from which the
-- rota is computed, swap requests, and the duty checklist per turn.

create sequence network_group_seq start with 50 increment by 50;
create sequence group_member_seq start with 50 increment by 50;
create sequence join_request_seq start with 50 increment by 50;
create sequence rota_event_seq start with 50 increment by 50;
create sequence swap_request_seq start with 50 increment by 50;
create sequence duty_check_seq start with 50 increment by 50;

create table network_group (
    id                    bigint        not null primary key,
    version               bigint        not null,
    name                  varchar(200)  not null,
    purpose               varchar(4000),
    theme                 varchar(500),
    visibility            varchar(20)   not null,
    administrator_id      bigint        not null references person (id),
    rotation_unit         varchar(20)   not null,
    rota_start            date          not null,
    cadence_kind          varchar(20)   not null,
    cadence_interval      integer       not null,
    cadence_day           varchar(10),
    cadence_week_of_month integer,
    cadence_start_time    time,
    cadence_minutes       integer       not null,
    cadence_first_date    date,
    created_at            timestamp with time zone not null,
    constraint network_group_name_unique unique (name),
    constraint network_group_visibility_check check (visibility in ('OPEN', 'MEMBERS_ONLY')),
    constraint network_group_rotation_check check (rotation_unit in ('MEETING', 'MONTH', 'QUARTER')),
    constraint network_group_cadence_check check (cadence_kind in ('WEEKLY', 'MONTHLY', 'AD_HOC')),
    constraint network_group_interval_check check (cadence_interval between 1 and 12),
    constraint network_group_week_check check (cadence_week_of_month is null or cadence_week_of_month between 1 and 5),
    constraint network_group_day_check check (cadence_day is null or cadence_day in
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
);

create table group_member (
    id              bigint   not null primary key,
    group_id        bigint   not null references network_group (id),
    organisation_id bigint   not null references organisation (id),
    core            boolean  not null,
    rota_position   integer,
    duty_person_id  bigint   references person (id),
    joined_at       timestamp with time zone not null,
    constraint group_member_unique unique (group_id, organisation_id)
);
create index group_member_organisation_idx on group_member (organisation_id);

create table group_participant (
    group_id  bigint not null references network_group (id),
    person_id bigint not null references person (id),
    primary key (group_id, person_id)
);
create index group_participant_person_idx on group_participant (person_id);

create table join_request (
    id             bigint        not null primary key,
    version        bigint        not null,
    group_id       bigint        not null references network_group (id),
    person_id      bigint        not null references person (id),
    status         varchar(20)   not null,
    message        varchar(1000),
    requested_at   timestamp with time zone not null,
    decided_by_id  bigint        references person (id),
    decided_at     timestamp with time zone,
    reason         varchar(1000),
    constraint join_request_status_check check (status in ('PENDING', 'APPROVED', 'DECLINED'))
);
create index join_request_group_idx on join_request (group_id, status);

-- The rota's history: every change, with who, when and why. Never updated.
create table rota_event (
    id                    bigint        not null primary key,
    group_id              bigint        not null references network_group (id),
    kind                  varchar(20)   not null,
    turn_date             date          not null,
    other_turn_date       date,
    organisation_id       bigint        references organisation (id),
    other_organisation_id bigint        references organisation (id),
    member_order          varchar(2000),
    reason                varchar(2000),
    actor_id              bigint        not null references person (id),
    occurred_at           timestamp with time zone not null,
    constraint rota_event_kind_check check (kind in
        ('ORDER', 'REORDER', 'SKIP', 'SWAP_PROPOSED', 'SWAP_ACCEPTED', 'SWAP_DECLINED', 'HANDOVER_NOTE'))
);
create index rota_event_group_idx on rota_event (group_id, turn_date);

create table swap_request (
    id                  bigint        not null primary key,
    version             bigint        not null,
    group_id            bigint        not null references network_group (id),
    turn_a              date          not null,
    holder_a_id         bigint        not null references organisation (id),
    turn_b              date          not null,
    holder_b_id         bigint        not null references organisation (id),
    status              varchar(20)   not null,
    reason              varchar(1000),
    proposed_by_id      bigint        not null references person (id),
    proposed_at         timestamp with time zone not null,
    decided_by_id       bigint        references person (id),
    decided_at          timestamp with time zone,
    constraint swap_request_status_check check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    constraint swap_request_turns_check check (turn_a <> turn_b)
);
create index swap_request_group_idx on swap_request (group_id, status);

create table duty_check (
    id           bigint        not null primary key,
    group_id     bigint        not null references network_group (id),
    meeting_date date          not null,
    item        varchar(20)   not null,
    done_at     timestamp with time zone not null,
    done_by_id  bigint        references person (id),
    automatic   boolean       not null,
    constraint duty_check_unique unique (group_id, meeting_date, item),
    constraint duty_check_item_check check (item in ('INVITATION', 'AGENDA', 'ROOM', 'MINUTES'))
);
