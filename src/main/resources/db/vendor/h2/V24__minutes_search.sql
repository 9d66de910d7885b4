-- On PostgreSQL, V24 adds search by Danish word stems and the search's indexes
-- (db/vendor/postgresql). H2 searches by substring only (meeting.boundary.Search). Kept so that
-- both databases share one version history.
select 1;
