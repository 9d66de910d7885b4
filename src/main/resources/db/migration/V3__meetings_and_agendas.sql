-- Meetings of network groups (a series from the group's rhythm, or one-off)
-- and their agendas.

create sequence meeting_seq start with 50 increment by 50;
create sequence agenda_item_seq start with 50 increment by 50;

create table meeting (
    id                  bigint        not null primary key,
    version             bigint        not null,
    group_id            bigint        not null references network_group (id),
    series_date         date,
    title               varchar(200)  not null,
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    place               varchar(500),
    status              varchar(20)   not null,
    cancel_reason       varchar(1000),
    moved               boolean       not null,
    agenda_published_at timestamp with time zone,
    constraint meeting_series_unique unique (group_id, series_date),
    constraint meeting_time_check check (ends_at > starts_at),
    constraint meeting_status_check check (status in
        ('PLANNED', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_DRAFT', 'MINUTES_APPROVED', 'CANCELLED'))
);
create index meeting_group_start_idx on meeting (group_id, starts_at);

create table agenda_item (
    id          bigint        not null primary key,
    meeting_id  bigint        not null references meeting (id),
    position    integer       not null,
    title       varchar(200)  not null,
    description varchar(4000),
    item_type   varchar(20)   not null,
    presenter   varchar(200),
    minutes     integer       not null,
    constraint agenda_item_minutes_check check (minutes between 0 and 600),
    constraint agenda_item_type_check check (item_type in ('INFORMATION', 'DISCUSSION', 'DECISION'))
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);
