#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QList>
#include <QString>

namespace glossa {

// Facts about where an annotation sits in its article, shared by the writers so that the brief,
// the report and the data formats agree on them.
class ArticleContext
{
public:
    // The IRI that names an article in exchanged files: its content hash, which another library
    // computes identically for the same page.
    static QString articleIri(const Article &article);
    static QString contentHashFromIri(const QString &iri); // empty when not a Glossa article IRI

    // Annotations in reading order; orphaned ones (no longer in the text) last.
    static QList<Annotation> inTextOrder(QList<Annotation> annotations);
    // The text of the last subheading at or before the annotation; empty when none.
    static QString headingAbove(const Article &article, const Annotation &annotation);
    // The UTF-16 range [*start, *end) of the whole blocks the annotation touches.
    static void paragraphRange(const Article &article, const Annotation &annotation, int *start, int *end);

    // "#rrggbb" (or "#rgb") as given, else fallback: only such values may reach a style attribute.
    static QString safeColor(const QString &color, const QString &fallback);
    static QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
    static QString timeText(const QDateTime &time); // UTC, ISO 8601 with milliseconds and 'Z'
};

} // namespace glossa
