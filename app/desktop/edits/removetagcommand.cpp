#include "removetagcommand.h"

#include "workspace.h"

namespace glossa {

RemoveTagCommand::RemoveTagCommand(Workspace *workspace, const TagAssignments &assignments, QUndoCommand *parent)
    : TagEdit(workspace, parent), m_assignments(assignments)
{
    setText(tr("Delete Tag “%1”").arg(assignments.name));
}

void RemoveTagCommand::redo()
{
    TagStore store = workspace()->tags();
    const bool ok = store.remove(m_assignments.tagId);
    finish(ok, tr("The tag could not be deleted: %1").arg(store.lastError()));
}

void RemoveTagCommand::undo()
{
    TagStore store = workspace()->tags();
    const bool ok = store.restore(m_assignments);
    finish(ok, tr("The tag could not be restored: %1").arg(store.lastError()));
}

} // namespace glossa
