#include "headlinepagecache.h"

#include <algorithm>

namespace glossa {

HeadlinePageCache::HeadlinePageCache(int pageSize, int maxPages)
    : m_pageSize(qMax(1, pageSize)), m_maxPages(qMax(1, maxPages))
{
}

HeadlinePageCache::Page *HeadlinePageCache::find(int page)
{
    for (Page &cached : m_pages) {
        if (cached.number == page) {
            cached.lastUse = ++m_clock;
            return &cached;
        }
    }
    return nullptr;
}

const ArticleSummary *HeadlinePageCache::row(int row)
{
    return mutableRow(row);
}

ArticleSummary *HeadlinePageCache::mutableRow(int row)
{
    if (row < 0)
        return nullptr;
    Page *page = find(pageOf(row));
    const int offset = row - pageOf(row) * m_pageSize;
    return page && offset < page->rows.size() ? &page->rows[offset] : nullptr;
}

void HeadlinePageCache::putPage(int page, const QList<ArticleSummary> &rows)
{
    if (Page *cached = find(page)) {
        cached->rows = rows;
        return;
    }
    if (m_pages.size() >= m_maxPages) {
        const auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                             [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    m_pages.append(Page{page, ++m_clock, rows});
}

void HeadlinePageCache::append(int firstRow, const QList<ArticleSummary> &rows)
{
    int row = firstRow;
    qsizetype next = 0;
    while (next < rows.size()) {
        const int page = pageOf(row);
        const int pageStart = page * m_pageSize;
        const qsizetype take = qMin<qsizetype>(rows.size() - next, pageStart + m_pageSize - row);
        Page *cached = find(page);
        if (cached && cached->rows.size() == row - pageStart) {
            cached->rows.append(rows.mid(next, take));
        } else if (cached) {
            // Out of step with the list (cannot happen when rows only ever append): forget it
            // rather than show another article's row.
            m_pages.removeIf([page](const Page &p) { return p.number == page; });
        } else if (row == pageStart) {
            putPage(page, rows.mid(next, take));
        }
        row += int(take);
        next += take;
    }
}

int HeadlinePageCache::rowOf(qint64 articleId) const
{
    for (const Page &page : m_pages) {
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            if (page.rows.at(i).id == articleId)
                return page.number * m_pageSize + int(i);
        }
    }
    return -1;
}

bool HeadlinePageCache::holds(int row) const
{
    if (row < 0)
        return false;
    for (const Page &page : m_pages) {
        if (page.number == pageOf(row))
            return row - page.number * m_pageSize < page.rows.size();
    }
    return false;
}

void HeadlinePageCache::clear()
{
    m_pages.clear();
}

int HeadlinePageCache::cachedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

} // namespace glossa
