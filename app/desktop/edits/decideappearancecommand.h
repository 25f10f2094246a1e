#pragma once

#include "articleeditcommand.h"
#include "model/annotation.h"
#include "model/claimmemory.h"

#include <QCoreApplication>

namespace glossa {

// The analyst's decision on a repeat of a checked claim the claim memory proposed, through
// AppearanceDecision. Accept: the passage becomes a claim annotation carrying the remembered
// claim, and the appearance records it. Dismiss: the appearance is kept as dismissed, so
// matching never proposes that passage again. Undo reopens the proposal (and takes away the
// annotation an acceptance made); redo puts the same annotation back with the same id.
class DecideAppearanceCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecideAppearanceCommand)
public:
    enum class Decision { Accept, Dismiss };

    DecideAppearanceCommand(Workspace *workspace, const Appearance &appearance, Decision decision,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The annotation an acceptance made (id 0 before the first redo, or for a dismissal).
    qint64 annotationId() const { return m_annotation.id; }

private:
    void announce(bool ok) override;

    Appearance m_appearance;
    Decision m_decision;
    Annotation m_annotation; // what accept() stored, for redo after undo
};

} // namespace glossa
