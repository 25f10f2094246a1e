#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace glossa {

// What `glossa` was asked to do on its command line.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)
public:
    QString libraryPath;     // --db, else GLOSSA_DB; empty = the default library
    QString screenshotPath;  // --screenshot (hidden): save a picture of the window and quit
    bool memoryProbe = false; // --memory-probe (hidden): scroll the list through, print peak memory, quit
    QString theme;           // --theme system|light|dark, for this run only
    QStringList importPaths; // positional: files or folders to import at once

    // Exits the process for --help, --version and usage errors, as QCommandLineParser does.
    static StartupOptions parse(const QStringList &arguments);
};

} // namespace glossa
