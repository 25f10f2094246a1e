#include "decideclaimscommand.h"

#include "review/adjudicator.h"
#include "storage/annotationstore.h"
#include "storage/transaction.h"
#include "workspace.h"

namespace glossa {

DecideClaimsCommand::DecideClaimsCommand(Workspace *workspace, qint64 articleId, const QString &sideUuid,
                                         const QString &verdict)
    : ArticleEditCommand(workspace, articleId, Change::Annotations, nullptr), m_sideUuid(sideUuid), m_verdict(verdict)
{
    setText(sideUuid.isEmpty() ? tr("Accept Agreed Claims") : tr("Decide a Claim"));
}

DecideClaimsCommand *DecideClaimsCommand::acceptAgreed(Workspace *workspace, qint64 articleId)
{
    return new DecideClaimsCommand(workspace, articleId, QString(), QString());
}

DecideClaimsCommand *DecideClaimsCommand::accept(Workspace *workspace, qint64 articleId, const QString &sideUuid,
                                                 const QString &verdict)
{
    return new DecideClaimsCommand(workspace, articleId, sideUuid, verdict);
}

void DecideClaimsCommand::redo()
{
    Adjudicator adjudicator(workspace()->library().database());
    if (isFirstRun()) {
        if (m_sideUuid.isEmpty()) {
            const std::optional<QList<Annotation>> made = adjudicator.acceptAgreed(articleId());
            m_added = made.value_or(QList<Annotation>());
            finish(made.has_value(), tr("The decisions could not be saved: %1").arg(adjudicator.lastError()));
            if (made && made->isEmpty())
                setObsolete(true); // nothing was agreed and undecided: nothing to undo
            return;
        }
        // The decision the side's claim had, which the new one replaces.
        for (const ClaimGroup &group : adjudicator.groups(articleId())) {
            for (const Annotation &side : group.sides) {
                if (side.uuid == m_sideUuid && group.decision)
                    m_removed = {*group.decision};
            }
        }
        const std::optional<Annotation> made = adjudicator.accept(m_sideUuid, m_verdict);
        if (made)
            m_added = {*made};
        finish(made.has_value(), tr("The decision could not be saved: %1").arg(adjudicator.lastError()));
        return;
    }
    AnnotationStore store = workspace()->annotations();
    Transaction transaction(workspace()->library().database());
    bool ok = transaction.isActive();
    for (const Annotation &replaced : std::as_const(m_removed))
        ok = ok && store.remove(replaced.id);
    for (const Annotation &decision : std::as_const(m_added))
        ok = ok && store.restore(decision);
    ok = ok && transaction.commit();
    finish(ok, tr("The decisions could not be saved: %1").arg(store.lastError()));
}

void DecideClaimsCommand::undo()
{
    AnnotationStore store = workspace()->annotations();
    Transaction transaction(workspace()->library().database());
    bool ok = transaction.isActive();
    for (const Annotation &decision : std::as_const(m_added))
        ok = ok && store.remove(decision.id);
    for (const Annotation &replaced : std::as_const(m_removed))
        ok = ok && store.restore(replaced);
    ok = ok && transaction.commit();
    finish(ok, tr("The decisions could not be taken back: %1").arg(store.lastError()));
}

} // namespace glossa
