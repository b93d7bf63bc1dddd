#pragma once

#include "storage/auditlog.h"

#include <functional>
#include <optional>
#include <QString>

namespace dd {

class OfficeFile;

// Told now and then how many of the total rows are written; returns false to cancel.
using ExportProgress = std::function<bool(qint64 written, qint64 total)>;

// Writes the audit rows the filter selects, oldest first, to an .xlsx or .csv file (by its
// extension) with the columns 序号, 时间, 用户, 操作, 记录类型, 内容 (the entry in words, as
// AuditView reads it), 表, 记录, 修改前, 修改后 (as stored), a row at a time
// (a district's 1.8 million rows never held in memory). Chairs and administrators only
// (Permission::ViewAudit). More rows than an .xlsx sheet holds are refused before anything is
// written. Returns the number of rows, nothing when progress cancelled (no file is then
// written). Throws dd::Error.
std::optional<qint64> exportAudit(OfficeFile& office, const AuditFilter& filter,
                                  const QString& path, const ExportProgress& progress = {});

} // namespace dd
