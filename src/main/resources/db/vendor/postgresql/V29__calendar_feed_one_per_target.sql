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

-- A partial unique index: only the subscriptions in force. A person's own calendar has no
-- target (null), hence the coalesce.
create unique index calendar_feed_one_per_target
    on calendar_feed (person_id, kind, coalesce(target_id, 0))
    where revoked_at is null;
