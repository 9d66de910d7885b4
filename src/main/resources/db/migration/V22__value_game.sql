-- The value game (værdispil) played in a network group's meeting: each
-- member organisation marks which of the five values the collaboration gives
-- it, and may add a value of its own. One game per meeting; once closed it
-- belongs to the meeting's minutes and no longer changes.

create sequence value_game_seq start with 50 increment by 50;
create sequence value_answer_seq start with 50 increment by 50;

create table value_game (
    id          bigint                   not null primary key,
    version     bigint                   not null,
    meeting_id  bigint                   not null references meeting (id),
    group_id    bigint                   not null references network_group (id),
    started_by  bigint                   references person (id),
    started_at  timestamp with time zone not null,
    closed_at   timestamp with time zone,
    constraint value_game_once unique (meeting_id)
);
create index value_game_group_idx on value_game (group_id);

create table value_answer (
    id              bigint                   not null primary key,
    game_id         bigint                   not null references value_game (id) on delete cascade,
    organisation_id bigint                   not null references organisation (id),
    own_value       varchar(300),
    answered_by     bigint                   references person (id),
    answered_at     timestamp with time zone not null,
    constraint value_answer_once unique (game_id, organisation_id)
);
create index value_answer_organisation_idx on value_answer (organisation_id);

create table value_answer_value (
    answer_id           bigint      not null references value_answer (id) on delete cascade,
    collaboration_value varchar(40) not null,
    primary key (answer_id, collaboration_value),
    constraint value_answer_value_check check (collaboration_value in
        ('BROADER_TARGET_GROUP', 'PROFESSIONAL_COMPETENCE', 'COLLABORATION_BASIS',
         'SOCIAL_RESPONSIBILITY', 'MORE_RESOURCES'))
);
