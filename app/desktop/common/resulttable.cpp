#include "resulttable.h"

#include <QHeaderView>

namespace glossa {

ResultTable::ResultTable(QWidget *parent, QAbstractItemView::SelectionMode selection) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(selection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
}

} // namespace glossa
