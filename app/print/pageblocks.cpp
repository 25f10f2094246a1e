#include "pageblocks.h"

#include <cairo.h>

namespace glossa {

namespace {

constexpr double kChipPadX = 4.5;
constexpr double kChipPadY = 1.2;
constexpr double kChipGap = 6;
constexpr double kRuleGap = 4;  // between the title and its rule
constexpr double kCellPadY = 3;

void setSource(cairo_t *cr, const QColor &color)
{
    cairo_set_source_rgb(cr, color.redF(), color.greenF(), color.blueF());
}

void roundedRect(cairo_t *cr, double x, double y, double w, double h)
{
    const double r = h / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, M_PI / 2);
    cairo_arc(cr, x + r, y + r, r, M_PI / 2, 3 * M_PI / 2);
    cairo_close_path(cr);
}

} // namespace

void TextBlock::setBox(const QColor &fill, const QColor &rule, double padding, bool rightToLeft)
{
    m_fill = fill;
    m_rule = rule;
    m_padding = padding;
    m_rightToLeft = rightToLeft;
}

double TextBlock::height() const
{
    double h = m_text.height() + 2 * m_padding;
    if (m_ruleBelow.isValid())
        h += kRuleGap + m_ruleWidth;
    return h;
}

void TextBlock::draw(cairo_t *cr, double x, double y, int firstLine, int lastLine) const
{
    const int last = lastLine < 0 ? m_text.lineCount() : lastLine;
    const double top = firstLine == 0 ? 0 : topOfLine(firstLine);
    const double bottom = last == m_text.lineCount() ? m_text.height() + 2 * m_padding : bottomOfLine(last - 1);
    if (m_fill.isValid()) {
        cairo_save(cr);
        setSource(cr, m_fill);
        cairo_rectangle(cr, x + m_indent, y, m_span, bottom - top);
        cairo_fill(cr);
        setSource(cr, m_rule);
        cairo_rectangle(cr, m_rightToLeft ? x + m_indent + m_span - 2.5 : x + m_indent, y, 2.5, bottom - top);
        cairo_fill(cr);
        cairo_restore(cr);
    }
    const double inset = m_fill.isValid() ? m_padding + 4 : 0;
    m_text.draw(cr, x + m_indent + inset, y + (firstLine == 0 ? m_padding : 0), firstLine, last);
    if (m_ruleBelow.isValid() && last == m_text.lineCount()) {
        cairo_save(cr);
        setSource(cr, m_ruleBelow);
        cairo_rectangle(cr, x + m_indent, y + bottom - top + kRuleGap, m_span, m_ruleWidth);
        cairo_fill(cr);
        cairo_restore(cr);
    }
}

void ChipsBlock::add(PangoText label, const QColor &fill)
{
    label.setColor(Qt::white);
    m_chips.push_back({std::move(label), fill});
}

QList<ChipsBlock::Place> ChipsBlock::places() const
{
    QList<Place> places;
    double x = 0, y = 0;
    for (const Chip &chip : m_chips) {
        const double w = chip.label.width() + 2 * kChipPadX;
        const double h = chip.label.height() + 2 * kChipPadY;
        if (x > 0 && x + w > m_width) {
            x = 0;
            y += h + kChipGap / 2;
        }
        places.append({m_rightToLeft ? m_width - x - w : x, y, w, h});
        x += w + kChipGap;
    }
    return places;
}

double ChipsBlock::height() const
{
    const QList<Place> all = places();
    return all.isEmpty() ? 0 : all.last().y + all.last().h;
}

void ChipsBlock::draw(cairo_t *cr, double x, double y, int, int) const
{
    const QList<Place> all = places();
    for (size_t i = 0; i < m_chips.size(); ++i) {
        const Place &place = all.at(qsizetype(i));
        cairo_save(cr);
        setSource(cr, m_chips.at(i).fill);
        roundedRect(cr, x + place.x, y + place.y, place.w, place.h);
        cairo_fill(cr);
        cairo_restore(cr);
        m_chips.at(i).label.draw(cr, x + place.x + kChipPadX, y + place.y + kChipPadY);
    }
}

void TableBlock::addRow(std::vector<Cell> cells)
{
    for (Cell &cell : cells) {
        if (cell.fill.isValid())
            cell.text.setColor(Qt::white);
    }
    m_rows.push_back(std::move(cells));
}

double TableBlock::rowHeight(const std::vector<Cell> &row) const
{
    double h = 0;
    for (const Cell &cell : row)
        h = std::max(h, cell.text.height() + (cell.fill.isValid() ? 2 * kChipPadY : 0));
    return h + 2 * kCellPadY;
}

double TableBlock::height() const
{
    double h = 0;
    for (const std::vector<Cell> &row : m_rows)
        h += rowHeight(row) + 0.6;
    return h;
}

void TableBlock::draw(cairo_t *cr, double x, double y, int, int) const
{
    double total = 0;
    for (double column : m_columns)
        total += column;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const std::vector<Cell> &row = m_rows.at(r);
        const double h = rowHeight(row);
        double cx = x;
        for (size_t c = 0; c < row.size() && qsizetype(c) < m_columns.size(); ++c) {
            const Cell &cell = row.at(c);
            const double column = m_columns.at(qsizetype(c));
            const double padX = cell.fill.isValid() ? kChipPadX : 0;
            const double w = cell.text.width() + 2 * padX;
            const double left = cell.alignEnd ? cx + column - 8 - w : cx;
            if (cell.fill.isValid()) {
                cairo_save(cr);
                setSource(cr, cell.fill);
                roundedRect(cr, left, y + kCellPadY, w, cell.text.height() + 2 * kChipPadY);
                cairo_fill(cr);
                cairo_restore(cr);
            }
            cell.text.draw(cr, left + padX, y + kCellPadY + (cell.fill.isValid() ? kChipPadY : 0));
            cx += column;
        }
        cairo_save(cr);
        setSource(cr, r == 0 ? QColor(0x88, 0x88, 0x88) : QColor(0xdd, 0xdd, 0xdd));
        cairo_rectangle(cr, x, y + h, total, r == 0 ? 0.8 : 0.6);
        cairo_fill(cr);
        cairo_restore(cr);
        y += h + 0.6;
    }
}

} // namespace glossa
