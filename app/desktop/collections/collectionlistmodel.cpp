#include "collectionlistmodel.h"

#include "common/articleidsmime.h"
#include "workspace.h"

namespace glossa {

CollectionListModel::CollectionListModel(Workspace *workspace, bool withAllArticlesRow, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_withAll(withAllArticlesRow)
{
    reload();
}

void CollectionListModel::reload()
{
    beginResetModel();
    m_collections = m_workspace->isOpen() ? m_workspace->collections().collections() : QList<Collection>();
    endResetModel();
}

int CollectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_collections.size()) + offset();
}

QVariant CollectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row() - offset();
    if (row < 0) { // "All articles"
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return tr("All articles");
        case Qt::ToolTipRole:
            return tr("The list is not limited to a collection");
        case CollectionIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Collection &collection = m_collections.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(collection.name).arg(collection.articles);
    case Qt::EditRole:
    case NameRole:
        return collection.name;
    case Qt::ToolTipRole:
        return tr("%1: %n article(s)", nullptr, collection.articles).arg(collection.name);
    case CollectionIdRole:
        return collection.id;
    case CountRole:
        return collection.articles;
    default:
        return {};
    }
}

Qt::ItemFlags CollectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() >= offset())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList CollectionListModel::mimeTypes() const
{
    return {ArticleIdsMime::type()};
}

Qt::DropActions CollectionListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

qint64 CollectionListModel::dropTarget(int row, const QModelIndex &parent) const
{
    // Only onto a collection's row: a drop between rows would be a guess.
    if (!parent.isValid() || row != -1)
        return 0;
    return collectionIdAt(parent.row());
}

bool CollectionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                          const QModelIndex &parent) const
{
    return dropTarget(row, parent) != 0 && data && data->hasFormat(ArticleIdsMime::type());
}

bool CollectionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = ArticleIdsMime::decode(data);
    if (ids.isEmpty())
        return false;
    emit articlesDropped(dropTarget(row, parent), ids);
    // The articles stay where they came from: nothing for the dragging view to remove.
    return false;
}

int CollectionListModel::rowOf(qint64 collectionId) const
{
    for (int i = 0; i < m_collections.size(); ++i) {
        if (m_collections.at(i).id == collectionId)
            return i + offset();
    }
    return m_withAll ? 0 : -1;
}

qint64 CollectionListModel::collectionIdAt(int row) const
{
    const int i = row - offset();
    return i >= 0 && i < m_collections.size() ? m_collections.at(i).id : 0;
}

} // namespace glossa
