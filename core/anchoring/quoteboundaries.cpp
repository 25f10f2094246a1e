#include "quoteboundaries.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace glossa {

namespace {

// Words are short and sentences rarely long: boundaries this far from a window's edges are the
// ones the whole text has.
constexpr int kWordWindow = 1024;
constexpr int kSentenceWindow = 8192;

bool isGroupSeparator(QChar ch)
{
    const char16_t u = ch.unicode();
    return u == u' ' || u == 0x00a0 || u == 0x202f || u == 0x2009;
}

bool isPercentSign(QChar ch)
{
    const char16_t u = ch.unicode();
    return u == u'%' || u == 0x2030 || u == 0x2031 || u == 0x066a;
}

bool isDigit(QStringView text, int i)
{
    return i >= 0 && i < text.size() && text.at(i).isDigit();
}

// The digits running from i forwards (or backwards from i - 1): how many.
int digitsAfter(QStringView text, int i)
{
    int n = 0;
    while (isDigit(text, i + n))
        ++n;
    return n;
}

int digitsBefore(QStringView text, int i)
{
    int n = 0;
    while (isDigit(text, i - 1 - n))
        ++n;
    return n;
}

// QTextBoundaryFinder over the text around one offset.
class Around
{
public:
    Around(QTextBoundaryFinder::BoundaryType type, QStringView text, int offset, int window)
        : m_from(std::max(0, offset - window)), m_to(int(std::min<qsizetype>(text.size(), qsizetype(offset) + window))),
          m_finder(type, text.mid(m_from, m_to - m_from))
    {
    }
    bool isAtBoundary(int offset)
    {
        m_finder.setPosition(offset - m_from);
        return m_finder.isAtBoundary();
    }
    QTextBoundaryFinder::BoundaryReasons reasons(int offset)
    {
        m_finder.setPosition(offset - m_from);
        return m_finder.boundaryReasons();
    }
    // The boundary before (after) offset, -1 when there is none in the window.
    int previous(int offset)
    {
        m_finder.setPosition(offset - m_from);
        const qsizetype at = m_finder.toPreviousBoundary();
        return at < 0 ? -1 : m_from + int(at);
    }
    int next(int offset)
    {
        m_finder.setPosition(offset - m_from);
        const qsizetype at = m_finder.toNextBoundary();
        return at < 0 ? -1 : m_from + int(at);
    }

private:
    int m_from;
    int m_to;
    QTextBoundaryFinder m_finder;
};

// A number's thousands groups: "1 200" read as one number when the group after the separator has
// exactly three digits and the one before it one to three.
int joinGroupsBackward(QStringView text, int start)
{
    while (digitsAfter(text, start) == 3 && start >= 2 && isGroupSeparator(text.at(start - 1))) {
        const int before = digitsBefore(text, start - 1);
        if (before < 1 || before > 3)
            break;
        start -= 1 + before;
        if (before < 3)
            break; // a number's first group
    }
    return start;
}

int joinGroupsForward(QStringView text, int end)
{
    while (end + 1 < text.size() && isGroupSeparator(text.at(end)) && digitsAfter(text, end + 1) == 3
           && !isDigit(text, end + 4)) {
        const int before = digitsBefore(text, end);
        if (before < 1 || before > 3)
            break;
        // The group and what ICU keeps with it ("200,5").
        Around words(QTextBoundaryFinder::Word, text, end + 1, kWordWindow);
        const int next = words.next(end + 1);
        end = next < 0 ? end + 4 : next;
    }
    // "31 %", "31%", "٣١٪".
    if (isDigit(text, end - 1)) {
        int at = end;
        if (at < text.size() && isGroupSeparator(text.at(at)))
            ++at;
        if (at < text.size() && isPercentSign(text.at(at)))
            end = at + 1;
    }
    return end;
}

int snapStart(QStringView text, int start)
{
    if (start > 0 && start < text.size()) {
        Around words(QTextBoundaryFinder::Word, text, start, kWordWindow);
        if (!words.isAtBoundary(start)) {
            const int previous = words.previous(start);
            start = previous < 0 ? start : previous;
        }
    }
    return joinGroupsBackward(text, start);
}

int snapEnd(QStringView text, int end)
{
    if (end > 0 && end < text.size()) {
        Around words(QTextBoundaryFinder::Word, text, end, kWordWindow);
        if (!words.isAtBoundary(end)) {
            const int next = words.next(end);
            end = next < 0 ? end : next;
        }
    }
    return joinGroupsForward(text, end);
}

QuoteBoundaries::Span trimmed(QStringView text, QuoteBoundaries::Span span, QuoteBoundaries::Span otherwise)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start && text.at(span.end - 1).isSpace())
        --span.end;
    return span.start < span.end ? span : otherwise;
}

QuoteBoundaries::Span clamped(QStringView text, QuoteBoundaries::Span span)
{
    const int size = int(text.size());
    span.start = std::clamp(span.start, 0, size);
    span.end = std::clamp(span.end, 0, size);
    if (span.end < span.start)
        std::swap(span.start, span.end);
    return span;
}

} // namespace

QuoteBoundaries::Span QuoteBoundaries::snapToWords(QStringView text, Span span)
{
    span = clamped(text, span);
    if (span.start == span.end)
        return span;
    return trimmed(text, Span{snapStart(text, span.start), snapEnd(text, span.end)}, span);
}

QuoteBoundaries::Span QuoteBoundaries::extendToSentence(QStringView text, Span span)
{
    span = clamped(text, span);
    Span sentence = span;
    {
        Around sentences(QTextBoundaryFinder::Sentence, text, span.start, kSentenceWindow);
        // A sentence starts at a boundary; the offset just after one is still that sentence.
        if (!sentences.isAtBoundary(span.start) || span.start == span.end) {
            const int previous = sentences.isAtBoundary(span.start) ? span.start : sentences.previous(span.start);
            sentence.start = previous < 0 ? span.start : previous;
        }
    }
    {
        Around sentences(QTextBoundaryFinder::Sentence, text, span.end, kSentenceWindow);
        if (!sentences.isAtBoundary(span.end) || span.start == span.end) {
            const int next = sentences.next(span.end);
            sentence.end = next < 0 ? span.end : next;
        }
    }
    return trimmed(text, sentence, span);
}

QuoteBoundaries::Span QuoteBoundaries::widenStart(QStringView text, Span span)
{
    span = clamped(text, span);
    Around words(QTextBoundaryFinder::Word, text, span.start, kWordWindow);
    int at = span.start;
    // Back to the start of the previous word (spaces and punctuation on the way come with it).
    while ((at = words.previous(at)) > 0 && !(words.reasons(at) & QTextBoundaryFinder::StartOfItem)) {
    }
    if (at < 0)
        return span;
    return Span{joinGroupsBackward(text, at), span.end};
}

QuoteBoundaries::Span QuoteBoundaries::narrowStart(QStringView text, Span span)
{
    span = clamped(text, span);
    Around words(QTextBoundaryFinder::Word, text, span.start, kWordWindow);
    int at = span.start;
    // Forwards past the first word to the start of the next one.
    while ((at = words.next(at)) >= 0 && at < span.end && !(words.reasons(at) & QTextBoundaryFinder::StartOfItem)) {
    }
    if (at < 0 || at >= span.end)
        return span;
    return trimmed(text, Span{at, span.end}, span);
}

QuoteBoundaries::Span QuoteBoundaries::widenEnd(QStringView text, Span span)
{
    span = clamped(text, span);
    Around words(QTextBoundaryFinder::Word, text, span.end, kWordWindow);
    int at = span.end;
    while ((at = words.next(at)) >= 0 && at < text.size() && !(words.reasons(at) & QTextBoundaryFinder::EndOfItem)) {
    }
    if (at < 0)
        return span;
    return Span{span.start, joinGroupsForward(text, at)};
}

QuoteBoundaries::Span QuoteBoundaries::narrowEnd(QStringView text, Span span)
{
    span = clamped(text, span);
    Around words(QTextBoundaryFinder::Word, text, span.end, kWordWindow);
    int at = span.end;
    while ((at = words.previous(at)) > span.start && !(words.reasons(at) & QTextBoundaryFinder::EndOfItem)) {
    }
    if (at <= span.start)
        return span;
    return trimmed(text, Span{span.start, at}, span);
}

} // namespace glossa
