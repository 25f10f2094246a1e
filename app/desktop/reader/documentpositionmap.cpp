#include "documentpositionmap.h"

#include <algorithm>

namespace glossa {

void DocumentPositionMap::append(int canonicalStart, int documentStart, int length)
{
    m_segments.append(Segment{canonicalStart, documentStart, length});
}

int DocumentPositionMap::toDocument(int canonicalOffset) const
{
    if (m_segments.isEmpty())
        return -1;
    // The last segment starting at or before the offset.
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), canonicalOffset,
                               [](int offset, const Segment &s) { return offset < s.canonicalStart; });
    if (it == m_segments.cbegin())
        return m_segments.first().documentStart;
    const Segment &segment = *(it - 1);
    const int within = std::min(canonicalOffset - segment.canonicalStart, segment.length);
    return segment.documentStart + within;
}

int DocumentPositionMap::toCanonical(int documentPosition) const
{
    if (m_segments.isEmpty())
        return -1;
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), documentPosition,
                               [](int position, const Segment &s) { return position < s.documentStart; });
    if (it == m_segments.cbegin())
        return m_segments.first().canonicalStart;
    const Segment &segment = *(it - 1);
    const int within = std::min(documentPosition - segment.documentStart, segment.length);
    return segment.canonicalStart + within;
}

} // namespace glossa
