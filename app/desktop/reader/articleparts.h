#pragma once

#include <QList>
#include <QStringView>

namespace glossa {

struct Article;

// Where the reader cuts an article that is too long to lay out at once. QTextDocument lays a
// block out whole, and a page's text out to the end whenever a position far down is asked for
// (a highlight, the scroll bar's range), on the thread that shows it: a 30 MB page froze the
// window for good. So the reader never gives Qt more than one part of an article (about
// kPartLength UTF-16 units, cut at a paragraph's end where one is near), nor a block longer than
// kMaxPieceLength (a longer paragraph is shown as pieces, each cut after a space). Both cuts are
// in the position map, so offsets in the article stay exact across them.
class ArticleParts
{
public:
    // Articles up to this length are shown whole; it is far above the longest real article.
    static constexpr int kWholeArticleLength = 100000;
    static constexpr int kPartLength = 50000;
    static constexpr int kMaxPieceLength = 3000;

    ArticleParts() = default;
    explicit ArticleParts(const Article &article);

    int count() const { return int(m_starts.size()); }
    // Canonical offsets [start(i), end(i)) of part i.
    int start(int part) const { return m_starts.at(part); }
    int end(int part) const { return part + 1 < count() ? m_starts.at(part + 1) : m_length; }
    // The part holding a canonical offset (the last part for the end of the text).
    int partOf(int offset) const;

    // Where the piece of a block's text that starts at from ends: from + maxLength at most, just
    // after the last space or punctuation before that when there is one in its last quarter,
    // never between the two halves of a surrogate pair.
    static int pieceEnd(QStringView text, int from, int maxLength = kMaxPieceLength);

private:
    QList<int> m_starts{0};
    int m_length = 0;
};

} // namespace glossa
