#pragma once

#include "collectionedit.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// Renames a collection; its articles stay.
class RenameCollectionCommand : public CollectionEdit
{
    Q_DECLARE_TR_FUNCTIONS(RenameCollectionCommand)
public:
    RenameCollectionCommand(Workspace *workspace, qint64 collectionId, const QString &before, const QString &after,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const QString &name);

    qint64 m_id;
    QString m_before;
    QString m_after;
};

} // namespace glossa
