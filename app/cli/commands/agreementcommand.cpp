#include "clicontext.h"
#include "commands.h"

#include "review/agreementreport.h"
#include "storage/annotationstore.h"
#include "storage/collectionstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace glossa::cli {

namespace {

QJsonValue figure(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const AgreementFigures &figures)
{
    return QJsonObject{
        {QStringLiteral("articles"), figures.articles},
        {QStringLiteral("matched_claims"), figures.matchedClaims},
        {QStringLiteral("verdict_kappa"), figure(figures.verdictKappa)},
        {QStringLiteral("verdict_alpha"), figure(figures.verdictAlpha)},
        {QStringLiteral("kind_alpha"), figure(figures.kindAlpha)},
        {QStringLiteral("span_alpha_u"), figure(figures.spanAlphaU)},
        {QStringLiteral("excluded"), figures.excluded()},
        {QStringLiteral("excluded_unmatched"), figures.unmatchedClaims},
        {QStringLiteral("excluded_orphaned"), figures.orphanedClaims},
    };
}

QString figureText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("—");
}

} // namespace

int runAgreement(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "How far analysts who annotated the same articles agree, pair by pair: Cohen's kappa and "
        "Krippendorff's alpha on the verdicts of claims matched by span (two claims match when they "
        "share at least half of the shorter passage), alpha on their kinds, and Krippendorff's "
        "unitizing alpha on every highlighted span. Claims left out of the figures are counted, by "
        "reason. Without --article or --collection: every article two analysts or more annotated."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("article"), QStringLiteral("Only this article; repeat for several."), QStringLiteral("ID")},
        {QStringLiteral("collection"), QStringLiteral("The articles of this collection."), QStringLiteral("NAME")},
        {QStringLiteral("analysts"), QStringLiteral("Only these analysts, by name, comma-separated."),
         QStringLiteral("A,B")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("agreement takes no arguments, only options"));
    QList<qint64> articleIds;
    if (!context.articleIds(parser.values(QStringLiteral("article")), &articleIds))
        return UsageError;
    const bool byCollection = parser.isSet(QStringLiteral("collection"));
    if (byCollection && !articleIds.isEmpty())
        return context.usageError(QStringLiteral("--article and --collection cannot be combined"));
    QStringList names;
    if (parser.isSet(QStringLiteral("analysts"))) {
        for (const QString &name : parser.value(QStringLiteral("analysts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.simplified();
        if (names.size() < 2)
            return context.usageError(QStringLiteral("--analysts needs two names or more"));
    }

    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    const AnnotationStore annotations(library.database());
    if (byCollection) {
        const QString name = parser.value(QStringLiteral("collection"));
        const CollectionStore collections(library.database());
        const qint64 collectionId = collections.idOf(name);
        if (collectionId == 0) {
            context.err() << "glossa-cli: no collection named '" << name << "'" << Qt::endl;
            return InputRefused;
        }
        articleIds = collections.articleIds(collectionId);
    } else if (articleIds.isEmpty()) {
        articleIds = annotations.articlesCodedByTwoOrMore();
    }
    // Analysts are known by UUID; a name on the command line must name exactly one of them.
    QList<Analyst> chosen;
    for (const QString &name : std::as_const(names)) {
        const std::optional<Analyst> analyst = context.analystNamed(library, name);
        if (!analyst)
            return InputRefused;
        chosen << *analyst;
    }
    const QList<Coding> codings = annotations.codings(articleIds);
    if (!annotations.lastError().isEmpty()) {
        context.err() << "glossa-cli: " << annotations.lastError() << Qt::endl;
        return InputRefused;
    }
    const QList<AgreementPair> pairs = AgreementReport::compute(codings, annotations.textLengths(articleIds), chosen);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AgreementPair &pair : pairs) {
            QJsonObject object = figuresJson(pair.overall);
            object.insert(QStringLiteral("a"), pair.a.name);
            object.insert(QStringLiteral("b"), pair.b.name);
            object.insert(QStringLiteral("a_id"), pair.a.uuid);
            object.insert(QStringLiteral("b_id"), pair.b.uuid);
            QJsonArray perArticle;
            for (const auto &[articleId, figures] : pair.perArticle) {
                QJsonObject row = figuresJson(figures);
                row.insert(QStringLiteral("article"), articleId);
                perArticle.append(row);
            }
            object.insert(QStringLiteral("per_article"), perArticle);
            array.append(object);
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("pairs"), array}}));
        return Ok;
    }
    if (pairs.isEmpty()) {
        context.out() << "No two analysts annotated the same articles." << Qt::endl;
        return Ok;
    }
    for (const AgreementPair &pair : pairs) {
        const AgreementFigures &f = pair.overall;
        context.out() << pair.a.name << " / " << pair.b.name << ": " << f.articles << " articles, " << f.matchedClaims
                      << " matched claims\n"
                      << "  verdicts: kappa " << figureText(f.verdictKappa) << ", alpha " << figureText(f.verdictAlpha)
                      << "\n  kinds: alpha " << figureText(f.kindAlpha) << "\n  spans: alpha_u "
                      << figureText(f.spanAlphaU) << "\n  left out: " << f.excluded() << " claims (" << f.unmatchedClaims
                      << " without a match, " << f.orphanedClaims << " no longer in the text)\n";
    }
    context.out().flush();
    return Ok;
}

} // namespace glossa::cli
