-- Experience groups (erfaringsgrupper): 3-6 staff around one renovation and one
-- social effort, four sessions in a fixed order, ending in a joint project.
-- Their sessions are meetings of a members-only "host" network group of kind
-- EXPERIENCE, so calendar, room booking and agendas work as for any meeting.

alter table network_group add column kind varchar(20) default 'NETWORK' not null;
alter table network_group add constraint network_group_kind_check check (kind in ('NETWORK', 'EXPERIENCE'));

create sequence experience_group_seq start with 50 increment by 50;
create sequence experience_entry_seq start with 50 increment by 50;

create table experience_group (
    id                  bigint        not null primary key,
    version             bigint        not null,
    name                varchar(200)  not null,
    renovation          varchar(300)  not null,
    social_effort       varchar(300)  not null,
    organisation_id     bigint        not null references organisation (id),
    facilitator_id      bigint        not null references person (id),
    network_group_id    bigint        not null references network_group (id),
    status              varchar(20)   not null,
    steps_done          integer       not null,
    project_title       varchar(200),
    project_goal        varchar(2000),
    project_first_steps varchar(2000),
    project_date        date,
    created_at          timestamp with time zone not null,
    started_at          timestamp with time zone,
    closed_at           timestamp with time zone,
    constraint experience_group_name_unique unique (name),
    constraint experience_group_host_unique unique (network_group_id),
    constraint experience_group_status_check check (status in ('PLANNING', 'RUNNING', 'CLOSED')),
    constraint experience_group_steps_check check (steps_done between 0 and 4)
);

create table experience_participant (
    group_id    bigint      not null references experience_group (id) on delete cascade,
    person_id   bigint      not null references person (id),
    role        varchar(30) not null,
    department  varchar(30) not null,
    in_project  boolean     not null,
    primary key (group_id, person_id),
    constraint experience_participant_role_check check (role in
        ('CARETAKER', 'CONSTRUCTION_MANAGER', 'RESIDENT_COUNSELLOR', 'REHOUSING_CONSULTANT', 'OTHER')),
    constraint experience_participant_department_check check (department in
        ('CONSTRUCTION', 'HOUSING_SOCIAL', 'OPERATIONS'))
);

-- The meeting of each of the four sessions.
create table experience_session (
    group_id   bigint  not null references experience_group (id) on delete cascade,
    step       integer not null,
    meeting_id bigint  not null references meeting (id),
    primary key (group_id, step),
    constraint experience_session_meeting_unique unique (meeting_id),
    constraint experience_session_step_check check (step between 1 and 4)
);

-- Step 1: advice proposed by participants; exactly three are selected.
create table experience_advice (
    id         bigint       not null primary key,
    group_id   bigint       not null references experience_group (id) on delete cascade,
    person_id  bigint       not null references person (id),
    text       varchar(500) not null,
    text_key   varchar(500) not null,
    selected   boolean      not null,
    created_at timestamp with time zone not null,
    constraint experience_advice_unique unique (group_id, text_key)
);

-- Step 2: each participant's competences and what they bring.
create table experience_contribution (
    id          bigint        not null primary key,
    version     bigint        not null,
    group_id    bigint        not null references experience_group (id) on delete cascade,
    person_id   bigint        not null references person (id),
    competences varchar(2000) not null,
    brings      varchar(2000) not null,
    constraint experience_contribution_unique unique (group_id, person_id)
);

-- Step 3: agreements for ongoing collaboration, each with responsible participants.
create table experience_agreement (
    id         bigint       not null primary key,
    group_id   bigint       not null references experience_group (id) on delete cascade,
    what       varchar(500) not null,
    when_text  varchar(300) not null,
    created_at timestamp with time zone not null
);
create table experience_agreement_person (
    agreement_id bigint not null references experience_agreement (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (agreement_id, person_id)
);

-- Step 4: what the group expects from the rest of the organisation.
create table experience_expectation (
    id         bigint        not null primary key,
    group_id   bigint        not null references experience_group (id) on delete cascade,
    to_whom    varchar(200)  not null,
    what       varchar(1000) not null,
    priority   varchar(10)   not null,
    created_at timestamp with time zone not null,
    constraint experience_expectation_priority_check check (priority in ('HIGH', 'MEDIUM', 'LOW'))
);
