#pragma once

#include "export/exportjob.h"
#include "search/articlequery.h"

#include <QList>
#include <QString>

namespace glossa {

// What the window offers when the dialog opens: the open article, the headline list's selection
// and the list's current filter.
struct ExportContext
{
    qint64 currentArticleId = 0; // 0: no article is open
    QString currentArticleTitle;
    QList<qint64> selectedArticleIds;
    ArticleQuery filter;
    int filteredCount = 0;
};

} // namespace glossa
