#pragma once

#include <QString>

namespace dd {

// Removes an SQLite file together with its -wal, -shm and -journal companions.
void removeWithSidecars(const QString& path);

// Renames from over to (rename(2): atomic, replaces an existing to). Throws dd::Error.
void replaceFile(const QString& from, const QString& to);

} // namespace dd
