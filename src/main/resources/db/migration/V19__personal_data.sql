-- A person removed for data protection keeps their row (minutes, bookings and
-- history still point to it) but loses name, title, e-mail and phone; erased_at
-- says when.
alter table person add column erased_at timestamp with time zone;
alter table person add constraint person_erased_check
    check (erased_at is null or (email is null and phone is null and job_title is null));
