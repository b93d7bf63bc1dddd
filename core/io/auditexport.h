#pragma once

#include "storage/auditlog.h"

#include <QString>

namespace dd {

class OfficeFile;

// Writes the audit rows the filter selects, oldest first, to an .xlsx or .csv file (by its
// extension) with the columns 序号, 时间, 用户, 操作, 表, 记录, 修改前, 修改后. Chairs and
// administrators only (Permission::ViewAudit). Returns the number of rows. Throws dd::Error.
int exportAudit(OfficeFile& office, const AuditFilter& filter, const QString& path);

} // namespace dd
