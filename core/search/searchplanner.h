#pragma once

#include "articlequerysql.h"

#include <QSqlDatabase>
#include <QString>

namespace glossa {

// Chooses how a full-text search is joined to the headline list (see SearchPlan): ranked by
// bm25 when few articles match, probed row by row along the date index when matches are dense
// (or, for a phrase, when that is estimated cheaper), otherwise the set of matches built once.
// Each decision costs a probe of at most a few thousand index entries, whatever the library's
// size. A prefix is replaced by the words it stands for when the index says which they are.
class SearchPlanner
{
public:
    explicit SearchPlanner(QSqlDatabase db);

    // Searches matching fewer articles than this are ranked by bm25.
    static constexpr int kSelectiveMatches = 1000;

    // See ArticleFinder::planSearch and ArticleFinder::plannedSearch.
    SearchPlan planSearch(const QString &match, int pageSize = -1) const;
    PlannedSearch plannedSearch(const QString &match, int pageSize = -1) const;

    // Whether an FtsQuery expression holds a prefix ('*' after a literal).
    static bool hasPrefix(const QString &match);

private:
    // Fewer than kSelectiveMatches articles match (or the count failed): ranked by bm25.
    bool isSelective(const QString &match) const;

    QSqlDatabase m_db;
};

} // namespace glossa
