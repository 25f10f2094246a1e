#pragma once

#include "storage/claimstore.h"

#include <QAbstractTableModel>

namespace glossa {

class Workspace;

// Every claim of the library that matches a ClaimQuery, one row per claim. Filtering happens in
// the query (ClaimStore); sorting is left to a QSortFilterProxyModel over SortRole.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Passage, Kind, Verdict, Claimant, Tags, Article, Outlet, Published, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        SortRole, // a value that sorts the column naturally (dates as dates, not as text)
    };

    explicit ClaimTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ClaimQuery query() const { return m_query; }
    const ClaimRow &claimAt(int row) const { return m_rows.at(row); }

public slots:
    void setQuery(const ClaimQuery &query);
    // Reads the claims again (after an edit anywhere in the library).
    void refresh();

private:
    // A bulk edit notifies every article it touched; the claims are read once after all of them.
    void scheduleRefresh();

    bool m_refreshPending = false;
    Workspace *m_workspace;
    ClaimQuery m_query;
    QList<ClaimRow> m_rows;
};

} // namespace glossa
