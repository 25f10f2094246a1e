#include "renametagcommand.h"

#include "workspace.h"

namespace glossa {

RenameTagCommand::RenameTagCommand(Workspace *workspace, qint64 tagId, const QString &before, const QString &after,
                                   QUndoCommand *parent)
    : TagEdit(workspace, parent), m_tagId(tagId), m_before(before), m_after(after)
{
    setText(tr("Rename Tag “%1” to “%2”").arg(before, after));
}

void RenameTagCommand::redo()
{
    write(m_after);
}

void RenameTagCommand::undo()
{
    write(m_before);
}

void RenameTagCommand::write(const QString &name)
{
    TagStore store = workspace()->tags();
    const bool ok = store.rename(m_tagId, name);
    finish(ok, tr("The tag could not be renamed: %1").arg(store.lastError()));
}

} // namespace glossa
