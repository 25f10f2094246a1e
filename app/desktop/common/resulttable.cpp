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
    // Rows are chosen, never cells edited: Tab goes on to the next control, as in a list.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
}

} // namespace glossa
