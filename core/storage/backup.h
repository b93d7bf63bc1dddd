#pragma once

#include <functional>
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
    // Set when the backup was of an older version and the restored file was upgraded.
    int upgradedFrom = 0;
    // That upgrade in a sentence for the user (empty when there was none).
    QString upgradeNote() const;
};

struct RestoreOptions
{
    QString app = QStringLiteral("deputydesk"); // written into the lock file
    // Break a lock left by a program that is gone (never one of a running program); recorded.
    bool breakLock = false;
    // Who restores: a chair or administrator (an administrator to break a lock) of the backup,
    // the file that will be in place afterwards; needed when the backup has passwords.
    QString login;
    QString password;
    // Runs the upgrade of a backup of an older version (OpenOptions::runLong).
    std::function<void(const QString& what, const std::function<void()>& work)> runLong;
};

// Replaces targetPath by the backup: who restores is checked first (RestoreOptions), then the
// backup, the target must not be open for writing elsewhere, the replaced file is kept beside
// it, and the swap is a rename. The restore is recorded in the restored file's audit log as
// done by that user. Throws dd::Error (LogIn, Forbidden, Damaged, Locked, ...) with nothing
// changed.
RestoreResult restoreOffice(const QString& backupPath, const QString& targetPath,
                            const RestoreOptions& options = {});

} // namespace dd
