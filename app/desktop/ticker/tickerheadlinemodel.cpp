#include "tickerheadlinemodel.h"

#include "storage/library.h"
#include "workspace.h"

#include <QFont>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace glossa {

TickerHeadlineModel::TickerHeadlineModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    // New dumps bring new headlines, and may bring the article a headline announced.
    connect(workspace, &Workspace::contentChanged, this, &TickerHeadlineModel::refresh);
    connect(workspace, &Workspace::libraryOpened, this, &TickerHeadlineModel::refresh);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &TickerHeadlineModel::onLoaded);
    refresh();
}

TickerHeadlineModel::~TickerHeadlineModel()
{
    // The read stops within milliseconds (HeadlineStore's cancel flag); waiting for it keeps its
    // connection from outliving the model.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

int TickerHeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headlines.size());
}

int TickerHeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TickerHeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TickerHeadline &headline = m_headlines.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return headline.articleId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Headline:
            return headline.text;
        case SeenIn:
            // The outlet and date of the page whose ticker showed it; the dump's file name when
            // that page's article is not in the library.
            if (headline.seenOnOutlet.isEmpty() && !headline.seenOnDate.isValid())
                return headline.fileName;
            if (!headline.seenOnDate.isValid())
                return headline.seenOnOutlet;
            return tr("%1, %2").arg(headline.seenOnOutlet.isEmpty() ? tr("Unknown outlet") : headline.seenOnOutlet,
                                    QLocale().toString(headline.seenOnDate, QLocale::ShortFormat));
        case Imported:
            return QLocale().toString(headline.importedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::FontRole:
        // The headlines whose article is in the library read as links: they open it.
        if (index.column() == Headline && headline.articleId != 0) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SeenIn)
            return tr("In the ticker of a page of %1").arg(headline.fileName);
        if (index.column() == Headline)
            return headline.articleId != 0 ? tr("In the library: double-click to open the article")
                                           : tr("This article is not in the library");
        return {};
    default:
        return {};
    }
}

QVariant TickerHeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Headline:
        return tr("Headline");
    case SeenIn:
        return tr("Seen in");
    case Imported:
        return tr("Imported");
    default:
        return {};
    }
}

void TickerHeadlineModel::setFilterText(const QString &contains)
{
    m_contains = contains.trimmed();
    refresh();
}

void TickerHeadlineModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        refresh();
}

void TickerHeadlineModel::refresh()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_workspace->isOpen()) {
        if (m_loading) { // its rows would be of a library no longer open
            m_pending = true;
            m_cancel->store(true);
        }
        beginResetModel();
        m_headlines.clear();
        endResetModel();
        return;
    }
    if (m_loading) {
        // The running read answers an older question: stop it, and ask again when it returns.
        m_pending = true;
        m_cancel->store(true);
        return;
    }
    startLoading();
}

void TickerHeadlineModel::startLoading()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString path = m_workspace->libraryPath();
    const QString contains = m_contains;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run([path, contains, cancel] {
        Loaded loaded;
        Library library; // a connection of this thread's own
        if (!library.open(path, &loaded.error))
            return loaded;
        HeadlineStore store(library.database());
        loaded.headlines = store.headlines(contains, 500, 0, cancel.get());
        loaded.error = store.lastError();
        return loaded;
    }));
    emit loadingChanged(true);
}

void TickerHeadlineModel::onLoaded()
{
    m_loading = false;
    if (m_pending) {
        m_pending = false;
        refresh(); // a new read, or the list marked stale, or emptied
        if (!m_loading)
            emit loadingChanged(false);
        return;
    }
    const Loaded loaded = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Loaded();
    beginResetModel();
    m_headlines = loaded.headlines;
    m_lastError = loaded.error;
    endResetModel();
    emit loadingChanged(false);
}

} // namespace glossa
