// Reading and writing .csv and .xlsx files: encodings, quoting, real workbooks, round trips.
#include "io/csv.h"
#include "io/sheettable.h"
#include "io/sheetwriter.h"
#include "io/xlsx.h"
#include "io/zipwriter.h"
#include "storage/error.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <QFileInfo>
#include <QStringEncoder>

using namespace dd;
using dd::test::TempDir;

namespace {
const QString kCsv = QStringLiteral("姓名,性别,出生日期\r\n张三,男,1975-03-08\r\n\r\n\"欧阳,修\","
                                    "男,\"1007年\n8月1日\"\r\n李\"四,女,\r\n");

QString fixture(const char* name)
{
    return QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/") + QLatin1String(name);
}
} // namespace

TEST_CASE("CSV: UTF-8, UTF-8 with BOM and GB18030 all decode to the same text")
{
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbBytes = gb(kCsv);
    REQUIRE(gbBytes != kCsv.toUtf8());
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + kCsv.toUtf8();
    for (const QByteArray& bytes : {kCsv.toUtf8(), withBom, gbBytes})
        CHECK(csv::decode(bytes) == kCsv);
}

TEST_CASE("CSV: quoted commas, quotes and line breaks, blank rows skipped, row numbers kept")
{
    const SheetTable t = csv::parse(kCsv);
    CHECK(t.header ==
          QStringList{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期")});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0] ==
          QStringList{QStringLiteral("张三"), QStringLiteral("男"), QStringLiteral("1975-03-08")});
    CHECK(t.rows[1][0] == QStringLiteral("欧阳,修"));
    CHECK(t.rows[1][2] == QStringLiteral("1007年\n8月1日"));
    CHECK(t.rows[2][0] == QStringLiteral("李\"四"));
    CHECK(t.rowNumbers == QList<int>{2, 4, 5}); // as Excel numbers the records
}

TEST_CASE("CSV: what we write reads back the same, with a BOM for Excel")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("out.csv"));
    const QStringList header = {QStringLiteral("姓名"), QStringLiteral("备注")};
    const QList<QStringList> rows = {
        {QStringLiteral("张三"), QStringLiteral("含,逗号 \"引号\"\n换行")},
        {QStringLiteral("李四"), QString()}};
    writeSheetTable(path, QStringLiteral("代表"), header, rows);
    CHECK(test::readAll(path).startsWith("\xEF\xBB\xBF"));
    const SheetTable back = readSheetTable(path);
    CHECK(back.header == header);
    CHECK(back.rows == rows);
}

TEST_CASE("xlsx: a workbook written by another program is read cell by cell")
{
    for (const char* name : {"roster-openpyxl.xlsx", "roster-shared-strings.xlsx"}) {
        INFO(name);
        const SheetTable t = readSheetTable(fixture(name));
        REQUIRE(t.header.size() == 18);
        CHECK(t.header[0] == QStringLiteral("姓名"));
        CHECK(t.header[17] == QStringLiteral("备注栏"));
        REQUIRE(t.rows.size() == 3); // the empty row is skipped
        CHECK(t.rowNumbers == QList<int>{2, 3, 5});
        CHECK(t.cell(0, 0) ==
              QStringLiteral("王秀英")); // rich text runs joined, phonetic run left out
        CHECK(t.cell(0, 2) == QStringLiteral("1949-12-31"));   // a date-formatted number
        CHECK(t.cell(0, 11) == QStringLiteral("13812345678")); // a phone stored as a number
        CHECK(t.cell(0, 12) == QStringLiteral("11010519491231002X"));
        CHECK(t.cell(1, 2) == QStringLiteral("1975/3/8"));
        CHECK(t.cell(1, 12).isEmpty()); // an empty cell
        CHECK(t.cell(2, 2) == QStringLiteral("1982年5月15日"));
    }
    CHECK(xlsx::sheetNames(fixture("roster-openpyxl.xlsx")) ==
          QStringList{QStringLiteral("代表名册"), QStringLiteral("说明")});
    const SheetTable notes =
        readSheetTable(fixture("roster-openpyxl.xlsx"), QStringLiteral("说明"));
    CHECK(notes.header.value(0).startsWith(QStringLiteral("本表由")));
    CHECK_THROWS_AS(readSheetTable(fixture("roster-openpyxl.xlsx"), QStringLiteral("没有这张表")),
                    Error);
}

TEST_CASE("xlsx: what we write reads back the same, text kept as text")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("out.xlsx"));
    const QStringList header = {QStringLiteral("姓名"), QStringLiteral("身份证号"),
                                QStringLiteral("备注")};
    QList<QStringList> rows;
    for (int i = 0; i < 30; ++i)
        rows << QStringList{QStringLiteral("代表%1").arg(i), QStringLiteral("11010519491231002X"),
                            i % 3 ? QString() : QStringLiteral("<&> \"特殊\" 字符")};
    writeSheetTable(path, QStringLiteral("代表名册"), header, rows);
    CHECK(test::readAll(path).startsWith("PK")); // a zip container
    CHECK(xlsx::sheetNames(path) == QStringList{QStringLiteral("代表名册")});
    const SheetTable back = readSheetTable(path);
    CHECK(back.header == header);
    REQUIRE(back.rows.size() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(back.cell(i, 0) == rows[i][0]);
        CHECK(back.cell(i, 1) == rows[i][1]);
        CHECK(back.cell(i, 2) == rows[i][2]);
    }
}

TEST_CASE("A sheet written a row at a time appears only on commit, and an .xlsx one holds "
          "only what Excel can open")
{
    TempDir dir;
    const QStringList header{QStringLiteral("序号"), QStringLiteral("内容")};
    for (const QString& name : {QStringLiteral("rows.xlsx"), QStringLiteral("rows.csv")}) {
        INFO(name.toStdString());
        const QString path = dir.path(name);
        test::writeAll(path, "the file before");
        {
            SheetWriter abandoned(path, QStringLiteral("审计日志"), header);
            abandoned.addRow({QStringLiteral("1"), QStringLiteral("never committed")});
        } // an export cancelled or failed: the file before is untouched
        CHECK(test::readAll(path) == "the file before");

        SheetWriter writer(path, QStringLiteral("审计日志"), header, {6});
        for (int i = 1; i <= 5000; ++i)
            writer.addRow({QString::number(i), i % 2 ? QStringLiteral("\"引号\", 逗号\n换行")
                                                     : QStringLiteral("11010519491231002X")});
        CHECK(test::readAll(path) == "the file before");
        writer.commit();
        const SheetTable back = readSheetTable(path);
        CHECK(back.header == header);
        REQUIRE(back.rows.size() == 5000);
        CHECK(back.rows.first() ==
              QStringList{QStringLiteral("1"), QStringLiteral("\"引号\", 逗号\n换行")});
        CHECK(back.rows.last() ==
              QStringList{QStringLiteral("5000"), QStringLiteral("11010519491231002X")});
    }
    // 1,048,576 rows in all, the header included: Excel's limit. Refused before any work.
    CHECK_NOTHROW(SheetWriter::requireFits(QStringLiteral("a.xlsx"), SheetWriter::kMaxXlsxRows));
    CHECK_NOTHROW(SheetWriter::requireFits(QStringLiteral("a.csv"), 10'000'000));
    try {
        SheetWriter::requireFits(QStringLiteral("a.xlsx"), SheetWriter::kMaxXlsxRows + 1);
        FAIL("more rows than an Excel sheet holds were accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
        CHECK(e.message().contains(QStringLiteral(".csv")));
    }
}

TEST_CASE("xlsx: a file that is not a workbook is reported, and Excel serial dates convert")
{
    TempDir dir;
    const QString fake = dir.path(QStringLiteral("fake.xlsx"));
    test::writeAll(fake, "姓名,性别\n");
    try {
        readSheetTable(fake);
        FAIL("read a fake workbook");
    } catch (const Error& e) {
        CHECK(e.message().contains(fake));
    }
    CHECK_THROWS_AS(readSheetTable(dir.path(QStringLiteral("missing.csv"))), Error);
    CHECK_THROWS_AS(readSheetTable(dir.path(QStringLiteral("old.xls"))), Error);
    CHECK(xlsx::dateFromSerial(27461) == QDate(1975, 3, 8));
    CHECK(xlsx::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(xlsx::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(xlsx::dateFromSerial(2958465) == QDate(9999, 12, 31));
    // no day: invalid, not a date computed from an int the number does not fit in
    for (const double none : {-1.0, 2958466.0, 1.38e10, std::nan("")})
        CHECK_FALSE(xlsx::dateFromSerial(none).isValid());
}

namespace {
// A minimal workbook whose one sheet is the given XML, with the given styles part if any.
void writeWorkbook(const QString& path, const QByteArray& sheetXml,
                   const QByteArray& stylesXml = {})
{
    QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
         "</Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}};
    if (!stylesXml.isEmpty())
        parts.append({QStringLiteral("xl/styles.xml"), stylesXml});
    writeZipPackage(path, parts);
}
} // namespace

TEST_CASE("xlsx: a date cell is read as its day, a number no day has as the number")
{
    TempDir dir;
    const QString book = dir.path(QStringLiteral("dates.xlsx"));
    // style 1 is the built-in date format 14; a fuzzer's 13812300000 once overflowed an int
    writeWorkbook(book,
                  "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>出生日期"
                  "</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>27461</v></c></row>"
                  "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>13812300000</v></c></row><row r=\"4\">"
                  "<c r=\"A4\" s=\"1\"><v>-3</v></c></row><row r=\"5\"><c r=\"A5\"><v>27461"
                  "</v></c></row></sheetData></worksheet>",
                  "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
                  "</styleSheet>");
    const SheetTable table = readSheetTable(book);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].value(0) == QStringLiteral("1975-03-08"));
    CHECK(table.rows[1].value(0) == QStringLiteral("13812300000"));
    CHECK(table.rows[2].value(0) == QStringLiteral("-3"));
    CHECK(table.rows[3].value(0) == QStringLiteral("27461")); // no date style: a number
}
TEST_CASE("xlsx: a zip bomb and impossible cell references are refused with a message")
{
    TempDir dir;
    const QString bomb = dir.path(QStringLiteral("bomb.xlsx"));
    // 40 MB of one repeated row: about 1:1000 compressed
    QByteArray rows;
    const QByteArray row =
        "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>";
    rows.reserve(40 * 1024 * 1024 + row.size());
    while (rows.size() < 40 * 1024 * 1024)
        rows += row;
    writeWorkbook(bomb, "<worksheet><sheetData>" + rows + "</sheetData></worksheet>");
    REQUIRE(QFileInfo(bomb).size() < 1024 * 1024);
    try {
        readSheetTable(bomb);
        FAIL("a zip bomb was unpacked");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("is refused")));
    }

    for (const char* ref : {"ZZZZZZZZZZZZZ1", "XFE1", "中1"}) {
        INFO(ref);
        const QString sheet = dir.path(QStringLiteral("refs.xlsx"));
        writeWorkbook(sheet, QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"") + ref +
                                 "\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                                 "</worksheet>");
        try {
            readSheetTable(sheet);
            FAIL("an impossible column was read");
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("names no column")));
        }
    }
    // the last column Excel has is read
    const QString last = dir.path(QStringLiteral("last.xlsx"));
    writeWorkbook(last, "<worksheet><sheetData><row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>"
                        "末列</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x"
                        "</t></is></c></row></sheetData></worksheet>");
    const SheetTable table = readSheetTable(last);
    REQUIRE(table.header.size() == 16384);
    CHECK(table.header.last() == QStringLiteral("末列"));
}
