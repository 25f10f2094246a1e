-- Schema version 4: indexes that let the headline list page by key (the rows after the last
-- row shown, read off an index) in every order it offers, so no page is read by OFFSET.

-- Title order: the list sorts titles without regard to ASCII case.
CREATE INDEX articles_by_title_nocase ON articles(title COLLATE NOCASE, id);

-- Outlet order: each outlet newest first, the id breaking ties of the same day.
DROP INDEX articles_by_source;
CREATE INDEX articles_by_source ON articles(source_id, published DESC, id DESC);

-- Order by number of annotations, then date and id in the same direction.
CREATE INDEX articles_by_annotation_count ON articles(annotation_count, published, id);
