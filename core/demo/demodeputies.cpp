#include "demodeputies.h"

#include "org/deputyrepository.h"

#include <QRandomGenerator>

namespace dd {

namespace {
const QStringList kSurnames = {
    QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
    QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
    QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
    QStringLiteral("胡"), QStringLiteral("朱"), QStringLiteral("高"), QStringLiteral("林"),
    QStringLiteral("何"), QStringLiteral("郭"), QStringLiteral("马"), QStringLiteral("罗"),
    QStringLiteral("梁"), QStringLiteral("宋"), QStringLiteral("郑"), QStringLiteral("谢"),
    QStringLiteral("韩"), QStringLiteral("唐"), QStringLiteral("冯"), QStringLiteral("于"),
    QStringLiteral("董"), QStringLiteral("曾"), QStringLiteral("单"), QStringLiteral("欧阳")};
// Given names read as a man's or a woman's, so that the demo's genders look right.
const QStringList kGivenMale = {
    QStringLiteral("建国"), QStringLiteral("伟"),   QStringLiteral("强"),  QStringLiteral("磊"),
    QStringLiteral("军"),   QStringLiteral("洋"),   QStringLiteral("勇"),  QStringLiteral("杰"),
    QStringLiteral("涛"),   QStringLiteral("明"),   QStringLiteral("超"),  QStringLiteral("刚"),
    QStringLiteral("志强"), QStringLiteral("春生"), QStringLiteral("晓东")};
const QStringList kGivenFemale = {
    QStringLiteral("秀英"), QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("敏"),
    QStringLiteral("静"),   QStringLiteral("丽"),   QStringLiteral("艳"),   QStringLiteral("娟"),
    QStringLiteral("秀兰"), QStringLiteral("霞"),   QStringLiteral("桂英"), QStringLiteral("海燕"),
    QStringLiteral("玉梅"), QStringLiteral("红梅"), QStringLiteral("平")};
const QStringList kUnits = {
    QStringLiteral("市西街道办事处 副主任"),   QStringLiteral("青岛市第三人民医院 主治医师"),
    QStringLiteral("观海社区居委会 书记"),     QStringLiteral("胶州路小学 校长"),
    QStringLiteral("海信物业公司 项目经理"),   QStringLiteral("山东正平律师事务所 律师"),
    QStringLiteral("市西供电所 所长"),         QStringLiteral("老城区菜市场 个体经营户"),
    QStringLiteral("四方机车车辆厂 高级技师"), QStringLiteral("市西街道卫生服务中心 护士长"),
    QStringLiteral("华联超市 店长"),           QStringLiteral("青岛银行市西支行 行长"),
    QStringLiteral("大学路社区居委会 主任"),   QStringLiteral("退休教师"),
    QStringLiteral("市西派出所 社区民警")};
const QStringList kParties = {QStringLiteral("中共党员"),  QStringLiteral("中共党员"),
                              QStringLiteral("中共党员"),  QStringLiteral("群众"),
                              QStringLiteral("民盟盟员"),  QStringLiteral("九三学社社员"),
                              QStringLiteral("无党派人士")};
const QStringList kEducation = {QStringLiteral("大学本科"), QStringLiteral("大学本科"),
                                QStringLiteral("研究生"), QStringLiteral("大学专科"),
                                QStringLiteral("高中")};
const QStringList kSectors = {QStringLiteral("社区工作者"), QStringLiteral("专业技术人员"),
                              QStringLiteral("党政干部"),   QStringLiteral("企业负责人"),
                              QStringLiteral("工人"),       QStringLiteral("个体工商户")};
const QStringList kExpertise = {QStringLiteral("法律服务"), QStringLiteral("医疗卫生"),
                                QStringLiteral("教育"),     QStringLiteral("城市管理"),
                                QStringLiteral("民生保障"), QStringLiteral("经济发展")};
} // namespace

void addDemoDeputies(const QSqlDatabase& db, const UserRef& by)
{
    QRandomGenerator random(20261123); // fixed: the demo office is the same everywhere
    const auto pick = [&random](const QStringList& list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    QStringList used;
    for (int i = 0; i < 75; ++i) {
        Deputy d;
        const bool male = random.bounded(2) == 0;
        do {
            d.name = pick(kSurnames) + pick(male ? kGivenMale : kGivenFemale);
        } while (used.contains(d.name));
        used << d.name;
        d.kind = i < 45   ? DeputyKind::Congress
                 : i < 70 ? DeputyKind::Deliberation
                          : DeputyKind::Consultation;
        if (d.kind == DeputyKind::Congress) {
            d.levels << (i % 3 == 0 ? CongressLevel::District : CongressLevel::Township);
            if (i % 9 == 0)
                d.levels.prepend(CongressLevel::City);
            d.term = QStringLiteral("第十八届");
        }
        const QDate birth = QDate(1958, 1, 1).addDays(random.bounded(365 * 40));
        QString first17 = QStringLiteral("370202") + birth.toString(QStringLiteral("yyyyMMdd")) +
                          QStringLiteral("%1").arg(random.bounded(100), 2, 10, QLatin1Char('0')) +
                          QString::number(male ? 1 + 2 * random.bounded(5) : 2 * random.bounded(5));
        d.idNumber = first17 + validate::residentIdCheckCharacter(first17);
        d.ethnicity = i % 17 == 0   ? QStringLiteral("回族")
                      : i % 23 == 0 ? QStringLiteral("满族")
                                    : QStringLiteral("汉族");
        d.party = pick(kParties);
        d.education = pick(kEducation);
        d.workUnit = pick(kUnits);
        d.sector = pick(kSectors);
        d.electoralDistrict =
            QStringLiteral("第%1选区")
                .arg(QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                 QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                 QStringLiteral("七"), QStringLiteral("八")}
                         .at(i % 8));
        d.phone = QStringLiteral("13%1%2")
                      .arg(5 + random.bounded(5))
                      .arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
        d.expertise = pick(kExpertise) + QStringLiteral("、") + pick(kExpertise);
        if (i == 12 || i == 50) {
            d.status = DeputyStatus::Retired;
            d.statusDate = QDate(2025, 12, 31);
        }
        DeputyRepository::insert(db, by, d);
    }
}

} // namespace dd
