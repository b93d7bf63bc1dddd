#include "suggestion.h"

#include "activity/activityplan.h"
#include "opinionrepository.h"
#include "org/validators.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Suggestion)
};

QJsonArray jsonIds(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return a;
}

// The columns a suggestion is saved in, and its values for them.
const QStringList kSavedColumns = {
    QStringLiteral("kind"),     QStringLiteral("title"),        QStringLiteral("number"),
    QStringLiteral("congress"), QStringLiteral("submitted_on"), QStringLiteral("handling_unit_id"),
    QStringLiteral("reply_on"), QStringLiteral("reply"),        QStringLiteral("satisfaction"),
    QStringLiteral("notes")};

// The kind column's value.
QString kindKey(bool motion)
{
    return motion ? QStringLiteral("motion") : QStringLiteral("suggestion");
}

QVariantList savedValues(const Suggestion& s)
{
    return {kindKey(s.motion),
            s.title.trimmed(),
            s.number.trimmed(),
            s.congress.trimmed(),
            sql::dateText(s.submittedOn),
            sql::nullable(s.handlingUnitId),
            sql::dateText(s.replyOn),
            s.reply.trimmed(),
            evaluationKey(s.satisfaction),
            s.notes.trimmed()};
}

// A suggestion as its audit row holds it: every saved field, its deputies in order and the
// opinions it came from.
QJsonObject auditObject(const Suggestion& s)
{
    QJsonObject object = auditFields(kSavedColumns, savedValues(s));
    object.insert(QStringLiteral("deputies"), jsonIds(s.deputyIds));
    object.insert(QStringLiteral("opinions"), jsonIds(s.opinionIds));
    return object;
}
} // namespace

QList<FieldError> Suggestion::validate() const
{
    QList<FieldError> errors;
    const auto add = [&](const char* key, const QString& label,
                         const std::optional<QString>& message) {
        if (message)
            errors << FieldError{QString::fromLatin1(key), label, *message};
    };
    add("title", Text::tr("Title"), validate::text(Text::tr("Title"), title, 100, true));
    add("number", Text::tr("Number"), validate::text(Text::tr("Number"), number, 20));
    add("congress", Text::tr("Congress session"),
        validate::text(Text::tr("Congress session"), congress, 40));
    add("reply", Text::tr("Reply"), validate::text(Text::tr("Reply"), reply, 4000, false, true));
    add("notes", Text::tr("Notes"), validate::text(Text::tr("Notes"), notes, 1000, false, true));
    const QString submittedLabel = Text::tr("Submitted on");
    if (!submittedOn.isValid())
        errors << FieldError{QStringLiteral("submittedOn"), submittedLabel,
                             Text::tr("Submitted on: enter the day the suggestion was "
                                      "submitted.")};
    else
        add("submittedOn", submittedLabel,
            validate::dateInRange(submittedLabel, submittedOn, QDate(2000, 1, 1),
                                  QDate::currentDate()));
    if (replyOn.isValid() && submittedOn.isValid() && replyOn < submittedOn)
        errors << FieldError{QStringLiteral("replyOn"), Text::tr("Replied on"),
                             Text::tr("Replied on: the reply cannot come before the "
                                      "submission.")};
    if (!replyOn.isValid() && satisfaction != Evaluation::None)
        errors << FieldError{QStringLiteral("satisfaction"), Text::tr("Satisfaction"),
                             Text::tr("Satisfaction: record the reply before the deputy's "
                                      "satisfaction with it.")};
    if (deputyIds.isEmpty())
        errors << FieldError{QStringLiteral("deputies"), Text::tr("Deputies"),
                             Text::tr("Deputies: choose the deputy (or deputies) who submit "
                                      "it.")};
    return errors;
}

namespace {
// A suggestion's columns with its deputies and opinions (ids, comma-separated, in order), read
// in one statement: a district's year lists thousands, which are not read one by one.
const QString kSuggestionColumns = QStringLiteral(
    "s.id, s.kind, s.title, s.number, s.congress, s.submitted_on, s.handling_unit_id, "
    "s.reply_on, s.reply, s.satisfaction, s.notes, (SELECT group_concat(deputy_id) FROM (SELECT "
    "deputy_id FROM suggestion_deputies WHERE suggestion_id = s.id ORDER BY position)), (SELECT "
    "group_concat(opinion_id) FROM (SELECT opinion_id FROM suggestion_opinions WHERE "
    "suggestion_id = s.id ORDER BY opinion_id))");
constexpr int kSuggestionColumnCount = 13;

QList<qint64> idList(const QVariant& commaSeparated)
{
    QList<qint64> ids;
    for (const QString& id : commaSeparated.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << id.toLongLong();
    return ids;
}

Suggestion suggestionOf(const QSqlQuery& q)
{
    Suggestion s;
    s.id = q.value(0).toLongLong();
    s.motion = q.value(1).toString() == QLatin1String("motion");
    s.title = q.value(2).toString();
    s.number = q.value(3).toString();
    s.congress = q.value(4).toString();
    s.submittedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.handlingUnitId = sql::optionalId(q.value(6));
    s.replyOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    s.reply = q.value(8).toString();
    s.satisfaction = evaluationFromKey(q.value(9).toString());
    s.notes = q.value(10).toString();
    s.deputyIds = idList(q.value(11));
    s.opinionIds = idList(q.value(12));
    return s;
}
} // namespace

namespace {
// A year as a span of days, which the index on submitted_on finds (year 0: no condition).
std::pair<QString, QVariantList> yearCondition(int year)
{
    if (year <= 0)
        return {};
    return {QStringLiteral("WHERE s.submitted_on >= ? AND s.submitted_on < ?"),
            {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-01-01").arg(year + 1)}};
}
} // namespace

QList<SuggestionListRow> SuggestionRepository::list(const QSqlDatabase& db, int year, int offset,
                                                    int limit)
{
    const auto [where, days] = yearCondition(year);
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT %1, (SELECT group_concat(d.name, '、') FROM (SELECT d.name FROM "
                       "suggestion_deputies sd JOIN deputies d ON d.id = sd.deputy_id WHERE "
                       "sd.suggestion_id = s.id ORDER BY sd.position) d), coalesce(u.name, '') "
                       "FROM suggestions s LEFT JOIN handling_units u ON u.id = "
                       "s.handling_unit_id %2 ORDER BY s.submitted_on DESC, s.id DESC %3")
            .arg(kSuggestionColumns, where,
                 limit > 0 ? QStringLiteral("LIMIT %1 OFFSET %2").arg(limit).arg(offset)
                           : QString()),
        days);
    QList<SuggestionListRow> rows;
    while (q.next())
        rows << SuggestionListRow{suggestionOf(q), q.value(kSuggestionColumnCount).toString(),
                                  q.value(kSuggestionColumnCount + 1).toString()};
    return rows;
}

int SuggestionRepository::firstYear(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT min(submitted_on) FROM suggestions"))
        .toString()
        .left(4)
        .toInt();
}

QStringList SuggestionRepository::congresses(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT congress FROM suggestions WHERE congress "
                                              "<> '' GROUP BY congress ORDER BY "
                                              "max(submitted_on) DESC, max(id) DESC"));
    QStringList sessions;
    while (q.next())
        sessions << q.value(0).toString();
    return sessions;
}

QString SuggestionRepository::nextNumber(const QSqlDatabase& db, bool motion,
                                         const QString& congress)
{
    if (congress.trimmed().isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT number FROM suggestions WHERE kind = ? AND congress = ?"),
        {kindKey(motion), congress.trimmed()});
    QString highest; // the number text holding the highest figure
    qint64 figure = 0;
    while (q.next()) {
        const QString number = q.value(0).toString();
        const QRegularExpressionMatch m = digits.match(number);
        if (m.hasMatch() && m.captured().toLongLong() >= figure) {
            figure = m.captured().toLongLong();
            highest = number;
        }
    }
    if (highest.isEmpty())
        return QStringLiteral("1");
    const QRegularExpressionMatch m = digits.match(highest);
    return QString(highest).replace(
        m.capturedStart(), m.capturedLength(),
        QStringLiteral("%1").arg(figure + 1, int(m.capturedLength()), 10, QLatin1Char('0')));
}

SuggestionRepository::ListCounts SuggestionRepository::count(const QSqlDatabase& db, int year)
{
    const auto [where, days] = yearCondition(year);
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT count(*), coalesce(sum(s.reply_on <> ''), 0) "
                                          "FROM suggestions s %1")
                               .arg(where),
                           days);
    q.next();
    return {q.value(0).toInt(), q.value(1).toInt()};
}

Suggestion SuggestionRepository::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT %1 FROM suggestions s WHERE s.id = ?").arg(kSuggestionColumns),
        {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no suggestion %1.").arg(id));
    return suggestionOf(q);
}

qint64 SuggestionRepository::save(const QSqlDatabase& db, const UserRef& by, const Suggestion& s)
{
    QList<FieldError> errors = s.validate();
    // A session numbers its suggestions and its motions once each.
    if (!s.number.trimmed().isEmpty() && !s.congress.trimmed().isEmpty()) {
        QSqlQuery taken = sql::run(
            db,
            QStringLiteral("SELECT title FROM suggestions WHERE kind = ? AND congress = ? AND "
                           "number = ? AND id <> ?"),
            {kindKey(s.motion), s.congress.trimmed(), s.number.trimmed(), s.id});
        if (taken.next()) // in the form's order, after the title (the form focuses the first)
            errors.insert(errors.value(0).field == QLatin1String("title") ? 1 : 0,
                          FieldError{QStringLiteral("number"), Text::tr("Number"),
                                     Text::tr("Number: %1 of %2 is already “%3”.")
                                         .arg(s.number.trimmed(), s.congress.trimmed(),
                                              taken.value(0).toString())});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString now = sql::timestamp();
    const QVariantList binds = savedValues(s) + QVariantList{now};
    // An update's audit row holds the suggestion before it too, so that it tells what changed.
    const QJsonObject before = s.id != 0 ? auditObject(load(db, s.id)) : QJsonObject();
    qint64 id = s.id;
    if (id == 0) {
        id = sql::run(db,
                      QStringLiteral("INSERT INTO suggestions (kind, title, number, congress, "
                                     "submitted_on, handling_unit_id, reply_on, reply, "
                                     "satisfaction, notes, updated_at, created_at) VALUES (?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      binds + QVariantList{now})
                 .lastInsertId()
                 .toLongLong();
    } else {
        sql::run(db,
                 QStringLiteral("UPDATE suggestions SET kind = ?, title = ?, number = ?, "
                                "congress = ?, submitted_on = ?, handling_unit_id = ?, reply_on = "
                                "?, reply = ?, satisfaction = ?, notes = ?, updated_at = ? WHERE "
                                "id = ?"),
                 binds + QVariantList{id});
        sql::run(db, QStringLiteral("DELETE FROM suggestion_deputies WHERE suggestion_id = ?"),
                 {id});
        sql::run(db, QStringLiteral("DELETE FROM suggestion_opinions WHERE suggestion_id = ?"),
                 {id});
    }
    int position = 0;
    for (qint64 deputy : s.deputyIds)
        sql::run(db,
                 QStringLiteral("INSERT OR IGNORE INTO suggestion_deputies (suggestion_id, "
                                "deputy_id, position) VALUES (?, ?, ?)"),
                 {id, deputy, ++position});
    for (qint64 opinion : s.opinionIds)
        sql::run(db,
                 QStringLiteral("INSERT OR IGNORE INTO suggestion_opinions (suggestion_id, "
                                "opinion_id) VALUES (?, ?)"),
                 {id, opinion});
    appendAudit(db, by,
                {s.id ? QStringLiteral("update") : QStringLiteral("insert"),
                 QStringLiteral("suggestions"), id, before, auditObject(s)});
    return id;
}

qint64 SuggestionRepository::save(OfficeFile& office, const Suggestion& suggestion)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = save(office.db(), office.currentUser(), suggestion);
    tx.commit();
    return id;
}

void SuggestionRepository::remove(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    const Suggestion s = load(db, id);
    if (!s.opinionIds.isEmpty())
        throw ValidationError(
            {FieldError{QStringLiteral("opinions"), Text::tr("Opinions"),
                        Text::tr("Opinions: %n opinion(s) were escalated to this suggestion; it "
                                 "is kept as their record.",
                                 nullptr, int(s.opinionIds.size()))}});
    Transaction tx(db);
    sql::run(db, QStringLiteral("DELETE FROM suggestions WHERE id = ?"), {id});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"), QStringLiteral("suggestions"), id, auditObject(s), {}});
    tx.commit();
}

qint64 SuggestionRepository::escalate(OfficeFile& office, qint64 opinionId, Suggestion suggestion,
                                      const QString& note, const QDate& on)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    if (!suggestion.opinionIds.contains(opinionId))
        suggestion.opinionIds << opinionId;
    const qint64 id = save(db, office.currentUser(), suggestion);
    OpinionTransition t;
    t.to = OpinionState::Escalated;
    t.note = note;
    t.on = on;
    t.suggestionId = id;
    OpinionRepository::transition(db, office.currentUser(), opinionId, t, WorkCalendar::load(db));
    tx.commit();
    return id;
}

QDate supervisionSessionDay(const QDate& announcedOn, const WorkCalendar& calendar)
{
    const int month = announcedOn.month();
    const QDate first = QDate(announcedOn.year(), month, 1).addMonths(month % 2 ? 1 : 2);
    QDate day(first.year(), first.month(), 15);
    while (!calendar.isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QList<SupervisionTopic> SupervisionTopicRepository::list(const QSqlDatabase& db, int year)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT id, title, announced_on, session_on, plan_id, notes FROM "
                           "supervision_topics %1 ORDER BY announced_on, id")
                .arg(year > 0 ? QStringLiteral("WHERE substr(announced_on, 1, 4) = '%1'").arg(year)
                              : QString()));
    QList<SupervisionTopic> list;
    while (q.next()) {
        SupervisionTopic t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.announcedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        t.sessionOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        t.planId = sql::optionalId(q.value(4));
        t.notes = q.value(5).toString();
        t.opinionIds = sql::ids(db,
                                QStringLiteral("SELECT opinion_id FROM supervision_topic_opinions "
                                               "WHERE topic_id = ? ORDER BY opinion_id"),
                                {t.id});
        list << t;
    }
    return list;
}

qint64 SupervisionTopicRepository::announce(OfficeFile& office, const SupervisionTopic& topic)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    QList<FieldError> errors;
    if (const auto m = validate::text(Text::tr("Title"), topic.title, 100, true))
        errors << FieldError{QStringLiteral("title"), Text::tr("Title"), *m};
    if (!topic.announcedOn.isValid())
        errors << FieldError{QStringLiteral("announcedOn"), Text::tr("Announced on"),
                             Text::tr("Announced on: enter the day the topic is announced.")};
    const auto kind = ActivityRepository::findKind(db, QStringLiteral("督办活动"));
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QDate session = supervisionSessionDay(topic.announcedOn, WorkCalendar::load(db));

    Transaction tx(db);
    const UserRef& by = office.currentUser();
    std::optional<qint64> planId;
    if (kind) {
        ActivityPlan plan;
        plan.kindId = *kind;
        // The office's record, in Chinese whatever the interface language.
        plan.title = QString(QStringLiteral("督办：") + topic.title.trimmed()).left(100);
        plan.rule = PlanRule::Yearly;
        plan.month = session.month();
        plan.day = session.day();
        plan.time = QTime(9, 0);
        plan.firstDay = session;
        plan.lastDay = session;
        planId = PlanRepository::save(db, by, plan);
    }
    const QString now = sql::timestamp();
    const qint64 id =
        sql::run(db,
                 QStringLiteral("INSERT INTO supervision_topics (title, announced_on, session_on, "
                                "plan_id, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                "?, ?)"),
                 {topic.title.trimmed(), sql::dateText(topic.announcedOn), sql::dateText(session),
                  sql::nullable(planId), topic.notes.trimmed(), now, now})
            .lastInsertId()
            .toLongLong();
    for (qint64 opinion : topic.opinionIds)
        sql::run(db,
                 QStringLiteral("INSERT OR IGNORE INTO supervision_topic_opinions (topic_id, "
                                "opinion_id) VALUES (?, ?)"),
                 {id, opinion});
    appendAudit(db, by,
                {QStringLiteral("insert"),
                 QStringLiteral("supervision_topics"),
                 id,
                 {},
                 {{QStringLiteral("title"), topic.title.trimmed()},
                  {QStringLiteral("announced_on"), sql::dateText(topic.announcedOn)},
                  {QStringLiteral("session_on"), sql::dateText(session)},
                  {QStringLiteral("opinions"), jsonIds(topic.opinionIds)}}});
    tx.commit();
    return id;
}

void SupervisionTopicRepository::withdraw(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT title, announced_on, session_on, plan_id FROM "
                                          "supervision_topics WHERE id = ?"),
                           {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("The supervision topic no longer exists."));
    const QString title = q.value(0).toString();
    const QString announced = q.value(1).toString();
    const QString session = q.value(2).toString();
    const std::optional<qint64> planId = sql::optionalId(q.value(3));
    q.finish();
    if (planId) {
        const QVariant held = sql::scalar(
            db,
            QStringLiteral(
                "SELECT min(substr(starts_at, 1, 10)) FROM activities WHERE plan_id = ?"),
            {*planId});
        if (!held.isNull())
            throw ValidationError(
                {FieldError{QStringLiteral("session"), Text::tr("Supervision session"),
                            Text::tr("Supervision session: 「%1」 was supervised at the session "
                                     "of %2; it is kept as its record.")
                                .arg(title, held.toString())}});
    }
    const QList<qint64> opinions =
        sql::ids(db,
                 QStringLiteral("SELECT opinion_id FROM supervision_topic_opinions WHERE topic_id "
                                "= ? ORDER BY opinion_id"),
                 {id});
    sql::run(db, QStringLiteral("DELETE FROM supervision_topics WHERE id = ?"), {id});
    if (planId)
        PlanRepository::remove(db, office.currentUser(), *planId);
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"),
                 QStringLiteral("supervision_topics"),
                 id,
                 {{QStringLiteral("title"), title},
                  {QStringLiteral("announced_on"), announced},
                  {QStringLiteral("session_on"), session},
                  {QStringLiteral("opinions"), jsonIds(opinions)}},
                 {}});
    tx.commit();
}

} // namespace dd
