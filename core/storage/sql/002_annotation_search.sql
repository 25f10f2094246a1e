-- Schema version 2: full-text search over annotation quotes and notes.
-- Existing annotations are indexed by the 'rebuild' at the end.

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, note,
    content = 'annotations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, note ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
    INSERT INTO annotations_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
INSERT INTO annotations_fts(annotations_fts) VALUES ('rebuild');
