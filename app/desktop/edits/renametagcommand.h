#pragma once

#include "tagedit.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// Renames a tag everywhere it is used (annotations and articles keep the same tag row).
class RenameTagCommand : public TagEdit
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)
public:
    RenameTagCommand(Workspace *workspace, qint64 tagId, const QString &before, const QString &after,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const QString &name);

    qint64 m_tagId;
    QString m_before;
    QString m_after;
};

} // namespace glossa
