#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace glossa {

// Replaces an article's tags. As with the note (SetArticleNoteCommand), the saves of one burst
// of typing merge into one step.
class SetArticleTagsCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetArticleTagsCommand)
public:
    SetArticleTagsCommand(Workspace *workspace, qint64 articleId, const QStringList &before,
                          const QStringList &after, bool continuesBurst = true, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x617274; } // "art": article tags
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const QStringList &tags);

    QStringList m_before;
    QStringList m_after;
    bool m_continuesBurst;
};

} // namespace glossa
