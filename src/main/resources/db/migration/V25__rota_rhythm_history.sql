-- The rhythms a group's rota followed before its current one (issue 20): a
-- change of meeting day or rotation unit takes effect from the turn that is
-- not over yet, so the turns before it keep their dates and holders. Each row
-- is the rhythm in force until (not including) until_date.
-- The rota's log also records rhythm changes and swaps withdrawn because their
-- turn changed.

create sequence rota_rhythm_seq start with 50 increment by 50;

create table rota_rhythm (
    id                    bigint        not null primary key,
    group_id              bigint        not null references network_group (id),
    until_date            date          not null,
    rotation_unit         varchar(20)   not null,
    cadence_kind          varchar(20)   not null,
    cadence_interval      integer       not null,
    cadence_day           varchar(10),
    cadence_week_of_month integer,
    cadence_start_time    time,
    cadence_minutes       integer       not null,
    cadence_first_date    date,
    recorded_at           timestamp with time zone not null,
    constraint rota_rhythm_rotation_check check (rotation_unit in ('MEETING', 'MONTH', 'QUARTER')),
    constraint rota_rhythm_cadence_check check (cadence_kind in ('WEEKLY', 'MONTHLY', 'AD_HOC'))
);
create index rota_rhythm_group_idx on rota_rhythm (group_id, until_date);

alter table rota_event drop constraint rota_event_kind_check;
alter table rota_event add constraint rota_event_kind_check check (kind in
    ('ORDER', 'REORDER', 'SKIP', 'SWAP_PROPOSED', 'SWAP_ACCEPTED', 'SWAP_DECLINED', 'SWAP_WITHDRAWN', 'HANDOVER_NOTE',
     'RHYTHM'));
