#include "clicontext.h"
#include "commands.h"

#include "export/articlejson.h"
#include "model/taxonomy.h"
#include "storage/claimstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

int runClaims(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List every claim in the library, newest article first."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print a JSON array.")},
        {QStringLiteral("verdict"), QStringLiteral("Only claims with this verdict."), QStringLiteral("V")},
        {QStringLiteral("kind"), QStringLiteral("Only claims of this kind."), QStringLiteral("K")},
        {QStringLiteral("tag"), QStringLiteral("Only claims with this tag."), QStringLiteral("T")},
        {QStringLiteral("source"), QStringLiteral("Only claims published by this outlet."), QStringLiteral("S")},
        {QStringLiteral("text"), QStringLiteral("Only claims whose passage, note or claimant contains TEXT."),
         QStringLiteral("TEXT")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("claims takes no arguments, only options"));
    ClaimQuery query;
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &query.verdict)
        || !context.kindOption(parser, QStringLiteral("kind"), &query.kind))
        return UsageError;
    query.tag = parser.value(QStringLiteral("tag"));
    query.source = parser.value(QStringLiteral("source"));
    query.text = parser.value(QStringLiteral("text"));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const QList<ClaimRow> rows = ClaimStore(library.database()).claims(query);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ClaimRow &row : rows) {
            QJsonObject object = ArticleJson::claim(row.claim).toObject();
            object.insert(QStringLiteral("annotation"), row.annotationId);
            object.insert(QStringLiteral("article"), row.articleId);
            object.insert(QStringLiteral("exact"), row.exact);
            object.insert(QStringLiteral("note"), row.note);
            object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(row.tags));
            object.insert(QStringLiteral("title"), row.articleTitle);
            object.insert(QStringLiteral("source"), row.source.isEmpty() ? QJsonValue() : QJsonValue(row.source));
            object.insert(QStringLiteral("published"), row.published.isValid()
                                                          ? QJsonValue(row.published.toString(Qt::ISODate))
                                                          : QJsonValue());
            array.append(object);
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const ClaimRow &row : rows) {
        context.out() << '#' << row.annotationId << '\t' << row.claim.verdict << '\t' << row.claim.kind << '\t'
                      << (row.source.isEmpty() ? QStringLiteral("?") : row.source) << '\t'
                      << (row.published.isValid() ? row.published.toString(Qt::ISODate) : QStringLiteral("----------"))
                      << "\n  « " << row.exact << " »";
        if (!row.claim.claimant.isEmpty())
            context.out() << " — " << row.claim.claimant;
        context.out() << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
