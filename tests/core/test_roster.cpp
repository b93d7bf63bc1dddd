// Roster import and export on real office files: encodings, real workbooks, all-or-nothing,
// idempotent re-import, groups, round trips.
#include "io/roster.h"
#include "io/sheettable.h"
#include "org/deputygroup.h"
#include "org/deputymatcher.h"
#include "org/deputyrepository.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QStringEncoder>

using namespace dd;
using dd::test::TempDir;

namespace {
const QString kRoster = QStringLiteral(
    "姓名,性别,出生日期,代表类型,代表层级,选区,联系电话,身份证号,所属小组,小组职务,状态\n"
    "王秀英,女,,人大代表,区、乡镇,第一选区,13812345678,11010519491231002X,第一代表小组,组长,在任\n"
    "李建国,男,1975/3/8,人大代表,乡镇,第二选区,0532-83881234,,第一代表小组,组员,在任\n"
    "赵敏,女,1982年5月15日,议事代表,,第二选区,13900001111,,法律服务小组,副组长,在任\n");

QString fixture(const char* name)
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + QLatin1String(name);
}

// The deputy a roster row with these values is about, as the import finds it.
std::optional<qint64> findDeputy(const OfficeFile& office, const QString& idNumber,
                                 const QString& name = {}, const QDate& birthDate = {})
{
    return DeputyMatcher(DeputyRepository::loadAll(office.db())).find(idNumber, name, birthDate);
}

qint64 auditCount(const OfficeFile& office)
{
    return sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

void checkImported(const OfficeFile& office)
{
    REQUIRE(DeputyRepository::count(office.db()) == 3);
    const auto wang = findDeputy(office, QStringLiteral("11010519491231002X"));
    REQUIRE(wang);
    const Deputy w = DeputyRepository::load(office.db(), *wang);
    CHECK(w.name == QStringLiteral("王秀英"));
    CHECK(w.birthDate == QDate(1949, 12, 31));
    CHECK(w.levels == QList<CongressLevel>{CongressLevel::District, CongressLevel::Township});
    const auto li = findDeputy(office, {}, QStringLiteral("李建国"), QDate(1975, 3, 8));
    REQUIRE(li);
    CHECK(DeputyRepository::load(office.db(), *li).phone == QStringLiteral("0532-83881234"));
    const QList<GroupSummary> groups = GroupRepository::list(office.db());
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].name == QStringLiteral("第一代表小组"));
    CHECK(groups[0].leader == QStringLiteral("王秀英"));
    CHECK(groups[0].memberCount == 2);
}
} // namespace

TEST_CASE("Roster import: UTF-8, UTF-8 with BOM and GB18030 CSV files")
{
    QStringEncoder gb("GB18030");
    const QList<QPair<const char*, QByteArray>> files = {
        {"utf8.csv", kRoster.toUtf8()},
        {"bom.csv", QByteArray("\xEF\xBB\xBF") + kRoster.toUtf8()},
        {"gb18030.csv", QByteArray(gb(kRoster))}};
    for (const auto& [name, bytes] : files) {
        INFO(name);
        TempDir dir;
        auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
        const QString path = dir.path(QString::fromLatin1(name));
        test::writeAll(path, bytes);
        const RosterImportReport report = importRoster(*office, path);
        INFO(report.toText().toStdString());
        REQUIRE(report.ok());
        CHECK(report.written);
        CHECK(report.inserted == 3);
        CHECK(report.createdGroups ==
              QStringList{QStringLiteral("第一代表小组"), QStringLiteral("法律服务小组")});
        CHECK(report.createdDistricts ==
              QStringList{QStringLiteral("第一选区"), QStringLiteral("第二选区")});
        checkImported(*office);
    }
}

TEST_CASE("Roster import: real .xlsx workbooks, unknown columns reported and ignored")
{
    for (const char* name : {"roster-openpyxl.xlsx", "roster-shared-strings.xlsx"}) {
        INFO(name);
        TempDir dir;
        auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
        const RosterImportReport report = importRoster(*office, fixture(name));
        INFO(report.toText().toStdString());
        REQUIRE(report.ok());
        CHECK(report.inserted == 3);
        CHECK(report.unknownColumns == QStringList{QStringLiteral("备注栏")});
        checkImported(*office);
        const auto zhao = findDeputy(*office, {}, QStringLiteral("赵敏"), QDate(1982, 5, 15));
        REQUIRE(zhao);
        CHECK(DeputyRepository::load(office->db(), *zhao).kind == DeputyKind::Deliberation);
    }
}

TEST_CASE("Roster import: any bad row means nothing is written, and every bad row is listed")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 auditBefore = auditCount(*office);
    const QString path = dir.path(QStringLiteral("bad.csv"));
    test::writeAll(
        path,
        QStringLiteral(
            "姓名,性别,出生日期,代表类型,代表层级,联系电话,身份证号,所属小组,小组职务,状态\n"
            "好人甲,男,1970-01-01,人大代表,区,13812345678,,一组,组长,在任\n" // row 2: fine
            "张三1,男,1970-01-01,人大代表,区,13812345678,,,,在任\n"          // row 3: name
            "李四,未知,1970-13-01,人大代表,区,123,,,,在任\n"                 // row 4: gender, date
            "王五,男,,主任,国家,13812345678,110105194912310021,,,在任\n"   // row 5: kind, level, ID
            "赵六,女,1980-02-02,人大代表,区,13812345678,,一组,组长,退休\n" // row 6: 2nd leader,
                                                                           // status
            "钱七,女,1980-02-02,人大代表,区,13812345678,,,,离任\n")
            .toUtf8()); // row 7: 离任 without date
    const RosterImportReport report = importRoster(*office, path);
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.written);
    QSet<int> badRows;
    QStringList columns;
    for (const RosterProblem& p : report.problems) {
        badRows.insert(p.row);
        columns << p.column;
    }
    CHECK(badRows == QSet<int>{3, 4, 5, 6, 7});
    for (const char* column : {"姓名", "性别", "出生日期", "代表类型", "代表层级", "身份证号",
                               "小组职务", "状态", "离任日期"})
        CHECK(columns.contains(QString::fromUtf8(column)));
    CHECK(report.toText().contains(QStringLiteral("Row 4")));
    CHECK(DeputyRepository::count(office->db()) == 0);
    CHECK(GroupRepository::list(office->db()).isEmpty());
    CHECK(auditCount(*office) == auditBefore);
}

TEST_CASE("Roster import: re-importing updates and never duplicates, a dry run writes nothing")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QString path = dir.path(QStringLiteral("r.csv"));
    test::writeAll(path, kRoster.toUtf8());

    const RosterImportReport dry = importRoster(*office, path, {}, true);
    CHECK(dry.ok());
    CHECK_FALSE(dry.written);
    CHECK(dry.inserted == 3);
    CHECK(DeputyRepository::count(office->db()) == 0);

    REQUIRE(importRoster(*office, path).written);
    const qint64 auditAfterFirst = auditCount(*office);
    const RosterImportReport again = importRoster(*office, path);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(DeputyRepository::count(office->db()) == 3);
    CHECK(auditCount(*office) == auditAfterFirst + 1); // only the import's own row

    QString changed = kRoster;
    changed.replace(QStringLiteral("0532-83881234"), QStringLiteral("13700001111"));
    test::writeAll(path, changed.toUtf8());
    const RosterImportReport third = importRoster(*office, path);
    CHECK(third.updated == 1);
    CHECK(third.unchanged == 2);
    CHECK(DeputyRepository::count(office->db()) == 3);
    const auto li = findDeputy(*office, {}, QStringLiteral("李建国"), QDate(1975, 3, 8));
    REQUIRE(li);
    CHECK(DeputyRepository::load(office->db(), *li).phone == QStringLiteral("13700001111"));
    const QList<GroupSummary> groups = GroupRepository::list(office->db()); // no duplicate members
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].leader == QStringLiteral("王秀英"));
    CHECK(groups[0].memberCount == 2);
}

TEST_CASE("Roster import: a deputy with no ID number or birth date is found again by name, "
          "and a name that could mean several deputies is refused")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QString path = dir.path(QStringLiteral("r.csv"));
    const auto import = [&](const QString& csv, bool dryRun = false) {
        test::writeAll(path, csv.toUtf8());
        return importRoster(*office, path, {}, dryRun);
    };
    const QString header = QStringLiteral("姓名,性别,出生日期,联系电话,身份证号\n");

    // Added without ID number or birth date, then imported again: the same deputy, not a
    // second one; the check before the import says it was found by name alone.
    REQUIRE(import(header + QStringLiteral("高凤英,女,,13800001111,\n")).inserted == 1);
    const RosterImportReport again = import(header + QStringLiteral("高凤英,女,,13800001111,\n"));
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 1);
    CHECK(again.matchedByName == QStringList{QStringLiteral("高凤英 (row 2)")});
    CHECK(again.toText().contains(QStringLiteral("Found by name alone")));
    CHECK(DeputyRepository::count(office->db()) == 1);

    // The birth date filled in later: the deputy gains it.
    const RosterImportReport dated =
        import(header + QStringLiteral("高凤英,女,1960-02-03,13800001111,\n"));
    CHECK(dated.updated == 1);
    CHECK(dated.inserted == 0);
    REQUIRE(DeputyRepository::count(office->db()) == 1);
    CHECK(findDeputy(*office, {}, QStringLiteral("高凤英"), QDate(1960, 2, 3)));

    // Someone of the same name born on another day is someone else.
    CHECK(import(header + QStringLiteral("高凤英,女,1971-08-09,,\n")).inserted == 1);
    REQUIRE(DeputyRepository::count(office->db()) == 2);

    // Now a row with the name alone could mean either: refused, nothing written.
    const RosterImportReport which = import(header + QStringLiteral("高凤英,女,,13999999999,\n"));
    CHECK_FALSE(which.ok());
    CHECK_FALSE(which.written);
    REQUIRE(which.problems.size() == 1);
    CHECK(which.problems[0].row == 2);
    CHECK(which.problems[0].column == QStringLiteral("姓名"));
    CHECK(which.problems[0].message.contains(QStringLiteral("2 deputies are named 高凤英")));
    CHECK(DeputyRepository::count(office->db()) == 2);

    // Two rows with the same name and nothing to tell them apart; two rows about one deputy.
    const RosterImportReport twice =
        import(header + QStringLiteral("何国庆,男,,,\n何国庆,男,,,\n高凤英,女,1960-02-03,,\n"
                                       "高凤英,女,,,\n"),
               true);
    REQUIRE(twice.problems.size() == 2);
    CHECK(twice.problems[0].row == 3);
    CHECK(twice.problems[0].message ==
          QStringLiteral("the same name is on row 2, and neither row "
                         "has 身份证号 or 出生日期 to tell the two apart"));
    CHECK(twice.problems[1].row == 5);
    CHECK(twice.problems[1].message.contains(QStringLiteral("2 deputies are named 高凤英")));
    REQUIRE(import(header + QStringLiteral("何国庆,男,,,\n")).written);
    const RosterImportReport same =
        import(header + QStringLiteral("何国庆,男,,,\n何国庆,男,1950-01-01,,\n"), true);
    REQUIRE(same.problems.size() == 1);
    CHECK(same.problems[0].row == 3);
    CHECK(same.problems[0].message == QStringLiteral("row 2 is about the same deputy"));

    // Two deputies of one name recorded without birth dates: a row giving one cannot say which.
    Deputy guo;
    guo.name = QStringLiteral("郭杰");
    guo.kind = DeputyKind::Congress;
    DeputyRepository::add(*office, guo);
    DeputyRepository::add(*office, guo);
    const RosterImportReport dated2 =
        import(header + QStringLiteral("郭杰,男,1980-01-01,,\n"), true);
    REQUIRE(dated2.problems.size() == 1);
    CHECK(dated2.problems[0].message.startsWith(
        QStringLiteral("2 deputies are named 郭杰 and none has this row's 身份证号 or 出生日期")));
}

TEST_CASE("Roster export: masked by default, full values round-trip through import")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QString source = dir.path(QStringLiteral("r.csv"));
    test::writeAll(source, kRoster.toUtf8());
    REQUIRE(importRoster(*office, source).written);

    const QString masked = dir.path(QStringLiteral("masked.xlsx"));
    exportRoster(*office, masked);
    const SheetTable t = readSheetTable(masked);
    CHECK(t.header == rosterColumns());
    REQUIRE(t.rows.size() == 3);
    const int idColumn = int(rosterColumns().indexOf(QStringLiteral("身份证号")));
    bool sawMaskedId = false;
    for (int r = 0; r < t.rows.size(); ++r)
        sawMaskedId = sawMaskedId || t.cell(r, idColumn) == QStringLiteral("110105********002X");
    CHECK(sawMaskedId);
    // A masked file cannot be imported back over the real numbers.
    CHECK_FALSE(importRoster(*office, masked).ok());

    const QString full = dir.path(QStringLiteral("full.xlsx"));
    exportRoster(*office, full, true);
    CHECK(sql::scalar(
              office->db(),
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'"))
              .toInt() == 1);
    TempDir other;
    auto copy = test::makeOffice(other.path(QStringLiteral("copy.ddoffice")));
    const RosterImportReport report = importRoster(*copy, full);
    INFO(report.toText().toStdString());
    REQUIRE(report.written);
    checkImported(*copy);
    CHECK(importRoster(*office, full).unchanged == 3);

    const QString blank = dir.path(QStringLiteral("template.xlsx"));
    writeRosterTemplate(blank);
    const SheetTable templ = readSheetTable(blank);
    CHECK(templ.header == rosterColumns());
    CHECK(templ.rows.isEmpty());
}

TEST_CASE("a roster row is matched by ID number, else name and birth date, else name alone "
          "where nothing recorded contradicts it",
          "[roster]")
{
    const auto deputy = [](qint64 id, const char* name, const QString& idNumber,
                           const QDate& birth) {
        Deputy d;
        d.id = id;
        d.name = QString::fromUtf8(name);
        d.idNumber = idNumber;
        d.birthDate = birth;
        return d;
    };
    const QString wangId = QStringLiteral("11010519491231002X");
    // Listed out of id order, as loadAll lists them (by pinyin).
    DeputyMatcher m({deputy(7, "王芳", {}, {}), deputy(3, "王芳", wangId, QDate(1949, 12, 31)),
                     deputy(5, "李娜", {}, QDate(1980, 1, 2))});

    CHECK(m.find(wangId, QStringLiteral("别的名字"), {}) == 3);        // the ID number decides
    CHECK(m.find({}, QStringLiteral("李娜"), QDate(1980, 1, 2)) == 5); // name and birth date
    CHECK_FALSE(m.find({}, QStringLiteral("李娜"), QDate(1980, 1, 3)));
    CHECK_FALSE(m.find({}, QStringLiteral("李娜"), {})); // a name alone is never enough here
    CHECK_FALSE(m.find(QStringLiteral("110105198001020011"), QStringLiteral("王五"), {}));

    // Name alone: both 王芳 may be meant when nothing is given, in the order entered.
    CHECK(m.sameNamed(QStringLiteral("王芳"), {}, {}) == QList<qint64>{3, 7});
    // Another ID number or birth date rules out the one recorded with a different one.
    CHECK(m.sameNamed(QStringLiteral("王芳"), QStringLiteral("110105198001020011"), {}) ==
          QList<qint64>{7});
    CHECK(m.sameNamed(QStringLiteral("王芳"), {}, QDate(1970, 1, 1)) == QList<qint64>{7});
    CHECK(m.sameNamed(QStringLiteral("李娜"), {}, QDate(1980, 1, 3)).isEmpty());
    CHECK(m.sameNamed(QStringLiteral("李娜"), QStringLiteral("110105198001020011"), {}) ==
          QList<qint64>{5});

    // A deputy written since is found too.
    m.add(deputy(9, "赵敏", QStringLiteral("110105198205150026"), QDate(1982, 5, 15)));
    CHECK(m.find(QStringLiteral("110105198205150026"), {}, {}) == 9);
    CHECK(m.find({}, QStringLiteral("赵敏"), QDate(1982, 5, 15)) == 9);
}
