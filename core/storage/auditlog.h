#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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

// Appends to audit_log. Call inside the Transaction that makes the change, so that a rolled
// back change leaves no audit row and a committed one always has its row.
void appendAudit(const QSqlDatabase& db, const UserRef& user, const AuditEntry& entry);

} // namespace dd
