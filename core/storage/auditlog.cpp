#include "auditlog.h"

#include "sql.h"
#include "user.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace dd {

namespace {
QVariant jsonOrNull(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

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

ChainHead lastSealed(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, row_hash FROM audit_log "
                                              "WHERE row_hash <> '' ORDER BY id DESC LIMIT 1"));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}
} // namespace

void appendAudit(const QSqlDatabase& db, const UserRef& user, const AuditEntry& entry)
{
    const ChainHead head = lastSealed(db);
    const qint64 id =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"))
            .toLongLong();
    const QVariantList columns{id,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                               user.id > 0 ? QVariant(user.id) : QVariant(),
                               user.login,
                               entry.action,
                               entry.tableName,
                               entry.rowId > 0 ? QVariant(entry.rowId) : QVariant(),
                               jsonOrNull(entry.before),
                               jsonOrNull(entry.after)};
    sql::run(db,
             QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_login, action, "
                            "table_name, row_id, before_json, after_json, prev_hash, row_hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             columns + QVariantList{head.hash, rowHash(head.hash, columns)});
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
    QString prev = lastSealed(db).hash;
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

AuditChainCheck verifyAuditChain(const QSqlDatabase& db)
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
        ++check.rows;
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

} // namespace dd
