#include "backup.h"

#include "auditlog.h"
#include "connection.h"
#include "error.h"
#include "fileops.h"
#include "integrity.h"
#include "migrator.h"
#include "officefile.h"
#include "officelock.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Backup)
};

void requireHealthy(const QString& path)
{
    const IntegrityReport report = checkOffice(path);
    if (!report.ok())
        throw Error(Error::Kind::Damaged,
                    Text::tr("The copy %1 failed its check:\n%2").arg(path, report.toText()));
}
} // namespace

void snapshotTo(const QSqlDatabase& db, const QString& target, bool overwrite)
{
    const QFileInfo info(target);
    if (info.exists() && !overwrite)
        throw Error(Error::Kind::Exists,
                    Text::tr("%1 already exists; choose another name for the backup.").arg(target));
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Io,
                    Text::tr("Cannot create the folder %1.").arg(info.absolutePath()));

    const QString temporary = target + QStringLiteral(".partial");
    removeWithSidecars(temporary);
    try {
        sql::run(db, QStringLiteral("VACUUM INTO ?"), {temporary});
        requireHealthy(temporary);
    } catch (...) {
        removeWithSidecars(temporary);
        throw;
    }
    replaceFile(temporary, target);
    removeWithSidecars(temporary); // only -shm/-wal a checking reader may have left
}

void backupOffice(const QString& officePath, const QString& target, bool overwrite)
{
    if (QFileInfo(officePath).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        throw Error(Error::Kind::Exists,
                    Text::tr("The backup cannot replace the office file itself."));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.olderSchema = true; // a file not yet upgraded is backed up as it is
    std::unique_ptr<OfficeFile> office = OfficeFile::open(officePath, readOnly);
    snapshotTo(office->db(), target, overwrite);
}

QString RestoreResult::upgradeNote() const
{
    if (upgradedFrom == 0)
        return {};
    return Text::tr("The backup had schema version %1; the restored file was upgraded to %2.")
        .arg(upgradedFrom)
        .arg(kSchemaVersion);
}

RestoreResult restoreOffice(const QString& backupPath, const QString& targetPath,
                            const RestoreOptions& options)
{
    try {
        if (options.breakLock)
            OfficeFile::authorize(backupPath, options.login, options.password,
                                  {Permission::RestoreBackup, Permission::BreakLock});
        else
            OfficeFile::authorize(backupPath, options.login, options.password,
                                  {Permission::RestoreBackup});
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::LogIn && e.kind() != Error::Kind::Forbidden)
            requireHealthy(backupPath); // a damaged backup: say so, not "cannot log in"
        throw;
    }
    requireHealthy(backupPath);
    RestoreResult result;
    LockHolder broken;
    {
        OfficeLock lock(targetPath); // nobody may write the target while it is replaced
        if (options.breakLock)
            broken = lock.breakAndAcquire(options.app);
        else
            lock.acquire(options.app);
        if (QFileInfo::exists(targetPath)) {
            // Keep the file being replaced, damaged or not, byte for byte with its WAL.
            result.previousCopy = unusedPath(
                targetPath + QStringLiteral(".before-restore-") +
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
                const QFileInfo part(targetPath + suffix);
                if (part.exists() && (suffix.isEmpty() || part.size() > 0) &&
                    !QFile::copy(targetPath + suffix, result.previousCopy + suffix))
                    throw Error(Error::Kind::Io,
                                Text::tr("Cannot keep a copy of %1 at %2.")
                                    .arg(targetPath + suffix, result.previousCopy + suffix));
            }
        }
        const QString temporary = targetPath + QStringLiteral(".restoring");
        removeWithSidecars(temporary);
        if (!QFile::copy(backupPath, temporary))
            throw Error(Error::Kind::Io,
                        Text::tr("Cannot copy %1 to %2.").arg(backupPath, temporary));
        // The old WAL or rollback journal belongs to the old file: applied to the restored
        // one it would corrupt it.
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(targetPath + QLatin1String(suffix));
        replaceFile(temporary, targetPath);
    }
    OpenOptions open;
    open.app = options.app;
    open.runLong = options.runLong;
    std::unique_ptr<OfficeFile> office = OfficeFile::open(targetPath, open);
    result.upgradedFrom = office->upgradedFrom();
    if (!office->needsPassword()) // recorded as a log-in, then as who restored
        office->logIn(options.login, options.password);
    Transaction tx(office->db());
    if (broken.pid != 0)
        appendAudit(office->db(), office->currentUser(),
                    {QStringLiteral("break_lock"), {}, 0, broken.toJson(), {}});
    appendAudit(office->db(), office->currentUser(),
                {QStringLiteral("restore"),
                 {},
                 0,
                 {},
                 {{QStringLiteral("from"), QFileInfo(backupPath).absoluteFilePath()},
                  {QStringLiteral("previous_copy"), result.previousCopy}}});
    tx.commit();
    return result;
}

} // namespace dd
