#pragma once

#include "model/article.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace glossa {

// What the headline list knows of the claim memory: which articles repeat a checked claim (an
// appearance proposed or accepted there; a dismissed one does not count) and the verdicts of
// those claims. A claim counts while it is remembered: its annotation still there with a
// verdict other than "unverified", or its imported fact-check.
class RepeatedClaims
{
public:
    // A condition on the list's article (alias a): it repeats a checked claim of \a verdict, or
    // of any verdict when \a verdict is empty. Its values are appended to \a values.
    static QString condition(const QString &verdict, QVariantList *values);

    // Fills repeatedVerdicts of each row: one statement per few hundred rows, each article
    // looked up by the index on claim_appearances(article_id), so the cost is the page's, never
    // the library's. False (and *error set) when the library refused.
    static bool fill(const QSqlDatabase &db, QList<ArticleSummary> *rows, QString *error = nullptr);

    // \a verdicts each once, the most serious first: by the taxonomy's rating (false,
    // misleading, disputed, partly supported, supported), then those it does not rate.
    static QStringList bySeriousness(QStringList verdicts);
};

} // namespace glossa
