#pragma once

#include "pangotext.h"

#include <QColor>
#include <QList>
#include <vector>

namespace glossa {

// Something the brief places on a page: its height, how it may be split (between lines of
// text), and how it paints itself at a place.
class PageBlock
{
public:
    virtual ~PageBlock() = default;
    virtual double height() const = 0;
    virtual int lineCount() const { return 1; }
    // The height of lines [0, line]: where a page may end inside the block.
    virtual double bottomOfLine(int) const { return height(); }
    virtual double topOfLine(int) const { return 0; }
    virtual void draw(cairo_t *cr, double x, double y, int firstLine, int lastLine) const = 0;

    double spaceBefore = 0;
    double spaceAfter = 0;
};

// A paragraph, optionally set in from the margin, on a tinted box with a rule at its start
// (the article note) or with a rule under it (the title).
class TextBlock : public PageBlock
{
public:
    // columnWidth: the width a box or rule spans, from indent.
    TextBlock(PangoText text, double columnWidth, double indent = 0)
        : m_text(std::move(text)), m_span(columnWidth - indent), m_indent(indent)
    {
    }

    void setBox(const QColor &fill, const QColor &rule, double padding, bool rightToLeft);
    void setRuleBelow(const QColor &color, double width)
    {
        m_ruleBelow = color;
        m_ruleWidth = width;
    }

    double height() const override;
    int lineCount() const override { return m_text.lineCount(); }
    double bottomOfLine(int line) const override { return m_padding + m_text.lineBottom(line); }
    double topOfLine(int line) const override { return m_padding + m_text.lineTop(line); }
    void draw(cairo_t *cr, double x, double y, int firstLine, int lastLine) const override;

private:
    PangoText m_text;
    double m_span = 0;
    double m_indent = 0;
    QColor m_fill, m_rule, m_ruleBelow;
    double m_padding = 0, m_ruleWidth = 0;
    bool m_rightToLeft = false;
};

// Kind, verdict and confidence as coloured chips in a row, spaced, wrapped when the row is full,
// from the right in a right-to-left article.
class ChipsBlock : public PageBlock
{
public:
    ChipsBlock(double width, bool rightToLeft) : m_width(width), m_rightToLeft(rightToLeft) {}
    void add(PangoText label, const QColor &fill);

    double height() const override;
    void draw(cairo_t *cr, double x, double y, int, int) const override;

private:
    struct Chip
    {
        PangoText label;
        QColor fill;
    };
    struct Place
    {
        double x, y, w, h;
    };
    QList<Place> places() const;

    std::vector<Chip> m_chips;
    double m_width;
    bool m_rightToLeft;
};

// A table of text cells with a rule under each row; the first row is the header.
class TableBlock : public PageBlock
{
public:
    explicit TableBlock(QList<double> columnWidths) : m_columns(std::move(columnWidths)) {}
    // A cell is text, or a chip when fill is valid; right-aligned when alignEnd.
    struct Cell
    {
        PangoText text;
        QColor fill;
        bool alignEnd = false;
    };
    void addRow(std::vector<Cell> cells);

    double height() const override;
    void draw(cairo_t *cr, double x, double y, int, int) const override;

private:
    double rowHeight(const std::vector<Cell> &row) const;

    QList<double> m_columns;
    std::vector<std::vector<Cell>> m_rows;
};

} // namespace glossa
