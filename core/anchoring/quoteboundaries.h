#pragma once

#include <QStringView>

namespace glossa {

// Where a quote taken from an article may start and end: on the Unicode (ICU) word and sentence
// boundaries of QTextBoundaryFinder, so that Arabic words are whole ("دشنت", never "شنت") and a
// quote never cuts a number. A number is whole with its decimal part ("3,5"), its thousands
// groups written with a space, a no-break space or a thin space ("1 200,5", as French writes
// them) and a percent or per-mille sign after it ("31 %"). Spans are UTF-16 offsets into the
// text, start <= end. Only a window of text around each end is read, so snapping costs the same
// in a 30 MB article as in a short one.
class QuoteBoundaries
{
public:
    struct Span
    {
        int start = 0;
        int end = 0;
        friend bool operator==(const Span &a, const Span &b) { return a.start == b.start && a.end == b.end; }
    };

    // The span widened to whole words and numbers, without the spaces at its ends. A span of
    // spaces only is returned as it was.
    static Span snapToWords(QStringView text, Span span);
    // The span widened to the whole sentences it touches (an empty span: its sentence).
    static Span extendToSentence(QStringView text, Span span);

    // One word more or less at either end: the start one word earlier (widen) or later
    // (narrow), the end one word later (widen) or earlier (narrow). A span never narrows to
    // nothing: it is returned as it was.
    static Span widenStart(QStringView text, Span span);
    static Span narrowStart(QStringView text, Span span);
    static Span widenEnd(QStringView text, Span span);
    static Span narrowEnd(QStringView text, Span span);
};

} // namespace glossa
