#include "addannotationcommand.h"

#include "workspace.h"

namespace glossa {

AddAnnotationCommand::AddAnnotationCommand(Workspace *workspace, const Annotation &annotation,
                                           std::function<void(qint64)> onCreated, QUndoCommand *parent)
    : ArticleEditCommand(workspace, annotation.articleId, Change::Annotations, parent), m_annotation(annotation),
      m_onCreated(std::move(onCreated))
{
    if (annotation.claim)
        setText(tr("Add Claim"));
    else if (!annotation.note.isEmpty())
        setText(tr("Add Note"));
    else
        setText(tr("Add Highlight"));
}

void AddAnnotationCommand::redo()
{
    AnnotationStore store = workspace()->annotations();
    const bool first = isFirstRun();
    const bool ok = first ? store.create(m_annotation) : store.restore(m_annotation);
    finishAnnotation(ok, tr("The annotation could not be saved: %1").arg(store.lastError()), m_annotation.id,
                     Workspace::AnnotationChange::Added);
    if (ok && first && m_onCreated)
        m_onCreated(m_annotation.id);
}

void AddAnnotationCommand::undo()
{
    AnnotationStore store = workspace()->annotations();
    const bool ok = store.remove(m_annotation.id);
    finishAnnotation(ok, tr("The annotation could not be removed: %1").arg(store.lastError()), m_annotation.id,
                     Workspace::AnnotationChange::Removed);
}

} // namespace glossa
