#include "clicontext.h"
#include "commands.h"

#include "storage/collectionstore.h"
#include "storage/tagstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

int runTags(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List tags with their colours and how often they are used."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("tags takes no arguments"));
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const QList<TagUsage> tags = TagStore(library.database()).tags();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TagUsage &tag : tags) {
            array.append(QJsonObject{{QStringLiteral("id"), tag.id},
                                     {QStringLiteral("name"), tag.name},
                                     {QStringLiteral("color"), tag.color.isEmpty() ? QJsonValue() : QJsonValue(tag.color)},
                                     {QStringLiteral("annotations"), tag.annotations},
                                     {QStringLiteral("articles"), tag.articles}});
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const TagUsage &tag : tags)
        context.out() << tag.name << '\t' << tag.annotations << " annotation(s), " << tag.articles << " article(s)\n";
    context.out().flush();
    return Ok;
}

int runCollections(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List collections (case files), or change one: --create NAME, --add NAME ID..., --remove NAME ID..., "
        "--delete NAME."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print a JSON array.")},
        {QStringLiteral("create"), QStringLiteral("Create a collection."), QStringLiteral("NAME")},
        {QStringLiteral("add"), QStringLiteral("Add the article IDs to a collection."), QStringLiteral("NAME")},
        {QStringLiteral("remove"), QStringLiteral("Take the article IDs out of a collection."), QStringLiteral("NAME")},
        {QStringLiteral("delete"), QStringLiteral("Delete a collection (its articles stay)."), QStringLiteral("NAME")},
    });
    parser.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("Article ids, with --add or --remove."),
                                 QStringLiteral("[ID...]"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    QList<qint64> ids;
    if (!context.articleIds(parser.positionalArguments(), &ids))
        return UsageError;
    const bool adding = parser.isSet(QStringLiteral("add")), removing = parser.isSet(QStringLiteral("remove"));
    if (!ids.isEmpty() && !adding && !removing)
        return context.usageError(QStringLiteral("article ids go with --add or --remove"));
    if ((adding || removing) && ids.isEmpty())
        return context.usageError(QStringLiteral("--add and --remove need article ids"));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    CollectionStore store(library.database());
    auto existing = [&](const QString &option, qint64 *id) {
        *id = store.idOf(parser.value(option));
        if (*id == 0)
            context.err() << "glossa-cli: no collection named '" << parser.value(option) << "'" << Qt::endl;
        return *id != 0;
    };
    qint64 id = 0;
    if (parser.isSet(QStringLiteral("create")) && store.create(parser.value(QStringLiteral("create"))) == 0) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    if (adding) {
        if (!existing(QStringLiteral("add"), &id))
            return InputRefused;
        const int added = store.addArticles(id, ids);
        if (added < 0) {
            context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
            return InputRefused;
        }
    }
    if (removing) {
        if (!existing(QStringLiteral("remove"), &id) || store.removeArticles(id, ids) < 0)
            return InputRefused;
    }
    if (parser.isSet(QStringLiteral("delete"))) {
        if (!existing(QStringLiteral("delete"), &id) || !store.remove(id))
            return InputRefused;
    }
    const QList<Collection> collections = store.collections();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Collection &collection : collections) {
            QJsonArray members;
            for (qint64 article : store.articleIds(collection.id))
                members.append(article);
            array.append(QJsonObject{{QStringLiteral("id"), collection.id},
                                     {QStringLiteral("name"), collection.name},
                                     {QStringLiteral("articles"), members}});
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const Collection &collection : collections)
        context.out() << collection.name << '\t' << collection.articles << " article(s)\n";
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
