#pragma once

#include "export/brief.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <vector>

typedef struct _cairo cairo_t;

namespace glossa {

class PageBlock;

// The brief laid out on A4 pages for a Cairo surface: blocks of Pango text, chips and the
// summary table, grouped in units that are never split across pages when they fit on one (an
// article's heading with its first passage; a paragraph's context with all its highlights and
// annotations). A unit taller than a page is split between lines of text.
class BriefPages
{
    Q_DECLARE_TR_FUNCTIONS(BriefPages)
public:
    static constexpr double kPageWidth = 595.2756;  // A4 in points
    static constexpr double kPageHeight = 841.8898;

    BriefPages(cairo_t *cr, const Brief &brief);
    ~BriefPages();

    int pageCount() const { return m_pageCount; }
    // Paints every page, each followed by cairo_show_page().
    void paint(cairo_t *cr) const;

private:
    using Unit = std::vector<std::unique_ptr<PageBlock>>;
    struct Placement
    {
        int page = 0;
        const PageBlock *block = nullptr;
        double y = 0;
        int firstLine = 0;
        int lastLine = -1;
    };

    void addHeader(cairo_t *cr, const Brief &brief);
    void addArticle(cairo_t *cr, const BriefArticle &article);
    void addContext(cairo_t *cr, Unit &unit, const BriefContext &context, Qt::LayoutDirection direction);
    void paginate();

    std::vector<Unit> m_units;
    QList<Placement> m_placements;
    int m_pageCount = 0;
};

} // namespace glossa
