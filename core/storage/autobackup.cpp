#include "autobackup.h"

#include "backup.h"
#include "connection.h"
#include "fileops.h"
#include "integrity.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString& officePath)
{
    return QFileInfo(officePath).completeBaseName();
}
} // namespace

QString AutoBackup::defaultFolder(const QString& officePath)
{
    const QFileInfo info(officePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(" 备份"));
}

QList<BackupEntry> AutoBackup::list(const QString& officePath, const QString& folder)
{
    const QString base = baseName(officePath);
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.ddoffice$").arg(QRegularExpression::escape(base)));
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList({base + QStringLiteral("-*.ddoffice")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch m = pattern.match(file.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), kStampFormat);
        if (taken.isValid())
            entries.append({file.absoluteFilePath(), taken, file.size()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.taken > b.taken; });
    return entries;
}

std::optional<BackupEntry> AutoBackup::newestVerified(const QString& officePath,
                                                      const QString& folder)
{
    for (const BackupEntry& e : list(officePath, folder))
        if (checkOffice(e.path).ok())
            return e;
    return std::nullopt;
}

QList<BackupEntry> AutoBackup::kept(const QList<BackupEntry>& entries,
                                    const BackupRotation& rotation)
{
    QSet<QString> days, weeks, months;
    QList<BackupEntry> keep;
    const QDateTime recent = entries.isEmpty()
                                 ? QDateTime()
                                 : entries.first().taken.addSecs(-rotation.recentHours * 3600);
    for (const BackupEntry& e : entries) { // newest first: the first of a period is its newest
        const QDate d = e.taken.date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const QString day = d.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString month = d.toString(QStringLiteral("yyyy-MM"));
        bool wanted = e.taken > recent;
        if (!days.contains(day) && days.size() < rotation.daily) {
            days.insert(day);
            wanted = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < rotation.weekly) {
            weeks.insert(weekKey);
            wanted = true;
        }
        if (!months.contains(month) && months.size() < rotation.monthly) {
            months.insert(month);
            wanted = true;
        }
        if (wanted)
            keep.append(e);
    }
    return keep;
}

QStringList AutoBackup::rotate(const QString& officePath, const QString& folder,
                               const BackupRotation& rotation)
{
    const QList<BackupEntry> all = list(officePath, folder);
    QSet<QString> keep;
    for (const BackupEntry& e : kept(all, rotation))
        keep.insert(e.path);
    QStringList removed;
    for (const BackupEntry& e : all)
        if (!keep.contains(e.path)) {
            removeWithSidecars(e.path);
            removed << e.path;
        }
    return removed;
}

QString AutoBackup::make(const QSqlDatabase& db, const QString& officePath, const QString& folder,
                         const BackupRotation& rotation, const QDateTime& now)
{
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.ddoffice").arg(baseName(officePath), now.toString(kStampFormat)));
    snapshotTo(db, target, /*overwrite=*/true); // two in the same second: the newer one wins
    rotate(officePath, folder, rotation);
    return target;
}

QString AutoBackup::makeFromFile(const QString& officePath, const QString& folder,
                                 const BackupRotation& rotation, const QDateTime& now)
{
    const Connection connection(officePath, Connection::Mode::ReadOnly);
    return make(connection.db(), officePath, folder, rotation, now);
}

} // namespace dd
