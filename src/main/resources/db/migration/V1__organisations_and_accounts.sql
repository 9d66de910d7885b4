-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
-- Ids come from sequences that hand out blocks of 50, as EclipseLink expects
-- (start = increment = the entities' allocationSize).

create sequence organisation_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;
create sequence account_seq start with 50 increment by 50;

create table organisation (
    id                  bigint        not null primary key,
    version             bigint        not null,
    name                varchar(200)  not null,
    org_type            varchar(40)   not null,
    description         varchar(4000),
    address             varchar(300),
    website             varchar(500),
    contact_person      varchar(200),
    contact_phone       varchar(40),
    contact_email       varchar(254),
    contact_consent     boolean       not null,
    consent_recorded_at timestamp with time zone,
    competences         varchar(2000),
    target_groups       varchar(2000),
    languages           varchar(500),
    physical_base       varchar(2000),
    facilities          varchar(2000),
    other_resources     varchar(2000),
    constraint organisation_name_unique unique (name),
    constraint organisation_type_check check (org_type in
        ('BUSINESS', 'MUNICIPAL_INSTITUTION', 'HOUSING_ORGANISATION',
         'VOLUNTARY_ORGANISATION', 'RESIDENT_ASSOCIATION', 'OTHER_ACTOR'))
);

create table organisation_value (
    organisation_id     bigint       not null references organisation (id) on delete cascade,
    collaboration_value varchar(40)  not null,
    primary key (organisation_id, collaboration_value),
    constraint organisation_value_check check (collaboration_value in
        ('BROADER_TARGET_GROUP', 'PROFESSIONAL_COMPETENCE', 'COLLABORATION_BASIS',
         'SOCIAL_RESPONSIBILITY', 'MORE_RESOURCES'))
);

create table person (
    id              bigint        not null primary key,
    version         bigint        not null,
    name            varchar(200)  not null,
    job_title       varchar(200),
    email           varchar(254),
    phone           varchar(40),
    organisation_id bigint        not null references organisation (id)
);
create index person_organisation_idx on person (organisation_id);

create table account (
    id             bigint        not null primary key,
    version        bigint        not null,
    username       varchar(50)   not null,
    password_hash  varchar(500)  not null,
    active         boolean       not null,
    language       varchar(2)    not null,
    created_at     timestamp with time zone not null,
    deactivated_at timestamp with time zone,
    person_id      bigint        not null references person (id),
    constraint account_username_unique unique (username),
    constraint account_person_unique unique (person_id),
    constraint account_language_check check (language in ('DA', 'EN'))
);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role),
    constraint account_role_check check (role in ('USER', 'ADMIN', 'COORDINATOR', 'BOOKER'))
);
