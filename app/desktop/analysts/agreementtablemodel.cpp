#include "agreementtablemodel.h"

#include <QLocale>

namespace glossa {

AgreementTableModel::AgreementTableModel(const QString &labelHeader, QObject *parent)
    : QAbstractTableModel(parent), m_labelHeader(labelHeader)
{
}

void AgreementTableModel::setRows(const QList<QPair<QString, AgreementFigures>> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto &[label, f] = m_rows.at(index.row());
    const QLocale locale;
    const auto figure = [&](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 3) : QStringLiteral("—");
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() == Label ? QVariant() : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LeftOut)
        return tr("%n claim(s) without a partner claim", nullptr, f.unmatchedClaims) + QStringLiteral(", ")
            + tr("%n no longer in the text", nullptr, f.orphanedClaims);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case Label:
        return label;
    case Articles:
        return locale.toString(f.articles);
    case Matched:
        return locale.toString(f.matchedClaims);
    case VerdictKappa:
        return figure(f.verdictKappa);
    case VerdictAlpha:
        return figure(f.verdictAlpha);
    case KindAlpha:
        return figure(f.kindAlpha);
    case SpanAlpha:
        return figure(f.spanAlphaU);
    case LeftOut:
        return locale.toString(f.excluded());
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Label:
        return m_labelHeader;
    case Articles:
        return tr("Articles");
    case Matched:
        return tr("Matched claims");
    case VerdictKappa:
        return tr("Verdict κ");
    case VerdictAlpha:
        return tr("Verdict α");
    case KindAlpha:
        return tr("Kind α");
    case SpanAlpha:
        return tr("Span αu");
    case LeftOut:
        return tr("Left out");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace glossa
