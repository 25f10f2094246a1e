#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

struct AnnotationImportReport
{
    int read = 0;            // annotations in the file
    int imported = 0;        // stored, orphaned ones included
    int orphaned = 0;        // stored as orphaned: their quote is not in the article's text
    int duplicates = 0;      // already in the library (or twice in the file)
    int missingArticle = 0;  // their article is not in this library: not stored
    QString fileError;       // set when nothing was imported because of the file or the library
    QStringList refusals;    // one line per refused or skipped annotation
    bool complete() const { return fileError.isEmpty() && refusals.isEmpty(); }
};

// Merges a W3C Web Annotation file into a library: finds each annotation's article by content
// hash (else by the title, outlet and date the file gives for it), re-anchors the quote in
// the article's text with TextAnchoring, skips exact duplicates and keeps what cannot be
// anchored as orphaned. A malformed annotation refuses the whole file; everything accepted is
// written in one transaction, so an import is never half done.
class W3cAnnotationImporter
{
public:
    explicit W3cAnnotationImporter(QSqlDatabase db, const Taxonomy *taxonomy = nullptr);

    AnnotationImportReport importJson(const QByteArray &json);

private:
    QSqlDatabase m_db;
    const Taxonomy *m_taxonomy;
};

} // namespace glossa
