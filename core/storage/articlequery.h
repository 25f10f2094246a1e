#pragma once

#include <QDate>
#include <QString>

namespace glossa {

// What the headline list shows: filters and order, turned into SQL by ArticleStore.
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
    Sort sort = Sort::Published;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = -1;       // -1 = no limit
    int offset = 0;
    bool withSnippets = false;
};

} // namespace glossa
