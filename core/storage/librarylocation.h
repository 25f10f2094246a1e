#pragma once

#include <QDir>
#include <QStandardPaths>
#include <QString>

namespace glossa {

// Where the desktop app keeps its library unless told otherwise. glossa-cli uses the same file,
// so the path must not depend on QCoreApplication's organisation or application names.
struct LibraryLocation
{
    static QString defaultPath()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        return QDir(base).filePath(QStringLiteral("glossa/library.glossa"));
    }

    // --db wins, then GLOSSA_DB, then the default.
    static QString resolve(const QString &explicitPath)
    {
        if (!explicitPath.isEmpty())
            return explicitPath;
        const QString fromEnvironment = qEnvironmentVariable("GLOSSA_DB");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        return defaultPath();
    }
};

} // namespace glossa
