#pragma once

#include "report/report.h"

#include <QSqlDatabase>

namespace dd {

// A meeting's minutes as printed and exported: particulars, attendance counts, topics, the
// minutes text, decisions, action items and the attendance roster; the page header carries
// the office name and the meeting's date.
Report minutesReport(const QSqlDatabase& db, qint64 activityId);

} // namespace dd
