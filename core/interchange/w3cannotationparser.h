#pragma once

#include "model/annotation.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

class Taxonomy;

// An article as a W3C file describes it (glossa:articles): enough for another library to find it.
struct W3cArticleIdentity
{
    QString iri;
    QString contentHash;
    QString title;
    QString outlet;
    QDate published;
};

// One annotation read from a file, not yet matched to an article. The anchor's start/end are
// code points (hasPosition false when the file gave no TextPositionSelector).
struct W3cImportItem
{
    int index = 0;        // 1-based position in the file, for messages
    QString id;
    QString sourceIri;
    // Every address the target gives its page: its source, and the canonical and via IRIs of the
    // target and of the source (Hypothesis names a page by the URL the browser showed).
    QStringList addresses;
    QString contentHash;  // from an address or glossa:articles; may be empty
    bool hasPosition = false;
    Annotation annotation; // articleId unset, anchor offsets in code points
};

struct W3cParseResult
{
    QList<W3cImportItem> items;
    QHash<QString, W3cArticleIdentity> articles; // by IRI
    QString fileError;   // the whole file is refused
    QStringList refusals; // one line per refused item
    // One line per item Glossa cannot hold and leaves out without refusing the file: an
    // annotation of a whole page or a reply (no quote to anchor), as Hypothesis exports them.
    QStringList skipped;
    bool ok() const { return fileError.isEmpty() && refusals.isEmpty(); }
};

// Reads W3C Web Annotation JSON-LD (an AnnotationCollection with embedded pages, a single
// AnnotationPage, a single Annotation, or a bare array of Annotations each with its @context, as
// Hypothesis's API gives them) into Glossa annotations. An id that is not a urn:uuid (another
// tool's, such as https://hypothes.is/a/…), or else the annotation's via, becomes its foreignId;
// a creator named by an IRI (acct:user@hypothes.is) becomes an analyst of its own; a note body in
// text/markdown keeps that format. Every type and required field
// is checked; anything wrong becomes a one-line refusal naming the item, never a crash.
class W3cAnnotationParser
{
public:
    static W3cParseResult parse(const QByteArray &json, const Taxonomy &taxonomy);
};

} // namespace glossa
