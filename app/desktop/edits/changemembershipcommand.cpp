#include "changemembershipcommand.h"

#include "workspace.h"

namespace glossa {

ChangeMembershipCommand::ChangeMembershipCommand(Workspace *workspace, Change change, qint64 collectionId,
                                                 const QString &collectionName, const QList<qint64> &articleIds,
                                                 QUndoCommand *parent)
    : CollectionEdit(workspace, parent), m_change(change), m_collectionId(collectionId), m_articleIds(articleIds)
{
    const int count = int(articleIds.size());
    setText(change == Change::Add ? tr("Add %n Article(s) to “%1”", nullptr, count).arg(collectionName)
                                  : tr("Remove %n Article(s) from “%1”", nullptr, count).arg(collectionName));
}

void ChangeMembershipCommand::redo()
{
    write(m_change == Change::Add);
}

void ChangeMembershipCommand::undo()
{
    write(m_change != Change::Add);
}

void ChangeMembershipCommand::write(bool add)
{
    CollectionStore store = workspace()->collections();
    const int changed = add ? store.addArticles(m_collectionId, m_articleIds)
                            : store.removeArticles(m_collectionId, m_articleIds);
    finish(changed >= 0, tr("The collection could not be changed: %1").arg(store.lastError()));
}

} // namespace glossa
