#pragma once

#include "model/annotation.h"
#include "articleeditcommand.h"

#include <QCoreApplication>
#include <functional>

namespace glossa {

// Adds an annotation. Redo after undo puts it back with the same id, so later commands in the
// history that refer to it still find it.
class AddAnnotationCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddAnnotationCommand)
public:
    // onCreated is called once, with the new id, when the first redo stored the annotation.
    AddAnnotationCommand(Workspace *workspace, const Annotation &annotation,
                         std::function<void(qint64)> onCreated = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 annotationId() const { return m_annotation.id; }

private:
    Annotation m_annotation;
    std::function<void(qint64)> m_onCreated;
};

} // namespace glossa
