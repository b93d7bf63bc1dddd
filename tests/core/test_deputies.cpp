// The deputies roster on a real office file: add, search, edit, retire, delete, reveal.
#include "org/deputyrepository.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace dd;
using dd::test::TempDir;

namespace {
Deputy sample(const QString& name, const QString& id = {})
{
    Deputy d;
    d.name = name;
    d.idNumber = id;
    d.kind = DeputyKind::Congress;
    d.levels = {CongressLevel::District, CongressLevel::Township};
    d.electoralDistrict = QStringLiteral("第一选区");
    d.phone = QStringLiteral("13812345678");
    d.workUnit = QStringLiteral("市西街道办事处 主任");
    return d;
}

qint64 auditRows(const OfficeFile& office, const char* action)
{
    return sql::scalar(
               office.db(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'deputies' "
                              "AND action = ?"),
               {QString::fromLatin1(action)})
        .toLongLong();
}

QStringList names(const QList<DeputyListRow>& rows)
{
    QStringList out;
    for (const DeputyListRow& r : rows)
        out << r.name;
    return out;
}
} // namespace

TEST_CASE("Deputies: add, load and list with masked phones")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    const qint64 id = DeputyRepository::add(
        *office, sample(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
    const Deputy d = DeputyRepository::load(office->db(), id);
    CHECK(d.name == QStringLiteral("张三"));
    CHECK(d.birthDate == QDate(1949, 12, 31)); // from the ID number
    CHECK(d.levels == QList<CongressLevel>{CongressLevel::District, CongressLevel::Township});
    CHECK(d.electoralDistrict == QStringLiteral("第一选区"));
    CHECK(auditRows(*office, "insert") == 1);

    const QList<DeputyListRow> rows = DeputyRepository::list(office->db());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].maskedPhone == QStringLiteral("138****5678"));
    CHECK(rows[0].levels.contains(QStringLiteral("District")));
}

TEST_CASE("Deputies: a bad ID number is refused and nothing is written")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    try {
        DeputyRepository::add(*office,
                              sample(QStringLiteral("李四"), QStringLiteral("110105194912310021")));
        FAIL("a bad ID number was accepted");
    } catch (const ValidationError& e) {
        REQUIRE(e.fieldErrors().size() == 1);
        CHECK(e.fieldErrors()[0].field == QStringLiteral("idNumber"));
    }
    CHECK(DeputyRepository::count(office->db()) == 0);
    CHECK(auditRows(*office, "insert") == 0);

    DeputyRepository::add(*office,
                          sample(QStringLiteral("李四"), QStringLiteral("11010519491231002X")));
    CHECK_THROWS_AS(DeputyRepository::add(*office, sample(QStringLiteral("王五"),
                                                          QStringLiteral("11010519491231002x"))),
                    ValidationError); // the same person twice
    CHECK(DeputyRepository::count(office->db()) == 1);
}

TEST_CASE("Deputies: search by name, pinyin and initials, filter by kind, status and level")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    for (const char* name : {"张三", "张伟", "李娜", "单雄信", "曾小红"})
        DeputyRepository::add(*office, sample(QString::fromUtf8(name)));
    Deputy rep = sample(QStringLiteral("王议事"));
    rep.kind = DeputyKind::Deliberation;
    DeputyRepository::add(*office, rep);

    const auto find = [&](const QString& text) {
        DeputyFilter f;
        f.text = text;
        return names(DeputyRepository::list(office->db(), f));
    };
    CHECK(find(QStringLiteral("zs")) == QStringList{QStringLiteral("张三")});
    CHECK(find(QStringLiteral("zhangsan")) == QStringList{QStringLiteral("张三")});
    CHECK(find(QStringLiteral("张")) ==
          QStringList{QStringLiteral("张三"), QStringLiteral("张伟")});
    CHECK(find(QStringLiteral("shan")) == QStringList{QStringLiteral("单雄信")});
    CHECK(find(QStringLiteral("zxh")) == QStringList{QStringLiteral("曾小红")});
    // pinyin order, not code-point order
    CHECK(names(DeputyRepository::list(office->db())).first() == QStringLiteral("李娜"));

    DeputyFilter kind;
    kind.kind = DeputyKind::Deliberation;
    CHECK(names(DeputyRepository::list(office->db(), kind)) ==
          QStringList{QStringLiteral("王议事")});
    DeputyFilter level;
    level.level = CongressLevel::District;
    CHECK(DeputyRepository::list(office->db(), level).size() == 5); // the 议事代表 has no levels
}

TEST_CASE("Deputies: edit, retire and delete are audited, retired deputies stay")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    const qint64 id = DeputyRepository::add(*office, sample(QStringLiteral("张三")));
    Deputy d = DeputyRepository::load(office->db(), id);
    d.phone = QStringLiteral("0532-83881234");
    DeputyRepository::update(*office, d);
    CHECK(DeputyRepository::load(office->db(), id).phone == QStringLiteral("0532-83881234"));
    CHECK(auditRows(*office, "update") == 1);
    DeputyRepository::update(*office, d); // unchanged: no write
    CHECK(auditRows(*office, "update") == 1);

    DeputyRepository::retire(*office, id, QDate(2026, 6, 30));
    const Deputy retired = DeputyRepository::load(office->db(), id);
    CHECK(retired.status == DeputyStatus::Retired);
    CHECK(retired.statusDate == QDate(2026, 6, 30));
    DeputyFilter serving;
    serving.status = DeputyStatus::Serving;
    CHECK(DeputyRepository::list(office->db(), serving).isEmpty());

    DeputyRepository::remove(*office, id);
    CHECK(DeputyRepository::count(office->db()) == 0);
    CHECK(auditRows(*office, "delete") == 1);
    CHECK_THROWS_AS(DeputyRepository::load(office->db(), id), Error);
}

TEST_CASE("Deputies: revealing an ID number is recorded, a read-only file cannot reveal")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("d.ddoffice"));
    qint64 id = 0;
    {
        auto office = test::makeOffice(path);
        id = DeputyRepository::add(
            *office, sample(QStringLiteral("张三"), QStringLiteral("11010519491231002X")));
        CHECK(DeputyRepository::reveal(*office, id, QStringLiteral("idNumber")) ==
              QStringLiteral("11010519491231002X"));
        CHECK(auditRows(*office, "reveal") == 1);
    }
    OpenOptions ro;
    ro.readOnly = true;
    auto office = OfficeFile::open(path, ro);
    CHECK_THROWS_AS(DeputyRepository::reveal(*office, id, QStringLiteral("idNumber")), Error);
}
