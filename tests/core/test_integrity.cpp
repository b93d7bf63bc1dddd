// The integrity report: every check named, problems described.
#include "demo/demoscale.h"
#include "storage/connection.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QJsonArray>

using namespace dd;
using dd::test::TempDir;

namespace {
// The keys of the report's checks, in order.
QStringList keysOf(const IntegrityReport& report)
{
    QStringList keys;
    for (const IntegrityItem& item : report.items)
        keys << item.key;
    return keys;
}
} // namespace

TEST_CASE("A healthy office passes every check")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ok.ddoffice"));
    test::makeOffice(path);
    const IntegrityReport report = checkOffice(path);
    CHECK(report.ok());
    CHECK(keysOf(report) ==
          QStringList{QStringLiteral("header"), QStringLiteral("schema_version"),
                      QStringLiteral("integrity_check"), QStringLiteral("foreign_keys"),
                      QStringLiteral("essentials"), QStringLiteral("audit_chain")});
    CHECK(report.toJson().value(QStringLiteral("ok")).toBool());
    CHECK(report.toJson().value(QStringLiteral("checks")).toArray().size() == 6);
}

TEST_CASE("The check tells how far it is, check by check and along the audit trail, and stops "
          "when told to")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("street.ddoffice"));
    createScaledDemoOffice(path, DemoScale::Street); // some 18,000 audit rows
    QStringList checks;
    QList<int> alongTheTrail;
    int rows = 0;
    const IntegrityReport report =
        checkOffice(path, {}, [&](int done, int total, const QString& check) {
            checks << check;
            if (check.contains(QStringLiteral("Audit trail"))) {
                alongTheTrail << done;
                rows = total;
            } else {
                CHECK(total == 0); // no measure of its own: a busy bar
            }
            return true;
        });
    CHECK(report.ok());
    CHECK_FALSE(report.cancelled);
    REQUIRE(checks.size() >= 4);
    CHECK(checks.first() == QStringLiteral("Step 1 of 4: Database structure (integrity_check)"));
    CHECK(checks[1] == QStringLiteral("Step 2 of 4: References between records "
                                      "(foreign_key_check)"));
    CHECK(checks.last() == QStringLiteral("Step 4 of 4: Audit trail (hash chain)"));
    // The trail's rows read, from none, every 10,000.
    CHECK(rows > 10000);
    CHECK(alongTheTrail == QList<int>{0, 10000});

    // Told to stop when the audit trail is reached: the checks before it are reported.
    const IntegrityReport stopped = checkOffice(path, {}, [](int, int, const QString& check) {
        return !check.contains(QStringLiteral("Audit trail"));
    });
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.ok());
    CHECK(keysOf(stopped) == QStringList{QStringLiteral("header"), QStringLiteral("schema_version"),
                                         QStringLiteral("integrity_check"),
                                         QStringLiteral("foreign_keys"),
                                         QStringLiteral("essentials")});
    CHECK(stopped.toText().contains(QStringLiteral("stopped before it finished")));

    // Stopped through an interrupter (as Cancel does from the window's thread) just as
    // integrity_check begins: that statement is stopped, it is not waited for.
    sql::Interrupter interrupter;
    const IntegrityReport interrupted = checkOffice(
        path, {},
        [&](int, int, const QString& check) {
            if (check.contains(QStringLiteral("integrity_check")))
                interrupter.stop(); // after checkOffice looked, before the statement starts
            return true;
        },
        &interrupter);
    CHECK(interrupted.cancelled);
    CHECK(keysOf(interrupted) ==
          QStringList{QStringLiteral("header"), QStringLiteral("schema_version")});
}

TEST_CASE("A broken reference and a missing office row are reported")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("fk.ddoffice"));
    test::makeOffice(path);
    {
        Connection c(path, Connection::Mode::ReadWrite);
        sql::run(c.db(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        sql::run(c.db(), QStringLiteral("INSERT INTO audit_log (at, user_id, user_login, action) "
                                        "VALUES ('2026-01-01', 999, 'ghost', 'insert')"));
        sql::run(c.db(), QStringLiteral("DELETE FROM office"));
    }
    const IntegrityReport report = checkOffice(path);
    CHECK_FALSE(report.ok());
    for (const IntegrityItem& item : report.items) {
        if (item.key == QStringLiteral("foreign_keys")) {
            CHECK_FALSE(item.ok);
            CHECK(item.detail.contains(QStringLiteral("audit_log")));
        }
        if (item.key == QStringLiteral("essentials"))
            CHECK_FALSE(item.ok);
        if (item.key == QStringLiteral("integrity_check"))
            CHECK(item.ok);
    }
}
