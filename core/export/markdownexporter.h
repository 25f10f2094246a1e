#pragma once

#include "brief.h"
#include "model/exportdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

// The analyst's brief as CommonMark (with a GFM summary table): the header (scope, dates, who
// made it), the claims counted by verdict and kind, then the articles newest first, each
// paragraph quoted once with its highlights in bold, followed by each annotation's claim, tags,
// claimant, evidence and note. Every piece of article or user text is escaped so that it
// renders as the same text in CommonMark and in GFM, never as structure, HTML or an autolink.
// Content hashes and IRIs are left to the data formats (JSON, CSV): an editor reads this one.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(const Taxonomy *taxonomy = nullptr); // nullptr: Taxonomy::builtIn()

    QByteArray write(const QList<ExportedArticle> &articles) const; // with a default header
    QByteArray write(const Brief &brief) const;

    // Escapes one line of text (no line breaks) for use inside a paragraph, heading or list item.
    // Leading blanks are dropped: a rendered paragraph cannot show them.
    static QString escapeLine(const QString &line);
    // Text that may hold line breaks as escaped lines, ready to be indented or quoted.
    static QStringList escapeLines(const QString &text);
    // Part of a line that does not start it: escaped as escapeLine, blanks kept.
    static QString escapeInline(const QString &text);

private:
    void writeHeader(QString &out, const Brief &brief) const;
    void writeArticle(QString &out, const BriefArticle &article, int *number, int total) const;
    void writeContext(QString &out, const BriefContext &context, int *number, int total) const;
    void writeAnnotation(QString &out, const Annotation &annotation, bool withQuote) const;

    const Taxonomy *m_taxonomy;
};

} // namespace glossa
