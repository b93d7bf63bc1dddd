#include "auditlog.h"

#include "searchwords.h"
#include "sql.h"
#include "user.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd {

namespace {
// The stored columns of one audit row in table order, NULL read as "" (no column can hold
// '' where NULL is allowed: ids are positive, the JSON columns start with '{').
constexpr int kHashedColumns = 9;
const QString kHashedSelect =
    QStringLiteral("SELECT id, at, user_id, user_login, action, table_name, row_id, "
                   "before_json, after_json, prev_hash, row_hash FROM audit_log");

// SHA-256 over the previous hash and each column, each prefixed by its length in bytes, so
// that no two different rows give the same input.
QString rowHash(const QString& prevHash, const QVariantList& columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    add(prevHash);
    for (const QVariant& column : columns)
        add(column.isNull() ? QString() : column.toString());
    return QString::fromLatin1(hash.result().toHex());
}

QVariantList hashedColumns(const QSqlQuery& q)
{
    QVariantList columns;
    for (int i = 0; i < kHashedColumns; ++i)
        columns << q.value(i);
    return columns;
}

struct ChainHead
{
    qint64 id = 0;
    QString hash;
};

// The newest row (the chain's head once every row is sealed), or the newest sealed one.
ChainHead lastRow(const QSqlDatabase& db, bool sealedOnly)
{
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT id, row_hash FROM audit_log %1 ORDER BY id "
                                    "DESC LIMIT 1")
                         .arg(sealedOnly ? QStringLiteral("WHERE row_hash <> ''") : QString()));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

void addValues(const QJsonValue& value, QStringList& out)
{
    if (value.isObject()) {
        for (const QJsonValue& v : value.toObject())
            addValues(v, out);
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            addValues(v, out);
    } else if (value.isString() || value.isDouble()) {
        out << value.toVariant().toString();
    }
}

// What audit_text indexes of a row: the words of its table name and of its JSON's values.
QString indexedWords(const QString& tableName, const QString& beforeJson, const QString& afterJson)
{
    QStringList values{tableName};
    for (const QString& json : {beforeJson, afterJson})
        if (!json.isEmpty())
            addValues(QJsonDocument::fromJson(json.toUtf8()).object(), values);
    return searchWords(values.join(QLatin1Char(' '))).join(QLatin1Char(' '));
}

const QString kIndexText = QStringLiteral("INSERT INTO audit_text (rowid, words) VALUES (?, ?)");
} // namespace

QString auditJson(const QJsonObject& object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject auditFields(const QStringList& columns, const QVariantList& values)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        object.insert(columns[i], QJsonValue::fromVariant(values[i]));
    return object;
}

AuditChainWriter::AuditChainWriter(const QSqlDatabase& db)
    : m_insert(db, QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_login, action, "
                                  "table_name, row_id, before_json, after_json, prev_hash, "
                                  "row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_index(db, kIndexText)
{
    const ChainHead head = lastRow(db, false); // sealed: the upgrade to schema 7 sealed the rest
    m_lastId = head.id;
    m_lastHash = head.hash;
}

void AuditChainWriter::append(const QString& at, const UserRef& user, const QString& action,
                              const QString& tableName, qint64 rowId, const QString& beforeJson,
                              const QString& afterJson)
{
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    const QVariantList columns{m_lastId + 1,
                               at,
                               user.id > 0 ? QVariant(user.id) : QVariant(),
                               user.login,
                               action,
                               tableName,
                               rowId > 0 ? QVariant(rowId) : QVariant(),
                               textOrNull(beforeJson),
                               textOrNull(afterJson)};
    const QString hash = rowHash(m_lastHash, columns);
    m_insert(columns + QVariantList{m_lastHash, hash});
    ++m_lastId;
    m_index({m_lastId, indexedWords(tableName, beforeJson, afterJson)});
    m_lastHash = hash;
}

void appendAudit(const QSqlDatabase& db, const UserRef& user, const AuditEntry& entry)
{
    AuditChainWriter(db).append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), user,
                                entry.action, entry.tableName, entry.rowId, auditJson(entry.before),
                                auditJson(entry.after));
}

void sealAuditLog(const QSqlDatabase& db)
{
    struct Seal
    {
        qint64 id;
        QString prevHash;
        QString rowHash;
    };
    QList<Seal> seals;
    QString prev = lastRow(db, true).hash;
    QSqlQuery q = sql::run(db, kHashedSelect + QStringLiteral(" WHERE row_hash = '' ORDER BY id"));
    while (q.next()) {
        seals.append({q.value(0).toLongLong(), prev, rowHash(prev, hashedColumns(q))});
        prev = seals.last().rowHash;
    }
    sql::Prepared seal(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, row_hash = ? "
                                          "WHERE id = ?"));
    for (const Seal& s : seals)
        seal({s.prevHash, s.rowHash, s.id});
}

void indexAuditText(const QSqlDatabase& db)
{
    sql::Prepared index(db, kIndexText);
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT id, table_name, before_json, after_json FROM audit_log"));
    while (q.next())
        index({q.value(0).toLongLong(),
               indexedWords(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())});
}

AuditChainCheck verifyAuditChain(const QSqlDatabase& db,
                                 const std::function<void(qint64 rowsRead)>& onRows)
{
    AuditChainCheck check;
    check.triggersPresent =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                   "AND name IN ('audit_log_no_update', 'audit_log_no_delete')"))
            .toInt() == 2;
    QString prev;
    QSqlQuery q = sql::run(db, kHashedSelect + QStringLiteral(" ORDER BY id"));
    while (q.next()) {
        if (++check.rows % 10000 == 0 && onRows)
            onRows(check.rows);
        const QString storedPrev = q.value(kHashedColumns).toString();
        const QString stored = q.value(kHashedColumns + 1).toString();
        if (storedPrev != prev || stored != rowHash(storedPrev, hashedColumns(q))) {
            check.firstBadId = q.value(0).toLongLong();
            check.brokenLink = storedPrev != prev;
            break;
        }
        prev = stored;
    }
    return check;
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditLog)
};

// A filter as SQL. Without a text, the rows come from audit_log, newest first by time, each
// filter served by an index ending in the time. With one, they come from the full-text index
// (it finds the text's rows without reading the others), newest first by id, the order they
// were written in; the other filters are checked on the rows it finds.
struct AuditQuery
{
    QString from;
    QString countFrom; // the rows to count: the index alone for a text alone
    QString where;
    QVariantList binds;
    QString order;
    bool none = false; // the text holds no word: no row can match
};

AuditQuery queryOf(const AuditFilter& f, bool newestFirst = true)
{
    const QString direction = newestFirst ? QStringLiteral(" DESC") : QString();
    AuditQuery query;
    QStringList terms;
    const auto utc = [](const QDate& day) {
        return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    };
    if (f.from.isValid()) {
        terms << QStringLiteral("at >= ?");
        query.binds << utc(f.from);
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("at < ?");
        query.binds << utc(f.to.addDays(1));
    }
    if (!f.userLogin.isEmpty()) {
        terms << QStringLiteral("user_login = ?");
        query.binds << f.userLogin;
    }
    if (!f.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        query.binds << f.action;
    }
    if (f.text.trimmed().isEmpty()) {
        query.from = query.countFrom = QStringLiteral(" FROM audit_log");
        query.order = QStringLiteral(" ORDER BY at%1, id%1").arg(direction);
    } else {
        const QString expression = searchExpression(f.text, f.alsoStoredAs);
        query.none = expression.isEmpty();
        // CROSS JOIN keeps the index as the outer loop: left to itself, SQLite may walk a
        // user's million rows and ask the index about each.
        query.from = QStringLiteral(
            " FROM audit_text CROSS JOIN audit_log ON audit_log.id = audit_text.rowid");
        // A text alone is counted in the index: a district's 40,000 rows with 电梯 in a few
        // milliseconds, ten times that looking each one up.
        query.countFrom = terms.isEmpty() ? QStringLiteral(" FROM audit_text") : query.from;
        query.order = QStringLiteral(" ORDER BY audit_text.rowid") + direction;
        terms.prepend(QStringLiteral("audit_text MATCH ?"));
        query.binds.prepend(expression);
    }
    if (!terms.isEmpty())
        query.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return query;
}

// The column's values in order, one index lookup each (the next value after the one before)
// instead of reading every row: a handful of users and actions over millions of rows.
QStringList distinctColumn(const QSqlDatabase& db, const QString& column)
{
    QStringList values;
    QSqlQuery q = sql::run(
        db, QStringLiteral("WITH RECURSIVE v(value) AS (SELECT min(%1) FROM audit_log UNION ALL "
                           "SELECT (SELECT min(%1) FROM audit_log WHERE %1 > v.value) FROM v "
                           "WHERE v.value IS NOT NULL) SELECT value FROM v WHERE value IS NOT NULL")
                .arg(column));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

// The filter's rows in order, read one at a time; visit returns false to stop.
void visitAudit(const QSqlDatabase& db, const AuditFilter& filter, bool newestFirst, int limit,
                const std::function<bool(const AuditRecord&)>& visit)
{
    const AuditQuery query = queryOf(filter, newestFirst);
    if (query.none)
        return;
    QString statement = QStringLiteral("SELECT id, at, user_login, action, table_name, row_id, "
                                       "before_json, after_json") +
                        query.from + query.where + query.order;
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    sql::Rows q(db, statement, query.binds); // the whole trail, when exported: millions
    while (q.next())
        if (!visit({q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2),
                    q.text(3), q.text(4), q.integer(5), q.text(6), q.text(7)}))
            return;
}
} // namespace

QList<AuditRecord> readAudit(const QSqlDatabase& db, const AuditFilter& filter, int limit)
{
    QList<AuditRecord> rows;
    visitAudit(db, filter, true, limit, [&rows](const AuditRecord& r) {
        rows.append(r);
        return true;
    });
    return rows;
}

void forEachAudit(const QSqlDatabase& db, const AuditFilter& filter,
                  const std::function<bool(const AuditRecord&)>& visit)
{
    visitAudit(db, filter, false, 0, visit);
}

qint64 countAudit(const QSqlDatabase& db, const AuditFilter& filter, qint64 atMost)
{
    const AuditQuery query = queryOf(filter);
    if (query.none)
        return 0;
    const QString rows = QStringLiteral("SELECT 1") + query.countFrom + query.where +
                         (atMost > 0 ? QStringLiteral(" LIMIT %1").arg(atMost + 1) : QString());
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(rows), query.binds)
        .toLongLong();
}

QStringList auditUsers(const QSqlDatabase& db)
{
    return distinctColumn(db, QStringLiteral("user_login"));
}

QStringList auditActions(const QSqlDatabase& db)
{
    return distinctColumn(db, QStringLiteral("action"));
}

QString auditActionName(const QString& action)
{
    static const QList<std::pair<const char*, const char*>> names = {
        {"insert", QT_TRANSLATE_NOOP("dd::AuditLog", "Added")},
        {"update", QT_TRANSLATE_NOOP("dd::AuditLog", "Changed")},
        {"delete", QT_TRANSLATE_NOOP("dd::AuditLog", "Deleted")},
        {"transition", QT_TRANSLATE_NOOP("dd::AuditLog", "Next step")},
        {"reopen", QT_TRANSLATE_NOOP("dd::AuditLog", "Reopened")},
        {"import", QT_TRANSLATE_NOOP("dd::AuditLog", "Imported")},
        {"reveal", QT_TRANSLATE_NOOP("dd::AuditLog", "Personal data shown")},
        {"export_unmasked", QT_TRANSLATE_NOOP("dd::AuditLog", "Unmasked export")},
        {"create", QT_TRANSLATE_NOOP("dd::AuditLog", "File created")},
        {"migrate", QT_TRANSLATE_NOOP("dd::AuditLog", "File upgraded")},
        {"restore", QT_TRANSLATE_NOOP("dd::AuditLog", "Restored from a backup")},
        {"break_lock", QT_TRANSLATE_NOOP("dd::AuditLog", "Lock broken")},
        {"login", QT_TRANSLATE_NOOP("dd::AuditLog", "Logged in")},
        {"login_failed", QT_TRANSLATE_NOOP("dd::AuditLog", "Wrong password")},
        {"lock", QT_TRANSLATE_NOOP("dd::AuditLog", "Account locked")},
        {"unlock", QT_TRANSLATE_NOOP("dd::AuditLog", "Lock lifted")},
        {"set_password", QT_TRANSLATE_NOOP("dd::AuditLog", "Password set")}};
    for (const auto& [key, name] : names)
        if (action == QLatin1String(key))
            return Text::tr(name);
    return action;
}

} // namespace dd
