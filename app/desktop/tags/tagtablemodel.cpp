#include "tagtablemodel.h"

#include "common/localeorder.h"

#include <numeric>

#include "workspace.h"

#include <QColor>
#include <QPixmap>

namespace glossa {

TagTableModel::TagTableModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    // Usage counts move with every annotation edit; read once after a burst of notifications.
    connect(workspace, &Workspace::tagsChanged, this, &TagTableModel::scheduleRefresh);
    connect(workspace, &Workspace::annotationsChanged, this, &TagTableModel::scheduleRefresh);
    connect(workspace, &Workspace::articleStateChanged, this, &TagTableModel::scheduleRefresh);
    connect(workspace, &Workspace::contentChanged, this, &TagTableModel::scheduleRefresh);
    connect(workspace, &Workspace::libraryOpened, this, &TagTableModel::refresh);
    refresh();
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUsage &tag = m_tags.at(index.row());
    switch (role) {
    case TagIdRole:
        return tag.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return tag.name;
        case Annotations:
            return tag.annotations;
        case Articles:
            return tag.articles;
        default:
            return {};
        }
    case SortRole:
        // The name's place in the language's order (QCollator), which no string sort gives.
        return index.column() == Name ? QVariant(m_nameRank.value(tag.id)) : data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == Name) {
            // A tag without a colour shows an outlined empty swatch, so the names stay aligned.
            QPixmap swatch(14, 14);
            const QColor color(tag.color);
            swatch.fill(color.isValid() ? color : QColor(Qt::transparent));
            return swatch;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && !tag.color.isEmpty())
            return tr("%1 — colour %2").arg(tag.name, tag.color);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Tag");
    case Annotations:
        return tr("Annotations");
    case Articles:
        return tr("Articles");
    default:
        return {};
    }
}

int TagTableModel::rowOf(qint64 tagId) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).id == tagId)
            return row;
    }
    return -1;
}

void TagTableModel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &TagTableModel::refresh, Qt::QueuedConnection);
}

void TagTableModel::refresh()
{
    m_refreshPending = false;
    beginResetModel();
    m_tags = m_workspace->isOpen() ? m_workspace->tags().tags() : QList<TagUsage>();
    QList<int> rows(m_tags.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(),
              [this](int a, int b) { return LocaleOrder::less(m_tags.at(a).name, m_tags.at(b).name); });
    m_nameRank.clear();
    for (int rank = 0; rank < rows.size(); ++rank)
        m_nameRank.insert(m_tags.at(rows.at(rank)).id, rank);
    endResetModel();
}

} // namespace glossa
