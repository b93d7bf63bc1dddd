#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dd {

// Dates as people here write them: 2024年8月14日 when the interface is Chinese, 2024-08-14
// otherwise; empty for an invalid date.
QString displayDate(const QDate& date);
QString displayDateTime(const QDateTime& time); // 2024年8月14日 09:30, local time

} // namespace dd
