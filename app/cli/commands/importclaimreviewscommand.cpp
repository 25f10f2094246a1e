#include "clicontext.h"
#include "commands.h"

#include "interchange/claimreviewreader.h"
#include "storage/claimmemorystore.h"

#include <QJsonObject>
#include <QMap>

namespace glossa::cli {

int runImportClaimReviews(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add fact-checks published outside the library to its claim memory: schema.org ClaimReview JSON-LD (one "
        "object, an array, a @graph or a DataFeed; 'export --format claimreview' writes it) or a fact-check "
        "search's export ({\"claims\": [{\"text\", \"claimant\", \"claimReview\": [...]}]}). Each rating becomes "
        "a verdict: its words (English, French, Arabic), else its ratingValue between worstRating and bestRating, "
        "else unverifiable; the reviewer's own words are kept. A fact-check already held (same page, same claim) "
        "is not added twice. A file that cannot be read, or holds a review without its claim, adds nothing."));
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON: read, added, already, verdicts.")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The fact-check file."), QStringLiteral("FILE"));
    bool help = false;
    if (!context.parse(parser, args, &help))
        return UsageError;
    if (help)
        return Ok;
    const QString path = context.singlePath(parser, QStringLiteral("import-claimreviews"), QStringLiteral("FILE"));
    if (path.isEmpty())
        return UsageError;
    ClaimReviewReader reader;
    const std::optional<QList<FactCheck>> checks = reader.readFile(path);
    if (!checks) {
        context.err() << "glossa-cli: nothing imported: " << reader.lastError() << Qt::endl;
        return InputRefused;
    }
    Library library;
    if (!context.openLibrary(library))
        return InputRefused;
    ClaimMemoryStore store(library.database());
    int already = 0;
    const int added = store.addFactChecks(*checks, &already);
    if (added < 0) {
        context.err() << "glossa-cli: nothing imported: " << store.lastError() << Qt::endl;
        return InputRefused;
    }
    QMap<QString, int> verdicts;
    for (const FactCheck &check : *checks)
        ++verdicts[check.verdict];
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject byVerdict;
        for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
            byVerdict.insert(it.key(), it.value());
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("read"), int(checks->size())},
                                                    {QStringLiteral("added"), added},
                                                    {QStringLiteral("already"), already},
                                                    {QStringLiteral("verdicts"), byVerdict}}));
    }
    QStringList counts;
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    context.err() << checks->size() << " fact-check(s) read (" << counts.join(QStringLiteral(", ")) << "), " << added
                  << " added, " << already << " already there" << Qt::endl;
    return Ok;
}

} // namespace glossa::cli
