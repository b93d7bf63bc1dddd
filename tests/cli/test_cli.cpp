// deputydesk-cli, run as a real process for every command.
#include "io/activitylog.h"
#include "io/roster.h"
#include "io/sheettable.h"
#include "storage/auditlog.h"
#include "storage/fileheader.h"
#include "storage/integrity.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>

using namespace dd;
using dd::test::ProcessResult;
using dd::test::TempDir;

namespace {
ProcessResult cli(const QStringList& arguments)
{
    return test::runProgram(test::builtProgram(QStringLiteral("app/deputydesk-cli")),
                            QStringList{QStringLiteral("--lang"), QStringLiteral("en")} +
                                arguments);
}

// Failures print exactly one line on stderr, naming the program.
void checkOneLineError(const ProcessResult& r)
{
    CHECK(r.err.startsWith(QStringLiteral("deputydesk-cli: ")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
}
} // namespace

TEST_CASE("cli: --version and --help")
{
    const ProcessResult version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("deputydesk-cli 0.")));

    const ProcessResult help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* command : {"init", "demo", "check", "backup", "restore", "info"})
        CHECK(help.out.contains(QStringLiteral("  ") + QLatin1String(command) + QLatin1Char(' ')));

    const ProcessResult chinese = test::runProgram(
        test::builtProgram(QStringLiteral("app/deputydesk-cli")),
        {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    CHECK(chinese.exitCode == 0);
    CHECK(chinese.out.contains(QStringLiteral("用法")));

    // Without --lang, a Chinese system locale gets Chinese and any other English.
    for (const auto& [lang, expected] :
         {std::pair{"zh_CN.UTF-8", "用法"}, std::pair{"C.UTF-8", "Usage"}}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
        env.remove(QStringLiteral("DD_LANG"));
        process.setProcessEnvironment(env);
        process.start(test::builtProgram(QStringLiteral("app/deputydesk-cli")),
                      {QStringLiteral("--help")});
        REQUIRE(process.waitForFinished(30000));
        CHECK(QString::fromUtf8(process.readAllStandardOutput())
                  .startsWith(QString::fromUtf8(expected)));
    }

    const ProcessResult unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    checkOneLineError(unknown);
}

TEST_CASE("cli: init creates an office file and refuses bad input")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("市西街道.ddoffice"));
    const ProcessResult r =
        cli({QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("市西街道"),
             QStringLiteral("--district"), QStringLiteral("市北区"), QStringLiteral("--city"),
             QStringLiteral("青岛市"), QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(r.exitCode == 0);
    CHECK(inspectOfficeHeader(path).userVersion == kSchemaVersion);

    const ProcessResult again =
        cli({QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("x")});
    CHECK(again.exitCode == 1);
    checkOneLineError(again);

    const QString bad = dir.path(QStringLiteral("bad.ddoffice"));
    const ProcessResult invalid =
        cli({QStringLiteral("init"), bad, QStringLiteral("--name"), QStringLiteral(" "),
             QStringLiteral("--year"), QStringLiteral("1800")});
    CHECK(invalid.exitCode == 1);
    checkOneLineError(invalid);
    CHECK(invalid.err.contains(QStringLiteral("Office name")));
    CHECK(invalid.err.contains(QStringLiteral("Work year")));
    CHECK_FALSE(QFileInfo::exists(bad));

    const ProcessResult usage = cli({QStringLiteral("init"), bad});
    CHECK(usage.exitCode == 2);
}

TEST_CASE("cli: demo and info --json")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);

    const ProcessResult info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("schema_version")).toInt() == kSchemaVersion);
    CHECK(
        json.value(QStringLiteral("office")).toObject().value(QStringLiteral("name")).toString() ==
        QStringLiteral("市西街道"));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("office")).toInteger() == 1);
    CHECK(counts.value(QStringLiteral("users")).toInteger() == 4);
    CHECK(counts.value(QStringLiteral("audit_log")).toInteger() >= 5);

    const ProcessResult text = cli({QStringLiteral("info"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("市西街道")));

    const ProcessResult missing =
        cli({QStringLiteral("info"), dir.path(QStringLiteral("none.ddoffice"))});
    CHECK(missing.exitCode == 1);
    checkOneLineError(missing);
}

TEST_CASE("cli: upgrade brings an older file to this version and keeps a copy of the old one")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.ddoffice"));
    REQUIRE(QFile::copy(QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/office-v7.ddoffice"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const ProcessResult before = cli({QStringLiteral("info"), path});
    CHECK(before.exitCode == 1);
    checkOneLineError(before);
    CHECK(before.err.contains(QStringLiteral("deputydesk-cli upgrade %1 does that").arg(path)));
    CHECK(inspectOfficeHeader(path).userVersion == 7);
    // A scheduled backup does not wait for the upgrade: the file is copied as it is.
    const QString copy = dir.path(QStringLiteral("copy-v7.ddoffice"));
    CHECK(cli({QStringLiteral("backup"), path, QStringLiteral("--out"), copy}).exitCode == 0);
    CHECK(inspectOfficeHeader(copy).userVersion == 7);
    CHECK(inspectOfficeHeader(path).userVersion == 7);
    // Restoring that backup upgrades the restored file, and says so while and after it works.
    const QString restored = dir.path(QStringLiteral("restored.ddoffice"));
    const ProcessResult restore =
        cli({QStringLiteral("restore"), copy, QStringLiteral("--out"), restored});
    CHECK(restore.exitCode == 0);
    CHECK(restore.err.contains(
        QStringLiteral("Upgrading restored.ddoffice from schema version 7 to %1")
            .arg(kSchemaVersion)));
    CHECK(restore.out.contains(
        QStringLiteral("The backup had schema version 7; the restored file was upgraded to %1.")
            .arg(kSchemaVersion)));
    CHECK(inspectOfficeHeader(restored).userVersion == kSchemaVersion);

    const ProcessResult upgrade = cli({QStringLiteral("upgrade"), path});
    CHECK(upgrade.exitCode == 0);
    CHECK(upgrade.err.contains(
        QStringLiteral("Upgrading v7.ddoffice from schema version 7 to %1").arg(kSchemaVersion)));
    CHECK(upgrade.out.contains(
        QStringLiteral("from schema version 7 to %1; the old file was kept as ")
            .arg(kSchemaVersion)));
    const QStringList copies =
        QFileInfo(path).dir().entryList({QStringLiteral("v7.ddoffice.v7-*.bak")}, QDir::Files);
    REQUIRE(copies.size() == 1);
    CHECK(upgrade.out.contains(copies[0]));
    CHECK(inspectOfficeHeader(dir.path(copies[0])).userVersion == 7);
    CHECK(inspectOfficeHeader(path).userVersion == kSchemaVersion);

    const ProcessResult info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8())
              .object()
              .value(QStringLiteral("schema_version"))
              .toInt() == kSchemaVersion);

    const ProcessResult again = cli({QStringLiteral("upgrade"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    CHECK(again.out.contains(QStringLiteral("already has schema version %1").arg(kSchemaVersion)));
    CHECK(cli({QStringLiteral("upgrade")}).exitCode == 2);
}

TEST_CASE("cli: check exits 0 only for a healthy file, and never changes a damaged one")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);
    const ProcessResult ok = cli({QStringLiteral("check"), path});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("good order")));

    const ProcessResult json = cli({QStringLiteral("check"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());

    QByteArray bytes = test::readAll(path);
    bytes.truncate(bytes.size() - 4096);
    const QString cut = dir.path(QStringLiteral("cut.ddoffice"));
    test::writeAll(cut, bytes);
    const QByteArray hash = test::sha256(cut);
    const ProcessResult bad = cli({QStringLiteral("check"), cut});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("PROBLEM")));
    checkOneLineError(bad);
    CHECK(test::sha256(cut) == hash);

    // An audit row changed by direct SQL (its protection dropped and put back) is named.
    const QString edited = dir.path(QStringLiteral("edited.ddoffice"));
    REQUIRE(QFile::copy(path, edited));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(edited);
        REQUIRE(db.open());
        const QString trigger =
            sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema "
                                           "WHERE name = 'audit_log_no_update'"))
                .toString();
        sql::run(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sql::run(db, QStringLiteral("UPDATE audit_log SET user_login = 'nobody' WHERE id = 7"));
        sql::run(db, trigger);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    const ProcessResult tampered = cli({QStringLiteral("check"), edited});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(QStringLiteral("Audit row 7 was changed after it was written.")));
}

TEST_CASE("cli: backup and restore")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    const QString backup = dir.path(QStringLiteral("backups/office-1.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);

    const ProcessResult b = cli({QStringLiteral("backup"), path, QStringLiteral("--out"), backup});
    CHECK(b.exitCode == 0);
    CHECK(checkOffice(backup).ok());
    const ProcessResult again =
        cli({QStringLiteral("backup"), path, QStringLiteral("--out"), backup});
    CHECK(again.exitCode == 1);
    checkOneLineError(again);
    // restoring is for a chair or administrator of the backup
    qputenv("DEPUTYDESK_PASSWORD", "demo1234");
    const QStringList asChair{QStringLiteral("--user"), QStringLiteral("zhangwei")};
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};

    SECTION("restore over an existing file keeps it, and only for a chair or administrator")
    {
        const QByteArray before = test::sha256(path);
        const ProcessResult nobody =
            cli({QStringLiteral("restore"), backup, QStringLiteral("--out"), path});
        CHECK(nobody.exitCode == 1);
        checkOneLineError(nobody);
        const ProcessResult clerk = cli({QStringLiteral("restore"), backup, QStringLiteral("--out"),
                                         path, QStringLiteral("--user"), QStringLiteral("lina")});
        CHECK(clerk.exitCode == 1);
        CHECK(clerk.err.contains(QStringLiteral("may not restore a backup")));
        CHECK(test::sha256(path) == before);
        const ProcessResult r =
            cli(QStringList{QStringLiteral("restore"), backup, QStringLiteral("--out"), path} +
                asChair);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("before-restore")));
        CHECK(checkOffice(path).ok());
        const QStringList kept =
            QFileInfo(path).dir().entryList({QStringLiteral("office.ddoffice.before-restore-*")});
        REQUIRE(kept.size() == 1);
        CHECK(test::sha256(QFileInfo(path).dir().filePath(kept.first())) == before);
    }
    SECTION("restore to a new place")
    {
        const QString fresh = dir.path(QStringLiteral("fresh.ddoffice"));
        CHECK(cli(QStringList{QStringLiteral("restore"), backup, QStringLiteral("--out"), fresh} +
                  asChair)
                  .exitCode == 0);
        CHECK(checkOffice(fresh).ok());
        // the restored file records who restored it
        OpenOptions readOnly;
        readOnly.readOnly = true;
        const auto office = OfficeFile::open(fresh, readOnly);
        CHECK(readAudit(office->db(), {}, 1).first().userLogin == QStringLiteral("zhangwei"));
    }
    SECTION("restore refuses while another program writes the file")
    {
        test::LockHolderProcess holder(path);
        const ProcessResult r =
            cli(QStringList{QStringLiteral("restore"), backup, QStringLiteral("--out"), path} +
                asChair);
        CHECK(r.exitCode == 1);
        checkOneLineError(r);
        CHECK(r.err.contains(QString::number(holder.pid())));
    }
    SECTION("a stale lock is broken only when asked")
    {
        {
            test::LockHolderProcess holder(path);
            holder.kill();
        }
        CHECK(cli(QStringList{QStringLiteral("restore"), backup, QStringLiteral("--out"), path} +
                  asAdmin)
                  .exitCode == 1);
        const QStringList breaking{QStringLiteral("restore"), backup, QStringLiteral("--out"), path,
                                   QStringLiteral("--break-lock")};
        const ProcessResult chair = cli(breaking + asChair); // breaking is the administrator's
        CHECK(chair.exitCode == 1);
        CHECK(chair.err.contains(QStringLiteral("may not break the lock")));
        CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
        const ProcessResult r = cli(breaking + asAdmin);
        CHECK(r.exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    qunsetenv("DEPUTYDESK_PASSWORD");
}

TEST_CASE("cli: a file held by another writer can still be inspected and backed up")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("office.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);
    test::LockHolderProcess holder(path);
    CHECK(cli({QStringLiteral("info"), path, QStringLiteral("--json")}).exitCode == 0);
    CHECK(cli({QStringLiteral("check"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("backup"), path, QStringLiteral("--out"),
               dir.path(QStringLiteral("b.ddoffice"))})
              .exitCode == 0);
    // demo refuses to overwrite the file in use.
    const ProcessResult demo = cli({QStringLiteral("demo"), path});
    CHECK(demo.exitCode == 1);
    checkOneLineError(demo);
}

TEST_CASE("cli: deputies lists the roster with personal data masked")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), path}).exitCode == 0);

    const ProcessResult json = cli({QStringLiteral("deputies"), path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() >= 60);
    int deliberation = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        CHECK_FALSE(row.value(QStringLiteral("name")).toString().isEmpty());
        CHECK(row.value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")));
        CHECK_FALSE(row.contains(QStringLiteral("id_number")));
        if (row.value(QStringLiteral("kind")).toString() == QStringLiteral("deliberation"))
            ++deliberation;
    }
    CHECK(deliberation == 25);

    const ProcessResult text = cli({QStringLiteral("deputies"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.trimmed().endsWith(QStringLiteral("%1 deputies").arg(rows.size())));
    CHECK(cli({QStringLiteral("deputies")}).exitCode == 2);
}

TEST_CASE("cli: template, import with dry run and bad rows, export, groups")
{
    TempDir dir;
    const QString office = dir.path(QStringLiteral("o.ddoffice"));
    REQUIRE(
        cli({QStringLiteral("init"), office, QStringLiteral("--name"), QStringLiteral("市西街道")})
            .exitCode == 0);

    const QString blank = dir.path(QStringLiteral("blank.xlsx"));
    REQUIRE(cli({QStringLiteral("template"), QStringLiteral("deputies"), blank}).exitCode == 0);
    CHECK(readSheetTable(blank).header == rosterColumns());

    const QString roster =
        QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/roster-shared-strings.xlsx");
    const ProcessResult dry = cli({QStringLiteral("import"), office, QStringLiteral("deputies"),
                                   roster, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject dryJson = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    CHECK_FALSE(dryJson.value(QStringLiteral("written")).toBool());
    CHECK(dryJson.value(QStringLiteral("inserted")).toInt() == 3);
    CHECK(dryJson.value(QStringLiteral("unknown_columns")).toArray().first().toString() ==
          QStringLiteral("备注栏"));

    const QString bad = dir.path(QStringLiteral("bad.csv"));
    test::writeAll(
        bad, QStringLiteral("姓名,身份证号\n张三,110105194912310021\n李四,\n王五1,\n").toUtf8());
    const ProcessResult refused =
        cli({QStringLiteral("import"), office, QStringLiteral("deputies"), bad});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.out.contains(QStringLiteral("Row 2")));
    CHECK(refused.out.contains(QStringLiteral("Row 4")));
    CHECK_FALSE(refused.out.contains(QStringLiteral("Row 3")));

    const QJsonObject empty =
        QJsonDocument::fromJson(
            cli({QStringLiteral("info"), office, QStringLiteral("--json")}).out.toUtf8())
            .object();
    CHECK(empty.value(QStringLiteral("counts"))
              .toObject()
              .value(QStringLiteral("deputies"))
              .toInteger() == 0);

    // --shared: written in the network-share mode, the rollback journal (header bytes 18/19)
    const ProcessResult imported =
        cli({QStringLiteral("import"), office, QStringLiteral("deputies"), roster,
             QStringLiteral("--shared")});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("3 added")));
    CHECK(test::readAll(office).mid(18, 2) == QByteArray("\x01\x01", 2));

    const ProcessResult groups = cli({QStringLiteral("groups"), office, QStringLiteral("--json")});
    REQUIRE(groups.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(groups.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("leader")).toString() ==
          QStringLiteral("王秀英"));

    const QString out = dir.path(QStringLiteral("out.csv"));
    REQUIRE(cli({QStringLiteral("export"), office, QStringLiteral("deputies"), out}).exitCode == 0);
    CHECK(QString::fromUtf8(test::readAll(out)).contains(QStringLiteral("138****5678")));
    const QString full = dir.path(QStringLiteral("full.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), office, QStringLiteral("deputies"), full,
                 QStringLiteral("--unmasked")})
                .exitCode == 0);
    CHECK(readSheetTable(full).rows.size() == 3);
    const ProcessResult again =
        cli({QStringLiteral("import"), office, QStringLiteral("deputies"), full});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("3 unchanged")));
    CHECK(test::readAll(office).mid(18, 2) == QByteArray("\x02\x02", 2)); // WAL again
}

TEST_CASE("cli: activities and actions on the demo office, and an activity log import")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), demo}).exitCode == 0);
    const QString year = QString::number(test::demoYear());
    const ProcessResult listed = cli({QStringLiteral("activities"), demo, QStringLiteral("--year"),
                                      year, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    // The demo's year of records: that year's and those of the other year it reaches into.
    const int today = QDate::currentDate().year();
    const ProcessResult other =
        cli({QStringLiteral("activities"), demo, QStringLiteral("--year"),
             QString::number(year.toInt() == today ? today - 1 : today), QStringLiteral("--json")});
    REQUIRE(other.exitCode == 0);
    QSet<QString> kinds;
    int held = 0;
    for (const ProcessResult* list : {&listed, &other})
        for (const QJsonValue& v : QJsonDocument::fromJson(list->out.toUtf8()).array()) {
            const QJsonObject a = v.toObject();
            if (list == &listed)
                kinds.insert(a.value(QStringLiteral("kind")).toString());
            CHECK(a.value(QStringLiteral("expected")).toInt() ==
                  a.value(QStringLiteral("present")).toInt() +
                      a.value(QStringLiteral("leave")).toInt() +
                      a.value(QStringLiteral("absent")).toInt());
            ++held;
        }
    CHECK(held > 40);
    CHECK(kinds.size() == 13); // every kind has been held in the year asked

    const ProcessResult receptions =
        cli({QStringLiteral("activities"), demo, QStringLiteral("--year"), year,
             QStringLiteral("--kind"), QStringLiteral("代表接待选民日")});
    REQUIRE(receptions.exitCode == 0);
    CHECK(receptions.out.contains(QStringLiteral("expected 3")));
    const ProcessResult unknownKind = cli(
        {QStringLiteral("activities"), demo, QStringLiteral("--kind"), QStringLiteral("茶话会")});
    CHECK(unknownKind.exitCode == 2);
    checkOneLineError(unknownKind);

    const ProcessResult open =
        cli({QStringLiteral("actions"), demo, QStringLiteral("--open"), QStringLiteral("--json")});
    REQUIRE(open.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(open.out.toUtf8()).array();
    REQUIRE_FALSE(items.isEmpty());
    for (const QJsonValue& v : items)
        CHECK(QStringList{QStringLiteral("open"), QStringLiteral("in_progress")}.contains(
            v.toObject().value(QStringLiteral("status")).toString()));
    const ProcessResult all = cli({QStringLiteral("actions"), demo, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(all.out.toUtf8()).array().size() > items.size());

    // The log import: a blank template, a bad log refused whole, a good one written.
    const QString blank = dir.path(QStringLiteral("log.xlsx"));
    REQUIRE(cli({QStringLiteral("template"), QStringLiteral("activities"), blank}).exitCode == 0);
    CHECK(readSheetTable(blank).header == activityLogColumns());
    const QString office = dir.path(QStringLiteral("o.ddoffice"));
    REQUIRE(
        cli({QStringLiteral("init"), office, QStringLiteral("--name"), QStringLiteral("市西街道")})
            .exitCode == 0);
    const QString log = dir.path(QStringLiteral("log.csv"));
    test::writeAll(
        log,
        QStringLiteral("日期,类型,标题,出席代表\n2025-03-10,板凳议事会,议事会,张三\n").toUtf8());
    const ProcessResult refused =
        cli({QStringLiteral("import"), office, QStringLiteral("activities"), log});
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.out.contains(QStringLiteral("Row 2, column 出席代表")));
    test::writeAll(
        log,
        QStringLiteral("日期,类型,标题,地点\n2025-03-10,板凳议事会,议事会,新的联络点\n").toUtf8());
    const ProcessResult imported =
        cli({QStringLiteral("import"), office, QStringLiteral("activities"), log,
             QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("inserted")).toInt() == 1);
    CHECK(report.value(QStringLiteral("created_venues")).toArray().first().toString() ==
          QStringLiteral("新的联络点"));
    const QJsonArray listed2025 =
        QJsonDocument::fromJson(cli({QStringLiteral("activities"), office, QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--json")})
                                    .out.toUtf8())
            .array();
    REQUIRE(listed2025.size() == 1);
    CHECK(listed2025[0].toObject().value(QStringLiteral("place")).toString() ==
          QStringLiteral("新的联络点"));
}

TEST_CASE("cli: opinions and stats on the demo office, and an opinion ledger import")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.ddoffice"));
    REQUIRE(cli({QStringLiteral("demo"), demo}).exitCode == 0);
    QSet<QString> states;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(
             cli({QStringLiteral("opinions"), demo, QStringLiteral("--json")}).out.toUtf8())
             .array())
        states.insert(v.toObject().value(QStringLiteral("state")).toString());
    CHECK(states.size() == 11); // the demo has opinions in every state
    const QString year = QString::number(test::demoYear());
    const ProcessResult listed = cli({QStringLiteral("opinions"), demo, QStringLiteral("--year"),
                                      year, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray opinions = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    int overdue = 0;
    for (const QJsonValue& v : opinions)
        overdue += v.toObject().value(QStringLiteral("overdue")).toBool() ? 1 : 0;
    const ProcessResult dispatched =
        cli({QStringLiteral("opinions"), demo, QStringLiteral("--state"), QStringLiteral("交办"),
             QStringLiteral("--json")});
    REQUIRE(dispatched.exitCode == 0);
    for (const QJsonValue& v : QJsonDocument::fromJson(dispatched.out.toUtf8()).array())
        CHECK(v.toObject().value(QStringLiteral("state")).toString() ==
              QStringLiteral("dispatched"));
    const ProcessResult late = cli(
        {QStringLiteral("opinions"), demo, QStringLiteral("--overdue"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(late.out.toUtf8()).array().size() >= overdue);
    const ProcessResult badState =
        cli({QStringLiteral("opinions"), demo, QStringLiteral("--state"), QStringLiteral("完成")});
    CHECK(badState.exitCode == 2);
    checkOneLineError(badState);

    // The figures agree with the list they are computed from.
    const ProcessResult figures = cli(
        {QStringLiteral("stats"), demo, QStringLiteral("--year"), year, QStringLiteral("--json")});
    REQUIRE(figures.exitCode == 0);
    const QJsonObject stats = QJsonDocument::fromJson(figures.out.toUtf8()).object();
    CHECK(stats.value(QStringLiteral("year")).toInt() == year.toInt());
    const QJsonObject o = stats.value(QStringLiteral("opinions")).toObject();
    CHECK(o.value(QStringLiteral("collected")).toInt() == opinions.size());
    CHECK(o.value(QStringLiteral("overdue")).toInt() == overdue);
    const double resolved = o.value(QStringLiteral("resolved")).toInt();
    CHECK(o.value(QStringLiteral("resolution_rate")).toDouble() ==
          Approx(resolved / opinions.size()));
    const double evaluated = o.value(QStringLiteral("evaluated")).toInt();
    REQUIRE(evaluated > 0);
    CHECK(o.value(QStringLiteral("satisfaction_rate")).toDouble() ==
          Approx((o.value(QStringLiteral("satisfied")).toInt() +
                  o.value(QStringLiteral("basically_satisfied")).toInt()) /
                 evaluated));
    for (const char* key : {"reply_rate", "reply_satisfaction_rate", "submitted", "replied"})
        CHECK(stats.value(QStringLiteral("suggestions")).toObject().contains(QLatin1String(key)));
    const ProcessResult past =
        cli({QStringLiteral("stats"), demo, QStringLiteral("--year"), year,
             QStringLiteral("--as-of"), year + QStringLiteral("-01-01"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(past.out.toUtf8())
              .object()
              .value(QStringLiteral("opinions"))
              .toObject()
              .value(QStringLiteral("overdue"))
              .toInt() == 0);
    CHECK(cli({QStringLiteral("stats"), demo, QStringLiteral("--as-of"), QStringLiteral("soon")})
              .exitCode == 2);

    // The ledger import: a bad ledger refused whole, a good one written.
    const QString blank = dir.path(QStringLiteral("ledger.xlsx"));
    REQUIRE(cli({QStringLiteral("template"), QStringLiteral("opinions"), blank}).exitCode == 0);
    CHECK(readSheetTable(blank).header.size() == 17);
    const QString ledger = dir.path(QStringLiteral("ledger.csv"));
    test::writeAll(
        ledger,
        QStringLiteral("登记日期,接单代表,标题,类别\n2026-03-02,无此人,路灯,城建\n").toUtf8());
    // the demo office has passwords: changes need --user and the password
    const ProcessResult anonymous =
        cli({QStringLiteral("import"), demo, QStringLiteral("opinions"), ledger});
    CHECK(anonymous.exitCode == 1);
    checkOneLineError(anonymous);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    qputenv("DEPUTYDESK_PASSWORD", "wrong-password");
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    const ProcessResult wrong = cli(
        QStringList{QStringLiteral("import"), demo, QStringLiteral("opinions"), ledger} + asAdmin);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong user name or password")));
    qputenv("DEPUTYDESK_PASSWORD", "demo1234");
    const ProcessResult refused = cli(
        QStringList{QStringLiteral("import"), demo, QStringLiteral("opinions"), ledger} + asAdmin);
    CHECK(refused.exitCode == 1);
    checkOneLineError(refused);
    CHECK(refused.out.contains(QStringLiteral("Row 2, column 接单代表")));
    const QString deputy =
        QJsonDocument::fromJson(
            cli({QStringLiteral("deputies"), demo, QStringLiteral("--json")}).out.toUtf8())
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    test::writeAll(
        ledger, QStringLiteral("登记日期,接单代表,标题,类别,社区\n2026-03-02,%1,路灯,城建,新社区\n")
                    .arg(deputy)
                    .toUtf8());
    const ProcessResult imported =
        cli(QStringList{QStringLiteral("import"), demo, QStringLiteral("opinions"), ledger,
                        QStringLiteral("--json")} +
            asAdmin);
    qunsetenv("DEPUTYDESK_PASSWORD");
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("inserted")).toInt() == 1);
    CHECK(report.value(QStringLiteral("created_communities")).toArray().first().toString() ==
          QStringLiteral("新社区"));
}

TEST_CASE("cli: demo --scale street writes ten years of history, the same for the same seed")
{
    TempDir dir;
    const auto make = [&](const QString& name, const QString& seed) {
        const QString path = dir.path(name);
        const ProcessResult made = cli({QStringLiteral("demo"), path, QStringLiteral("--scale"),
                                        QStringLiteral("street"), QStringLiteral("--seed"), seed});
        REQUIRE(made.exitCode == 0);
        return path;
    };
    const QString a = make(QStringLiteral("a.ddoffice"), QStringLiteral("7"));
    const QString b = make(QStringLiteral("b.ddoffice"), QStringLiteral("7"));
    const QString c = make(QStringLiteral("c.ddoffice"), QStringLiteral("8"));
    CHECK(cli({QStringLiteral("check"), a}).exitCode == 0);
    // Written under a rollback journal, then left in WAL mode as the program keeps its files
    // (SQLite's header: read and write versions 2).
    QFile header(a);
    REQUIRE(header.open(QIODevice::ReadOnly));
    const QByteArray versions = header.read(20).mid(18, 2);
    CHECK(versions == QByteArray("\x02\x02", 2));
    const auto facts = [](const QString& path) {
        OpenOptions options;
        options.readOnly = true;
        const auto office = OfficeFile::open(path, options);
        const QSqlDatabase db = office->db();
        QStringList out;
        for (const char* table : {"deputies", "activities", "activity_attendees", "opinions",
                                  "opinion_history", "audit_log", "action_items", "suggestions"})
            out << sql::scalar(
                       db,
                       QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
                       .toString();
        out << sql::scalar(db, QStringLiteral("SELECT group_concat(deputy_id) FROM (SELECT "
                                              "deputy_id FROM activity_attendees ORDER BY "
                                              "activity_id DESC, position LIMIT 200)"))
                   .toString();
        return out;
    };
    const QStringList fa = facts(a);
    CHECK(fa.mid(0, 2) == QStringList{QStringLiteral("110"), QStringLiteral("1000")});
    CHECK(fa[2].toInt() > 15000);
    CHECK(fa[3] == QStringLiteral("1500"));
    CHECK(fa[4].toInt() > 1500 * 4);
    // Action items from about a third of the meetings; thirty suggestions a year.
    CHECK(fa[6].toInt() > 300);
    CHECK(fa[6].toInt() < 700);
    CHECK(fa[7] == QStringLiteral("300"));
    // The audit trail the program would have written: a row for each record and each step of
    // an opinion, and two log-ins a working day, chained in time order (after the rows of the
    // demo office itself, written today).
    {
        OpenOptions options;
        options.readOnly = true;
        const auto office = OfficeFile::open(a, options);
        const QSqlDatabase db = office->db();
        const auto count = [&](const QString& where) {
            return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where)
                .toInt();
        };
        CHECK(count(QStringLiteral("action = 'insert' AND table_name = 'opinions'")) >= 1500);
        CHECK(count(QStringLiteral("action = 'transition'")) ==
              sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinion_history WHERE "
                                             "from_state IS NOT NULL AND from_state <> ''"))
                  .toInt());
        CHECK(count(QStringLiteral("action = 'insert' AND table_name = 'activities'")) >= 1000);
        CHECK(count(QStringLiteral("action = 'insert' AND table_name = 'suggestions'")) >= 295);
        // The meetings' items to follow up are in their audit rows; the old ones are done.
        CHECK(count(QStringLiteral("table_name = 'activities' AND after_json LIKE "
                                   "'%\"actions\":[%'")) > 200);
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM action_items WHERE status IN "
                                             "('open', 'in_progress') AND deadline < date('now', "
                                             "'-61 days')"))
                  .toInt() == 0);
        CHECK(count(QStringLiteral("action = 'login'")) > 2 * 250 * 9);
        CHECK(count(QStringLiteral("at < date('now', '-5 years')")) > 1000); // years of it
        CHECK(count(QStringLiteral("at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")) == 0);
        CHECK(count(QStringLiteral("id > (SELECT min(id) FROM audit_log WHERE at < date('now', "
                                   "'-1 day')) AND at < (SELECT at FROM audit_log AS b WHERE "
                                   "b.id = audit_log.id - 1)")) == 0);
    }
    CHECK(facts(b) == fa);
    CHECK(facts(c).last() != fa.last());
    CHECK(cli({QStringLiteral("demo"), dir.path(QStringLiteral("d.ddoffice")),
               QStringLiteral("--scale"), QStringLiteral("huge")})
              .exitCode == 2);
}
