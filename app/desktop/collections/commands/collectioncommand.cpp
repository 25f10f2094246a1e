#include "collectioncommand.h"

#include "workspace.h"

namespace glossa {

CollectionCommand::CollectionCommand(Workspace *workspace, QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace)
{
}

void CollectionCommand::finish(bool ok, const QString &error)
{
    if (!ok) {
        m_workspace->reportStorageError(error);
        setObsolete(true);
    }
    m_workspace->notifyCollectionsChanged();
}

} // namespace glossa
