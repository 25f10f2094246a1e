#pragma once

#include "model/parsedpage.h"
#include "refiqdaproject.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace glossa {

class Taxonomy;

// What a code of another tool's codebook means in Glossa: a claim kind, a verdict or a tag.
struct RefiCodeMeaning
{
    enum class Role { Kind, Verdict, Tag };
    Role role = Role::Tag;
    QString value; // the kind or verdict id, or the tag's name
    QString color;
};

// Every code of a codebook by its GUID (normalized), with its meaning: under "Claim kind" and
// "Verdict" a kind or verdict known by id or label (else a tag named by its path), under "Tags"
// a tag, and any other code a tag named by its path ("Emotions/Anger").
QHash<QString, RefiCodeMeaning> refiCodeMeanings(const QList<RefiCode> &codes, const Taxonomy &taxonomy);

// A source's text as an article: its lines, trimmed, are the paragraphs, and a selection's
// code-point range over the source maps onto the canonical text (blocks joined by '\n').
class RefiSourceText
{
public:
    // atlasCounting: "\r\n" is one character (ATLAS.ti), not two.
    RefiSourceText(const QString &text, bool atlasCounting);

    QList<ParsedBlock> blocks() const;
    // The canonical UTF-16 range of a selection given in code points over the source; nullopt
    // when it lies outside the text or covers nothing but blank space.
    std::optional<std::pair<int, int>> canonicalRange(qint64 startPoint, qint64 endPoint) const;

private:
    struct Line
    {
        int sourceStart = 0; // UTF-16, in m_text, of the trimmed line
        int canonicalStart = 0;
        int length = 0;
    };
    QString m_text; // with "\r\n" as "\n" when counted so
    QList<Line> m_lines;
};

} // namespace glossa
