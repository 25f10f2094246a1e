#include "tagcommand.h"

#include "workspace.h"

namespace glossa {

TagCommand::TagCommand(Workspace *workspace, QUndoCommand *parent) : QUndoCommand(parent), m_workspace(workspace) {}

void TagCommand::finish(bool ok, const QString &error)
{
    if (!ok) {
        m_workspace->reportStorageError(error);
        setObsolete(true);
    }
    m_workspace->notifyTagsChanged();
}

} // namespace glossa
