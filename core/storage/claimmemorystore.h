#pragma once

#include "model/claimmemory.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace glossa {

struct AppearanceQuery
{
    QString verdict;                // a verdict id, or empty for any
    qint64 articleId = 0;           // 0: every article
    std::optional<Appearance::Status> status; // none: every status
    int limit = -1;
};

// The desk's claim memory and the appearances matching found, on either backend: the claims
// the library has settled, the fact-checks imported from outside, and where they reappear.
class ClaimMemoryStore
{
public:
    explicit ClaimMemoryStore(QSqlDatabase db);

    // Every claim with a verdict other than "unverified" (its analyst's or the final layer's),
    // then every imported fact-check.
    QList<RememberedClaim> rememberedClaims() const;
    std::optional<RememberedClaim> rememberedClaim(RememberedClaim::Source source, qint64 id) const;

    // Stores the fact-checks not already held (same url and claim text); -1 on failure.
    // *skipped counts those already there.
    int addFactChecks(const QList<FactCheck> &checks, int *skipped = nullptr);

    QList<Appearance> appearances(const AppearanceQuery &query) const;
    std::optional<Appearance> appearance(qint64 id) const;
    // Records what matching proposed. A span already recorded for the same claim (proposed,
    // accepted or dismissed) is left as it is; returns how many were new, -1 on failure.
    int propose(const QList<Appearance> &found);
    bool setStatus(qint64 appearanceId, Appearance::Status status, qint64 acceptedAnnotationId = 0);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
