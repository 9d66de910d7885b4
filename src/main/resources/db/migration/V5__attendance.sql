-- Who comes to a meeting: participants answer beforehand; the coordinator
-- records afterwards who actually came.

create sequence attendance_seq start with 50 increment by 50;

create table attendance (
    id          bigint        not null primary key,
    version     bigint        not null,
    meeting_id  bigint        not null references meeting (id),
    person_id   bigint        not null references person (id),
    answer      varchar(20),
    note        varchar(500),
    answered_at timestamp with time zone,
    attended    boolean,
    constraint attendance_unique unique (meeting_id, person_id),
    constraint attendance_answer_check check (answer is null or answer in ('ATTENDING', 'NOT_ATTENDING'))
);
create index attendance_meeting_idx on attendance (meeting_id);
