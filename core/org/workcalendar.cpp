#include "workcalendar.h"

#include "org/validators.h"
#include "storage/auditlog.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

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

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

} // namespace dd

namespace dd {

namespace {
struct CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(dd::WorkCalendar)
};

// A year's entries as its audit row holds them: the holidays and the swapped working days,
// each as its date and name (2026-10-01 国庆节), in date order.
QJsonObject calendarJson(QList<CalendarDay> days)
{
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.day < b.day; });
    QJsonArray holidays;
    QJsonArray workdays;
    for (const CalendarDay& d : days) {
        const QString name = d.name.trimmed();
        const QString date = d.day.toString(Qt::ISODate);
        const QString entry = name.isEmpty() ? date : date + QLatin1Char(' ') + name;
        (d.workday ? workdays : holidays).append(entry);
    }
    return {{QStringLiteral("holidays"), holidays}, {QStringLiteral("workdays"), workdays}};
}
} // namespace

QList<int> CalendarRepository::years(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT DISTINCT CAST(substr(day, 1, 4) AS "
                                              "INTEGER) FROM calendar_days ORDER BY 1"));
    QList<int> list;
    while (q.next())
        list << q.value(0).toInt();
    return list;
}

QList<CalendarDay> CalendarRepository::days(const QSqlDatabase& db, int year)
{
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT day, kind, name FROM calendar_days WHERE day "
                                "BETWEEN ? AND ? ORDER BY day"),
                 {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    QList<CalendarDay> list;
    while (q.next())
        list << CalendarDay{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                            q.value(1).toString() == QLatin1String("workday"),
                            q.value(2).toString()};
    return list;
}

void CalendarRepository::saveYear(OfficeFile& office, int year, const QList<CalendarDay>& days)
{
    office.require(Permission::ConfigureOffice);
    QList<FieldError> errors;
    QSet<QDate> seen;
    const QString label = CalendarText::tr("Day");
    for (int i = 0; i < days.size(); ++i) {
        const CalendarDay& d = days[i];
        const auto add = [&](const QString& message) {
            errors << FieldError{QStringLiteral("days"), label,
                                 CalendarText::tr("Row %1: %2").arg(i + 1).arg(message)};
        };
        if (!d.day.isValid() || d.day.year() != year) {
            add(CalendarText::tr("the day must be a date in %1.").arg(year));
            continue;
        }
        if (seen.contains(d.day))
            add(CalendarText::tr("%1 is listed twice.").arg(d.day.toString(Qt::ISODate)));
        seen.insert(d.day);
        if (d.workday && d.day.dayOfWeek() <= 5)
            add(CalendarText::tr("%1 is a weekday; only a Saturday or Sunday can be a swapped "
                                 "working day.")
                    .arg(d.day.toString(Qt::ISODate)));
        if (const auto m = validate::text(CalendarText::tr("Name"), d.name, 20))
            add(*m);
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const QList<CalendarDay> before = CalendarRepository::days(db, year);
    sql::run(db, QStringLiteral("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"),
             {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    for (const CalendarDay& d : days)
        sql::run(db, QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"),
                 {d.day.toString(Qt::ISODate),
                  d.workday ? QStringLiteral("workday") : QStringLiteral("holiday"),
                  d.name.trimmed()});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"), QStringLiteral("calendar_days"), year,
                 calendarJson(before), calendarJson(days)});
    tx.commit();
}

} // namespace dd
