-- The resource exchange's posts (ressourcebørs): an organisation asks for help
-- (REQUEST) or offers something (OFFER) until a date; another organisation
-- answers through the system, once per post. An answer is also a
-- collaboration between the two organisations on the network map.

create sequence exchange_post_seq start with 50 increment by 50;
create sequence exchange_answer_seq start with 50 increment by 50;

create table exchange_post (
    id              bigint                   not null primary key,
    version         bigint                   not null,
    kind            varchar(10)              not null,
    category        varchar(20)              not null,
    title           varchar(200)             not null,
    description     varchar(4000),
    target_group    varchar(500),
    organisation_id bigint                   not null references organisation (id),
    author_id       bigint                   references person (id),
    created_at      timestamp with time zone not null,
    expires_on      date                     not null,
    closed_at       timestamp with time zone,
    constraint exchange_post_kind_check check (kind in ('REQUEST', 'OFFER')),
    constraint exchange_post_category_check check (category in
        ('VOLUNTEERS', 'ROOMS', 'GOODS', 'JOBS', 'COMPETENCE', 'SPONSORSHIP', 'ACTIVITY', 'OTHER'))
);
create index exchange_post_expires_idx on exchange_post (expires_on, created_at);
create index exchange_post_organisation_idx on exchange_post (organisation_id);

create table exchange_answer (
    id              bigint                   not null primary key,
    post_id         bigint                   not null references exchange_post (id) on delete cascade,
    organisation_id bigint                   not null references organisation (id),
    person_id       bigint                   references person (id),
    message         varchar(2000)            not null,
    created_at      timestamp with time zone not null,
    constraint exchange_answer_once unique (post_id, organisation_id)
);
create index exchange_answer_organisation_idx on exchange_answer (organisation_id);

-- when each person last opened the list: what is newer is "new since my last visit"
create table exchange_visit (
    person_id  bigint                   not null primary key references person (id) on delete cascade,
    seen_at    timestamp with time zone not null
);
