-- Schema version 13: an article's note is searchable from the headline list's search.
-- The note is indexed apart from the article's text (articles_fts), so that this migration
-- costs what the library's notes cost and not a rebuild of the article index: a search finds an
-- article when its text matches, or its note does. Only non-empty notes have a row, kept in step
-- by the triggers below (the note lives in articles, which the index reads for its snippets).

CREATE VIRTUAL TABLE article_notes_fts USING fts5(
    note,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_notes_fts_insert AFTER INSERT ON articles WHEN new.note <> '' BEGIN
    INSERT INTO article_notes_fts(rowid, note) VALUES (new.id, new.note);
END;
CREATE TRIGGER article_notes_fts_update AFTER UPDATE OF note ON articles WHEN old.note IS NOT new.note BEGIN
    INSERT INTO article_notes_fts(article_notes_fts, rowid, note) SELECT 'delete', old.id, old.note WHERE old.note <> '';
    INSERT INTO article_notes_fts(rowid, note) SELECT new.id, new.note WHERE new.note <> '';
END;
CREATE TRIGGER article_notes_fts_delete AFTER DELETE ON articles WHEN old.note <> '' BEGIN
    INSERT INTO article_notes_fts(article_notes_fts, rowid, note) VALUES ('delete', old.id, old.note);
END;

INSERT INTO article_notes_fts(rowid, note) SELECT id, note FROM articles WHERE note <> '';
