#pragma once

#include <QSqlDatabase>

namespace dd {

struct UserRef;

// Adds a plausible roster to a demo office: 45 people's congress deputies, 25 deliberation
// and 5 consultation representatives, with valid ID numbers, in eight electoral districts.
// Deterministic: the same roster every time.
void addDemoDeputies(const QSqlDatabase& db, const UserRef& by);

} // namespace dd
