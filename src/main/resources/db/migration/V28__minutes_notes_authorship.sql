-- Who last saved an agenda item's notes in the minutes, and when: the meeting page shows it beside
-- the notes, and a second writer whose draft started from older notes is told who changed them.
alter table agenda_item add column notes_written_at timestamp with time zone;
alter table agenda_item add column notes_written_by_id bigint references person (id);
