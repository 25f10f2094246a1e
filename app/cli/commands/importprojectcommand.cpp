#include "clicontext.h"
#include "commands.h"

#include "interchange/refiqdaimporter.h"

namespace glossa::cli {

int runImportProject(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge a REFI-QDA project (.qdpx, or a .qde) from NVivo, ATLAS.ti, MAXQDA, QualCoder or Glossa "
        "into the library: plain-text sources become articles (those already here are not added again), "
        "selections annotations, codes claim kinds, verdicts or tags, notes notes and users analysts. "
        "What cannot be carried is named on stderr. A refused file writes nothing."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The project."), QStringLiteral("FILE.qdpx|FILE.qde"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString path =
        context.singlePath(parser, QStringLiteral("import-project"), QStringLiteral("FILE.qdpx or FILE.qde"));
    if (path.isEmpty())
        return UsageError;

    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    const RefiImportReport report = RefiQdaImporter(library.database()).importFile(path);
    if (!report.ok()) {
        context.err() << "glossa-cli: " << path << ": " << report.fileError << Qt::endl;
        return InputRefused;
    }
    for (const QString &line : report.notCarried)
        context.err() << "glossa-cli: " << path << ": not carried: " << line << Qt::endl;
    context.err() << report.articlesAdded << " article(s) added, " << report.articlesKnown << " already in the library; "
                  << report.annotationsAdded << " annotation(s) added, " << report.annotationsKnown
                  << " already in the library; " << report.analysts << " analyst(s), " << report.notes << " note(s), "
                  << report.collections << " collection(s)" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
