// Communities, grids, venues, committee members, observers, handling units and group links,
// written through RecordStore on real office files.
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "org/pinyin.h"
#include "org/recordstore.h"
#include "org/workcalendar.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace dd;
using dd::test::TempDir;

namespace {
QVariantMap community(const QString& name, const QVariantList& districts = {})
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), QStringLiteral("community")},
            {QStringLiteral("community_districts"), districts}};
}

QStringList fields(const ValidationError& e)
{
    QStringList out;
    for (const FieldError& f : e.fieldErrors())
        out << f.field;
    return out;
}

qint64 count(const OfficeFile& office, const QString& table)
{
    return sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

qint64 addDeputy(OfficeFile& office, const QString& name, const QString& district = {})
{
    Deputy d;
    d.name = name;
    d.kind = DeputyKind::Congress;
    d.electoralDistrict = district;
    return DeputyRepository::add(office, d);
}
} // namespace

TEST_CASE("Communities keep their electoral districts, creating new ones by name")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 id =
        RecordStore::save(*office, communitySpec(),
                          community(QStringLiteral("  向阳社区 "),
                                    {QStringLiteral("第三选区"), QStringLiteral("第四选区")}));
    const QVariantMap loaded = RecordStore::load(office->db(), communitySpec(), id);
    CHECK(loaded.value(QStringLiteral("name")).toString() == QStringLiteral("向阳社区"));
    CHECK(loaded.value(QStringLiteral("community_districts")).toList().size() == 2);
    CHECK(count(*office, QStringLiteral("electoral_districts")) == 2);
    CHECK(sql::scalar(office->db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                     "'communities' AND action = 'insert'"))
              .toInt() == 1);

    // Saving again with the same district names does not duplicate them.
    QVariantMap again = loaded;
    again[QStringLiteral("community_districts")] = QVariantList{QStringLiteral("第三选区")};
    RecordStore::save(*office, communitySpec(), again);
    CHECK(count(*office, QStringLiteral("electoral_districts")) == 2);
    CHECK(count(*office, QStringLiteral("community_districts")) == 1);

    // The deputies list filters by community through the districts.
    addDeputy(*office, QStringLiteral("张三"), QStringLiteral("第三选区"));
    addDeputy(*office, QStringLiteral("李四"), QStringLiteral("第四选区"));
    DeputyFilter filter;
    filter.communityId = id;
    const QList<DeputyListRow> rows = DeputyRepository::list(office->db(), filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].name == QStringLiteral("张三"));
}

TEST_CASE("Organisation records are validated field by field and nothing is written")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    RecordStore::save(*office, communitySpec(), community(QStringLiteral("向阳社区")));

    SECTION("a duplicate community name and an unknown kind")
    {
        QVariantMap c = community(QStringLiteral("向阳社区"));
        c[QStringLiteral("kind")] = QStringLiteral("town");
        try {
            RecordStore::save(*office, communitySpec(), c);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(fields(e) == QStringList{QStringLiteral("name"), QStringLiteral("kind")});
            CHECK(e.fieldErrors().at(0).message.contains(QStringLiteral("向阳社区")));
        }
    }
    SECTION("an observer with a bad phone, no name, and a grid of another community")
    {
        const qint64 other =
            RecordStore::save(*office, communitySpec(), community(QStringLiteral("东风社区")));
        const qint64 grid =
            RecordStore::save(*office, gridSpec(),
                              {{QStringLiteral("community_id"), other},
                               {QStringLiteral("name"), QStringLiteral("第一网格")}});
        const qint64 mine = RecordStore::list(office->db(), communitySpec())
                                .at(1)
                                .value(QStringLiteral("id"))
                                .toLongLong();
        try {
            RecordStore::save(*office, observerSpec(),
                              {{QStringLiteral("name"), QString()},
                               {QStringLiteral("phone"), QStringLiteral("12345")},
                               {QStringLiteral("community_id"), mine},
                               {QStringLiteral("grid_id"), grid}});
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(fields(e) == QStringList{QStringLiteral("name"), QStringLiteral("phone"),
                                           QStringLiteral("grid_id")});
        }
        CHECK(count(*office, QStringLiteral("observers")) == 0);
    }
    SECTION("a grid needs its community, and names are unique within one community")
    {
        try {
            RecordStore::save(*office, gridSpec(),
                              {{QStringLiteral("name"), QStringLiteral("一")}});
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(fields(e) == QStringList{QStringLiteral("community_id")});
        }
        const qint64 c = RecordStore::list(office->db(), communitySpec())
                             .at(0)
                             .value(QStringLiteral("id"))
                             .toLongLong();
        const QVariantMap g{{QStringLiteral("community_id"), c},
                            {QStringLiteral("name"), QStringLiteral("第一网格")}};
        RecordStore::save(*office, gridSpec(), g);
        CHECK_THROWS_AS(RecordStore::save(*office, gridSpec(), g), ValidationError);
        CHECK(count(*office, QStringLiteral("grids")) == 1);
    }
}

TEST_CASE("Venues form a tree without loops and have an opening schedule")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 zhang = addDeputy(*office, QStringLiteral("张三"));
    const auto venue = [](const QString& name, const QString& kind, qint64 parent) {
        return QVariantMap{{QStringLiteral("name"), name},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("parent_id"), parent},
                           {QStringLiteral("schedule_rule"), QStringLiteral("none")}};
    };
    const qint64 home = RecordStore::save(
        *office, venueSpec(), venue(QStringLiteral("代表之家"), QStringLiteral("home"), 0));
    QVariantMap station = venue(QStringLiteral("向阳联络站"), QStringLiteral("station"), home);
    station[QStringLiteral("schedule_rule")] = QStringLiteral("monthly");
    station[QStringLiteral("schedule_day")] = 10;
    station[QStringLiteral("schedule_note")] = QStringLiteral("9:00-11:30");
    station[QStringLiteral("venue_deputies")] = QVariantList{zhang};
    const qint64 stationId = RecordStore::save(*office, venueSpec(), station);
    const qint64 point =
        RecordStore::save(*office, venueSpec(),
                          venue(QStringLiteral("一号联络点"), QStringLiteral("point"), stationId));

    // The home cannot move below its own grandchild.
    QVariantMap loop = RecordStore::load(office->db(), venueSpec(), home);
    loop[QStringLiteral("parent_id")] = point;
    try {
        RecordStore::save(*office, venueSpec(), loop);
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(fields(e) == QStringList{QStringLiteral("parent_id")});
    }
    // A monthly opening needs a day of the month.
    station = RecordStore::load(office->db(), venueSpec(), stationId);
    station[QStringLiteral("schedule_day")] = 0;
    CHECK_THROWS_AS(RecordStore::save(*office, venueSpec(), station), ValidationError);

    const QVariantMap saved = RecordStore::load(office->db(), venueSpec(), stationId);
    CHECK(venueScheduleText(saved.value(QStringLiteral("schedule_rule")).toString(),
                            saved.value(QStringLiteral("schedule_day")).toInt(),
                            saved.value(QStringLiteral("schedule_note")).toString())
              .contains(QStringLiteral("9:00-11:30")));
    CHECK(saved.value(QStringLiteral("venue_deputies")).toList() == QVariantList{zhang});

    // A venue with one below it, or a deputy responsible for one, cannot be deleted.
    CHECK_THROWS_AS(RecordStore::remove(*office, venueSpec(), home), Error);
    CHECK_THROWS_AS(DeputyRepository::remove(*office, zhang), Error);
    RecordStore::remove(*office, venueSpec(), point);
    CHECK(count(*office, QStringLiteral("venues")) == 2);
}

TEST_CASE("Groups: links, one leader, vice leaders and members, and the group filter")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 a = addDeputy(*office, QStringLiteral("张三"));
    const qint64 b = addDeputy(*office, QStringLiteral("李四"));
    const qint64 c = addDeputy(*office, QStringLiteral("王五"));
    const qint64 comm =
        RecordStore::save(*office, communitySpec(), community(QStringLiteral("向阳社区")));
    const qint64 group =
        RecordStore::save(*office, groupSpec(),
                          {{QStringLiteral("name"), QStringLiteral("第一代表小组")},
                           {QStringLiteral("kind"), QStringLiteral("group")},
                           {QStringLiteral("brand"), QStringLiteral("向阳有约")},
                           {QStringLiteral("group_communities"), QVariantList{comm}}});

    GroupRepository::setMembers(
        office->db(), office->currentUser(), group,
        {{a, GroupRole::Leader, {}}, {b, GroupRole::ViceLeader, {}}, {c, GroupRole::Member, {}}});
    QList<GroupMember> members = GroupRepository::members(office->db(), group);
    REQUIRE(members.size() == 3);
    CHECK(members[0].name == QStringLiteral("张三"));
    CHECK(members[1].role == GroupRole::ViceLeader);

    // Handing the leadership over in one step, and dropping a member.
    GroupRepository::setMembers(office->db(), office->currentUser(), group,
                                {{a, GroupRole::Member, {}}, {c, GroupRole::Leader, {}}});
    members = GroupRepository::members(office->db(), group);
    REQUIRE(members.size() == 2);
    CHECK(members[0].name == QStringLiteral("王五"));
    CHECK(members[0].role == GroupRole::Leader);

    CHECK_THROWS_AS(
        GroupRepository::setMembers(office->db(), office->currentUser(), group,
                                    {{a, GroupRole::Leader, {}}, {c, GroupRole::Leader, {}}}),
        ValidationError);

    DeputyFilter filter;
    filter.groupId = group;
    CHECK(DeputyRepository::list(office->db(), filter).size() == 2);
    CHECK(GroupRepository::list(office->db()).at(0).memberCount == 2);
}

TEST_CASE("Working days skip weekends and holidays and count swapped workdays")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const WorkCalendar calendar = WorkCalendar::load(office->db());
    CHECK(calendar.addWorkingDays(QDate(2026, 3, 2), 3) == QDate(2026, 3, 5));  // Mon -> Thu
    CHECK(calendar.addWorkingDays(QDate(2026, 3, 6), 3) == QDate(2026, 3, 11)); // Fri -> Wed
    CHECK(!calendar.isWorkingDay(QDate(2026, 10, 1)));                          // 国庆节
    CHECK(calendar.isWorkingDay(QDate(2026, 10, 10)));                          // Saturday, 调休
    CHECK(calendar.addWorkingDays(QDate(2026, 9, 30), 3) == QDate(2026, 10, 10)); // 8, 9, 10
    CHECK(calendar.addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));  // Sat 调休
}

TEST_CASE("Names of places and bodies sort by pinyin with Chinese numerals as numbers")
{
    QStringList names = {QStringLiteral("第十网格"),   QStringLiteral("第二网格"),
                         QStringLiteral("第一网格"),   QStringLiteral("第十二网格"),
                         QStringLiteral("大学路社区"), QStringLiteral("观海社区")};
    sortByName(names, [](const QString& name) { return name; });
    CHECK(names == QStringList{QStringLiteral("大学路社区"), QStringLiteral("第一网格"),
                               QStringLiteral("第二网格"), QStringLiteral("第十网格"),
                               QStringLiteral("第十二网格"), QStringLiteral("观海社区")});

    // Equal keys keep their order (the second of each pair is the later one).
    QList<std::pair<QString, int>> twice = {{QStringLiteral("第二网格"), 1},
                                            {QStringLiteral("第一网格"), 1},
                                            {QStringLiteral("第二网格"), 2},
                                            {QStringLiteral("第一网格"), 2}};
    sortByName(twice, [](const auto& item) { return item.first; });
    CHECK(twice == QList<std::pair<QString, int>>{{QStringLiteral("第一网格"), 1},
                                                  {QStringLiteral("第一网格"), 2},
                                                  {QStringLiteral("第二网格"), 1},
                                                  {QStringLiteral("第二网格"), 2}});
}

TEST_CASE("Deputies to choose from come in the deputies list's order, by their stored pinyin")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    // 曾 as a surname is zeng (ICU alone reads ceng, before 陈 chen); the list orders by
    // the pinyin stored with each deputy.
    for (const char* name : {"曾伟", "陈明", "蔡红", "曾伟"})
        addDeputy(*office, QString::fromUtf8(name));
    QStringList listed;
    for (const DeputyListRow& r : DeputyRepository::list(office->db()))
        listed << r.name;
    REQUIRE(listed == QStringList{QStringLiteral("蔡红"), QStringLiteral("陈明"),
                                  QStringLiteral("曾伟"), QStringLiteral("曾伟")});

    FieldSpec deputies;
    deputies.choicesSql = DeputyRepository::choicesSql(QStringLiteral("status = 'serving'"));
    const QList<Choice> choices = RecordStore::choices(office->db(), deputies);
    QStringList chosen;
    for (const Choice& c : choices)
        chosen << c.label;
    CHECK(chosen == listed);
    REQUIRE(choices.size() == 4);
    CHECK(choices[2].id < choices[3].id); // namesakes in the order they were entered
    // Each with its stored pinyin and initials, what a checklist's filter matches.
    CHECK(choices[2].pinyin == QStringLiteral("zengwei"));
    CHECK(choices[2].initials == QStringLiteral("zw"));
    CHECK(choices[0].initials == QStringLiteral("ch"));

    // Other choices (no stored key) by nameSortKey of their labels.
    FieldSpec plain;
    plain.choicesSql = QStringLiteral("SELECT id, name FROM deputies");
    QStringList byLabel;
    for (const Choice& c : RecordStore::choices(office->db(), plain)) {
        byLabel << c.label;
        CHECK(c.pinyin.isEmpty());
    }
    CHECK(byLabel == QStringList{QStringLiteral("蔡红"), QStringLiteral("曾伟"),
                                 QStringLiteral("曾伟"), QStringLiteral("陈明")});
}

TEST_CASE("Committee members are listed by post, 主任 first, then by name")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QList<std::pair<QString, QString>> members = {
        {QStringLiteral("陈志强"), QStringLiteral("委员")},
        {QStringLiteral("李娜"), QStringLiteral("工作人员")},
        {QStringLiteral("赵敏"), QString()},
        {QStringLiteral("王芳"), QStringLiteral("常务副主任")},
        {QStringLiteral("刘海燕"), QStringLiteral("副主任")},
        {QStringLiteral("张伟"), QStringLiteral("主任")},
        {QStringLiteral("安然"), QStringLiteral("委员")}};
    for (const auto& [name, post] : members)
        RecordStore::save(*office, committeeMemberSpec(),
                          {{QStringLiteral("id"), 0},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("post"), post}});
    QStringList listed;
    for (const QVariantMap& m : RecordStore::list(office->db(), committeeMemberSpec()))
        listed << m.value(QStringLiteral("name")).toString();
    CHECK(listed == QStringList{QStringLiteral("张伟"), QStringLiteral("刘海燕"),
                                QStringLiteral("王芳"), QStringLiteral("安然"),
                                QStringLiteral("陈志强"), QStringLiteral("李娜"),
                                QStringLiteral("赵敏")});
}
