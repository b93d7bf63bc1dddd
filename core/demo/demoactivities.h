#pragma once

#include <QDate>

namespace dd {

class OfficeFile;

// The demo office's year of activities up to today (every kind, with attendance, topics,
// minutes, decisions, action items and checklist progress), the recurring plans that fill
// the rest of the year, and one planned occurrence left unrecorded. In its own transaction,
// after the organisation. Deterministic for a given today.
void addDemoActivities(OfficeFile& office, const QDate& today = QDate::currentDate());

} // namespace dd
