#include "librarystatuslabel.h"

#include "headlinemodel.h"
#include "workspace.h"

#include <QFileInfo>

namespace glossa {

LibraryStatusLabel::LibraryStatusLabel(Workspace *workspace, HeadlineModel *model, QWidget *parent)
    : QLabel(parent), m_workspace(workspace), m_model(model)
{
    setObjectName(QStringLiteral("libraryCounts"));
    connect(model, &QAbstractItemModel::modelReset, this, &LibraryStatusLabel::refresh);
    connect(workspace, &Workspace::articleStateChanged, this, &LibraryStatusLabel::refresh);
    connect(workspace, &Workspace::annotationsChanged, this, &LibraryStatusLabel::refresh);
    refresh();
}

void LibraryStatusLabel::refresh()
{
    if (!m_workspace->isOpen()) {
        setText(tr("No library open"));
        setToolTip(QString());
        return;
    }
    const LibraryStats stats = m_workspace->articles().stats();
    const QString shown = m_model->totalCount() == stats.articles
        ? tr("%n article(s)", nullptr, stats.articles)
        : tr("%1 of %n article(s) shown", nullptr, stats.articles).arg(m_model->totalCount());
    setText(tr("%1 · %2 unread · %3 starred · %4 annotations")
                .arg(shown)
                .arg(stats.unread)
                .arg(stats.starred)
                .arg(stats.annotations));
    setToolTip(QFileInfo(m_workspace->libraryPath()).absoluteFilePath());
}

} // namespace glossa
