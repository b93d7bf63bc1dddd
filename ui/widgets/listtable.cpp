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
    if (!header->stretchLastSection())
        return;
    // Sizing undid the stretch. Stretching again gives the last column the room left, but at
    // least the width it had when the stretch was set: its contents', sized with the stretch off.
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int last = header->logicalIndex(visual);
        if (header->isSectionHidden(last))
            continue;
        header->setStretchLastSection(false);
        table->resizeColumnToContents(last);
        header->setStretchLastSection(true);
        return;
    }
}

} // namespace dd::ui
