#pragma once

#include <QColor>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _PangoLayout PangoLayout;

namespace glossa {

// One paragraph laid out by Pango for a Cairo surface: shaped by HarfBuzz (Arabic joined,
// ligatures, emoji sequences), ordered by FriBidi, and drawn with cairo_show_text_glyphs, so the
// PDF's text layer holds the characters each glyph cluster stands for (ToUnicode, and ActualText
// where a glyph cannot say it alone) in their logical order.
class PangoText
{
public:
    enum class Style { Body, Title, Heading, Meta, Label, Chip, Footer };
    enum class Direction { Auto, LeftToRight, RightToLeft };

    // markup is Pango markup: user text must have gone through escape().
    PangoText(cairo_t *cr, const QString &markup, Style style, double width, Direction direction = Direction::Auto);
    ~PangoText();
    PangoText(PangoText &&) noexcept;
    PangoText &operator=(PangoText &&) noexcept;

    static QString escape(const QString &text);
    // A user value isolated for bidi (FSI … PDI), as <bdi> is in the HTML report.
    static QString isolate(const QString &text);

    double height() const;      // points, all lines
    double width() const;       // points, the widest line's ink-free extent
    int lineCount() const;
    double lineTop(int line) const;    // points from the top of the paragraph
    double lineBottom(int line) const;

    void setColor(const QColor &color) { m_color = color; }
    // Draws lines [first, last) with the top of line first at (x, y).
    void draw(cairo_t *cr, double x, double y, int first = 0, int last = -1) const;

private:
    struct Free
    {
        void operator()(PangoLayout *layout) const;
    };
    // Each line's top and bottom in points, read once: pagination asks for every line.
    const std::vector<std::pair<double, double>> &lines() const;

    std::unique_ptr<PangoLayout, Free> m_layout;
    mutable std::vector<std::pair<double, double>> m_lines;
    QColor m_color = QColor(0x22, 0x22, 0x22);
};

} // namespace glossa
