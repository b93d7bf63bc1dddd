#include "minutes.h"

#include "activityrepository.h"
#include "storage/displayformat.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Minutes)
};

QString nameOf(const QSqlDatabase& db, const char* table, const std::optional<qint64>& id)
{
    if (!id)
        return {};
    return sql::scalar(
               db,
               QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(QString::fromLatin1(table)),
               {*id})
        .toString();
}
} // namespace

Report minutesReport(const QSqlDatabase& db, qint64 activityId)
{
    const Activity a = ActivityRepository::load(db, activityId);
    const ActivityKind kind = ActivityRepository::kind(db, a.kindId);
    const QString office =
        sql::scalar(db, QStringLiteral("SELECT name FROM office LIMIT 1")).toString();
    const AttendanceCounts counts = a.counts();

    Report report;
    report.title = Text::tr("%1 — minutes").arg(a.title);
    report.frame = {office, displayDate(a.date)};
    report.addTitle(report.title);

    QString when =
        displayDate(a.date) + QLatin1Char(' ') + a.start.toString(QStringLiteral("HH:mm"));
    if (a.end.isValid())
        when += QStringLiteral("–") + a.end.toString(QStringLiteral("HH:mm"));
    QString place = nameOf(db, "venues", a.venueId);
    if (!a.place.isEmpty())
        place = place.isEmpty() ? a.place
                                : place + QStringLiteral("（") + a.place + QStringLiteral("）");
    QStringList others;
    for (const Participant& p : a.participants)
        others << Text::tr("%1 (%n)", nullptr, p.people).arg(p.organisation);
    if (a.residents > 0)
        others << Text::tr("residents (%n)", nullptr, a.residents);
    QList<QPair<QString, QString>> fields = {
        {Text::tr("Kind"), kind.name},
        {Text::tr("Time"), when},
        {Text::tr("Place"), place},
        {Text::tr("Organiser"), a.organiser},
        {Text::tr("Host"), a.host},
        {Text::tr("Group"), nameOf(db, "deputy_groups", a.groupId)},
        {Text::tr("Community"), nameOf(db, "communities", a.communityId)},
        {Text::tr("Attendance"), Text::tr("expected %1, present %2, on leave %3, absent %4")
                                     .arg(counts.expected)
                                     .arg(counts.present)
                                     .arg(counts.leave)
                                     .arg(counts.absent)},
        {Text::tr("Other participants"), others.join(QStringLiteral("、"))}};
    fields.removeIf([](const QPair<QString, QString>& f) { return f.second.isEmpty(); });
    report.addFields(fields);

    if (!a.topics.isEmpty()) {
        report.addHeading(Text::tr("Topics"));
        QStringList lines;
        for (int i = 0; i < a.topics.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(a.topics[i].title);
        report.addText(lines.join(QLatin1Char('\n')));
    }
    report.addHeading(Text::tr("Minutes"));
    report.addHtml(a.minutes);
    if (!a.decisions.isEmpty()) {
        report.addHeading(Text::tr("Decisions"));
        report.addText(a.decisions);
    }
    if (!a.actions.isEmpty()) {
        report.addHeading(Text::tr("Action items"));
        QList<QStringList> rows;
        for (int i = 0; i < a.actions.size(); ++i) {
            const ActionItem& item = a.actions[i];
            rows << QStringList{QString::number(i + 1), item.what, item.responsible,
                                displayDate(item.deadline), actionStatusName(item.status)};
        }
        report.addTable({Text::tr("No."), Text::tr("Action item"), Text::tr("Responsible"),
                         Text::tr("Deadline"), Text::tr("Status")},
                        rows);
    }
    if (!a.attendees.isEmpty()) {
        report.addHeading(Text::tr("Attendance roster"));
        QList<QStringList> rows;
        for (int i = 0; i < a.attendees.size(); ++i) {
            const Attendee& at = a.attendees[i];
            rows << QStringList{QString::number(i + 1), at.name, attendanceName(at.status),
                                at.reason};
        }
        report.addTable({Text::tr("No."), Text::tr("Name"), Text::tr("Attendance"),
                         Text::tr("Reason for leave")},
                        rows);
    }
    return report;
}

} // namespace dd
