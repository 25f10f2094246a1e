#include "decideappearancecommand.h"

#include "memory/appearancedecision.h"
#include "workspace.h"

namespace glossa {

DecideAppearanceCommand::DecideAppearanceCommand(Workspace *workspace, const Appearance &appearance,
                                                 Decision decision, QUndoCommand *parent)
    : ArticleEditCommand(workspace, appearance.articleId, Change::Annotations, parent), m_appearance(appearance),
      m_decision(decision)
{
    setText(decision == Decision::Accept ? tr("Accept Repeated Claim") : tr("Dismiss Repeated Claim"));
}

void DecideAppearanceCommand::redo()
{
    AppearanceDecision decision(workspace()->library().database());
    if (m_decision == Decision::Dismiss) {
        const bool ok = decision.dismiss(m_appearance.id); // before its error is read
        finish(ok, tr("The repeated claim could not be dismissed: %1").arg(decision.lastError()));
        return;
    }
    bool ok = false;
    if (isFirstRun()) {
        if (const std::optional<Annotation> made = decision.accept(m_appearance.id)) {
            m_annotation = *made;
            ok = true;
        }
    } else {
        ok = decision.acceptAgain(m_appearance.id, m_annotation);
    }
    finishAnnotation(ok, tr("The repeated claim could not be accepted: %1").arg(decision.lastError()), m_annotation.id,
                     Workspace::AnnotationChange::Added);
}

void DecideAppearanceCommand::undo()
{
    AppearanceDecision decision(workspace()->library().database());
    const bool ok = decision.reopen(m_appearance.id);
    const QString refusal = tr("The repeated claim could not be proposed again: %1").arg(decision.lastError());
    if (m_decision == Decision::Accept)
        finishAnnotation(ok, refusal, m_annotation.id, Workspace::AnnotationChange::Removed);
    else
        finish(ok, refusal);
}

void DecideAppearanceCommand::announce(bool ok)
{
    ArticleEditCommand::announce(ok);
    workspace()->notifyAppearancesChanged(m_appearance.articleId);
    // The headline list's mark: a dismissed repeat no longer counts.
    workspace()->notifyArticleStateChanged(m_appearance.articleId);
}

} // namespace glossa
