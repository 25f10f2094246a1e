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
    QString contentHash;  // from the source IRI or glossa:articles; may be empty
    bool hasPosition = false;
    Annotation annotation; // articleId unset, anchor offsets in code points
};

struct W3cParseResult
{
    QList<W3cImportItem> items;
    QHash<QString, W3cArticleIdentity> articles; // by IRI
    QString fileError;   // the whole file is refused
    QStringList refusals; // one line per refused item
    bool ok() const { return fileError.isEmpty() && refusals.isEmpty(); }
};

// Reads W3C Web Annotation JSON-LD (an AnnotationCollection with embedded pages, a single
// AnnotationPage or a single Annotation) into Glossa annotations. Every type and required field
// is checked; anything wrong becomes a one-line refusal naming the item, never a crash.
class W3cAnnotationParser
{
public:
    static W3cParseResult parse(const QByteArray &json, const Taxonomy &taxonomy);
};

} // namespace glossa
