#pragma once

#include "collectionedit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace glossa {

// Creates a collection, empty or holding the given articles from the start ("New Collection…"
// on a selection is one step). Redo after undo puts it back with the same id, so commands pushed
// after this one (adding articles to it) still name the right collection.
class CreateCollectionCommand : public CollectionEdit
{
    Q_DECLARE_TR_FUNCTIONS(CreateCollectionCommand)
public:
    CreateCollectionCommand(Workspace *workspace, const QString &name, const QList<qint64> &articleIds = {},
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // 0 until the first redo succeeded.
    qint64 collectionId() const { return m_id; }

private:
    QString m_name;
    QList<qint64> m_articleIds;
    qint64 m_id = 0;
};

} // namespace glossa
