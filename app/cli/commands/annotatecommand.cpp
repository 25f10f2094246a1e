#include "clicontext.h"
#include "commands.h"

#include "anchoring/textanchoring.h"
#include "model/tagnames.h"
#include "model/taxonomy.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"

#include <QJsonObject>

namespace glossa::cli {

namespace {

QString idList(const QList<Taxonomy::Entry> &entries)
{
    QStringList ids;
    for (const Taxonomy::Entry &entry : entries)
        ids << entry.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

int runAnnotate(CliContext &context, const QStringList &args)
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Highlight a passage of an article, found by its exact text, optionally as a claim. "
        "--verdict or --claimant without --claim make a claim of kind 'factual'."));
    CliContext::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("quote"), QStringLiteral("The exact passage to highlight."), QStringLiteral("TEXT")},
        {QStringLiteral("occurrence"), QStringLiteral("Which occurrence of the passage (default 1)."), QStringLiteral("N")},
        {QStringLiteral("color"), QStringLiteral("Highlight colour: a name (%1) or #rrggbb.").arg(idList(taxonomy.colors())),
         QStringLiteral("C")},
        {QStringLiteral("tag"), QStringLiteral("Tags, separated by commas as in the window; repeat for more."), QStringLiteral("T")},
        {QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT")},
        {QStringLiteral("claim"), QStringLiteral("Claim kind: %1.").arg(idList(taxonomy.kinds())), QStringLiteral("KIND")},
        {QStringLiteral("verdict"), QStringLiteral("Verdict: %1.").arg(idList(taxonomy.verdicts())), QStringLiteral("V")},
        {QStringLiteral("claimant"), QStringLiteral("Who makes the claim."), QStringLiteral("NAME")},
        {QStringLiteral("claimant-kind"),
         QStringLiteral("Whether the claimant is a person or an organization (ClaimReview names them so)."),
         QStringLiteral("KIND")},
        {QStringLiteral("claim-summary"),
         QStringLiteral("The claim in a line, under %1 characters (ClaimReview's claimReviewed).").arg(Claim::kSummaryLength),
         QStringLiteral("TEXT")},
        {QStringLiteral("json"), QStringLiteral("Print the new annotation as JSON.")},
    });
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The article's id."), QStringLiteral("ID"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const qint64 articleId = context.singleId(parser, QStringLiteral("annotate"), QStringLiteral("article"));
    if (articleId == 0)
        return UsageError;
    const QString quote = parser.value(QStringLiteral("quote"));
    if (quote.isEmpty())
        return context.usageError(QStringLiteral("annotate needs --quote TEXT"));
    int occurrence = 1;
    if (!context.numberOption(parser, QStringLiteral("occurrence"), 1, &occurrence))
        return UsageError;

    Annotation annotation;
    annotation.articleId = articleId;
    if (!context.colorOption(parser, QStringLiteral("color"), &annotation.color))
        return UsageError;
    annotation.tags = TagNames::split(parser.values(QStringLiteral("tag")));
    annotation.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("claim")) || parser.isSet(QStringLiteral("verdict"))
        || parser.isSet(QStringLiteral("claimant")) || parser.isSet(QStringLiteral("claimant-kind"))
        || parser.isSet(QStringLiteral("claim-summary"))) {
        Claim claim;
        if (!context.kindOption(parser, QStringLiteral("claim"), &claim.kind)
            || !context.verdictOption(parser, QStringLiteral("verdict"), &claim.verdict))
            return UsageError;
        claim.claimant = parser.value(QStringLiteral("claimant"));
        const QString kind = parser.value(QStringLiteral("claimant-kind")).toLower();
        if (kind == QLatin1String("person"))
            claim.claimantKind = QStringLiteral("Person");
        else if (kind == QLatin1String("organization") || kind == QLatin1String("organisation"))
            claim.claimantKind = QStringLiteral("Organization");
        else if (!kind.isEmpty())
            return context.usageError(QStringLiteral("--claimant-kind is person or organization, not '%1'")
                                          .arg(parser.value(QStringLiteral("claimant-kind"))));
        claim.summary = parser.value(QStringLiteral("claim-summary")).simplified();
        if (claim.summary.size() >= Claim::kSummaryLength)
            return context.usageError(QStringLiteral("--claim-summary has %1 characters; keep it under %2")
                                          .arg(claim.summary.size())
                                          .arg(Claim::kSummaryLength));
        annotation.claim = claim;
    }

    Library library;
    if (!context.openLibrary(library) || !context.actAsAnalyst(library))
        return InputRefused;
    const std::optional<Article> article = ArticleStore(library.database()).article(articleId);
    if (!article) {
        context.err() << "glossa-cli: no article " << articleId << Qt::endl;
        return InputRefused;
    }
    int start = -1;
    for (int found = 0, from = 0; found < occurrence; ++found) {
        start = int(article->text.indexOf(quote, from));
        if (start < 0)
            break;
        from = start + 1;
    }
    if (start < 0) {
        context.err() << "glossa-cli: the quote was not found in article " << articleId
                      << (occurrence > 1 ? QStringLiteral(" %1 times").arg(occurrence) : QString()) << Qt::endl;
        return InputRefused;
    }
    annotation.anchor = TextAnchoring::makeAnchor(article->text, start, start + int(quote.size()));
    AnnotationStore store(library.database());
    if (!store.create(annotation)) {
        context.err() << "glossa-cli: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), annotation.id},
                                                    {QStringLiteral("article"), articleId},
                                                    {QStringLiteral("start"), annotation.anchor.start},
                                                    {QStringLiteral("end"), annotation.anchor.end}}));
    } else {
        context.out() << annotation.id << '\n';
        context.out().flush();
    }
    return Ok;
}

} // namespace glossa::cli
