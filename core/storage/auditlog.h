#pragma once

#include "sql.h"

#include <functional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dd {

struct UserRef;

// One row of the audit trail. before/after are the row as JSON (empty when not applicable).
struct AuditEntry
{
    QString action;    // insert, update, delete, create, migrate, break_lock, restore, ...
    QString tableName; // empty for whole-file actions
    qint64 rowId = 0;  // 0 = none
    QJsonObject before;
    QJsonObject after;
};

// Appends to audit_log, chained to the row before it (prev_hash, row_hash). Call inside the
// Transaction that makes the change, so that a rolled back change leaves no audit row and a
// committed one always has its row.
void appendAudit(const QSqlDatabase& db, const UserRef& user, const AuditEntry& entry);

// An object as the audit trail stores it: compact JSON, '' for an empty one.
QString auditJson(const QJsonObject& object);
// A row's values as an audit entry holds them, each under its column's name.
QJsonObject auditFields(const QStringList& columns, const QVariantList& values);

// Appends rows one after another, each chained onto the row before it, with the time given
// (appendAudit writes the time of the change; the demo generator writes ten years of history
// in one go). Call inside one Transaction; nothing else may append meanwhile.
class AuditChainWriter
{
public:
    explicit AuditChainWriter(const QSqlDatabase& db);
    // at: UTC, ISO 8601 with milliseconds; the JSON texts as auditJson gives them.
    void append(const QString& at, const UserRef& user, const QString& action,
                const QString& tableName, qint64 rowId, const QString& beforeJson,
                const QString& afterJson);

private:
    sql::Prepared m_insert;
    sql::Prepared m_index; // audit_text
    qint64 m_lastId = 0;
    QString m_lastHash;
};

// Puts every row into the full-text index audit_text: part of the upgrade to schema 10.
void indexAuditText(const QSqlDatabase& db);

// Gives the rows written before the chain existed (schema < 7) their hashes, in id order,
// after the last sealed row. Part of the upgrade to schema 7.
void sealAuditLog(const QSqlDatabase& db);

// The result of following the chain from the first row to the last.
struct AuditChainCheck
{
    qint64 rows = 0;             // rows read
    qint64 firstBadId = 0;       // the first row whose stored hashes do not match (0 = none)
    bool brokenLink = false;     // that row's prev_hash is not the row before's hash (a row
                                 // before it was removed, or it was slipped in)
    bool triggersPresent = true; // the triggers refusing UPDATE and DELETE are in place

    bool ok() const { return firstBadId == 0 && triggersPresent; }
};

// Recomputes every row's hash; reads only. onRows, if given, is called every 10,000 rows with
// the rows read so far (it may throw to stop).
AuditChainCheck verifyAuditChain(const QSqlDatabase& db,
                                 const std::function<void(qint64 rowsRead)>& onRows = {});

// One row of the trail as the audit page shows it.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userLogin;
    QString action;
    QString tableName;
    qint64 rowId = 0;
    QString before; // the JSON text, empty when none
    QString after;
};

// Which rows to read: days (local dates, inclusive, invalid = open), a user, an action key,
// and words found in the table name or the values of either JSON (searchExpression: each
// space-separated part as a phrase, Chinese matched character by character, other words
// also by their start, letter case ignored). alsoStoredAs, when set, names what a part of the
// text is stored as besides (AuditView::storedAs: 受理 → accepted), found as well.
struct AuditFilter
{
    QDate from;
    QDate to;
    QString userLogin;
    QString action;
    QString text;
    std::function<QStringList(const QString& part)> alsoStoredAs;
};

// Newest first (by time; with a text, by id, the order they were written in, which is the
// same unless the clock was turned back), at most limit rows (0 = all).
QList<AuditRecord> readAudit(const QSqlDatabase& db, const AuditFilter& filter, int limit = 0);
// Every row the filter selects, oldest first, handed to visit one at a time (an export of a
// district's trail never holds it whole); visit returns false to stop.
void forEachAudit(const QSqlDatabase& db, const AuditFilter& filter,
                  const std::function<bool(const AuditRecord&)>& visit);
// How many rows the filter leaves. With atMost > 0 it stops after atMost + 1 (a result above
// atMost means "more than atMost"): a user's million rows are not counted one by one.
qint64 countAudit(const QSqlDatabase& db, const AuditFilter& filter, qint64 atMost = 0);
QStringList auditUsers(const QSqlDatabase& db);   // every login that wrote a row
QStringList auditActions(const QSqlDatabase& db); // every action key present
// The action's name in the interface language (insert → 新增), the key when unknown.
QString auditActionName(const QString& action);

} // namespace dd
