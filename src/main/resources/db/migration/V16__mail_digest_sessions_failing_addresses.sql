-- Action items as a weekly digest instead of one mail each; experience-group
-- session reminders as a kind of mail of their own; addresses that mail
-- cannot reach (refused by the SMTP server, or bounced back later).

alter table mail_preference add column digest boolean default false not null;
alter table mail_preference drop constraint mail_preference_topic_check;
alter table mail_preference add constraint mail_preference_topic_check
    check (topic in ('BOOKINGS', 'AGENDAS', 'MINUTES', 'ACTIONS', 'SESSIONS'));

create table mail_address_failure (
    address         varchar(320)  not null primary key,  -- lower case
    version         bigint        not null,
    source          varchar(10)   not null,
    reason          varchar(1000) not null,
    failures        integer       not null,
    first_failed_at timestamp with time zone not null,
    last_failed_at  timestamp with time zone not null,
    constraint mail_address_failure_source_check check (source in ('REFUSED', 'BOUNCED')),
    constraint mail_address_failure_lower_check check (address = lower(address)),
    constraint mail_address_failure_failures_check check (failures > 0)
);
