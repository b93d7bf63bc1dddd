#include "opinionrepository.h"

#include "opinionrows.h"
#include "org/validators.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/enumkeys.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace dd {

using namespace opinionrows;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Opinion)
};

Opinion normalized(Opinion o)
{
    o.title = normalizeText(o.title).trimmed();
    o.content = o.content.trimmed();
    o.submitterName = o.anonymous ? QString() : normalizeText(o.submitterName).trimmed();
    o.submitterPhone = o.anonymous ? QString() : o.submitterPhone.trimmed();
    if (!o.submitterPhone.isEmpty() && !validate::phone({}, o.submitterPhone))
        o.submitterPhone = validate::canonicalPhone(o.submitterPhone);
    return o;
}

// The fields a clerk enters, in the column order registered_on … priority.
QVariantList enteredFields(const Opinion& o)
{
    return {dateKey(o.registeredOn),
            channelKey(o.channel),
            int(o.anonymous),
            o.submitterName,
            o.submitterPhone,
            sql::nullable(o.communityId),
            sql::nullable(o.gridId),
            sql::nullable(o.deputyId),
            sql::nullable(o.groupId),
            o.title,
            o.content,
            o.categoryId,
            responsibilityKey(o.responsibility),
            priorityKey(o.priority)};
}

void appendHistory(const QSqlDatabase& db, const UserRef& by, qint64 id, const QDate& on,
                   std::optional<OpinionState> from, OpinionState to, const QString& note,
                   const QJsonObject& details = {})
{
    sql::run(db,
             QStringLiteral("INSERT INTO opinion_history (opinion_id, recorded_at, on_date, "
                            "user_name, from_state, to_state, note, details) VALUES (?, ?, ?, ?, "
                            "?, ?, ?, ?)"),
             {id, sql::timestamp(), dateKey(on),
              by.displayName.isEmpty() ? by.login : by.displayName,
              from ? opinionStateKey(*from) : QString(), opinionStateKey(to), note.trimmed(),
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

// What a step set, for its history row: its audit row's after without what the history row
// holds already (the state, the day, the note and 不予受理's reason, which is the note), the
// days that are the step's own day, and what it emptied (退回重办 takes back the evaluation).
QJsonObject stepDetails(QJsonObject after)
{
    for (auto it = after.begin(); it != after.end();) {
        const QString key = it.key();
        const bool told = key == QLatin1String("state") || key == QLatin1String("on") ||
                          key == QLatin1String("note") || key == QLatin1String("reject_reason") ||
                          key.endsWith(QLatin1String("_on"));
        if (told || (it->isString() && it->toString().isEmpty()))
            it = after.erase(it);
        else
            ++it;
    }
    return after;
}

} // namespace

int OpinionRepository::firstYear(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT min(registered_on) FROM opinions"))
        .toString()
        .left(4)
        .toInt();
}

QList<OpinionCategory> OpinionRepository::categories(const QSqlDatabase& db, bool withRetired)
{
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT id, name, retired FROM opinion_categories "
                                    "%1 ORDER BY sort_order, id")
                         .arg(withRetired ? QString() : QStringLiteral("WHERE retired = 0")));
    QList<OpinionCategory> list;
    while (q.next())
        list << OpinionCategory{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toBool()};
    return list;
}

std::optional<qint64> OpinionRepository::findCategory(const QSqlDatabase& db, const QString& name)
{
    return sql::optionalId(
        sql::scalar(db, QStringLiteral("SELECT id FROM opinion_categories WHERE name = ?"),
                    {normalizeText(name).trimmed()}));
}

qint64 OpinionRepository::saveCategory(OfficeFile& office, const OpinionCategory& category)
{
    office.require(Permission::ConfigureOffice);
    const QSqlDatabase db = office.db();
    const QString label = Text::tr("Category");
    const QString name = normalizeText(category.name).trimmed();
    if (const auto m = validate::text(label, name, 20, true))
        throw ValidationError({FieldError{QStringLiteral("name"), label, *m}});
    if (const auto other = findCategory(db, name); other && *other != category.id)
        throw ValidationError({FieldError{QStringLiteral("name"), label,
                                          Text::tr("Category: “%1” exists already.").arg(name)}});
    Transaction tx(db);
    qint64 id = category.id;
    if (id == 0)
        id = sql::run(db,
                      QStringLiteral("INSERT INTO opinion_categories (name, sort_order, retired) "
                                     "VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM "
                                     "opinion_categories), ?)"),
                      {name, int(category.retired)})
                 .lastInsertId()
                 .toLongLong();
    else
        sql::run(db,
                 QStringLiteral("UPDATE opinion_categories SET name = ?, retired = ? WHERE id = ?"),
                 {name, int(category.retired), id});
    appendAudit(db, office.currentUser(),
                {category.id ? QStringLiteral("update") : QStringLiteral("insert"),
                 QStringLiteral("opinion_categories"),
                 id,
                 {},
                 {{QStringLiteral("name"), name}, {QStringLiteral("retired"), category.retired}}});
    tx.commit();
    return id;
}

qint64 OpinionRepository::save(const QSqlDatabase& db, const UserRef& by, const Opinion& input)
{
    Opinion o = normalized(input);
    QList<FieldError> errors = o.validate();
    if (o.categoryId > 0 && !exists(db, "opinion_categories", o.categoryId))
        errors << FieldError{QStringLiteral("category"), Text::tr("Category"),
                             Text::tr("Category: choose one of the categories.")};
    if (o.gridId) {
        const auto community = sql::optionalId(sql::scalar(
            db, QStringLiteral("SELECT community_id FROM grids WHERE id = ?"), {*o.gridId}));
        if (!community)
            errors << FieldError{QStringLiteral("grid"), Text::tr("Grid"),
                                 Text::tr("Grid: choose one of the grids.")};
        else if (o.communityId && *o.communityId != *community)
            errors << FieldError{QStringLiteral("grid"), Text::tr("Grid"),
                                 Text::tr("Grid: the grid is not in the community chosen.")};
        else
            o.communityId = community;
    }
    const std::optional<Opinion> stored = o.id ? std::optional(load(db, o.id)) : std::nullopt;
    if (stored && stored->state == OpinionState::Archived)
        refuseArchived();
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const QString now = sql::timestamp();
    const QVariantList fields = enteredFields(o) + QVariantList{now};
    qint64 id = o.id;
    if (!stored) {
        id = sql::run(db,
                      QStringLiteral("INSERT INTO opinions (registered_on, channel, anonymous, "
                                     "submitter_name, submitter_phone, community_id, grid_id, "
                                     "deputy_id, group_id, title, content, category_id, "
                                     "responsibility, priority, updated_at, created_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      fields + QVariantList{now})
                 .lastInsertId()
                 .toLongLong();
        appendHistory(db, by, id, o.registeredOn, std::nullopt, OpinionState::Registered, {});
    } else {
        sql::run(db,
                 QStringLiteral("UPDATE opinions SET registered_on = ?, channel = ?, anonymous = "
                                "?, submitter_name = ?, submitter_phone = ?, community_id = ?, "
                                "grid_id = ?, deputy_id = ?, group_id = ?, title = ?, content = ?, "
                                "category_id = ?, responsibility = ?, priority = ?, updated_at = ? "
                                "WHERE id = ?"),
                 fields + QVariantList{id});
    }
    o.id = id;
    QJsonObject after = o.toJson();
    after.remove(QStringLiteral("submitter_phone"));
    appendAudit(db, by,
                {stored ? QStringLiteral("update") : QStringLiteral("insert"),
                 QStringLiteral("opinions"), id, stored ? stored->toJson() : QJsonObject(), after});
    return id;
}

qint64 OpinionRepository::save(OfficeFile& office, const Opinion& opinion)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = save(office.db(), office.currentUser(), opinion);
    tx.commit();
    return id;
}

Opinion OpinionRepository::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM opinions o WHERE id = ?"),
        {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no opinion %1.").arg(id));
    return readOpinion(q);
}

OpinionListRow OpinionRepository::row(const QSqlDatabase& db, qint64 id)
{
    const QList<OpinionListRow> rows =
        selectRows(db, {QStringLiteral("o.id = ?")}, {id}, QStringLiteral("o.id"));
    if (rows.isEmpty())
        throw Error(Error::Kind::NotFound, Text::tr("There is no opinion %1.").arg(id));
    return rows.first();
}

void OpinionRepository::remove(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    const Opinion o = load(db, id);
    if (o.state != OpinionState::Registered)
        throw ValidationError({FieldError{
            QStringLiteral("state"), Text::tr("State"),
            Text::tr("State: only an opinion that is still “%1” can be deleted; "
                     "this one is “%2” and is kept (archive it instead).")
                .arg(opinionStateName(OpinionState::Registered), opinionStateName(o.state))}});
    Transaction tx(db);
    sql::run(db, QStringLiteral("DELETE FROM opinions WHERE id = ?"), {id});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"), QStringLiteral("opinions"), id, o.toJson(), {}});
    tx.commit();
}

std::optional<OpinionState> OpinionRepository::archivedFrom(const QSqlDatabase& db, qint64 id)
{
    const QVariant from = sql::scalar(
        db,
        QStringLiteral("SELECT from_state FROM opinion_history WHERE opinion_id = ? AND "
                       "to_state = 'archived' ORDER BY id DESC LIMIT 1"),
        {id});
    if (!from.isValid() || from.toString().isEmpty())
        return std::nullopt;
    return opinionStateFromKey(from.toString());
}

QList<OpinionState> OpinionRepository::nextStates(const QSqlDatabase& db, const Opinion& opinion)
{
    return dd::nextStates(opinion, opinion.state == OpinionState::Archived
                                       ? archivedFrom(db, opinion.id)
                                       : std::nullopt);
}

void OpinionRepository::transition(const QSqlDatabase& db, const UserRef& by, qint64 id,
                                   const OpinionTransition& t, const WorkCalendar& calendar,
                                   const QDate& today)
{
    const Opinion o = load(db, id);
    const std::optional<OpinionState> from =
        o.state == OpinionState::Archived ? archivedFrom(db, id) : std::nullopt;
    QList<FieldError> errors = checkTransition(o, t, from);
    const QDate on = t.on.isValid() ? t.on : today;
    if (on > today)
        errors << FieldError{QStringLiteral("on"), Text::tr("Date"),
                             Text::tr("Date: %1 is in the future.").arg(dateKey(on))};
    const auto missing = [&](const std::optional<qint64>& ref, const char* table, const char* key,
                             const QString& label) {
        if (ref && !exists(db, table, *ref))
            errors << FieldError{QString::fromLatin1(key), label,
                                 Text::tr("%1: the record chosen does not exist.").arg(label)};
    };
    missing(t.handlingUnitId, "handling_units", "handlingUnit", Text::tr("Handling unit"));
    missing(t.activityId, "activities", "activity", Text::tr("Meeting"));
    missing(t.suggestionId, "suggestions", "suggestion", Text::tr("Formal suggestion"));
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const bool reopening = o.state == OpinionState::Archived;
    const QString deadline =
        dateKey(t.deadlineWorkingDays > 0 ? calendar.addWorkingDays(on, t.deadlineWorkingDays)
                                          : t.deadline); // of a dispatch or a 退回重办
    QStringList sets = {QStringLiteral("state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList binds = {opinionStateKey(t.to), sql::timestamp()};
    // The audit row holds what the step set, each field before and after (to whom it was
    // dispatched and by when, the result, the evaluation …), not only the state.
    const QJsonObject was = o.toJson();
    QJsonObject before{{QStringLiteral("state"), opinionStateKey(o.state)}};
    QJsonObject after{{QStringLiteral("state"), opinionStateKey(t.to)},
                      {QStringLiteral("on"), dateKey(on)},
                      {QStringLiteral("note"), t.note.trimmed()}};
    const auto set = [&](const char* column, const QVariant& value) {
        const QString key = QString::fromLatin1(column);
        sets << QStringLiteral("%1 = ?").arg(key);
        binds << value;
        before.insert(key, was.value(key));
        after.insert(key, QJsonValue::fromVariant(value));
    };
    if (reopening) {
        set("archived_on", QString());
    } else {
        switch (t.to) {
        case OpinionState::Rejected:
            set("reject_reason", t.note.trimmed());
            break;
        case OpinionState::Dispatched:
            set("handling_unit_id", *t.handlingUnitId);
            set("dispatched_on", dateKey(on));
            set("deadline", deadline);
            break;
        case OpinionState::InProgress:
            if (o.state == OpinionState::Evaluated) { // 退回重办, with a new deadline
                for (const char* column :
                     {"completed_on", "feedback_on", "evaluation", "evaluated_on"})
                    set(column, QString());
                set("deadline", deadline);
            }
            break;
        case OpinionState::Completed:
            set("result", t.result.trimmed());
            set("reply", t.reply.trimmed());
            set("completed_on", dateKey(on));
            break;
        case OpinionState::Feedback:
            set("feedback_on", dateKey(on));
            break;
        case OpinionState::Evaluated:
            set("evaluation", evaluationKey(t.evaluation));
            set("evaluated_on", dateKey(on));
            break;
        case OpinionState::Archived:
            set("archived_on", dateKey(on));
            break;
        case OpinionState::Topic:
            sql::run(db,
                     QStringLiteral("INSERT INTO activity_topics (activity_id, position, title, "
                                    "opinion_id) VALUES (?, (SELECT coalesce(max(position), 0) + 1 "
                                    "FROM activity_topics WHERE activity_id = ?), ?, ?)"),
                     {*t.activityId, *t.activityId, o.title, id});
            after.insert(QStringLiteral("activity_id"), *t.activityId);
            break;
        case OpinionState::Escalated:
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO suggestion_opinions (suggestion_id, "
                                    "opinion_id) VALUES (?, ?)"),
                     {*t.suggestionId, id});
            after.insert(QStringLiteral("suggestion_id"), *t.suggestionId);
            break;
        default:
            break;
        }
    }
    binds << id;
    sql::run(
        db,
        QStringLiteral("UPDATE opinions SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
        binds);
    appendHistory(db, by, id, on, o.state, t.to, t.note, stepDetails(after));
    appendAudit(db, by,
                {reopening ? QStringLiteral("reopen") : QStringLiteral("transition"),
                 QStringLiteral("opinions"), id, before, after});
}

void OpinionRepository::transition(OfficeFile& office, qint64 id, const OpinionTransition& t)
{
    office.require(Permission::EnterRecords);
    if (load(office.db(), id).state == OpinionState::Archived)
        office.require(Permission::ReopenArchived);
    Transaction tx(office.db());
    transition(office.db(), office.currentUser(), id, t, WorkCalendar::load(office.db()));
    tx.commit();
}

QList<qint64> OpinionRepository::insertImported(const QSqlDatabase& db, const UserRef& by,
                                                const QList<Imported>& rows, const QString& note)
{
    // Many rows to a statement; the ids given here (the caller's transaction writes alone),
    // so that the history rows need not wait for each opinion's, and may be written first.
    sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); // until the commit
    sql::BulkInsert opinions(db, QStringLiteral("opinions"),
                             {QStringLiteral("id"),
                              QStringLiteral("registered_on"),
                              QStringLiteral("channel"),
                              QStringLiteral("anonymous"),
                              QStringLiteral("submitter_name"),
                              QStringLiteral("submitter_phone"),
                              QStringLiteral("community_id"),
                              QStringLiteral("grid_id"),
                              QStringLiteral("deputy_id"),
                              QStringLiteral("group_id"),
                              QStringLiteral("title"),
                              QStringLiteral("content"),
                              QStringLiteral("category_id"),
                              QStringLiteral("responsibility"),
                              QStringLiteral("priority"),
                              QStringLiteral("state"),
                              QStringLiteral("reject_reason"),
                              QStringLiteral("handling_unit_id"),
                              QStringLiteral("dispatched_on"),
                              QStringLiteral("deadline"),
                              QStringLiteral("result"),
                              QStringLiteral("reply"),
                              QStringLiteral("completed_on"),
                              QStringLiteral("feedback_on"),
                              QStringLiteral("evaluation"),
                              QStringLiteral("evaluated_on"),
                              QStringLiteral("archived_on"),
                              QStringLiteral("created_at"),
                              QStringLiteral("updated_at")});
    sql::BulkInsert history(db, QStringLiteral("opinion_history"),
                            {QStringLiteral("opinion_id"), QStringLiteral("recorded_at"),
                             QStringLiteral("on_date"), QStringLiteral("user_name"),
                             QStringLiteral("from_state"), QStringLiteral("to_state"),
                             QStringLiteral("note")});
    const qint64 first =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM opinions"))
            .toLongLong();
    const QString now = sql::timestamp();
    const QString user = by.displayName.isEmpty() ? by.login : by.displayName;
    const QString why = note.trimmed();
    const QString registered = opinionStateKey(OpinionState::Registered);
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Imported& row : rows) {
        const qint64 id = first + ids.size();
        const Opinion o = normalized(row.opinion);
        opinions.add(QVariantList{id} + enteredFields(o) +
                     QVariantList{opinionStateKey(o.state), o.rejectReason,
                                  sql::nullable(o.handlingUnitId), dateKey(o.dispatchedOn),
                                  dateKey(o.deadline), o.result, o.reply, dateKey(o.completedOn),
                                  dateKey(o.feedbackOn), evaluationKey(o.evaluation),
                                  dateKey(o.evaluatedOn), dateKey(o.archivedOn), now, now});
        history.add({id, now, dateKey(o.registeredOn), user, QString(), registered, QString()});
        QString from = registered;
        for (const auto& [to, on] : row.path) {
            const QString key = opinionStateKey(to);
            history.add({id, now, dateKey(on), user, from, key, why});
            from = key;
        }
        ids << id;
    }
    opinions.flush();
    history.flush();
    return ids;
}

QList<OpinionHistoryEntry> OpinionRepository::history(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT recorded_at, on_date, user_name, from_state, "
                                          "to_state, note, details FROM opinion_history WHERE "
                                          "opinion_id = ? ORDER BY id"),
                           {id});
    QList<OpinionHistoryEntry> list;
    while (q.next()) {
        OpinionHistoryEntry e;
        e.recordedAt = q.value(0).toString();
        e.on = dateOf(q.value(1));
        e.user = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            e.from = opinionStateFromKey(q.value(3).toString());
        e.to = opinionStateFromKey(q.value(4).toString());
        e.note = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        list << e;
    }
    return list;
}

std::optional<qint64> OpinionRepository::topicActivity(const QSqlDatabase& db, qint64 id)
{
    return sql::optionalId(sql::scalar(
        db,
        QStringLiteral("SELECT activity_id FROM activity_topics WHERE opinion_id = ? ORDER BY id "
                       "DESC LIMIT 1"),
        {id}));
}

} // namespace dd
