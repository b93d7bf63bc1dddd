#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace dd {

// The words the audit trail uses, untranslated (QT_TRANSLATE_NOOP in the context
// dd::AuditView): the kinds of record by table, and field labels by key, "table.key" where a
// key means something else in that table and ".key" for entries about the whole file.
using AuditNames = QList<std::pair<const char*, const char*>>;

const AuditNames& auditTableNames();
const AuditNames& auditFieldNames();
// The name for a table or a key; nullptr when there is none.
const char* auditTableNameOf(const QString& table);
const char* auditFieldNameOf(const QString& key);

} // namespace dd
