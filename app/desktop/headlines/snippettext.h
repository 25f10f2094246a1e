#pragma once

#include <QString>

namespace glossa {

// Turns a search snippet from core (matches between STX \x02 and ETX \x03) into text a widget
// can show. The article text is escaped first: nothing from a dump is ever read as markup.
struct SnippetText
{
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);

    // "…the <b>match</b> here…", HTML-escaped.
    static QString toHtml(const QString &snippet);
    // The title in bold over the excerpt, for a tooltip; \a label (already translated) before
    // the excerpt, such as where it comes from.
    static QString toToolTipHtml(const QString &title, const QString &snippet, const QString &label = QString());
    // Markers removed.
    static QString toPlainText(const QString &snippet);
};

} // namespace glossa
