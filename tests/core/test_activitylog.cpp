// Importing an office's Excel activity log: all or nothing, every bad row listed.
#include "activity/activityrepository.h"
#include "io/activitylog.h"
#include "io/sheettable.h"
#include "org/deputyrepository.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QStringEncoder>

using namespace dd;
using dd::test::TempDir;

namespace {
void addDeputy(OfficeFile& office, const QString& name, const QDate& birth = {})
{
    Deputy d;
    d.name = name;
    d.kind = DeputyKind::Congress;
    d.birthDate = birth;
    DeputyRepository::add(office, d);
}

std::unique_ptr<OfficeFile> officeWithDeputies(const QString& path)
{
    auto office = test::makeOffice(path);
    addDeputy(*office, QStringLiteral("张三"));
    addDeputy(*office, QStringLiteral("李四"));
    addDeputy(*office, QStringLiteral("王五"), QDate(1970, 1, 1));
    addDeputy(*office, QStringLiteral("王五"), QDate(1980, 5, 5));
    return office;
}

int count(OfficeFile& office, const char* table)
{
    return sql::scalar(office.db(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
        .toInt();
}

// A log as an office keeps it: 日期, 类型, 标题, 地点, 组织者, 所属小组, 出席代表, 请假代表,
// 缺席代表, 其他参加人数, 议题, 纪要.
const QList<QStringList> kGoodRows = {
    {QStringLiteral("2025-03-10"), QStringLiteral("板凳议事会"),
     QStringLiteral("向阳小区板凳议事会"), QStringLiteral("观海代表联络站"),
     QStringLiteral("第一代表小组"), QStringLiteral("第一代表小组"),
     QStringLiteral("张三、王五(1970-01-01)"), QStringLiteral("李四（出差）"), QString(),
     QStringLiteral("12"), QStringLiteral("楼道堆物清理；加装电梯"),
     QStringLiteral("居民反映楼道堆物严重。\n物业承诺周末清理。")},
    {QStringLiteral("2025/4/10 14:30"), QStringLiteral("代表接待选民日"),
     QStringLiteral("四月代表接待选民日"), QStringLiteral("观海代表联络站"),
     QStringLiteral("市西街道人大工委"), QString(), QStringLiteral("张三 李四"), QString(),
     QStringLiteral("王五（1980-05-05）"), QStringLiteral("8"), QString(), QString()}};

QString csv(const QList<QStringList>& rows)
{
    QStringList lines = {activityLogColumns().join(QLatin1Char(','))};
    for (const QStringList& row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"');
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}
} // namespace

TEST_CASE("Activity log import: a good .xlsx log, venues and groups created, re-import skipped")
{
    TempDir dir;
    auto office = officeWithDeputies(dir.path(QStringLiteral("o.ddoffice")));
    const QString log = dir.path(QStringLiteral("活动台账.xlsx"));
    writeSheetTable(log, QStringLiteral("活动台账"), activityLogColumns(), kGoodRows);

    const ActivityImportReport dry = importActivityLog(*office, log, {}, true);
    REQUIRE(dry.ok());
    CHECK_FALSE(dry.written);
    CHECK(dry.inserted == 2);
    CHECK(count(*office, "activities") == 0);

    const ActivityImportReport report = importActivityLog(*office, log);
    INFO(report.toText().toStdString());
    REQUIRE(report.ok());
    CHECK(report.written);
    CHECK(report.inserted == 2);
    CHECK(report.createdVenues == QStringList{QStringLiteral("观海代表联络站")});
    CHECK(report.createdGroups == QStringList{QStringLiteral("第一代表小组")});
    CHECK(report.toText().contains(QStringLiteral("观海代表联络站")));

    const QList<ActivityListRow> rows =
        ActivityRepository::list(office->db(), ActivityFilter::ofYear(2025));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].place == QStringLiteral("观海代表联络站"));
    CHECK(rows[0].group == QStringLiteral("第一代表小组"));
    CHECK(rows[0].counts.expected == 3);
    CHECK(rows[0].counts.leave == 1);
    CHECK(rows[0].others == 12);
    CHECK(rows[1].start == QTime(14, 30));
    CHECK(rows[1].counts.absent == 1);

    const Activity bench = ActivityRepository::load(office->db(), rows[0].id);
    REQUIRE(bench.attendees.size() == 3);
    CHECK(bench.attendees[1].name == QStringLiteral("王五"));
    CHECK(bench.attendees[2].reason == QStringLiteral("出差"));
    REQUIRE(bench.topics.size() == 2);
    CHECK(bench.topics[1].title == QStringLiteral("加装电梯"));
    CHECK(bench.minutes.contains(QStringLiteral("物业承诺周末清理。")));
    CHECK(bench.start == QTime(9, 0)); // no time in the log

    // The same log again adds nothing.
    const ActivityImportReport again = importActivityLog(*office, log);
    REQUIRE(again.ok());
    CHECK(again.inserted == 0);
    CHECK(again.skipped == 2);
    CHECK(count(*office, "activities") == 2);
    CHECK(count(*office, "venues") == 1);
}

TEST_CASE("Activity log import: UTF-8 with BOM and GB18030 CSV files")
{
    TempDir dir;
    auto office = officeWithDeputies(dir.path(QStringLiteral("o.ddoffice")));
    const QString utf8 = dir.path(QStringLiteral("bom.csv"));
    test::writeAll(utf8, QByteArray("\xEF\xBB\xBF") + csv({kGoodRows[0]}).toUtf8());
    QStringEncoder gb("GB18030");
    const QString gbk = dir.path(QStringLiteral("gb.csv"));
    test::writeAll(gbk, gb.encode(csv({kGoodRows[1]})));
    REQUIRE(importActivityLog(*office, utf8).inserted == 1);
    const ActivityImportReport report = importActivityLog(*office, gbk);
    INFO(report.toText().toStdString());
    REQUIRE(report.ok());
    CHECK(report.inserted == 1);
    CHECK(ActivityRepository::list(office->db(), ActivityFilter::ofYear(2025))[1].title ==
          QStringLiteral("四月代表接待选民日"));
}

TEST_CASE("Activity log import: an unknown deputy means nothing is written, every bad row listed")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("o.ddoffice"));
    officeWithDeputies(path).reset();
    const QByteArray before = test::sha256(path);
    auto office = OfficeFile::open(path);
    QList<QStringList> rows = kGoodRows;
    rows[0][6] = QStringLiteral("张三、王五"); // two deputies are called 王五
    rows[1][6] = QStringLiteral("张三、赵六"); // no such deputy
    rows << QStringList{QStringLiteral("2025-05-10"), QStringLiteral("茶话会"),
                        QStringLiteral("五月茶话会")}; // not a configured kind
    rows << QStringList{
        QStringLiteral("2025-13-01"), QStringLiteral("述职"), QStringLiteral("述职会"), {}, {}, {},
        QStringLiteral("张三"),       QStringLiteral("张三")}; // a bad date; 张三 twice
    const QString log = dir.path(QStringLiteral("log.csv"));
    test::writeAll(log, csv(rows).toUtf8());

    const ActivityImportReport report = importActivityLog(*office, log);
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.written);
    QStringList where;
    for (const ImportProblem& p : report.problems)
        where << QStringLiteral("%1:%2").arg(p.row).arg(p.column);
    INFO(report.toText().toStdString());
    CHECK(where.contains(QStringLiteral("2:出席代表")));
    CHECK(where.contains(QStringLiteral("3:出席代表")));
    CHECK(where.contains(QStringLiteral("4:类型")));
    CHECK(where.contains(QStringLiteral("5:日期")));
    CHECK(where.contains(QStringLiteral("5:请假代表")));
    CHECK(report.problems.size() == 5);
    CHECK(report.toText().contains(QStringLiteral("赵六")));
    CHECK(report.toText().contains(QStringLiteral("王五(1970-01-01)")));
    CHECK(report.toText().contains(QStringLiteral("王五(1980-05-05)")));
    CHECK(count(*office, "activities") == 0);
    CHECK(count(*office, "venues") == 0);
    CHECK(count(*office, "deputy_groups") == 0);
    office.reset();
    CHECK(test::sha256(path) == before);
}

TEST_CASE("Activity log import: two deputies of one name without birth dates are not offered "
          "an empty bracket, and are told once per cell")
{
    TempDir dir;
    auto office = officeWithDeputies(dir.path(QStringLiteral("o.ddoffice")));
    addDeputy(*office, QStringLiteral("赵七"));
    addDeputy(*office, QStringLiteral("赵七"), QDate(1975, 3, 3));
    QList<QStringList> rows = {kGoodRows[0]};
    rows[0][6] = QStringLiteral("张三、赵七、赵七"); // both attended: told once, not twice
    const QString log = dir.path(QStringLiteral("log.csv"));
    test::writeAll(log, csv(rows).toUtf8());
    const ActivityImportReport report = importActivityLog(*office, log);
    REQUIRE(report.problems.size() == 1);
    const QString message = report.problems[0].message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("not all of them have a birth date")));
    CHECK_FALSE(message.contains(QStringLiteral("()")));
    CHECK_FALSE(message.contains(QStringLiteral("赵七(1975-03-03)"))); // would not tell 赵七 apart
    CHECK(count(*office, "activities") == 0);
}

TEST_CASE("Activity log import: missing columns and an empty sheet are reported on row 1")
{
    TempDir dir;
    auto office = officeWithDeputies(dir.path(QStringLiteral("o.ddoffice")));
    const QString log = dir.path(QStringLiteral("log.csv"));
    test::writeAll(log, QByteArray("日期,标题,备注\r\n"));
    const ActivityImportReport report = importActivityLog(*office, log);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].column == QStringLiteral("类型"));
    CHECK(report.problems[1].row == 1);
    CHECK(report.unknownColumns == QStringList{QStringLiteral("备注")});
}
