#include "clicontext.h"
#include "commands.h"

#include "storage/librarybackup.h"

#include <QFileInfo>

namespace glossa::cli {

int runBackup(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy the library to PATH as one consistent snapshot, safe while Glossa is running. "
        "To restore it, close Glossa and run 'glossa-cli restore PATH'."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("The backup file to write."),
                                 QStringLiteral("PATH"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString target = context.singlePath(parser, QStringLiteral("backup"), QStringLiteral("PATH"));
    if (target.isEmpty())
        return UsageError;

    if (!context.libraryExists())
        return InputRefused;
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    QString error;
    if (!LibraryBackup(library.database()).backupTo(target, &error)) {
        context.err() << "glossa-cli: " << error << Qt::endl;
        return InputRefused;
    }
    context.err() << "backed up " << library.path() << " to " << target << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
