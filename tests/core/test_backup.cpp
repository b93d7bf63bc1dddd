// Backups are consistent snapshots taken while others write; restores keep what they replace.
#include "demo/demooffice.h"
#include "org/officesettings.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/fileheader.h"
#include "storage/fileops.h"
#include "storage/integrity.h"
#include "storage/lockederror.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <thread>

using namespace dd;
using dd::test::TempDir;

namespace {
qint64 count(const QSqlDatabase& db, const char* table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
        .toLongLong();
}
} // namespace

TEST_CASE("A backup taken while another connection writes is a consistent snapshot")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.ddoffice"));
    qint64 initialAudit = 0;
    {
        auto office = test::makeOffice(path);
        initialAudit = count(office->db(), "audit_log");
    }

    // The writer adds two users per transaction, each with its audit row: any snapshot must
    // hold whole transactions, so an even number of added users and one audit row each.
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    std::thread writer([&] {
        Connection c(path, Connection::Mode::ReadWrite);
        const UserRef admin = UserRepository::firstAdmin(c.db());
        for (int i = 0; !stop; ++i) {
            Transaction tx(c.db());
            for (int k = 0; k < 2; ++k)
                UserRepository::insert(c.db(), admin, QStringLiteral("u%1_%2").arg(i).arg(k),
                                       QStringLiteral("用户"), Role::Clerk);
            tx.commit();
            ++committed;
        }
    });

    for (int round = 0; round < 5; ++round) {
        while (committed < (round + 1) * 5)
            std::this_thread::yield();
        const QString target = dir.path(QStringLiteral("snap%1.ddoffice").arg(round));
        backupOffice(path, target);
        REQUIRE(checkOffice(target).ok());
        Connection snap(target, Connection::Mode::ReadOnly);
        const qint64 added = count(snap.db(), "users") - 1;
        CHECK(added % 2 == 0);
        CHECK(added >= (round + 1) * 10);
        CHECK(count(snap.db(), "audit_log") - initialAudit == added);
    }
    stop = true;
    writer.join();
    CHECK(committed >= 25);
}

TEST_CASE("A backup refuses to overwrite an existing file or the office itself")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    test::makeOffice(path);
    const QString target = dir.path(QStringLiteral("taken.ddoffice"));
    test::writeAll(target, "keep me");
    CHECK_THROWS_AS(backupOffice(path, target), Error);
    CHECK(test::readAll(target) == "keep me");
    CHECK_THROWS_AS(backupOffice(path, path), Error);
    CHECK(checkOffice(path).ok());
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
}

TEST_CASE("A file not yet upgraded is backed up as it is, of every older schema version")
{
    TempDir dir;
    for (int version = 1; version < kSchemaVersion; ++version) {
        INFO("schema version " << version);
        const QString name = QStringLiteral("office-v%1.ddoffice").arg(version);
        const QString path = dir.path(name);
        REQUIRE(QFile::copy(QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + name, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = test::sha256(path);
        const QString target = dir.path(QStringLiteral("backup-v%1.ddoffice").arg(version));
        backupOffice(path, target); // e.g. a scheduled backup before anyone opened the file
        CHECK(test::sha256(path) == before); // not upgraded, not touched
        CHECK(inspectOfficeHeader(target).userVersion == version);
        CHECK(checkOffice(target).ok());
        // Restored, the backup is upgraded through runLong and the result says from what.
        const QString restored = dir.path(QStringLiteral("restored-v%1.ddoffice").arg(version));
        RestoreOptions restore;
        QStringList said;
        restore.runLong = [&](const QString& what, const std::function<void()>& work) {
            said << what;
            work();
        };
        CHECK(restoreOffice(target, restored, restore).upgradedFrom == version);
        CHECK(said.size() == 1);
        CHECK(inspectOfficeHeader(restored).userVersion == kSchemaVersion);
        CHECK(restoreOffice(target, restored).upgradedFrom == version); // again over it
        CHECK(restoreOffice(restored, dir.path(QStringLiteral("again.ddoffice"))).upgradedFrom ==
              0);
        // Opened read-only for anything else, it still asks for the upgrade.
        OpenOptions readOnly;
        readOnly.readOnly = true;
        try {
            OfficeFile::open(path, readOnly);
            FAIL("an older file was opened read-only");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::NeedsUpgrade);
        }
    }
}

TEST_CASE("Restore replaces the office by the backup and keeps the replaced file")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    const QString backup = dir.path(QStringLiteral("backup.ddoffice"));
    {
        auto office = test::makeOffice(path);
        backupOffice(path, backup);
        OfficeSettings s = OfficeRepository::load(*office);
        s.name = QStringLiteral("改过的街道");
        OfficeRepository::save(*office, s);
    }
    const QByteArray changedHash = test::sha256(path);

    const RestoreResult result = restoreOffice(backup, path);
    REQUIRE_FALSE(result.previousCopy.isEmpty());
    CHECK(test::sha256(result.previousCopy) == changedHash);

    auto office = OfficeFile::open(path);
    CHECK(OfficeRepository::load(*office).name == QStringLiteral("市西街道"));
    QSqlQuery q = sql::run(
        office->db(), QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'restore'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("backup.ddoffice")));
}

TEST_CASE("Copies kept beside a file never take a name already used (two in one second)")
{
    TempDir dir;
    const QString stem = dir.path(QStringLiteral("office.ddoffice.before-restore-20261123-101500"));
    CHECK(unusedPath(stem) == stem);
    QFile(stem).open(QIODevice::WriteOnly);
    CHECK(unusedPath(stem) == stem + QStringLiteral("-2"));
    QFile(stem + QStringLiteral("-2")).open(QIODevice::WriteOnly);
    CHECK(unusedPath(stem) == stem + QStringLiteral("-3"));
    CHECK(unusedPath(stem, QStringLiteral(".bak")) == stem + QStringLiteral(".bak"));
    QFile(stem + QStringLiteral(".bak")).open(QIODevice::WriteOnly);
    CHECK(unusedPath(stem, QStringLiteral(".bak")) == stem + QStringLiteral("-2.bak"));

    // Restoring over the same file twice at once keeps both replaced files.
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    const QString backup = dir.path(QStringLiteral("backup.ddoffice"));
    {
        auto office = test::makeOffice(path);
        backupOffice(path, backup);
    }
    const QString first = restoreOffice(backup, path).previousCopy;
    const QString second = restoreOffice(backup, path).previousCopy;
    CHECK(first != second);
    CHECK(QFileInfo::exists(first));
    CHECK(QFileInfo::exists(second));
}

TEST_CASE("Restore refuses a damaged backup and a target held by a running program")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    test::makeOffice(path);
    const QByteArray hash = test::sha256(path);

    SECTION("damaged backup")
    {
        const QString bad = dir.path(QStringLiteral("bad.ddoffice"));
        QByteArray bytes = test::readAll(path);
        bytes.truncate(bytes.size() / 2);
        test::writeAll(bad, bytes);
        CHECK_THROWS_AS(restoreOffice(bad, path), Error);
    }
    SECTION("target in use")
    {
        const QString backup = dir.path(QStringLiteral("good.ddoffice"));
        backupOffice(path, backup);
        test::LockHolderProcess holder(path);
        CHECK_THROWS_AS(restoreOffice(backup, path), LockedError);
    }
    CHECK(test::sha256(path) == hash);
}

TEST_CASE("Only a chair or administrator of the backup restores it, and the restore names them")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    const QString backup = dir.path(QStringLiteral("backup.ddoffice"));
    createDemoOffice(path);
    backupOffice(path, backup);
    const QByteArray before = test::sha256(path);

    const auto refused = [&](const QString& login) {
        RestoreOptions options;
        options.login = login;
        options.password = kDemoPassword;
        try {
            restoreOffice(backup, path, options);
        } catch (const Error& e) {
            return e.kind();
        }
        FAIL("restored");
        return Error::Kind::Io;
    };
    CHECK(refused({}) == Error::Kind::LogIn);
    CHECK(refused(QStringLiteral("lina")) == Error::Kind::Forbidden);     // a clerk
    CHECK(refused(QStringLiteral("wangfang")) == Error::Kind::Forbidden); // a viewer
    CHECK(test::sha256(path) == before);
    CHECK(QFileInfo(path).dir().entryList({QStringLiteral("*.before-restore-*")}).isEmpty());

    RestoreOptions chair;
    chair.login = QStringLiteral("zhangwei");
    chair.password = kDemoPassword;
    CHECK_FALSE(restoreOffice(backup, path, chair).previousCopy.isEmpty());
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto office = OfficeFile::open(path, readOnly);
    const QList<AuditRecord> last = readAudit(office->db(), {}, 2);
    REQUIRE(last.size() == 2);
    CHECK(last[0].action == QStringLiteral("restore"));
    CHECK(last[0].userLogin == QStringLiteral("zhangwei"));
    CHECK(last[1].action == QStringLiteral("login"));
}
