#include "clicontext.h"
#include "commands.h"

#include "storage/articlestore.h"

#include <QJsonObject>

namespace glossa::cli {

int runStats(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Count what the library holds."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON object.")});
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("stats takes no arguments"));
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const LibraryStats stats = ArticleStore(library.database()).stats();
    const QList<QPair<QString, qint64>> figures = {
        {QStringLiteral("articles"), stats.articles},       {QStringLiteral("unread"), stats.unread},
        {QStringLiteral("starred"), stats.starred},         {QStringLiteral("sources"), stats.sources},
        {QStringLiteral("dumps"), stats.dumps},             {QStringLiteral("raw_bytes"), stats.rawBytes},
        {QStringLiteral("annotations"), stats.annotations}, {QStringLiteral("claims"), stats.claims},
        {QStringLiteral("orphaned"), stats.orphaned},       {QStringLiteral("tags"), stats.tags},
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        object.insert(QStringLiteral("library"), library.path());
        for (const auto &figure : figures)
            object.insert(figure.first, figure.second);
        context.printJson(QJsonDocument(object));
    } else {
        context.out() << "library: " << library.path() << '\n';
        for (const auto &figure : figures)
            context.out() << figure.first << ": " << figure.second << '\n';
        context.out().flush();
    }
    return Ok;
}

} // namespace glossa::cli
