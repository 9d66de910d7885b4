-- Rooms that organisations lend each other, their lending rules, and bookings.
-- Two confirmed bookings of a room never overlap: every booking transaction
-- locks the room's row (select ... for update) before it checks and inserts,
-- so concurrent requests for one room are serialised by the database.

create sequence room_seq start with 50 increment by 50;
create sequence booking_seq start with 50 increment by 50;
create sequence booking_series_seq start with 50 increment by 50;

create table room (
    id                bigint        not null primary key,
    version           bigint        not null,
    owner_id          bigint        not null references organisation (id),
    name              varchar(200)  not null,
    address           varchar(500)  not null,
    directions        varchar(1000),
    capacity          integer       not null,
    other_facilities  varchar(1000),
    practical_info    varchar(4000),
    open_to_all       boolean       not null,
    approval_required boolean       not null,
    min_minutes       integer       not null,
    max_minutes       integer       not null,
    max_days_ahead    integer       not null,
    buffer_minutes    integer       not null,
    active            boolean       not null,
    constraint room_name_unique unique (owner_id, name),
    constraint room_capacity_check check (capacity between 1 and 10000),
    constraint room_duration_check check (min_minutes >= 15 and max_minutes >= min_minutes and max_minutes <= 1440),
    constraint room_ahead_check check (max_days_ahead between 1 and 1830),
    constraint room_buffer_check check (buffer_minutes between 0 and 240)
);

create table room_facility (
    room_id  bigint      not null references room (id) on delete cascade,
    facility varchar(20) not null,
    primary key (room_id, facility),
    constraint room_facility_check check (facility in
        ('PROJECTOR', 'WHITEBOARD', 'KITCHEN', 'STEP_FREE', 'HEARING_LOOP', 'WIFI'))
);

-- Opening hours per weekday (1 = Monday); minutes after midnight, 1440 = midnight at the end of the day.
create table room_opening (
    room_id     bigint  not null references room (id) on delete cascade,
    weekday     integer not null,
    opens_at    integer not null,
    closes_at   integer not null,
    primary key (room_id, weekday),
    constraint room_opening_day_check check (weekday between 1 and 7),
    constraint room_opening_time_check check (opens_at >= 0 and closes_at <= 1440 and closes_at > opens_at)
);

-- The organisations that may book a room that is not open to all.
create table room_borrower (
    room_id         bigint not null references room (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (room_id, organisation_id)
);

create table room_block (
    room_id   bigint                   not null references room (id) on delete cascade,
    starts_at timestamp with time zone not null,
    ends_at   timestamp with time zone not null,
    reason    varchar(500)             not null,
    constraint room_block_time_check check (ends_at > starts_at)
);
create index room_block_room_idx on room_block (room_id, starts_at);

-- A recurring booking: the rule it was made from; its dates are bookings.
create table booking_series (
    id              bigint       not null primary key,
    room_id         bigint       not null references room (id),
    organisation_id bigint       not null references organisation (id),
    rule            varchar(30)  not null,
    first_date      date         not null,
    last_date       date         not null,
    created_at      timestamp with time zone not null,
    constraint booking_series_rule_check check (rule in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY_WEEKDAY')),
    constraint booking_series_dates_check check (last_date >= first_date)
);

create table booking (
    id              bigint        not null primary key,
    version         bigint        not null,
    room_id         bigint        not null references room (id),
    organisation_id bigint        not null references organisation (id),
    booked_by       bigint        not null references person (id),
    purpose         varchar(300)  not null,
    private_purpose boolean       not null,
    people          integer       not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    status          varchar(20)   not null,
    reason          varchar(1000),
    meeting_id      bigint        references meeting (id),
    series_id       bigint        references booking_series (id),
    series_date     date,
    moved           boolean       not null,
    created_at      timestamp with time zone not null,
    decided_at      timestamp with time zone,
    decided_by      bigint        references person (id),
    -- a pending request rejected because an overlapping one was confirmed
    superseded_by   bigint        references booking (id),
    constraint booking_time_check check (ends_at > starts_at),
    constraint booking_people_check check (people >= 1),
    constraint booking_status_check check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'))
);
create index booking_room_time_idx on booking (room_id, starts_at, ends_at);
create index booking_organisation_idx on booking (organisation_id, starts_at);
create index booking_meeting_idx on booking (meeting_id);
create index booking_series_idx on booking (series_id, starts_at);
