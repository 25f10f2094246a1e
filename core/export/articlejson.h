#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa {

// The JSON shape of glossa-cli's show/list/search output (DESIGN.md, "Interfaces that checks
// rely on"). Unknown values are null, never empty strings. Offsets (an annotation's and a
// block's start and end) count Unicode code points of the article's "text", as the W3C export's
// TextPositionSelector does, so that a script slices text[start:end] in Python, or
// Array.from(text).slice(start, end) in JavaScript, and gets the quote, emoji or not.
class ArticleJson
{
public:
    static QJsonObject article(const Article &article, const QList<Annotation> &annotations);
    static QJsonObject summary(const ArticleSummary &summary);
    // \a text is the article's: the offsets are counted in it.
    static QJsonObject annotation(const Annotation &annotation, const QString &text);
    static QJsonValue claim(const std::optional<Claim> &claim);
    // {"id": uuid, "name", "initials"}, or null for an annotation nobody has claimed.
    static QJsonValue analyst(const Analyst &analyst);
};

} // namespace glossa
