#include "activityrepository.h"

#include "org/validators.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <algorithm>
#include <QCoreApplication>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Activity)
};

QDate dateOf(const QString& iso)
{
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

// The attendance as a comparable list (who, status, reason), in deputy order.
QList<std::tuple<qint64, Attendance, QString>> attendanceOf(const QList<Attendee>& list)
{
    QList<std::tuple<qint64, Attendance, QString>> out;
    for (const Attendee& a : list)
        out << std::make_tuple(a.deputyId, a.status,
                               a.status == Attendance::Leave ? a.reason.trimmed() : QString());
    std::sort(out.begin(), out.end());
    return out;
}

// The 30-day rule: the stored meeting was held more than 30 days before today and the
// attendance differs.
bool attendanceChangeNeedsReason(const Activity& stored, const Activity& changed,
                                 const QDate& today)
{
    return stored.date.isValid() && stored.date.daysTo(today) > 30 &&
           attendanceOf(stored.attendees) != attendanceOf(changed.attendees);
}

Activity normalized(Activity a)
{
    a.title = a.title.trimmed();
    a.place = a.place.trimmed();
    a.organiser = a.organiser.trimmed();
    a.host = a.host.trimmed();
    a.decisions = a.decisions.trimmed();
    for (Attendee& at : a.attendees)
        at.reason = at.status == Attendance::Leave ? at.reason.trimmed() : QString();
    for (Participant& p : a.participants)
        p.organisation = p.organisation.trimmed();
    for (Topic& t : a.topics)
        t.title = t.title.trimmed();
    for (ActionItem& item : a.actions) {
        item.what = item.what.trimmed();
        item.responsible = item.responsible.trimmed();
        item.completionNote = item.completionNote.trimmed();
        if (item.status == ActionStatus::Done && !item.completedOn.isValid())
            item.completedOn = QDate::currentDate();
        if (item.status != ActionStatus::Done)
            item.completedOn = {};
    }
    return a;
}

const QString kListSelect = QStringLiteral(
    "SELECT a.id, a.starts_at, a.kind_id, k.name, a.title, coalesce(v.name, a.place), "
    "coalesce(g.name, ''), a.plan_id, a.plan_date "
    "FROM activities a JOIN activity_kinds k ON k.id = a.kind_id "
    "LEFT JOIN venues v ON v.id = a.venue_id LEFT JOIN deputy_groups g ON g.id = a.group_id ");

// The figures of a list row, read for a few rows at a time (%1: their ids' placeholders).
const QString kFiguresSelect = QStringLiteral(
    "SELECT a.id, "
    "(SELECT count(*) FROM activity_attendees t WHERE t.activity_id = a.id), "
    "(SELECT count(*) FROM activity_attendees t WHERE t.activity_id = a.id AND t.status = "
    "'present'), "
    "(SELECT count(*) FROM activity_attendees t WHERE t.activity_id = a.id AND t.status = "
    "'leave'), "
    "a.residents_count + coalesce((SELECT sum(people) FROM activity_participants p "
    "WHERE p.activity_id = a.id), 0), "
    "(SELECT count(*) FROM activity_steps_done s WHERE s.activity_id = a.id), "
    "(SELECT count(*) FROM activity_kind_steps ks WHERE ks.kind_id = a.kind_id), "
    "(SELECT count(*) FROM action_items i WHERE i.activity_id = a.id AND i.status IN ('open', "
    "'in_progress')) FROM activities a WHERE a.id IN (%1)");

// "HH:mm" read by hand (invalid when it is not one): QTime::fromString's general parser was a
// tenth of the time of reading a year's meetings.
QTime timeOf(QStringView text)
{
    if (text.size() != 5 || text[2] != QLatin1Char(':'))
        return {};
    bool hours = false, minutes = false;
    const int h = text.first(2).toInt(&hours);
    const int m = text.last(2).toInt(&minutes);
    return hours && minutes ? QTime(h, m) : QTime();
}

ActivityListRow listRow(const sql::Rows& q)
{
    ActivityListRow r;
    r.id = q.integer(0);
    const QString startsAt = q.text(1);
    r.date = dateOf(startsAt);
    r.start = timeOf(QStringView(startsAt).mid(11, 5));
    r.kindId = q.integer(2);
    r.kind = q.text(3);
    r.title = q.text(4);
    r.place = q.text(5);
    r.group = q.text(6);
    if (!q.isNull(7))
        r.planId = q.integer(7);
    r.planDate = dateOf(q.text(8));
    return r;
}
} // namespace

std::pair<QDate, QDate> ActivityFilter::range() const
{
    if (year <= 0)
        return {from, to};
    const QDate first(year, 1, 1), last(year, 12, 31);
    return {from.isValid() ? qMax(from, first) : first, to.isValid() ? qMin(to, last) : last};
}

QString activityStateName(ActivityListRow::State state)
{
    switch (state) {
    case ActivityListRow::State::Held:
        return Text::tr("Held");
    case ActivityListRow::State::Planned:
        return Text::tr("Planned");
    case ActivityListRow::State::Missed:
        return Text::tr("Not held");
    }
    return {};
}

QList<ActivityKind> ActivityRepository::kinds(const QSqlDatabase& db, bool withRetired)
{
    QList<ActivityKind> list;
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT id FROM activity_kinds %1 ORDER BY "
                                    "sort_order, id")
                         .arg(withRetired ? QString() : QStringLiteral("WHERE retired = 0")));
    while (q.next())
        list << kind(db, q.value(0).toLongLong());
    return list;
}

ActivityKind ActivityRepository::kind(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT name, headings, retired FROM activity_kinds WHERE id = ?"),
        {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no activity kind %1.").arg(id));
    ActivityKind k;
    k.id = id;
    k.name = q.value(0).toString();
    k.headings = q.value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    k.retired = q.value(2).toBool();
    QSqlQuery s = sql::run(db,
                           QStringLiteral("SELECT id, phase, label FROM activity_kind_steps WHERE "
                                          "kind_id = ? ORDER BY sort_order, id"),
                           {id});
    while (s.next())
        k.steps << KindStep{s.value(0).toLongLong(), phaseFromKey(s.value(1).toString()),
                            s.value(2).toString()};
    return k;
}

std::optional<qint64> ActivityRepository::findKind(const QSqlDatabase& db, const QString& name)
{
    return sql::optionalId(sql::scalar(
        db, QStringLiteral("SELECT id FROM activity_kinds WHERE name = ?"), {name.trimmed()}));
}

qint64 ActivityRepository::saveKind(OfficeFile& office, const ActivityKind& kind)
{
    office.require(Permission::ConfigureOffice);
    const QSqlDatabase db = office.db();
    QList<FieldError> errors;
    if (const auto m = validate::text(Text::tr("Kind"), kind.name, 30, true))
        errors << FieldError{QStringLiteral("name"), Text::tr("Kind"), *m};
    else if (const auto other = findKind(db, kind.name); other && *other != kind.id)
        errors << FieldError{QStringLiteral("name"), Text::tr("Kind"),
                             Text::tr("Kind: “%1” exists already.").arg(kind.name.trimmed())};
    for (const KindStep& step : kind.steps)
        if (const auto m = validate::text(Text::tr("Checklist item"), step.label, 60, true)) {
            errors << FieldError{QStringLiteral("steps"), Text::tr("Checklist"), *m};
            break;
        }
    for (const QString& heading : kind.headings)
        if (const auto m = validate::text(Text::tr("Heading"), heading, 40, true)) {
            errors << FieldError{QStringLiteral("headings"), Text::tr("Minutes headings"), *m};
            break;
        }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    Transaction tx(db);
    const QJsonObject before =
        kind.id == 0 ? QJsonObject() : ActivityRepository::kind(db, kind.id).toJson();
    const QString now = sql::timestamp();
    const QString headings = kind.headings.join(QLatin1Char('\n'));
    qint64 id = kind.id;
    if (id == 0) {
        id = sql::run(db,
                      QStringLiteral("INSERT INTO activity_kinds (name, headings, sort_order, "
                                     "retired, created_at, updated_at) VALUES (?, ?, (SELECT "
                                     "coalesce(max(sort_order), 0) + 1 FROM activity_kinds), ?, "
                                     "?, ?)"),
                      {kind.name.trimmed(), headings, int(kind.retired), now, now})
                 .lastInsertId()
                 .toLongLong();
    } else {
        sql::run(db,
                 QStringLiteral("UPDATE activity_kinds SET name = ?, headings = ?, retired = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {kind.name.trimmed(), headings, int(kind.retired), now, id});
    }
    // Steps keep their ids (progress recorded against them) unless removed.
    QSet<qint64> kept;
    int order = 0;
    for (const KindStep& step : kind.steps) {
        ++order;
        if (step.id > 0) {
            kept.insert(step.id);
            sql::run(db,
                     QStringLiteral("UPDATE activity_kind_steps SET phase = ?, label = ?, "
                                    "sort_order = ? WHERE id = ? AND kind_id = ?"),
                     {phaseKey(step.phase), step.label.trimmed(), order, step.id, id});
        } else {
            kept.insert(sql::run(db,
                                 QStringLiteral("INSERT INTO activity_kind_steps (kind_id, phase, "
                                                "label, sort_order) VALUES (?, ?, ?, ?)"),
                                 {id, phaseKey(step.phase), step.label.trimmed(), order})
                            .lastInsertId()
                            .toLongLong());
        }
    }
    QSqlQuery old =
        sql::run(db, QStringLiteral("SELECT id FROM activity_kind_steps WHERE kind_id = ?"), {id});
    QList<qint64> gone;
    while (old.next())
        if (!kept.contains(old.value(0).toLongLong()))
            gone << old.value(0).toLongLong();
    for (qint64 step : std::as_const(gone))
        sql::run(db, QStringLiteral("DELETE FROM activity_kind_steps WHERE id = ?"), {step});
    appendAudit(db, office.currentUser(),
                {kind.id == 0 ? QStringLiteral("insert") : QStringLiteral("update"),
                 QStringLiteral("activity_kinds"), id, before, kind.toJson()});
    tx.commit();
    return id;
}

QString ActivityRepository::minutesTemplate(const ActivityKind& kind)
{
    QString html;
    for (const QString& heading : kind.headings)
        html += QStringLiteral("<h3>%1</h3><p></p>").arg(heading.toHtmlEscaped());
    return html;
}

QList<ActivityListRow> ActivityRepository::list(const QSqlDatabase& db,
                                                const ActivityFilter& filter, ListDetail detail)
{
    QStringList where;
    QVariantList binds;
    const auto [from, to] = filter.range();
    if (from.isValid()) {
        where << QStringLiteral("a.starts_at >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where << QStringLiteral("a.starts_at < ?");
        binds << to.addDays(1).toString(Qt::ISODate);
    }
    if (filter.kindId) {
        where << QStringLiteral("a.kind_id = ?");
        binds << *filter.kindId;
    }
    if (filter.groupId) {
        where << QStringLiteral("a.group_id = ?");
        binds << *filter.groupId;
    }
    // Read directly: a year at a district is 10,000 rows.
    sql::Rows q(db,
                kListSelect +
                    (where.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
                    QStringLiteral(" ORDER BY a.starts_at, a.id"),
                binds);
    QList<ActivityListRow> rows;
    while (q.next())
        rows << listRow(q);
    if (detail == ListDetail::WithFigures)
        addFigures(db, rows, 0, int(rows.size()));
    return rows;
}

void ActivityRepository::addFigures(const QSqlDatabase& db, QList<ActivityListRow>& rows, int from,
                                    int to)
{
    constexpr int kChunk = 500;
    from = qMax(0, from);
    to = qMin(int(rows.size()), to);
    for (int start = from; start < to; start += kChunk) {
        QHash<qint64, int> at; // id -> row
        QVariantList ids;
        for (int i = start; i < qMin(to, start + kChunk); ++i)
            if (rows[i].id > 0) {
                at.insert(rows[i].id, i);
                ids << rows[i].id;
            }
        if (ids.isEmpty())
            continue;
        QStringList marks(ids.size(), QStringLiteral("?"));
        QSqlQuery q = sql::run(db, kFiguresSelect.arg(marks.join(QLatin1Char(','))), ids);
        while (q.next()) {
            ActivityListRow& r = rows[at.value(q.value(0).toLongLong())];
            r.counts.expected = q.value(1).toInt();
            r.counts.present = q.value(2).toInt();
            r.counts.leave = q.value(3).toInt();
            r.counts.absent = r.counts.expected - r.counts.present - r.counts.leave;
            r.others = q.value(4).toInt();
            r.stepsDone = q.value(5).toInt();
            r.stepsTotal = q.value(6).toInt();
            r.openActions = q.value(7).toInt();
        }
    }
}

Activity ActivityRepository::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT kind_id, title, starts_at, ends_at, venue_id, place, organiser, "
                       "group_id, community_id, host, residents_count, coalesce(t.minutes, ''), "
                       "coalesce(t.decisions, ''), plan_id, plan_date FROM activities a LEFT "
                       "JOIN activity_texts t ON t.activity_id = a.id WHERE a.id = ?"),
        {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no activity %1.").arg(id));
    Activity a;
    a.id = id;
    a.kindId = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    const QString startsAt = q.value(2).toString();
    a.date = dateOf(startsAt);
    a.start = timeOf(QStringView(startsAt).mid(11, 5));
    a.end = timeOf(q.value(3).toString());
    a.venueId = sql::optionalId(q.value(4));
    a.place = q.value(5).toString();
    a.organiser = q.value(6).toString();
    a.groupId = sql::optionalId(q.value(7));
    a.communityId = sql::optionalId(q.value(8));
    a.host = q.value(9).toString();
    a.residents = q.value(10).toInt();
    a.minutes = q.value(11).toString();
    a.decisions = q.value(12).toString();
    a.planId = sql::optionalId(q.value(13));
    a.planDate = dateOf(q.value(14).toString());

    QSqlQuery t =
        sql::run(db,
                 QStringLiteral("SELECT t.deputy_id, d.name, t.status, t.reason FROM "
                                "activity_attendees t JOIN deputies d ON d.id = "
                                "t.deputy_id WHERE t.activity_id = ? ORDER BY t.position"),
                 {id});
    while (t.next())
        a.attendees << Attendee{t.value(0).toLongLong(), t.value(1).toString(),
                                attendanceFromKey(t.value(2).toString()), t.value(3).toString()};
    QSqlQuery p = sql::run(db,
                           QStringLiteral("SELECT organisation, people FROM activity_participants "
                                          "WHERE activity_id = ? ORDER BY id"),
                           {id});
    while (p.next())
        a.participants << Participant{p.value(0).toString(), p.value(1).toInt()};
    QSqlQuery tp = sql::run(db,
                            QStringLiteral("SELECT id, title, opinion_id FROM activity_topics "
                                           "WHERE activity_id = ? ORDER BY position"),
                            {id});
    while (tp.next())
        a.topics << Topic{tp.value(0).toLongLong(), tp.value(1).toString(),
                          sql::optionalId(tp.value(2))};
    QSqlQuery ai = sql::run(db,
                            QStringLiteral("SELECT id, what, responsible, deadline, status, "
                                           "completion_note, completed_on FROM action_items "
                                           "WHERE activity_id = ? ORDER BY position"),
                            {id});
    while (ai.next())
        a.actions << ActionItem{
            ai.value(0).toLongLong(),       id,
            ai.value(1).toString(),         ai.value(2).toString(),
            dateOf(ai.value(3).toString()), actionStatusFromKey(ai.value(4).toString()),
            ai.value(5).toString(),         dateOf(ai.value(6).toString())};
    QSqlQuery s = sql::run(
        db, QStringLiteral("SELECT step_id FROM activity_steps_done WHERE activity_id = ?"), {id});
    while (s.next())
        a.stepsDone.insert(s.value(0).toLongLong());
    return a;
}

bool ActivityRepository::needsAttendanceReason(const QSqlDatabase& db, const Activity& activity,
                                               const QDate& today)
{
    return activity.id != 0 && attendanceChangeNeedsReason(load(db, activity.id), activity, today);
}

qint64 ActivityRepository::save(const QSqlDatabase& db, const UserRef& by, const Activity& input,
                                const QString& attendanceReason, const QDate& today)
{
    Activity a = normalized(input);
    for (Attendee& at : a.attendees) // for the messages
        if (at.name.isEmpty())
            at.name = sql::scalar(db, QStringLiteral("SELECT name FROM deputies WHERE id = ?"),
                                  {at.deputyId})
                          .toString();
    QList<FieldError> errors = a.validate();
    if (a.kindId > 0 &&
        !sql::scalar(db, QStringLiteral("SELECT count(*) FROM activity_kinds WHERE id = ?"),
                     {a.kindId})
             .toInt())
        errors << FieldError{QStringLiteral("kind"), Text::tr("Kind"),
                             Text::tr("Kind: choose the kind of activity.")};
    const std::optional<Activity> stored =
        a.id ? std::optional<Activity>(load(db, a.id)) : std::nullopt;
    // A resident's opinion turned into a topic of the meeting (转为议题) stays among its topics:
    // it is the opinion's record of where it was deliberated (its words may change).
    if (stored)
        for (const Topic& was : stored->topics)
            if (was.opinionId &&
                std::none_of(a.topics.cbegin(), a.topics.cend(),
                             [&](const Topic& t) { return t.opinionId == was.opinionId; }))
                errors << FieldError{QStringLiteral("topics"), Text::tr("Topics"),
                                     Text::tr("Topics: “%1” is a resident's opinion turned into a "
                                              "topic of this meeting; it stays among the topics.")
                                         .arg(was.title)};
    const bool reasonNeeded = stored && attendanceChangeNeedsReason(*stored, a, today);
    if (reasonNeeded && attendanceReason.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("attendanceReason"), Text::tr("Reason for the change"),
                             Text::tr("Reason for the change: this activity was held more than "
                                      "30 days ago; say why its attendance is being changed.")};
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const QJsonObject before = stored ? stored->toJson() : QJsonObject();
    const QString now = sql::timestamp();
    const QVariantList fields = {a.kindId,
                                 a.title,
                                 startsAtKey(a.date, a.start),
                                 a.end.isValid() ? a.end.toString(QStringLiteral("HH:mm"))
                                                 : QString(),
                                 sql::nullable(a.venueId),
                                 a.place,
                                 a.organiser,
                                 sql::nullable(a.groupId),
                                 sql::nullable(a.communityId),
                                 a.host,
                                 a.residents,
                                 sql::nullable(a.planId),
                                 a.planId ? a.planDate.toString(Qt::ISODate) : QString(),
                                 now};
    qint64 id = a.id;
    if (id == 0) {
        QVariantList binds = fields;
        binds << now;
        id = sql::run(db,
                      QStringLiteral("INSERT INTO activities (kind_id, title, starts_at, ends_at, "
                                     "venue_id, place, organiser, group_id, community_id, host, "
                                     "residents_count, plan_id, plan_date, updated_at, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?)"),
                      binds)
                 .lastInsertId()
                 .toLongLong();
    } else {
        QVariantList binds = fields;
        binds << id;
        sql::run(db,
                 QStringLiteral("UPDATE activities SET kind_id = ?, title = ?, starts_at = ?, "
                                "ends_at = ?, venue_id = ?, place = ?, organiser = ?, group_id = "
                                "?, community_id = ?, host = ?, residents_count = ?, plan_id = "
                                "?, plan_date = ?, updated_at = ? WHERE id = ?"),
                 binds);
        for (const char* table : {"activity_texts", "activity_attendees", "activity_participants",
                                  "activity_topics", "action_items", "activity_steps_done"})
            sql::run(db,
                     QStringLiteral("DELETE FROM %1 WHERE activity_id = ?")
                         .arg(QString::fromLatin1(table)),
                     {id});
    }
    // The long texts in a table of their own (schema 12), which lists never read.
    if (!a.minutes.isEmpty() || !a.decisions.isEmpty())
        sql::run(db,
                 QStringLiteral("INSERT INTO activity_texts (activity_id, minutes, decisions) "
                                "VALUES (?, ?, ?)"),
                 {id, a.minutes, a.decisions});
    int position = 0;
    for (const Attendee& at : a.attendees)
        sql::run(db,
                 QStringLiteral("INSERT INTO activity_attendees (activity_id, deputy_id, "
                                "position, status, reason) VALUES (?, ?, ?, ?, ?)"),
                 {id, at.deputyId, ++position, attendanceKey(at.status), at.reason});
    for (const Participant& p : a.participants)
        sql::run(db,
                 QStringLiteral("INSERT INTO activity_participants (activity_id, organisation, "
                                "people) VALUES (?, ?, ?)"),
                 {id, p.organisation, p.people});
    position = 0;
    for (const Topic& t : a.topics) // ids kept, so that links to them survive an edit
        sql::run(db,
                 QStringLiteral("INSERT INTO activity_topics (id, activity_id, position, title, "
                                "opinion_id) VALUES (?, ?, ?, ?, ?)"),
                 {t.id > 0 ? QVariant(t.id) : QVariant(), id, ++position, t.title,
                  sql::nullable(t.opinionId)});
    position = 0;
    for (const ActionItem& item : a.actions)
        sql::run(db,
                 QStringLiteral("INSERT INTO action_items (id, activity_id, position, what, "
                                "responsible, deadline, status, completion_note, completed_on, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {item.id > 0 ? QVariant(item.id) : QVariant(), id, ++position, item.what,
                  item.responsible, item.deadline.toString(Qt::ISODate),
                  actionStatusKey(item.status), item.completionNote,
                  item.completedOn.toString(Qt::ISODate), now});
    for (qint64 step : a.stepsDone)
        sql::run(db,
                 QStringLiteral("INSERT INTO activity_steps_done (activity_id, step_id) SELECT ?, "
                                "id FROM activity_kind_steps WHERE id = ? AND kind_id = ?"),
                 {id, step, a.kindId});
    QJsonObject after = a.toJson();
    if (reasonNeeded)
        after.insert(QStringLiteral("attendance_change_reason"), attendanceReason.trimmed());
    appendAudit(db, by,
                {a.id == 0 ? QStringLiteral("insert") : QStringLiteral("update"),
                 QStringLiteral("activities"), id, before, after});
    return id;
}

qint64 ActivityRepository::save(OfficeFile& office, const Activity& activity,
                                const QString& attendanceReason)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = save(office.db(), office.currentUser(), activity, attendanceReason);
    tx.commit();
    return id;
}

void ActivityRepository::remove(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    if (const std::optional<FieldError> why = whyKept(db, id))
        throw ValidationError({*why});
    const QJsonObject before = load(db, id).toJson();
    sql::run(db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {id});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"), QStringLiteral("activities"), id, before, {}});
    tx.commit();
}

std::optional<FieldError> ActivityRepository::whyKept(const QSqlDatabase& db, qint64 id)
{
    QStringList opinions; // turned into its topics: the meeting is their record
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT title FROM activity_topics WHERE activity_id = ? "
                                          "AND opinion_id IS NOT NULL ORDER BY position"),
                           {id});
    while (q.next())
        opinions << QStringLiteral("“%1”").arg(q.value(0).toString());
    if (opinions.isEmpty())
        return std::nullopt;
    return FieldError{QStringLiteral("topics"), Text::tr("Topics"),
                      Text::tr("Topics: %n resident's opinion(s) were turned into topics of this "
                               "meeting (%1); it is kept as their record.",
                               nullptr, int(opinions.size()))
                          .arg(opinions.join(QStringLiteral("、")))};
}

QString ActivityRepository::defaultOrganiser(const QSqlDatabase& db, std::optional<qint64> groupId)
{
    if (groupId)
        if (const QString group =
                sql::scalar(db, QStringLiteral("SELECT name FROM deputy_groups WHERE id = ?"),
                            {*groupId})
                    .toString();
            !group.isEmpty())
            return group;
    return sql::scalar(db, QStringLiteral("SELECT name FROM office WHERE id = 1")).toString() +
           QStringLiteral("人大工委");
}

std::optional<qint64> ActivityRepository::find(const QSqlDatabase& db, qint64 kindId,
                                               const QDate& date, const QString& title)
{
    return sql::optionalId(sql::scalar(
        db,
        QStringLiteral("SELECT id FROM activities WHERE kind_id = ? AND starts_at >= ? AND "
                       "starts_at < ? AND title = ? ORDER BY id LIMIT 1"),
        {kindId, date.toString(Qt::ISODate), date.addDays(1).toString(Qt::ISODate),
         title.trimmed()}));
}

namespace {
const QString kOpenItems = QStringLiteral("i.status IN ('open', 'in_progress')");
} // namespace

QList<ActionItemRow> ActivityRepository::actionItems(const QSqlDatabase& db, bool openOnly,
                                                     int offset, int limit)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT i.id, i.activity_id, i.what, i.responsible, i.deadline, "
                           "i.status, i.completion_note, i.completed_on, a.starts_at, a.title, "
                           "k.name FROM action_items i JOIN activities a ON a.id = i.activity_id "
                           "JOIN activity_kinds k ON k.id = a.kind_id %1 "
                           "ORDER BY i.status IN ('done', 'dropped'), i.deadline = '', "
                           "i.deadline, a.starts_at, i.position, i.id %2")
                .arg(openOnly ? QStringLiteral("WHERE ") + kOpenItems : QString(),
                     limit > 0 ? QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset)
                               : QString()));
    QList<ActionItemRow> rows;
    while (q.next()) {
        ActionItemRow r;
        r.item =
            ActionItem{q.value(0).toLongLong(),       q.value(1).toLongLong(),
                       q.value(2).toString(),         q.value(3).toString(),
                       dateOf(q.value(4).toString()), actionStatusFromKey(q.value(5).toString()),
                       q.value(6).toString(),         dateOf(q.value(7).toString())};
        r.activityDate = dateOf(q.value(8).toString());
        r.activityTitle = q.value(9).toString();
        r.kind = q.value(10).toString();
        rows << r;
    }
    return rows;
}

ActivityRepository::ActionItemCounts
ActivityRepository::countActionItems(const QSqlDatabase& db, bool openOnly, const QDate& today)
{
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT count(*), coalesce(sum(%1 AND i.deadline <> '' AND i.deadline < "
                       "?), 0) FROM action_items i %2")
            .arg(kOpenItems, openOnly ? QStringLiteral("WHERE ") + kOpenItems : QString()),
        {sql::dateText(today)});
    q.next();
    return {q.value(0).toInt(), q.value(1).toInt()};
}

void ActivityRepository::saveActionItem(OfficeFile& office, const ActionItem& item)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    Activity a = load(db, item.activityId);
    bool found = false;
    for (ActionItem& existing : a.actions)
        if (existing.id == item.id) {
            existing = item;
            found = true;
        }
    if (!found)
        throw Error(Error::Kind::NotFound, Text::tr("There is no action item %1.").arg(item.id));
    save(db, office.currentUser(), a, {});
    tx.commit();
}

} // namespace dd
