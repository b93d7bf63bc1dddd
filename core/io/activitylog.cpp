#include "activitylog.h"

#include "activity/activityrepository.h"
#include "org/deputygroup.h"
#include "org/orgspecs.h"
#include "org/recordstore.h"
#include "org/validators.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ActivityLog)
};

// Core's field keys and the file's column they come from (for placing validation errors).
const QHash<QString, QString>& columnOfField()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("title"), QStringLiteral("标题")},
        {QStringLiteral("kind"), QStringLiteral("类型")},
        {QStringLiteral("date"), QStringLiteral("日期")},
        {QStringLiteral("start"), QStringLiteral("日期")},
        {QStringLiteral("place"), QStringLiteral("地点")},
        {QStringLiteral("organiser"), QStringLiteral("组织者")},
        {QStringLiteral("residents"), QStringLiteral("其他参加人数")},
        {QStringLiteral("topics"), QStringLiteral("议题")},
        {QStringLiteral("minutes"), QStringLiteral("纪要")},
        {QStringLiteral("attendees"), QStringLiteral("请假代表")}};
    return map;
}

// The start: a date, optionally followed by a time (2025-03-10 14:30); 09:00 when none.
bool parseWhen(const QString& text, QDate* date, QTime* time)
{
    static const QRegularExpression withTime(
        QStringLiteral("^(.*?)[\\sT]+([0-2]?[0-9])[:：]([0-5][0-9])$"));
    QString day = text.trimmed();
    *time = QTime(9, 0);
    if (const auto m = withTime.match(day); m.hasMatch()) {
        day = m.captured(1);
        *time = QTime(m.captured(2).toInt(), m.captured(3).toInt());
    }
    *date = importCellDate(day);
    return date->isValid() && time->isValid();
}

QString minutesHtml(const QString& text)
{
    QString html;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\r?\\n"))))
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.trimmed().toHtmlEscaped());
    return html;
}

struct LogRow
{
    int row = 0;
    Activity activity;
    QString venue; // to create or find
    QString group;
};
} // namespace

QStringList activityLogColumns()
{
    return {QStringLiteral("日期"),         QStringLiteral("类型"),     QStringLiteral("标题"),
            QStringLiteral("地点"),         QStringLiteral("组织者"),   QStringLiteral("所属小组"),
            QStringLiteral("出席代表"),     QStringLiteral("请假代表"), QStringLiteral("缺席代表"),
            QStringLiteral("其他参加人数"), QStringLiteral("议题"),     QStringLiteral("纪要")};
}

QString ActivityImportReport::toText() const
{
    QStringList lines = importProblemLines(problems);
    if (problems.isEmpty()) {
        lines << (written ? Text::tr("Imported: %1 activities added, %2 already in the file.")
                          : Text::tr("Checked, nothing written: %1 activities would be added, %2 "
                                     "are already in the file."))
                     .arg(inserted)
                     .arg(skipped);
        if (!createdVenues.isEmpty())
            lines << Text::tr("New venues: %1").arg(createdVenues.join(QStringLiteral("、")));
        if (!createdGroups.isEmpty())
            lines << Text::tr("New groups: %1").arg(createdGroups.join(QStringLiteral("、")));
    }
    if (!unknownColumns.isEmpty())
        lines << Text::tr("Ignored unknown columns: %1")
                     .arg(unknownColumns.join(QStringLiteral("、")));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject ActivityImportReport::toJson() const
{
    return {{QStringLiteral("written"), written},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("created_venues"), QJsonArray::fromStringList(createdVenues)},
            {QStringLiteral("created_groups"), QJsonArray::fromStringList(createdGroups)},
            {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns)},
            {QStringLiteral("problems"), importProblemsJson(problems)}};
}

ActivityImportReport importActivityLog(OfficeFile& office, const QString& path,
                                       const QString& sheet, bool dryRun)
{
    if (!dryRun)
        office.require(Permission::EnterRecords);
    const SheetTable table = readSheetTable(path, sheet);
    const QSqlDatabase db = office.db();
    ActivityImportReport report;
    const QHash<QString, int> at =
        mapImportColumns(table, activityLogColumns(),
                         {QStringLiteral("日期"), QStringLiteral("类型"), QStringLiteral("标题")},
                         report.problems, report.unknownColumns);
    if (!report.problems.isEmpty())
        return report;

    const DeputyNames deputies(db);
    QList<LogRow> rows;
    QHash<QString, int> seen; // kind|day|title -> first row
    for (int i = 0; i < table.rows.size(); ++i) {
        const int rowNumber = table.rowNumbers[i];
        const auto cell = [&](const char* column) {
            return table.cell(i, at.value(QString::fromUtf8(column), -1)).trimmed();
        };
        const auto problem = [&](const QString& column, const QString& message) {
            report.problems << ImportProblem{rowNumber, column, message};
        };
        const int before = int(report.problems.size());
        LogRow r;
        r.row = rowNumber;
        Activity& a = r.activity;
        a.title = cell("标题");
        if (!parseWhen(cell("日期"), &a.date, &a.start))
            problem(QStringLiteral("日期"),
                    Text::tr("“%1” is not a date; write it like 2025-03-10 or 2025-03-10 14:30")
                        .arg(cell("日期")));
        if (const auto kind = ActivityRepository::findKind(db, cell("类型")))
            a.kindId = *kind;
        else
            problem(
                QStringLiteral("类型"),
                Text::tr("“%1” is not one of the configured kinds of activity").arg(cell("类型")));
        r.venue = normalizeText(cell("地点"));
        if (!r.venue.isEmpty()) {
            a.venueId = sql::optionalId(
                sql::scalar(db, QStringLiteral("SELECT id FROM venues WHERE name = ?"), {r.venue}));
            if (const auto m = validate::text(QStringLiteral("地点"), r.venue, 60))
                problem(QStringLiteral("地点"), *m);
        }
        a.organiser = cell("组织者");
        r.group = normalizeText(cell("所属小组"));
        if (!r.group.isEmpty()) {
            a.groupId = GroupRepository::findByName(db, r.group);
            if (const auto m = validate::text(QStringLiteral("所属小组"), r.group, 60))
                problem(QStringLiteral("所属小组"), *m);
        }
        const QString others = normalizeText(cell("其他参加人数"));
        if (!others.isEmpty()) {
            bool ok = false;
            a.residents = others.toInt(&ok);
            if (!ok || a.residents < 0)
                problem(QStringLiteral("其他参加人数"),
                        Text::tr("“%1” is not a number of people").arg(others));
        }
        for (const QString& topic : cell("议题").split(
                 QRegularExpression(QStringLiteral("[\\r\\n;；]+")), Qt::SkipEmptyParts))
            if (!topic.trimmed().isEmpty())
                a.topics << Topic{0, topic.trimmed(), std::nullopt};
        a.minutes = minutesHtml(cell("纪要"));

        QHash<qint64, QString> listedIn; // deputy -> column, to catch one person twice
        QSet<QString> unresolved; // column + message: two 高文静 in one cell are told once
        const QList<std::pair<const char*, Attendance>> lists = {{"出席代表", Attendance::Present},
                                                                 {"请假代表", Attendance::Leave},
                                                                 {"缺席代表", Attendance::Absent}};
        for (const auto& [column, status] : lists) {
            const QString columnName = QString::fromUtf8(column);
            for (const QString& entry : splitListCell(cell(column))) {
                QString reason, message;
                const auto id =
                    deputies.resolve(entry, status == Attendance::Leave, &reason, &message);
                if (!id) {
                    const QString once = columnName + QLatin1Char('|') + message;
                    if (!unresolved.contains(once)) {
                        unresolved.insert(once);
                        problem(columnName, message);
                    }
                    continue;
                }
                if (listedIn.contains(*id)) {
                    problem(columnName, Text::tr("“%1” is listed twice (also in %2)")
                                            .arg(entry, listedIn.value(*id)));
                    continue;
                }
                listedIn.insert(*id, columnName);
                if (status == Attendance::Leave && reason.isEmpty())
                    reason = QStringLiteral("未注明"); // the log did not say
                a.attendees << Attendee{*id, entry, status, reason};
            }
        }

        addFieldProblems(report.problems, before, rowNumber, a.validate(), [](const FieldError& e) {
            return columnOfField().value(e.field, e.label);
        });
        const QString key = QStringLiteral("%1|%2|%3")
                                .arg(a.kindId)
                                .arg(a.date.toString(Qt::ISODate), a.title.trimmed());
        if (seen.contains(key))
            problem(
                QStringLiteral("标题"),
                Text::tr("the same activity (kind, day, title) is on row %1").arg(seen.value(key)));
        else
            seen.insert(key, rowNumber);
        rows << r;
    }
    if (!report.problems.isEmpty())
        return report;

    QList<LogRow> fresh;
    for (const LogRow& r : std::as_const(rows)) {
        if (ActivityRepository::find(db, r.activity.kindId, r.activity.date, r.activity.title)) {
            ++report.skipped;
            continue;
        }
        ++report.inserted;
        fresh << r;
        if (!r.venue.isEmpty() && !r.activity.venueId && !report.createdVenues.contains(r.venue))
            report.createdVenues << r.venue;
        if (!r.group.isEmpty() && !r.activity.groupId && !report.createdGroups.contains(r.group))
            report.createdGroups << r.group;
    }
    if (dryRun)
        return report;

    Transaction tx(db);
    const UserRef& by = office.currentUser();
    QHash<QString, qint64> venues, groups;
    const RecordSpec venueRecord = venueSpec();
    for (const QString& name : std::as_const(report.createdVenues))
        venues.insert(name,
                      RecordStore::save(db, by, venueRecord,
                                        {{QStringLiteral("id"), 0},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("kind"), QStringLiteral("point")},
                                         {QStringLiteral("schedule_rule"), QStringLiteral("none")},
                                         {QStringLiteral("schedule_day"), 0}}));
    for (const QString& name : std::as_const(report.createdGroups))
        groups.insert(name, GroupRepository::create(db, by, name));
    for (LogRow r : std::as_const(fresh)) {
        if (!r.activity.venueId && venues.contains(r.venue))
            r.activity.venueId = venues.value(r.venue);
        if (!r.activity.groupId && groups.contains(r.group))
            r.activity.groupId = groups.value(r.group);
        try {
            ActivityRepository::save(db, by, r.activity);
        } catch (const ValidationError& e) {
            report = ActivityImportReport{};
            for (const FieldError& fe : e.fieldErrors())
                report.problems << ImportProblem{r.row, columnOfField().value(fe.field, fe.label),
                                                 fe.message};
            return report; // the transaction rolls back: nothing written
        }
    }
    appendAudit(db, by,
                {QStringLiteral("import"),
                 QStringLiteral("activities"),
                 0,
                 {},
                 {{QStringLiteral("file"), path},
                  {QStringLiteral("inserted"), report.inserted},
                  {QStringLiteral("skipped"), report.skipped}}});
    tx.commit();
    report.written = true;
    return report;
}

void writeActivityLogTemplate(const QString& path)
{
    writeSheetTable(path, QStringLiteral("活动台账"), activityLogColumns(), {});
}

} // namespace dd
