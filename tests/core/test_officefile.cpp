// The office file: creation, settings, pragmas on every connection, audit rows, read-only.
#include "org/officesettings.h"
#include "storage/auditlog.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/fileheader.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <QFileInfo>
#include <sqlite3.h>
#include <thread>

using namespace dd;
using dd::test::TempDir;

namespace {
qint64 auditCount(const OfficeFile& office)
{
    return sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}
} // namespace

TEST_CASE("A new office file carries the application id, schema version and settings")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    {
        auto office = test::makeOffice(path);
        CHECK(office->schemaVersion() == kSchemaVersion);
        CHECK(sql::scalar(office->db(), QStringLiteral("PRAGMA application_id")).toInt() ==
              kApplicationId);
        CHECK(sql::scalar(office->db(), QStringLiteral("PRAGMA journal_mode")).toString() ==
              QStringLiteral("wal"));
        const OfficeSettings s = OfficeRepository::load(*office);
        CHECK(s.name == QStringLiteral("市西街道"));
        CHECK(s.district == QStringLiteral("市北区"));
        CHECK(s.workYear == 2026);
        CHECK(office->currentUser().role == Role::Admin);
        CHECK(office->currentUser().login == QStringLiteral("admin"));
        // Named on the office's records: Chinese in any interface language.
        CHECK(office->currentUser().displayName == QStringLiteral("管理员"));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating")));
    }
    const FileHeader header = inspectOfficeHeader(path);
    CHECK(header.applicationId == kApplicationId);
    CHECK(header.userVersion == kSchemaVersion);
}

TEST_CASE("Creating over an existing file is refused and leaves it alone")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("exists.ddoffice"));
    test::writeAll(path, "not mine");
    OfficeSettings s;
    s.name = QStringLiteral("市西街道");
    s.workYear = 2026;
    REQUIRE_THROWS_AS(OfficeFile::create(path, s), Error);
    CHECK(test::readAll(path) == "not mine");
}

TEST_CASE("Every connection has foreign keys on and trusted_schema off")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pragmas.ddoffice"));
    test::makeOffice(path);
    for (auto mode : {Connection::Mode::ReadWrite, Connection::Mode::ReadOnly}) {
        Connection c(path, mode);
        CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA trusted_schema")).toInt() == 0);
    }
}

TEST_CASE("Office settings are validated in core with a message naming each field")
{
    OfficeSettings s;
    s.name = QStringLiteral("   ");
    s.district = QString(41, QChar(u'区'));
    s.city = QStringLiteral("青岛\n市");
    s.congressTerm = 0;
    s.workYear = 1989;
    const QList<FieldError> errors = s.normalized().validate();
    QStringList fields;
    for (const FieldError& e : errors) {
        fields << e.field;
        CHECK(e.message.contains(e.label));
    }
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("district"),
                                QStringLiteral("city"), QStringLiteral("congressTerm"),
                                QStringLiteral("workYear")});

    OfficeSettings ok;
    ok.name = QStringLiteral("　市西街道　"); // ideographic spaces from an input method
    ok.workYear = 2026;
    CHECK(ok.normalized().validate().isEmpty());
    CHECK(ok.normalized().name == QStringLiteral("市西街道"));
}

TEST_CASE("Saving settings writes the change and its audit row together")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("save.ddoffice"));
    auto office = test::makeOffice(path);
    const qint64 before = auditCount(*office);

    OfficeSettings s = OfficeRepository::load(*office);
    s.name = QStringLiteral("市南街道");
    s.workYear = 2027;
    OfficeRepository::save(*office, s);
    CHECK(OfficeRepository::load(*office).name == QStringLiteral("市南街道"));
    REQUIRE(auditCount(*office) == before + 1);
    QSqlQuery q =
        sql::run(office->db(),
                 QStringLiteral("SELECT action, table_name, row_id, before_json, "
                                "after_json, user_login FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("update"));
    CHECK(q.value(1).toString() == QStringLiteral("office"));
    CHECK(q.value(2).toInt() == 1);
    CHECK(q.value(3).toString().contains(QStringLiteral("市西街道")));
    CHECK(q.value(4).toString().contains(QStringLiteral("市南街道")));
    CHECK(q.value(5).toString() == QStringLiteral("admin"));

    SECTION("saving the same values again writes nothing")
    {
        OfficeRepository::save(*office, s);
        CHECK(auditCount(*office) == before + 1);
    }
    SECTION("invalid settings are refused without any write")
    {
        s.name.clear();
        REQUIRE_THROWS_AS(OfficeRepository::save(*office, s), ValidationError);
        CHECK(OfficeRepository::load(*office).name == QStringLiteral("市南街道"));
        CHECK(auditCount(*office) == before + 1);
    }
}

TEST_CASE("A rolled-back change leaves no audit row, a committed one always has it")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("tx.ddoffice")));
    const qint64 before = auditCount(*office);
    {
        Transaction tx(office->db());
        UserRepository::insert(office->db(), office->currentUser(), QStringLiteral("clerk1"),
                               QStringLiteral("文员"), Role::Clerk);
        CHECK(auditCount(*office) == before + 1); // visible inside the transaction
    }                                             // destroyed without commit: rolled back
    CHECK(auditCount(*office) == before);
    CHECK(UserRepository::all(office->db()).size() == 1);

    UserRepository::add(*office, QStringLiteral("clerk1"), QStringLiteral("文员"), Role::Clerk);
    CHECK(auditCount(*office) == before + 1);
    CHECK(UserRepository::all(office->db()).size() == 2);
}

TEST_CASE("The audit log refuses UPDATE and DELETE")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("audit.ddoffice")));
    const qint64 before = auditCount(*office);
    REQUIRE_THROWS_AS(
        sql::run(office->db(), QStringLiteral("UPDATE audit_log SET user_login = 'x'")), Error);
    REQUIRE_THROWS_AS(sql::run(office->db(), QStringLiteral("DELETE FROM audit_log")), Error);
    CHECK(auditCount(*office) == before);
    QSqlQuery q = sql::run(office->db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE user_login = 'x'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Schema CHECK constraints hold even against direct SQL")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("checks.ddoffice")));
    CHECK_THROWS_AS(sql::run(office->db(), QStringLiteral("UPDATE office SET work_year = 1800")),
                    Error);
    CHECK_THROWS_AS(
        sql::run(office->db(), QStringLiteral("INSERT INTO users (login, role, created_at) "
                                              "VALUES ('x', 'boss', 'now')")),
        Error);
    CHECK_THROWS_AS(
        sql::run(office->db(), QStringLiteral("INSERT INTO office (id, name, congress_term, "
                                              "work_year, created_at, updated_at) VALUES "
                                              "(2, 'x', 1, 2026, '', '')")),
        Error);
}

TEST_CASE("A file opened read-only refuses writes and takes no lock")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.ddoffice"));
    test::makeOffice(path);
    OpenOptions options;
    options.readOnly = true;
    auto office = OfficeFile::open(path, options);
    CHECK(office->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    OfficeSettings s = OfficeRepository::load(*office);
    s.name = QStringLiteral("改名");
    REQUIRE_THROWS_AS(OfficeRepository::save(*office, s), Error);
    CHECK_THROWS_AS(sql::run(office->db(), QStringLiteral("UPDATE office SET name = 'x'")), Error);
    // A second read-only opener is fine too.
    auto second = OfficeFile::open(path, options);
    CHECK(OfficeRepository::load(*second).name == QStringLiteral("市西街道"));
}

TEST_CASE("A prepared bulk statement binds and fails as a single statement does")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("bulk.db"));
    Connection c(path, Connection::Mode::Create);
    const QSqlDatabase db = c.db();
    sql::run(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY, "
                                "n TEXT NOT NULL CHECK (length(n) < 5)) STRICT"));
    sql::Prepared insert(db, QStringLiteral("INSERT INTO t (v, n) VALUES (?, ?)"));
    const QList<QVariant> values = {
        QVariant(),  QString(), QStringLiteral("街道"), 42,      qint64(1) << 40,
        true,        2.5,       QDate(2025, 3, 10),     QDate(), QByteArray("\x01\x02", 2),
        QByteArray()};
    QList<qint64> ids;
    for (const QVariant& v : values)
        ids << insert({v, QStringLiteral("x")});
    CHECK(ids == QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    QStringList got;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT typeof(v), quote(v) FROM t ORDER BY id"));
    while (q.next())
        got << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    CHECK(got == QStringList{QStringLiteral("null NULL"), QStringLiteral("text ''"),
                             QStringLiteral("text '街道'"), QStringLiteral("integer 42"),
                             QStringLiteral("integer 1099511627776"), QStringLiteral("integer 1"),
                             QStringLiteral("real 2.5"), QStringLiteral("text '2025-03-10'"),
                             QStringLiteral("null NULL"), QStringLiteral("blob X'0102'"),
                             QStringLiteral("null NULL")});
    // A refused row throws with SQLite's code, and the statement stays usable.
    try {
        insert({1, QStringLiteral("too long")});
        FAIL("the CHECK constraint was not applied");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Sql);
        CHECK(e.nativeCode() == SQLITE_CONSTRAINT_CHECK);
        CHECK(e.message().contains(QStringLiteral("CHECK constraint failed")));
    }
    CHECK(insert({2, QStringLiteral("ok")}) == 12);
    CHECK_THROWS_AS(sql::Prepared(db, QStringLiteral("INSERT INTO nowhere VALUES (?)")), Error);
}

TEST_CASE("Rows inserted in batches arrive whole and in order, and a dangling reference fails "
          "the commit with nothing written")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("batches.db"));
    Connection c(path, Connection::Mode::Create);
    const QSqlDatabase db = c.db();
    sql::run(db, QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL) "
                                "STRICT"));
    sql::run(db, QStringLiteral("CREATE TABLE k (id INTEGER PRIMARY KEY, p INTEGER NOT NULL "
                                "REFERENCES p (id), day TEXT, n INTEGER) STRICT"));
    constexpr int kRows = 2500; // several statements of a batch each, and the rest
    const auto pragma = [&](const char* name) {
        return sql::scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(name)).toInt();
    };
    const int cacheSize = pragma("cache_size"), tempStore = pragma("temp_store");
    {
        const sql::BulkWriting bulk(db);
        CHECK(pragma("temp_store") == 2); // MEMORY
        CHECK(pragma("cache_size") == -16384);
        Transaction tx(db);
        sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        sql::BulkInsert parents(db, QStringLiteral("p"),
                                {QStringLiteral("id"), QStringLiteral("name")});
        sql::BulkInsert children(db, QStringLiteral("k"),
                                 {QStringLiteral("p"), QStringLiteral("day"), QStringLiteral("n")});
        for (int i = 1; i <= kRows; ++i) {
            parents.add({i, QStringLiteral("代表%1").arg(i)});
            children.add({i, QDate(2025, 1, 1).addDays(i % 365), QVariant()}); // before its parent
            children.add({i, QString(), i});
        }
        parents.flush();
        children.flush();
        tx.commit();
    }
    CHECK(pragma("cache_size") == cacheSize); // put back
    CHECK(pragma("temp_store") == tempStore);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM p")).toInt() == kRows);
    CHECK(sql::scalar(db, QStringLiteral("SELECT name FROM p WHERE id = 1234")).toString() ==
          QStringLiteral("代表1234"));
    // in the order added: each parent's two children one after the other, values as bound
    sql::Rows rows(db, QStringLiteral("SELECT id, p, day, quote(n) FROM k ORDER BY id"));
    int at = 0;
    bool inOrder = true;
    while (rows.next()) {
        const int parent = at / 2 + 1;
        const bool first = at % 2 == 0;
        inOrder = inOrder && rows.integer(0) == at + 1 && rows.integer(1) == parent &&
                  rows.text(2) == (first ? sql::dateText(QDate(2025, 1, 1).addDays(parent % 365))
                                         : QString()) &&
                  rows.text(3) == (first ? QStringLiteral("NULL") : QString::number(parent));
        ++at;
    }
    CHECK(at == 2 * kRows);
    CHECK(inOrder);

    // A row whose parent never comes is refused when the transaction commits: nothing of it.
    try {
        Transaction tx(db);
        sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        sql::BulkInsert children(db, QStringLiteral("k"),
                                 {QStringLiteral("p"), QStringLiteral("day"), QStringLiteral("n")});
        for (int i = 1; i <= 500; ++i)
            children.add({i == 321 ? kRows + 1 : i, QString(), i});
        children.flush();
        tx.commit();
        FAIL("the dangling reference was committed");
    } catch (const Error& e) {
        CHECK((e.nativeCode() & 0xff) == SQLITE_CONSTRAINT);
    }
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM k")).toInt() == 2 * kRows);
    // a row the table refuses fails its batch's statement at once
    Transaction tx(db);
    sql::BulkInsert parents(db, QStringLiteral("p"),
                            {QStringLiteral("id"), QStringLiteral("name")});
    parents.add({kRows + 1, QStringLiteral("新")});
    parents.add({1, QStringLiteral("重复")});
    CHECK_THROWS_AS(parents.flush(), Error);
}

TEST_CASE("An interrupter stops a connection's statement from another thread, and those "
          "started after it")
{
    TempDir dir;
    Connection c(dir.path(QStringLiteral("stop.db")), Connection::Mode::Create);
    const QSqlDatabase db = c.db();
    // Most of a minute of counting unless stopped.
    const QString counting = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                            "i + 1 FROM n WHERE i < 300000000) "
                                            "SELECT count(*) FROM n");
    sql::Interrupter interrupter;
    {
        const sql::Interrupter::Attached attached(&interrupter, db);
        std::atomic<bool> started = false;
        std::thread other([&] {
            while (!started)
                std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            interrupter.stop();
        });
        started = true;
        try {
            sql::scalar(db, counting);
            FAIL("the statement ran to its end");
        } catch (const Error& e) {
            CHECK((e.nativeCode() & 0xff) == SQLITE_INTERRUPT);
        }
        other.join();
        CHECK(interrupter.stopped());
        CHECK_THROWS_AS(sql::scalar(db, counting), Error); // stays stopped
    }
    // Detached, the connection is as it was, and stopping reaches it no more.
    interrupter.stop();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 UNION ALL SELECT 2)"))
              .toInt() == 2);
}

TEST_CASE("Rows read directly give what a query gives, and fail as it does")
{
    TempDir dir;
    Connection c(dir.path(QStringLiteral("rows.db")), Connection::Mode::Create);
    const QSqlDatabase db = c.db();
    sql::run(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT, day TEXT)"));
    sql::run(db, QStringLiteral("INSERT INTO t (n, day) VALUES ('街道', '2025-03-10'), (NULL, ''), "
                                "('x', '2025-03-11')"));
    sql::Rows rows(db,
                   QStringLiteral("SELECT id, n, day FROM t WHERE day >= ? OR n IS NULL "
                                  "ORDER BY id"),
                   {QDate(2025, 3, 10)});
    CHECK(rows.columns() == 3);
    QStringList got;
    while (rows.next())
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(rows.integer(0))
                   .arg(rows.isNull(1) ? QStringLiteral("NULL") : rows.text(1), rows.text(2))
                   .arg(rows.text(1).isNull() ? QStringLiteral("null") : QStringLiteral("text"));
    CHECK(got == QStringList{QStringLiteral("1 街道 2025-03-10 text"),
                             QStringLiteral("2 NULL  text"), // NULL reads as ''
                             QStringLiteral("3 x 2025-03-11 text")});
    CHECK_FALSE(rows.next());
    CHECK_THROWS_AS(sql::Rows(db, QStringLiteral("SELECT nothing FROM t")), Error);
    sql::Rows overflow(db, QStringLiteral("SELECT abs(-9223372036854775807 - 1)"));
    CHECK_THROWS_AS(overflow.next(), Error);
}
