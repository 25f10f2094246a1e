#pragma once

#include "tagedit.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// Gives a tag another colour ("" for none).
class RecolorTagCommand : public TagEdit
{
    Q_DECLARE_TR_FUNCTIONS(RecolorTagCommand)
public:
    RecolorTagCommand(Workspace *workspace, qint64 tagId, const QString &name, const QString &before,
                      const QString &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const QString &color);

    qint64 m_tagId;
    QString m_before;
    QString m_after;
};

} // namespace glossa
