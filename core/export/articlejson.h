#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa {

// The JSON shape of glossa-cli's show/list/search output (DESIGN.md, "Interfaces that checks
// rely on"). Unknown values are null, never empty strings.
class ArticleJson
{
public:
    static QJsonObject article(const Article &article, const QList<Annotation> &annotations);
    static QJsonObject summary(const ArticleSummary &summary);
    static QJsonObject annotation(const Annotation &annotation);
    static QJsonValue claim(const std::optional<Claim> &claim);
    // {"id": uuid, "name", "initials"}, or null for an annotation nobody has claimed.
    static QJsonValue analyst(const Analyst &analyst);
};

} // namespace glossa
