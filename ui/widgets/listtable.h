#pragma once

class QTableView;

namespace dd::ui {

// How every list of records looks and behaves: whole rows selected one at a time, no editing
// in place (Enter or a double-click opens the record), alternating rows, no row numbers.
void setUpListTable(QTableView* table);

// Sizes the columns to their contents. A table whose last column stretches keeps it stretching
// to the edge (sizing undoes the stretch), never narrower than its contents: where the other
// columns leave too little room, the table scrolls sideways.
void fitColumnsToContents(QTableView* table);

// A list's columns sized the first time it has rows, then kept through its filters and sorts
// until forgetColumnWidths (another file): columns that jump at each filter are hard to
// follow, and sizing them takes some 30 ms on a district's file, most of a filter's time.
void fitColumnsOnce(QTableView* table);
void forgetColumnWidths(QTableView* table);

// The table as a spreadsheet pastes it: the headings, then each row, its cells as shown,
// tab-separated, a line each (tabs and line breaks within a cell become spaces). Hidden
// columns are left out.
QString tableText(const QTableView* table);

} // namespace dd::ui
