-- Schema version 6: a page's ticker headlines in one row, as a JSON array of the texts in ticker
-- order, instead of one row per headline. A page has 20 to 50 of them, so one row per headline
-- made every imported page write some 35 rows and b-tree entries, the largest share of the
-- import's row count; a JSON array needs no separator that a headline could contain, and
-- json_each() reads it back in order. Existing rows are converted here, inside the migration's
-- transaction.

-- A rowid table: a ticker's array (some 2 KB) is longer than a WITHOUT ROWID row keeps on its
-- b-tree page (about 1 KB at 4 KB pages), and spilling each to an overflow page of its own
-- doubled the table's size. The (dump_id, page) index grows at its end, as dumps are added.
CREATE TABLE page_headlines (
    id      INTEGER PRIMARY KEY,
    dump_id INTEGER NOT NULL REFERENCES dumps(id) ON DELETE CASCADE,
    page    INTEGER NOT NULL,
    texts   TEXT NOT NULL,
    UNIQUE (dump_id, page)
);

-- The subquery hands json_group_array the rows of a page in ticker order.
INSERT INTO page_headlines (dump_id, page, texts)
    SELECT dump_id, page, json_group_array(text)
    FROM (SELECT dump_id, page, position, text FROM headlines ORDER BY dump_id, page, position)
    GROUP BY dump_id, page;

DROP TABLE headlines;
