#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>
#include <QString>

namespace glossa {

// Sets an article's note. Successive edits of the same article's note in one burst of typing
// merge into one step, so a paragraph typed in several saves is undone at once; a command that
// starts a new burst (the field was left, or another article shown, in between) stays a step of
// its own. Each write is based on the note it
// replaces: one changed meanwhile by someone else is refused and offered
// (Workspace::articleNoteConflict), never written over.
class SetArticleNoteCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetArticleNoteCommand)
public:
    SetArticleNoteCommand(Workspace *workspace, qint64 articleId, const QString &before, const QString &after,
                          bool continuesBurst = true, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x61726e; } // "arn": article note
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const QString &note, const QString &basedOn);

    QString m_before;
    QString m_after;
    bool m_continuesBurst;
};

} // namespace glossa
