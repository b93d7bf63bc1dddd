// deputydesk-cli: residents' opinions, the ledger import and the year's figures.
#include "clisupport.h"
#include "io/opinionledger.h"
#include "opinion/opinionrepository.h"
#include "org/validators.h"
#include "stats/opinionstats.h"
#include "storage/officefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dd::cli {

namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

int runOpinions(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: opinions FILE [--year Y] [--state S] [--overdue] "
                                "[--json]"),
                       kUsage);
    OpinionFilter filter;
    if (a.parser.isSet(QStringLiteral("year"))) {
        const auto year = yearOption(a);
        if (!year)
            return failure(Text::tr("--year must be a year such as 2025."), kUsage);
        filter.year = *year;
    }
    if (a.parser.isSet(QStringLiteral("state"))) {
        filter.state = opinionStateFromText(a.parser.value(QStringLiteral("state")));
        if (!filter.state) {
            QStringList names;
            for (const OpinionState s : allOpinionStates())
                names << QStringLiteral("%1 (%2)").arg(opinionStateKey(s),
                                                       opinionStateLedgerName(s));
            return failure(
                Text::tr("“%1” is not a state; the states are: %2")
                    .arg(a.parser.value(QStringLiteral("state")), names.join(QStringLiteral(", "))),
                kUsage);
        }
    }
    filter.overdueOnly = a.parser.isSet(QStringLiteral("overdue"));
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QDate today = QDate::currentDate();
    const QList<OpinionListRow> rows = OpinionRepository::list(office->db(), filter);
    if (a.json()) {
        QJsonArray list;
        for (const OpinionListRow& r : rows) {
            const Opinion& o = r.opinion;
            list.append(
                QJsonObject{{QStringLiteral("id"), o.id},
                            {QStringLiteral("registered_on"), dateText(o.registeredOn)},
                            {QStringLiteral("channel"), channelKey(o.channel)},
                            {QStringLiteral("title"), o.title},
                            {QStringLiteral("category"), r.category},
                            {QStringLiteral("community"), r.community},
                            {QStringLiteral("grid"), r.grid},
                            {QStringLiteral("received_by"), r.receiver},
                            {QStringLiteral("responsibility"), responsibilityKey(o.responsibility)},
                            {QStringLiteral("priority"), priorityKey(o.priority)},
                            {QStringLiteral("state"), opinionStateKey(o.state)},
                            {QStringLiteral("handling_unit"), r.handlingUnit},
                            {QStringLiteral("deadline"), dateText(o.deadline)},
                            {QStringLiteral("completed_on"), dateText(o.completedOn)},
                            {QStringLiteral("evaluation"), evaluationKey(o.evaluation)},
                            {QStringLiteral("overdue"), o.isOverdue(today)},
                            {QStringLiteral("raised_again"), r.raisings},
                            {QStringLiteral("supervisions"), r.supervisions}});
        }
        printJson(list);
        return kOk;
    }
    QStringList lines;
    int overdue = 0;
    for (const OpinionListRow& r : rows) {
        const Opinion& o = r.opinion;
        overdue += o.isOverdue(today) ? 1 : 0;
        lines << QStringList{dateText(o.registeredOn),
                             opinionStateName(o.state) +
                                 (o.isOverdue(today) ? Text::tr(" (overdue)") : QString()),
                             o.title,
                             r.category,
                             r.community,
                             r.receiver,
                             r.handlingUnit,
                             dateText(o.deadline)}
                     .join(QLatin1Char('\t'));
    }
    lines << Text::tr("%n opinion(s)", nullptr, int(rows.size())) + QStringLiteral(", ") +
                 Text::tr("%n overdue", nullptr, overdue);
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int runStats(const Args& a)
{
    if (a.positional.size() != 1)
        return failure(Text::tr("usage: stats FILE --year Y [--as-of DATE] [--json]"), kUsage);
    const auto year = yearOption(a);
    if (!year)
        return failure(Text::tr("--year must be a year such as 2025."), kUsage);
    QDate asOf = QDate::currentDate();
    if (a.parser.isSet(QStringLiteral("as-of"))) {
        asOf = validate::parseDate(a.parser.value(QStringLiteral("as-of")));
        if (!asOf.isValid())
            return failure(Text::tr("--as-of must be a date such as 2025-12-31."), kUsage);
    }
    const std::unique_ptr<OfficeFile> office = openForReading(a.positional[0]);
    const QJsonObject figures = stats::yearJson(office->db(), *year, asOf);
    if (a.json()) {
        printJson(figures);
        return kOk;
    }
    const auto percent = [](const QJsonValue& v) {
        return v.isNull() ? QStringLiteral("—")
                          : QStringLiteral("%1%").arg(v.toDouble() * 100, 0, 'f', 1);
    };
    const QJsonObject o = figures.value(QStringLiteral("opinions")).toObject();
    const QJsonObject s = figures.value(QStringLiteral("suggestions")).toObject();
    const auto n = [&o](const char* key) { return o.value(QLatin1String(key)).toInt(); };
    QStringList lines;
    lines << Text::tr("Opinions registered in %1 (overdue as of %2):")
                 .arg(*year)
                 .arg(asOf.toString(Qt::ISODate))
          << Text::tr("  collected %1, accepted %2, not accepted %3, resolved %4 (%5)")
                 .arg(n("collected"))
                 .arg(n("accepted"))
                 .arg(n("rejected"))
                 .arg(n("resolved"))
                 .arg(percent(o.value(QStringLiteral("resolution_rate"))))
          << Text::tr("  escalated %1, overdue %2").arg(n("escalated")).arg(n("overdue"))
          << Text::tr("  evaluated %1: satisfied %2, basically satisfied %3, dissatisfied %4; "
                      "satisfaction %5 (strict %6)")
                 .arg(n("evaluated"))
                 .arg(n("satisfied"))
                 .arg(n("basically_satisfied"))
                 .arg(n("dissatisfied"))
                 .arg(percent(o.value(QStringLiteral("satisfaction_rate"))),
                      percent(o.value(QStringLiteral("strict_satisfaction_rate"))))
          << Text::tr("  average working days to resolve: %1")
                 .arg(o.value(QStringLiteral("avg_working_days_to_resolve")).isNull()
                          ? QStringLiteral("—")
                          : QString::number(
                                o.value(QStringLiteral("avg_working_days_to_resolve")).toDouble(),
                                'f', 1))
          << Text::tr("Formal suggestions: submitted %1, replied %2 (%3), satisfied with the "
                      "reply %4")
                 .arg(s.value(QStringLiteral("submitted")).toInt())
                 .arg(s.value(QStringLiteral("replied")).toInt())
                 .arg(percent(s.value(QStringLiteral("reply_rate"))),
                      percent(s.value(QStringLiteral("reply_satisfaction_rate"))));
    printOut(lines.join(QLatin1Char('\n')));
    return kOk;
}

int importOpinions(const Args& a)
{
    const std::unique_ptr<OfficeFile> office = openForImport(a);
    const OpinionImportReport report =
        importOpinionLedger(*office, a.positional[2], a.parser.value(QStringLiteral("sheet")),
                            a.parser.isSet(QStringLiteral("dry-run")));
    return finishImport(a, report);
}

} // namespace dd::cli
