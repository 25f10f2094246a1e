#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace glossa {

// What a brief says about itself before its first article: what it covers, when and by whom it
// was made. ExportJob fills it from the request; a writer shows it as it is.
struct BriefHeader
{
    QString title;     // empty: "Glossa brief"
    QString scope;     // "Whole library", "Collection “Ports”", "Filtered list: …"
    QString filters;   // tag, verdict and layer filters in words; empty: none
    QString dateRange; // the publication dates covered; empty: unknown
    QDateTime made;    // when the brief was made
    QString madeBy;    // the acting analyst's name; empty: nobody acting
};

// One line of the summary table: how many claims have this verdict and kind.
struct BriefSummaryRow
{
    QString verdictId, verdict, verdictColor;
    QString kindId, kind;
    int count = 0;
};

// A span of the article's text shown once with every highlight that falls in it: the whole
// paragraphs its annotations touch, merged where two annotations share a paragraph. An orphaned
// annotation (no longer in the text) is a context of its own holding its quote.
struct BriefContext
{
    struct Mark
    {
        int start = 0; // in text, UTF-16
        int end = 0;
        QString color; // "#rrggbb", safe for a style
    };

    QString text;
    QString heading; // the subheading above, empty when none
    bool orphaned = false;
    QList<Mark> marks;             // sorted, never overlapping: where two overlap the later one shows
    QList<Annotation> annotations; // in text order
};

struct BriefArticle
{
    Article article;
    QList<BriefContext> contexts;
    int annotations = 0;
};

// A brief as every brief writer (Markdown, HTML, PDF) shows it: the header, the summary table by
// verdict and kind, then the articles newest first, each with its contexts in text order.
struct Brief
{
    BriefHeader header;
    QList<BriefSummaryRow> summary; // in the taxonomy's verdict order, then kind order
    int highlights = 0;             // annotations without a claim
    int annotations = 0;
    QList<BriefArticle> articles;

    QString title() const;
};

} // namespace glossa
