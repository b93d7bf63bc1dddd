// The audit trail at size: what its dialog asks for is found through indexes, never by reading
// every row. Counted in SQLite's own steps (its progress handler), not in milliseconds.
#include "demo/demooffice.h"
#include "io/auditexport.h"
#include "io/auditview.h"
#include "io/sheettable.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/user.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>
#include <QDateTime>
#include <QTimeZone>

using namespace dd;
using dd::test::stepsOf;

namespace {
constexpr int kRows = 20000;

QStringList column(const QSqlDatabase& db, const QString& statement)
{
    QStringList values;
    QSqlQuery q = sql::run(db, statement);
    while (q.next())
        values << q.value(0).toString();
    return values;
}
} // namespace

TEST_CASE("The audit trail's filters and its lists of users and actions read through indexes, "
          "not the whole trail")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    // Years of a clerk's changes, then three log-ins of the chair yesterday.
    const auto user = [&db](const QString& login) { return test::account(db, login); };
    const UserRef clerk = user(QStringLiteral("lina"));
    const UserRef chair = user(QStringLiteral("zhangwei"));
    const QDate yesterday = QDate::currentDate().addDays(-1);
    {
        Transaction tx(db);
        AuditChainWriter chain(db);
        const QDateTime start(QDate(2016, 1, 4), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < kRows; ++i)
            chain.append(start.addSecs(qint64(i) * 3600).toString(Qt::ISODateWithMs), clerk,
                         QStringLiteral("update"), QStringLiteral("opinions"), i + 1,
                         QStringLiteral(R"({"state":"accepted"})"),
                         QStringLiteral(R"({"state":"dispatched"})"));
        for (int i = 0; i < 3; ++i)
            chain.append(
                QDateTime(yesterday, QTime(9, i), QTimeZone::utc()).toString(Qt::ISODateWithMs),
                chair, QStringLiteral("login"), QStringLiteral("users"), chair.id, {}, {});
        tx.commit();
    }
    REQUIRE(verifyAuditChain(db).ok());
    const qint64 all =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    REQUIRE(all > kRows);
    const qint64 fewSteps = kRows / 4; // reading every row takes more than kRows

    QStringList users, actions;
    CHECK(stepsOf(db, [&] { users = auditUsers(db); }) < fewSteps);
    CHECK(users == column(db, QStringLiteral("SELECT DISTINCT user_login FROM audit_log ORDER "
                                             "BY 1")));
    CHECK(users.contains(QStringLiteral("lina")));
    CHECK(stepsOf(db, [&] { actions = auditActions(db); }) < fewSteps);
    CHECK(actions ==
          column(db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY 1")));

    // The chair's rows, the log-ins, yesterday: each the newest first, counted, in few steps.
    AuditFilter byChair;
    byChair.userLogin = QStringLiteral("zhangwei");
    AuditFilter logins;
    logins.action = QStringLiteral("login");
    AuditFilter onYesterday;
    onYesterday.from = yesterday;
    onYesterday.to = yesterday;
    for (const AuditFilter& filter : {byChair, logins, onYesterday}) {
        QList<AuditRecord> rows;
        qint64 count = 0;
        CHECK(stepsOf(db, [&] {
                  rows = readAudit(db, filter, 1000);
                  count = countAudit(db, filter);
              }) < fewSteps);
        CHECK(count == rows.size());
        REQUIRE(rows.size() >= 3);
        CHECK(rows.first().at > rows.last().at);
    }
    CHECK(countAudit(db, onYesterday) == 3);

    // The clerk's twenty thousand rows: counted in full, or only up to a bound, in few steps.
    AuditFilter byClerk;
    byClerk.userLogin = QStringLiteral("lina");
    qint64 clerkRows = 0, bounded = 0;
    const qint64 inFull = stepsOf(db, [&] { clerkRows = countAudit(db, byClerk); });
    CHECK(clerkRows >= kRows);
    CHECK(stepsOf(db, [&] { bounded = countAudit(db, byClerk, 100); }) < inFull / 10);
    CHECK(bounded == 101); // "more than 100"
    CHECK(countAudit(db, byClerk, clerkRows) == clerkRows);

    // With no filter: the newest by time first, and all counted.
    const QList<AuditRecord> newest = readAudit(db, {}, 1000);
    CHECK(countAudit(db, {}) == all);
    REQUIRE(newest.size() == 1000);
    CHECK(newest.first().at ==
          QDateTime::fromString(
              sql::scalar(db, QStringLiteral("SELECT max(at) FROM audit_log")).toString(),
              Qt::ISODateWithMs));
    CHECK(std::is_sorted(newest.cbegin(), newest.cend(),
                         [](const AuditRecord& a, const AuditRecord& b) { return a.at > b.at; }));
}

TEST_CASE("The audit trail's text search finds words through its full-text index: Chinese "
          "words of any length, names by their start, with the other filters")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("words.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const auto user = [&db](const QString& login) { return test::account(db, login); };
    // Years of opinions about parking; every thousandth about glazed tiles, some by the chair.
    const auto opinion = [](const QString& title) {
        return auditJson({{QStringLiteral("title"), title},
                          {QStringLiteral("address"), QStringLiteral("幸福路3号楼")},
                          {QStringLiteral("deputy"), QStringLiteral("Wang Fang")}});
    };
    {
        Transaction tx(db);
        AuditChainWriter chain(db);
        const QDateTime start(QDate(2016, 1, 4), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < kRows; ++i)
            chain.append(start.addSecs(qint64(i) * 3600).toString(Qt::ISODateWithMs),
                         user(i % 2000 == 0 ? QStringLiteral("zhangwei") : QStringLiteral("lina")),
                         QStringLiteral("insert"), QStringLiteral("opinions"), i + 1, {},
                         opinion(i % 1000 == 0 ? QStringLiteral("居民要求修缮琉璃瓦顶")
                                               : QStringLiteral("小区停车难")));
        tx.commit();
    }
    const qint64 fewSteps = kRows / 4; // reading every row takes more than kRows
    const auto found = [&](const QString& text, const QString& login = {}) {
        AuditFilter f;
        f.text = text;
        f.userLogin = login;
        QList<AuditRecord> rows;
        qint64 count = 0;
        CHECK(stepsOf(db, [&] {
                  rows = readAudit(db, f, 100);
                  count = countAudit(db, f, 100);
              }) < fewSteps);
        CHECK(count == (rows.size() < 100 ? rows.size() : 101)); // 101: "more than 100"
        return rows;
    };

    // A two-character word inside a longer one, one character, the middle of a word.
    const QList<AuditRecord> tiles = found(QStringLiteral("琉璃"));
    REQUIRE(tiles.size() == kRows / 1000);
    CHECK(tiles.first().after.contains(QStringLiteral("修缮琉璃瓦顶")));
    CHECK(std::is_sorted(tiles.cbegin(), tiles.cend(),
                         [](const AuditRecord& a, const AuditRecord& b) { return a.id > b.id; }));
    CHECK(found(QStringLiteral("璃")).size() == tiles.size());
    CHECK(found(QStringLiteral("璃瓦")).size() == tiles.size());
    CHECK(found(QStringLiteral("瓦璃")).isEmpty()); // the characters in their order only
    // Each space-separated part must occur; with the user filter.
    CHECK(found(QStringLiteral("居民 琉璃")).size() == tiles.size());
    CHECK(found(QStringLiteral("停车 琉璃")).isEmpty());
    CHECK(found(QStringLiteral("琉璃"), QStringLiteral("zhangwei")).size() == kRows / 2000);
    // Names and other words by their start, in any case; not from their middle.
    CHECK(found(QStringLiteral("wang")).size() == 100); // the newest 100 of them
    CHECK(found(QStringLiteral("FAN")).size() == 100);
    CHECK(found(QStringLiteral("ang")).isEmpty());
    // Full-width digits as an input method types them; the value's words only, not its key.
    CHECK(found(QStringLiteral("琉璃 ３号楼")).size() == tiles.size());
    CHECK(found(QStringLiteral("title")).isEmpty());
    CHECK(found(QStringLiteral("。")).isEmpty()); // no word at all: nothing

    // A row written now is found at once.
    appendAudit(db, user(QStringLiteral("zhangwei")),
                {QStringLiteral("update"),
                 QStringLiteral("deputies"),
                 7,
                 {},
                 {{QStringLiteral("name"), QStringLiteral("司马灵犀")}}});
    const QList<AuditRecord> renamed = found(QStringLiteral("灵犀"));
    REQUIRE(renamed.size() == 1);
    CHECK(renamed.first().tableName == QStringLiteral("deputies"));
}

TEST_CASE("The audit trail exports a row at a time, oldest first, telling its progress, and a "
          "cancelled export writes no file")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("export.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const UserRef clerk = test::account(db, QStringLiteral("lina"));
    {
        Transaction tx(db);
        AuditChainWriter chain(db);
        for (int i = 0; i < 2500; ++i)
            chain.append(
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), clerk,
                QStringLiteral("update"), QStringLiteral("deputies"), i + 1, {},
                auditJson({{QStringLiteral("note"),
                            i % 500 == 0 ? QStringLiteral("换届选举") : QStringLiteral("日常")}}));
        tx.commit();
    }
    const qint64 all = countAudit(db, {});
    QList<std::pair<qint64, qint64>> told;
    const QString csv = dir.path(QStringLiteral("audit.csv"));
    const std::optional<qint64> rows =
        exportAudit(*office, {}, csv, [&told](qint64 written, qint64 total) {
            told.append({written, total});
            return true;
        });
    CHECK(rows == all);
    REQUIRE(told.size() >= 3);
    CHECK(told.first() == std::pair<qint64, qint64>{0, all});
    CHECK(told.last() == std::pair<qint64, qint64>{all / 1000 * 1000, all}); // each thousand
    const SheetTable sheet = readSheetTable(csv);
    REQUIRE(sheet.rows.size() == all);
    for (int r = 1; r < sheet.rows.size(); ++r) // oldest first
        REQUIRE(sheet.rows[r].first().toLongLong() > sheet.rows[r - 1].first().toLongLong());

    // A text's rows, oldest first, to .xlsx.
    AuditFilter election;
    election.text = QStringLiteral("换届");
    const QString xlsx = dir.path(QStringLiteral("election.xlsx"));
    CHECK(exportAudit(*office, election, xlsx) == 5);
    const SheetTable found = readSheetTable(xlsx);
    REQUIRE(found.rows.size() == 5);
    REQUIRE(found.header.size() == 10);
    CHECK(found.header.at(4) == QStringLiteral("记录类型"));
    CHECK(found.header.at(5) == QStringLiteral("内容"));
    CHECK(found.header.at(6) == QStringLiteral("表"));
    CHECK(found.header.at(9) == QStringLiteral("修改后"));
    // The entry in words (as the audit trail's list reads it), then as stored.
    CHECK(found.rows.first().at(4) == AuditView::tableName(QStringLiteral("deputies")));
    CHECK(found.rows.first().at(4) != QStringLiteral("deputies"));
    CHECK(found.rows.first().at(5) == QStringLiteral("Note: 换届选举"));
    CHECK(found.rows.first().at(6) == QStringLiteral("deputies"));
    CHECK(found.rows.first().at(9) == QStringLiteral(R"({"note":"换届选举"})"));
    CHECK(found.rows.first().first().toLongLong() < found.rows.last().first().toLongLong());

    // Cancelled after the first thousand rows: nothing written, the earlier file untouched.
    const QByteArray before = test::readAll(xlsx);
    const std::optional<qint64> cancelled =
        exportAudit(*office, {}, xlsx, [](qint64 written, qint64) { return written < 1000; });
    CHECK_FALSE(cancelled.has_value());
    CHECK(test::readAll(xlsx) == before);
}

TEST_CASE("The audit trail exports its times in the local time of the office's computer")
{
    const QByteArray zoneBefore = qgetenv("TZ");
    qputenv("TZ", "Asia/Shanghai");
    ::tzset();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("zone.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    {
        Transaction tx(office->db());
        AuditChainWriter(office->db())
            .append(QStringLiteral("2026-01-01T16:30:05.250Z"),
                    test::account(office->db(), QStringLiteral("lina")), QStringLiteral("update"),
                    QStringLiteral("deputies"), 1, {}, auditJson({{QStringLiteral("note"), 1}}));
        tx.commit();
    }
    AuditFilter lina;
    lina.userLogin = QStringLiteral("lina");
    const QString csv = dir.path(QStringLiteral("lina.csv"));
    const std::optional<qint64> rows = exportAudit(*office, lina, csv);
    if (zoneBefore.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zoneBefore);
    ::tzset();
    REQUIRE(rows == 1);
    const SheetTable sheet = readSheetTable(csv);
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows.first().at(1) == QStringLiteral("2026-01-02 00:30:05")); // UTC+8
}
