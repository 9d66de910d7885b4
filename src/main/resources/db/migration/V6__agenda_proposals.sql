-- Participants propose agenda items until a deadline; the coordinator accepts
-- (the item joins the agenda) or declines with a reason.

create sequence agenda_proposal_seq start with 50 increment by 50;

alter table meeting add column proposal_deadline timestamp with time zone;

create table agenda_proposal (
    id            bigint        not null primary key,
    version       bigint        not null,
    meeting_id    bigint        not null references meeting (id),
    person_id     bigint        not null references person (id),
    title         varchar(200)  not null,
    description   varchar(4000),
    minutes       integer       not null,
    status        varchar(20)   not null,
    reason        varchar(1000),
    proposed_at   timestamp with time zone not null,
    decided_by_id bigint        references person (id),
    decided_at    timestamp with time zone,
    constraint agenda_proposal_status_check check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    constraint agenda_proposal_minutes_check check (minutes between 0 and 600)
);
create index agenda_proposal_meeting_idx on agenda_proposal (meeting_id, status);
