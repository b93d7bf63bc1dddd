#include "auditlog.h"

#include "sql.h"
#include "user.h"

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
} // namespace

void appendAudit(const QSqlDatabase& db, const UserRef& user, const AuditEntry& entry)
{
    sql::run(db,
             QStringLiteral("INSERT INTO audit_log (at, user_id, user_login, action, table_name, "
                            "row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
              user.id > 0 ? QVariant(user.id) : QVariant(), user.login, entry.action,
              entry.tableName, entry.rowId > 0 ? QVariant(entry.rowId) : QVariant(),
              jsonOrNull(entry.before), jsonOrNull(entry.after)});
}

} // namespace dd
