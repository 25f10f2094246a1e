-- Schema version 10: what survives an exchange with other tools. An annotation imported from
-- another tool keeps that tool's identifier (Hypothesis's https://hypothes.is/a/…), so that
-- importing the same file again finds it instead of adding it twice, and its note's media type
-- (a Markdown note stays Markdown). A claim gets the analyst's one-line summary (ClaimReview's
-- claimReviewed) and whether its claimant is a Person or an Organization ('' when not said).
ALTER TABLE annotations ADD COLUMN foreign_id TEXT;
ALTER TABLE annotations ADD COLUMN note_format TEXT NOT NULL DEFAULT 'text/plain';
CREATE UNIQUE INDEX annotations_by_foreign_id ON annotations(foreign_id) WHERE foreign_id IS NOT NULL;
ALTER TABLE claims ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN claimant_kind TEXT NOT NULL DEFAULT ''
    CHECK (claimant_kind IN ('', 'Person', 'Organization'));
