#include "analystprofile.h"

#include <QUuid>

namespace glossa {

namespace {

const QString kUuid = QStringLiteral("analyst/uuid");
const QString kName = QStringLiteral("analyst/name");
const QString kInitials = QStringLiteral("analyst/initials");
const QString kColor = QStringLiteral("analyst/color");

} // namespace

std::optional<Analyst> AnalystProfile::load(const QSettings &settings)
{
    Analyst analyst;
    analyst.uuid = settings.value(kUuid).toString();
    analyst.name = settings.value(kName).toString();
    analyst.initials = settings.value(kInitials).toString();
    analyst.color = settings.value(kColor).toString();
    // A profile is a name with an id; anything else in the file is not one.
    if (QUuid::fromString(analyst.uuid).isNull() || analyst.name.trimmed().isEmpty())
        return std::nullopt;
    analyst.uuid = QUuid::fromString(analyst.uuid).toString(QUuid::WithoutBraces);
    return analyst;
}

void AnalystProfile::save(QSettings &settings, const Analyst &analyst)
{
    settings.setValue(kUuid, analyst.uuid);
    settings.setValue(kName, analyst.name);
    settings.setValue(kInitials, analyst.initials);
    settings.setValue(kColor, analyst.color);
}

Analyst AnalystProfile::resolve(const QString &givenName, const std::optional<Analyst> &saved)
{
    const QString name = givenName.simplified();
    if (!name.isEmpty())
        return saved && saved->name.simplified() == name ? *saved : Analyst::named(name);
    if (saved)
        return *saved;
    return Analyst::named(systemUserName());
}

QString AnalystProfile::systemUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).simplified();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst");
}

} // namespace glossa
