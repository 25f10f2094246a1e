#pragma once

#include "brief.h"
#include "model/exportdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace glossa {

class Taxonomy;

// One self-contained, printable HTML file: inline CSS only, no script, no reference to anything
// outside the file. The brief's header (scope, dates, who made it) and its summary table by
// verdict and kind come first; then each article, newest first, with each paragraph shown once
// and every highlight in it marked in its colour, followed by each annotation's claim badges,
// tags, claimant, evidence and note; a paragraph is never split across printed pages. All article and
// user text is escaped and wrapped in <bdi> so right-to-left or bidi-control characters in one
// field cannot reorder the next.
class HtmlReportExporter
{
public:
    explicit HtmlReportExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    QByteArray write(const QList<ExportedArticle> &articles) const; // with a default header
    QByteArray write(const Brief &brief) const;

    // Text as HTML: escaped (", ' included, so it is safe in attributes too), line breaks as <br>.
    static QString escape(const QString &text);

private:
    void writeHeader(QString &out, const Brief &brief) const;
    void writeArticle(QString &out, const BriefArticle &article) const;
    void writeContext(QString &out, const BriefContext &context) const;
    void writeAnnotation(QString &out, const Annotation &annotation, bool withQuote) const;

    const Taxonomy *m_taxonomy;
};

} // namespace glossa
