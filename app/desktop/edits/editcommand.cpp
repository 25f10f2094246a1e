#include "editcommand.h"

#include "workspace.h"

namespace glossa {

EditCommand::EditCommand(Workspace *workspace, QUndoCommand *parent) : QUndoCommand(parent), m_workspace(workspace) {}

bool EditCommand::finish(bool ok, const QString &error)
{
    if (!ok) {
        if (!error.isEmpty()) // empty: already told otherwise (a conflict)
            m_workspace->reportStorageError(error);
        setObsolete(true);
    }
    announce(ok);
    m_firstRun = false;
    return ok;
}

} // namespace glossa
