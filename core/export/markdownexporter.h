#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

// The analyst's brief as CommonMark: per article its title, outlet, date and provenance, the
// article note, then every annotation in text order as a blockquote of the passage followed by
// its subheading, tags, claim, claimant, evidence and note. Every piece of article or user text
// is escaped so that it renders as the same text, never as Markdown structure.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    QByteArray write(const QList<ExportedArticle> &articles) const;

    // Escapes one line of text (no line breaks) for use inside a paragraph, heading or list item.
    // Leading blanks are dropped: a rendered paragraph cannot show them.
    static QString escapeLine(const QString &line);
    // Text that may hold line breaks as escaped lines, ready to be indented or quoted.
    static QStringList escapeLines(const QString &text);

private:
    void writeArticle(QString &out, const ExportedArticle &exported) const;
    void writeAnnotation(QString &out, const Article &article, const Annotation &annotation, int number,
                         int total) const;

    const Taxonomy *m_taxonomy;
};

} // namespace glossa
