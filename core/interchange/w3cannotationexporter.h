#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace glossa {

// Annotations as W3C Web Annotation Data Model JSON-LD: one AnnotationCollection whose first
// (and only) AnnotationPage holds every annotation. Targets name the article by its content
// hash (urn:glossa:article:<hash>) with a TextQuoteSelector and a TextPositionSelector counted in
// code points; note, tags and claim are TextualBodies (commenting, tagging, assessing), Glossa's
// extra fields live under the "glossa:" prefix declared in a second @context entry. The
// collection lists each article's identity (hash, title, outlet, date) under glossa:articles.
// Every annotation carries the @context too, always: one cut out of the file (a conflict's
// version, a line of a bare array, a web page's script) still reads as the same JSON-LD, at the
// cost of some 80 bytes each — an option nobody would know to set would leave those broken.
// A quote's prefix and suffix are read from the article's text as it is; a note keeps its
// format (text/markdown), a right-to-left note carries its language and textDirection, and an
// annotation from another tool names its identifier there as via.
// Ids are name-based UUIDs (v5), so exporting the same library twice gives the same bytes.
class W3cAnnotationExporter
{
public:
    QByteArray write(const QList<ExportedArticle> &articles) const;
    QJsonObject collection(const QList<ExportedArticle> &articles) const;

    static QJsonObject annotation(const Article &article, const Annotation &annotation);
    static QString annotationId(const Article &article, const Annotation &annotation);
};

} // namespace glossa
