#include "mergetagscommand.h"

#include "workspace.h"

namespace glossa {

MergeTagsCommand::MergeTagsCommand(Workspace *workspace, const TagAssignments &from, const TagAssignments &into,
                                   QUndoCommand *parent)
    : TagEdit(workspace, parent), m_from(from), m_into(into)
{
    setText(tr("Merge Tag “%1” into “%2”").arg(from.name, into.name));
}

void MergeTagsCommand::redo()
{
    TagStore store = workspace()->tags();
    const bool ok = store.merge(m_from.tagId, m_into.tagId);
    finish(ok, tr("The tags could not be merged: %1").arg(store.lastError()));
}

void MergeTagsCommand::undo()
{
    TagStore store = workspace()->tags();
    const bool ok = store.unmerge(m_from, m_into);
    finish(ok, tr("The merge could not be undone: %1").arg(store.lastError()));
}

} // namespace glossa
