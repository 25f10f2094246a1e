#include "clicontext.h"
#include "commands.h"

#include "interchange/w3cannotationimporter.h"

#include <QFile>

namespace glossa::cli {

int runImportAnnotations(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge a W3C Web Annotation file (as written by 'export --format json', or by Hypothesis: an "
        "AnnotationCollection, an AnnotationPage or a bare array) into the library. Articles are found by "
        "content hash, else by their URL (the target's source, canonical or via, compared without scheme, "
        "host case, default port, trailing slash, fragment and tracking parameters); each passage is found "
        "again in the article's text; duplicates are skipped (another tool's annotation is known by its id); "
        "passages that cannot be found are kept as orphaned; annotations of a whole page are left out. A "
        "malformed annotation refuses the whole file: nothing is imported."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The JSON-LD file."), QStringLiteral("FILE.json"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString path = context.singlePath(parser, QStringLiteral("import-annotations"), QStringLiteral("FILE.json"));
    if (path.isEmpty())
        return UsageError;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << "glossa-cli: " << path << ": " << file.errorString() << Qt::endl;
        return InputRefused;
    }
    const QByteArray json = file.readAll();

    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    const AnnotationImportReport report = W3cAnnotationImporter(library.database()).importJson(json);
    for (const QString &refusal : report.refusals)
        context.err() << "glossa-cli: " << path << ": " << refusal << Qt::endl;
    if (!report.fileError.isEmpty()) {
        context.err() << "glossa-cli: " << path << ": " << report.fileError << Qt::endl;
        return InputRefused;
    }
    for (const QString &line : report.notCarried)
        context.err() << "glossa-cli: " << path << ": not carried: " << line << Qt::endl;
    context.err() << report.imported << " annotation(s) imported (" << report.orphaned << " orphaned), "
                  << report.duplicates << " duplicate(s) skipped, " << report.missingArticle
                  << " without their article in this library";
    if (report.skipped > 0)
        context.err() << ", " << report.skipped << " of a whole page left out";
    // Only said when the file held annotations the library had already, changed since.
    if (report.updated + report.conflicts + report.outdated > 0)
        context.err() << "; already here and changed: " << report.updated << " updated, " << report.conflicts
                      << " conflict(s) kept side by side, " << report.outdated << " older or changed here only (ours kept)";
    context.err() << Qt::endl;
    return report.complete() ? Ok : InputRefused;
}

} // namespace glossa::cli
