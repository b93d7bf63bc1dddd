#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    // The working days after from up to and including to (0 when to is not after from).
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QHash<QDate, bool> m_exceptions; // day -> is a working day
};

class OfficeFile;

// One exception to Monday-Friday: a public holiday, or a weekend day worked in exchange (调休).
struct CalendarDay
{
    QDate day;
    bool workday = false;
    QString name; // 春节, 国庆节调休 ...
};

// The office maintains the year's holidays and swapped working days as the State Council
// publishes them.
class CalendarRepository final
{
public:
    static QList<int> years(const QSqlDatabase& db); // years with entries
    static QList<CalendarDay> days(const QSqlDatabase& db, int year);
    // Replaces the year's entries. Every day must lie in the year, appear once, and a swapped
    // working day must be a Saturday or Sunday; messages name the row.
    static void saveYear(OfficeFile& office, int year, const QList<CalendarDay>& days);
};

} // namespace dd
