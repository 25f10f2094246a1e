#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QHash>
#include <QList>

namespace glossa {

// Another article of the library that carries an exported passage (found by "where else?"):
// ClaimReview lists it among the claim's appearances.
struct OtherAppearance
{
    QString title;
    QString source;
    QDate published;
    QString url;
    QString contentHash;
};

// What every export writer takes: an article with the annotations in the export's scope
// (ExportSource loads them). Kept as plain data so writers can be tested and benchmarked without
// a library file.
struct ExportedArticle
{
    Article article;
    QList<Annotation> annotations;
    // By annotation id; filled only for formats that use it (AppearanceFinder).
    QHash<qint64, QList<OtherAppearance>> otherAppearances;
};

} // namespace glossa
