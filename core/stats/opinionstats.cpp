#include "opinionstats.h"

#include "opinion/opinionrepository.h"
#include "org/pinyin.h"
#include "org/workcalendar.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Stats)
};

QJsonValue rate(const std::optional<double>& r)
{
    return r ? QJsonValue(*r) : QJsonValue();
}

std::optional<double> ratio(int part, int whole)
{
    return whole > 0 ? std::optional(double(part) / whole) : std::nullopt;
}

// What the figures are computed from: the year's opinions and, per opinion, whether it was
// escalated and the group it counts for.
struct Facts
{
    QList<OpinionListRow> rows;
    QSet<qint64> escalated;
    QHash<qint64, QString> groupOf; // opinion -> group name
};

Facts facts(const QSqlDatabase& db, int year)
{
    Facts f;
    OpinionFilter filter;
    filter.year = year;
    f.rows = OpinionRepository::list(db, filter);
    const QVariantList range = {QStringLiteral("%1-01-01").arg(year),
                                QStringLiteral("%1-12-31").arg(year)};
    QSqlQuery e = sql::run(db,
                           QStringLiteral("SELECT DISTINCT so.opinion_id FROM suggestion_opinions "
                                          "so JOIN opinions o ON o.id = so.opinion_id WHERE "
                                          "o.registered_on BETWEEN ? AND ?"),
                           range);
    while (e.next())
        f.escalated.insert(e.value(0).toLongLong());
    QSqlQuery g = sql::run(
        db,
        QStringLiteral("SELECT o.id, coalesce(g.name, (SELECT dg.name FROM group_members m JOIN "
                       "deputy_groups dg ON dg.id = m.group_id WHERE m.deputy_id = o.deputy_id "
                       "ORDER BY dg.kind <> 'group', dg.id LIMIT 1), '') FROM opinions o LEFT "
                       "JOIN deputy_groups g ON g.id = o.group_id WHERE o.registered_on BETWEEN "
                       "? AND ?"),
        range);
    while (g.next())
        f.groupOf.insert(g.value(0).toLongLong(), g.value(1).toString());
    return f;
}

OpinionFigures compute(const QList<const OpinionListRow*>& rows, const Facts& f, const QDate& asOf,
                       const WorkCalendar& calendar)
{
    OpinionFigures x;
    qint64 workingDays = 0;
    for (const OpinionListRow* r : rows) {
        const Opinion& o = r->opinion;
        ++x.collected;
        const bool rejected = !o.rejectReason.isEmpty() || o.state == OpinionState::Rejected;
        if (rejected)
            ++x.rejected;
        else if (o.state != OpinionState::Registered)
            ++x.accepted;
        if (o.completedOn.isValid()) {
            ++x.resolved;
            workingDays += calendar.workingDaysBetween(o.registeredOn, o.completedOn);
        }
        if (f.escalated.contains(o.id) || o.state == OpinionState::Escalated)
            ++x.escalated;
        if (o.isOverdue(asOf))
            ++x.overdue;
        switch (o.evaluation) {
        case Evaluation::Satisfied:
            ++x.satisfied;
            break;
        case Evaluation::BasicallySatisfied:
            ++x.basicallySatisfied;
            break;
        case Evaluation::Dissatisfied:
            ++x.dissatisfied;
            break;
        case Evaluation::None:
            break;
        }
    }
    x.evaluated = x.satisfied + x.basicallySatisfied + x.dissatisfied;
    x.resolutionRate = ratio(x.resolved, x.collected);
    x.satisfactionRate = ratio(x.satisfied + x.basicallySatisfied, x.evaluated);
    x.strictSatisfactionRate = ratio(x.satisfied, x.evaluated);
    if (x.resolved > 0)
        x.avgWorkingDaysToResolve = double(workingDays) / x.resolved;
    return x;
}

QString labelOf(const OpinionListRow& r, const Facts& f, OpinionDimension d)
{
    switch (d) {
    case OpinionDimension::Category:
        return r.category;
    case OpinionDimension::Responsibility:
        return responsibilityName(r.opinion.responsibility);
    case OpinionDimension::Community:
        return r.community;
    case OpinionDimension::Group:
        return f.groupOf.value(r.opinion.id);
    case OpinionDimension::Deputy:
        return r.opinion.deputyId ? r.receiver : QString();
    case OpinionDimension::Month:
        return QString::number(r.opinion.registeredOn.month());
    }
    return {};
}
} // namespace

QJsonObject OpinionFigures::toJson() const
{
    return {{QStringLiteral("collected"), collected},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("resolution_rate"), rate(resolutionRate)},
            {QStringLiteral("escalated"), escalated},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("evaluated"), evaluated},
            {QStringLiteral("satisfied"), satisfied},
            {QStringLiteral("basically_satisfied"), basicallySatisfied},
            {QStringLiteral("dissatisfied"), dissatisfied},
            {QStringLiteral("satisfaction_rate"), rate(satisfactionRate)},
            {QStringLiteral("strict_satisfaction_rate"), rate(strictSatisfactionRate)},
            {QStringLiteral("avg_working_days_to_resolve"), rate(avgWorkingDaysToResolve)}};
}

QJsonObject SuggestionFigures::toJson() const
{
    return {{QStringLiteral("submitted"), submitted},
            {QStringLiteral("replied"), replied},
            {QStringLiteral("reply_rate"), rate(replyRate)},
            {QStringLiteral("rated"), rated},
            {QStringLiteral("reply_satisfaction_rate"), rate(replySatisfactionRate)}};
}

QString dimensionName(OpinionDimension d)
{
    switch (d) {
    case OpinionDimension::Category:
        return Text::tr("By category");
    case OpinionDimension::Responsibility:
        return Text::tr("By responsibility class");
    case OpinionDimension::Community:
        return Text::tr("By community");
    case OpinionDimension::Group:
        return Text::tr("By group");
    case OpinionDimension::Deputy:
        return Text::tr("By deputy");
    case OpinionDimension::Month:
        return Text::tr("By month");
    }
    return {};
}

QList<OpinionDimension> allDimensions()
{
    return {OpinionDimension::Category,  OpinionDimension::Responsibility,
            OpinionDimension::Community, OpinionDimension::Group,
            OpinionDimension::Deputy,    OpinionDimension::Month};
}

namespace stats {

OpinionFigures opinionFigures(const QSqlDatabase& db, int year, const QDate& asOf)
{
    const Facts f = facts(db, year);
    QList<const OpinionListRow*> all;
    for (const OpinionListRow& r : f.rows)
        all << &r;
    return compute(all, f, asOf, WorkCalendar::load(db));
}

QList<FigureRow> opinionBreakdown(const QSqlDatabase& db, int year, const QDate& asOf,
                                  OpinionDimension dimension)
{
    const Facts f = facts(db, year);
    const WorkCalendar calendar = WorkCalendar::load(db);
    QMap<QString, QList<const OpinionListRow*>> groups;
    for (const OpinionListRow& r : f.rows)
        groups[labelOf(r, f, dimension)] << &r;
    QStringList labels = groups.keys();
    if (dimension == OpinionDimension::Month)
        std::sort(labels.begin(), labels.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    else
        std::sort(labels.begin(), labels.end(), [](const QString& a, const QString& b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return nameSortKey(a) < nameSortKey(b);
        });
    QList<FigureRow> rows;
    for (const QString& label : std::as_const(labels))
        rows << FigureRow{label.isEmpty()                        ? Text::tr("(none)")
                          : dimension == OpinionDimension::Month ? Text::tr("Month %1").arg(label)
                                                                 : label,
                          compute(groups.value(label), f, asOf, calendar)};
    return rows;
}

SuggestionFigures suggestionFigures(const QSqlDatabase& db, int year)
{
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT count(*), sum(reply_on <> ''), "
                                "sum(satisfaction <> ''), sum(satisfaction IN "
                                "('satisfied', 'basically')) FROM suggestions WHERE "
                                "submitted_on BETWEEN ? AND ?"),
                 {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    SuggestionFigures x;
    if (q.next()) {
        x.submitted = q.value(0).toInt();
        x.replied = q.value(1).toInt();
        x.rated = q.value(2).toInt();
        x.satisfied = q.value(3).toInt();
    }
    x.replyRate = ratio(x.replied, x.submitted);
    x.replySatisfactionRate = ratio(x.satisfied, x.rated);
    return x;
}

QJsonObject yearJson(const QSqlDatabase& db, int year, const QDate& asOf)
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("opinions"), opinionFigures(db, year, asOf).toJson()},
            {QStringLiteral("suggestions"), suggestionFigures(db, year).toJson()}};
}

} // namespace stats
} // namespace dd
