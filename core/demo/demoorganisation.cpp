#include "demoorganisation.h"

#include "org/deputygroup.h"
#include "org/orgspecs.h"
#include "org/selection.h"
#include "storage/officefile.h"
#include "storage/sql.h"

namespace dd {

namespace {
const QStringList kCommunities = {
    QStringLiteral("观海"),   QStringLiteral("大学路"), QStringLiteral("江苏路"),
    QStringLiteral("黄县路"), QStringLiteral("鱼山"),   QStringLiteral("龙口路"),
    QStringLiteral("青岛路"), QStringLiteral("馆陶路"), QStringLiteral("德县路"),
    QStringLiteral("上海路"), QStringLiteral("平原路"), QStringLiteral("沂水路")};
const QStringList kNumbers = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                              QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                              QStringLiteral("七"), QStringLiteral("八")};

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// A plausible street address in community i.
QString street(int i)
{
    const QString name = kCommunities.at(i);
    return name + (name.endsWith(QChar(u'路')) ? QString() : s(u"路")) + s(u"%1号").arg(8 + i * 7);
}

qint64 save(const QSqlDatabase& db, const UserRef& by, const RecordSpec& spec,
            const QVariantMap& record)
{
    return RecordStore::save(db, by, spec, record);
}
} // namespace

void addDemoOrganisation(const QSqlDatabase& db, const UserRef& by)
{
    const QList<qint64> deputies = sql::ids(
        db, QStringLiteral("SELECT id FROM deputies WHERE status = 'serving' ORDER BY id"));
    QHash<QString, qint64> districts;
    QSqlQuery d = sql::run(db, QStringLiteral("SELECT id, name FROM electoral_districts"));
    while (d.next())
        districts.insert(d.value(1).toString(), d.value(0).toLongLong());

    // 12 communities, 38 grids (3 each, 4 in the two largest).
    QList<qint64> communities;
    QList<QList<qint64>> gridsOf;
    int leader = 0;
    for (int i = 0; i < kCommunities.size(); ++i) {
        const QString district = QStringLiteral("第%1选区").arg(kNumbers.at(i * 8 / 12));
        const qint64 c = save(
            db, by, communitySpec(),
            {{QStringLiteral("name"), QString(kCommunities.at(i) + s(u"社区"))},
             {QStringLiteral("kind"), QStringLiteral("community")},
             {QStringLiteral("address"), street(i)},
             {QStringLiteral("community_districts"), QVariantList{districts.value(district)}}});
        communities << c;
        QList<qint64> grids;
        for (int g = 0; g < (i < 2 ? 4 : 3); ++g) {
            QVariantMap grid{{QStringLiteral("community_id"), c},
                             {QStringLiteral("name"), s(u"第%1网格").arg(kNumbers.at(g))}};
            if ((i + g) % 3 != 2) // most grids have a deputy as grid leader
                grid.insert(QStringLiteral("leader_deputy_id"), deputies.at(leader++ % 45));
            grids << save(db, by, gridSpec(), grid);
        }
        gridsOf << grids;
    }

    // 1 + 4 + N: the home, four stations, a liaison point in every community, and the
    // deliberation hall and a tea pavilion.
    const auto venue = [&](const QString& name, const QString& kind, qint64 parent, int community,
                           int day, const QVariantList& responsible) {
        return save(db, by, venueSpec(),
                    {{QStringLiteral("name"), name},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("parent_id"), parent},
                     {QStringLiteral("community_id"), communities.at(community)},
                     {QStringLiteral("address"), street(community)},
                     {QStringLiteral("schedule_rule"),
                      day ? QStringLiteral("monthly") : QStringLiteral("none")},
                     {QStringLiteral("schedule_day"), day},
                     {QStringLiteral("schedule_note"), day ? s(u"9:00-11:30") : QString()},
                     {QStringLiteral("venue_deputies"), responsible}});
    };
    const qint64 home = venue(s(u"市西街道人大代表之家"), QStringLiteral("home"), 0, 6, 10,
                              {deputies.at(0), deputies.at(1)});
    QList<qint64> stations;
    for (int i = 0; i < 4; ++i)
        stations << venue(kCommunities.at(i * 3) + s(u"代表联络站"), QStringLiteral("station"),
                          home, i * 3, 10 + i * 5,
                          {deputies.at(2 + i * 2), deputies.at(3 + i * 2)});
    for (int i = 0; i < kCommunities.size(); ++i)
        venue(kCommunities.at(i) + s(u"代表联络点"), QStringLiteral("point"), stations.at(i / 3), i,
              0, {deputies.at(10 + i)});
    venue(s(u"市西议事厅"), QStringLiteral("hall"), home, 1, 0, {});
    const qint64 pavilion = venue(s(u"观海民情茶话亭"), QStringLiteral("pavilion"), stations.at(0),
                                  0, 0, {deputies.at(30)});

    // The work committee, observers and handling units.
    QList<qint64> members;
    const QList<QPair<QString, QString>> committee = {{s(u"张伟"), s(u"主任")},
                                                      {s(u"刘海燕"), s(u"副主任")},
                                                      {s(u"陈志强"), s(u"委员")},
                                                      {s(u"李娜"), s(u"工作人员")}};
    for (int i = 0; i < committee.size(); ++i)
        members << save(db, by, committeeMemberSpec(),
                        {{QStringLiteral("name"), committee.at(i).first},
                         {QStringLiteral("post"), committee.at(i).second},
                         {QStringLiteral("phone"), QStringLiteral("0532-8288%1").arg(6601 + i)}});
    const QStringList observers = {s(u"孙玉梅"), s(u"郭建国"), s(u"马晓东"), s(u"罗秀兰"),
                                   s(u"梁春生"), s(u"宋桂英"), s(u"谢明"),   s(u"韩丽")};
    for (int i = 0; i < observers.size(); ++i)
        save(db, by, observerSpec(),
             {{QStringLiteral("name"), observers.at(i)},
              {QStringLiteral("phone"), QStringLiteral("1396420%1").arg(1100 + i * 37)},
              {QStringLiteral("community_id"), communities.at(i)},
              {QStringLiteral("grid_id"), gridsOf.at(i).at(0)},
              {QStringLiteral("occupation"), i % 2 ? s(u"退休职工") : s(u"楼院长")}});
    const QList<QPair<QString, QString>> units = {
        {s(u"市西街道城市管理办公室"), QStringLiteral("street_department")},
        {s(u"市西街道社区建设办公室"), QStringLiteral("street_department")},
        {s(u"市西街道平安建设办公室"), QStringLiteral("street_department")},
        {s(u"市西街道综合行政执法中队"), QStringLiteral("street_department")},
        {s(u"市北区住房和城乡建设局"), QStringLiteral("district_department")},
        {s(u"市北区交通运输局"), QStringLiteral("district_department")},
        {s(u"市北区教育和体育局"), QStringLiteral("district_department")},
        {s(u"观海社区居委会"), QStringLiteral("community_committee")},
        {s(u"大学路社区居委会"), QStringLiteral("community_committee")},
        {s(u"海信物业观海项目部"), QStringLiteral("property_company")},
        {s(u"万科物业江苏路项目部"), QStringLiteral("property_company")}};
    for (int i = 0; i < units.size(); ++i)
        save(db, by, handlingUnitSpec(),
             {{QStringLiteral("name"), units.at(i).first},
              {QStringLiteral("kind"), units.at(i).second},
              {QStringLiteral("contact_person"),
               QString(observers.at(i % observers.size()).left(1) + s(u"科长"))},
              {QStringLiteral("phone"), QStringLiteral("0532-8287%1").arg(1200 + i)}});

    // Five groups with their brands, leader, vice leader and members.
    const QList<std::tuple<QString, QString, QString, QString>> groups = {
        {s(u"第一代表小组"), QStringLiteral("group"), s(u"政策咨询"), s(u"观海有约·代表行")},
        {s(u"第二代表小组"), QStringLiteral("group"), s(u"法律服务"), s(u"法润市西")},
        {s(u"第三代表小组"), QStringLiteral("group"), s(u"医疗教育"), s(u"健康守门人")},
        {s(u"生活保障专业小组"), QStringLiteral("specialist"), s(u"生活保障"), s(u"暖心驿站")},
        {s(u"议事代表小组"), QStringLiteral("deliberation"), s(u"小区协商"), s(u"板凳议事会")}};
    for (int g = 0; g < groups.size(); ++g) {
        const auto& [name, kind, specialty, brand] = groups.at(g);
        QVariantList linkedCommunities;
        QVariantList linkedGrids;
        for (int c = g * 12 / 5; c < (g + 1) * 12 / 5 + 1 && c < 12; ++c) {
            linkedCommunities << communities.at(c);
            linkedGrids << gridsOf.at(c).at(0);
        }
        const qint64 id =
            save(db, by, groupSpec(),
                 {{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("specialty"), specialty},
                  {QStringLiteral("brand"), brand},
                  {QStringLiteral("brand_description"),
                   s(u"定期走进社区，围绕%1听取群众意见，推动问题解决。").arg(specialty)},
                  {QStringLiteral("committee_member_id"), members.at(g % members.size())},
                  {QStringLiteral("home_venue_id"), g < 4 ? stations.at(g) : pavilion},
                  {QStringLiteral("group_communities"), linkedCommunities},
                  {QStringLiteral("group_grids"), linkedGrids}});
        QList<GroupMember> people;
        // Groups 1-4 from the congress deputies, the fifth from the deliberation ones.
        const int first = g < 4 ? g * 11 : 44;
        const int size = g < 4 ? 11 : 24;
        for (int i = 0; i < size && first + i < deputies.size(); ++i)
            people << GroupMember{deputies.at(first + i),
                                  i == 0   ? GroupRole::Leader
                                  : i == 1 ? GroupRole::ViceLeader
                                           : GroupRole::Member,
                                  {}};
        GroupRepository::setMembers(db, by, id, people);
    }
}

void addDemoSelection(OfficeFile& office)
{
    const qint64 round = SelectionRepository::saveRound(
        office, {0,
                 s(u"%1年议事代表增补推选").arg(QDate::currentDate().year()),
                 6,
                 {},
                 {},
                 false,
                 s(u"按“两下两上”程序增补议事代表。")});
    SelectionRepository::setQuotas(office, round,
                                   {{QuotaDimension::Sector, s(u"个体工商户"), 1, 0},
                                    {QuotaDimension::Sector, s(u"社区工作者"), 2, 0},
                                    {QuotaDimension::Party, s(u"中共党员"), 3, 0},
                                    {QuotaDimension::Community, s(u"观海社区"), 1, 0}});
    const qint64 community = sql::scalar(office.db(),
                                         QStringLiteral("SELECT id FROM communities "
                                                        "WHERE name = ?"),
                                         {s(u"观海社区")})
                                 .toLongLong();
    struct Candidate
    {
        const char16_t* name;
        Gender gender;
        const char16_t* party;
        const char16_t* sector;
        const char16_t* unit;
        int stage; // reviews passed: 0, 1, 2; -1 = not passed
    };
    const QList<Candidate> candidates = {
        {u"于海洋", Gender::Male, u"中共党员", u"个体工商户", u"海洋水产店 店主", 2},
        {u"董秀英", Gender::Female, u"中共党员", u"社区工作者", u"观海社区 网格员", 2},
        {u"唐春生", Gender::Male, u"群众", u"专业技术人员", u"市西供电所 工程师", 1},
        {u"冯丽", Gender::Female, u"中共党员", u"社区工作者", u"大学路社区 社工", 0},
        {u"曾晓东", Gender::Male, u"无党派人士", u"企业负责人", u"晓东商贸 经理", -1}};
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates.at(i);
        Nomination n;
        n.roundId = round;
        n.name = QString::fromUtf16(c.name);
        n.gender = c.gender;
        n.birthDate = QDate(1970 + i * 4, 3 + i, 8 + i);
        n.party = QString::fromUtf16(c.party);
        n.sector = QString::fromUtf16(c.sector);
        n.workUnit = QString::fromUtf16(c.unit);
        n.communityId = i < 2 ? community : 0;
        n.phone = QStringLiteral("1375320%1").arg(4100 + i * 13);
        if (i == 1) {
            n.byResidents = true;
            const QStringList signers = {s(u"赵桂兰"), s(u"钱志刚"), s(u"孙红梅"), s(u"李建华"),
                                         s(u"周玉兰"), s(u"吴国庆"), s(u"郑淑珍"), s(u"王德胜"),
                                         s(u"冯春燕"), s(u"陈宝山"), s(u"褚立新")};
            for (int k = 0; k < signers.size(); ++k)
                n.residents << Nominator{signers.at(k), s(u"观海小区%1号楼").arg(k + 1)};
        } else {
            n.nominatingOrg = s(u"观海社区党委");
        }
        const qint64 id = SelectionRepository::nominate(office, n);
        if (c.stage < 0) {
            SelectionRepository::review(office, id, false, s(u"初审：户籍不在本街道"));
            continue;
        }
        for (int step = 0; step < c.stage; ++step)
            SelectionRepository::review(office, id, true, {});
    }
}

} // namespace dd
