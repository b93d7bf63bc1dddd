#include "opinionstats.h"

#include "opinion/opinion.h"
#include "org/pinyin.h"
#include "org/workcalendar.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QMap>

namespace dd {

struct stats::OpinionYear::Facts
{
    // One opinion as the figures see it: of the opinion itself only what they read (dates,
    // state, evaluation, responsibility, receiving deputy), with the names they are broken
    // down by.
    struct Row
    {
        Opinion opinion;
        bool rejected = false;  // refused (a reason given), whatever it became later
        bool escalated = false; // turned into a formal suggestion
        QString category;
        QString community;
        QString group; // the receiving group, or the receiving deputy's first group
        QString deputy;
    };
    QList<Row> rows;
    WorkCalendar calendar;
};

namespace {
using Facts = stats::OpinionYear::Facts;
using StatsRow = Facts::Row;

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

OpinionFigures compute(const QList<const StatsRow*>& rows, const Facts& f, const QDate& asOf)
{
    OpinionFigures x;
    qint64 workingDays = 0;
    for (const StatsRow* r : rows) {
        const Opinion& o = r->opinion;
        ++x.collected;
        if (r->rejected || o.state == OpinionState::Rejected)
            ++x.rejected;
        else if (o.state != OpinionState::Registered)
            ++x.accepted;
        if (o.completedOn.isValid()) {
            ++x.resolved;
            workingDays += f.calendar.workingDaysBetween(o.registeredOn, o.completedOn);
        }
        if (r->escalated || o.state == OpinionState::Escalated)
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

QString labelOf(const StatsRow& r, OpinionDimension d)
{
    switch (d) {
    case OpinionDimension::Category:
        return r.category;
    case OpinionDimension::Responsibility:
        return responsibilityName(r.opinion.responsibility);
    case OpinionDimension::Community:
        return r.community;
    case OpinionDimension::Group:
        return r.group;
    case OpinionDimension::Deputy:
        return r.deputy;
    case OpinionDimension::Month:
        return QString::number(r.opinion.registeredOn.month());
    }
    return {};
}

QDate dateOf(const QString& iso)
{
    return QDate::fromString(iso, Qt::ISODate);
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

OpinionYear OpinionYear::load(const QSqlDatabase& db, int year)
{
    auto f = std::make_shared<Facts>();
    // One pass over the year (index opinions_by_registered), reading only what is counted.
    // Read directly (sql::Rows), not through QSqlQuery's variants: 15,000 rows at a district.
    sql::Rows q(
        db,
        QStringLiteral(
            "SELECT o.id, o.registered_on, o.state, o.reject_reason <> '', o.deputy_id, "
            "o.responsibility, o.dispatched_on, o.deadline, o.completed_on, o.evaluation, "
            "EXISTS (SELECT 1 FROM suggestion_opinions so WHERE so.opinion_id = o.id), c.name, "
            "coalesce(cm.name, ''), coalesce(g.name, (SELECT dg.name FROM group_members m JOIN "
            "deputy_groups dg ON dg.id = m.group_id WHERE m.deputy_id = o.deputy_id ORDER BY "
            "dg.kind <> 'group', dg.id LIMIT 1), ''), coalesce(d.name, '') FROM opinions o "
            "JOIN opinion_categories c ON c.id = o.category_id LEFT JOIN communities cm ON "
            "cm.id = o.community_id LEFT JOIN deputy_groups g ON g.id = o.group_id LEFT JOIN "
            "deputies d ON d.id = o.deputy_id WHERE o.registered_on BETWEEN ? AND ?"),
        {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    while (q.next()) {
        StatsRow r;
        Opinion& o = r.opinion;
        o.id = q.integer(0);
        o.registeredOn = dateOf(q.text(1));
        o.state = opinionStateFromKey(q.text(2));
        r.rejected = q.integer(3) != 0;
        if (!q.isNull(4))
            o.deputyId = q.integer(4);
        o.responsibility = responsibilityFromKey(q.text(5));
        o.dispatchedOn = dateOf(q.text(6));
        o.deadline = dateOf(q.text(7));
        o.completedOn = dateOf(q.text(8));
        o.evaluation = evaluationFromKey(q.text(9));
        r.escalated = q.integer(10) != 0;
        r.category = q.text(11);
        r.community = q.text(12);
        r.group = q.text(13);
        r.deputy = q.text(14);
        f->rows << r;
    }
    f->calendar = WorkCalendar::load(db);
    return OpinionYear(std::move(f));
}

OpinionFigures OpinionYear::figures(const QDate& asOf) const
{
    QList<const StatsRow*> all;
    for (const StatsRow& r : m_facts->rows)
        all << &r;
    return compute(all, *m_facts, asOf);
}

QList<FigureRow> OpinionYear::breakdown(const QDate& asOf, OpinionDimension dimension) const
{
    const Facts& f = *m_facts;
    QMap<QString, QList<const StatsRow*>> groups;
    for (const StatsRow& r : f.rows)
        groups[labelOf(r, dimension)] << &r;
    QStringList labels = groups.keys();
    if (dimension == OpinionDimension::Month)
        std::sort(labels.begin(), labels.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    else // pinyin order, (none) last
        sortByKey(labels, [](const QString& label) {
            return label.isEmpty() ? QString(QChar(0xFFFF)) : nameSortKey(label);
        });
    QList<FigureRow> rows;
    for (const QString& label : std::as_const(labels))
        rows << FigureRow{label.isEmpty()                        ? Text::tr("(none)")
                          : dimension == OpinionDimension::Month ? Text::tr("Month %1").arg(label)
                                                                 : label,
                          compute(groups.value(label), f, asOf)};
    return rows;
}

OpinionFigures opinionFigures(const QSqlDatabase& db, int year, const QDate& asOf)
{
    return OpinionYear::load(db, year).figures(asOf);
}

QList<FigureRow> opinionBreakdown(const QSqlDatabase& db, int year, const QDate& asOf,
                                  OpinionDimension dimension)
{
    return OpinionYear::load(db, year).breakdown(asOf, dimension);
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
