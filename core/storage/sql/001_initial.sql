-- Glossa library, schema version 1.
-- Statements end with ';' at the end of a line; a CREATE TRIGGER ends at a line 'END;'.

-- Names are unique regardless of case in any script: 'folded' holds the case-folded name
-- (SQLite's NOCASE folds ASCII only).
CREATE TABLE sources (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    folded TEXT NOT NULL UNIQUE
);

-- The raw bytes of every imported file, compressed, so an article can be traced back to
-- and re-parsed from its source.
CREATE TABLE dumps (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    encoding    TEXT NOT NULL,
    byte_size   INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    raw         BLOB NOT NULL
);

-- Ticker headlines, per page of a dump (a file may hold several pages).
CREATE TABLE headlines (
    dump_id  INTEGER NOT NULL REFERENCES dumps(id) ON DELETE CASCADE,
    page     INTEGER NOT NULL,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (dump_id, page, position)
) WITHOUT ROWID;

-- Everything the headline list needs; the body lives in article_texts so that scanning
-- and sorting the list never drags article bodies through the page cache.
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    dump_id          INTEGER REFERENCES dumps(id) ON DELETE SET NULL,
    page             INTEGER NOT NULL DEFAULT 0,
    content_hash     TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    source_id        INTEGER REFERENCES sources(id),
    published        TEXT,
    language         TEXT NOT NULL DEFAULT '',
    direction        TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
    url              TEXT NOT NULL DEFAULT '',
    profile          TEXT NOT NULL DEFAULT '',
    is_read          INTEGER NOT NULL DEFAULT 0,
    is_starred       INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    annotation_count INTEGER NOT NULL DEFAULT 0,
    imported_at      TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles(published DESC, id DESC);
CREATE INDEX articles_by_source ON articles(source_id, published DESC);
CREATE INDEX articles_by_dump ON articles(dump_id, page);

CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

-- Paragraphs and subheadings as ranges of the canonical text.
CREATE TABLE blocks (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('paragraph', 'heading')),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    folded TEXT NOT NULL UNIQUE,
    color  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id);

-- W3C Web Annotation anchoring: TextPositionSelector (start, end) and
-- TextQuoteSelector (exact, prefix, suffix). Offsets are UTF-16 units of the body.
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '#ffd54f',
    note        TEXT NOT NULL DEFAULT '',
    orphaned    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX annotations_by_article ON annotations(article_id, start);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);

CREATE TABLE claims (
    annotation_id INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    verdict       TEXT NOT NULL DEFAULT 'unverified',
    claimant      TEXT NOT NULL DEFAULT '',
    evidence      TEXT NOT NULL DEFAULT '',
    confidence    REAL
);
CREATE INDEX claims_by_verdict ON claims(verdict);

-- The count shown in the headline list, kept by the database so sorting by it needs no join.
CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
END;

-- Full-text index over title and body. The content lives in articles/article_texts;
-- the view joins them for FTS5's reads (snippets, rebuild).
CREATE VIEW article_search_content AS
    SELECT a.id AS id, a.title AS title, t.body AS body
    FROM articles a JOIN article_texts t ON t.article_id = a.id;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'article_search_content', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_texts_fts_insert AFTER INSERT ON article_texts BEGIN
    INSERT INTO articles_fts(rowid, title, body)
        VALUES (new.article_id, (SELECT title FROM articles WHERE id = new.article_id), new.body);
END;
CREATE TRIGGER article_texts_fts_update_before BEFORE UPDATE OF body ON article_texts BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        VALUES ('delete', old.article_id, (SELECT title FROM articles WHERE id = old.article_id), old.body);
END;
CREATE TRIGGER article_texts_fts_update_after AFTER UPDATE OF body ON article_texts BEGIN
    INSERT INTO articles_fts(rowid, title, body)
        VALUES (new.article_id, (SELECT title FROM articles WHERE id = new.article_id), new.body);
END;
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, body FROM article_texts WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_title_update AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, body FROM article_texts WHERE article_id = old.id;
    INSERT INTO articles_fts(rowid, title, body)
        SELECT new.id, new.title, body FROM article_texts WHERE article_id = new.id;
END;
