#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace glossa {

class AnnotationStore;
struct Annotation;
class Taxonomy;

struct AnnotationImportReport
{
    int read = 0;            // annotations in the file
    int imported = 0;        // stored, orphaned ones included
    int orphaned = 0;        // stored as orphaned: their quote is not in the article's text
    int duplicates = 0;      // already in the library (or twice in the file)
    int missingArticle = 0;  // their article is not in this library: not stored
    int skipped = 0;         // nothing to anchor (a page note, a reply): left out, named in refusals
    // Annotations the library has already (the same UUID), changed since:
    int updated = 0;         // changed there only: this library takes the file's version
    int conflicts = 0;       // changed on both sides: ours kept, theirs kept beside it, marked
    int outdated = 0;        // changed here only, or an older version: ours kept
    QString fileError;       // set when nothing was imported because of the file or the library
    QStringList refusals;    // one line per refused or skipped annotation
    QStringList notCarried;  // what the library could not keep of what it imported, one line each
    bool complete() const { return fileError.isEmpty() && refusals.isEmpty(); }
};

// Merges a W3C Web Annotation file into a library: finds each annotation's article by content
// hash (a urn:glossa:article: address or glossa:articles), else by its address (the target's
// source, canonical and via, against the articles' URLs, compared as ArticleUrl::matchKey),
// else by the title, outlet and date the file gives for it; re-anchors the quote in
// the article's text with TextAnchoring, skips exact duplicates and keeps what cannot be
// anchored as orphaned. The quote's prefix and suffix are taken again from the article's text
// (another tool's come from its own rendering of the page). Each annotation keeps its UUID and its creator (the analyst, by UUID):
// one the library has already is the same annotation, never a second one — it takes the
// file's version when only the file's changed since they last merged, and when both changed
// it keeps its own and the file's beside it, marked as a conflict. Another tool's annotation is
// known again by its identifier there (foreignId), so a second import of its file adds nothing. A malformed annotation
// refuses the whole file; everything accepted is written in one transaction, so an import is
// never half done.
class W3cAnnotationImporter
{
public:
    explicit W3cAnnotationImporter(QSqlDatabase db, const Taxonomy *taxonomy = nullptr);

    AnnotationImportReport importJson(const QByteArray &json);

private:
    // An annotation of the file that the library has already (the same UUID).
    static bool mergeOne(AnnotationStore &annotations, const Annotation &ours, Annotation theirs, const QString &text,
                         AnnotationImportReport *report);

    QSqlDatabase m_db;
    const Taxonomy *m_taxonomy;
};

} // namespace glossa
