#pragma once

#include "brief.h"
#include "model/exportdata.h"

namespace glossa {

class Taxonomy;

// Arranges exported articles as a brief: newest first (undated last, then by title), each
// annotation's paragraphs shown once, the claims counted by verdict and kind.
class BriefBuilder
{
public:
    static Brief build(const QList<ExportedArticle> &articles, const BriefHeader &header,
                       const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    // The contexts of one article's annotations, in text order, orphans last.
    static QList<BriefContext> contexts(const Article &article, const QList<Annotation> &annotations);
};

} // namespace glossa
