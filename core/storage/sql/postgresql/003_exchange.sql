-- Team library schema version 3: what survives an exchange with other tools, as the embedded
-- library's version 10 (storage/sql/010_exchange.sql): an imported annotation's identifier in
-- the tool it came from and its note's media type; a claim's one-line summary and its
-- claimant's kind. The grants and policies on both tables cover the new columns.
ALTER TABLE annotations ADD COLUMN foreign_id text;
ALTER TABLE annotations ADD COLUMN note_format text NOT NULL DEFAULT 'text/plain';
CREATE UNIQUE INDEX annotations_by_foreign_id ON annotations(foreign_id) WHERE foreign_id IS NOT NULL;
ALTER TABLE claims ADD COLUMN summary text NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN claimant_kind text NOT NULL DEFAULT ''
    CHECK (claimant_kind IN ('', 'Person', 'Organization'));
