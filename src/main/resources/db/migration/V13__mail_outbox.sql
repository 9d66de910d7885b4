-- E-mail goes through an outbox: a message is written in the same transaction
-- as the change it tells about (a rolled-back change sends nothing), and a
-- timer sends it, retrying with back-off while the SMTP server is away.
-- dedup_key makes a reminder idempotent: the same reminder is never queued twice.

create sequence outbox_mail_seq start with 50 increment by 50;

create table outbox_mail (
    id              bigint         not null primary key,
    version         bigint         not null,
    recipient       varchar(320)   not null,
    person_id       bigint         references person (id),
    kind            varchar(40)    not null,
    subject         varchar(300)   not null,
    body_text       varchar(20000) not null,
    body_html       varchar(40000) not null,
    dedup_key       varchar(200),
    status          varchar(10)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint outbox_mail_dedup_unique unique (dedup_key),
    constraint outbox_mail_status_check check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index outbox_mail_due_idx on outbox_mail (status, next_attempt_at);
