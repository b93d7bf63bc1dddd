// Damaged and foreign files are reported with a clear message and never modified.
#include "storage/autobackup.h"
#include "storage/backup.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace dd;
using dd::test::TempDir;

namespace {
// A healthy office of several pages to damage.
QByteArray healthyOfficeBytes(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("healthy.ddoffice"));
    test::addStaff(*test::makeOffice(path), 300);
    return test::readAll(path);
}

QByteArray plainSqliteBytes(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("plain.sqlite"));
    {
        Connection c(path, Connection::Mode::Create);
        sql::run(c.db(), QStringLiteral("CREATE TABLE t (x)"));
        sql::run(c.db(), QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    return test::readAll(path);
}

struct Damage
{
    const char* name;
    std::function<QByteArray(const QByteArray& office, const QByteArray& plain)> make;
    Error::Kind expected;
};

QByteArray flip(QByteArray bytes, int offset, char value)
{
    bytes[offset] = value;
    return bytes;
}
} // namespace

TEST_CASE("Damaged or foreign files are refused with a specific message, byte for byte untouched")
{
    TempDir dir;
    const QByteArray office = healthyOfficeBytes(dir);
    const QByteArray plain = plainSqliteBytes(dir);
    REQUIRE(office.size() >= 8 * 4096);

    const QList<Damage> cases = {
        {"empty file", [](auto&, auto&) { return QByteArray(); }, Error::Kind::NotSqlite},
        {"random bytes",
         [](auto&, auto&) {
             QByteArray b(8192, 0);
             QRandomGenerator gen(42);
             for (char& c : b)
                 c = char(gen.bounded(256));
             return b;
         },
         Error::Kind::NotSqlite},
        {"text file", [](auto&, auto&) { return QByteArray("姓名,电话\n张三,13800000000\n"); },
         Error::Kind::NotSqlite},
        {"truncated inside the header", [](auto& o, auto&) { return o.left(60); },
         Error::Kind::NotSqlite},
        {"truncated after the first page", [](auto& o, auto&) { return o.left(4096); },
         Error::Kind::Damaged},
        {"truncated to half", [](auto& o, auto&) { return o.left(o.size() / 2); },
         Error::Kind::Damaged},
        {"truncated by one byte", [](auto& o, auto&) { return o.left(o.size() - 1); },
         Error::Kind::Damaged},
        {"impossible page size", [](auto& o, auto&) { return flip(o, 16, 0x03); },
         Error::Kind::Damaged},
        {"magic string damaged", [](auto& o, auto&) { return flip(o, 0, 'X'); },
         Error::Kind::NotSqlite},
        {"another program's SQLite file", [](auto&, auto& p) { return p; }, Error::Kind::NotOffice},
        {"application id overwritten", [](auto& o, auto&) { return flip(o, 71, 0x00); },
         Error::Kind::NotOffice},
        // more cuts: inside and at the edges of the header and of pages
        {"truncated to 99 bytes", [](auto& o, auto&) { return o.left(99); },
         Error::Kind::NotSqlite},
        {"truncated to the 100-byte header", [](auto& o, auto&) { return o.left(100); },
         Error::Kind::Damaged},
        {"truncated at 1,000 bytes", [](auto& o, auto&) { return o.left(1000); },
         Error::Kind::Damaged},
        {"truncated one byte short of the first page", [](auto& o, auto&) { return o.left(4095); },
         Error::Kind::Damaged},
        {"truncated inside the second page", [](auto& o, auto&) { return o.left(6000); },
         Error::Kind::Damaged},
        {"truncated after three pages", [](auto& o, auto&) { return o.left(3 * 4096); },
         Error::Kind::Damaged},
        {"truncated to three quarters",
         [](auto& o, auto&) { return o.left(o.size() * 3 / 4 / 4096 * 4096); },
         Error::Kind::Damaged},
        {"last page missing", [](auto& o, auto&) { return o.left(o.size() - 4096); },
         Error::Kind::Damaged},
        {"a page's worth of zeros put in after the first page",
         [](auto& o, auto&) {
             QByteArray b = o;
             b.insert(4096, QByteArray(4096, 0));
             return b;
         },
         Error::Kind::Damaged},
        // flipped header bytes
        {"page size zero", [](auto& o, auto&) { return flip(flip(o, 16, 0), 17, 0); },
         Error::Kind::Damaged},
        {"page size not a power of two", [](auto& o, auto&) { return flip(o, 17, 0x01); },
         Error::Kind::Damaged},
        {"write version unknown", [](auto& o, auto&) { return flip(o, 18, 0x07); },
         Error::Kind::Damaged},
        {"read version unknown", [](auto& o, auto&) { return flip(o, 19, 0x07); },
         Error::Kind::Damaged},
        {"payload fraction wrong", [](auto& o, auto&) { return flip(o, 21, 0x20); },
         Error::Kind::Damaged},
        {"schema format unknown", [](auto& o, auto&) { return flip(o, 47, 0x09); },
         Error::Kind::Damaged},
        {"page count larger than the file", [](auto& o, auto&) { return flip(o, 29, char(0x7F)); },
         Error::Kind::Damaged},
        {"newer schema version",
         [](auto& o, auto&) { return flip(o, 63, char(kSchemaVersion + 1)); }, Error::Kind::TooNew},
        {"another program's application id", [](auto& o, auto&) { return flip(o, 68, 0x12); },
         Error::Kind::NotOffice},
        {"magic string in lower case", [](auto& o, auto&) { return flip(flip(o, 1, 'q'), 2, 'l'); },
         Error::Kind::NotSqlite},
        {"a ZIP file renamed",
         [](auto&, auto&) {
             QByteArray b(4096, 0);
             b.replace(0, 4, QByteArrayView("PK\x03\x04", 4));
             return b;
         },
         Error::Kind::NotSqlite},
        {"schema page overwritten",
         [](auto& o, auto&) {
             QByteArray b = o;
             for (int i = 100; i < 4096; ++i)
                 b[i] = char(0xA5);
             return b;
         },
         Error::Kind::Damaged},
    };

    for (const Damage& damage : cases) {
        DYNAMIC_SECTION(damage.name)
        {
            const QString path = dir.path(QStringLiteral("damaged.ddoffice"));
            test::writeAll(path, damage.make(office, plain));
            const QByteArray before = test::sha256(path);
            for (bool readOnly : {false, true}) {
                OpenOptions options;
                options.readOnly = readOnly;
                try {
                    OfficeFile::open(path, options);
                    FAIL("a damaged file was opened");
                } catch (const Error& e) {
                    CHECK(e.kind() == damage.expected);
                    CHECK(e.message().contains(path));
                }
            }
            const IntegrityReport report = checkOffice(path);
            CHECK_FALSE(report.ok());
            CHECK(test::sha256(path) == before);
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
        }
    }
}

TEST_CASE("A file missing is reported as such")
{
    TempDir dir;
    try {
        OfficeFile::open(dir.path(QStringLiteral("nowhere.ddoffice")));
        FAIL("opened a missing file");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NotFound);
    }
}

TEST_CASE("Damage inside the data pages is found by the integrity check and left as it is")
{
    TempDir dir;
    const QByteArray office = healthyOfficeBytes(dir);
    const QString path = dir.path(QStringLiteral("inner.ddoffice"));
    QByteArray bytes = office;
    const int page = 4096;
    for (int i = 5 * page + 8; i < 6 * page; ++i) // page 6: an index or table page
        bytes[i] = char(0x5A);
    test::writeAll(path, bytes);
    const QByteArray before = test::sha256(path);
    const IntegrityReport report = checkOffice(path);
    CHECK_FALSE(report.ok());
    CHECK(report.toText().contains(QStringLiteral("PROBLEM")));
    CHECK(test::sha256(path) == before);
}

TEST_CASE("A damaged file is restored from the newest backup that passes the check, and kept")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    const QString folder = AutoBackup::defaultFolder(path);
    {
        auto office = test::makeOffice(path);
        AutoBackup::make(office->db(), path, folder, {},
                         QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
        UserRepository::add(*office, QStringLiteral("later"), {}, Role::Clerk);
        AutoBackup::make(office->db(), path, folder, {},
                         QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    }
    // the newest backup is damaged too: the one before it is offered
    const QList<BackupEntry> backups = AutoBackup::list(path, folder);
    REQUIRE(backups.size() == 2);
    QByteArray newest = test::readAll(backups.first().path);
    test::writeAll(backups.first().path, newest.left(newest.size() / 2));
    QByteArray bytes = test::readAll(path);
    test::writeAll(path, bytes.left(bytes.size() - 4096));
    const QByteArray damaged = test::sha256(path);
    CHECK_THROWS_AS(OfficeFile::open(path), Error);

    const std::optional<BackupEntry> offered = AutoBackup::newestVerified(path, folder);
    REQUIRE(offered);
    CHECK(offered->path == backups.last().path);
    const RestoreResult result = restoreOffice(offered->path, path);
    CHECK(test::sha256(result.previousCopy) == damaged); // kept aside, byte for byte
    auto office = OfficeFile::open(path);
    CHECK(checkOffice(path).ok());
    CHECK(sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
}
