-- Calendar subscriptions: a secret, revocable token per feed (a person's own
-- calendar, a network group's, a room's). Calendar apps fetch the feed by the
-- token without a login; the feed shows what its owner may see.

create sequence calendar_feed_seq start with 50 increment by 50;

create table calendar_feed (
    id         bigint       not null primary key,
    person_id  bigint       not null references person (id),
    kind       varchar(10)  not null,
    target_id  bigint,
    token      varchar(64)  not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    constraint calendar_feed_token_unique unique (token),
    constraint calendar_feed_kind_check check (kind in ('PERSON', 'GROUP', 'ROOM')),
    constraint calendar_feed_target_check check ((kind = 'PERSON') = (target_id is null))
);
create index calendar_feed_person_idx on calendar_feed (person_id);
