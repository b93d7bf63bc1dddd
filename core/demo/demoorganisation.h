#pragma once

#include <QSqlDatabase>

namespace dd {

class OfficeFile;
struct UserRef;

// The demo office's organisation (inside the caller's transaction, after the deputies): 12
// communities with their electoral districts, 38 grids, a 1+4+N venue tree, the committee,
// observers, handling units, and 5 groups with leaders, members and links.
void addDemoOrganisation(const QSqlDatabase& db, const UserRef& by);

// A selection round half-way through (nominations at every stage), in its own transactions.
void addDemoSelection(OfficeFile& office);

} // namespace dd
