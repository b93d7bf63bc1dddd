#pragma once

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dd {

// How many automatic backups to keep: every one of the last `recentHours` hours (the
// restore points of a working day), and the newest of each of the last `daily` days, of each
// of the last `weekly` ISO weeks and of each of the last `monthly` months that have one.
struct BackupRotation
{
    int recentHours = 24;
    int daily = 14;
    int weekly = 8;
    int monthly = 12;
};

struct BackupEntry
{
    QString path;
    QDateTime taken; // local time, from the name
    qint64 size = 0;
};

// Automatic backups of an office file: verified snapshots named <base>-yyyyMMdd-HHmmss.ddoffice
// in a folder (by default <folder of the file>/<base> 备份, Chinese whatever the interface
// language, as the registers) with a rotation.
class AutoBackup final
{
public:
    static QString defaultFolder(const QString& officePath);

    // The backups of officePath in folder, newest first.
    static QList<BackupEntry> list(const QString& officePath, const QString& folder);

    // Writes a consistent snapshot of the open db (re-opened and checked before it counts),
    // then applies the rotation. Returns the new backup's path. Throws dd::Error (the file
    // itself is never touched).
    static QString make(const QSqlDatabase& db, const QString& officePath, const QString& folder,
                        const BackupRotation& rotation = {},
                        const QDateTime& now = QDateTime::currentDateTime());

    // The same from the file itself on a read-only connection of its own, so that it can run
    // on a worker thread while the program goes on writing (WAL readers do not block).
    static QString makeFromFile(const QString& officePath, const QString& folder,
                                const BackupRotation& rotation = {},
                                const QDateTime& now = QDateTime::currentDateTime());

    // The newest backup that passes the integrity check (what to restore a damaged file
    // from), or nothing.
    static std::optional<BackupEntry> newestVerified(const QString& officePath,
                                                     const QString& folder);

    // The backups the rotation would keep (newest first) out of entries (newest first);
    // "recent" counts back from the newest entry.
    static QList<BackupEntry> kept(const QList<BackupEntry>& entries,
                                   const BackupRotation& rotation);
    // Deletes the backups the rotation does not keep; returns their paths.
    static QStringList rotate(const QString& officePath, const QString& folder,
                              const BackupRotation& rotation = {});
};

} // namespace dd
