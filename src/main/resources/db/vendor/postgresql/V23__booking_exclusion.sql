-- A second guard against a double booking, beside the room's row lock that every booking
-- transaction takes (docs/architecture.md): PostgreSQL itself refuses two confirmed bookings of
-- one room whose times overlap. Half-open ranges, so a booking may start when another ends.
-- The room's buffer between bookings stays the application's rule (BookingRules).
-- btree_gist is a trusted extension (PostgreSQL 13+): the database's owner may create it.
create extension if not exists btree_gist;

alter table booking add constraint booking_no_overlap
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
    where (status = 'CONFIRMED');
