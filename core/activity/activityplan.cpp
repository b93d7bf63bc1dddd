#include "activityplan.h"

#include "org/deputygroup.h"
#include "org/validators.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ActivityPlan)
};

int periodMonths(PlanRule rule)
{
    switch (rule) {
    case PlanRule::Monthly:
        return 1;
    case PlanRule::Quarterly:
        return 3;
    case PlanRule::HalfYearly:
        return 6;
    case PlanRule::Yearly:
        return 12;
    }
    return 12;
}
} // namespace

QString planRuleKey(PlanRule rule)
{
    switch (rule) {
    case PlanRule::Monthly:
        return QStringLiteral("monthly");
    case PlanRule::Quarterly:
        return QStringLiteral("quarterly");
    case PlanRule::HalfYearly:
        return QStringLiteral("half_yearly");
    case PlanRule::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

PlanRule planRuleFromKey(const QString& key)
{
    for (PlanRule r :
         {PlanRule::Monthly, PlanRule::Quarterly, PlanRule::HalfYearly, PlanRule::Yearly})
        if (planRuleKey(r) == key)
            return r;
    return PlanRule::Monthly;
}

QString planRuleName(PlanRule rule)
{
    switch (rule) {
    case PlanRule::Monthly:
        return Text::tr("Monthly");
    case PlanRule::Quarterly:
        return Text::tr("Quarterly");
    case PlanRule::HalfYearly:
        return Text::tr("Twice a year");
    case PlanRule::Yearly:
        return Text::tr("Yearly");
    }
    return {};
}

QList<QDate> ActivityPlan::occurrences(const QDate& from, const QDate& to) const
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid() || !firstDay.isValid())
        return dates;
    const QDate start = qMax(from, firstDay);
    const QDate end = lastDay.isValid() ? qMin(to, lastDay) : to;
    const int period = periodMonths(rule);
    const int offset = rule == PlanRule::Monthly ? 0 : qBound(1, month, period) - 1;
    // Walk the periods from the one containing start.
    int index = (start.year() * 12 + start.month() - 1) / period * period;
    for (;; index += period) {
        const int monthIndex = index + offset;
        const QDate first(monthIndex / 12, monthIndex % 12 + 1, 1);
        if (first > end)
            break;
        const QDate date(first.year(), first.month(), qMin(day, first.daysInMonth()));
        if (date >= start && date <= end)
            dates << date;
    }
    return dates;
}

QString ActivityPlan::describe() const
{
    const QString at = time.toString(QStringLiteral("HH:mm"));
    switch (rule) {
    case PlanRule::Monthly:
        return Text::tr("Monthly on day %1, %2").arg(day).arg(at);
    case PlanRule::Quarterly:
        return Text::tr("Quarterly, month %1 of the quarter, day %2, %3")
            .arg(month)
            .arg(day)
            .arg(at);
    case PlanRule::HalfYearly:
        return Text::tr("Twice a year, month %1 of the half year, day %2, %3")
            .arg(month)
            .arg(day)
            .arg(at);
    case PlanRule::Yearly:
        return Text::tr("Yearly on %1/%2, %3").arg(month).arg(day).arg(at);
    }
    return {};
}

QList<FieldError> ActivityPlan::validate() const
{
    QList<FieldError> errors;
    if (const auto m = validate::text(Text::tr("Title"), title, 100, true))
        errors << FieldError{QStringLiteral("title"), Text::tr("Title"), *m};
    if (kindId <= 0)
        errors << FieldError{QStringLiteral("kind"), Text::tr("Kind"),
                             Text::tr("Kind: choose the kind of activity.")};
    if (month < 1 || month > periodMonths(rule))
        errors << FieldError{QStringLiteral("month"), Text::tr("Month"),
                             Text::tr("Month: enter a month between 1 and %1 of the period.")
                                 .arg(periodMonths(rule))};
    if (day < 1 || day > 31)
        errors << FieldError{QStringLiteral("day"), Text::tr("Day"),
                             Text::tr("Day: enter a day between 1 and 31.")};
    if (!time.isValid())
        errors << FieldError{QStringLiteral("time"), Text::tr("Time"),
                             Text::tr("Time: enter a time such as 09:30.")};
    if (!firstDay.isValid())
        errors << FieldError{QStringLiteral("firstDay"), Text::tr("From"),
                             Text::tr("From: enter the day the plan starts.")};
    else if (lastDay.isValid() && lastDay < firstDay)
        errors << FieldError{QStringLiteral("lastDay"), Text::tr("Until"),
                             Text::tr("Until: must not be before the day the plan starts.")};
    return errors;
}

QList<ActivityPlan> PlanRepository::list(const QSqlDatabase& db)
{
    QList<ActivityPlan> plans;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id FROM activity_plans ORDER BY id"));
    while (q.next())
        plans << load(db, q.value(0).toLongLong());
    return plans;
}

ActivityPlan PlanRepository::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT kind_id, title, rule, month, day, time, "
                                          "group_id, venue_id, first_day, last_day FROM "
                                          "activity_plans WHERE id = ?"),
                           {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no plan %1.").arg(id));
    ActivityPlan p;
    p.id = id;
    p.kindId = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.rule = planRuleFromKey(q.value(2).toString());
    p.month = q.value(3).toInt();
    p.day = q.value(4).toInt();
    p.time = QTime::fromString(q.value(5).toString(), QStringLiteral("HH:mm"));
    p.groupId = sql::optionalId(q.value(6));
    p.venueId = sql::optionalId(q.value(7));
    p.firstDay = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.lastDay = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    return p;
}

qint64 PlanRepository::save(OfficeFile& office, const ActivityPlan& plan)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = save(office.db(), office.currentUser(), plan);
    tx.commit();
    return id;
}

namespace {
// The columns a plan is saved in, and its values for them.
const QStringList kPlanColumns = {QStringLiteral("kind_id"),   QStringLiteral("title"),
                                  QStringLiteral("rule"),      QStringLiteral("month"),
                                  QStringLiteral("day"),       QStringLiteral("time"),
                                  QStringLiteral("group_id"),  QStringLiteral("venue_id"),
                                  QStringLiteral("first_day"), QStringLiteral("last_day")};

QVariantList planValues(const ActivityPlan& plan)
{
    return {plan.kindId,
            plan.title.trimmed(),
            planRuleKey(plan.rule),
            plan.month,
            plan.day,
            plan.time.toString(QStringLiteral("HH:mm")),
            sql::nullable(plan.groupId),
            sql::nullable(plan.venueId),
            plan.firstDay.toString(Qt::ISODate),
            plan.lastDay.toString(Qt::ISODate)};
}

// A plan as its audit row holds it: every saved field (the recurrence's parts, from which a
// reader's program says it in the reader's language) and describe, the recurrence as written
// (all that programs before 2026-11-25 kept of it).
QJsonObject auditObject(const ActivityPlan& plan)
{
    QJsonObject object = auditFields(kPlanColumns, planValues(plan));
    object.insert(QStringLiteral("describe"), plan.describe());
    return object;
}
} // namespace

qint64 PlanRepository::save(const QSqlDatabase& db, const UserRef& by, const ActivityPlan& plan)
{
    const QList<FieldError> errors = plan.validate();
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString now = sql::timestamp();
    QVariantList binds = planValues(plan) + QVariantList{now};
    // An update's audit row holds the plan before it too, so that it tells what changed.
    const QJsonObject before = plan.id != 0 ? auditObject(load(db, plan.id)) : QJsonObject();
    qint64 id = plan.id;
    if (id == 0) {
        binds << now;
        id = sql::run(db,
                      QStringLiteral("INSERT INTO activity_plans (kind_id, title, rule, month, "
                                     "day, time, group_id, venue_id, first_day, last_day, "
                                     "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?)"),
                      binds)
                 .lastInsertId()
                 .toLongLong();
    } else {
        binds << id;
        sql::run(db,
                 QStringLiteral("UPDATE activity_plans SET kind_id = ?, title = ?, rule = ?, "
                                "month = ?, day = ?, time = ?, group_id = ?, venue_id = ?, "
                                "first_day = ?, last_day = ?, updated_at = ? WHERE id = ?"),
                 binds);
    }
    appendAudit(db, by,
                {plan.id == 0 ? QStringLiteral("insert") : QStringLiteral("update"),
                 QStringLiteral("activity_plans"), id, before, auditObject(plan)});
    return id;
}

void PlanRepository::remove(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    remove(office.db(), office.currentUser(), id);
    tx.commit();
}

void PlanRepository::remove(const QSqlDatabase& db, const UserRef& by, qint64 id)
{
    const ActivityPlan plan = load(db, id);
    sql::run(db,
             QStringLiteral("UPDATE activities SET plan_id = NULL, plan_date = '' WHERE "
                            "plan_id = ?"),
             {id});
    // A 督办议题 keeps its session day without the plan (the file refused the removal before).
    sql::run(db, QStringLiteral("UPDATE supervision_topics SET plan_id = NULL WHERE plan_id = ?"),
             {id});
    sql::run(db, QStringLiteral("DELETE FROM activity_plans WHERE id = ?"), {id});
    appendAudit(
        db, by,
        {QStringLiteral("delete"), QStringLiteral("activity_plans"), id, auditObject(plan), {}});
}

QList<ActivityListRow> PlanRepository::pending(const QSqlDatabase& db, const ActivityFilter& filter,
                                               const QDate& today)
{
    auto [from, to] = filter.range();
    if (!from.isValid())
        from = QDate(today.year(), 1, 1);
    if (!to.isValid())
        to = QDate(today.year(), 12, 31);

    QSet<QPair<qint64, QDate>> recorded;
    QSqlQuery r = sql::run(db,
                           QStringLiteral("SELECT plan_id, plan_date FROM activities WHERE "
                                          "plan_id IS NOT NULL AND plan_date BETWEEN ? AND ?"),
                           {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (r.next())
        recorded.insert(qMakePair(r.value(0).toLongLong(),
                                  QDate::fromString(r.value(1).toString(), Qt::ISODate)));

    QList<ActivityListRow> rows;
    for (const ActivityPlan& plan : list(db)) {
        if ((filter.kindId && *filter.kindId != plan.kindId) ||
            (filter.groupId && plan.groupId != filter.groupId))
            continue;
        const ActivityKind kind = ActivityRepository::kind(db, plan.kindId);
        const QString place =
            plan.venueId ? sql::scalar(db, QStringLiteral("SELECT name FROM venues WHERE id = ?"),
                                       {*plan.venueId})
                               .toString()
                         : QString();
        const QString group =
            plan.groupId
                ? sql::scalar(db, QStringLiteral("SELECT name FROM deputy_groups WHERE id = ?"),
                              {*plan.groupId})
                      .toString()
                : QString();
        for (const QDate& date : plan.occurrences(from, to)) {
            if (recorded.contains(qMakePair(plan.id, date)))
                continue;
            ActivityListRow row;
            row.state =
                date >= today ? ActivityListRow::State::Planned : ActivityListRow::State::Missed;
            row.date = date;
            row.start = plan.time;
            row.kindId = plan.kindId;
            row.kind = kind.name;
            row.title = plan.title;
            row.place = place;
            row.group = group;
            row.stepsTotal = int(kind.steps.size());
            row.planId = plan.id;
            row.planDate = date;
            rows << row;
        }
    }
    return rows;
}

QList<ActivityListRow> PlanRepository::calendar(const QSqlDatabase& db,
                                                const ActivityFilter& filter, const QDate& today,
                                                ActivityRepository::ListDetail detail)
{
    QList<ActivityListRow> rows = ActivityRepository::list(db, filter, detail);
    rows += pending(db, filter, today);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ActivityListRow& a, const ActivityListRow& b) {
                         return std::make_pair(a.date, a.start) < std::make_pair(b.date, b.start);
                     });
    return rows;
}

Activity PlanRepository::draft(const QSqlDatabase& db, qint64 planId, const QDate& date)
{
    const ActivityPlan plan = load(db, planId);
    Activity a;
    a.kindId = plan.kindId;
    a.title = plan.title;
    a.date = date;
    a.start = plan.time;
    a.venueId = plan.venueId;
    a.groupId = plan.groupId;
    a.organiser = ActivityRepository::defaultOrganiser(db, plan.groupId);
    a.planId = plan.id;
    a.planDate = date;
    a.minutes = ActivityRepository::minutesTemplate(ActivityRepository::kind(db, plan.kindId));
    if (plan.groupId)
        for (const GroupMember& m : GroupRepository::members(db, *plan.groupId))
            a.attendees << Attendee{m.deputyId, m.name, Attendance::Present, {}};
    return a;
}

} // namespace dd
