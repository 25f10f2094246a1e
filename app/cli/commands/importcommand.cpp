#include "clicontext.h"
#include "commands.h"

#include "import/importer.h"
#include "memory/appearancescan.h"

#include <QJsonObject>

namespace glossa::cli {

int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import dumps (.txt), JSON Lines (.jsonl) and HTML pages, or folders of them, into the library."));
    CliContext::addCommonOptions(parser);
    parser.addOption({{QStringLiteral("r"), QStringLiteral("recursive")}, QStringLiteral("Descend into sub-folders.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Report refusals only.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the counts as JSON.")});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return context.usageError(QStringLiteral("import needs at least one PATH"));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    Importer importer(library);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const ImportReport report = importer.importPaths(paths, parser.isSet(QStringLiteral("recursive")));
    for (const FileImportResult &file : report.files) {
        if (file.status == FileImportResult::Status::Refused) {
            context.err() << "refused: " << file.displayPath() << ": " << file.reason << Qt::endl;
        } else if (!quiet) {
            context.err() << file.statusName() << ": " << file.displayPath() << " (" << file.added << " new, "
                          << file.duplicates << " already in the library; " << file.encoding << ")" << Qt::endl;
        }
        if (file.status == FileImportResult::Status::Imported && file.pagesWithoutProvenance > 0) {
            context.err() << "no provenance line: " << file.displayPath() << ": " << file.pagesWithoutProvenance
                          << " page(s) laid out by the generic profile, outlet unknown" << Qt::endl;
        }
    }

    // The new articles are matched against the claim memory as part of the import.
    QList<qint64> added;
    for (const FileImportResult &file : report.files)
        added += file.articleIds;
    AppearanceScan::Result matched;
    if (!added.isEmpty()) {
        AppearanceScan::Scope scope;
        scope.articleIds = added;
        matched = AppearanceScan(library.database()).run(scope);
        if (!matched.error.isEmpty())
            context.err() << "claim matching: " << matched.error << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("added"), report.added()},
                                                    {QStringLiteral("duplicates"), report.duplicates()},
                                                    {QStringLiteral("refused"), report.refused()},
                                                    {QStringLiteral("repeats_proposed"), matched.proposed}}));
    }
    context.err() << report.added() << " article(s) added, " << report.duplicates() << " duplicate(s), "
                  << report.refused() << " file(s) refused";
    // Said when the new articles met a claim memory; an import into a library without one is as before.
    if (matched.claims > 0)
        context.err() << "; " << matched.proposed << " repeat(s) of checked claims proposed";
    context.err() << Qt::endl;
    return report.refused() > 0 || !matched.error.isEmpty() ? InputRefused : Ok;
}

} // namespace glossa::cli
