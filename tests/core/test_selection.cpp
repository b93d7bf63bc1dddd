// Choosing deliberation representatives (两下两上): quotas, nominations, the two reviews, the
// public notice of 3 working days, objections, and confirmation into the roster.
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "org/selection.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace dd;
using dd::test::TempDir;

namespace {
Nomination byParty(qint64 round, const QString& name, const QString& sector)
{
    Nomination n;
    n.roundId = round;
    n.name = name;
    n.party = QStringLiteral("中共党员");
    n.sector = sector;
    n.nominatingOrg = QStringLiteral("向阳社区党委");
    return n;
}

QList<Nominator> residents(int count)
{
    static const QStringList names = {
        QStringLiteral("赵一"), QStringLiteral("钱二"),  QStringLiteral("孙三"),
        QStringLiteral("李四"), QStringLiteral("周五"),  QStringLiteral("吴六"),
        QStringLiteral("郑七"), QStringLiteral("王八"),  QStringLiteral("冯九"),
        QStringLiteral("陈十"), QStringLiteral("褚十一")};
    QList<Nominator> out;
    for (int i = 0; i < count; ++i)
        out << Nominator{names.at(i), QStringLiteral("向阳小区%1号楼").arg(i + 1)};
    return out;
}

NominationStage stageOf(const OfficeFile& office, qint64 round, qint64 id)
{
    for (const Nomination& n : SelectionRepository::nominations(office.db(), round))
        if (n.id == id)
            return n.stage;
    return NominationStage::Rejected;
}
} // namespace

TEST_CASE("A selection round from quotas to confirmed deliberation representatives")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("s.ddoffice")));
    const qint64 round = SelectionRepository::saveRound(
        *office, {0, QStringLiteral("2026年议事代表推选"), 3, {}, {}, false, {}});
    SelectionRepository::setQuotas(*office, round,
                                   {{QuotaDimension::Sector, QStringLiteral("个体工商户"), 1, 0},
                                    {QuotaDimension::Party, QStringLiteral("中共党员"), 2, 0}});

    const qint64 a = SelectionRepository::nominate(
        *office, byParty(round, QStringLiteral("刘洋"), QStringLiteral("个体工商户")));
    const qint64 b = SelectionRepository::nominate(
        *office, byParty(round, QStringLiteral("陈静"), QStringLiteral("社区工作者")));
    Nomination joint;
    joint.roundId = round;
    joint.name = QStringLiteral("马丽");
    joint.byResidents = true;
    joint.residents = residents(9);
    SECTION("a joint nomination needs ten residents")
    {
        try {
            SelectionRepository::nominate(*office, joint);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            REQUIRE(e.fieldErrors().size() == 1);
            CHECK(e.fieldErrors()[0].field == QStringLiteral("residents"));
            CHECK(e.fieldErrors()[0].message.contains(QStringLiteral("9")));
        }
    }
    joint.residents = residents(10);
    const qint64 c = SelectionRepository::nominate(*office, joint);
    CHECK(SelectionRepository::nominations(office->db(), round).at(2).residents.size() == 10);

    QList<Quota> quotas = SelectionRepository::quotas(office->db(), round);
    REQUIRE(quotas.size() == 2);
    CHECK(quotas[0].dimension == QuotaDimension::Party); // ordered by dimension key
    CHECK(quotas[0].current == 2);
    CHECK(quotas[0].met());
    CHECK(quotas[1].current == 1);

    // The notice cannot start while reviews are pending; a refusal needs a reason.
    CHECK_THROWS_AS(SelectionRepository::startNotice(*office, round, QDate(2026, 3, 6)), Error);
    CHECK_THROWS_AS(SelectionRepository::review(*office, b, false, QString()), Error);
    for (qint64 id : {a, b, c})
        SelectionRepository::review(*office, id, true, {});
    SelectionRepository::review(*office, a, true, {});
    SelectionRepository::review(*office, b, false, QStringLiteral("联审未通过：户籍不在本社区"));
    SelectionRepository::review(*office, c, true, {});
    CHECK(stageOf(*office, round, a) == NominationStage::JointPassed);
    CHECK(stageOf(*office, round, b) == NominationStage::Rejected);
    // The rejected candidate no longer counts toward the quotas.
    quotas = SelectionRepository::quotas(office->db(), round);
    CHECK(!quotas[0].met());

    // Friday 6 March 2026 + 3 working days = Wednesday 11 March.
    CHECK(SelectionRepository::startNotice(*office, round, QDate(2026, 3, 6)) ==
          QDate(2026, 3, 11));
    CHECK_THROWS_AS(SelectionRepository::nominate(
                        *office, byParty(round, QStringLiteral("周强"), QStringLiteral("工人"))),
                    Error);

    // Received before the notice or on a day still to come: refused under the date.
    for (const QDate& day : {QDate(2026, 3, 5), QDate::currentDate().addDays(1)})
        try {
            SelectionRepository::addObjection(*office, c, day, QStringLiteral("反映"));
            FAIL("an objection received on " << day.toString(Qt::ISODate).toStdString());
        } catch (const ValidationError& e) {
            CHECK(e.fieldErrors().first().field == QStringLiteral("receivedOn"));
        }
    const qint64 objection = SelectionRepository::addObjection(
        *office, c, QDate(2026, 3, 9), QStringLiteral("反映该人选长期不在本社区居住"));
    CHECK_THROWS_AS(SelectionRepository::confirm(*office, round, QDate(2026, 3, 11)), Error);
    CHECK_THROWS_AS(SelectionRepository::confirm(*office, round, QDate(2026, 3, 12)), Error);
    SelectionRepository::resolveObjection(*office, objection, true, QStringLiteral("经核实属实"));
    CHECK(stageOf(*office, round, c) == NominationStage::Rejected);

    const qint64 deputiesBefore = DeputyRepository::count(office->db());
    CHECK(SelectionRepository::confirm(*office, round, QDate(2026, 3, 12)) == 1);
    CHECK(DeputyRepository::count(office->db()) == deputiesBefore + 1);
    const QList<Nomination> after = SelectionRepository::nominations(office->db(), round);
    CHECK(after[0].stage == NominationStage::Confirmed);
    const Deputy d = DeputyRepository::load(office->db(), after[0].deputyId);
    CHECK(d.name == QStringLiteral("刘洋"));
    CHECK(d.kind == DeputyKind::Deliberation);
    CHECK(d.sector == QStringLiteral("个体工商户"));
    CHECK(SelectionRepository::round(office->db(), round).confirmed);
    CHECK_THROWS_AS(SelectionRepository::confirm(*office, round, QDate(2026, 3, 13)), Error);
}

TEST_CASE("A confirmed nominee already on the roster is linked to that deputy, not added again")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("s.ddoffice")));
    Deputy existing;
    existing.name = QStringLiteral("刘洋");
    existing.birthDate = QDate(1980, 1, 2);
    existing.kind = DeputyKind::Deliberation;
    const qint64 liuYang = DeputyRepository::add(*office, existing);

    const qint64 round = SelectionRepository::saveRound(
        *office, {0, QStringLiteral("2026年议事代表推选"), 3, {}, {}, false, {}});
    Nomination again = byParty(round, QStringLiteral("刘洋"), QStringLiteral("个体工商户"));
    again.birthDate = QDate(1980, 1, 2); // name and birth date: the deputy above
    Nomination other = byParty(round, QStringLiteral("刘洋"), QStringLiteral("社区工作者"));
    other.birthDate = QDate(1991, 7, 8); // same name, born another day: someone else
    for (const Nomination& n : {again, other}) {
        const qint64 id = SelectionRepository::nominate(*office, n);
        SelectionRepository::review(*office, id, true, {});
        SelectionRepository::review(*office, id, true, {});
    }
    SelectionRepository::startNotice(*office, round, QDate(2026, 3, 6));

    const qint64 deputiesBefore = DeputyRepository::count(office->db());
    CHECK(SelectionRepository::confirm(*office, round, QDate(2026, 3, 12)) == 2);
    CHECK(DeputyRepository::count(office->db()) == deputiesBefore + 1);
    const QList<Nomination> after = SelectionRepository::nominations(office->db(), round);
    REQUIRE(after.size() == 2);
    CHECK(after[0].deputyId == liuYang);
    CHECK(after[1].deputyId != liuYang);
    CHECK(DeputyRepository::load(office->db(), after[1].deputyId).birthDate == QDate(1991, 7, 8));
}
