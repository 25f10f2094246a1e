#pragma once

#include "model/analyst.h"
#include "review/adjudicator.h"

#include <QAbstractTableModel>

namespace glossa {

// An article's claims side by side for adjudication: a row per claim (the analysts' claims on
// one passage), the passage, a column per analyst with the kind and verdict they gave, and
// the final layer's decision.
class ClaimGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SideUuidRole = Qt::UserRole + 1, // in an analyst's column: their claim's UUID, if they made one
        AgreedRole,                      // bool, any column
        DecidedRole,                     // bool, any column
    };

    explicit ClaimGroupModel(QObject *parent = nullptr);

    void setGroups(const QList<ClaimGroup> &groups);
    const QList<ClaimGroup> &groups() const { return m_groups; }
    const QList<Analyst> &analysts() const { return m_analysts; }
    int decisionColumn() const { return int(m_analysts.size()) + 1; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Annotation *sideOf(const ClaimGroup &group, const Analyst &analyst) const;

    QList<ClaimGroup> m_groups;
    QList<Analyst> m_analysts; // every analyst with a side, by name
};

} // namespace glossa
