#include "clicontext.h"
#include "commands.h"

#include "import/importer.h"

namespace glossa::cli {

int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import dumps (.txt), JSON Lines (.jsonl) and HTML pages, or folders of them, into the library."));
    CliContext::addCommonOptions(parser);
    parser.addOption({{QStringLiteral("r"), QStringLiteral("recursive")}, QStringLiteral("Descend into sub-folders.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Report refusals only.")});
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
    context.err() << report.added() << " article(s) added, " << report.duplicates() << " duplicate(s), "
                  << report.refused() << " file(s) refused" << Qt::endl;
    return report.refused() > 0 ? InputRefused : Ok;
}

} // namespace glossa::cli
