#pragma once

#include "model/article.h"

#include <QDate>
#include <QString>
#include <optional>

namespace glossa {

// What the headline list shows: filters and order, turned into SQL by ArticleFinder.
struct ArticleQuery
{
    enum class Sort { Published, Title, Source, Annotations, Relevance };

    QString search;       // user text, see FtsQuery
    QString source;       // outlet name, exact (case-insensitive)
    QString tag;          // on the article or on one of its annotations
    QString verdict;      // some claim in the article has this verdict
    qint64 collectionId = 0; // only articles in this collection; 0 = any
    QDate from, to;       // publication date range, inclusive; invalid = open
    bool unreadOnly = false;
    bool starredOnly = false;
    // Only articles that repeat a checked claim: a claim memory's appearance proposed or accepted
    // there (dismissed ones do not count), of any verdict or, with repeatedVerdict, of that one.
    bool repeatsCheckedClaim = false;
    QString repeatedVerdict;
    Sort sort = Sort::Published;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = -1;       // -1 = no limit
    int offset = 0;
    bool withSnippets = false;
    // Keyset paging: the last row of the previous page, as it was returned. The page is then
    // the \a limit rows that follow that row in the query's order, read off an index however
    // deep the page is; \a offset is ignored except under Sort::Relevance of a selective search
    // (bm25 scores are not stored, so there is no key to seek to; such a result is capped at
    // ArticleFinder::kSelectiveMatches rows, so an offset into it costs nothing).
    std::optional<ArticleSummary> after;
};

} // namespace glossa
