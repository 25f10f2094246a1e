#include "briefpages.h"

#include "arabicforms.h"
#include "pageblocks.h"
#include "textlayer.h"
#include "model/articlecontext.h"
#include "model/taxonomy.h"

#include <cairo.h>

namespace glossa {

namespace {

// Millimetres as on the printed brief before (room for binding and notes in the margin).
constexpr double kMm = 72.0 / 25.4;
constexpr double kMarginLeft = 20 * kMm, kMarginRight = 20 * kMm, kMarginTop = 18 * kMm, kMarginBottom = 16 * kMm;
constexpr double kColumn = BriefPages::kPageWidth - kMarginLeft - kMarginRight;
constexpr double kFooter = 16; // the page number's line, inside the bottom margin's top
constexpr double kBody = BriefPages::kPageHeight - kMarginTop - kMarginBottom - kFooter;
constexpr double kNotePadding = 4;

const QColor kMeta(0x55, 0x55, 0x55);
const QColor kKindChip(0x45, 0x5a, 0x64);
const QColor kOrphanChip(0xb7, 0x1c, 0x1c);

using Dir = PangoText::Direction;

Dir dirOf(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? Dir::RightToLeft : Dir::LeftToRight;
}

std::unique_ptr<TextBlock> text(cairo_t *cr, const QString &markup, PangoText::Style style, Dir dir,
                                double before, double after, const QColor &color = QColor(0x22, 0x22, 0x22))
{
    PangoText layout(cr, markup, style, kColumn, dir);
    layout.setColor(color);
    auto block = std::make_unique<TextBlock>(std::move(layout), kColumn);
    block->spaceBefore = before;
    block->spaceAfter = after;
    return block;
}

QString label(const QString &name)
{
    return QStringLiteral("<b>") + PangoText::escape(name) + QStringLiteral("</b>\u2003");
}

QString labelOf(const Taxonomy::Entry *entry, const QString &id)
{
    return entry ? entry->label : id;
}

} // namespace

BriefPages::BriefPages(cairo_t *cr, const Brief &brief)
{
    addHeader(cr, brief);
    for (const BriefArticle &article : brief.articles)
        addArticle(cr, article);
    paginate();
}

BriefPages::~BriefPages() = default;

void BriefPages::addHeader(cairo_t *cr, const Brief &brief)
{
    const BriefHeader &header = brief.header;
    Unit unit;
    auto title = text(cr, PangoText::isolate(brief.title()), PangoText::Style::Title, Dir::Auto, 0, 8);
    title->setRuleBelow(QColor(0x44, 0x44, 0x44), 1.5);
    unit.push_back(std::move(title));
    const auto line = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            unit.push_back(text(cr, label(name) + PangoText::isolate(value), PangoText::Style::Meta, Dir::LeftToRight, 0, 1, kMeta));
    };
    line(QStringLiteral("Scope"), header.scope.isEmpty() ? QStringLiteral("Whole library") : header.scope);
    line(QStringLiteral("Filters"), header.filters);
    line(QStringLiteral("Articles published"), header.dateRange);
    if (header.made.isValid())
        line(QStringLiteral("Made"), header.made.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                         + (header.madeBy.isEmpty() ? QString() : QStringLiteral(" by ") + header.madeBy));
    line(QStringLiteral("Contents"),
         QStringLiteral("%1 article(s), %2 annotation(s)").arg(brief.articles.size()).arg(brief.annotations));

    if (!brief.summary.isEmpty() || brief.highlights > 0) {
        auto table = std::make_unique<TableBlock>(QList<double>{170, 170, 90});
        table->spaceBefore = 12;
        table->spaceAfter = 6;
        const auto cell = [&](const QString &markup, PangoText::Style style, const QColor &fill = QColor(),
                              bool alignEnd = false) {
            return TableBlock::Cell{PangoText(cr, markup, style, 160, Dir::Auto), fill, alignEnd};
        };
        std::vector<TableBlock::Cell> head;
        head.push_back(cell(QStringLiteral("<b>Verdict</b>"), PangoText::Style::Label));
        head.push_back(cell(QStringLiteral("<b>Kind</b>"), PangoText::Style::Label));
        head.push_back(cell(QStringLiteral("<b>Annotations</b>"), PangoText::Style::Label, QColor(), true));
        table->addRow(std::move(head));
        for (const BriefSummaryRow &row : brief.summary) {
            std::vector<TableBlock::Cell> cells;
            cells.push_back(cell(PangoText::escape(row.verdict), PangoText::Style::Chip, QColor(row.verdictColor)));
            cells.push_back(cell(PangoText::escape(row.kind), PangoText::Style::Label));
            cells.push_back(cell(QString::number(row.count), PangoText::Style::Label, QColor(), true));
            table->addRow(std::move(cells));
        }
        if (brief.highlights > 0) {
            std::vector<TableBlock::Cell> cells;
            cells.push_back(cell(QStringLiteral("(no claim)"), PangoText::Style::Label));
            cells.push_back(cell(QStringLiteral("highlight"), PangoText::Style::Label));
            cells.push_back(cell(QString::number(brief.highlights), PangoText::Style::Label, QColor(), true));
            table->addRow(std::move(cells));
        }
        unit.push_back(std::move(table));
    }
    m_units.push_back(std::move(unit));
}

void BriefPages::addArticle(cairo_t *cr, const BriefArticle &exported)
{
    const Article &article = exported.article;
    const Dir dir = dirOf(article.direction);
    Unit unit;
    unit.push_back(text(cr, PangoText::isolate(article.title.simplified()), PangoText::Style::Heading, dir, 22, 3));
    QStringList meta;
    meta << (article.source.isEmpty() ? QStringLiteral("Outlet unknown") : PangoText::isolate(article.source));
    meta << (article.published.isValid() ? ArticleContext::dateText(article.published) : QStringLiteral("date unknown"));
    if (!article.url.isEmpty())
        meta << PangoText::isolate(article.url);
    else if (!article.provenance.fileName.isEmpty())
        meta << QStringLiteral("from ") + PangoText::isolate(article.provenance.fileName);
    if (!article.tags.isEmpty())
        meta << QStringLiteral("tags: ") + PangoText::isolate(article.tags.join(QStringLiteral(", ")));
    unit.push_back(text(cr, meta.join(QStringLiteral(" · ")), PangoText::Style::Meta, dir, 0, 6, kMeta));
    if (!article.note.trimmed().isEmpty()) {
        const double inset = kNotePadding + 4;
        PangoText note(cr, QStringLiteral("<i>") + PangoText::escape(article.note.trimmed()) + QStringLiteral("</i>"),
                       PangoText::Style::Body, kColumn - 2 * inset, Dir::Auto);
        auto block = std::make_unique<TextBlock>(std::move(note), kColumn);
        block->setBox(QColor(0xf5, 0xf5, 0xf5), QColor(0x99, 0x99, 0x99), kNotePadding, article.direction == Qt::RightToLeft);
        block->spaceAfter = 6;
        unit.push_back(std::move(block));
    }
    // The heading stays with the first passage; each further passage is a unit of its own.
    for (qsizetype i = 0; i < exported.contexts.size(); ++i) {
        if (i > 0)
            m_units.push_back(Unit());
        addContext(cr, i == 0 ? unit : m_units.back(), exported.contexts.at(i), article.direction);
        if (i == 0)
            m_units.push_back(std::move(unit));
    }
    if (exported.contexts.isEmpty())
        m_units.push_back(std::move(unit));
}

void BriefPages::addContext(cairo_t *cr, Unit &unit, const BriefContext &context, Qt::LayoutDirection direction)
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const Dir dir = dirOf(direction);
    if (!context.heading.isEmpty())
        unit.push_back(text(cr, QStringLiteral("Under ") + PangoText::isolate(context.heading), PangoText::Style::Meta,
                            dir, 10, 0, kMeta));
    // Shaped whole before it is cut at the marks, so a letter joins across a mark's edge.
    const QString shaped = ArabicForms::shape(context.text);
    QString markup;
    int at = 0;
    for (const BriefContext::Mark &mark : context.marks) {
        markup += PangoText::escape(shaped.mid(at, mark.start - at))
            + QStringLiteral("<span background=\"%1\">").arg(mark.color)
            + PangoText::escape(shaped.mid(mark.start, mark.end - mark.start)) + QStringLiteral("</span>");
        at = mark.end;
    }
    markup += PangoText::escape(shaped.mid(at));
    unit.push_back(text(cr, markup, PangoText::Style::Body, Dir::Auto, context.heading.isEmpty() ? 12 : 3, 4));

    const bool several = context.annotations.size() > 1;
    for (const Annotation &annotation : context.annotations) {
        auto chips = std::make_unique<ChipsBlock>(kColumn, direction == Qt::RightToLeft);
        if (annotation.orphaned)
            chips->add(PangoText(cr, QStringLiteral("Orphaned: no longer found in the text"), PangoText::Style::Chip, kColumn),
                       kOrphanChip);
        if (annotation.claim) {
            const Claim &claim = *annotation.claim;
            const Taxonomy::Entry *verdict = taxonomy.verdict(claim.verdict);
            chips->add(PangoText(cr, PangoText::escape(labelOf(taxonomy.kind(claim.kind), claim.kind)), PangoText::Style::Chip, kColumn),
                       kKindChip);
            chips->add(PangoText(cr, PangoText::escape(labelOf(verdict, claim.verdict)), PangoText::Style::Chip, kColumn),
                       QColor(ArticleContext::safeColor(verdict ? verdict->color : QString(), QStringLiteral("#616161"))));
            if (claim.confidence)
                chips->add(PangoText(cr, QStringLiteral("%1 % confident").arg(qRound(*claim.confidence * 100)),
                                     PangoText::Style::Chip, kColumn),
                           kKindChip);
        }
        if (chips->height() > 0) {
            chips->spaceBefore = several ? 8 : 4;
            chips->spaceAfter = 3;
            unit.push_back(std::move(chips));
        }
        const auto field = [&](const QString &name, const QString &value) {
            if (!value.trimmed().isEmpty())
                unit.push_back(text(cr, label(name) + PangoText::isolate(value.trimmed()), PangoText::Style::Label, dir, 0, 1.5));
        };
        if (several)
            field(QStringLiteral("Quote"), annotation.anchor.exact.simplified());
        field(QStringLiteral("Tags"), annotation.tags.join(QStringLiteral(", ")));
        field(QStringLiteral("Analyst"), annotation.analyst.name);
        if (annotation.claim) {
            field(QStringLiteral("Claimant"), annotation.claim->claimant);
            field(QStringLiteral("Evidence"), annotation.claim->evidence);
        }
        field(QStringLiteral("Note"), annotation.note);
    }
}

void BriefPages::paginate()
{
    int page = 0;
    double y = 0;
    for (const Unit &unit : m_units) {
        double height = 0;
        for (const auto &block : unit)
            height += block->spaceBefore + block->height() + block->spaceAfter;
        if (y > 0 && y + height > kBody && height - unit.front()->spaceBefore <= kBody) {
            ++page;
            y = 0;
        }
        for (const auto &block : unit) {
            if (y > 0)
                y += block->spaceBefore;
            if (y > 0 && y + block->height() > kBody) {
                if (block->lineCount() > 1) {
                    // Split between lines: as many as fit here, the rest on the next pages.
                    int first = 0;
                    while (first < block->lineCount()) {
                        int last = first;
                        const double top = block->topOfLine(first);
                        while (last < block->lineCount() && y + block->bottomOfLine(last) - top <= kBody)
                            ++last;
                        if (last == first && y == 0)
                            last = first + 1; // a line taller than a page: alone on it
                        if (last > first) {
                            m_placements.append({page, block.get(), y, first, last});
                            y += block->bottomOfLine(last - 1) - top;
                        }
                        if (last < block->lineCount()) {
                            ++page;
                            y = 0;
                        }
                        first = last;
                    }
                    y += block->height() - block->bottomOfLine(block->lineCount() - 1);
                    y += block->spaceAfter;
                    continue;
                }
                ++page;
                y = 0;
            }
            m_placements.append({page, block.get(), y, 0, -1});
            y += block->height() + block->spaceAfter;
        }
    }
    m_pageCount = page + 1;
}

void BriefPages::paint(cairo_t *cr) const
{
    qsizetype next = 0;
    for (int page = 0; page < m_pageCount; ++page) {
        for (; next < m_placements.size() && m_placements.at(next).page == page; ++next) {
            const Placement &placed = m_placements.at(next);
            placed.block->draw(cr, kMarginLeft, kMarginTop + placed.y, placed.firstLine, placed.lastLine);
        }
        PangoText footer(cr, tr("%1 / %2").arg(page + 1).arg(m_pageCount), PangoText::Style::Footer, kColumn);
        footer.setColor(kMeta);
        footer.draw(cr, kMarginLeft + kColumn - footer.width(), kPageHeight - kMarginBottom - footer.height());
        cairo_show_page(cr);
        if (TextLayer *layer = TextLayer::of(cr))
            layer->pageShown();
    }
}

} // namespace glossa
