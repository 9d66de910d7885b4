-- Every approval of a meeting's minutes keeps a version; a correction after
-- approval is approved as a new version, and the earlier ones stay readable.

create sequence minutes_version_seq start with 50 increment by 50;

create table minutes_version (
    id             bigint          not null primary key,
    meeting_id     bigint          not null references meeting (id),
    number         integer         not null,
    content        varchar(200000) not null,
    reason         varchar(1000),
    approved_at    timestamp with time zone not null,
    approved_by_id bigint          references person (id),
    constraint minutes_version_unique unique (meeting_id, number)
);

alter table meeting add column correction_reason varchar(1000);
