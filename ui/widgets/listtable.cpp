#include "listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace dd::ui {

void setUpListTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

void fitColumnsToContents(QTableView* table)
{
    table->resizeColumnsToContents();
    QHeaderView* header = table->horizontalHeader();
    if (header->stretchLastSection() && header->length() < header->viewport()->width()) {
        header->setStretchLastSection(false); // setting it again stretches the last column
        header->setStretchLastSection(true);
    }
}

} // namespace dd::ui
