#include "removeannotationcommand.h"

#include "workspace.h"

namespace glossa {

RemoveAnnotationCommand::RemoveAnnotationCommand(Workspace *workspace, const Annotation &annotation,
                                                 QUndoCommand *parent)
    : ArticleEditCommand(workspace, annotation.articleId, Change::Annotations, parent), m_annotation(annotation)
{
    setText(annotation.claim ? tr("Delete Claim") : tr("Delete Annotation"));
}

void RemoveAnnotationCommand::redo()
{
    AnnotationStore store = workspace()->annotations();
    const bool ok = store.remove(m_annotation.id);
    finishAnnotation(ok, tr("The annotation could not be deleted: %1").arg(store.lastError()), m_annotation.id,
                     Workspace::AnnotationChange::Removed);
}

void RemoveAnnotationCommand::undo()
{
    AnnotationStore store = workspace()->annotations();
    const bool ok = store.restore(m_annotation);
    finishAnnotation(ok, tr("The annotation could not be restored: %1").arg(store.lastError()), m_annotation.id,
                     Workspace::AnnotationChange::Added);
}

} // namespace glossa
