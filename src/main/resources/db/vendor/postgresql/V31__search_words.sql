-- On H2, V31 adds the search's word index (db/vendor/h2). PostgreSQL's trigram indexes of V24 serve
-- the same search. Kept so that both databases share one version history.
select 1;
