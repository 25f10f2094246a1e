#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// A run of an article's canonical text that is shown as one paragraph or subheading.
// start/end are UTF-16 offsets into Article::text (end exclusive).
struct Block
{
    enum class Kind { Paragraph, Heading };
    Kind kind = Kind::Paragraph;
    int start = 0;
    int end = 0;

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    friend bool operator==(const Block &a, const Block &b)
    {
        return a.kind == b.kind && a.start == b.start && a.end == b.end;
    }
};

// Where an article came from: the dump file it was parsed out of.
struct Provenance
{
    qint64 dumpId = 0;
    QString fileName;
    QString sha256;       // of the dump's raw bytes, lowercase hex
    QString encoding;     // as detected on import, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    QDateTime importedAt; // UTC
};

struct Article
{
    qint64 id = 0;
    QString title;
    QString source;       // outlet; empty when unknown
    QDate published;      // invalid when unknown
    QString language;     // BCP 47 code, e.g. "fr", "ar"; empty when unknown
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString url;
    QString text;         // canonical text: blocks joined by '\n'
    QList<Block> blocks;
    QStringList headlines; // the ticker of the page the article was found on
    Provenance provenance;
    QString contentHash;
    bool read = false;
    bool starred = false;
    QString note;
    QStringList tags;

    QString blockText(const Block &block) const { return text.mid(block.start, block.end - block.start); }
};

// What an article's own edits change (read, starred, its note and tags): re-read after such an
// edit without reading the article's text again.
struct ArticleState
{
    bool read = false;
    bool starred = false;
    QString note;
    QStringList tags;
};

// One row of the headline list: everything but the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString source;
    QDate published;
    int annotationCount = 0;
    bool read = false;
    bool starred = false;
    QString snippet;      // filled by a full-text search
    // The verdicts of the checked claims the article repeats (appearances proposed or accepted),
    // each once, the most serious first (RepeatedClaims::bySeriousness); empty when it repeats none.
    QStringList repeatedVerdicts;
    bool snippetOfNote = false; // the snippet is of the article's note: only the note matched
};

} // namespace glossa
