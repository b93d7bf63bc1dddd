#include "auditexport.h"

#include "sheettable.h"
#include "storage/officefile.h"

#include <algorithm>

namespace dd {

int exportAudit(OfficeFile& office, const AuditFilter& filter, const QString& path)
{
    office.require(Permission::ViewAudit);
    QList<AuditRecord> records = readAudit(office.db(), filter);
    std::reverse(records.begin(), records.end());
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const AuditRecord& r : std::as_const(records))
        rows << QStringList{QString::number(r.id),
                            r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            r.userLogin,
                            auditActionName(r.action),
                            r.tableName,
                            r.rowId > 0 ? QString::number(r.rowId) : QString(),
                            r.before,
                            r.after};
    // The register's columns are Chinese whatever the interface language, as the others.
    writeSheetTable(path, QStringLiteral("审计日志"),
                    {QStringLiteral("序号"), QStringLiteral("时间"), QStringLiteral("用户"),
                     QStringLiteral("操作"), QStringLiteral("表"), QStringLiteral("记录"),
                     QStringLiteral("修改前"), QStringLiteral("修改后")},
                    rows);
    return int(rows.size());
}

} // namespace dd
