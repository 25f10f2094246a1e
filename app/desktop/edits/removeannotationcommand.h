#pragma once

#include "model/annotation.h"
#include "articleeditcommand.h"

#include <QCoreApplication>

namespace glossa {

// Deletes an annotation; undo restores it exactly — same id, tags, claim and timestamps.
class RemoveAnnotationCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)
public:
    // The annotation as stored, with everything that undo must put back.
    RemoveAnnotationCommand(Workspace *workspace, const Annotation &annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Annotation m_annotation;
};

} // namespace glossa
