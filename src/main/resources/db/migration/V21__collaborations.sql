-- The network map's recorded collaborations: one line per concrete
-- collaboration between two organisations (the pair stored in id order, so
-- a pair and kind is recorded once), since a date and possibly until one.
-- Lines the system knows by itself (shared core membership of an open network
-- group, rooms lent, answered exchange posts, experience groups' joint
-- projects) are derived when the map is drawn and not stored.

alter table organisation add column wants_more_collaboration boolean default false not null;

create sequence collaboration_seq start with 50 increment by 50;

create table collaboration (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    first_id     bigint                   not null references organisation (id),
    second_id    bigint                   not null references organisation (id),
    kind         varchar(20)              not null,
    since        date                     not null,
    until        date,
    note         varchar(500),
    recorded_by  bigint                   references person (id),
    recorded_at  timestamp with time zone not null,
    constraint collaboration_kind_check check (kind in
        ('KNOWLEDGE_SHARING', 'REFERRAL', 'SPONSORSHIP', 'ROOM_LENDING', 'JOINT_PROJECT')),
    constraint collaboration_pair_check check (first_id < second_id),
    constraint collaboration_period_check check (until is null or until >= since),
    constraint collaboration_once unique (first_id, second_id, kind)
);
create index collaboration_second_idx on collaboration (second_id);
