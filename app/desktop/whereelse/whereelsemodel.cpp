#include "whereelsemodel.h"

#include <QLocale>
#include <cmath>

namespace glossa {

WhereElseModel::WhereElseModel(QObject *parent) : QAbstractTableModel(parent) {}

int WhereElseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int WhereElseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhereElseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WhereElseHit &hit = m_hits.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return hit.articleId;
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case Qt::ToolTipRole:
        return hit.passage;
    case Qt::TextAlignmentRole:
        if (index.column() == Similarity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Published:
            return hit.published.isValid() ? QLocale().toString(hit.published, QLocale::ShortFormat) : tr("Unknown");
        case Outlet:
            return hit.source.isEmpty() ? tr("Unknown") : hit.source;
        case Similarity:
            return tr("%1 %").arg(int(std::lround(hit.score * 100)));
        case Title:
            return hit.title;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WhereElseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Published:
        return tr("Date");
    case Outlet:
        return tr("Outlet");
    case Similarity:
        return tr("Similarity");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}

void WhereElseModel::setHits(const QList<WhereElseHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

} // namespace glossa
