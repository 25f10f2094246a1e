-- Team library schema version 6: an article's note is searchable from the headline list's search,
-- as the embedded library's version 13 (storage/sql/013_note_search.sql). The note's search
-- vector sits beside the note, computed by the server whoever writes it (an analyst may update
-- only the note's columns; a trigger's change is not theirs to be granted), with a GIN index of
-- its own: a search finds an article when its text matches, or its note does. An empty note has
-- no vector, so the index holds only the notes there are.
ALTER TABLE articles ADD COLUMN note_search tsvector;
CREATE FUNCTION articles_note_search() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    NEW.note_search := CASE WHEN NEW.note = '' THEN NULL ELSE to_tsvector('glossa_search', left(NEW.note, 200000)) END;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_note_search BEFORE INSERT OR UPDATE OF note ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_note_search();
UPDATE articles SET note = note WHERE note <> '';
CREATE INDEX articles_note_search ON articles USING gin (note_search) WHERE note_search IS NOT NULL;
