#pragma once

#include "exportformat.h"
#include "storage/articlequery.h"

#include <QList>
#include <QString>

namespace glossa {

// Which articles the analyst means by "export".
enum class ExportScopeKind { CurrentArticle, SelectedArticles, FilteredList, WholeLibrary, Collection };

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

// One export as the dialog hands it to ExportRunner.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Markdown;
    ExportScopeKind scopeKind = ExportScopeKind::WholeLibrary;
    QList<qint64> articleIds; // CurrentArticle and SelectedArticles
    ArticleQuery filter;      // FilteredList: resolved to ids when the export runs
    qint64 collectionId = 0;  // Collection: its articles, resolved when the export runs
    QString tag;              // only annotations with this tag (or on an article with it); empty: any
    QString verdict;          // only claims with this verdict id; empty: any
    QString path;
};

// What a finished export wrote, for the status bar.
struct ExportOutcome
{
    QString path;
    int articles = 0;
    int annotations = 0;
};

} // namespace glossa
