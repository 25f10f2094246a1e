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

namespace {

// Mid tones that carry white initials in light and dark themes alike, apart from the verdict
// colours (red, orange, amber, green).
const char *const kPalette[] = {"#5c6bc0", "#00897b", "#8e24aa", "#6d4c41", "#d81b60", "#3949ab", "#00838f", "#546e7a"};
constexpr int kPaletteSize = int(sizeof(kPalette) / sizeof(kPalette[0]));

} // namespace

QString Analyst::paletteColor(int index)
{
    return QString::fromLatin1(kPalette[((index % kPaletteSize) + kPaletteSize) % kPaletteSize]);
}

QString Analyst::displayColor() const
{
    if (!color.isEmpty())
        return color;
    quint32 hash = 2166136261u; // FNV-1a: stable across runs and machines, unlike qHash's seed
    for (const QChar c : uuid) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return paletteColor(int(hash % kPaletteSize));
}

} // namespace glossa
