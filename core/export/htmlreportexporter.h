#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace glossa {

class Taxonomy;

// One self-contained, printable HTML file: inline CSS only, no script, no reference to anything
// outside the file. Each annotated passage is shown in its paragraph with the passage marked in
// its colour, followed by its claim badges, tags, claimant, evidence and note. All article and
// user text is escaped and wrapped in <bdi> so right-to-left or bidi-control characters in one
// field cannot reorder the next.
class HtmlReportExporter
{
public:
    explicit HtmlReportExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    void setTitle(const QString &title) { m_title = title; }
    QByteArray write(const QList<ExportedArticle> &articles) const;

    // Text as HTML: escaped (", ' included, so it is safe in attributes too), line breaks as <br>.
    static QString escape(const QString &text);

private:
    void writeArticle(QString &out, const ExportedArticle &exported) const;
    void writePassage(QString &out, const Article &article, const Annotation &annotation) const;

    const Taxonomy *m_taxonomy;
    QString m_title = QStringLiteral("Glossa report");
};

} // namespace glossa
