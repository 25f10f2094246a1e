#include "clicontext.h"
#include "commands.h"

#include "storage/articleremoval.h"

namespace glossa::cli {

int runDeleteArticle(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Delete articles with everything on them: annotations, claims, notes, tags and collection places. All or "
        "none: an ID that is not in the library refuses the whole command. Importing the file again brings an "
        "article back, without its annotations."));
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article ids (see 'list')."),
                                 QStringLiteral("ID..."));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    QList<qint64> ids;
    if (!context.articleIds(parser.positionalArguments(), &ids))
        return UsageError;
    if (ids.isEmpty())
        return context.usageError(QStringLiteral("delete-article needs at least one ID"));
    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    ArticleRemoval removal(library.database());
    const std::optional<QList<RemovedArticle>> removed = removal.remove(ids);
    if (!removed) {
        context.err() << "glossa-cli: nothing deleted: " << removal.lastError() << Qt::endl;
        return InputRefused;
    }
    for (const RemovedArticle &article : *removed)
        context.err() << "deleted: " << article.id << " (" << article.annotations << " annotation(s))" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
