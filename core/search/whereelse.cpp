#include "whereelse.h"

#include "passagematcher.h"
#include "storage/passagestore.h"

#include <algorithm>

namespace glossa {

WhereElse::WhereElse(QSqlDatabase db) : m_db(db) {}

QStringList WhereElse::phrases(const QStringList &words)
{
    // A passage made only of common words: its copies share runs of words with it, which is
    // what the shingles compare too. A few runs spread over the passage stand for it.
    QStringList result;
    const int size = PassageMatcher::kShingleWords;
    const int runs = int(words.size()) / size;
    const int step = qMax(1, runs / kPhrases);
    for (int run = 0; run < runs && result.size() < kPhrases; run += step)
        result << words.mid(run * size, size).join(QLatin1Char(' '));
    if (result.isEmpty() && !words.isEmpty())
        result << words.join(QLatin1Char(' '));
    return result;
}

QList<WhereElseHit> WhereElse::find(const QString &passage, qint64 excludeArticleId, double minimumScore) const
{
    QList<WhereElseHit> hits;
    const PassageMatcher matcher(passage);
    if (!matcher.isUsable())
        return hits;
    // The rarest words find the few articles worth comparing, through the full-text index;
    // shingles then decide which of them really carry the passage.
    PassageStore store(m_db);
    QStringList rare;
    for (const auto &word : store.rarestWords(matcher.words(), kRareWords)) {
        // Ranking every article that holds a common word would cost more than all the rest.
        if (word.second < PassageStore::kRarityCap)
            rare << word.first;
    }
    if (rare.isEmpty())
        rare = phrases(matcher.words());
    const QList<PassageCandidate> candidates = store.candidates(rare, excludeArticleId, kCandidates);
    if (!store.lastError().isEmpty())
        m_lastError = store.lastError();
    for (const PassageCandidate &candidate : candidates) {
        const std::optional<PassageMatcher::Match> match = matcher.bestMatch(candidate.text);
        if (!match || match->score < minimumScore)
            continue;
        WhereElseHit hit;
        hit.articleId = candidate.articleId;
        hit.title = candidate.title;
        hit.source = candidate.source;
        hit.published = candidate.published;
        hit.url = candidate.url;
        hit.contentHash = candidate.contentHash;
        hit.score = match->score;
        hit.start = match->start;
        hit.end = match->end;
        hit.passage = candidate.text.mid(match->start, match->end - match->start);
        hits.append(hit);
    }
    // Earliest first; undated articles after the dated ones.
    std::stable_sort(hits.begin(), hits.end(), [](const WhereElseHit &a, const WhereElseHit &b) {
        if (a.published.isValid() != b.published.isValid())
            return a.published.isValid();
        if (a.published != b.published)
            return a.published < b.published;
        return a.articleId < b.articleId;
    });
    return hits;
}

} // namespace glossa
