-- A meeting's place changed by hand stays when the series' place changes.
alter table meeting add column place_changed boolean default false not null;
