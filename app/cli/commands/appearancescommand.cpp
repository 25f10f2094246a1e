#include "clicontext.h"
#include "commands.h"

#include "model/codepoints.h"
#include "storage/articlestore.h"
#include "storage/claimmemorystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

namespace {

QJsonObject claimJson(const RememberedClaim &claim)
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{{QStringLiteral("source"), RememberedClaim::sourceName(claim.source)},
                       {QStringLiteral("id"), claim.id},
                       {QStringLiteral("text"), claim.text},
                       {QStringLiteral("kind"), orNull(claim.kind)},
                       {QStringLiteral("verdict"), claim.verdict},
                       {QStringLiteral("rating"), orNull(claim.rating)},
                       {QStringLiteral("claimant"), orNull(claim.claimant)},
                       {QStringLiteral("reviewer"), orNull(claim.reviewer)},
                       {QStringLiteral("url"), orNull(claim.url)},
                       {QStringLiteral("article"), claim.articleId > 0 ? QJsonValue(claim.articleId) : QJsonValue()},
                       {QStringLiteral("settled"),
                        claim.settled.isValid() ? QJsonValue(claim.settled.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

int runAppearances(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Where claims the library remembers (a verdict given here, or a fact-check imported with "
        "import-claimreviews) reappear in its articles, as matching proposed them and analysts decided: by "
        "article, then position. With --json, \"start\" and \"end\" count the article text's Unicode code "
        "points, as 'show --json' does; \"claim\" is the claim repeated, with its source (library or "
        "imported), verdict and reviewer (the analyst who settled it, or the fact-checking organisation)."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    parser.addOption({QStringLiteral("verdict"), QStringLiteral("Only appearances of claims with this verdict."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("article"), QStringLiteral("Only in this article."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("Only proposed, accepted or dismissed ones."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N."), QStringLiteral("N")});
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("appearances takes no arguments ('%1')").arg(parser.positionalArguments().first()));
    AppearanceQuery query;
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &query.verdict)
        || !context.numberOption(parser, QStringLiteral("limit"), 0, &query.limit))
        return UsageError;
    if (parser.isSet(QStringLiteral("article"))) {
        QList<qint64> ids;
        if (!context.articleIds({parser.value(QStringLiteral("article"))}, &ids))
            return UsageError;
        query.articleId = ids.first();
    }
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = ClaimMemoryStore::statusFromName(parser.value(QStringLiteral("status")));
        if (!query.status)
            return context.usageError(QStringLiteral("unknown status '%1' (one of: proposed, accepted, dismissed)")
                                          .arg(parser.value(QStringLiteral("status"))));
    }
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    ClaimMemoryStore store(library.database());
    const QList<Appearance> found = store.appearances(query);
    if (!store.lastError().isEmpty()) {
        context.err() << "glossa-cli: appearances: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        ArticleStore articles(library.database());
        QHash<qint64, QString> texts; // each article read once, for its code points
        QJsonArray array;
        for (const Appearance &appearance : found) {
            auto text = texts.find(appearance.articleId);
            if (text == texts.end()) {
                const std::optional<Article> article = articles.article(appearance.articleId);
                text = texts.insert(appearance.articleId, article ? article->text : QString());
            }
            array.append(QJsonObject{{QStringLiteral("id"), appearance.id},
                                     {QStringLiteral("article"), appearance.articleId},
                                     {QStringLiteral("start"), CodePoints::fromUtf16(*text, appearance.start)},
                                     {QStringLiteral("end"), CodePoints::fromUtf16(*text, appearance.end)},
                                     {QStringLiteral("exact"), appearance.exact},
                                     {QStringLiteral("claim"), claimJson(appearance.claim)},
                                     {QStringLiteral("score"), appearance.score},
                                     {QStringLiteral("match"), Appearance::matchName(appearance.match)},
                                     {QStringLiteral("reason"), appearance.reason},
                                     {QStringLiteral("status"), Appearance::statusName(appearance.status)},
                                     {QStringLiteral("annotation"), appearance.acceptedAnnotationId > 0
                                                                        ? QJsonValue(appearance.acceptedAnnotationId)
                                                                        : QJsonValue()}});
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const Appearance &appearance : found) {
        const QString reviewer = appearance.claim.reviewer.isEmpty() ? QStringLiteral("?") : appearance.claim.reviewer;
        context.out() << appearance.id << '\t' << appearance.articleId << '\t' << Appearance::statusName(appearance.status)
                      << '\t' << appearance.claim.verdict << '\t' << QString::number(appearance.score * 100, 'f', 0) << "%\t"
                      << reviewer << '\t' << appearance.exact.simplified() << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
