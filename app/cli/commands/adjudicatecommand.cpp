#include "clicontext.h"
#include "commands.h"

#include "export/articlejson.h"
#include "model/taxonomy.h"
#include "review/adjudicator.h"
#include "storage/articlestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

namespace {

QJsonObject sideJson(const Annotation &annotation)
{
    return QJsonObject{{QStringLiteral("uuid"), annotation.uuid},
                       {QStringLiteral("analyst"), ArticleJson::analyst(annotation.analyst)},
                       {QStringLiteral("start"), annotation.anchor.start},
                       {QStringLiteral("end"), annotation.anchor.end},
                       {QStringLiteral("exact"), annotation.anchor.exact},
                       {QStringLiteral("kind"), annotation.claim ? annotation.claim->kind : QString()},
                       {QStringLiteral("verdict"), annotation.claim ? annotation.claim->verdict : QString()}};
}

QJsonObject decisionJson(const Annotation &decision)
{
    QJsonObject object = sideJson(decision);
    object.insert(QStringLiteral("from"), decision.decidedFrom);
    object.insert(QStringLiteral("decided_at"), decision.created.toString(Qt::ISODateWithMs));
    return object;
}

QString sideText(const Annotation &side)
{
    return QStringLiteral("%1  %2  %3 / %4  «%5»")
        .arg(side.uuid, side.analyst.name, side.claim->kind, side.claim->verdict, side.anchor.exact.left(60));
}

} // namespace

int runAdjudicate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Settle an article's claims into its final layer, which exports use by default. Claims of "
        "different analysts on the same passage are one claim with several sides. Without an "
        "option, lists them: what is agreed, decided, and left to settle. --auto takes every claim "
        "all its analysts coded on the same characters with the same verdict; --accept takes one "
        "side (its UUID), with --verdict the editor's own verdict instead. Decisions are made as "
        "the analyst (--analyst, $GLOSSA_ANALYST or the profile)."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("auto"), QStringLiteral("Accept every agreed claim.")},
        {QStringLiteral("accept"), QStringLiteral("Take this side of a claim."), QStringLiteral("UUID")},
        {QStringLiteral("verdict"), QStringLiteral("With --accept: the final verdict."), QStringLiteral("V")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const qint64 articleId = context.singleId(parser, QStringLiteral("adjudicate"), QStringLiteral("article"));
    if (articleId == 0)
        return UsageError;
    const bool automatic = parser.isSet(QStringLiteral("auto"));
    const QString accept = parser.value(QStringLiteral("accept"));
    QString verdict;
    if (!context.verdictOption(parser, QStringLiteral("verdict"), &verdict))
        return UsageError;
    if (automatic && !accept.isEmpty())
        return context.usageError(QStringLiteral("--auto and --accept cannot be combined"));
    if (!verdict.isEmpty() && accept.isEmpty())
        return context.usageError(QStringLiteral("--verdict goes with --accept"));

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    if (!ArticleStore(library.database()).summary(articleId)) {
        context.err() << "glossa-cli: no article " << articleId << Qt::endl;
        return InputRefused;
    }
    if ((automatic || !accept.isEmpty()) && !context.actAsAnalyst(library))
        return InputRefused;
    Adjudicator adjudicator(library.database());
    QList<Annotation> made;
    if (automatic) {
        const std::optional<QList<Annotation>> accepted = adjudicator.acceptAgreed(articleId);
        if (!accepted) {
            context.err() << "glossa-cli: " << adjudicator.lastError() << Qt::endl;
            return InputRefused;
        }
        made = *accepted;
    } else if (!accept.isEmpty()) {
        const std::optional<Annotation> decision = adjudicator.accept(accept, verdict);
        if (!decision || decision->articleId != articleId) {
            context.err() << "glossa-cli: "
                          << (decision ? QStringLiteral("annotation %1 is not on article %2").arg(accept).arg(articleId)
                                       : adjudicator.lastError())
                          << Qt::endl;
            return InputRefused;
        }
        made << *decision;
    }
    const QList<ClaimGroup> groups = adjudicator.groups(articleId);
    QJsonArray accepted, toSettle, decided;
    for (const Annotation &decision : std::as_const(made))
        accepted.append(decisionJson(decision));
    for (const ClaimGroup &group : groups) {
        if (group.decision) {
            decided.append(decisionJson(*group.decision));
            continue;
        }
        QJsonArray sides;
        for (const Annotation &side : group.sides)
            sides.append(sideJson(side));
        toSettle.append(QJsonObject{{QStringLiteral("agreed"), group.agreed()}, {QStringLiteral("sides"), sides}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("article"), articleId},
                                                    {QStringLiteral("accepted"), accepted},
                                                    {QStringLiteral("decided"), decided},
                                                    {QStringLiteral("to_settle"), toSettle}}));
        return Ok;
    }
    context.out() << made.size() << " decision(s) made; " << decided.size() << " claim(s) decided, " << toSettle.size()
                  << " left to settle\n";
    for (const ClaimGroup &group : groups) {
        if (group.decision)
            continue;
        context.out() << (group.agreed() ? "agreed:\n" : "to settle:\n");
        for (const Annotation &side : group.sides)
            context.out() << "  " << sideText(side) << '\n';
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
