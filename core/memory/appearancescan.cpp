#include "appearancescan.h"

#include "claimmemoryindex.h"
#include "storage/articletextreader.h"
#include "storage/claimmemorystore.h"

#include <QtConcurrent>

namespace glossa {

namespace {

// Articles read and matched per round: enough to keep every core busy, few enough that progress
// moves and a cancel is heard within a moment.
constexpr int kBatchArticles = 256;

struct Matched
{
    qint64 articleId = 0;
    QList<Appearance> found;
};

// A library claim is not news in the article it was made in, where it is: its own passage (the
// claim's text where the article holds it) is left out.
bool isOwnPassage(const RememberedClaim &claim, const ArticleText &article, int start, int end)
{
    if (claim.source != RememberedClaim::Source::Library || claim.articleId != article.id || claim.text.isEmpty())
        return false;
    for (qsizetype at = article.text.indexOf(claim.text); at >= 0; at = article.text.indexOf(claim.text, at + 1)) {
        if (at < end && start < at + claim.text.size())
            return true;
    }
    return false;
}

Matched matchArticle(const ClaimMemoryIndex &index, const ArticleText &article)
{
    Matched matched;
    matched.articleId = article.id;
    for (const ClaimMemoryIndex::Hit &hit : index.match(article.text, article.language)) {
        const RememberedClaim &claim = index.claim(hit.claimIndex);
        if (isOwnPassage(claim, article, hit.start, hit.end))
            continue;
        Appearance appearance;
        appearance.articleId = article.id;
        appearance.start = hit.start;
        appearance.end = hit.end;
        appearance.exact = article.text.mid(hit.start, hit.end - hit.start);
        appearance.claim = claim;
        appearance.score = hit.score;
        appearance.match = hit.match;
        appearance.reason = hit.reason;
        matched.found.append(appearance);
    }
    return matched;
}

} // namespace

AppearanceScan::AppearanceScan(QSqlDatabase db) : m_db(std::move(db)) {}

AppearanceScan::Result AppearanceScan::run(const Scope &scope, const Progress &progress)
{
    Result result;
    ClaimMemoryStore memory(m_db);
    const QList<RememberedClaim> claims = memory.rememberedClaims();
    if (!memory.lastError().isEmpty()) {
        result.error = memory.lastError();
        return result;
    }
    result.claims = int(claims.size());
    ArticleTextReader reader(m_db);
    const QList<qint64> ids = scope.articleIds.isEmpty() ? reader.ids(scope.since) : scope.articleIds;
    if (!reader.lastError().isEmpty()) {
        result.error = reader.lastError();
        return result;
    }
    if (claims.isEmpty() || ids.isEmpty()) {
        if (progress)
            progress(int(ids.size()), int(ids.size()));
        result.articles = claims.isEmpty() ? 0 : int(ids.size());
        return result;
    }
    const ClaimMemoryIndex index(claims);
    const int total = int(ids.size());
    // Matched in the round before, proposed in this one while the workers match the next batch
    // (reading and writing stay on this thread, which holds the connection).
    QList<Appearance> pending;
    int pendingArticles = 0;
    auto proposePending = [&]() {
        result.articles += pendingArticles;
        pendingArticles = 0;
        if (pending.isEmpty())
            return true;
        const int added = memory.propose(pending);
        pending.clear();
        if (added < 0) {
            result.error = memory.lastError();
            return false;
        }
        result.proposed += added;
        return true;
    };
    QList<ArticleText> batch = reader.texts(ids.mid(0, kBatchArticles));
    if (!reader.lastError().isEmpty()) {
        result.error = reader.lastError();
        return result;
    }
    for (int from = 0; from < total; from += kBatchArticles) {
        if (progress && !progress(from, total)) {
            // What was matched is kept, as what was proposed.
            if (proposePending())
                result.cancelled = true;
            return result;
        }
        QFuture<Matched> matching = QtConcurrent::mapped(
            batch, [&index](const ArticleText &article) { return matchArticle(index, article); });
        const bool proposed = proposePending();
        QList<ArticleText> next;
        QString readError;
        if (proposed && from + kBatchArticles < total) {
            next = reader.texts(ids.mid(from + kBatchArticles, kBatchArticles));
            readError = reader.lastError();
        }
        matching.waitForFinished();
        if (!proposed)
            return result;
        for (const Matched &m : matching.results())
            pending += m.found;
        pendingArticles = int(batch.size());
        if (!readError.isEmpty()) {
            if (proposePending())
                result.error = readError;
            return result;
        }
        batch = std::move(next);
    }
    if (!proposePending())
        return result;
    if (progress)
        progress(total, total);
    return result;
}

} // namespace glossa
