#pragma once

#include <QDate>

namespace dd {

class OfficeFile;

// The demo office's year of residents' opinions up to today, in every state of the lifecycle
// (each reached through the state machine, so the histories are real), with repeated raisings,
// supervision records, a few overdue, formal suggestions with replies, and the current
// 单月公告 supervision topic. In its own transaction, after the activities. Deterministic for a
// given today.
void addDemoOpinions(OfficeFile& office, const QDate& today = QDate::currentDate());

} // namespace dd
