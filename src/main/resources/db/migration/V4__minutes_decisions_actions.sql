-- Minutes: notes per agenda item, decisions, and action items that stay open
-- until done (and follow the group to its next agendas meanwhile).

create sequence decision_seq start with 50 increment by 50;
create sequence action_item_seq start with 50 increment by 50;

alter table agenda_item add column notes varchar(8000);
alter table meeting add column minutes_approved_at timestamp with time zone;

create table decision (
    id             bigint         not null primary key,
    meeting_id     bigint         not null references meeting (id),
    agenda_item_id bigint         references agenda_item (id),
    text           varchar(2000)  not null,
    created_at     timestamp with time zone not null
);
create index decision_meeting_idx on decision (meeting_id);

create table action_item (
    id                         bigint         not null primary key,
    version                    bigint         not null,
    group_id                   bigint         not null references network_group (id),
    meeting_id                 bigint         not null references meeting (id),
    meeting_start              timestamp with time zone not null,
    agenda_item_id             bigint         references agenda_item (id),
    what                       varchar(1000)  not null,
    responsible_organisation_id bigint        not null references organisation (id),
    responsible_person         varchar(200),
    due_date                   date           not null,
    status                     varchar(10)    not null,
    done_note                  varchar(1000),
    done_at                    timestamp with time zone,
    done_by_id                 bigint         references person (id),
    created_at                 timestamp with time zone not null,
    constraint action_item_status_check check (status in ('OPEN', 'DONE'))
);
create index action_item_group_idx on action_item (group_id, status);
create index action_item_responsible_idx on action_item (responsible_organisation_id, status);
