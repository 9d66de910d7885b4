-- One calendar subscription per person, kind and target (issue 21): subscribing again to
-- the same calendar hands back the address one already has instead of adding a second row.
-- First the duplicates made before this rule go; the oldest of each stays, since its
-- address is the one most likely already in a calendar app. Revoked rows are history and
-- stay, and do not count: after a revoke one may subscribe again and get a new address.
delete from calendar_feed f
 where f.revoked_at is null
   and exists (select 1 from calendar_feed o
                where o.revoked_at is null
                  and o.person_id = f.person_id
                  and o.kind = f.kind
                  and coalesce(o.target_id, 0) = coalesce(f.target_id, 0)
                  and (o.created_at < f.created_at or (o.created_at = f.created_at and o.id < f.id)));

-- H2 has no partial indexes (PostgreSQL's V29 uses one): a generated column names the
-- subscription's target while it is in force and is null once revoked, and a unique
-- constraint on it lets any number of revoked rows (nulls) stand beside one in force.
-- The application does not map the column.
alter table calendar_feed add column active_target varchar(40) generated always as
    (case when revoked_at is null then kind || ':' || coalesce(cast(target_id as varchar(20)), '-') end);
alter table calendar_feed add constraint calendar_feed_one_per_target unique (person_id, active_target);
