// Claim memory: a memory of 10,000 claims (imported fact-checks, a tenth of them sentences the
// corpus carries, the rest sentences given a number no article holds), then what matching adds to
// an import of 1,000 new pages, and re-matching the whole library. On a copy of the library, so
// that the other parts read it as it was.
#include "benchcontext.h"
#include "benchcorpus.h"

#include "import/importer.h"
#include "memory/appearancescan.h"
#include "memory/claimmemoryindex.h"
#include "memory/sentences.h"
#include "storage/articletextreader.h"
#include "storage/claimmemorystore.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

namespace glossa::bench {

namespace {

constexpr int kMemoryClaims = 10000;

QList<FactCheck> memoryFrom(QSqlDatabase db)
{
    ArticleTextReader reader(db);
    const QList<qint64> ids = reader.ids();
    QRandomGenerator random(kCorpusSeed);
    QList<FactCheck> checks;
    // Sentences of news length from articles spread over the library, several from each when the
    // library is small.
    const int perArticle = qMax(1, kMemoryClaims / qMax(1, int(ids.size())) + 1);
    const int step = qMax(1, int(ids.size()) / kMemoryClaims);
    for (int i = 0; i < ids.size() && checks.size() < kMemoryClaims; i += 256 * step) {
        QList<qint64> batch;
        for (int k = i; k < qMin(int(ids.size()), i + 256 * step); k += step)
            batch.append(ids.at(k));
        for (const ArticleText &article : reader.texts(batch)) {
            int taken = 0;
            for (const Sentences::Range &range : Sentences::split(article.text)) {
                const QString sentence = article.text.mid(range.start, range.end - range.start);
                if (sentence.size() < 60 || sentence.size() > 300)
                    continue;
                FactCheck check;
                const int n = int(checks.size());
                check.claimReviewed = n % 10 == 0 ? sentence
                                                  : sentence + QStringLiteral(" (%1 %)").arg(100000 + int(random.bounded(900000)));
                check.url = QStringLiteral("https://factcheck.example/%1").arg(n);
                check.reviewer = QStringLiteral("Bench Fact Check");
                check.rating = QStringLiteral("False");
                check.verdict = QStringLiteral("false");
                check.language = article.language;
                check.published = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
                checks.append(check);
                if (++taken >= perArticle || checks.size() >= kMemoryClaims)
                    break;
            }
            if (checks.size() >= kMemoryClaims)
                break;
        }
    }
    return checks;
}

bool copyLibrary(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

void runClaimMemory(BenchContext &context)
{
    const QString part = QStringLiteral("claims");
    if (!ensureLibrary(context))
        return context.fail(part, QStringLiteral("no library to match"));
    const QString path = QDir(context.workDir).filePath(QStringLiteral("claims-%1.glossa").arg(context.articles));
    if (!copyLibrary(context.libraryPath(), path))
        return context.fail(part, QStringLiteral("cannot copy the library to %1").arg(path));
    Library library;
    QString error;
    if (!library.open(path, &error))
        return context.fail(part, error);
    ClaimMemoryStore store(library.database());
    const QList<FactCheck> checks = memoryFrom(library.database());
    if (store.addFactChecks(checks) < 0)
        return context.fail(part, store.lastError());
    const QList<RememberedClaim> claims = store.rememberedClaims();
    context.results.insert(QStringLiteral("claim_memory_claims"), int(claims.size()));

    QElapsedTimer timer;
    timer.start();
    const ClaimMemoryIndex index(claims);
    context.results.insert(QStringLiteral("claim_index_build_ms"), roundMs(timer.nsecsElapsed() / 1e6));

    // 1,000 new pages: imported here unless the import part already put them in the library.
    if (ensureCorpus(context.incrementalDir(), kCorpusSeed + 1, context.articles, kIncrementalPages) < 0)
        return context.fail(part, QStringLiteral("cannot write the incremental pages"));
    Importer importer(library);
    timer.restart();
    const ImportReport report = importer.importPaths({context.incrementalDir()}, true);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    QList<qint64> ids = ArticleTextReader(library.database()).ids();
    ids = ids.mid(qMax(0, int(ids.size()) - kIncrementalPages));
    if (report.added() == kIncrementalPages)
        context.results.insert(QStringLiteral("claim_import_1000_without_matching_s"), importSeconds);
    AppearanceScan::Scope scope;
    scope.articleIds = ids;
    const double cpuBefore = processCpuSeconds();
    timer.restart();
    const AppearanceScan::Result incremental = AppearanceScan(library.database()).run(scope);
    const double matchSeconds = timer.nsecsElapsed() / 1e9;
    if (!incremental.error.isEmpty())
        return context.fail(part, incremental.error);
    context.results.insert(QStringLiteral("claim_match_new_1000_s"), matchSeconds);
    context.results.insert(QStringLiteral("claim_match_new_1000_cpu_s"), processCpuSeconds() - cpuBefore);
    context.results.insert(QStringLiteral("claim_match_new_1000_proposed"), incremental.proposed);

    // The whole library again (what was proposed above stays; the rest is new).
    const double rematchCpuBefore = processCpuSeconds();
    timer.restart();
    const AppearanceScan::Result all = AppearanceScan(library.database()).run({});
    const double rematchSeconds = timer.nsecsElapsed() / 1e9;
    if (!all.error.isEmpty())
        return context.fail(part, all.error);
    context.results.insert(QStringLiteral("claim_rematch_s"), rematchSeconds);
    context.results.insert(QStringLiteral("claim_rematch_cpu_s"), processCpuSeconds() - rematchCpuBefore);
    context.results.insert(QStringLiteral("claim_rematch_articles"), all.articles);
    context.results.insert(QStringLiteral("claim_rematch_articles_per_s"), all.articles / rematchSeconds);
    context.results.insert(QStringLiteral("claim_rematch_proposed"), all.proposed);
    library.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace glossa::bench
