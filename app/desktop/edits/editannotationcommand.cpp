#include "editannotationcommand.h"

#include "workspace.h"

namespace glossa {

EditAnnotationCommand::EditAnnotationCommand(Workspace *workspace, const Annotation &before, const Annotation &after,
                                             QUndoCommand *parent)
    : ArticleEditCommand(workspace, after.articleId, Change::Annotations, parent), m_before(before), m_after(after),
      m_version(before.version)
{
    Q_ASSERT(before.id == after.id);
    Annotation recoloured = after;
    recoloured.color = before.color;
    if (before.color != after.color && before.sameContent(recoloured))
        setText(tr("Change Highlight Colour"));
    else
        setText(after.claim ? tr("Edit Claim") : tr("Edit Annotation"));
}

void EditAnnotationCommand::redo()
{
    write(m_after);
}

void EditAnnotationCommand::undo()
{
    write(m_before);
}

void EditAnnotationCommand::write(Annotation annotation)
{
    AnnotationStore store = workspace()->annotations();
    annotation.version = m_version;
    const bool ok = store.update(annotation);
    if (ok)
        m_version = annotation.version;
    if (const std::optional<Annotation> theirs = store.lastConflict()) {
        workspace()->reportAnnotationConflict(annotation, *theirs);
        finishAnnotation(false, QString(), annotation.id, Workspace::AnnotationChange::Edited);
        return;
    }
    finishAnnotation(ok, tr("The annotation could not be saved: %1").arg(store.lastError()), annotation.id,
                     Workspace::AnnotationChange::Edited);
}

} // namespace glossa
