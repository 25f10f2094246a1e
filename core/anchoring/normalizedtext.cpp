#include "normalizedtext.h"

#include <algorithm>

namespace glossa {

namespace {

bool isDropped(char16_t c)
{
    // U+0640 ARABIC TATWEEL only stretches a word for layout.
    return c == 0x0640 || QChar::category(char32_t(c)) == QChar::Other_Format;
}

// One pass shared by normalize() and build() so both sides of a comparison are transformed
// identically; map may be null when only the string is needed. Writes through raw pointers:
// this runs over whole articles and must stay cheap in unoptimised builds too.
QString normalizeImpl(QStringView s, std::unique_ptr<int[]> *map, int *mapSize)
{
    const qsizetype n = s.size();
    QString out(n, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    const char16_t *in = s.utf16();
    int *mp = nullptr;
    if (map) {
        map->reset(new int[size_t(n) + 1]);
        mp = map->get();
    }
    qsizetype k = 0;
    bool inSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        // Surrogate halves are copied untouched: the characters we drop are all in the BMP.
        if (!QChar::isSurrogate(c)) {
            if (c == u' ' || QChar::isSpace(char32_t(c))) {
                if (!inSpace) {
                    if (mp)
                        mp[k] = int(i);
                    o[k++] = u' ';
                }
                inSpace = true;
                continue;
            }
            if (c >= 0x00ad && isDropped(c))
                continue; // does not end a whitespace run: "a \u200f b" is "a b"
        }
        inSpace = false;
        if (mp)
            mp[k] = int(i);
        o[k++] = c;
    }
    out.truncate(k);
    if (mapSize)
        *mapSize = int(k);
    return out;
}

} // namespace

NormalizedText::NormalizedText(const QString &source)
    : m_source(source)
{
}

void NormalizedText::build() const
{
    if (m_built)
        return;
    m_text = normalizeImpl(m_source, &m_map, &m_mapSize);
    m_built = true;
}

const QString &NormalizedText::text() const
{
    build();
    return m_text;
}

int NormalizedText::sourceStart(int normStart) const
{
    build();
    if (normStart >= m_mapSize)
        return int(m_source.size());
    return m_map[size_t(std::max(0, normStart))];
}

int NormalizedText::sourceEnd(int normEnd) const
{
    build();
    if (normEnd <= 0)
        return 0;
    // The end is just after the last unit of the span, so dropped characters and the rest of a
    // collapsed whitespace run that follow it stay outside.
    return m_map[size_t(std::min(normEnd, m_mapSize) - 1)] + 1;
}

int NormalizedText::fromSource(int sourcePos) const
{
    build();
    const int *begin = m_map.get();
    return int(std::lower_bound(begin, begin + m_mapSize, sourcePos) - begin);
}

QList<int> NormalizedText::wordPositions(const QString &key, int limit) const
{
    // About what building the index costs, in scans of the whole text.
    constexpr int kScansBeforeIndex = 24;
    if (m_folded.isNull())
        m_folded = foldCase(text());
    const QStringView folded(m_folded);
    const qsizetype n = folded.size();
    const QChar *d = folded.data();
    if (!m_indexed && ++m_scans > kScansBeforeIndex) {
        qsizetype i = 0;
        while (i < n) {
            if (!isWordUnit(d[i])) {
                ++i;
                continue;
            }
            const qsizetype begin = i;
            while (i < n && isWordUnit(d[i]))
                ++i;
            m_words[folded.mid(begin, i - begin)].append(int(begin));
        }
        m_indexed = true;
    }
    if (m_indexed)
        return m_words.value(QStringView(key));

    QList<int> out;
    const qsizetype len = key.size();
    if (len == 0)
        return out;
    for (qsizetype p = folded.indexOf(key); p >= 0 && out.size() < limit;
         p = folded.indexOf(key, p + 1)) {
        // Whole words only, as in the index.
        if ((p == 0 || !isWordUnit(d[p - 1])) && (p + len == n || !isWordUnit(d[p + len])))
            out.append(int(p));
    }
    return out;
}

QString NormalizedText::normalize(QStringView s)
{
    return normalizeImpl(s, nullptr, nullptr);
}

QString NormalizedText::foldCase(QStringView s)
{
    QString out = s.toString();
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (QChar::isSurrogate(d[i]))
            continue; // astral letters are left as they are: rare in news, and length must hold
        const char32_t f = QChar::toCaseFolded(char32_t(d[i]));
        if (f <= 0xffff && !QChar::isSurrogate(f))
            d[i] = char16_t(f);
    }
    return out;
}

QList<NormalizedText::Word> NormalizedText::words(QStringView s)
{
    const QString folded = foldCase(s);
    QList<Word> out;
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!isWordUnit(folded[i])) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < folded.size() && isWordUnit(folded[i]))
            ++i;
        out.append(Word{folded.mid(begin, i - begin), int(begin)});
    }
    return out;
}

} // namespace glossa
