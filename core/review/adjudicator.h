#pragma once

#include "model/annotation.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace glossa {

// One claim of an article as the analysts coded it: the claims of different analysts that sit
// on the same passage (ClaimMatcher's rule), and the final layer's decision on it, if any.
struct ClaimGroup
{
    QList<Annotation> sides;            // one per analyst who coded it, by analyst name
    std::optional<Annotation> decision; // the final layer's annotation taken from one side

    // Two sides or more, on the same characters, with the same verdict: nothing to settle.
    bool agreed() const;
};

// Settles an article's claims into its final layer, the editor's decisions, which exports use
// by default. A decision is a copy of one analyst's claim (or of it with the editor's own
// verdict), made by the acting analyst, that records which claim it took (decidedFrom), who
// decided (its analyst) and when (its created time). Taking another side of the same claim
// replaces the earlier decision. Each call is one transaction.
class Adjudicator
{
public:
    explicit Adjudicator(QSqlDatabase db);

    // The article's claims grouped by passage, in text order. Orphaned claims are not in any
    // group: no passage to compare them by.
    QList<ClaimGroup> groups(qint64 articleId) const;
    // Every agreed group that has no decision yet goes to the final layer; the decisions made,
    // or nullopt when the library refused (lastError) and nothing changed.
    std::optional<QList<Annotation>> acceptAgreed(qint64 articleId);
    // One analyst's claim (by UUID) into the final layer, with \a verdict instead of its own
    // when one is given (a verdict id of the taxonomy).
    std::optional<Annotation> accept(const QString &uuid, const QString &verdict = QString());

    QString lastError() const { return m_lastError; }

private:
    // Writes a decision taken from \a side, replacing \a previous when there is one.
    std::optional<Annotation> decide(const Annotation &side, const std::optional<Annotation> &previous,
                                     const QString &verdict);

    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace glossa
