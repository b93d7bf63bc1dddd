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

#include <cmath>
#include <QCoreApplication>

// The ledger's queries (list, count, possible duplicates, supervision flags), raisings and
// supervision records.
namespace dd {

using namespace opinionrows;

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

namespace {
// The ledger's filters on one value of a column, each column the first of an index (which
// ends with the day of registration).
enum class Key
{
    Category,
    Community,
    State
};

// The keys a filter asks for with their values, the usually smaller first.
QList<std::pair<Key, QVariant>> keysOf(const OpinionFilter& filter)
{
    QList<std::pair<Key, QVariant>> keys;
    if (filter.categoryId)
        keys << std::pair{Key::Category, QVariant(*filter.categoryId)};
    if (filter.communityId)
        keys << std::pair{Key::Community, QVariant(*filter.communityId)};
    if (filter.state)
        keys << std::pair{Key::State, QVariant(opinionStateKey(*filter.state))};
    return keys;
}

// The WHERE clause of a filter, with its bound values. The keys in rowByRow are checked on
// each row the rest of the query reads (a unary +: SQLite does not look them up in their
// indexes).
std::pair<QString, QVariantList> filterClause(const OpinionFilter& filter,
                                              const QList<Key>& rowByRow = {})
{
    QStringList where;
    QVariantList binds;
    if (filter.year > 0) {
        where << QStringLiteral("o.registered_on BETWEEN ? AND ?");
        binds << QStringLiteral("%1-01-01").arg(filter.year)
              << QStringLiteral("%1-12-31").arg(filter.year);
    }
    for (const auto& [key, value] : keysOf(filter)) {
        const QLatin1String column(key == Key::Category    ? "category_id"
                                   : key == Key::Community ? "community_id"
                                                           : "state");
        where << QStringLiteral("%1o.%2 = ?")
                     .arg(rowByRow.contains(key) ? QStringLiteral("+") : QString(), column);
        binds << value;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(instr(o.title, ?) > 0 OR instr(o.content, ?) > 0 OR "
                                "instr(o.submitter_name, ?) > 0)");
        const QString text = normalizeText(filter.text).trimmed();
        binds << text << text << text;
    }
    if (filter.overdueOnly) {
        // Opinion::isOverdue in SQL: dispatched by asOf, deadline before it, and still open
        // then (completed after asOf, or not completed and dispatched or in progress).
        const QString asOf = dateKey(filter.asOf.isValid() ? filter.asOf : QDate::currentDate());
        where << QStringLiteral(
            "o.deadline <> '' AND o.deadline < ? AND o.dispatched_on <> '' AND "
            "o.dispatched_on <= ? AND (o.completed_on > ? OR (o.completed_on = '' AND o.state "
            "IN ('dispatched', 'in_progress')))");
        binds << asOf << asOf << asOf;
    }
    return {where.isEmpty() ? QString()
                            : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
            binds};
}

// A column, then the day of registration and the id, all in the one direction asked for: each
// order is then one index read forwards or backwards (every index on a sort column ends with
// the day, and SQLite adds the id). With the newest first within a category whatever the
// direction, the rows of a category were sorted again before the first page (30-120 ms at
// stress).
QString orderClause(const OpinionOrder& order)
{
    QString column;
    switch (order.by) {
    case OpinionSort::Registered:
        break;
    case OpinionSort::Category:
        column = QStringLiteral("o.category_id");
        break;
    case OpinionSort::Community:
        column = QStringLiteral("o.community_id");
        break;
    case OpinionSort::HandlingUnit:
        column = QStringLiteral("o.handling_unit_id");
        break;
    case OpinionSort::Deadline:
        column = QStringLiteral("o.deadline");
        break;
    }
    QStringList terms;
    for (const QString& c : {column, QStringLiteral("o.registered_on"), QStringLiteral("o.id")})
        if (!c.isEmpty())
            terms << c + (order.descending ? QStringLiteral(" DESC") : QString());
    return terms.join(QStringLiteral(", "));
}

// How many rows a filter picks out, counted up to bound.
qint64 countUpTo(const QSqlDatabase& db, const OpinionFilter& filter, const QList<Key>& rowByRow,
                 qint64 bound)
{
    const auto [where, binds] = filterClause(filter, rowByRow);
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM opinions o ") + where +
                           QStringLiteral(" LIMIT ?)"),
                       binds + QVariantList{bound})
        .toLongLong();
}

// Which of the keys a filter asks for are checked row by row when `limit` rows from `offset`
// on are read in `order` (limit < 0: all of them, or their count). SQLite has no statistics
// and takes every key for equally selective, but at stress 142,000 of 150,000 opinions are
// archived and a category holds 15,000:
// - of several keys, only the one with the fewest rows (in the year asked for) is looked up
//   in its index: 归档 and a category together were counted in 31 ms through the state's
//   index, in 14 through the category's;
// - that key's index serves the order of registration and its own column's. In another order,
//   SQLite reads every row of the key and sorts them (n rows), while along the order's own
//   index the first offset + limit come after about (offset + limit) × total / n rows. All
//   keys are then checked row by row when n ≥ √((offset + limit) × total), counted up to that
//   bound: a first page of 归档 by handling unit took 100-250 ms, of a category 20, each now
//   2-4 ms; one of 不予受理 (6 rows in a street file) still comes from the state's index.
QList<Key> rowByRow(const QSqlDatabase& db, const OpinionFilter& filter, const OpinionOrder& order,
                    int offset, int limit)
{
    const QList<std::pair<Key, QVariant>> keys = keysOf(filter);
    if (keys.isEmpty())
        return {};
    Key lookedUp = keys.first().first;
    if (keys.size() > 1) {
        qint64 fewest = -1;
        for (const auto& [key, value] : keys) {
            OpinionFilter alone;
            alone.year = filter.year;
            alone.categoryId = key == Key::Category ? filter.categoryId : std::nullopt;
            alone.communityId = key == Key::Community ? filter.communityId : std::nullopt;
            alone.state = key == Key::State ? filter.state : std::nullopt;
            const qint64 n = countUpTo(db, alone, {}, fewest < 0 ? -1 : fewest);
            if (fewest < 0 || n < fewest) {
                fewest = n;
                lookedUp = key;
            }
        }
    }
    QList<Key> others;
    for (const auto& [key, value] : keys)
        if (key != lookedUp)
            others << key;
    // The key an order's own index starts with (Key::State: none; nothing sorts by state).
    const Key orderKey = order.by == OpinionSort::Category    ? Key::Category
                         : order.by == OpinionSort::Community ? Key::Community
                                                              : Key::State;
    if (limit < 0 || order.by == OpinionSort::Registered ||
        (orderKey != Key::State && orderKey == lookedUp) || !filter.text.trimmed().isEmpty() ||
        filter.overdueOnly)
        return others;
    const double total = sql::scalar(db, QStringLiteral("SELECT max(id) FROM opinions")).toDouble();
    const auto bound = qint64(std::ceil(std::sqrt((qMax(0, offset) + limit) * total)));
    if (bound <= 0 || countUpTo(db, filter, others, bound) < bound)
        return others;
    QList<Key> all;
    for (const auto& [key, value] : keys)
        if (key == Key::State || key != orderKey) // the order's own key: from its index
            all << key;
    return all;
}
} // namespace

QList<OpinionListRow> OpinionRepository::list(const QSqlDatabase& db, const OpinionFilter& filter,
                                              const OpinionOrder& order, int offset, int limit)
{
    // The page's ids first, ordered by the opinions' own columns alone; then the names and
    // counts of those rows only. Sorted whole, every row of a year carried its joins and
    // counts into the sort: 50 ms for a year's 13,600 by deadline, newest last, at stress.
    const auto [where, binds] = filterClause(filter, rowByRow(db, filter, order, offset, limit));
    const QString orderBy = QStringLiteral(" ORDER BY ") + orderClause(order);
    QSqlQuery q =
        sql::run(db,
                 kListSelect + QStringLiteral("WHERE o.id IN (SELECT o.id FROM opinions o ") +
                     where + orderBy + QStringLiteral(" LIMIT ? OFFSET ?)") + orderBy,
                 binds + QVariantList{limit, qMax(0, offset)});
    QList<OpinionListRow> rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

int OpinionRepository::count(const QSqlDatabase& db, const OpinionFilter& filter)
{
    const auto [where, binds] = filterClause(filter, rowByRow(db, filter, {}, 0, -1));
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinions o ") + where, binds)
        .toInt();
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
    office.require(Permission::EnterRecords);
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
    appendAudit(
        db, office.currentUser(),
        {QStringLiteral("insert"),
         QStringLiteral("opinion_raisings"),
         id,
         {},
         {{QStringLiteral("opinion_id"), raising.opinionId},
          {QStringLiteral("raised_on"), dateKey(raising.raisedOn)},
          {QStringLiteral("channel"), channelKey(raising.channel)},
          {QStringLiteral("submitter_name"), normalizeText(raising.submitterName).trimmed()},
          {QStringLiteral("note"), raising.note.trimmed()}}});
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
    office.require(Permission::EnterRecords);
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
                  {QStringLiteral("by"), s.byWhom.trimmed()},
                  {QStringLiteral("method"), supervisionMethodKey(s.method)},
                  {QStringLiteral("note"), s.note.trimmed()}}});
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
