#pragma once

#include <QUndoCommand>

namespace glossa {

class Workspace;

// What every collection edit does after touching the library: tell the views that collections
// changed and, when the library refused the write, report why and drop the command from the
// history (so the history never claims a state the file does not have).
class CollectionCommand : public QUndoCommand
{
protected:
    CollectionCommand(Workspace *workspace, QUndoCommand *parent);

    // Call at the end of redo() and undo().
    void finish(bool ok, const QString &error);

    Workspace *workspace() const { return m_workspace; }

private:
    Workspace *m_workspace;
};

} // namespace glossa
