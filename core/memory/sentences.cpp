#include "sentences.h"

#include <QTextBoundaryFinder>

namespace glossa {

namespace {

void addTrimmed(QStringView text, int start, int end, QList<Sentences::Range> *out)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        out->append({start, end});
}

} // namespace

QList<Sentences::Range> Sentences::split(QStringView text)
{
    QList<Range> out;
    int lineStart = 0;
    const int length = int(text.size());
    while (lineStart < length) {
        int lineEnd = int(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = length;
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, line.data(), int(line.size()));
        int previous = 0;
        for (int at = finder.toNextBoundary(); at >= 0; at = finder.toNextBoundary()) {
            addTrimmed(text, lineStart + previous, lineStart + at, &out);
            previous = at;
        }
        if (previous < line.size())
            addTrimmed(text, lineStart + previous, lineEnd, &out);
        lineStart = lineEnd + 1;
    }
    return out;
}

QList<Sentences::Range> Sentences::words(QStringView text)
{
    QList<Range> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    int start = -1;
    for (int at = finder.position(); at >= 0 && at <= text.size(); at = finder.toNextBoundary()) {
        const auto reasons = finder.boundaryReasons();
        if (start >= 0 && (reasons & QTextBoundaryFinder::EndOfItem)) {
            // Only items holding a letter or a digit are words; ICU also ends items on punctuation.
            bool wordLike = false;
            for (int i = start; i < at && !wordLike; ++i)
                wordLike = text.at(i).isLetterOrNumber();
            if (wordLike)
                out.append({start, at});
            start = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = at;
        if (at == text.size())
            break;
    }
    return out;
}

} // namespace glossa
