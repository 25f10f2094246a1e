#include "librarystatuslabel.h"

#include "headlinemodel.h"
#include "workspace.h"

#include "storage/library.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

namespace {

// Runs on a worker thread, which opens its own connection to the library.
LibraryStats statsOf(const QString &libraryPath)
{
    Library library;
    return library.open(libraryPath) ? ArticleStore(library.database()).stats() : LibraryStats();
}

} // namespace

LibraryStatusLabel::LibraryStatusLabel(Workspace *workspace, HeadlineModel *model, QWidget *parent)
    : QLabel(parent), m_workspace(workspace), m_model(model)
{
    setObjectName(QStringLiteral("libraryCounts"));
    connect(model, &QAbstractItemModel::modelReset, this, &LibraryStatusLabel::refresh);
    connect(model, &HeadlineModel::totalCountChanged, this, &LibraryStatusLabel::refresh);
    connect(workspace, &Workspace::articleStateChanged, this, &LibraryStatusLabel::refresh);
    connect(workspace, &Workspace::annotationsChanged, this, &LibraryStatusLabel::refresh);
    connect(&m_counting, &QFutureWatcher<LibraryStats>::finished, this, [this] {
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        if (m_workspace->isOpen() && m_counting.future().resultCount() > 0)
            showStats(m_counting.result());
    });
    refresh();
}

void LibraryStatusLabel::refresh()
{
    if (!m_workspace->isOpen()) {
        setText(tr("No library open"));
        setToolTip(QString());
        return;
    }
    if (m_workspace->articles().largestId() <= kBackgroundCountAbove) {
        showStats(m_workspace->articles().stats());
        return;
    }
    if (m_counting.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_counting.setFuture(QtConcurrent::run(statsOf, m_workspace->libraryPath()));
}

void LibraryStatusLabel::showStats(const LibraryStats &stats)
{
    // A large filtered list is counted in the background; until then the label says so.
    const std::optional<int> filtered = m_model->knownTotalCount();
    const QString shown = filtered == stats.articles
        ? tr("%n article(s)", nullptr, stats.articles)
        : tr("%1 of %n article(s) shown", nullptr, stats.articles)
              .arg(filtered ? QString::number(*filtered) : tr("counting…"));
    // Each figure with its own plural ("1 favori", "2 favoris"; Arabic has six forms).
    setText(QStringList{shown, tr("%n unread", nullptr, stats.unread), tr("%n starred", nullptr, stats.starred),
                        tr("%n annotation(s)", nullptr, stats.annotations)}
                .join(QStringLiteral(" · ")));
    setToolTip(QFileInfo(m_workspace->libraryPath()).absoluteFilePath());
}

} // namespace glossa
