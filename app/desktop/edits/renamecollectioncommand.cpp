#include "renamecollectioncommand.h"

#include "workspace.h"

namespace glossa {

RenameCollectionCommand::RenameCollectionCommand(Workspace *workspace, qint64 collectionId, const QString &before,
                                                 const QString &after, QUndoCommand *parent)
    : CollectionEdit(workspace, parent), m_id(collectionId), m_before(before), m_after(after.simplified())
{
    setText(tr("Rename Collection “%1” to “%2”").arg(m_before, m_after));
}

void RenameCollectionCommand::redo()
{
    write(m_after);
}

void RenameCollectionCommand::undo()
{
    write(m_before);
}

void RenameCollectionCommand::write(const QString &name)
{
    CollectionStore store = workspace()->collections();
    const bool ok = store.rename(m_id, name);
    finish(ok, tr("The collection could not be renamed: %1").arg(store.lastError()));
}

} // namespace glossa
