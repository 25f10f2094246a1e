#include "tickerheadlinemodel.h"

#include "workspace.h"

#include <QFont>
#include <QLocale>

namespace glossa {

TickerHeadlineModel::TickerHeadlineModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    // New dumps bring new headlines, and may bring the article a headline announced.
    connect(workspace, &Workspace::contentChanged, this, &TickerHeadlineModel::refresh);
    connect(workspace, &Workspace::libraryOpened, this, &TickerHeadlineModel::refresh);
    refresh();
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
            return headline.fileName;
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

void TickerHeadlineModel::refresh()
{
    beginResetModel();
    m_headlines = m_workspace->isOpen() ? HeadlineStore(m_workspace->library().database()).headlines(m_contains)
                                        : QList<TickerHeadline>();
    endResetModel();
}

} // namespace glossa
