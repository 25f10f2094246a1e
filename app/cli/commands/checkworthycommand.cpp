#include "clicontext.h"
#include "commands.h"

#include "memory/checkworthiness.h"
#include "model/codepoints.h"
#include "storage/articlestore.h"
#include "storage/knownnames.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

int runCheckWorthy(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "An article's sentences ranked by how worth checking they are, best first, with the features behind each "
        "score (number, percentage, money, date, entity, known-name, comparative, superlative, attribution, "
        "hedge). With --json, \"start\" and \"end\" count Unicode code points of the article's text, as in "
        "show --json."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Only the N best sentences."), QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("article"), QStringLiteral("The article's id."),
                                 QStringLiteral("ARTICLE_ID"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const qint64 id = context.singleId(parser, QStringLiteral("check-worthy"), QStringLiteral("article"));
    if (id == 0)
        return UsageError;
    int top = -1;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return context.usageError(QStringLiteral("--top needs a whole number of at least 1"));
    }
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const std::optional<Article> article = ArticleStore(library.database()).article(id);
    if (!article) {
        context.err() << "glossa-cli: no article " << id << Qt::endl;
        return InputRefused;
    }
    KnownNames known(library.database());
    const QStringList names = known.names();
    if (!known.lastError().isEmpty()) {
        context.err() << "glossa-cli: check-worthy: " << known.lastError() << Qt::endl;
        return InputRefused;
    }
    QList<CheckWorthySentence> ranked = CheckWorthiness(names).rank(article->text, article->language);
    if (top > 0 && ranked.size() > top)
        ranked.resize(top);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CheckWorthySentence &sentence : std::as_const(ranked)) {
            array.append(QJsonObject{
                {QStringLiteral("start"), CodePoints::fromUtf16(article->text, sentence.start)},
                {QStringLiteral("end"), CodePoints::fromUtf16(article->text, sentence.end)},
                {QStringLiteral("text"), sentence.text},
                {QStringLiteral("score"), qRound(sentence.score * 1000) / 1000.0},
                {QStringLiteral("features"), QJsonArray::fromStringList(sentence.features)},
            });
        }
        context.printJson(QJsonDocument(array));
        return Ok;
    }
    for (const CheckWorthySentence &sentence : std::as_const(ranked)) {
        context.out() << QString::number(sentence.score, 'f', 2) << '\t'
                      << (sentence.features.isEmpty() ? QStringLiteral("-") : sentence.features.join(QLatin1Char(',')))
                      << '\t' << sentence.text.simplified() << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
