#include "workcalendar.h"

#include "storage/sql.h"

namespace dd {

WorkCalendar WorkCalendar::load(const QSqlDatabase& db)
{
    WorkCalendar calendar;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT day, kind FROM calendar_days"));
    while (q.next())
        calendar.m_exceptions.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                     q.value(1).toString() == QLatin1String("workday"));
    return calendar;
}

bool WorkCalendar::isWorkingDay(const QDate& day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return *it;
    return day.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int count) const
{
    QDate day = from;
    while (count > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --count;
    }
    return day;
}

} // namespace dd
