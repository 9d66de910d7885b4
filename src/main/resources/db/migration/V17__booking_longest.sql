-- No booking lasts longer than a day (a room's longest booking is at most 1440 minutes).
-- The overlap queries rely on it: they read the (room_id, starts_at) index only from a day
-- before the interval, not a room's whole history.
alter table booking add constraint booking_longest_check check (ends_at <= starts_at + interval '1' day);

-- The free-room search reads every room's bookings around one time: by start first.
create index booking_start_idx on booking (starts_at, room_id);
