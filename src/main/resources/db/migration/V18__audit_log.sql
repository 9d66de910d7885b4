-- Who changed what and when: agenda, minutes, rota, members, bookings, rooms and
-- accounts. One row per change, written in the change's own transaction; never
-- updated. group_id / organisation_id say whose history a row belongs to (a
-- group's managers read their group's; a room owner's bookers their rooms').

create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id              bigint        not null primary key,
    occurred_at     timestamp with time zone not null,
    actor_person_id bigint        references person (id),   -- null: the system
    action          varchar(40)   not null,
    subject_kind    varchar(20)   not null,
    subject_id      bigint        not null,
    group_id        bigint,
    organisation_id bigint,
    summary         varchar(300)  not null,
    constraint audit_entry_kind_check
        check (subject_kind in ('MEETING', 'GROUP', 'BOOKING', 'ROOM', 'ACCOUNT'))
);

create index audit_entry_time_idx on audit_entry (occurred_at);
create index audit_entry_group_idx on audit_entry (group_id, occurred_at);
create index audit_entry_organisation_idx on audit_entry (organisation_id, occurred_at);
create index audit_entry_actor_idx on audit_entry (actor_person_id);
