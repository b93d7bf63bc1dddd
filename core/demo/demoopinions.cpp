#include "demoopinions.h"

#include "activity/activityrepository.h"
#include "demooffice.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/workcalendar.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

namespace dd {

namespace {
QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

// What residents raise, by category (the names of 001's opinion_categories).
const QList<std::pair<QString, QStringList>>& titlePool()
{
    static const QList<std::pair<QString, QStringList>> pool = {
        {s(u"民生"),
         {s(u"老年食堂就餐价格偏高"), s(u"社区养老服务站开放时间短"), s(u"小区二次供水水质发黄"),
          s(u"冬季供暖温度不达标"), s(u"菜市场缺少便民摊位")}},
        {s(u"城建"),
         {s(u"老旧小区加装电梯推进慢"), s(u"背街小巷路灯不亮"), s(u"楼顶防水层破损漏雨"),
          s(u"小区道路坑洼积水"), s(u"雨污管网堵塞返臭")}},
        {s(u"交通"),
         {s(u"学校门口上下学拥堵"), s(u"公交站点距离小区太远"), s(u"路口红绿灯时间过短"),
          s(u"小区周边停车位不足")}},
        {s(u"教育"), {s(u"幼儿园学位紧张"), s(u"学校周边小饭桌无证经营")}},
        {s(u"医疗"), {s(u"社区卫生服务站药品不全"), s(u"家庭医生签约服务上门难")}},
        {s(u"法律"), {s(u"物业费纠纷需要法律咨询"), s(u"租房合同纠纷调解")}},
        {s(u"经济"), {s(u"沿街商铺空置率高"), s(u"灵活就业人员社保补贴咨询")}},
        {s(u"环境"),
         {s(u"垃圾分类投放点异味"), s(u"沿街商铺油烟扰民"), s(u"广场舞噪音扰民"),
          s(u"口袋公园绿化缺乏养护")}},
        {s(u"安全"),
         {s(u"电动自行车楼道充电隐患"), s(u"楼道堆物影响消防通道"), s(u"小区监控探头损坏")}},
        {s(u"其他"), {s(u"社区活动室开放时间调整")}}};
    return pool;
}

const QStringList& residents()
{
    static const QStringList names = {
        s(u"刘秀兰"), s(u"陈建国"), s(u"赵桂英"), s(u"孙立平"), s(u"周海燕"), s(u"吴德明"),
        s(u"郑淑珍"), s(u"冯志强"), s(u"褚玉梅"), s(u"卫国庆"), s(u"蒋春华"), s(u"沈红霞"),
        s(u"韩建军"), s(u"杨文静"), s(u"朱永胜"), s(u"秦丽娟"), s(u"尤宝山"), s(u"许凤英")};
    return names;
}

struct Context
{
    QSqlDatabase db;
    UserRef by;
    WorkCalendar calendar;
    QRandomGenerator rng;
    QDate today;

    int roll() { return int(rng.bounded(100)); }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list[rng.bounded(int(list.size()))];
    }
    QDate later(const QDate& from, int workingDays)
    {
        return qMin(calendar.addWorkingDays(from, workingDays), today);
    }
    void step(qint64 id, OpinionTransition t)
    {
        OpinionRepository::transition(db, by, id, t, calendar, today);
    }
};

OpinionTransition to(OpinionState state, const QDate& on, const QString& note = {})
{
    OpinionTransition t;
    t.to = state;
    t.on = on;
    t.note = note;
    return t;
}
} // namespace

void addDemoOpinions(OfficeFile& office, const QDate& today)
{
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    Context c{db, office.currentUser(), WorkCalendar::load(db), QRandomGenerator(20261123), today};

    QList<std::pair<qint64, qint64>> grids; // grid, community
    QSqlQuery g = sql::run(db, QStringLiteral("SELECT id, community_id FROM grids ORDER BY id"));
    while (g.next())
        grids << std::make_pair(g.value(0).toLongLong(), g.value(1).toLongLong());
    QList<qint64> deputies;
    QSqlQuery d = sql::run(db, QStringLiteral("SELECT id FROM deputies WHERE status = 'serving' "
                                              "AND kind <> 'deliberation' ORDER BY id"));
    while (d.next())
        deputies << d.value(0).toLongLong();
    QHash<QString, QList<qint64>> unitsByKind;
    QSqlQuery u = sql::run(db, QStringLiteral("SELECT id, kind FROM handling_units ORDER BY id"));
    while (u.next())
        unitsByKind[u.value(1).toString()] << u.value(0).toLongLong();
    QList<std::pair<qint64, QDate>> meetings; // deliberation meetings, for topics
    QSqlQuery m = sql::run(db, QStringLiteral("SELECT a.id, substr(a.starts_at, 1, 10) FROM "
                                              "activities a JOIN activity_kinds k ON k.id = "
                                              "a.kind_id WHERE k.name IN ('板凳议事会', "
                                              "'小区协商会') ORDER BY a.starts_at"));
    while (m.next())
        meetings << std::make_pair(m.value(0).toLongLong(),
                                   QDate::fromString(m.value(1).toString(), Qt::ISODate));
    if (grids.isEmpty() || deputies.isEmpty() || unitsByKind.isEmpty())
        return;

    const QString congress =
        s(u"市北区第十八届人民代表大会第%1次会议")
            .arg(QStringList{s(u"一"), s(u"二"), s(u"三"), s(u"四"), s(u"五"), s(u"六")}.value(
                qBound(0, today.year() - 2024, 5)));
    int suggestionNumber = 0;
    QHash<QString, qint64> suggestionsByTitle; // by the opinion's title
    QList<qint64> overdueIds;
    const QDate first = demoFirstDay(today);
    const int span = int(first.daysTo(today));
    const int count = qMax(12, span * 190 / 365);
    for (int i = 0; i < count; ++i) {
        // The newest four stop where few opinions stay for long, so that the demo has them
        // whatever the day it is made: 登记, 不予受理, 受理 and 交办 (not yet started).
        const int newest = count - 1 - i;
        Opinion o;
        o.registeredOn = first.addDays(qint64(i) * span / count + c.rng.bounded(3));
        if (o.registeredOn > today)
            o.registeredOn = today;
        const auto& [categoryName, titles] = c.pick(titlePool());
        o.categoryId = *OpinionRepository::findCategory(db, categoryName);
        o.title = c.pick(titles);
        const auto [grid, community] = c.pick(grids);
        o.gridId = grid;
        o.communityId = community;
        o.deputyId = c.pick(deputies);
        o.channel = c.pick(allChannels());
        o.anonymous = c.roll() < 8;
        if (!o.anonymous) {
            o.submitterName = c.pick(residents());
            o.submitterPhone = QStringLiteral("13%1").arg(500000000 + c.rng.bounded(499999999));
        }
        o.content = s(u"居民反映：%1，希望尽快协调解决。").arg(o.title);
        const int r = c.roll();
        o.responsibility = r < 40   ? Responsibility::Community
                           : r < 75 ? Responsibility::Street
                                    : Responsibility::Government;
        const int p = newest <= 3 ? 0 : c.roll(); // the newest go step by step
        o.priority = p < 92   ? Priority::Normal
                     : p < 97 ? Priority::GreenChannel
                              : Priority::Immediate;
        const qint64 id = OpinionRepository::save(db, c.by, o);
        o.id = id;

        const int age = int(o.registeredOn.daysTo(today));
        if (newest == 0 || (newest > 3 && age < 3 && c.roll() < 70))
            continue; // still 登记
        // spread evenly over the year; the newest rejected, or handled the usual way
        const int fate = newest == 1 ? 0 : newest <= 3 ? 99 : (i * 53) % 100;
        if (fate < 4) {
            c.step(id, to(OpinionState::Rejected, c.later(o.registeredOn, 1),
                          s(u"属于民事纠纷，已告知通过司法途径解决")));
            if (age > 40)
                c.step(id, to(OpinionState::Archived, c.later(o.registeredOn, 5)));
            continue;
        }
        QDate day = c.later(o.registeredOn, 1);
        const QList<qint64>& units =
            unitsByKind.value(proposedUnitKind(o.responsibility), unitsByKind.constBegin().value());
        if (o.priority != Priority::Normal) { // 绿色通道 / 即时转办: straight to the unit
            OpinionTransition t =
                to(OpinionState::Dispatched, o.registeredOn, s(u"涉及群众安全，即时转办"));
            t.handlingUnitId = c.pick(units);
            t.deadlineWorkingDays = 3;
            c.step(id, t);
            day = o.registeredOn;
        } else {
            c.step(id, to(OpinionState::Accepted, day));
            if (newest == 2 || (newest > 3 && age < 10 && c.roll() < 60))
                continue;                          // 受理, not yet dispatched
            if (fate < 9 && !meetings.isEmpty()) { // 转为议题
                for (const auto& [meeting, held] : std::as_const(meetings))
                    if (held >= day) {
                        OpinionTransition t = to(OpinionState::Topic, day);
                        t.activityId = meeting;
                        c.step(id, t);
                        break;
                    }
                continue;
            }
            if (fate < 13) { // 上升为代表建议
                // A matter raised again joins the suggestion already made of it.
                if (const qint64 made = suggestionsByTitle.value(o.title)) {
                    OpinionTransition t = to(OpinionState::Escalated, c.later(day, 5));
                    t.suggestionId = made;
                    c.step(id, t);
                    continue;
                }
                Suggestion sg;
                sg.title = s(u"关于解决%1问题的建议").arg(o.title);
                sg.number = QString::number(++suggestionNumber);
                sg.congress = congress;
                sg.submittedOn = c.later(day, 5);
                sg.deputyIds = {*o.deputyId};
                sg.handlingUnitId =
                    c.pick(unitsByKind.value(QStringLiteral("district_department")));
                sg.opinionIds = {id};
                if (sg.submittedOn.daysTo(today) > 60) {
                    sg.replyOn = sg.submittedOn.addDays(45);
                    sg.reply = s(u"已列入年度工作计划，分步实施。");
                    sg.satisfaction =
                        c.roll() < 80 ? Evaluation::Satisfied : Evaluation::BasicallySatisfied;
                }
                const qint64 sid = SuggestionRepository::save(db, c.by, sg);
                suggestionsByTitle.insert(o.title, sid);
                OpinionTransition t = to(OpinionState::Escalated, sg.submittedOn);
                t.suggestionId = sid;
                c.step(id, t);
                continue;
            }
            OpinionTransition t = to(OpinionState::Dispatched, day);
            t.handlingUnitId = c.pick(units);
            t.deadlineWorkingDays = o.responsibility == Responsibility::Government ? 20 : 10;
            c.step(id, t);
        }
        const Opinion dispatched = OpinionRepository::load(db, id);
        day = c.later(day, 1);
        const bool recent = age < 45;
        const bool started =
            newest != 3 && (!recent || c.roll() < (o.priority == Priority::Normal ? 92 : 50));
        if (started)
            c.step(id, to(OpinionState::InProgress, day));
        // Handled, replied to and rated; after a 不满意 the committee sends most back (退回重办:
        // handled, replied to and rated once more) and closes the others with an explanation,
        // their 不满意 staying in the year's figures.
        for (bool redo = false;; redo = true) {
            const int workDays =
                3 + c.rng.bounded(o.responsibility == Responsibility::Government ? 25 : 14);
            const QDate done = c.calendar.addWorkingDays(day, workDays);
            if (done >= today ||
                (!redo && ((recent && c.roll() < 12) || (age < 150 && c.roll() < 5) ||
                           (!started && o.priority == Priority::Normal)))) {
                // still with the unit, some past the deadline (a few for months)
                if (dispatched.deadline < today)
                    overdueIds << id;
                break;
            }
            OpinionTransition t = to(OpinionState::Completed, done);
            t.result = redo ? s(u"承办单位重新办理，再次现场核实后已整改到位。")
                            : s(u"经承办单位现场核实，已协调处理完毕。");
            t.reply = s(u"已电话答复反映人。");
            if (OpinionRepository::load(db, id).state == OpinionState::Dispatched)
                t.note = s(u"承办单位当日办结");
            c.step(id, t);
            const QDate replied = c.later(done, 2);
            if (replied >= today || c.roll() < 6)
                break; // the reply to the resident still to come
            c.step(id, to(OpinionState::Feedback, replied));
            const QDate rated = c.later(replied, 3);
            if (rated >= today || c.roll() < 10)
                break;
            const int e = c.roll();
            OpinionTransition ev = to(OpinionState::Evaluated, rated);
            ev.evaluation = e < (redo ? 40 : 75)   ? Evaluation::Satisfied
                            : e < (redo ? 90 : 91) ? Evaluation::BasicallySatisfied
                                                   : Evaluation::Dissatisfied;
            c.step(id, ev);
            const QDate archived = c.calendar.addWorkingDays(rated, 10);
            if (ev.evaluation == Evaluation::Dissatisfied) {
                if (rated.daysTo(today) < 20)
                    break; // the committee has still to decide
                if (redo || c.roll() < 35) {
                    if (archived < today)
                        c.step(id, to(OpinionState::Archived, archived,
                                      s(u"经工委研究，已依法依规办理，向居民解释说明")));
                    break;
                }
                OpinionTransition back =
                    to(OpinionState::InProgress, rated, s(u"居民对处理结果不满意，退回重办"));
                back.deadlineWorkingDays = 10;
                c.step(id, back);
                day = rated;
                continue;
            }
            if (archived < today)
                c.step(id, to(OpinionState::Archived, archived));
            break;
        }
    }

    // Repeated raisings and supervision of what is overdue.
    for (int i = 0; i < overdueIds.size(); ++i) {
        const Opinion o = OpinionRepository::load(db, overdueIds[i]);
        sql::run(db,
                 QStringLiteral("INSERT INTO opinion_supervisions (opinion_id, on_date, by_whom, "
                                "method, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {o.id, qMin(o.deadline.addDays(2), today).toString(Qt::ISODate), s(u"工委办公室"),
                  i % 2 ? QStringLiteral("phone") : QStringLiteral("visit"),
                  s(u"已超期，督促承办单位加快办理并说明原因"), sql::timestamp()});
    }
    QSqlQuery again = sql::run(db, QStringLiteral("SELECT id, registered_on, channel FROM opinions "
                                                  "WHERE state <> 'archived' ORDER BY id"));
    int n = 0;
    while (again.next())
        if (++n % 11 == 0) {
            const QDate raised =
                qMin(QDate::fromString(again.value(1).toString(), Qt::ISODate).addDays(3), today);
            sql::run(db,
                     QStringLiteral("INSERT INTO opinion_raisings (opinion_id, raised_on, channel, "
                                    "submitter_name, submitter_phone, note, created_at) VALUES "
                                    "(?, ?, ?, ?, '', ?, ?)"),
                     {again.value(0).toLongLong(), raised.toString(Qt::ISODate),
                      again.value(2).toString(), c.pick(residents()), s(u"同一问题再次反映"),
                      sql::timestamp()});
        }
    tx.commit();

    // This odd month's 单月公告 topic (or last month's), its session planned in an even month.
    SupervisionTopic topic;
    topic.title = s(u"老旧小区加装电梯和背街小巷路灯问题办理情况");
    topic.announcedOn =
        QDate(today.year(), today.month() % 2 ? today.month() : today.month() - 1, 5);
    if (topic.announcedOn > today)
        topic.announcedOn = today;
    QSqlQuery t =
        sql::run(db, QStringLiteral("SELECT id FROM opinions WHERE instr(title, '电梯') > "
                                    "0 OR instr(title, '路灯') > 0 ORDER BY id LIMIT 6"));
    while (t.next())
        topic.opinionIds << t.value(0).toLongLong();
    SupervisionTopicRepository::announce(office, topic);
}

} // namespace dd
