// glossa: the desktop reader and annotation workbench. Everything but the application object
// lives in glossa-app, so tests drive the same window this executable shows.
#include "shell/applicationstartup.h"
#include "storage/sqlitepagememory.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Before the first connection, as SQLite requires: the window's connection keeps a 64 MB
    // cache (Library::kInteractivePageCacheKiB), an import another.
    glossa::SqlitePageMemory::install();
    QApplication application(argc, argv);
    // Organisation and name decide where QSettings keeps the window state.
    QApplication::setOrganizationName(QStringLiteral("Glossa"));
    QApplication::setApplicationName(QStringLiteral("glossa"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glossa"));
    QApplication::setApplicationVersion(QStringLiteral(GLOSSA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.glossa.Glossa"));
    return glossa::ApplicationStartup::run(application);
}
