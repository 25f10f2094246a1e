#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QList>

namespace glossa {

// What every export writer takes: an article with the annotations in the export's scope
// (ExportSource loads them). Kept as plain data so writers can be tested and benchmarked without
// a library file.
struct ExportedArticle
{
    Article article;
    QList<Annotation> annotations;
};

} // namespace glossa
