#pragma once

#include "model/annotation.h"
#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Changes an annotation's colour, note, tags or claim: the whole annotation before and after
// is kept, and undo / redo write one or the other, each based on the row as the previous write
// left it: when someone else changed it in between, the write is refused and both versions are
// offered to the user (Workspace::annotationConflict), never written over.
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
    // The row's version the next write is based on: the one read, then each write's own.
    int m_version;
};

} // namespace glossa
