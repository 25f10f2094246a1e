#include "snippettext.h"

namespace glossa {

QString SnippetText::toHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    bool inMatch = false;
    for (const QChar c : snippet) {
        if (c == kMatchStart) {
            if (!inMatch)
                html += QStringLiteral("<b>");
            inMatch = true;
        } else if (c == kMatchEnd) {
            if (inMatch)
                html += QStringLiteral("</b>");
            inMatch = false;
        } else {
            html += QString(c).toHtmlEscaped();
        }
    }
    if (inMatch)
        html += QStringLiteral("</b>");
    return html;
}

QString SnippetText::toToolTipHtml(const QString &title, const QString &snippet, const QString &label)
{
    // A fixed width makes Qt wrap the tooltip instead of drawing one endless line.
    const QString labelled = label.isEmpty() ? QString() : QStringLiteral("<i>%1</i> ").arg(label.toHtmlEscaped());
    return QStringLiteral("<p style='white-space:normal'><b>%1</b></p><p>%2%3</p>")
        .arg(title.toHtmlEscaped(), labelled, toHtml(snippet));
}

QString SnippetText::toPlainText(const QString &snippet)
{
    QString text = snippet;
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

} // namespace glossa
