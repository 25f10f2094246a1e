#pragma once

#include "storage/tagstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace glossa {

class Workspace;

// The library's tags with their colour and how many annotations and articles use them.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Annotations, Articles, ColumnCount };
    enum Role { TagIdRole = Qt::UserRole + 1, SortRole };

    explicit TagTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TagUsage &tagAt(int row) const { return m_tags.at(row); }
    int rowOf(qint64 tagId) const; // -1 when absent

public slots:
    void refresh();

private:
    void scheduleRefresh();

    Workspace *m_workspace;
    QList<TagUsage> m_tags;
    QHash<qint64, int> m_nameRank; // tag id -> place in the locale's order of names
    bool m_refreshPending = false;
};

} // namespace glossa
