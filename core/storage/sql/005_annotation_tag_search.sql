-- Schema version 5: annotation search covers tag names as well as quotes and notes.
-- Tags live in their own tables, so the version 2 index (external content over 'annotations')
-- cannot see them. It is replaced by an FTS5 table that keeps its own copy of the three columns,
-- which triggers keep in step with annotations, their tag assignments and tag renames; a table
-- with its own content can be updated row by row, which a tag-list column needs.

DROP TRIGGER annotations_fts_insert;
DROP TRIGGER annotations_fts_delete;
DROP TRIGGER annotations_fts_update;
DROP TABLE annotations_fts;

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, note, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, note, tags) VALUES (new.id, new.exact, new.note, '');
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, note ON annotations BEGIN
    UPDATE annotations_fts SET exact = new.exact, note = new.note WHERE rowid = new.id;
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    DELETE FROM annotations_fts WHERE rowid = old.id;
END;

-- The tags column is the annotation's tag names separated by spaces, rebuilt whenever they change.
CREATE TRIGGER annotation_tags_fts_insert AFTER INSERT ON annotation_tags BEGIN
    UPDATE annotations_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tags nt
        JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = new.annotation_id), '')
    WHERE rowid = new.annotation_id;
END;
CREATE TRIGGER annotation_tags_fts_delete AFTER DELETE ON annotation_tags BEGIN
    UPDATE annotations_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tags nt
        JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = old.annotation_id), '')
    WHERE rowid = old.annotation_id;
END;
CREATE TRIGGER annotation_tags_fts_update AFTER UPDATE ON annotation_tags BEGIN
    UPDATE annotations_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tags nt
        JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = annotations_fts.rowid), '')
    WHERE rowid IN (old.annotation_id, new.annotation_id);
END;
CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE annotations_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tags nt
        JOIN tags t ON t.id = nt.tag_id WHERE nt.annotation_id = annotations_fts.rowid), '')
    WHERE rowid IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = new.id);
END;

INSERT INTO annotations_fts(rowid, exact, note, tags)
    SELECT an.id, an.exact, an.note,
           coalesce((SELECT group_concat(t.name, ' ') FROM annotation_tags nt JOIN tags t ON t.id = nt.tag_id
                     WHERE nt.annotation_id = an.id), '')
    FROM annotations an;
