-- Schema version 11: the desk's claim memory. Fact-checks published outside the library
-- (schema.org ClaimReview, imported) are kept with their reviewer, page and rating, the rating
-- mapped onto the taxonomy's verdicts; the same page's review of the same claim is kept once.
-- Where a remembered claim (a library claim with a verdict, or an imported fact-check) reappears
-- in an article, matching records an appearance: proposed, then accepted by an analyst (it became
-- an annotation carrying that claim) or dismissed. A span is recorded once per claim, whatever
-- became of it, so that a dismissed appearance is never proposed again.
CREATE TABLE fact_checks (
    id             INTEGER PRIMARY KEY,
    claim_text     TEXT NOT NULL,
    url            TEXT NOT NULL DEFAULT '',
    reviewer       TEXT NOT NULL DEFAULT '',
    rating         TEXT NOT NULL DEFAULT '',
    rating_value   REAL,
    best_rating    REAL,
    worst_rating   REAL,
    verdict        TEXT NOT NULL DEFAULT 'unverifiable',
    claimant       TEXT NOT NULL DEFAULT '',
    appearance_url TEXT NOT NULL DEFAULT '',
    published      TEXT,
    language       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (url, claim_text)
);

-- claim_id names an annotation (claim_source 'library') or a fact_checks row ('imported'): no
-- foreign key can say both, so the stores join on the pair, and an appearance whose claim is
-- gone (the annotation deleted) is simply not listed; it comes back with an undone deletion.
CREATE TABLE claim_appearances (
    id                     INTEGER PRIMARY KEY,
    article_id             INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start                  INTEGER NOT NULL,
    "end"                  INTEGER NOT NULL,
    exact                  TEXT NOT NULL,
    claim_source           TEXT NOT NULL CHECK (claim_source IN ('library', 'imported')),
    claim_id               INTEGER NOT NULL,
    score                  REAL NOT NULL DEFAULT 0,
    "match"                TEXT NOT NULL DEFAULT 'copy' CHECK ("match" IN ('copy', 'reworded')),
    reason                 TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'dismissed')),
    accepted_annotation_id INTEGER,
    decided_by             INTEGER REFERENCES analysts(id),
    created_at             TEXT NOT NULL,
    decided_at             TEXT,
    UNIQUE (article_id, start, "end", claim_source, claim_id)
);
CREATE INDEX claim_appearances_by_article ON claim_appearances(article_id);
CREATE INDEX claim_appearances_by_claim ON claim_appearances(claim_source, claim_id);
-- The memory leaves accepted repeats out, looking appearances up by the annotation they became.
-- That annotation is no foreign key: deleting it leaves the appearance accepted, and undoing the
-- deletion (the same id again) finds the link as it was.
CREATE INDEX claim_appearances_by_accepted ON claim_appearances(accepted_annotation_id)
    WHERE accepted_annotation_id IS NOT NULL;
