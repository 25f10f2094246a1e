#pragma once

#include "model/claimmemory.h"
#include "model/exportdata.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

class QSqlQuery;

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
    // The claim an appearance names, whatever its verdict now (nullopt when it is gone: its
    // annotation deleted, or no longer a claim).
    std::optional<RememberedClaim> rememberedClaim(RememberedClaim::Source source, qint64 id) const;

    // Stores the fact-checks not already held (same url and claim text); -1 on failure.
    // *skipped counts those already there.
    int addFactChecks(const QList<FactCheck> &checks, int *skipped = nullptr);

    // By article, then span. The verdict filter is the claim's verdict now. An appearance of a
    // claim that is gone is not listed (it comes back with the claim, an undone deletion).
    QList<Appearance> appearances(const AppearanceQuery &query) const;
    std::optional<Appearance> appearance(qint64 id) const;
    // Records what matching proposed. A span already recorded for the same claim (proposed,
    // accepted or dismissed) is left as it is, and a library claim is never proposed over its own
    // annotation; returns how many were new, -1 on failure (nothing recorded). Reads articleId,
    // start, end, exact, claim.source, claim.id, score, match and reason of each.
    int propose(const QList<Appearance> &found);
    // Accepted (with the annotation it became) or dismissed is the acting analyst's decision, with
    // its time; Proposed reopens it (nobody's decision again). False when the appearance is not
    // there, or (team library) is another analyst's decision and this one is not an editor.
    bool setStatus(qint64 appearanceId, Appearance::Status status, qint64 acceptedAnnotationId = 0);

    // The articles where appearances of the library claim on annotation \a annotationId were
    // accepted, earliest first: ClaimReview names them among the claim's appearances.
    QList<OtherAppearance> acceptedArticles(qint64 annotationId) const;

    // "proposed", "accepted", "dismissed" → the status; nullopt for anything else.
    static std::optional<Appearance::Status> statusFromName(const QString &name);

    QString lastError() const { return m_lastError; }

private:
    bool run(QSqlQuery &sql, const QString &text, const QVariantList &values = {}) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
