#include "deletecollectioncommand.h"

#include "workspace.h"

namespace glossa {

DeleteCollectionCommand::DeleteCollectionCommand(Workspace *workspace, const Collection &collection,
                                                 const QList<qint64> &articleIds, QUndoCommand *parent)
    : CollectionEdit(workspace, parent), m_collection(collection), m_articleIds(articleIds)
{
    setText(tr("Delete Collection “%1”").arg(collection.name));
}

void DeleteCollectionCommand::redo()
{
    CollectionStore store = workspace()->collections();
    const bool ok = store.remove(m_collection.id);
    finish(ok, tr("The collection could not be deleted: %1").arg(store.lastError()));
}

void DeleteCollectionCommand::undo()
{
    CollectionStore store = workspace()->collections();
    const bool ok = store.restore(m_collection, m_articleIds);
    finish(ok, tr("The collection could not be restored: %1").arg(store.lastError()));
}

} // namespace glossa
