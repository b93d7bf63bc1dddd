// Automatic backups: verified snapshots beside the file, the 14/8/12 rotation, and a restore
// drill from the newest one.
#include "storage/autobackup.h"
#include "storage/backup.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace dd;
using dd::test::TempDir;

namespace {
qint64 users(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
}
} // namespace

TEST_CASE("The rotation keeps the last day's backups and the newest of 14 days, 8 weeks and 12 "
          "months")
{
    // one backup every day at 18:00 (and a second one at 12:00) for 800 days
    const QDateTime newest(QDate(2026, 11, 23), QTime(18, 0));
    QList<BackupEntry> entries;
    for (int d = 0; d < 800; ++d)
        for (int hour : {18, 12})
            entries.append({QStringLiteral("b%1-%2").arg(d).arg(hour),
                            QDateTime(newest.date().addDays(-d), QTime(hour, 0)), 1});
    const QList<BackupEntry> kept = AutoBackup::kept(entries, {});

    QSet<QDate> days;
    QSet<QString> weeks, months;
    // the last 24 hours: 18:00 today and 12:00 today (18:00 yesterday is the newest of its day)
    CHECK(kept.at(0).taken == newest);
    CHECK(kept.at(1).taken == newest.addSecs(-6 * 3600));
    for (const BackupEntry& e : kept) {
        if (e.taken.time() != QTime(18, 0)) { // not the newest of its day: only when recent
            CHECK(e.taken > newest.addSecs(-24 * 3600));
            continue;
        }
        days.insert(e.taken.date());
        int y = 0;
        const int w = e.taken.date().weekNumber(&y);
        weeks.insert(QStringLiteral("%1-%2").arg(y).arg(w));
        months.insert(e.taken.date().toString(QStringLiteral("yyyy-MM")));
    }
    for (int d = 0; d < 14; ++d) // the last 14 days, each
        CHECK(days.contains(newest.date().addDays(-d)));
    CHECK(weeks.size() >= 8);
    CHECK(months.size() == 12); // the last 12 months, no older
    CHECK(kept.last().taken.date() >= newest.date().addMonths(-12));
    CHECK(kept.size() <= 2 + 14 + 8 + 12);
    // nothing newer than a kept one in the same month is dropped for the monthly copy
    for (const BackupEntry& e : kept)
        if (e.taken.date() < newest.date().addDays(-70))
            CHECK(e.taken.date() == QDate(e.taken.date().year(), e.taken.date().month(), 1)
                                        .addMonths(1)
                                        .addDays(-1)); // the month's last day
}

TEST_CASE("Automatic backups are verified snapshots, rotated, and a restore drill brings one back")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("市西街道.ddoffice"));
    const QString folder = AutoBackup::defaultFolder(path);
    CHECK(folder == dir.path(QStringLiteral("市西街道 备份")));
    auto office = test::makeOffice(path);

    // backups over 20 days: the rotation keeps the 14 newest days (and the older week and
    // month copies among them)
    QString drill;
    for (int d = 0; d < 20; ++d) {
        UserRepository::add(*office, QStringLiteral("u%1").arg(d), {}, Role::Clerk);
        const QString made =
            AutoBackup::make(office->db(), path, folder, {},
                             QDateTime(QDate(2026, 11, 1).addDays(d), QTime(17, 30)));
        CHECK(checkOffice(made).ok());
        if (d == 17)
            drill = made;
    }
    const QList<BackupEntry> backups = AutoBackup::list(path, folder);
    REQUIRE(backups.size() >= 14);
    CHECK(backups.size() < 20);
    CHECK(backups.first().taken == QDateTime(QDate(2026, 11, 20), QTime(17, 30)));
    CHECK(QFileInfo::exists(drill));

    // the drill: restore the backup of day 17 over the file and find that day's state
    const qint64 atDrill = 1 + 18; // the admin and u0..u17
    const qint64 now = users(office->db());
    CHECK(now == 1 + 20);
    office.reset();
    const RestoreResult result = restoreOffice(drill, path);
    CHECK(QFileInfo::exists(result.previousCopy)); // the file replaced is kept
    office = OfficeFile::open(path);
    CHECK(users(office->db()) == atDrill);
    CHECK(checkOffice(path).ok());
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        CHECK(users(OfficeFile::open(result.previousCopy, readOnly)->db()) == now);
    }
}
