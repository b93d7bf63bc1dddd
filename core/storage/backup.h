#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dd {

// Writes a consistent snapshot of an open database to target with VACUUM INTO (a read
// transaction, so other connections may go on writing), into a temporary name beside the
// target; the copy is re-opened and fully checked before it is renamed into place.
// Refuses an existing target unless overwrite. Throws dd::Error.
void snapshotTo(const QSqlDatabase& db, const QString& target, bool overwrite = false);

// Backs up the office file at officePath (opened read-only: works while another program
// has it open for writing).
void backupOffice(const QString& officePath, const QString& target, bool overwrite = false);

struct RestoreResult
{
    QString previousCopy; // where the file that was replaced was kept (empty if none)
};

// Replaces targetPath by the backup: the backup is checked first, the target must not be
// open for writing elsewhere, the replaced file is kept beside it, and the swap is a rename.
// The restore is recorded in the restored file's audit log. breakLock breaks a lock left by a
// program that is gone (never one of a running program), and the restore records it.
RestoreResult restoreOffice(const QString& backupPath, const QString& targetPath,
                            const QString& app = QStringLiteral("deputydesk"),
                            bool breakLock = false);

} // namespace dd
