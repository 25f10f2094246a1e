-- Schema version 12: the analyst's answer to a "Worth Checking" mark in the reader, kept to tune
-- the check-worthiness features later. Each row is what was shown (the sentence's UTF-16 range
-- and text, the features and the score that put the mark there) and what the analyst said of it
-- (accepted: worth checking; dismissed: not), by whom and when. One answer per analyst and
-- sentence: a new answer replaces the earlier one. The rows go with their article (and come back
-- with it: ArticleRemoval).
CREATE TABLE check_worthy_feedback (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL,
    sentence    TEXT NOT NULL,
    features    TEXT NOT NULL DEFAULT '',
    score       REAL NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
    analyst_id  INTEGER REFERENCES analysts(id),
    decided_at  TEXT NOT NULL,
    CHECK (end >= start)
);
CREATE INDEX check_worthy_feedback_by_article ON check_worthy_feedback(article_id, start);
