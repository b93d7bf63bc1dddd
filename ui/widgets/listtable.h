#pragma once

class QTableView;

namespace dd::ui {

// How every list of records looks and behaves: whole rows selected one at a time, no editing
// in place (Enter or a double-click opens the record), alternating rows, no row numbers.
void setUpListTable(QTableView* table);

} // namespace dd::ui
