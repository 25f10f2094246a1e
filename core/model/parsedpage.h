#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// One article as the readers found it in a file, before it is stored.
struct ParsedBlock
{
    enum class Kind { Paragraph, Heading };
    Kind kind = Kind::Paragraph;
    QString text; // one line, trimmed, never empty
};

struct ParsedPage
{
    QString title;
    QString source;       // empty when the page has no provenance line
    QDate published;      // invalid when unknown
    QString language;     // "fr", "ar", ... from the layout profile or a script guess; may be empty
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString url;          // JSON Lines and HTML may carry one
    QStringList headlines; // ticker headlines of this page, in order
    QList<ParsedBlock> blocks;
    QString profile;      // name of the layout profile that matched ("generic" for none)
};

// What a reader made of one file's bytes.
struct ParsedDocument
{
    QString encoding;     // detected text encoding of the bytes
    QList<ParsedPage> pages;
    QString error;        // one-line reason when the file is refused; pages is then empty
    bool ok() const { return error.isEmpty(); }
};

} // namespace glossa
