#include "createcollectioncommand.h"

#include "workspace.h"

namespace glossa {

CreateCollectionCommand::CreateCollectionCommand(Workspace *workspace, const QString &name,
                                                 const QList<qint64> &articleIds, QUndoCommand *parent)
    : CollectionEdit(workspace, parent), m_name(name.simplified()), m_articleIds(articleIds)
{
    setText(tr("New Collection “%1”").arg(m_name));
}

void CreateCollectionCommand::redo()
{
    CollectionStore store = workspace()->collections();
    bool ok = false;
    if (m_id == 0) {
        m_id = store.create(m_name);
        ok = m_id != 0 && (m_articleIds.isEmpty() || store.addArticles(m_id, m_articleIds) >= 0);
    } else {
        ok = store.restore(Collection{m_id, m_name, 0}, m_articleIds);
    }
    finish(ok, tr("The collection could not be created: %1").arg(store.lastError()));
}

void CreateCollectionCommand::undo()
{
    CollectionStore store = workspace()->collections();
    const bool ok = store.remove(m_id);
    finish(ok, tr("The collection could not be removed: %1").arg(store.lastError()));
}

} // namespace glossa
