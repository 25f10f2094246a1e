#include "foldedtext.h"

namespace glossa {

namespace {

// What folding drops: combining marks (accents once decomposed, Arabic harakat) and tatweel,
// the Arabic stretching stroke that is layout, not spelling.
bool dropped(char32_t c)
{
    if (c == 0x0640)
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

// Appends the folded form of code point \a c to \a out.
void appendFolded(char32_t c, QString *out)
{
    if (c < 0x80) { // most of a French or English text: nothing to decompose
        out->append(QChar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        return;
    }
    if (dropped(c))
        return;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    for (const char32_t part : decomposed.toUcs4()) {
        if (!dropped(part))
            out->append(QString::fromUcs4(&part, 1).toCaseFolded());
    }
}

bool isWordCharacter(const QString &text, int index)
{
    if (index < 0 || index >= text.size())
        return false;
    const QChar c = text.at(index);
    if (c.isLowSurrogate() && index > 0)
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(text.at(index - 1), c));
    if (c.isHighSurrogate() && index + 1 < text.size())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(index + 1)));
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

FoldedText::FoldedText(const QString &text) : m_text(text)
{
    m_folded.reserve(text.size());
    m_origin.reserve(text.size());
    for (int i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        int units = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        const qsizetype before = m_folded.size();
        appendFolded(c, &m_folded);
        for (qsizetype k = before; k < m_folded.size(); ++k)
            m_origin.append(i);
        i += units;
    }
}

QString FoldedText::fold(const QString &text)
{
    return FoldedText(text).folded();
}

QList<std::pair<int, int>> FoldedText::find(const QString &needle, bool wholeWords, bool prefix) const
{
    QList<std::pair<int, int>> spans;
    const QString folded = fold(needle);
    if (folded.isEmpty())
        return spans;
    qsizetype at = 0;
    while ((at = m_folded.indexOf(folded, at)) >= 0) {
        const qsizetype last = at + folded.size() - 1;
        const int start = m_origin.at(at);
        // The end takes in the original units of the last folded character and the marks after it.
        int end = last + 1 < m_origin.size() ? m_origin.at(last + 1) : int(m_text.size());
        // Several folded characters from one original (a ligature): a match cannot end inside it.
        const bool cutsAnOriginal = last + 1 < m_origin.size() && m_origin.at(last + 1) == m_origin.at(last);
        const bool cutsAtStart = at > 0 && m_origin.at(at - 1) == start;
        if (!cutsAnOriginal && !cutsAtStart
            && (!wholeWords || (!isWordCharacter(m_text, start - 1) && (prefix || !isWordCharacter(m_text, end))))) {
            spans.append({start, end});
            at += folded.size();
        } else {
            ++at;
        }
    }
    return spans;
}

} // namespace glossa
