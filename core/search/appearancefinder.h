#pragma once

#include "model/exportdata.h"

#include <QSqlDatabase>

namespace glossa {

// Fills ExportedArticle::otherAppearances for every claim with a verdict, through "where
// else?" and the claim memory's accepted appearances (each article once), so a ClaimReview names
// every article that carries the claim and the earliest of them.
class AppearanceFinder
{
public:
    static void fill(QSqlDatabase db, QList<ExportedArticle> *articles);
};

} // namespace glossa
