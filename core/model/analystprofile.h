#pragma once

#include "analyst.h"

#include <QSettings>
#include <optional>

namespace glossa {

// The analyst at this desk: saved by the desktop app in its settings, read by glossa-cli too,
// so that both write as the same person.
class AnalystProfile
{
public:
    // The desktop app's settings (organisation "Glossa", application "glossa"), which glossa-cli
    // reads the profile from.
    static constexpr char kOrganization[] = "Glossa";
    static constexpr char kApplication[] = "glossa";

    // The saved profile, if one was saved.
    static std::optional<Analyst> load(const QSettings &settings);
    static void save(QSettings &settings, const Analyst &analyst);

    // Who writes: the name given (glossa-cli --analyst or $GLOSSA_ANALYST) — the saved profile
    // when it bears that name, else the analyst that name stands for (Analyst::named) —; without
    // a name, the saved profile; without one, the account's user name.
    static Analyst resolve(const QString &givenName, const std::optional<Analyst> &saved);

    // The operating system account's name ($USER, $LOGNAME, $USERNAME), or "analyst".
    static QString systemUserName();
};

} // namespace glossa
