#pragma once

#include "collectionedit.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// Makes every article of a collection blind for review (each analyst sees only their own
// annotations until done), or ends it; undo puts the flag back.
class SetCollectionBlindCommand : public CollectionEdit
{
    Q_DECLARE_TR_FUNCTIONS(SetCollectionBlindCommand)
public:
    SetCollectionBlindCommand(Workspace *workspace, qint64 collectionId, const QString &name, bool blind,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(bool blind);

    qint64 m_id;
    bool m_blind;
};

} // namespace glossa
