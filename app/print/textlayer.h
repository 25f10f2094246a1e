#pragma once

#include <QString>
#include <QStringList>

#include <vector>

typedef struct _cairo cairo_t;

namespace glossa {

// The text a PDF reader gets back from the brief, line by line. While the pages are painted,
// each line PangoText draws is wrapped in a tagged-PDF marked-content span (cairo_tag_begin
// "Span", which Cairo 1.16 writes as `/Span <</MCID n>> BDC … EMC`) and its logical text kept
// here under its page and MCID; ActualTextStamp then gives every span that text as /ActualText.
//
// The ActualText is not the logical string itself but the one poppler (pdftotext, Evince,
// Okular) turns back into it: poppler spreads an ActualText's characters left to right over the
// span and reorders the line with its own simple bidi, page by page (see readingOrder()).
class TextLayer
{
public:
    // The layer PangoText::draw records into, kept as the cairo context's user data (none:
    // nothing is tagged, as when a paragraph is only measured).
    static void attach(cairo_t *cr, TextLayer *layer);
    static TextLayer *of(cairo_t *cr);

    // Opens a span for one drawn line whose text (Pango's, Arabic as presentation forms) is
    // layoutText; false, and no span, for a line with nothing to read. runsOn: the line was
    // broken inside a word (or after a hyphen), so the next line goes on without a space.
    bool beginLine(cairo_t *cr, const QString &layoutText, bool runsOn);
    void endLine(cairo_t *cr);
    // After cairo_show_page(): the next spans are the next page's (MCIDs start again at 0).
    void pageShown() { m_pages.emplace_back(); }

    // Each page's lines as written in /ActualText, index = MCID on that page.
    std::vector<QStringList> actualTexts() const;

    // The letters a line stands for: Arabic presentation forms back to letters, bidi controls
    // (embeddings, overrides, isolates) left out, blanks at either end trimmed.
    static QString logicalText(const QString &layoutText);
    // Whether poppler takes a page holding these lines as left to right: as many strong
    // left-to-right characters as right-to-left ones (its lrCount >= 0).
    static bool pageIsLeftToRight(const QStringList &lines);
    // The string whose characters, laid left to right and reordered by poppler on a page of the
    // given direction, read back as logical (ignoring the LRM/RLM marks it may hold).
    static QString readingOrder(const QString &logical, bool pageLeftToRight);

private:
    struct Line
    {
        QString logical;
        bool runsOn = false;
    };
    std::vector<QList<Line>> m_pages = std::vector<QList<Line>>(1);
};

} // namespace glossa
