#include "article.h"

namespace glossa {

QString Block::kindName(Kind kind)
{
    return kind == Kind::Heading ? QStringLiteral("heading") : QStringLiteral("paragraph");
}

Block::Kind Block::kindFromName(const QString &name)
{
    return name == QLatin1String("heading") ? Kind::Heading : Kind::Paragraph;
}

} // namespace glossa
