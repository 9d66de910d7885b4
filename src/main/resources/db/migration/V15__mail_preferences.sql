-- Which kinds of e-mail a person does not want (a missing row means yes). Duty reminders are
-- not among them: they go to whoever holds a duty and cannot be turned off.
create table mail_preference (
    person_id bigint      not null references person (id) on delete cascade,
    topic     varchar(20) not null,
    enabled   boolean     not null,
    primary key (person_id, topic),
    constraint mail_preference_topic_check check (topic in ('BOOKINGS', 'AGENDAS', 'MINUTES', 'ACTIONS'))
);
