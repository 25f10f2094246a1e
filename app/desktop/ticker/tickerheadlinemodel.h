#pragma once

#include "storage/headlinestore.h"

#include <QAbstractTableModel>

namespace glossa {

class Workspace;

// The headlines seen in the dumps' tickers (what else the site was running that day), newest
// dump first, optionally narrowed to those containing some words.
class TickerHeadlineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Headline, SeenIn, Imported, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit TickerHeadlineModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TickerHeadline &headlineAt(int row) const { return m_headlines.at(row); }
    QString filterText() const { return m_contains; }

public slots:
    void setFilterText(const QString &contains);
    void refresh();

private:
    Workspace *m_workspace;
    QString m_contains;
    QList<TickerHeadline> m_headlines;
};

} // namespace glossa
