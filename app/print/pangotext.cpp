#include "pangotext.h"

#include "arabicforms.h"
#include "textlayer.h"

#pragma push_macro("signals")
#undef signals
#include <pango/pangocairo.h>
#pragma pop_macro("signals")

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace glossa {

namespace {

// The report's faces, as the brief printed before: DejaVu Serif for reading, DejaVu Sans for
// Arabic (it maps the presentation forms ArabicForms gives) and the chips, Symbola for emoji (an
// outline font: Cairo 1.16 draws a colour emoji font's glyphs as images, which carry no text).
const char *fontOf(PangoText::Style style)
{
    switch (style) {
    case PangoText::Style::Body:
        return "DejaVu Serif, DejaVu Sans, Symbola, serif 9.5";
    case PangoText::Style::Title:
        return "DejaVu Serif, DejaVu Sans, Symbola, serif Bold 17";
    case PangoText::Style::Heading:
        return "DejaVu Serif, DejaVu Sans, Symbola, serif Bold 13";
    case PangoText::Style::Meta:
        return "DejaVu Serif, DejaVu Sans, Symbola, serif 8.5";
    case PangoText::Style::Label:
        return "DejaVu Serif, DejaVu Sans, Symbola, serif 8.5";
    case PangoText::Style::Chip:
        return "DejaVu Sans, Symbola, sans-serif 7.5";
    case PangoText::Style::Footer:
        return "DejaVu Sans, Symbola, sans-serif 7";
    }
    return "serif 9.5";
}

double lineSpacing(PangoText::Style style)
{
    switch (style) {
    case PangoText::Style::Body:
    case PangoText::Style::Label:
        return 1.45;
    case PangoText::Style::Title:
    case PangoText::Style::Heading:
        return 1.2;
    default:
        return 1.3;
    }
}

} // namespace

void PangoText::Free::operator()(PangoLayout *layout) const
{
    g_object_unref(layout);
}

PangoText::PangoText(cairo_t *cr, const QString &markup, Style style, double width, Direction direction)
    : m_layout(pango_cairo_create_layout(cr))
{
    PangoLayout *layout = m_layout.get();
    PangoContext *context = pango_layout_get_context(layout);
    // Glyphs where the font puts them, not rounded to whole points: a rounded advance opens gaps
    // between letters that a text extractor reads as spaces inside a word.
    pango_context_set_round_glyph_positions(context, FALSE);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    if (direction != Direction::Auto)
        pango_context_set_base_dir(context, direction == Direction::RightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    pango_layout_set_auto_dir(layout, direction == Direction::Auto);
    // Pango mirrors the alignment only for a direction it found itself (auto_dir).
    if (direction == Direction::RightToLeft)
        pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
    pango_layout_context_changed(layout);
    PangoFontDescription *font = pango_font_description_from_string(fontOf(style));
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, int(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(layout, float(lineSpacing(style)));
    const QByteArray utf8 = markup.toUtf8();
    if (pango_parse_markup(utf8.constData(), int(utf8.size()), 0, nullptr, nullptr, nullptr, nullptr)) {
        pango_layout_set_markup(layout, utf8.constData(), int(utf8.size()));
    } else {
        // A character GMarkup refuses (a noncharacter, say) in user text: the words without
        // their styling rather than an empty paragraph.
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QString plain = markup;
        plain.remove(tags);
        plain.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        plain.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QByteArray text = plain.toUtf8();
        pango_layout_set_text(layout, text.constData(), int(text.size()));
    }
}

PangoText::~PangoText() = default;
PangoText::PangoText(PangoText &&) noexcept = default;
PangoText &PangoText::operator=(PangoText &&) noexcept = default;

QString PangoText::escape(const QString &text)
{
    // &, <, >, " as entities, which Pango's markup reads
    QString escaped = ArabicForms::stripFill(ArabicForms::shape(text)).toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    escaped.replace(QChar(0), QChar(0xFFFD));
    // C0 controls are not valid in Pango's markup (it is XML), and Cairo refuses a whole run
    // holding a noncharacter or a lone surrogate ("input string not valid UTF-8"), which would
    // cost the whole PDF: each becomes U+FFFD.
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c.isHighSurrogate() && i + 1 < escaped.size() && escaped.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, escaped.at(i + 1));
            if (QChar::isNonCharacter(code))
                escaped.replace(i, 2, QChar(0xFFFD));
            else
                ++i;
            continue;
        }
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.isSurrogate() || c.isNonCharacter())
            escaped[i] = QChar(0xFFFD);
    }
    return escaped;
}

QString PangoText::isolate(const QString &text)
{
    return QChar(0x2068) + escape(text) + QChar(0x2069);
}

double PangoText::height() const
{
    int w = 0, h = 0;
    pango_layout_get_size(m_layout.get(), &w, &h);
    return double(h) / PANGO_SCALE;
}

double PangoText::width() const
{
    PangoRectangle logical;
    pango_layout_get_extents(m_layout.get(), nullptr, &logical);
    return double(logical.width) / PANGO_SCALE;
}

int PangoText::lineCount() const
{
    return pango_layout_get_line_count(m_layout.get());
}

const std::vector<std::pair<double, double>> &PangoText::lines() const
{
    if (m_lines.empty()) {
        PangoLayoutIter *iter = pango_layout_get_iter(m_layout.get());
        do {
            int y0 = 0, y1 = 0;
            pango_layout_iter_get_line_yrange(iter, &y0, &y1);
            m_lines.emplace_back(double(y0) / PANGO_SCALE, double(y1) / PANGO_SCALE);
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }
    return m_lines;
}

double PangoText::lineTop(int line) const
{
    const auto &all = lines();
    return all.at(size_t(std::clamp(line, 0, int(all.size()) - 1))).first;
}

double PangoText::lineBottom(int line) const
{
    const auto &all = lines();
    return all.at(size_t(std::clamp(line, 0, int(all.size()) - 1))).second;
}

void PangoText::draw(cairo_t *cr, double x, double y, int first, int last) const
{
    if (last < 0)
        last = lineCount();
    // Line by line where pango_cairo_show_layout would put each, so that each line can be a
    // span of the PDF's text layer (TextLayer) and part of a paragraph drawn on its own page.
    TextLayer *layer = TextLayer::of(cr);
    const char *text = pango_layout_get_text(m_layout.get());
    cairo_save(cr);
    cairo_set_source_rgb(cr, m_color.redF(), m_color.greenF(), m_color.blueF());
    // Shifted up by the lines before the first drawn.
    const double shift = lineTop(first);
    PangoLayoutIter *iter = pango_layout_get_iter(m_layout.get());
    int line = 0;
    do {
        if (line >= first && line < last) {
            PangoLayoutLine *layoutLine = pango_layout_iter_get_line_readonly(iter);
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double baseline = double(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
            bool tagged = false;
            if (layer) {
                const QString lineText = QString::fromUtf8(text + layoutLine->start_index, layoutLine->length);
                const char next = text[layoutLine->start_index + layoutLine->length];
                // Broken where there is no blank (an isolate's invisible FSI after it aside):
                // inside a word, or after a hyphen or a slash.
                QStringView end(lineText);
                while (!end.isEmpty() && end.back().category() == QChar::Other_Format)
                    end.chop(1);
                const bool runsOn = line + 1 < lineCount() && next != '\0' && next != '\n' && !end.isEmpty()
                                    && !end.back().isSpace();
                tagged = layer->beginLine(cr, lineText, runsOn);
            }
            cairo_move_to(cr, x + double(logical.x) / PANGO_SCALE, y + baseline - shift);
            pango_cairo_show_layout_line(cr, layoutLine);
            if (tagged)
                layer->endLine(cr);
        }
        ++line;
    } while (line < last && pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    cairo_restore(cr);
}

} // namespace glossa
