#pragma once

#include "model/exportdata.h"

#include <QSqlDatabase>

namespace glossa {

// Fills ExportedArticle::otherAppearances for every claim with a verdict, through "where
// else?", so a ClaimReview names every article that carries the claim and the earliest of them.
class AppearanceFinder
{
public:
    static void fill(QSqlDatabase db, QList<ExportedArticle> *articles);
};

} // namespace glossa
