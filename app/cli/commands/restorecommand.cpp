#include "clicontext.h"
#include "commands.h"

#include "storage/libraryrestore.h"

#include <QDir>

namespace glossa::cli {

int runRestore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Put BACKUP (made by 'glossa-cli backup' or File > Back Up Library...) in the place of the library. "
        "Nothing may have the library open. The library as it was, with its -wal and -shm, is kept "
        "beside it as LIBRARY.replaced-DATE-TIME; the backup is checked, copied in one step and "
        "opened before the command says it is done."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("backup"), QStringLiteral("The backup file to restore."),
                                 QStringLiteral("BACKUP"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString backup = context.singlePath(parser, QStringLiteral("restore"), QStringLiteral("BACKUP"));
    if (backup.isEmpty())
        return UsageError;
    const QString library = context.databasePath();

    LibraryRestore::Outcome outcome;
    QString error;
    if (!LibraryRestore::restore(backup, library, &outcome, &error)) {
        context.err() << "glossa-cli: " << error << Qt::endl;
        return InputRefused;
    }
    context.err() << "restored " << QDir::toNativeSeparators(library) << " from " << QDir::toNativeSeparators(backup);
    if (!outcome.keptAs.isEmpty())
        context.err() << "; the library it replaced is kept as " << QDir::toNativeSeparators(outcome.keptAs);
    context.err() << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
