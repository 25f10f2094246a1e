#pragma once

#include "review/agreementreport.h"

#include <QAbstractTableModel>

namespace glossa {

// Agreement figures as a table: a row per pair of analysts, or per article of one pair; the
// row's label, then articles, matched claims, verdict kappa and alpha, kind alpha, span alpha_u
// and what was left out. An undefined figure shows as "—".
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Articles, Matched, VerdictKappa, VerdictAlpha, KindAlpha, SpanAlpha, LeftOut, ColumnCount };

    explicit AgreementTableModel(const QString &labelHeader, QObject *parent = nullptr);

    void setRows(const QList<QPair<QString, AgreementFigures>> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_labelHeader;
    QList<QPair<QString, AgreementFigures>> m_rows;
};

} // namespace glossa
