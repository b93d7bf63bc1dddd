// The integrity report: every check named, problems described.
#include "storage/connection.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QJsonArray>

using namespace dd;
using dd::test::TempDir;

TEST_CASE("A healthy office passes every check")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ok.ddoffice"));
    test::makeOffice(path);
    const IntegrityReport report = checkOffice(path);
    CHECK(report.ok());
    QStringList keys;
    for (const IntegrityItem& item : report.items)
        keys << item.key;
    CHECK(keys == QStringList{QStringLiteral("header"), QStringLiteral("schema_version"),
                              QStringLiteral("integrity_check"), QStringLiteral("foreign_keys"),
                              QStringLiteral("essentials"), QStringLiteral("audit_chain")});
    CHECK(report.toJson().value(QStringLiteral("ok")).toBool());
    CHECK(report.toJson().value(QStringLiteral("checks")).toArray().size() == 6);
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
