#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace dd {

// Working days: Monday to Friday, except the public holidays, plus the weekend days made
// working days by 调休 — as kept in the office's calendar_days table.
class WorkCalendar final
{
public:
    static WorkCalendar load(const QSqlDatabase& db);

    bool isWorkingDay(const QDate& day) const;
    // The count-th working day after from (from itself not counted), e.g. the end of a public
    // notice of 3 working days starting on from.
    QDate addWorkingDays(const QDate& from, int count) const;

private:
    QHash<QDate, bool> m_exceptions; // day -> is a working day
};

} // namespace dd
