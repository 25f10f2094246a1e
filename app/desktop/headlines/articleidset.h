#pragma once

#include <QBitArray>
#include <QSet>

namespace glossa {

// A set of article ids, one bit per id: ids are INTEGER PRIMARY KEYs handed out one after the
// other, so the ids of a million articles take 125 KB here where a hash of them takes tens of
// MB. An id beyond kMaxBitId (only a row inserted by hand has one) goes to a small hash
// instead, so that no id makes the bits grow without bound.
class ArticleIdSet
{
public:
    static constexpr qint64 kMaxBitId = qint64(1) << 26; // 8 MB of bits at most

    bool contains(qint64 id) const;
    void insert(qint64 id);
    void clear();

private:
    QBitArray m_bits;
    QSet<qint64> m_outliers;
};

} // namespace glossa
