#include "clicontext.h"
#include "commands.h"

#include "search/whereelse.h"
#include "storage/annotationstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

int runWhereElse(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The other articles that carry the same or nearly the same passage as an annotation, earliest first."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    parser.addOption({QStringLiteral("min-score"),
                      QStringLiteral("Share of the passage that must be found, 0–1 (default 0.4)."), QStringLiteral("S")});
    parser.addPositionalArgument(QStringLiteral("annotation"), QStringLiteral("The annotation's id."),
                                 QStringLiteral("ANNOTATION_ID"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const qint64 id = context.singleId(parser, QStringLiteral("where-else"), QStringLiteral("annotation"));
    if (id == 0)
        return UsageError;
    bool ok = false;
    double minimum = 0.4;
    if (parser.isSet(QStringLiteral("min-score"))) {
        minimum = parser.value(QStringLiteral("min-score")).toDouble(&ok);
        if (!ok || minimum < 0 || minimum > 1)
            return context.usageError(QStringLiteral("--min-score needs a number from 0 to 1"));
    }
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const std::optional<Annotation> annotation = AnnotationStore(library.database()).annotation(id);
    if (!annotation) {
        context.err() << "glossa-cli: no annotation " << id << Qt::endl;
        return InputRefused;
    }
    WhereElse whereElse(library.database());
    const QList<WhereElseHit> hits = whereElse.find(annotation->anchor.exact, annotation->articleId, minimum);
    if (hits.isEmpty() && !whereElse.lastError().isEmpty()) {
        context.err() << "glossa-cli: where-else: " << whereElse.lastError() << Qt::endl;
        return InputRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WhereElseHit &hit : hits) {
            array.append(QJsonObject{
                {QStringLiteral("article"), hit.articleId},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("source"), hit.source.isEmpty() ? QJsonValue() : QJsonValue(hit.source)},
                {QStringLiteral("published"),
                 hit.published.isValid() ? QJsonValue(hit.published.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("start"), hit.start},
                {QStringLiteral("end"), hit.end},
                {QStringLiteral("passage"), hit.passage},
            });
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const WhereElseHit &hit : hits) {
        context.out() << hit.articleId << '\t'
                      << (hit.published.isValid() ? hit.published.toString(Qt::ISODate) : QStringLiteral("----------"))
                      << '\t' << (hit.source.isEmpty() ? QStringLiteral("?") : hit.source) << '\t'
                      << QString::number(hit.score * 100, 'f', 0) << "%\t" << hit.title << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
