-- Schema version 3: collections (case files), the FTS vocabulary that where-else uses to pick
-- rare words, and an index to link ticker headlines to the articles they announce.

CREATE TABLE collections (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    folded     TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE collection_articles (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    added_at      TEXT NOT NULL,
    PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;
CREATE INDEX collection_articles_by_article ON collection_articles(article_id);

-- Document frequency of every indexed word: where-else searches by a passage's rarest words.
CREATE VIRTUAL TABLE articles_fts_vocabulary USING fts5vocab('articles_fts', 'row');

CREATE INDEX articles_by_title ON articles(title);
