#include "recolortagcommand.h"

#include "workspace.h"

namespace glossa {

RecolorTagCommand::RecolorTagCommand(Workspace *workspace, qint64 tagId, const QString &name, const QString &before,
                                     const QString &after, QUndoCommand *parent)
    : TagEdit(workspace, parent), m_tagId(tagId), m_before(before), m_after(after)
{
    setText(tr("Change Colour of Tag “%1”").arg(name));
}

void RecolorTagCommand::redo()
{
    write(m_after);
}

void RecolorTagCommand::undo()
{
    write(m_before);
}

void RecolorTagCommand::write(const QString &color)
{
    TagStore store = workspace()->tags();
    const bool ok = store.recolor(m_tagId, color);
    finish(ok, tr("The tag's colour could not be saved: %1").arg(store.lastError()));
}

} // namespace glossa
