#pragma once

#include "storage/tagstore.h"
#include "tagedit.h"

#include <QCoreApplication>

namespace glossa {

// Moves every use of one tag onto another and deletes the first. Both tags' assignments are
// taken before the merge, so undo puts back exactly who had which tag.
class MergeTagsCommand : public TagEdit
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)
public:
    MergeTagsCommand(Workspace *workspace, const TagAssignments &from, const TagAssignments &into,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TagAssignments m_from;
    TagAssignments m_into;
};

} // namespace glossa
