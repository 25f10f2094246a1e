#pragma once

#include "search/whereelse.h"

#include <QAbstractTableModel>

namespace glossa {

// The articles where a passage was found again, earliest first (as WhereElse returns them):
// how a claim travelled from one outlet to the next.
class WhereElseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Published, Outlet, Similarity, Title, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, StartRole, EndRole };

    explicit WhereElseModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHits(const QList<WhereElseHit> &hits);
    const WhereElseHit &hitAt(int row) const { return m_hits.at(row); }

private:
    QList<WhereElseHit> m_hits;
};

} // namespace glossa
