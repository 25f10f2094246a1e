#pragma once

#include "storage/tagstore.h"
#include "tagedit.h"

#include <QCoreApplication>

namespace glossa {

// Deletes a tag; the annotations and articles that had it keep their other tags. Undo restores
// the tag with its id, colour and every assignment at its old position.
class RemoveTagCommand : public TagEdit
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTagCommand)
public:
    RemoveTagCommand(Workspace *workspace, const TagAssignments &assignments, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TagAssignments m_assignments;
};

} // namespace glossa
