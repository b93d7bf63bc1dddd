#include "opinionrepository.h"

#include "org/validators.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/enumkeys.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Opinion)
};

constexpr std::array<std::pair<SupervisionMethod, const char*>, 5> kMethods = {
    {{SupervisionMethod::Phone, "phone"},
     {SupervisionMethod::Visit, "visit"},
     {SupervisionMethod::Letter, "letter"},
     {SupervisionMethod::Meeting, "meeting"},
     {SupervisionMethod::Site, "site"}}};

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString dateKey(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const QString kColumns = QStringLiteral(
    "o.id, o.registered_on, o.channel, o.anonymous, o.submitter_name, o.submitter_phone, "
    "o.community_id, o.grid_id, o.deputy_id, o.group_id, o.title, o.content, o.category_id, "
    "o.responsibility, o.priority, o.state, o.reject_reason, o.handling_unit_id, "
    "o.dispatched_on, o.deadline, o.result, o.reply, o.completed_on, o.feedback_on, "
    "o.evaluation, o.evaluated_on, o.archived_on");
constexpr int kColumnCount = 27;

Opinion readOpinion(const QSqlQuery& q)
{
    Opinion o;
    o.id = q.value(0).toLongLong();
    o.registeredOn = dateOf(q.value(1));
    o.channel = channelFromKey(q.value(2).toString());
    o.anonymous = q.value(3).toBool();
    o.submitterName = q.value(4).toString();
    o.submitterPhone = q.value(5).toString();
    o.communityId = sql::optionalId(q.value(6));
    o.gridId = sql::optionalId(q.value(7));
    o.deputyId = sql::optionalId(q.value(8));
    o.groupId = sql::optionalId(q.value(9));
    o.title = q.value(10).toString();
    o.content = q.value(11).toString();
    o.categoryId = q.value(12).toLongLong();
    o.responsibility = responsibilityFromKey(q.value(13).toString());
    o.priority = priorityFromKey(q.value(14).toString());
    o.state = opinionStateFromKey(q.value(15).toString());
    o.rejectReason = q.value(16).toString();
    o.handlingUnitId = sql::optionalId(q.value(17));
    o.dispatchedOn = dateOf(q.value(18));
    o.deadline = dateOf(q.value(19));
    o.result = q.value(20).toString();
    o.reply = q.value(21).toString();
    o.completedOn = dateOf(q.value(22));
    o.feedbackOn = dateOf(q.value(23));
    o.evaluation = evaluationFromKey(q.value(24).toString());
    o.evaluatedOn = dateOf(q.value(25));
    o.archivedOn = dateOf(q.value(26));
    return o;
}

const QString kListSelect =
    QStringLiteral("SELECT ") + kColumns +
    QStringLiteral(", c.name, coalesce(cm.name, ''), coalesce(g.name, ''), "
                   "coalesce(d.name, dg.name, ''), coalesce(u.name, ''), "
                   "(SELECT count(*) FROM opinion_raisings r WHERE r.opinion_id = o.id), "
                   "(SELECT count(*) FROM opinion_supervisions s WHERE s.opinion_id = o.id) "
                   "FROM opinions o JOIN opinion_categories c ON c.id = o.category_id "
                   "LEFT JOIN communities cm ON cm.id = o.community_id "
                   "LEFT JOIN grids g ON g.id = o.grid_id "
                   "LEFT JOIN deputies d ON d.id = o.deputy_id "
                   "LEFT JOIN deputy_groups dg ON dg.id = o.group_id "
                   "LEFT JOIN handling_units u ON u.id = o.handling_unit_id ");

OpinionListRow readRow(const QSqlQuery& q)
{
    OpinionListRow r;
    r.opinion = readOpinion(q);
    r.category = q.value(kColumnCount).toString();
    r.community = q.value(kColumnCount + 1).toString();
    r.grid = q.value(kColumnCount + 2).toString();
    r.receiver = q.value(kColumnCount + 3).toString();
    r.handlingUnit = q.value(kColumnCount + 4).toString();
    r.raisings = q.value(kColumnCount + 5).toInt();
    r.supervisions = q.value(kColumnCount + 6).toInt();
    return r;
}

QList<OpinionListRow> selectRows(const QSqlDatabase& db, const QStringList& where,
                                 const QVariantList& binds, const QString& order)
{
    QSqlQuery q = sql::run(
        db,
        kListSelect +
            (where.isEmpty() ? QString()
                             : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY ") + order,
        binds);
    QList<OpinionListRow> rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

bool exists(const QSqlDatabase& db, const char* table, qint64 id)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?")
                           .arg(QString::fromLatin1(table)),
                       {id})
               .toInt() > 0;
}

[[noreturn]] void refuseArchived()
{
    throw ValidationError({FieldError{
        QStringLiteral("state"), Text::tr("State"),
        Text::tr("State: this opinion is archived; reopen it (with a reason) before changing "
                 "it.")}});
}

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

void appendHistory(const QSqlDatabase& db, const UserRef& by, qint64 id, const QDate& on,
                   std::optional<OpinionState> from, OpinionState to, const QString& note)
{
    sql::run(db,
             QStringLiteral("INSERT INTO opinion_history (opinion_id, recorded_at, on_date, "
                            "user_name, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {id, sql::timestamp(), dateKey(on),
              by.displayName.isEmpty() ? by.login : by.displayName,
              from ? opinionStateKey(*from) : QString(), opinionStateKey(to), note.trimmed()});
}

// Bigrams of the title's letters and digits (punctuation and spaces dropped).
QList<QString> bigrams(const QString& title)
{
    QString s;
    for (const QChar c : normalizeText(title))
        if (c.isLetterOrNumber())
            s += c.toLower();
    QList<QString> list;
    for (int i = 0; i + 1 < s.size(); ++i)
        list << s.mid(i, 2);
    if (s.size() == 1)
        list << s;
    return list;
}
} // namespace

QString supervisionMethodKey(SupervisionMethod m)
{
    return enumKey(m, kMethods);
}

SupervisionMethod supervisionMethodFromKey(const QString& key)
{
    return enumFromKey(key, kMethods);
}

QString supervisionMethodName(SupervisionMethod m)
{
    switch (m) {
    case SupervisionMethod::Phone:
        return Text::tr("By phone");
    case SupervisionMethod::Visit:
        return Text::tr("Visit to the unit");
    case SupervisionMethod::Letter:
        return Text::tr("Supervision letter");
    case SupervisionMethod::Meeting:
        return Text::tr("Supervision meeting");
    case SupervisionMethod::Site:
        return Text::tr("On-site inspection");
    }
    return {};
}

double titleSimilarity(const QString& a, const QString& b)
{
    QList<QString> x = bigrams(a);
    const QList<QString> y = bigrams(b);
    const qsizetype total = x.size() + y.size();
    if (x.isEmpty() || y.isEmpty())
        return 0.0;
    int common = 0;
    for (const QString& pair : y) {
        const qsizetype at = x.indexOf(pair);
        if (at >= 0) {
            ++common;
            x.removeAt(at);
        }
    }
    return 2.0 * common / double(total);
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
    office.requireWritable();
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
    const QVariantList fields = {dateKey(o.registeredOn),
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
                                 priorityKey(o.priority),
                                 now};
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
    office.requireWritable();
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
    office.requireWritable();
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
    QStringList sets = {QStringLiteral("state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList binds = {opinionStateKey(t.to), sql::timestamp()};
    const auto set = [&](const char* column, const QVariant& value) {
        sets << QStringLiteral("%1 = ?").arg(QString::fromLatin1(column));
        binds << value;
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
            set("deadline", dateKey(t.deadlineWorkingDays > 0
                                        ? calendar.addWorkingDays(on, t.deadlineWorkingDays)
                                        : t.deadline));
            break;
        case OpinionState::InProgress:
            if (o.state == OpinionState::Evaluated) { // 退回重办
                for (const char* column :
                     {"completed_on", "feedback_on", "evaluation", "evaluated_on"})
                    set(column, QString());
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
            break;
        case OpinionState::Escalated:
            sql::run(db,
                     QStringLiteral("INSERT OR IGNORE INTO suggestion_opinions (suggestion_id, "
                                    "opinion_id) VALUES (?, ?)"),
                     {*t.suggestionId, id});
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
    appendHistory(db, by, id, on, o.state, t.to, t.note);
    appendAudit(db, by,
                {reopening ? QStringLiteral("reopen") : QStringLiteral("transition"),
                 QStringLiteral("opinions"),
                 id,
                 {{QStringLiteral("state"), opinionStateKey(o.state)}},
                 {{QStringLiteral("state"), opinionStateKey(t.to)},
                  {QStringLiteral("on"), dateKey(on)},
                  {QStringLiteral("note"), t.note.trimmed()}}});
}

void OpinionRepository::transition(OfficeFile& office, qint64 id, const OpinionTransition& t)
{
    office.requireWritable();
    Transaction tx(office.db());
    transition(office.db(), office.currentUser(), id, t, WorkCalendar::load(office.db()));
    tx.commit();
}

void OpinionRepository::restoreState(const QSqlDatabase& db, const UserRef& by, const Opinion& o,
                                     const QList<std::pair<OpinionState, QDate>>& path,
                                     const QString& note)
{
    sql::run(db,
             QStringLiteral("UPDATE opinions SET state = ?, reject_reason = ?, handling_unit_id = "
                            "?, dispatched_on = ?, deadline = ?, result = ?, reply = ?, "
                            "completed_on = ?, feedback_on = ?, evaluation = ?, evaluated_on = ?, "
                            "archived_on = ? WHERE id = ?"),
             {opinionStateKey(o.state), o.rejectReason, sql::nullable(o.handlingUnitId),
              dateKey(o.dispatchedOn), dateKey(o.deadline), o.result, o.reply,
              dateKey(o.completedOn), dateKey(o.feedbackOn), evaluationKey(o.evaluation),
              dateKey(o.evaluatedOn), dateKey(o.archivedOn), o.id});
    OpinionState from = OpinionState::Registered;
    for (const auto& [to, on] : path) {
        appendHistory(db, by, o.id, on, from, to, note);
        from = to;
    }
}

QList<OpinionHistoryEntry> OpinionRepository::history(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT recorded_at, on_date, user_name, from_state, "
                                          "to_state, note FROM opinion_history WHERE opinion_id = "
                                          "? ORDER BY id"),
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

QList<OpinionListRow> OpinionRepository::list(const QSqlDatabase& db, const OpinionFilter& filter)
{
    QStringList where;
    QVariantList binds;
    if (filter.year > 0) {
        where << QStringLiteral("o.registered_on BETWEEN ? AND ?");
        binds << QStringLiteral("%1-01-01").arg(filter.year)
              << QStringLiteral("%1-12-31").arg(filter.year);
    }
    if (filter.state) {
        where << QStringLiteral("o.state = ?");
        binds << opinionStateKey(*filter.state);
    }
    if (filter.categoryId) {
        where << QStringLiteral("o.category_id = ?");
        binds << *filter.categoryId;
    }
    if (filter.communityId) {
        where << QStringLiteral("o.community_id = ?");
        binds << *filter.communityId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(instr(o.title, ?) > 0 OR instr(o.content, ?) > 0 OR "
                                "instr(o.submitter_name, ?) > 0)");
        const QString text = normalizeText(filter.text).trimmed();
        binds << text << text << text;
    }
    if (filter.overdueOnly)
        where << QStringLiteral("o.deadline <> ''");
    QList<OpinionListRow> rows =
        selectRows(db, where, binds, QStringLiteral("o.registered_on DESC, o.id DESC"));
    if (filter.overdueOnly) {
        const QDate asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
        rows.removeIf([&](const OpinionListRow& r) { return !r.opinion.isOverdue(asOf); });
    }
    return rows;
}

QList<OpinionListRow> OpinionRepository::possibleDuplicates(const QSqlDatabase& db,
                                                            const Opinion& draft)
{
    if (draft.title.trimmed().isEmpty() || (!draft.gridId && !draft.communityId))
        return {};
    const QDate day = draft.registeredOn.isValid() ? draft.registeredOn : QDate::currentDate();
    QList<OpinionListRow> rows =
        selectRows(db,
                   {QStringLiteral("o.registered_on BETWEEN ? AND ?"), QStringLiteral("o.id <> ?"),
                    QStringLiteral("(o.grid_id = ? OR o.community_id = ?)")},
                   {dateKey(day.addDays(-90)), dateKey(day), draft.id, sql::nullable(draft.gridId),
                    sql::nullable(draft.communityId)},
                   QStringLiteral("o.registered_on DESC"));
    QList<std::pair<double, OpinionListRow>> scored;
    for (const OpinionListRow& r : std::as_const(rows)) {
        const double score = titleSimilarity(draft.title, r.opinion.title);
        if (score >= 0.4)
            scored << std::make_pair(score, r);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<OpinionListRow> out;
    for (const auto& [score, row] : std::as_const(scored))
        if (out.size() < 5)
            out << row;
    return out;
}

qint64 OpinionRepository::addRaising(OfficeFile& office, const OpinionRaising& raising)
{
    office.requireWritable();
    const QSqlDatabase db = office.db();
    QList<FieldError> errors;
    const QString nameLabel = Text::tr("Submitter");
    if (const auto m = validate::text(nameLabel, raising.submitterName, 40))
        errors << FieldError{QStringLiteral("submitterName"), nameLabel, *m};
    if (const auto m = validate::phone(Text::tr("Phone"), raising.submitterPhone))
        errors << FieldError{QStringLiteral("submitterPhone"), Text::tr("Phone"), *m};
    if (const auto m = validate::text(Text::tr("Note"), raising.note, 1000, false, true))
        errors << FieldError{QStringLiteral("note"), Text::tr("Note"), *m};
    if (!raising.raisedOn.isValid())
        errors << FieldError{QStringLiteral("raisedOn"), Text::tr("Registered on"),
                             Text::tr("Registered on: enter the day the opinion was raised.")};
    if (!exists(db, "opinions", raising.opinionId))
        throw Error(Error::Kind::NotFound,
                    Text::tr("There is no opinion %1.").arg(raising.opinionId));
    if (!errors.isEmpty())
        throw ValidationError(errors);
    Transaction tx(db);
    const QString phone = raising.submitterPhone.trimmed().isEmpty()
                              ? QString()
                              : validate::canonicalPhone(raising.submitterPhone);
    const qint64 id =
        sql::run(db,
                 QStringLiteral("INSERT INTO opinion_raisings (opinion_id, raised_on, channel, "
                                "submitter_name, submitter_phone, note, created_at) VALUES (?, ?, "
                                "?, ?, ?, ?, ?)"),
                 {raising.opinionId, dateKey(raising.raisedOn), channelKey(raising.channel),
                  normalizeText(raising.submitterName).trimmed(), phone, raising.note.trimmed(),
                  sql::timestamp()})
            .lastInsertId()
            .toLongLong();
    appendAudit(db, office.currentUser(),
                {QStringLiteral("insert"),
                 QStringLiteral("opinion_raisings"),
                 id,
                 {},
                 {{QStringLiteral("opinion_id"), raising.opinionId},
                  {QStringLiteral("raised_on"), dateKey(raising.raisedOn)}}});
    tx.commit();
    return id;
}

QList<OpinionRaising> OpinionRepository::raisings(const QSqlDatabase& db, qint64 opinionId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, raised_on, channel, submitter_name, "
                                          "submitter_phone, note FROM opinion_raisings WHERE "
                                          "opinion_id = ? ORDER BY raised_on, id"),
                           {opinionId});
    QList<OpinionRaising> list;
    while (q.next())
        list << OpinionRaising{q.value(0).toLongLong(), opinionId,
                               dateOf(q.value(1)),      channelFromKey(q.value(2).toString()),
                               q.value(3).toString(),   q.value(4).toString(),
                               q.value(5).toString()};
    return list;
}

qint64 OpinionRepository::addSupervision(OfficeFile& office, const Supervision& s)
{
    office.requireWritable();
    const QSqlDatabase db = office.db();
    if (load(db, s.opinionId).state == OpinionState::Archived)
        refuseArchived();
    QList<FieldError> errors;
    const QString byLabel = Text::tr("Supervised by");
    if (const auto m = validate::text(byLabel, s.byWhom, 60, true))
        errors << FieldError{QStringLiteral("byWhom"), byLabel, *m};
    if (const auto m = validate::text(Text::tr("Note"), s.note, 1000, false, true))
        errors << FieldError{QStringLiteral("note"), Text::tr("Note"), *m};
    if (!s.on.isValid() || s.on > QDate::currentDate())
        errors << FieldError{QStringLiteral("on"), Text::tr("Date"),
                             Text::tr("Date: enter the day of the supervision, not in the "
                                      "future.")};
    if (!errors.isEmpty())
        throw ValidationError(errors);
    Transaction tx(db);
    const qint64 id =
        sql::run(db,
                 QStringLiteral("INSERT INTO opinion_supervisions (opinion_id, on_date, by_whom, "
                                "method, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {s.opinionId, dateKey(s.on), s.byWhom.trimmed(), supervisionMethodKey(s.method),
                  s.note.trimmed(), sql::timestamp()})
            .lastInsertId()
            .toLongLong();
    appendAudit(db, office.currentUser(),
                {QStringLiteral("insert"),
                 QStringLiteral("opinion_supervisions"),
                 id,
                 {},
                 {{QStringLiteral("opinion_id"), s.opinionId},
                  {QStringLiteral("on"), dateKey(s.on)},
                  {QStringLiteral("by"), s.byWhom.trimmed()}}});
    tx.commit();
    return id;
}

QList<Supervision> OpinionRepository::supervisions(const QSqlDatabase& db, qint64 opinionId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, on_date, by_whom, method, note FROM "
                                          "opinion_supervisions WHERE opinion_id = ? ORDER BY "
                                          "on_date, id"),
                           {opinionId});
    QList<Supervision> list;
    while (q.next())
        list << Supervision{q.value(0).toLongLong(),
                            opinionId,
                            dateOf(q.value(1)),
                            q.value(2).toString(),
                            supervisionMethodFromKey(q.value(3).toString()),
                            q.value(4).toString()};
    return list;
}

SupervisionFlags OpinionRepository::flags(const QSqlDatabase& db, const WorkCalendar& calendar,
                                          const QDate& today)
{
    const QList<OpinionListRow> open =
        selectRows(db, {QStringLiteral("o.state IN ('dispatched', 'in_progress')")}, {},
                   QStringLiteral("o.deadline, o.id"));
    const QDate soon = calendar.addWorkingDays(today, 3);
    SupervisionFlags flags;
    for (const OpinionListRow& r : open) {
        if (r.opinion.isOverdue(today))
            flags.overdue << r;
        else if (r.opinion.deadline.isValid() && r.opinion.deadline <= soon)
            flags.dueSoon << r;
    }
    return flags;
}

} // namespace dd
