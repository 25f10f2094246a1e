#pragma once

#include <QTableView>

namespace glossa {

// The read-only table every list of results uses (claims, annotation search, where-else, ticker
// headlines, tags): whole rows are selected, cells are not edited in place, rows alternate in
// colour and stay one line high, and there is no row-number header.
class ResultTable : public QTableView
{
    Q_OBJECT
public:
    explicit ResultTable(QWidget *parent = nullptr,
                         QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);
};

} // namespace glossa
