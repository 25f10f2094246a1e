#include "whereelselauncher.h"

#include "annotations/annotationsidebar.h"
#include "whereelsedialog.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QListView>

namespace glossa {

WhereElseLauncher::WhereElseLauncher(Workspace *workspace, AnnotationSidebar *sidebar, QWidget *dialogParent)
    : QObject(sidebar), m_workspace(workspace), m_sidebar(sidebar), m_dialogParent(dialogParent)
{
    m_action = new QAction(tr("&Where Else?…"), this);
    m_action->setObjectName(QStringLiteral("whereElseAction"));
    m_action->setToolTip(tr("Find the other articles that carry this passage"));
    sidebar->addContextAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { open(m_sidebar->selectedAnnotation()); });
    connect(sidebar->listView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WhereElseLauncher::updateEnabled);
    connect(sidebar->listView()->model(), &QAbstractItemModel::modelReset, this, &WhereElseLauncher::updateEnabled);
    updateEnabled();
}

WhereElseDialog *WhereElseLauncher::open(qint64 annotationId)
{
    const std::optional<Annotation> annotation = m_workspace->annotations().annotation(annotationId);
    if (!annotation || annotation->anchor.exact.trimmed().isEmpty())
        return nullptr;
    // Not modal: the analyst opens hits one after the other while the list stays up.
    auto *dialog = new WhereElseDialog(m_workspace, annotation->anchor.exact, annotation->articleId, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void WhereElseLauncher::updateEnabled()
{
    m_action->setEnabled(m_sidebar->selectedAnnotation() != 0);
}

} // namespace glossa
