-- Schema version 7: one index on titles instead of two. articles_by_title (binary) served only
-- the lookups of an exact title (a ticker headline's article, an imported annotation's
-- article); articles_by_title_nocase serves those as well (an equality under NOCASE, then the
-- exact comparison on the few rows it finds). Every imported article inserted a key at a
-- random place in each title index: one fewer is one fewer b-tree page rewritten per article
-- at each import commit, and some 60 MB less in a library of a million articles.
DROP INDEX IF EXISTS articles_by_title;
