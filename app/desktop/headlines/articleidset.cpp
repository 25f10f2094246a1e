#include "articleidset.h"

namespace glossa {

bool ArticleIdSet::contains(qint64 id) const
{
    if (id >= 0 && id < kMaxBitId)
        return id < m_bits.size() && m_bits.testBit(id);
    return m_outliers.contains(id);
}

void ArticleIdSet::insert(qint64 id)
{
    if (id < 0 || id >= kMaxBitId) {
        m_outliers.insert(id);
        return;
    }
    if (id >= m_bits.size()) // doubling: a list read page by page grows it a few times only
        m_bits.resize(qMin(kMaxBitId, qMax(id + 1, 2 * m_bits.size())));
    m_bits.setBit(id);
}

void ArticleIdSet::clear()
{
    m_bits = QBitArray();
    m_outliers.clear();
}

} // namespace glossa
