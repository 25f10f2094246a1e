#pragma once

#include "model/annotation.h"
#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Changes an annotation's colour, note, tags or claim: the whole annotation before and after
// is kept, and undo / redo write one or the other.
class EditAnnotationCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditAnnotationCommand)
public:
    EditAnnotationCommand(Workspace *workspace, const Annotation &before, const Annotation &after,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(Annotation annotation);

    Annotation m_before;
    Annotation m_after;
};

} // namespace glossa
