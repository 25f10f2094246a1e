#include "articledeletion.h"

#include "headlineview.h"
#include "workspace.h"
#include "edits/deletearticlescommand.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace glossa {

ArticleDeletion::ArticleDeletion(Workspace *workspace, HeadlineView *view, QWidget *window)
    : QObject(window), m_workspace(workspace), m_view(view), m_window(window)
{
    m_delete = new QAction(tr("&Delete Article…"), this);
    m_delete->setObjectName(QStringLiteral("deleteArticleAction"));
    m_delete->setStatusTip(tr("Delete the selected articles with their annotations (Edit ▸ Undo brings them back)"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Only while the list has the focus: Delete in the sidebar deletes an annotation.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, [this] { deleteArticles(m_view->selectedArticleIds()); });
}

bool ArticleDeletion::deleteArticles(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty() || m_workspace->isReadOnly())
        return false;
    const QList<ArticleSummary> summaries = m_workspace->finder().summariesOf(articleIds);
    if (summaries.isEmpty())
        return false;
    int annotations = 0;
    QList<qint64> ids;
    for (const ArticleSummary &summary : summaries) {
        annotations += summary.annotationCount;
        ids << summary.id;
    }
    const QString firstTitle = summaries.constFirst().title;
    if (annotations > 0 && !confirm(ids, firstTitle, annotations))
        return false;
    const QString refusal = m_workspace->refusalOf(
        [&] { m_workspace->undoStack()->push(new DeleteArticlesCommand(m_workspace, ids, firstTitle)); });
    return refusal.isEmpty();
}

bool ArticleDeletion::confirm(const QList<qint64> &articleIds, const QString &firstTitle, int annotations)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Article"), QString(), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("confirmDeleteArticle"));
    if (articleIds.size() == 1)
        box.setText(tr("Delete “%1” and its %n annotation(s)?", nullptr, annotations).arg(firstTitle));
    else
        box.setText(tr("Delete %n article(s) and their annotations?", nullptr, int(articleIds.size())));
    box.setInformativeText(tr("Claims, notes and tags on them go too. Edit ▸ Undo brings everything back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace glossa
