#pragma once

#include "storage/collectionstore.h"

#include <QAbstractListModel>
#include <QList>

namespace glossa {

class Workspace;

// The collections of the library, by name, each with its article count; optionally led by an
// "All articles" row (id 0) for choosers that filter by collection. Articles dragged from the
// headline list can be dropped on a collection's row: the model announces the drop and leaves
// the (undoable) edit to its owner. The owner calls reload() when collections change, so it can
// keep its own current row across the reset.
class CollectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CollectionIdRole = Qt::UserRole + 1, NameRole, CountRole };

    CollectionListModel(Workspace *workspace, bool withAllArticlesRow, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The row of a collection; the "All articles" row (or -1 without one) for id 0 or an unknown id.
    int rowOf(qint64 collectionId) const;
    qint64 collectionIdAt(int row) const;
    int collectionCount() const { return int(m_collections.size()); }

public slots:
    void reload();

signals:
    void articlesDropped(qint64 collectionId, const QList<qint64> &articleIds);

private:
    int offset() const { return m_withAll ? 1 : 0; }
    // The collection a drop on \a parent (or between rows, at \a row) lands on; 0 for none.
    qint64 dropTarget(int row, const QModelIndex &parent) const;

    Workspace *m_workspace;
    bool m_withAll;
    QList<Collection> m_collections;
};

} // namespace glossa
