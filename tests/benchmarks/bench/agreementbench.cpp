// Agreement: 1,000 generated articles, 10,000 claims from three analysts who read them blind
// (the same passages, found by each with a few characters' difference, verdicts that differ now
// and then), and the report over all of them as `glossa-cli agreement` makes it: the codings
// read from the library, every pair of analysts computed. The median of five runs. The library
// is one of its own in the work folder, so the other parts' library stays unannotated.
#include "benchcontext.h"

#include "../corpusgenerator.h"
#include "import/documentreader.h"
#include "review/agreementreport.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

namespace glossa::bench {

namespace {

constexpr int kArticles = 1000;
constexpr int kClaimsPerAnalyst = 3334; // three analysts: 10,002 claims

bool buildLibrary(const QString &path, QString *error)
{
    QFile::remove(path);
    Library library;
    if (!library.open(path, error))
        return false;
    CorpusGenerator generator(kCorpusSeed + 7);
    QList<qint64> ids;
    {
        Transaction transaction(library.database());
        ArticleWriter writer(library.database());
        for (int i = 0; i < kArticles; ++i) {
            const QByteArray bytes = generator.page(i);
            const WriteResult result = writer.write(QStringLiteral("agreement-%1.txt").arg(i), bytes,
                                                    DocumentReader::read(bytes, QStringLiteral("page.txt")));
            ids << result.articleIds;
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
    }
    const QHash<qint64, int> lengths = AnnotationStore(library.database()).textLengths(ids);
    const QStringList verdicts = {"supported", "false", "misleading", "unverified", "disputed"};
    const QStringList kinds = {"factual", "statistic", "quote", "attribution"};
    const QList<Analyst> analysts = {Analyst::named(QStringLiteral("Bench A")), Analyst::named(QStringLiteral("Bench B")),
                                     Analyst::named(QStringLiteral("Bench C"))};
    for (int who = 0; who < analysts.size(); ++who) {
        QRandomGenerator random(11); // the same passages for everyone...
        QRandomGenerator drift(101 + quint32(who)); // ...found a little differently by each
        QList<Annotation> claims;
        const ArticleStore articles(library.database());
        for (int i = 0; i < kClaimsPerAnalyst; ++i) {
            const qint64 articleId = ids.at(i % ids.size());
            const int length = lengths.value(articleId);
            const int slot = i / int(ids.size()); // claims of one article sit in different places
            const int start = qBound(0, (length / 5) * (slot % 5) + random.bounded(40) + drift.bounded(6), length - 81);
            const int end = start + 40 + random.bounded(40);
            Annotation annotation;
            annotation.articleId = articleId;
            annotation.analyst = analysts.at(who);
            annotation.anchor.start = start;
            annotation.anchor.end = end;
            claims << annotation;
            Claim claim;
            claim.kind = kinds.at(int(random.bounded(kinds.size())));
            const int verdict = int(random.bounded(verdicts.size()));
            claim.verdict = verdicts.at(drift.bounded(5) == 0 ? (verdict + 1) % verdicts.size() : verdict);
            claims.last().claim = claim;
        }
        // Quotes from the text, as the window makes them.
        QHash<qint64, QString> texts;
        for (Annotation &annotation : claims) {
            if (!texts.contains(annotation.articleId))
                texts.insert(annotation.articleId, articles.article(annotation.articleId)->text);
            annotation.anchor.exact =
                texts.value(annotation.articleId).mid(annotation.anchor.start, annotation.anchor.end - annotation.anchor.start);
        }
        AnnotationStore store(library.database());
        if (!store.createAll(claims)) {
            *error = store.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

void runAgreement(BenchContext &context)
{
    const QString path = QDir(context.workDir).filePath(QStringLiteral("agreement-%1.glossa").arg(kArticles));
    QString error;
    if (!buildLibrary(path, &error))
        return context.fail(QStringLiteral("agreement"), error);
    Library library;
    if (!library.open(path, &error))
        return context.fail(QStringLiteral("agreement"), error);
    QList<double> runs;
    QList<AgreementPair> pairs;
    int claims = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const AnnotationStore annotations(library.database());
        const QList<qint64> ids = annotations.articlesCodedByTwoOrMore();
        const QList<Coding> codings = annotations.codings(ids);
        pairs = AgreementReport::compute(codings, annotations.textLengths(ids));
        runs << timer.nsecsElapsed() / 1e6;
        claims = int(codings.size());
    }
    context.results.insert(QStringLiteral("agreement_1000_articles_ms"), roundMs(median(runs)));
    context.results.insert(QStringLiteral("agreement_claims"), claims);
    context.results.insert(QStringLiteral("agreement_pairs"), int(pairs.size()));
    if (!pairs.isEmpty())
        context.results.insert(QStringLiteral("agreement_matched_claims_first_pair"), pairs.first().overall.matchedClaims);
}

} // namespace glossa::bench
