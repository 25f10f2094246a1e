#pragma once

#include "model/annotation.h"
#include "model/claimmemory.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace glossa {

// An analyst's decision on an appearance, and its undo. Accepting makes the passage an
// annotation carrying the remembered claim (its kind, verdict and claimant, anchored with prefix
// and suffix, stamped with the acting analyst, its evidence naming the original: the
// fact-check's page, or the library's claim and article) and marks the appearance accepted with
// it; dismissing keeps it as dismissed, never proposed again; reopening (the undo of either)
// makes it proposed again and takes an accepted one's annotation away. Each is one transaction.
class AppearanceDecision
{
public:
    explicit AppearanceDecision(QSqlDatabase db);

    // The annotation made, as stored (id, UUID, analyst); nullopt with lastError() when the
    // appearance is not there, is accepted already, or its passage is no longer in the article.
    std::optional<Annotation> accept(qint64 appearanceId);
    // Redo of an undone accept: puts \a annotation (what accept() returned) back as it was, same
    // id and UUID, and marks the appearance accepted with it.
    bool acceptAgain(qint64 appearanceId, const Annotation &annotation);
    // Refused for an accepted appearance (reopen it first: its annotation would stay).
    bool dismiss(qint64 appearanceId);
    // Back to proposed; an accepted appearance's annotation is deleted (if it still exists).
    bool reopen(qint64 appearanceId);

    QString lastError() const { return m_error; }

    // The annotation accepting \a appearance makes over \a articleText (not stored): its anchor
    // from the text at the appearance's span, found again by its quote if the text changed;
    // nullopt when the passage is not in the text. \a original: the library claim it repeats,
    // when it is one (its summary and claimant's kind are kept; its UUID names it in the evidence).
    static std::optional<Annotation> annotationFor(const Appearance &appearance, const QString &articleText,
                                                   const std::optional<Annotation> &original = std::nullopt);
    // The evidence line pointing to the original.
    static QString evidenceFor(const Appearance &appearance, const std::optional<Annotation> &original);

private:
    std::optional<Appearance> load(qint64 appearanceId);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace glossa
