#include "textlayer.h"

#include <cairo.h>

#include <QList>

#include <algorithm>

namespace glossa {

namespace {

const cairo_user_data_key_t kLayerKey{};

constexpr char32_t kLeftToRightMark = 0x200E;
constexpr char32_t kRightToLeftMark = 0x200F;

// A character as poppler's text extraction classes it (UnicodeTypeTable: 'L', 'R', '#' or
// neutral), from the Unicode bidi classes it was built from. It knows nothing above the BMP:
// every emoji is neutral there.
enum class Kind { Left, Right, Number, Neutral, Mark };

Kind kindOf(char32_t c)
{
    if (c > 0xFFFF)
        return Kind::Neutral;
    switch (QChar::direction(c)) {
    case QChar::DirL:
        return Kind::Left;
    case QChar::DirR:
    case QChar::DirAL:
        return Kind::Right;
    case QChar::DirEN:
    case QChar::DirES:
    case QChar::DirET:
    case QChar::DirCS:
    case QChar::DirAN:
        return Kind::Number;
    case QChar::DirNSM:
        return Kind::Mark; // neutral to poppler; kept with the letter it sits on
    default:
        return Kind::Neutral;
    }
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isArabicPresentationForm(char32_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

struct Piece
{
    bool strong; // of the direction the page does not run in
    QList<char32_t> text;
};

// The line cut where poppler's reordering changes direction: "strong" pieces run from a
// character of the given kinds to the last one before a character of the other direction (with
// the combining marks on it, keepMarks); everything between them is the other kind of piece.
QList<Piece> piecesOf(const QList<char32_t> &text, bool (*strong)(Kind), bool (*opposite)(Kind), bool keepMarks)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (strong(kindOf(text.at(i)))) {
            qsizetype last = i;
            for (qsizetype j = i + 1; j < n && !opposite(kindOf(text.at(j))); ++j) {
                const Kind kind = kindOf(text.at(j));
                if (strong(kind) || (keepMarks && kind == Kind::Mark && last == j - 1))
                    last = j;
            }
            pieces.append({true, text.mid(i, last + 1 - i)});
            i = last + 1;
        } else {
            qsizetype j = i;
            while (j < n && !strong(kindOf(text.at(j))))
                ++j;
            pieces.append({false, text.mid(i, j - i)});
            i = j;
        }
    }
    return pieces;
}

bool isRight(Kind kind)
{
    return kind == Kind::Right;
}

bool isLeftOrNumber(Kind kind)
{
    return kind == Kind::Left || kind == Kind::Number;
}

QString fromUcs4(const QList<char32_t> &text)
{
    return QString::fromUcs4(text.constData(), text.size());
}

QList<char32_t> ucs4Of(const QString &text)
{
    QList<char32_t> code;
    code.reserve(text.size());
    for (const uint c : text.toUcs4())
        code.append(char32_t(c));
    return code;
}

// lrCount of poppler's TextPage::coalesce for these lines.
int leftToRightCount(const QStringList &lines)
{
    int count = 0;
    for (const QString &line : lines) {
        for (const char32_t c : ucs4Of(line)) {
            const Kind kind = kindOf(c);
            count += kind == Kind::Left ? 1 : kind == Kind::Right ? -1 : 0;
        }
    }
    return count;
}

QString readingOrder(const QString &logical, bool pageLeftToRight, bool markEnds)
{
    // poppler lays an ActualText's characters out left to right, then reads each line from the
    // page's side: on a left-to-right page, a run of characters that are not right-to-left
    // (numbers and neutrals included) as it is, then a run that is neither left-to-right nor a
    // number backwards, and so on; on a right-to-left page, the same from the right. So a
    // right-to-left piece is written reversed, and on a right-to-left page the pieces come in
    // reverse order. Where a neutral would be taken into the wrong run, a mark (LRM, RLM: strong
    // for poppler, invisible, and what a reader drops) closes the run: only marks of the page's
    // own direction, so the page keeps its direction; a piece that ends on a combining mark gets
    // a mark of its own direction rather than lose it to the next piece (markEnds).
    const QList<char32_t> text = ucs4Of(logical);
    QList<char32_t> written;
    written.reserve(text.size() + 4);
    if (pageLeftToRight) {
        const QList<Piece> pieces = piecesOf(text, isRight, isLeftOrNumber, markEnds);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QList<char32_t> piece = pieces.at(i).text;
            if (pieces.at(i).strong) {
                if (kindOf(piece.last()) != Kind::Right)
                    piece.append(kRightToLeftMark);
                std::reverse(piece.begin(), piece.end());
            } else if (i > 0 && !isLeftOrNumber(kindOf(piece.first()))) {
                piece.prepend(kLeftToRightMark);
            }
            written += piece;
        }
    } else {
        const QList<Piece> pieces = piecesOf(text, isLeftOrNumber, isRight, markEnds);
        for (qsizetype i = pieces.size() - 1; i >= 0; --i) {
            QList<char32_t> piece = pieces.at(i).text;
            if (pieces.at(i).strong) {
                if (!isLeftOrNumber(kindOf(piece.last())))
                    piece.append(kLeftToRightMark);
            } else {
                if (i > 0 && kindOf(piece.first()) != Kind::Right)
                    piece.prepend(kRightToLeftMark);
                std::reverse(piece.begin(), piece.end());
            }
            written += piece;
        }
    }
    return fromUcs4(written);
}

} // namespace

void TextLayer::attach(cairo_t *cr, TextLayer *layer)
{
    cairo_set_user_data(cr, &kLayerKey, layer, nullptr);
}

TextLayer *TextLayer::of(cairo_t *cr)
{
    return static_cast<TextLayer *>(cairo_get_user_data(cr, &kLayerKey));
}

bool TextLayer::beginLine(cairo_t *cr, const QString &layoutText, bool runsOn)
{
    const QString logical = logicalText(layoutText);
    if (logical.isEmpty())
        return false;
    cairo_tag_begin(cr, "Span", "");
    m_pages.back().append({logical, runsOn});
    return true;
}

void TextLayer::endLine(cairo_t *cr)
{
    cairo_tag_end(cr, "Span");
}

std::vector<QStringList> TextLayer::actualTexts() const
{
    std::vector<QStringList> pages;
    pages.reserve(m_pages.size());
    for (const QList<Line> &lines : m_pages) {
        QStringList logical;
        for (const Line &line : lines)
            logical << line.logical;
        const bool leftToRight = pageIsLeftToRight(logical);
        QStringList written;
        for (const QString &line : std::as_const(logical))
            written << glossa::readingOrder(line, leftToRight, true);
        // Marks closing a piece on a combining mark go against the page's direction: if there
        // are enough of them to turn it, the page is written without them.
        if (pageIsLeftToRight(written) != leftToRight) {
            written.clear();
            for (const QString &line : std::as_const(logical))
                written << glossa::readingOrder(line, leftToRight, false);
        }
        // poppler takes a line whose last character (by position) is "-" as hyphenated: it
        // drops the "-" and runs the next line on. That is what a line broken inside a word
        // wants (a "-" is added for it to drop); any other line ending so gets a mark after it.
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (lines.at(i).runsOn)
                written[i] += QLatin1Char('-');
            else if (written.at(i).endsWith(QLatin1Char('-')))
                written[i] += QChar(leftToRight ? kLeftToRightMark : kRightToLeftMark);
        }
        pages.push_back(written);
    }
    return pages;
}

QString TextLayer::logicalText(const QString &layoutText)
{
    QList<char32_t> letters;
    letters.reserve(layoutText.size());
    for (const char32_t c : ucs4Of(layoutText)) {
        if (isBidiControl(c) || c == 0xFEFF)
            continue;
        if (isArabicPresentationForm(c) && QChar::decompositionTag(c) != QChar::NoDecomposition) {
            for (const QChar letter : QChar::decomposition(c))
                letters.append(letter.unicode());
            continue;
        }
        letters.append(c);
    }
    return fromUcs4(letters).trimmed();
}

bool TextLayer::pageIsLeftToRight(const QStringList &lines)
{
    return leftToRightCount(lines) >= 0;
}

QString TextLayer::readingOrder(const QString &logical, bool pageLeftToRight)
{
    return glossa::readingOrder(logical, pageLeftToRight, true);
}

} // namespace glossa
