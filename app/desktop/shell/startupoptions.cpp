#include "startupoptions.h"

#include "instance/instancekey.h"

#include <QCommandLineParser>
#include <cstdio>
#include <cstdlib>

namespace glossa {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Glossa: read, annotate and fact-check news dumps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Library file to open (default: $GLOSSA_DB, then the default library)."),
                                tr("path"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("Colour theme for this run: system, light or dark."),
                                   tr("theme"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  tr("Save a picture of the main window to this file, then quit."), tr("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    // For glossa-bench: the app's peak memory with a big library open and its list scrolled.
    QCommandLineOption memoryProbe(QStringLiteral("memory-probe"),
                                   QStringLiteral("Scroll the headline list to the middle and the end, print the "
                                                  "peak memory as JSON, then quit."));
    memoryProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, theme, screenshot, memoryProbe});
    parser.addPositionalArgument(tr("paths"), tr("A library (*.glossa) to open, files or folders to import."),
                                 tr("[paths...]"));

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    StartupOptions options;
    options.libraryPath = parser.value(db);
    options.screenshotPath = parser.value(screenshot);
    options.memoryProbe = parser.isSet(memoryProbe);
    options.theme = parser.value(theme);
    for (const QString &path : parser.positionalArguments()) {
        if (!namesLibrary(path)) {
            options.importPaths.append(path);
        } else if (options.libraryPath.isEmpty()) {
            options.libraryPath = path;
        } else if (InstanceKey::libraryIdentity(path) != InstanceKey::libraryIdentity(options.libraryPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("One library at a time: %1 and %2 were given.")
                                                        .arg(options.libraryPath, path)));
            std::exit(2);
        }
    }
    return options;
}

bool StartupOptions::namesLibrary(const QString &path)
{
    return path.endsWith(QLatin1String(".glossa"), Qt::CaseInsensitive);
}

} // namespace glossa
