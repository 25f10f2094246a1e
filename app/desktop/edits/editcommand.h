#pragma once

#include <QUndoCommand>

namespace glossa {

class Workspace;

// What every user edit does after touching the library, in one place: when the library refused
// the write, report why and mark the command obsolete, so that QUndoStack drops it and the
// history never claims a state the file does not have; then tell the views what changed.
// A command writes in redo() and undo() and ends each with finish().
class EditCommand : public QUndoCommand
{
protected:
    EditCommand(Workspace *workspace, QUndoCommand *parent);

    // Returns ok, so that a command can go on only after a write that held. An empty \a error
    // means the refusal was already reported (as a conflict to settle).
    bool finish(bool ok, const QString &error);

    // Tells the views what the write changed; called by finish() whether it held or not
    // (after a refusal some views reload, since the file may not hold what they show).
    // isFirstRun() is still true in the announce of the first redo().
    virtual void announce(bool ok) = 0;

    Workspace *workspace() const { return m_workspace; }
    // True while the first redo() runs, i.e. when the command is pushed.
    bool isFirstRun() const { return m_firstRun; }

private:
    Workspace *m_workspace;
    bool m_firstRun = true;
};

// An edit whose views are told through one of Workspace's notifiers with no arguments: tags
// (renamed, merged, recoloured, deleted) or collections (created, renamed, deleted, filled).
template<void (Workspace::*Notify)()>
class NotifyingEdit : public EditCommand
{
protected:
    using EditCommand::EditCommand;
    void announce(bool) override { (workspace()->*Notify)(); }
};

} // namespace glossa
