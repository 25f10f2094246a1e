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
    QString libraryPath;     // --db or a positional *.glossa, else GLOSSA_DB; empty = the default library
    QString screenshotPath;  // --screenshot (hidden): save a picture of the window and quit
    bool memoryProbe = false; // --memory-probe (hidden): scroll the list through, print peak memory, quit
    QString theme;           // --theme system|light|dark, for this run only
    QStringList importPaths; // positional: files or folders to import at once
    bool scripted() const { return !screenshotPath.isEmpty() || memoryProbe; }

    // A positional file named *.glossa is the library to open (a double-click in a file manager).
    static bool namesLibrary(const QString &path);

    // Exits the process for --help, --version and usage errors, as QCommandLineParser does.
    static StartupOptions parse(const QStringList &arguments);
};

} // namespace glossa
