#pragma once

#include "articleeditcommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace glossa {

// Replaces an article's tags.
class SetArticleTagsCommand : public ArticleEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetArticleTagsCommand)
public:
    SetArticleTagsCommand(Workspace *workspace, qint64 articleId, const QStringList &before,
                          const QStringList &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const QStringList &tags);

    QStringList m_before;
    QStringList m_after;
};

} // namespace glossa
