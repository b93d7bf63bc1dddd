// What a writer that stopped mid-change leaves behind in the rollback-journal (network-share)
// mode: its own journal is applied, a foreign one is refused, a deleted one is noticed; and
// only an administrator breaks the lock such a writer leaves.
#include "demo/demooffice.h"
#include "storage/auditlog.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/lockederror.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>

using namespace dd;
using dd::test::TempDir;

namespace {
// An office of several pages in the rollback-journal mode, with 300 clerks.
void makeJournalOffice(const QString& path)
{
    test::addStaff(*test::makeOffice(path), 300);
    Connection c(path, Connection::Mode::ReadWrite);
    REQUIRE(sql::scalar(c.db(), QStringLiteral("PRAGMA journal_mode = DELETE")).toString() ==
            QStringLiteral("delete"));
}

// The file and its journal as a writer killed in the middle of a large change leaves them:
// the transaction has spilled changed pages into the file, the journal holds the originals.
struct MidChange
{
    QByteArray file;
    QByteArray journal;
};

MidChange snapshotMidChange(const QString& path)
{
    MidChange mid;
    Connection c(path, Connection::Mode::ReadWrite);
    const QSqlDatabase db = c.db();
    sql::run(db, QStringLiteral("PRAGMA cache_size = 10")); // spill early
    sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
    sql::run(db, QStringLiteral("BEGIN"));
    sql::run(db, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
    sql::run(db, QStringLiteral("DELETE FROM users WHERE id % 3 = 0 AND role = 'clerk'"));
    sql::run(db, QStringLiteral("UPDATE users SET display_name = display_name || "
                                "'（已调离，档案转至区人大常委会代表工作室）' WHERE id % 3 = 1"));
    sql::run(db, QStringLiteral("DELETE FROM audit_log WHERE id % 2 = 0"));
    mid.file = test::readAll(path);
    mid.journal = test::readAll(path + QStringLiteral("-journal"));
    sql::run(db, QStringLiteral("ROLLBACK"));
    return mid;
}

// A lock file naming a process of this computer that has ended: what a killed writer leaves.
void leaveStaleLock(const QString& path)
{
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    REQUIRE(ended.waitForStarted());
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished());
    const QJsonObject holder{{QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), pid},
                             {QStringLiteral("since"), QStringLiteral("2026-11-23T08:00:00Z")},
                             {QStringLiteral("user"), QStringLiteral("clerk")},
                             {QStringLiteral("app"), QStringLiteral("deputydesk")}};
    test::writeAll(OfficeLock::lockPathFor(path), QJsonDocument(holder).toJson());
}

int userCount(const OfficeFile& office)
{
    return sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM users")).toInt();
}
} // namespace

TEST_CASE("A writer's own pending journal is applied and undoes its half-made change")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    makeJournalOffice(path);
    const MidChange mid = snapshotMidChange(path);
    REQUIRE(mid.file != test::readAll(path)); // pages of the change reached the file
    REQUIRE(mid.journal.size() > 512);
    test::writeAll(path, mid.file);
    test::writeAll(path + QStringLiteral("-journal"), mid.journal);

    auto office = OfficeFile::open(path);
    CHECK(userCount(*office) == 301);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    office.reset();
    CHECK(checkOffice(path).ok());
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList({QStringLiteral("*.recovering-*")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("A journal that belongs to another file is refused and nothing is touched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    makeJournalOffice(path);
    const QString other = dir.path(QStringLiteral("other.ddoffice"));
    createDemoOffice(other);
    {
        Connection c(other, Connection::Mode::ReadWrite);
        sql::scalar(c.db(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    const MidChange foreign = snapshotMidChange(other);
    test::writeAll(path + QStringLiteral("-journal"), foreign.journal);
    const QByteArray file = test::sha256(path);
    const QByteArray journal = test::sha256(path + QStringLiteral("-journal"));

    for (bool breakLock : {false, true}) {
        OpenOptions options;
        options.breakLock = breakLock;
        try {
            OfficeFile::open(path, options);
            FAIL("a foreign journal was applied");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Damaged);
            CHECK(e.message().contains(path + QStringLiteral("-journal")));
        }
        CHECK(test::sha256(path) == file);
        CHECK(test::sha256(path + QStringLiteral("-journal")) == journal);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList({QStringLiteral("*.recovering-*")}, QDir::AllEntries | QDir::Hidden)
              .isEmpty());
    CHECK_FALSE(checkOffice(path).ok()); // the check names the journal, and writes nothing
    CHECK(test::sha256(path) == file);
}

TEST_CASE("A half-made change whose journal was deleted is found when the stale lock is broken")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    makeJournalOffice(path);
    const MidChange mid = snapshotMidChange(path);
    test::writeAll(path, mid.file); // the journal is gone
    leaveStaleLock(path);
    const QByteArray before = test::sha256(path);

    OpenOptions options;
    options.breakLock = true;
    try {
        OfficeFile::open(path, options);
        FAIL("a half-changed file was opened");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Damaged);
        CHECK(e.message().contains(path));
        CHECK(e.message().contains(QStringLiteral("journal")));
    }
    CHECK(test::sha256(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(checkOffice(path).ok());
    CHECK(test::sha256(path) == before);
}

TEST_CASE("Only an administrator breaks a stale lock, and the refused leave it in place")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    leaveStaleLock(path);
    const QByteArray lock = test::readAll(OfficeLock::lockPathFor(path));
    const QByteArray file = test::sha256(path);

    struct Attempt
    {
        const char* who;
        const char* login;
        QString password;
        Error::Kind expected;
    };
    const QList<Attempt> refused = {
        {"no one logged in", "", {}, Error::Kind::LogIn},
        {"a clerk", "lina", kDemoPassword, Error::Kind::Forbidden},
        {"a chair", "zhangwei", kDemoPassword, Error::Kind::Forbidden},
        {"the administrator with a wrong password", "admin", QStringLiteral("wrong-pw-1"),
         Error::Kind::LogIn},
    };
    for (const Attempt& attempt : refused) {
        DYNAMIC_SECTION(attempt.who)
        {
            OpenOptions options;
            options.breakLock = true;
            options.login = QString::fromUtf8(attempt.login);
            options.password = attempt.password;
            try {
                OfficeFile::open(path, options);
                FAIL("the lock was broken");
            } catch (const LockedError&) {
                FAIL("refused for the wrong reason");
            } catch (const Error& e) {
                CHECK(e.kind() == attempt.expected);
            }
            CHECK(test::readAll(OfficeLock::lockPathFor(path)) == lock);
            CHECK(test::sha256(path) == file);
        }
    }

    OpenOptions admin;
    admin.breakLock = true;
    admin.login = QStringLiteral("admin");
    admin.password = kDemoPassword;
    auto office = OfficeFile::open(path, admin);
    REQUIRE(office->brokenLock());
    CHECK(office->brokenLock()->state == LockHolder::State::Stale);
    CHECK(office->currentUser().login == QStringLiteral("admin"));
    const QList<AuditRecord> rows = readAudit(office->db(), {}, 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].action == QStringLiteral("break_lock")); // newest first
    CHECK(rows[0].userLogin == QStringLiteral("admin"));
    CHECK(rows[1].action == QStringLiteral("login"));
}

TEST_CASE("The network-share mode can be switched while the file is open, unless another reads it")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    auto office = test::makeOffice(path);
    const auto mode = [&] {
        return sql::scalar(office->db(), QStringLiteral("PRAGMA journal_mode")).toString();
    };
    CHECK_FALSE(office->isShared());
    CHECK(office->setShared(true));
    CHECK(mode() == QStringLiteral("delete"));
    CHECK(sql::scalar(office->db(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    UserRepository::add(*office, QStringLiteral("clerk1"), {}, Role::Clerk);
    CHECK_FALSE(office->setShared(false));
    CHECK(mode() == QStringLiteral("wal"));
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = OfficeFile::open(path, readOnly);
        sql::scalar(reader->db(), QStringLiteral("SELECT count(*) FROM users"));
        CHECK_FALSE(office->setShared(true)); // stays in WAL while the reader has it
        CHECK(mode() == QStringLiteral("wal"));
    }
    office.reset();
    OpenOptions shared;
    shared.shared = true;
    office = OfficeFile::open(path, shared);
    CHECK(office->isShared());
    CHECK(mode() == QStringLiteral("delete"));
}
