#pragma once

#include "activityrepository.h"

namespace dd {

enum class PlanRule
{
    Monthly,    // every month on `day`
    Quarterly,  // the `month`-th month of each quarter (1-3), on `day`
    HalfYearly, // the `month`-th month of each half year (1-6), on `day`
    Yearly      // `month`/`day` every year
};
QString planRuleKey(PlanRule rule);
PlanRule planRuleFromKey(const QString& key);
QString planRuleName(PlanRule rule);

// A recurring plan: 小区协商会 quarterly, 代表接待日 monthly on the 10th, 议事代表大会 twice a
// year, each group's quarterly activity. Its occurrences are computed; one becomes real when
// an activity is recorded for it.
struct ActivityPlan
{
    qint64 id = 0;
    qint64 kindId = 0;
    QString title;
    PlanRule rule = PlanRule::Monthly;
    int month = 1; // within the period (see PlanRule)
    int day = 1;   // a shorter month uses its last day
    QTime time = QTime(9, 0);
    std::optional<qint64> groupId;
    std::optional<qint64> venueId;
    QDate firstDay;
    QDate lastDay; // invalid: open-ended

    QList<QDate> occurrences(const QDate& from, const QDate& to) const;
    QString describe() const; // 每季度第1个月10日 09:00
    QList<FieldError> validate() const;
};

class PlanRepository final
{
public:
    static QList<ActivityPlan> list(const QSqlDatabase& db);
    static ActivityPlan load(const QSqlDatabase& db, qint64 id);
    static qint64 save(OfficeFile& office, const ActivityPlan& plan);
    // Inside the caller's transaction, with the audit row.
    static qint64 save(const QSqlDatabase& db, const UserRef& by, const ActivityPlan& plan);
    // Activities recorded for the plan keep their record and lose the link; so does a
    // supervision topic whose session it planned.
    static void remove(OfficeFile& office, qint64 id);
    // Inside the caller's transaction, with the audit row.
    static void remove(const QSqlDatabase& db, const UserRef& by, qint64 id);

    // The plans' occurrences between from and to that have no recorded activity: Planned from
    // today on, Missed before today.
    static QList<ActivityListRow> pending(const QSqlDatabase& db, const ActivityFilter& filter,
                                          const QDate& today = QDate::currentDate());
    // Recorded activities and pending occurrences together, by date (the calendar and the
    // year's list).
    static QList<ActivityListRow>
    calendar(const QSqlDatabase& db, const ActivityFilter& filter,
             const QDate& today = QDate::currentDate(),
             ActivityRepository::ListDetail detail = ActivityRepository::ListDetail::WithFigures);
    // A new activity for an occurrence: kind, title, time, group with its members expected,
    // venue, the kind's minutes template, and the link to the plan.
    static Activity draft(const QSqlDatabase& db, qint64 planId, const QDate& date);
};

} // namespace dd
