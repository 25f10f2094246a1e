-- Schema version 8: who made what. Analysts are known by a UUID; every annotation gets a UUID
-- of its own that exports and imports keep, its analyst and its layer (an analyst's reading or
-- the article's final layer); claims keep a history of their changes; article notes and tags
-- record who set them. Annotations made before belong to nobody until the library's first
-- analyst is recorded (AnalystStore::actAs), who then takes them.
CREATE TABLE analysts (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    initials   TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL
);

ALTER TABLE annotations ADD COLUMN uuid TEXT;
ALTER TABLE annotations ADD COLUMN analyst_id INTEGER REFERENCES analysts(id);
ALTER TABLE annotations ADD COLUMN layer TEXT NOT NULL DEFAULT 'analyst' CHECK (layer IN ('analyst', 'final'));
-- A decision of the final layer: the UUID of the analyst's annotation it took (adjudication).
ALTER TABLE annotations ADD COLUMN decided_from TEXT;

-- A random (version 4) UUID for each annotation there is.
UPDATE annotations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX annotations_by_uuid ON annotations(uuid);
CREATE INDEX annotations_by_analyst ON annotations(analyst_id);

-- Whatever writes an annotation without one (an older Glossa on a copy, a script), it gets one.
CREATE TRIGGER annotations_get_a_uuid AFTER INSERT ON annotations WHEN NEW.uuid IS NULL
BEGIN
    UPDATE annotations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
        || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
        || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE id = NEW.id;
END;

-- Every change of a claim's kind, verdict, claimant, evidence or confidence: who, when, from
-- what to what. A claim's first values are recorded as a change from nothing. Kept by the
-- annotation's UUID, not its row: a deleted annotation's history stays (and rejoins it when
-- the deletion is undone).
CREATE TABLE claim_history (
    id              INTEGER PRIMARY KEY,
    annotation_uuid TEXT NOT NULL,
    analyst_id      INTEGER REFERENCES analysts(id),
    changed_at      TEXT NOT NULL,
    field           TEXT NOT NULL CHECK (field IN ('kind', 'verdict', 'claimant', 'evidence', 'confidence')),
    old_value       TEXT,
    new_value       TEXT
);
CREATE INDEX claim_history_by_annotation ON claim_history(annotation_uuid, id);

ALTER TABLE articles ADD COLUMN note_analyst_id INTEGER REFERENCES analysts(id);
ALTER TABLE articles ADD COLUMN note_modified_at TEXT;
ALTER TABLE article_tags ADD COLUMN analyst_id INTEGER REFERENCES analysts(id);
ALTER TABLE article_tags ADD COLUMN added_at TEXT;

-- Merging colleagues' files (W3C JSON-LD, REFI-QDA): the modified time of the version last
-- merged in, so that a later file tells "changed there", "changed here" and "changed on both
-- sides" apart. Null for an annotation made in this library and never merged.
ALTER TABLE annotations ADD COLUMN merged_modified TEXT;
-- The other version of an annotation changed on both sides since they last merged, kept whole
-- (as the W3C JSON-LD annotation it came as) until someone settles it: nothing is dropped.
CREATE TABLE annotation_conflicts (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    received_at   TEXT NOT NULL,
    modified_at   TEXT NOT NULL,
    version       TEXT NOT NULL
);
CREATE INDEX annotation_conflicts_by_annotation ON annotation_conflicts(annotation_id);

-- Blind double-checking: on a blind article (flagged itself, or in a blind collection) an
-- analyst sees only their own annotations until they mark it done.
ALTER TABLE articles ADD COLUMN blind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE collections ADD COLUMN blind INTEGER NOT NULL DEFAULT 0;
CREATE TABLE article_done (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    analyst_id INTEGER NOT NULL REFERENCES analysts(id),
    done_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, analyst_id)
) WITHOUT ROWID;
