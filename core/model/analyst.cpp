#include "analyst.h"

#include <QStringList>
#include <QUuid>

namespace glossa {

namespace {

// Glossa's namespace for name-based analyst ids (RFC 4122 version 5).
const QUuid kAnalystNamespace(QStringLiteral("{8d7e5c1a-2f4b-4e9a-b6c3-1a2b3c4d5e6f}"));

} // namespace

Analyst Analyst::named(const QString &name)
{
    Analyst analyst;
    analyst.name = name.simplified();
    analyst.uuid = QUuid::createUuidV5(kAnalystNamespace, analyst.name).toString(QUuid::WithoutBraces);
    return analyst;
}

QString Analyst::initialsOf(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.first().left(1) + words.last().left(1)).toUpper();
}

QString Analyst::displayInitials() const
{
    return initials.isEmpty() ? initialsOf(name) : initials;
}

} // namespace glossa
