#include "clicontext.h"
#include "commands.h"

#include "export/articlejson.h"
#include "search/annotationsearchstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject hitJson(const AnnotationHit &hit)
{
    return QJsonObject{
        {QStringLiteral("annotation"), hit.annotationId},
        {QStringLiteral("article"), hit.articleId},
        {QStringLiteral("exact"), hit.exact},
        {QStringLiteral("note"), hit.note},
        {QStringLiteral("color"), hit.color},
        {QStringLiteral("tags"), QJsonArray::fromStringList(hit.tags)},
        {QStringLiteral("claim"), hit.claim ? ArticleJson::claim(*hit.claim) : QJsonValue()},
        {QStringLiteral("title"), hit.articleTitle},
        {QStringLiteral("source"), orNull(hit.source)},
        {QStringLiteral("published"), hit.published.isValid() ? QJsonValue(hit.published.toString(Qt::ISODate)) : QJsonValue()},
    };
}

} // namespace

int runAnnotationSearch(CliContext &context, const QString &query, int limit, bool json)
{
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const AnnotationSearchStore store(library.database());
    const QList<AnnotationHit> hits = store.search(query, limit);
    if (!store.lastError().isEmpty()) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    if (json) {
        QJsonArray array;
        for (const AnnotationHit &hit : hits)
            array.append(hitJson(hit));
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const AnnotationHit &hit : hits) {
        context.out() << '#' << hit.annotationId << '\t' << hit.articleId << '\t'
                      << (hit.published.isValid() ? hit.published.toString(Qt::ISODate) : QStringLiteral("----------"))
                      << '\t' << (hit.source.isEmpty() ? QStringLiteral("?") : hit.source) << '\t' << hit.articleTitle;
        if (hit.claim)
            context.out() << "\t[" << hit.claim->kind << " · " << hit.claim->verdict << ']';
        context.out() << "\n  « " << hit.exact << " »";
        if (!hit.tags.isEmpty())
            context.out() << "  #" << hit.tags.join(QStringLiteral(" #"));
        context.out() << '\n';
        if (!hit.note.isEmpty())
            context.out() << "  " << hit.note.simplified() << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
