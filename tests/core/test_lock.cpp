// One writer per office file, checked with two real processes.
#include "org/officesettings.h"
#include "storage/lockederror.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

using namespace dd;
using dd::test::TempDir;

TEST_CASE("A second writer is told who holds the file and may open it read-only")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.ddoffice"));
    test::makeOffice(path);
    test::LockHolderProcess holder(path);

    try {
        OfficeFile::open(path);
        FAIL("a second writer got the file");
    } catch (const LockedError& e) {
        CHECK(e.holder().pid == holder.pid());
        CHECK(e.holder().host == QSysInfo::machineHostName());
        CHECK(e.holder().app == QStringLiteral("dd_lock_holder"));
        CHECK(e.holder().since.isValid());
        CHECK(e.holder().state == LockHolder::State::Alive);
        CHECK(e.message().contains(QString::number(holder.pid())));
        CHECK(e.message().contains(QSysInfo::machineHostName()));
    }

    SECTION("breaking the lock of a running program is refused")
    {
        OpenOptions options;
        options.breakLock = true;
        CHECK_THROWS_AS(OfficeFile::open(path, options), LockedError);
    }
    SECTION("read-only works alongside the writer")
    {
        OpenOptions options;
        options.readOnly = true;
        auto office = OfficeFile::open(path, options);
        CHECK(OfficeRepository::load(*office).name == QStringLiteral("市西街道"));
    }
}

TEST_CASE("A lock left by a killed process is detected as stale, and breaking it is audited")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("stale.ddoffice"));
    test::makeOffice(path);
    qint64 deadPid = 0;
    {
        test::LockHolderProcess holder(path);
        deadPid = holder.pid();
        holder.kill();
    }
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".lock")));

    try {
        OfficeFile::open(path);
        FAIL("opened over a stale lock without being asked to break it");
    } catch (const LockedError& e) {
        CHECK(e.holder().state == LockHolder::State::Stale);
        CHECK(e.holder().pid == deadPid);
    }

    OpenOptions options;
    options.breakLock = true;
    auto office = OfficeFile::open(path, options);
    REQUIRE(office->brokenLock().has_value());
    CHECK(office->brokenLock()->pid == deadPid);
    QSqlQuery q =
        sql::run(office->db(),
                 QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'break_lock'"));
    REQUIRE(q.next());
    const QJsonObject broken = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(broken.value(QStringLiteral("pid")).toInteger() == deadPid);
    CHECK(broken.value(QStringLiteral("app")).toString() == QStringLiteral("dd_lock_holder"));
}

TEST_CASE("The lock is released when the office file closes")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("release.ddoffice"));
    {
        auto office = test::makeOffice(path);
        CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto again = OfficeFile::open(path);
    CHECK_FALSE(again->isReadOnly());
}
