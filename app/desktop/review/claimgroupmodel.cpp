#include "claimgroupmodel.h"

#include "common/taxonomylabels.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace glossa {

ClaimGroupModel::ClaimGroupModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimGroupModel::setGroups(const QList<ClaimGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    m_analysts.clear();
    for (const ClaimGroup &group : groups) {
        for (const Annotation &side : group.sides) {
            if (std::none_of(m_analysts.cbegin(), m_analysts.cend(),
                             [&](const Analyst &a) { return a.uuid == side.analyst.uuid; }))
                m_analysts << side.analyst;
        }
    }
    std::sort(m_analysts.begin(), m_analysts.end(), [](const Analyst &a, const Analyst &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
}

int ClaimGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ClaimGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysts.size()) + 2;
}

const Annotation *ClaimGroupModel::sideOf(const ClaimGroup &group, const Analyst &analyst) const
{
    for (const Annotation &side : group.sides) {
        if (side.analyst.uuid == analyst.uuid)
            return &side;
    }
    return nullptr;
}

QVariant ClaimGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ClaimGroup &group = m_groups.at(index.row());
    if (role == AgreedRole)
        return group.agreed();
    if (role == DecidedRole)
        return group.decision.has_value();
    const int column = index.column();
    const auto claimText = [](const Annotation &a) {
        return QStringLiteral("%1 · %2").arg(TaxonomyLabels::kind(a.claim->kind), TaxonomyLabels::verdict(a.claim->verdict));
    };
    if (column == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return QStringLiteral("“%1”").arg(group.sides.first().anchor.exact.simplified());
        return QVariant();
    }
    if (column == decisionColumn()) {
        if (role == Qt::DisplayRole) {
            if (group.decision)
                return tr("%1 (by %2)").arg(claimText(*group.decision), group.decision->analyst.name);
            return group.agreed() ? tr("Agreed: not yet accepted") : tr("To settle");
        }
        if (role == Qt::ForegroundRole && !group.decision)
            return QBrush(QColor(group.agreed() ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828")));
        return QVariant();
    }
    const Annotation *side = sideOf(group, m_analysts.at(column - 1));
    switch (role) {
    case Qt::DisplayRole:
        return side ? claimText(*side) : tr("—");
    case Qt::ToolTipRole:
        return side ? QStringLiteral("“%1”").arg(side->anchor.exact) : tr("No claim of this analyst on this passage");
    case SideUuidRole:
        return side ? side->uuid : QString();
    case Qt::DecorationRole:
        return side && side->claim ? QVariant(TaxonomyLabels::verdictColor(side->claim->verdict)) : QVariant();
    default:
        return QVariant();
    }
}

QVariant ClaimGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Passage");
    if (section == decisionColumn())
        return tr("Final layer");
    return m_analysts.at(section - 1).name;
}

} // namespace glossa
