#pragma once

#include <QStringList>

namespace glossa {

// The library files opened lately, newest first, kept in QSettings.
class RecentLibraries
{
public:
    static constexpr int kMaxEntries = 8;

    static QStringList paths();
    // Moves \a path to the front.
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace glossa
