// Damaged and foreign files are reported with a clear message and never modified.
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
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
    {
        auto office = test::makeOffice(path);
        Transaction tx(office->db());
        for (int i = 0; i < 300; ++i)
            UserRepository::insert(office->db(), office->currentUser(),
                                   QStringLiteral("user%1").arg(i),
                                   QStringLiteral("街道工作人员%1").arg(i), Role::Clerk);
        tx.commit();
    }
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
