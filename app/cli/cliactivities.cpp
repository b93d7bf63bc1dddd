// deputydesk-cli: activities, action items and the activity log import.
#include "activity/activityrepository.h"
#include "clisupport.h"
#include "io/activitylog.h"
#include "storage/officefile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::cli {

int runActivities(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: activities FILE --year Y [--kind KIND] [--json]"), kUsage);
    const std::optional<int> year = yearOption(a);
    if (!year)
        return failure(Text::tr("--year must be a year such as 2025."), kUsage);
    ActivityFilter filter;
    filter.year = *year;
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QSqlDatabase db = office->db();
    if (a.parser.isSet(QStringLiteral("kind"))) {
        const QString name = a.parser.value(QStringLiteral("kind"));
        filter.kindId = ActivityRepository::findKind(db, name);
        if (!filter.kindId) {
            QStringList names;
            for (const ActivityKind& k : ActivityRepository::kinds(db, true))
                names << k.name;
            return failure(Text::tr("“%1” is not a kind of activity; the kinds are: %2")
                               .arg(name, names.join(QStringLiteral("、"))),
                           kUsage);
        }
    }
    const QList<ActivityListRow> rows = ActivityRepository::list(db, filter);
    if (a.json()) {
        QJsonArray list;
        for (const ActivityListRow& r : rows)
            list.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                            {QStringLiteral("time"), r.start.toString(QStringLiteral("HH:mm"))},
                            {QStringLiteral("kind"), r.kind},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("place"), r.place},
                            {QStringLiteral("group"), r.group},
                            {QStringLiteral("expected"), r.counts.expected},
                            {QStringLiteral("present"), r.counts.present},
                            {QStringLiteral("leave"), r.counts.leave},
                            {QStringLiteral("absent"), r.counts.absent},
                            {QStringLiteral("others"), r.others},
                            {QStringLiteral("steps_done"), r.stepsDone},
                            {QStringLiteral("steps_total"), r.stepsTotal},
                            {QStringLiteral("open_actions"), r.openActions}});
        printJson(list);
        return kOk;
    }
    QStringList lines;
    for (const ActivityListRow& r : rows)
        lines << QStringList{r.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                                 r.start.toString(QStringLiteral("HH:mm")),
                             r.kind, r.title, r.place,
                             Text::tr("expected %1, present %2, on leave %3, absent %4, others %5")
                                 .arg(r.counts.expected)
                                 .arg(r.counts.present)
                                 .arg(r.counts.leave)
                                 .arg(r.counts.absent)
                                 .arg(r.others)}
                     .join(QLatin1Char('\t'));
    lines << Text::tr("%n activities", nullptr, int(rows.size()));
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int runActions(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: actions FILE [--open] [--json]"), kUsage);
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QDate today = QDate::currentDate();
    const QList<ActionItemRow> rows =
        ActivityRepository::actionItems(office->db(), a.parser.isSet(QStringLiteral("open")));
    if (a.json()) {
        QJsonArray list;
        for (const ActionItemRow& r : rows)
            list.append(QJsonObject{
                {QStringLiteral("id"), r.item.id},
                {QStringLiteral("activity_id"), r.item.activityId},
                {QStringLiteral("activity_date"), r.activityDate.toString(Qt::ISODate)},
                {QStringLiteral("activity"), r.activityTitle},
                {QStringLiteral("what"), r.item.what},
                {QStringLiteral("responsible"), r.item.responsible},
                {QStringLiteral("deadline"), r.item.deadline.isValid()
                                                 ? QJsonValue(r.item.deadline.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("status"), actionStatusKey(r.item.status)},
                {QStringLiteral("overdue"), r.item.isOverdue(today)},
                {QStringLiteral("completion_note"), r.item.completionNote},
                {QStringLiteral("completed_on"), r.item.completedOn.toString(Qt::ISODate)}});
        printJson(list);
        return kOk;
    }
    QStringList lines;
    int overdue = 0;
    for (const ActionItemRow& r : rows) {
        overdue += r.item.isOverdue(today) ? 1 : 0;
        lines << QStringList{r.item.deadline.toString(Qt::ISODate),
                             actionStatusName(r.item.status) +
                                 (r.item.isOverdue(today) ? Text::tr(" (overdue)") : QString()),
                             r.item.what, r.item.responsible,
                             r.activityDate.toString(Qt::ISODate) + QLatin1Char(' ') +
                                 r.activityTitle}
                     .join(QLatin1Char('\t'));
    }
    lines << Text::tr("%n action item(s)", nullptr, int(rows.size())) + QStringLiteral(", ") +
                 Text::tr("%n overdue", nullptr, overdue);
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int importActivities(const Args& a)
{
    const std::unique_ptr<OfficeFile> office = openForImport(a);
    const ActivityImportReport report =
        importActivityLog(*office, a.positional[2], a.parser.value(QStringLiteral("sheet")),
                          a.parser.isSet(QStringLiteral("dry-run")));
    return finishImport(a, report);
}

} // namespace dd::cli
