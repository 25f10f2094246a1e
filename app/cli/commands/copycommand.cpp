#include "clicontext.h"
#include "commands.h"

#include "storage/library.h"
#include "storage/libraryaddress.h"
#include "storage/librarycopier.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace glossa::cli {

int runCopy(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a whole library into another: a library file into a team library on a server (postgresql://…), a "
        "team library into a file, or a file into a file. Articles, raw dumps, annotations with their UUIDs and "
        "analysts, claim history, tags and collections. Copying again adds only what is new; a copy that was "
        "stopped resumes. Into a team library, copy as its owner (the role that ran 'team init')."));
    CliContext::addCommonOptions(parser); // --db is not used: the two libraries are named
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The library to copy (a file or a postgresql:// address)."), QStringLiteral("SOURCE")},
        {QStringLiteral("to"), QStringLiteral("The library to copy into; a file is created when missing."), QStringLiteral("TARGET")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString from = parser.value(QStringLiteral("from")), to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("usage: glossa-cli copy --from SOURCE --to TARGET"));
    const bool sameFile = !LibraryAddress::looksLikeServer(from) && QFileInfo(from).exists()
        && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath();
    if (from == to || sameFile)
        return context.usageError(QStringLiteral("the source and the target are the same library"));
    if (!LibraryAddress::looksLikeServer(from) && !QFileInfo::exists(from)) {
        context.err() << "glossa-cli: no library at " << from << Qt::endl;
        return InputRefused;
    }
    Library source, target;
    QString error;
    if (!source.open(from, &error) || !target.open(to, &error)) {
        context.err() << "glossa-cli: " << error << Qt::endl;
        return InputRefused;
    }
    const QString shownFrom = LibraryAddress::parse(from) ? LibraryAddress::parse(from)->displayText() : from;
    const QString shownTo = LibraryAddress::parse(to) ? LibraryAddress::parse(to)->displayText() : to;
    // One line, rewritten in place on a terminal; a line per table otherwise (logs, pipes).
    const bool terminal = isatty(fileno(stderr));
    LibraryCopier copier(source.database(), target.database());
    copier.setProgress([&](const LibraryCopier::Progress &progress) {
        const bool tableDone = progress.done >= progress.total;
        if (!terminal && !tableDone)
            return true;
        context.err() << (terminal ? "\r\033[K" : "") << "copy: " << progress.table << ' ' << progress.done << '/'
                      << progress.total << " (" << progress.added << " new)" << (terminal ? "" : "\n");
        context.err().flush();
        return true;
    });
    const bool copied = copier.copy();
    if (terminal)
        context.err() << '\n';
    if (!copied) {
        context.err() << "glossa-cli: copying " << shownFrom << " to " << shownTo << ": " << copier.lastError() << Qt::endl;
        return InputRefused;
    }
    context.err() << "copied " << shownFrom << " to " << shownTo << ": " << copier.added() << " row(s) added" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
