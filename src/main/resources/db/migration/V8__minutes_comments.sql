-- Draft minutes circulated to the participants for comments before approval.

create sequence minutes_comment_seq start with 50 increment by 50;

alter table meeting add column minutes_circulated_at timestamp with time zone;

create table minutes_comment (
    id         bigint         not null primary key,
    meeting_id bigint         not null references meeting (id),
    person_id  bigint         not null references person (id),
    text       varchar(2000)  not null,
    created_at timestamp with time zone not null
);
create index minutes_comment_meeting_idx on minutes_comment (meeting_id);
