-- Search in Danish words on PostgreSQL (meeting.boundary.Search): beside the substring search that
-- both databases do, approved minutes and decisions are found by the stems of their words, so
-- "legepladser" finds notes about "legepladsen" and "beboere" finds "beboerne".
create function danish_match(document text, words text) returns boolean
    language sql immutable parallel safe
    as $$ select to_tsvector('danish', coalesce(document, '')) @@ plainto_tsquery('danish', words) $$;

-- the word indexes the inlined function can use
create index agenda_item_notes_words on agenda_item using gin (to_tsvector('danish', coalesce(notes::text, '')));
create index decision_text_words on decision using gin (to_tsvector('danish', coalesce(text::text, '')));

-- trigram indexes for the substring search (lower(...) like '%...%'); pg_trgm is a trusted extension
create extension if not exists pg_trgm;
create index agenda_item_title_trigrams on agenda_item using gin (lower(title) gin_trgm_ops);
create index agenda_item_description_trigrams on agenda_item using gin (lower(description) gin_trgm_ops);
create index agenda_item_notes_trigrams on agenda_item using gin (lower(notes) gin_trgm_ops);
create index decision_text_trigrams on decision using gin (lower(text) gin_trgm_ops);
