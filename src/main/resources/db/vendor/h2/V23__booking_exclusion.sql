-- On PostgreSQL, V23 adds an exclusion constraint against overlapping confirmed bookings
-- (db/vendor/postgresql). H2 has no exclusion constraints; there the room's row lock, which
-- every booking transaction takes, is the guard (docs/architecture.md). Kept so that both
-- databases share one version history.
select 1;
