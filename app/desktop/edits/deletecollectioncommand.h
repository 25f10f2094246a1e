#pragma once

#include "collectionedit.h"
#include "storage/collectionstore.h"

#include <QCoreApplication>
#include <QList>

namespace glossa {

// Deletes a collection (never its articles). Undo puts it back with the same id and members.
class DeleteCollectionCommand : public CollectionEdit
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCollectionCommand)
public:
    DeleteCollectionCommand(Workspace *workspace, const Collection &collection, const QList<qint64> &articleIds,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Collection m_collection;
    QList<qint64> m_articleIds;
};

} // namespace glossa
