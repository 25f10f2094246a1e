#include "recentlibraries.h"

#include <QFileInfo>
#include <QSettings>

namespace glossa {

namespace {
const char kKey[] = "library/recent";

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

QStringList RecentLibraries::paths()
{
    return QSettings().value(kKey).toStringList();
}

void RecentLibraries::add(const QString &path)
{
    QStringList list = paths();
    const QString entry = canonical(path);
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void RecentLibraries::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(canonical(path));
    list.removeAll(path);
    QSettings().setValue(kKey, list);
}

} // namespace glossa
