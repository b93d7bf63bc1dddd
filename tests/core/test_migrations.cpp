// Schema migrations: from nothing, from every released version's fixture, refusing newer files,
// and all-or-nothing upgrades after a backup copy.
#include "org/officesettings.h"
#include "storage/auditlog.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/fileheader.h"
#include "storage/integrity.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <exception>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <thread>

using namespace dd;
using dd::test::TempDir;

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + name;
}

QStringList rowsOf(const QSqlDatabase& db, const QString& select)
{
    QStringList rows;
    QSqlQuery q = sql::run(db, select);
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList tables(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void setUserVersion(const QString& path, int version)
{
    Connection c(path, Connection::Mode::ReadWrite);
    sql::run(c.db(), QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QStringList backupsBeside(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
}
} // namespace

TEST_CASE("The built-in migration steps are numbered 1..kSchemaVersion without gaps")
{
    const QList<MigrationStep> steps = Migrator::builtInSteps();
    REQUIRE(steps.size() == kSchemaVersion);
    for (int i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == i + 1);
        CHECK_FALSE(steps[i].script.trimmed().isEmpty());
    }
    CHECK(Migrator().latestVersion() == kSchemaVersion);
}

TEST_CASE("Migrating an empty database creates the whole schema")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.db"));
    Connection c(path, Connection::Mode::Create);
    CHECK(Migrator().upgrade(c).isEmpty()); // nothing to back up
    CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
    CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA application_id")).toInt() == kApplicationId);
    const QStringList names = tables(c.db());
    for (const char* table : {"office", "users", "audit_log"})
        CHECK(names.contains(QString::fromLatin1(table)));
}

TEST_CASE("Every released schema version's fixture opens and upgrades to the current one")
{
    TempDir dir;
    const QStringList fixtures =
        QDir(QStringLiteral(DD_SOURCE_DIR "/tests/fixtures"))
            .entryList({QStringLiteral("office-v*.ddoffice")}, QDir::Files, QDir::Name);
    REQUIRE(fixtures.size() == kSchemaVersion); // one fixture per released schema version
    // Every table, index, trigger and view as a new file has them.
    const QString schema = QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                          "ORDER BY type, name");
    QStringList fresh;
    {
        Connection c(dir.path(QStringLiteral("fresh.ddoffice")), Connection::Mode::ReadWrite);
        Migrator().upgrade(c);
        fresh = rowsOf(c.db(), schema);
    }
    REQUIRE(fresh.filter(QStringLiteral("opinions_by_state")).size() == 1);
    CHECK(fresh.filter(QStringLiteral("opinions_by_state"))
              .first()
              .contains(QStringLiteral("(state, registered_on)")));
    for (const QString& name : fixtures) {
        INFO(name.toStdString());
        const QString path = dir.path(name);
        REQUIRE(QFile::copy(fixture(name), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            auto office = OfficeFile::open(path);
            CHECK(office->schemaVersion() == kSchemaVersion);
            const OfficeSettings s = OfficeRepository::load(*office);
            CHECK(s.name == QStringLiteral("旧城街道"));
            CHECK(s.congressTerm == 17);
            CHECK(s.workYear == 2024);
            // The rows written before the full-text index are in it (city 青岛市).
            AuditFilter words;
            words.text = QStringLiteral("青岛");
            const QList<AuditRecord> found = readAudit(office->db(), words);
            REQUIRE(found.size() == 1);
            CHECK(found.first().tableName == QStringLiteral("office"));
            CHECK(rowsOf(office->db(), schema) == fresh);
        }
        CHECK(checkOffice(path).ok());
    }
}

TEST_CASE("A file newer than the program is refused without a single byte changed")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.ddoffice"));
    test::makeOffice(path);
    setUserVersion(path, kSchemaVersion + 1);
    const QByteArray hash = test::sha256(path);
    for (bool readOnly : {false, true}) {
        OpenOptions options;
        options.readOnly = readOnly;
        try {
            OfficeFile::open(path, options);
            FAIL("a newer file was opened");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::TooNew);
            CHECK(e.message().contains(QString::number(kSchemaVersion + 1)));
        }
    }
    CHECK(test::sha256(path) == hash);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK(backupsBeside(path).isEmpty());
}

TEST_CASE("An upgrade backs the file up first and applies all steps in one transaction")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("upgrade.ddoffice"));
    test::makeOffice(path);

    QList<MigrationStep> steps = Migrator::builtInSteps();
    steps.append({kSchemaVersion + 1, "CREATE TABLE extra_a (id INTEGER PRIMARY KEY);"});

    SECTION("a successful upgrade")
    {
        steps.append({kSchemaVersion + 2, "CREATE TABLE extra_b (id INTEGER PRIMARY KEY);"});
        QString backup;
        {
            Connection c(path, Connection::Mode::ReadWrite);
            backup = Migrator(steps).upgrade(c);
            CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA user_version")).toInt() ==
                  kSchemaVersion + 2);
            CHECK(tables(c.db()).contains(QStringLiteral("extra_b")));
            QSqlQuery q = sql::run(
                c.db(),
                QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'migrate'"));
            REQUIRE(q.next());
            CHECK(q.value(0).toString().contains(
                QStringLiteral("\"schema_version\":%1").arg(kSchemaVersion + 2)));
        }
        REQUIRE_FALSE(backup.isEmpty());
        CHECK(backupsBeside(path) == QStringList{QFileInfo(backup).fileName()});
        // The backup is the file as it was: the old version, whole.
        CHECK(inspectOfficeHeader(backup).userVersion == kSchemaVersion);
        CHECK(checkOffice(backup).ok());
    }

    SECTION("a failing step leaves the file at its old version with nothing applied")
    {
        steps.append({kSchemaVersion + 2,
                      "CREATE TABLE extra_b (id INTEGER PRIMARY KEY); SELECT nonsense();"});
        Connection c(path, Connection::Mode::ReadWrite);
        try {
            Migrator(steps).upgrade(c);
            FAIL("the failing step was accepted");
        } catch (const Error& e) {
            CHECK(e.message().contains(QString::number(kSchemaVersion + 2)));
        }
        CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
        CHECK_FALSE(tables(c.db()).contains(QStringLiteral("extra_a")));
        CHECK_FALSE(tables(c.db()).contains(QStringLiteral("extra_b")));
        CHECK(backupsBeside(path).size() == 1); // the safety copy stays
    }
}

TEST_CASE("An older file opened read-only asks for an upgrade instead of failing later")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.ddoffice"));
    test::makeOffice(path);
    setUserVersion(path, kSchemaVersion - 1);
    const QByteArray hash = test::sha256(path);
    OpenOptions options;
    options.readOnly = true;
    try {
        OfficeFile::open(path, options);
        FAIL("opened an old file read-only");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NeedsUpgrade);
    }
    CHECK(test::sha256(path) == hash);
}

TEST_CASE("Opening an older file hands the upgrade to runLong, which may run it on any thread")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.ddoffice"));
    REQUIRE(QFile::copy(fixture(QStringLiteral("office-v7.ddoffice")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList told;
    OpenOptions options;
    options.runLong = [&told](const QString& what, const std::function<void()>& work) {
        told << what;
        std::exception_ptr failure;
        std::thread worker([&] { // as the GUI does: not the thread that opened the file
            try {
                work();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        worker.join();
        if (failure)
            std::rethrow_exception(failure);
    };
    {
        auto office = OfficeFile::open(path, options);
        REQUIRE(told.size() == 1);
        CHECK(told[0].contains(QStringLiteral("v7.ddoffice")));
        CHECK(told[0].contains(QStringLiteral("schema version 7 to %1").arg(kSchemaVersion)));
        CHECK(office->schemaVersion() == kSchemaVersion);
        CHECK(office->upgradedFrom() == 7);
        CHECK(backupsBeside(path) == QStringList{QFileInfo(office->upgradeBackup()).fileName()});
        CHECK(inspectOfficeHeader(office->upgradeBackup()).userVersion == 7);
        // The file's own connection sees the upgraded schema and writes to it.
        OfficeSettings s = OfficeRepository::load(*office);
        CHECK(s.name == QStringLiteral("旧城街道"));
        s.name = QStringLiteral("新城街道");
        OfficeRepository::save(*office, s);
    }
    CHECK(checkOffice(path).ok());
    auto again = OfficeFile::open(path, options); // nothing left to upgrade: nothing long
    CHECK(told.size() == 1);
    CHECK(OfficeRepository::load(*again).name == QStringLiteral("新城街道"));
}

namespace {
QList<MigrationStep> stepsUpTo(int version)
{
    QList<MigrationStep> steps = Migrator::builtInSteps();
    steps.erase(std::remove_if(steps.begin(), steps.end(),
                               [&](const MigrationStep& s) { return s.version > version; }),
                steps.end());
    return steps;
}

bool fails(const QSqlDatabase& db, const QString& statement)
{
    try {
        sql::run(db, statement);
        return false;
    } catch (const Error&) {
        return true;
    }
}

// The file as the release of that schema version made it, with what the integrity check of
// the safety copy taken before an upgrade asks for: the office and an administrator.
QSqlDatabase releasedOffice(Connection& c, int version)
{
    Migrator(stepsUpTo(version)).upgrade(c);
    const QSqlDatabase db = c.db();
    sql::run(db, QStringLiteral("INSERT INTO office (id, name, congress_term, work_year, "
                                "created_at, updated_at) VALUES (1, '旧城街道', 17, 2024, 'now', "
                                "'now')"));
    sql::run(db, QStringLiteral("INSERT INTO users (login, role, created_at) VALUES ('admin', "
                                "'admin', 'now')"));
    return db;
}

const QString kOpinionInsert = QStringLiteral(
    "INSERT INTO opinions (registered_on, channel, title, category_id, responsibility, state, "
    "handling_unit_id, deadline, created_at, updated_at) VALUES ('2024-03-01', '%1', 't', 1, "
    "'street', '%2', %3, '%4', 'now', 'now')");
} // namespace

TEST_CASE("Version 8 makes the opinions table again: rows, history, indexes and rules survive")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.ddoffice"));
    QStringList before, history, indexes;
    {
        Connection c(path, Connection::Mode::Create);
        const QSqlDatabase db = releasedOffice(c, 7);
        sql::run(db, QStringLiteral(
                         "INSERT INTO handling_units (id, name, kind, created_at, updated_at) "
                         "VALUES (1, '街道城管办', 'street_department', 'now', 'now')"));
        sql::run(db, kOpinionInsert.arg(QStringLiteral("visit"), QStringLiteral("registered"),
                                        QStringLiteral("NULL"), QString()));
        sql::run(db, kOpinionInsert.arg(QStringLiteral("hotline"), QStringLiteral("dispatched"),
                                        QStringLiteral("1"), QStringLiteral("2024-03-15")));
        sql::run(db, kOpinionInsert.arg(QStringLiteral("wechat"), QStringLiteral("archived"),
                                        QStringLiteral("1"), QStringLiteral("2024-03-15")));
        for (int id : {1, 2, 3})
            sql::run(db,
                     QStringLiteral("INSERT INTO opinion_history (opinion_id, recorded_at, "
                                    "on_date, user_name, to_state) VALUES (?, 'now', "
                                    "'2024-03-01', '李娜', 'registered')"),
                     {id});
        sql::run(db, QStringLiteral("INSERT INTO opinion_supervisions (opinion_id, on_date, "
                                    "by_whom, method, created_at) VALUES (2, '2024-03-05', '张伟', "
                                    "'phone', 'now')"));
        before = rowsOf(db, QStringLiteral("SELECT * FROM opinions ORDER BY id"));
        history = rowsOf(db, QStringLiteral("SELECT * FROM opinion_history ORDER BY id"));
        indexes = rowsOf(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE tbl_name = "
                                            "'opinions' AND type = 'index' ORDER BY name"));
        // The cause of version 8: every IN list of more than two values is a temporary table
        // built for each inserted row.
        CHECK(
            rowsOf(db, QStringLiteral("EXPLAIN ") +
                           kOpinionInsert.arg(QStringLiteral("visit"), QStringLiteral("registered"),
                                              QStringLiteral("NULL"), QString()))
                .filter(QStringLiteral("|OpenEphemeral|"))
                .size() == 5);
    }
    REQUIRE(before.size() == 3);

    {
        Connection c(path, Connection::Mode::ReadWrite);
        CHECK_FALSE(Migrator().upgrade(c).isEmpty());
        const QSqlDatabase db = c.db();
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(rowsOf(db, QStringLiteral("SELECT * FROM opinions ORDER BY id")) == before);
        QStringList steps = history; // version 14 adds what each step set: none for these
        for (QString& step : steps)
            step += QStringLiteral("|{}");
        CHECK(rowsOf(db, QStringLiteral("SELECT * FROM opinion_history ORDER BY id")) == steps);
        QStringList expected = indexes; // version 11 ends the state's index with the day
        for (QString& index : expected)
            index.replace(QStringLiteral("(state, deadline)"),
                          QStringLiteral("(state, registered_on)"));
        CHECK(expected != indexes);
        CHECK(rowsOf(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE tbl_name = "
                                        "'opinions' AND type = 'index' ORDER BY name")) ==
              expected);
        CHECK(
            rowsOf(db, QStringLiteral("EXPLAIN ") +
                           kOpinionInsert.arg(QStringLiteral("visit"), QStringLiteral("registered"),
                                              QStringLiteral("NULL"), QString()))
                .filter(QStringLiteral("|OpenEphemeral|"))
                .isEmpty());

        // The same rules as before.
        CHECK(fails(db, kOpinionInsert.arg(QStringLiteral("fax"), QStringLiteral("registered"),
                                           QStringLiteral("NULL"), QString())));
        CHECK(fails(db, kOpinionInsert.arg(QStringLiteral("visit"), QStringLiteral("lost"),
                                           QStringLiteral("NULL"), QString())));
        CHECK(fails(db, kOpinionInsert.arg(QStringLiteral("visit"), QStringLiteral("dispatched"),
                                           QStringLiteral("NULL"), QString())));
        CHECK(fails(db, QStringLiteral("UPDATE opinions SET evaluation = 'happy' WHERE id = 1")));
        CHECK(fails(db, QStringLiteral("UPDATE opinions SET category_id = 99 WHERE id = 1")));
        CHECK(fails(db, QStringLiteral("UPDATE opinions SET title = 'x' WHERE id = 3")));
        CHECK(fails(db, QStringLiteral("DELETE FROM opinions WHERE id = 3")));
        CHECK(fails(db,
                    QStringLiteral("INSERT INTO opinion_supervisions (opinion_id, on_date, "
                                   "by_whom, method, created_at) VALUES (3, '2024-03-05', '张伟', "
                                   "'phone', 'now')")));
        for (const char* channel : {"reception", "observer"})
            CHECK_FALSE(fails(db, kOpinionInsert.arg(QString::fromLatin1(channel),
                                                     QStringLiteral("escalated"),
                                                     QStringLiteral("NULL"), QString())));
        // History still follows its opinion (ON DELETE CASCADE).
        sql::run(db, QStringLiteral("DELETE FROM opinions WHERE id = 1"));
        CHECK(
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinion_history WHERE opinion_id "
                                           "= 1"))
                .toInt() == 0);
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
        CHECK(rowsOf(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    }
}

TEST_CASE("Version 12 keeps minutes and decisions apart: every activity, text, attendance and "
          "index survives")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v11.ddoffice"));
    const QString kept = QStringLiteral(
        "SELECT id, kind_id, title, starts_at, ends_at, venue_id, place, organiser, group_id, "
        "community_id, host, residents_count, plan_id, plan_date, created_at, updated_at FROM "
        "activities ORDER BY id");
    const QString indexes = QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE tbl_name = "
                                           "'activities' AND type = 'index' ORDER BY name");
    const QString minutes =
        QStringLiteral("<p>%1</p>").arg(QString(6000, QChar(0x8BAE))); // 议: over a page
    QStringList before, texts, indexesBefore;
    {
        Connection c(path, Connection::Mode::Create);
        const QSqlDatabase db = releasedOffice(c, 11);
        sql::run(db, QStringLiteral("INSERT INTO deputies (id, name, kind, created_at, "
                                    "updated_at) VALUES (1, '张三', 'congress', 'now', 'now')"));
        const QString insert = QStringLiteral(
            "INSERT INTO activities (id, kind_id, title, starts_at, place, minutes, decisions, "
            "created_at, updated_at) VALUES (?, 1, ?, ?, '社区活动室', ?, ?, 'now', 'now')");
        sql::run(db, insert,
                 {1, QStringLiteral("板凳议事会"), QStringLiteral("2024-03-01T09:00"), minutes,
                  QStringLiteral("周六集中清理楼道")});
        sql::run(db, insert,
                 {2, QStringLiteral("接待选民"), QStringLiteral("2024-03-10T09:00"), QString(),
                  QStringLiteral("转交街道城管办")});
        sql::run(db, insert,
                 {3, QStringLiteral("学习培训"), QStringLiteral("2024-04-01T14:30"), QString(),
                  QString()});
        sql::run(db, QStringLiteral("INSERT INTO activity_attendees (activity_id, deputy_id) "
                                    "VALUES (1, 1)"));
        before = rowsOf(db, kept);
        texts = rowsOf(db, QStringLiteral("SELECT id, minutes, decisions FROM activities ORDER "
                                          "BY id"));
        indexesBefore = rowsOf(db, indexes);
    }
    REQUIRE(before.size() == 3);
    REQUIRE(indexesBefore.size() == 6);

    Connection c(path, Connection::Mode::ReadWrite);
    CHECK_FALSE(Migrator().upgrade(c).isEmpty());
    const QSqlDatabase db = c.db();
    CHECK(rowsOf(db, kept) == before);
    CHECK(rowsOf(db, QStringLiteral("SELECT a.id, coalesce(t.minutes, ''), coalesce(t.decisions, "
                                    "'') FROM activities a LEFT JOIN activity_texts t ON "
                                    "t.activity_id = a.id ORDER BY a.id")) == texts);
    CHECK(rowsOf(db, QStringLiteral("SELECT activity_id FROM activity_texts ORDER BY 1")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")}); // none for no text
    CHECK(rowsOf(db, QStringLiteral("SELECT name FROM pragma_table_info('activities') WHERE name "
                                    "IN ('minutes', 'decisions')"))
              .isEmpty());
    CHECK(rowsOf(db, indexes) == indexesBefore);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM activity_attendees")).toInt() == 1);
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // A text belongs to an activity, holds something, and goes with it.
    CHECK(fails(db, QStringLiteral("INSERT INTO activity_texts (activity_id, minutes) VALUES "
                                   "(99, 'x')")));
    CHECK(fails(db, QStringLiteral("INSERT INTO activity_texts (activity_id) VALUES (3)")));
    CHECK(fails(db, QStringLiteral("UPDATE activities SET title = '' WHERE id = 3")));
    sql::run(db, QStringLiteral("DELETE FROM activities WHERE id = 1"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM activity_texts")).toInt() == 1);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM activity_attendees")).toInt() == 0);
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() ==
          QStringLiteral("ok"));
    CHECK(rowsOf(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST_CASE("An upgrade that would leave a dangling reference is refused as a whole")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("dangling.ddoffice"));
    test::makeOffice(path);
    QList<MigrationStep> steps = Migrator::builtInSteps();
    steps.append({kSchemaVersion + 1,
                  "INSERT INTO opinion_history (opinion_id, recorded_at, on_date, user_name, "
                  "to_state) VALUES (424242, 'now', '2024-03-01', 'x', 'registered');"});
    Connection c(path, Connection::Mode::ReadWrite);
    try {
        Migrator(steps).upgrade(c);
        FAIL("the dangling reference was accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains(QString::number(kSchemaVersion + 1)));
    }
    CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
    CHECK(sql::scalar(c.db(), QStringLiteral("SELECT count(*) FROM opinion_history")).toInt() == 0);
    CHECK(sql::scalar(c.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}
