#include "searchplanner.h"

#include "ftsindexreader.h"
#include "ftsquery.h"
#include "storage/articlestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace glossa {

namespace {

// Searches of plain words that at least a quarter of the newest kDensityWindow articles match
// are probed row by row along the list's index: the first page then costs a few lookups per
// row shown, where building the set of every match would read the whole index.
constexpr int kDenseShareDivisor = 4;
constexpr int kDensityWindow = 2000;

// Probing a phrase costs about pageSize / density row checks, each seeking every segment of
// the full-text index for every word; building its set reads every position of its words,
// in proportion to the library for common words. Measured on the 100k generated library (two
// common words as a phrase, 5 % of the articles): a check costs ~22 µs plus ~2.6 µs per
// segment, the set ~0.18 µs per article, hence: probe when checks × (kCheckFixedSegments +
// segments) × kCheckWeight < articles. At 100k with 24 segments a 5 % phrase builds its set
// (probing measured 85 ms against 18); at 1M with 18 it is probed (120-133 ms against 206-250).
constexpr qint64 kCheckFixedSegments = 8;
constexpr qint64 kCheckWeight = 14;
// A prefix standing for more words than this keeps FTS5's prefix query: each probe of an OR
// seeks every word.
constexpr int kMaxPrefixTerms = 16;

// True when \a match has only single words: no phrase (a literal holding a space) and no
// prefix (a '*' after a literal). Probing one row for those costs a seek per word; for a
// prefix, FTS5 merges every word that starts with it on each probe.
bool hasOnlyWords(const QString &match)
{
    bool inLiteral = false;
    for (const QChar c : match) {
        if (c == QLatin1Char('"'))
            inLiteral = !inLiteral; // a doubled quote inside a literal toggles twice
        else if (inLiteral && c == QLatin1Char(' '))
            return false;
        else if (!inLiteral && c == QLatin1Char('*'))
            return false;
    }
    return true;
}

bool prefixIn(const QString &match)
{
    bool inLiteral = false;
    for (const QChar c : match) {
        if (c == QLatin1Char('"'))
            inLiteral = !inLiteral;
        else if (!inLiteral && c == QLatin1Char('*'))
            return true;
    }
    return false;
}

} // namespace

SearchPlanner::SearchPlanner(QSqlDatabase db) : m_db(db) {}

bool SearchPlanner::hasPrefix(const QString &match)
{
    return prefixIn(match);
}

SearchPlan SearchPlanner::planSearch(const QString &match, int pageSize) const
{
    if (match.isEmpty())
        return SearchPlan::None;
    const qint64 maxId = ArticleStore(m_db).largestId();
    if (maxId < kSelectiveMatches)
        return SearchPlan::Selective; // a small library: ranking every match is cheap
    QSqlQuery sql(m_db);
    // How dense is the search among the newest articles? A window of ids is read off the
    // full-text index by seeking, so this costs the same whatever the library's size.
    const qint64 window = qMin<qint64>(kDensityWindow, maxId);
    const auto windowMatches = [&]() -> qint64 {
        sql.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ?"));
        sql.addBindValue(match);
        sql.addBindValue(maxId - window);
        return sql.exec() && sql.next() ? sql.value(0).toLongLong() : 0;
    };
    // Plain words, dense: probed (a probe costs a seek per word).
    if (hasOnlyWords(match) && windowMatches() * kDenseShareDivisor >= window)
        return SearchPlan::Probed;
    if (isSelective(match))
        return SearchPlan::Selective;
    // Phrases: probed only where that is estimated cheaper than building the set, which reads
    // every position of their words. Sparser plain words keep the set, whose cost follows
    // their own matches (at 1M, three Arabic words in 10 % of the articles: set 23-33 ms,
    // probed 26-49). A prefix is never probed: FTS5 merges the doclist of every word it
    // stands for on each probe.
    if (pageSize <= 0 || hasOnlyWords(match) || prefixIn(match))
        return SearchPlan::Materialized;
    const qint64 inWindow = windowMatches();
    const std::optional<int> segments = FtsIndexReader(m_db).segmentCount();
    if (inWindow <= 0 || !segments)
        return SearchPlan::Materialized;
    const qint64 checks = qint64(pageSize) * window / inWindow;
    return checks * (kCheckFixedSegments + *segments) * kCheckWeight < maxId ? SearchPlan::Probed
                                                                             : SearchPlan::Materialized;
}

bool SearchPlanner::isSelective(const QString &match) const
{
    // Counting stops at the threshold: the probe reads at most that many matches.
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)"));
    sql.addBindValue(match);
    sql.addBindValue(kSelectiveMatches);
    if (!sql.exec() || !sql.next()) {
        return true;
    }
    return sql.value(0).toInt() < kSelectiveMatches;
}

PlannedSearch SearchPlanner::plannedSearch(const QString &match, int pageSize) const
{
    if (!prefixIn(match))
        return {match, planSearch(match, pageSize)};
    const FtsIndexReader index(m_db);
    const auto termsOf = [&index](const QString &prefix) { return index.prefixTerms(prefix, kMaxPrefixTerms); };
    const std::optional<QString> words = FtsQuery::replacePrefixes(match, termsOf);
    if (!words)
        return {match, planSearch(match, pageSize)};
    // The words match the same articles as the prefix, so they are ranked when it would be
    // (counted first: the density rule of plain words must not decide it), and then the
    // prefix stays: bm25 weighs each word of an OR apart.
    if (ArticleStore(m_db).largestId() < kSelectiveMatches || isSelective(*words))
        return {match, SearchPlan::Selective};
    return {*words, planSearch(*words, pageSize)};
}

} // namespace glossa
