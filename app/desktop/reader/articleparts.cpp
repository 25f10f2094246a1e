#include "articleparts.h"

#include "model/article.h"

#include <algorithm>

namespace glossa {

namespace {

bool breaksAfter(QChar ch)
{
    return ch.isSpace() || ch.isPunct();
}

} // namespace

ArticleParts::ArticleParts(const Article &article) : m_length(int(article.text.size()))
{
    if (m_length <= kWholeArticleLength)
        return;
    // Paragraph ends, in order, to cut at where one falls in the second half of a part.
    QList<int> blockEnds;
    blockEnds.reserve(article.blocks.size());
    for (const Block &block : article.blocks)
        blockEnds.append(block.end);
    int start = 0;
    while (m_length - start > kPartLength + kPartLength / 2) {
        const int target = start + kPartLength;
        auto after = std::upper_bound(blockEnds.cbegin(), blockEnds.cend(), target);
        int cut = -1;
        if (after != blockEnds.cbegin() && *(after - 1) > start + kPartLength / 2)
            cut = *(after - 1) + 1; // the next part starts at the next paragraph, past the '\n'
        else
            cut = pieceEnd(article.text, start, kPartLength);
        m_starts.append(cut);
        start = cut;
    }
}

int ArticleParts::partOf(int offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return std::max(0, int(it - m_starts.cbegin()) - 1);
}

int ArticleParts::pieceEnd(QStringView text, int from, int maxLength)
{
    const int size = int(text.size());
    if (size - from <= maxLength)
        return size;
    int end = from + maxLength;
    for (int i = end; i > end - maxLength / 4; --i) {
        if (breaksAfter(text.at(i - 1))) {
            end = i;
            return end;
        }
    }
    if (text.at(end - 1).isHighSurrogate() && text.at(end).isLowSurrogate())
        --end;
    return end;
}

} // namespace glossa
