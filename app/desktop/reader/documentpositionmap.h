#pragma once

#include <QList>

namespace glossa {

// The explicit table between an article's canonical text (Article::text: blocks joined by '\n',
// UTF-16 offsets) and positions in the QTextDocument the reader shows. The document also holds
// blocks that are not article text (title, provenance), so offsets differ by a per-block shift;
// inside a block the two count the same UTF-16 units because the builder inserts each block's
// text with its length preserved. Never found by searching text: identical sentences, RTL
// reordering and surrogate pairs would make a search ambiguous.
class DocumentPositionMap
{
public:
    struct Segment
    {
        int canonicalStart = 0;
        int documentStart = 0;
        int length = 0;
    };

    void clear() { m_segments.clear(); }
    // Segments must be appended in text order.
    void append(int canonicalStart, int documentStart, int length);

    bool isEmpty() const { return m_segments.isEmpty(); }
    const QList<Segment> &segments() const { return m_segments; }

    // The document position of a canonical offset. An offset on the '\n' between two blocks maps
    // to the end of the earlier block; offsets outside the text are clamped. -1 when empty.
    int toDocument(int canonicalOffset) const;
    // The canonical offset of a document position. Positions in blocks that are not article text
    // are clamped to the nearest article text. -1 when empty.
    int toCanonical(int documentPosition) const;

private:
    QList<Segment> m_segments;
};

} // namespace glossa
