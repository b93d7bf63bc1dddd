#include "demoactivities.h"

#include "activity/activityplan.h"
#include "demooffice.h"
#include "org/deputygroup.h"
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

// What residents raise in the seeds' streets: the topics meetings discuss.
const QStringList& topicPool()
{
    static const QStringList topics = {
        s(u"老旧小区加装电梯"),       s(u"背街小巷路灯维修"),     s(u"菜市场周边占道经营整治"),
        s(u"小区停车难问题"),         s(u"垃圾分类投放点设置"),   s(u"社区养老服务站建设"),
        s(u"学校周边上下学交通安全"), s(u"雨污管网分流改造"),     s(u"口袋公园建设"),
        s(u"楼道堆物清理"),           s(u"电动自行车充电桩安装"), s(u"沿街商铺油烟扰民"),
        s(u"老年食堂运营"),           s(u"小区二次供水水质"),     s(u"无障碍设施改造"),
        s(u"公交站点设置调整")};
    return topics;
}

const QStringList& leaveReasons()
{
    static const QStringList reasons = {s(u"出差"), s(u"身体原因"), s(u"单位工作冲突"),
                                        s(u"家中有事"), s(u"外出学习")};
    return reasons;
}

// What a clerk writes under 完成情况 while an action item is under way.
const QStringList& progressNotes()
{
    static const QStringList notes = {
        s(u"已召开协调会，明确责任单位，正在推进。"), s(u"已现场查看，施工方案正在编制。"),
        s(u"已完成一半，剩余部分本月底前完成。"), s(u"资金已落实，等待施工队进场。"),
        s(u"已向居民公示方案，正在收集意见。")};
    return notes;
}

struct Context
{
    QSqlDatabase db;
    QRandomGenerator rng;
    QDate today;
    QList<qint64> serving;            // every serving deputy
    QList<qint64> deliberation;       // 议事代表
    QList<qint64> groups;             // group ids
    QHash<qint64, qint64> groupVenue; // group -> home venue
    QHash<qint64, QString> groupName;
    QStringList units; // handling units
    QList<qint64> communities;
    QHash<QString, qint64> venueByName;

    qint64 pick(const QList<qint64>& list) { return list[rng.bounded(int(list.size()))]; }
    QString pick(const QStringList& list) { return list[rng.bounded(int(list.size()))]; }
};

void addAttendees(Context& c, Activity& a, const QList<qint64>& people)
{
    for (qint64 id : people) {
        const int roll = c.rng.bounded(100);
        Attendee at{id, {}, Attendance::Present, {}};
        if (roll >= 95)
            at.status = Attendance::Absent;
        else if (roll >= 84) {
            at.status = Attendance::Leave;
            at.reason = c.pick(leaveReasons());
        }
        a.attendees << at;
    }
}

QList<qint64> sample(Context& c, QList<qint64> from, int n)
{
    QList<qint64> out;
    while (!from.isEmpty() && out.size() < n)
        out << from.takeAt(c.rng.bounded(int(from.size())));
    return out;
}

// Topics, decisions and action items for a meeting, then its minutes under the kind's
// headings: what happened, the topics, what was said, what was decided and who carries it out.
void fillContent(Context& c, Activity& a, const ActivityKind& kind, int topicCount, bool actions)
{
    QStringList topics;
    QStringList pool = topicPool();
    for (int i = 0; i < topicCount && !pool.isEmpty(); ++i)
        topics << pool.takeAt(c.rng.bounded(int(pool.size())));
    for (const QString& t : std::as_const(topics))
        a.topics << Topic{0, t, std::nullopt};

    QStringList decided, arranged;
    // The items of the last 75 days' meetings are still open, the first of each due in 30
    // days (so that some are overdue whatever the day); older ones are done.
    const qint64 age = a.date.daysTo(c.today);
    const QStringList carried = actions ? topics : QStringList();
    for (const QString& t : carried) {
        decided << s(u"%1：交由有关单位限期办理，代表跟踪督办。").arg(t);
        ActionItem item;
        item.what = s(u"落实“%1”议定事项").arg(t);
        item.responsible = c.pick(c.units);
        item.deadline = a.date.addDays(a.actions.isEmpty() ? 30 : 30 + 15 * c.rng.bounded(3));
        if (age > 75) {
            item.status = ActionStatus::Done;
            item.completedOn = qMin(item.deadline.addDays(-c.rng.bounded(10)), c.today);
            item.completionNote = s(u"已办结，并向代表和居民反馈。");
        } else if (c.rng.bounded(2)) {
            item.status = ActionStatus::InProgress;
            item.completionNote = c.pick(progressNotes());
        }
        arranged << s(u"%1：由%2负责，%3前完成。")
                        .arg(t, item.responsible,
                             item.deadline.toString(QStringLiteral("yyyy年M月d日")));
        a.actions << item;
    }
    a.decisions = decided.join(QLatin1Char('\n'));

    const AttendanceCounts n = a.counts();
    QString html;
    for (int h = 0; h < kind.headings.size(); ++h) {
        const QString& heading = kind.headings[h];
        QStringList lines;
        if (h == 0)
            lines << s(u"%1，%2在%3召开%4。应到代表%5人，实到%6人，请假%7人；居民及有关单位代表%"
                       u"8人参加。")
                         .arg(a.date.toString(QStringLiteral("yyyy年M月d日")), a.organiser,
                              a.venueId ? c.venueByName.key(*a.venueId) : a.place, kind.name)
                         .arg(n.expected)
                         .arg(n.present)
                         .arg(n.leave)
                         .arg(a.otherParticipants());
        else if (h == 1 && !topics.isEmpty())
            lines << s(u"围绕“%1”等%2个议题，代表和居民逐一发言，提出意见建议。")
                         .arg(topics.first())
                         .arg(topics.size());
        else if (!arranged.isEmpty() && h == kind.headings.size() - 1)
            lines = arranged; // 落实安排, 整改要求 …: who does what by when
        else if (!decided.isEmpty() &&
                 (heading.contains(s(u"议定")) || heading.contains(s(u"结果")) ||
                  heading.contains(s(u"表决"))))
            lines = decided;
        else
            lines << s(u"与会人员充分讨论，对%1提出具体意见；有关单位当场作了说明。")
                         .arg(topics.isEmpty() ? s(u"有关事项") : topics.join(s(u"、")));
        html += QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
        for (const QString& line : std::as_const(lines))
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    a.minutes = html;
}

void markSteps(Context& c, Activity& a, const ActivityKind& kind)
{
    const qint64 age = a.date.daysTo(c.today);
    for (int i = 0; i < kind.steps.size(); ++i)
        if (age > 14 || i < kind.steps.size() - 2 - c.rng.bounded(2))
            a.stepsDone.insert(kind.steps[i].id);
}

void record(Context& c, const UserRef& by, Activity a, int topics, bool actions)
{
    const ActivityKind kind = ActivityRepository::kind(c.db, a.kindId);
    // A plan's draft comes with the kind's empty headings: written like any other meeting's.
    if (a.minutes.isEmpty() || a.minutes == ActivityRepository::minutesTemplate(kind))
        fillContent(c, a, kind, topics, actions);
    markSteps(c, a, kind);
    ActivityRepository::save(c.db, by, a, {}, c.today);
}

Activity make(Context& c, qint64 kind, const QString& title, const QDate& date, int hour,
              const QString& place)
{
    Activity a;
    a.kindId = kind;
    a.title = title;
    a.date = date;
    a.start = QTime(hour, hour == 14 ? 30 : 0);
    a.end = a.start.addSecs(2 * 3600);
    a.venueId = c.venueByName.contains(place) ? std::optional<qint64>(c.venueByName.value(place))
                                              : std::nullopt;
    if (!a.venueId)
        a.place = place;
    a.organiser = s(u"市西街道人大工委");
    a.host = s(u"刘建国");
    return a;
}
} // namespace

void addDemoActivities(OfficeFile& office, const QDate& today)
{
    const QSqlDatabase db = office.db();
    Context c{db, QRandomGenerator(20260110), today, {}, {}, {}, {}, {}, {}, {}, {}};
    c.serving = sql::ids(
        db, QStringLiteral("SELECT id FROM deputies WHERE status = 'serving' ORDER BY id"));
    c.deliberation =
        sql::ids(db, QStringLiteral("SELECT id FROM deputies WHERE status = 'serving' AND "
                                    "kind = 'deliberation' ORDER BY id"));
    QSqlQuery g = sql::run(db, QStringLiteral("SELECT id, name, home_venue_id FROM deputy_groups "
                                              "ORDER BY id"));
    while (g.next()) {
        c.groups << g.value(0).toLongLong();
        c.groupName.insert(g.value(0).toLongLong(), g.value(1).toString());
        c.groupVenue.insert(g.value(0).toLongLong(), g.value(2).toLongLong());
    }
    QSqlQuery u = sql::run(db, QStringLiteral("SELECT name FROM handling_units ORDER BY id"));
    while (u.next())
        c.units << u.value(0).toString();
    QSqlQuery v = sql::run(db, QStringLiteral("SELECT id, name FROM venues"));
    while (v.next())
        c.venueByName.insert(v.value(1).toString(), v.value(0).toLongLong());
    c.communities = sql::ids(db, QStringLiteral("SELECT id FROM communities ORDER BY id"));
    if (c.serving.isEmpty() || c.groups.isEmpty() || c.units.isEmpty())
        return;
    const auto kindId = [&db](const char16_t* name) {
        return *ActivityRepository::findKind(db, QString::fromUtf16(name));
    };
    const QString home = s(u"市西街道人大代表之家");
    const QString hall = s(u"市西议事厅");
    const QDate first = demoFirstDay(today);

    // The recurring plans of the year.
    const auto plan = [&](const char16_t* kind, const QString& title, PlanRule rule, int month,
                          int day, QTime time, std::optional<qint64> group,
                          std::optional<qint64> venue) {
        ActivityPlan p;
        p.kindId = kindId(kind);
        p.title = title;
        p.rule = rule;
        p.month = month;
        p.day = day;
        p.time = time;
        p.groupId = group;
        p.venueId = venue;
        p.firstDay = first;
        return PlanRepository::save(office, p);
    };
    QList<qint64> plans;
    plans << plan(u"代表接待选民日", s(u"代表接待选民日"), PlanRule::Monthly, 1, 10, QTime(9, 0),
                  std::nullopt, c.venueByName.value(home));
    plans << plan(u"小区协商会", s(u"小区协商会"), PlanRule::Quarterly, 2, 20, QTime(14, 30),
                  std::nullopt, c.venueByName.value(hall));
    plans << plan(u"议事代表大会", s(u"议事代表大会"), PlanRule::HalfYearly, 1, 15, QTime(9, 0),
                  std::nullopt, c.venueByName.value(hall));
    plans << plan(u"选民评单会", s(u"选民评单会"), PlanRule::HalfYearly, 6, 26, QTime(14, 30),
                  std::nullopt, c.venueByName.value(hall));
    for (qint64 group : std::as_const(c.groups))
        plans << plan(u"小组活动", c.groupName.value(group) + s(u"季度活动"), PlanRule::Quarterly,
                      3, 12 + int(group), QTime(15, 0), group, c.groupVenue.value(group));

    Transaction tx(db);
    const UserRef& by = office.currentUser();
    // Record the plans' past occurrences (one group's third-quarter activity was not held).
    for (qint64 planId : std::as_const(plans)) {
        const ActivityPlan p = PlanRepository::load(db, planId);
        for (const QDate& date : p.occurrences(first, today.addDays(-1))) {
            if (p.groupId && *p.groupId == c.groups.last() && date.month() == 9)
                continue; // left as "not held" for the calendar to show
            Activity a = PlanRepository::draft(db, planId, date);
            a.end = a.start.addSecs(2 * 3600);
            a.organiser = p.groupId ? c.groupName.value(*p.groupId) : s(u"市西街道人大工委");
            a.host = s(u"刘建国");
            const QString kind = ActivityRepository::kind(db, p.kindId).name;
            if (kind == s(u"代表接待选民日")) {
                addAttendees(c, a, sample(c, c.serving, 3));
                a.residents = 6 + c.rng.bounded(15);
                record(c, by, a, 2, true);
            } else if (kind == s(u"议事代表大会")) {
                QList<qint64> others = c.serving;
                others.removeIf([&c](qint64 id) { return c.deliberation.contains(id); });
                addAttendees(c, a, c.deliberation + sample(c, others, 10));
                a.participants << Participant{s(u"街道办事处"), 4}
                               << Participant{s(u"社区居委会"), 12};
                record(c, by, a, 3, true);
            } else if (kind == s(u"选民评单会")) {
                addAttendees(c, a, sample(c, c.serving, 12));
                a.residents = 40 + c.rng.bounded(30);
                record(c, by, a, 3, true);
            } else if (kind == s(u"小区协商会")) {
                addAttendees(c, a, sample(c, c.serving, 6));
                a.communityId = c.pick(c.communities);
                a.participants << Participant{c.units[c.units.size() - 1 - c.rng.bounded(2)], 2}
                               << Participant{s(u"社区居委会"), 2};
                a.residents = 15 + c.rng.bounded(20);
                record(c, by, a, 2, true);
            } else {
                QList<qint64> members; // the draft expects the group's members
                for (const Attendee& at : std::as_const(a.attendees))
                    members << at.deputyId;
                a.attendees.clear();
                addAttendees(c, a, members);
                a.residents = 8 + c.rng.bounded(12);
                record(c, by, a, 2, true);
            }
        }
    }

    // Activities without a plan, spread over the year.
    struct Adhoc
    {
        const char16_t* kind;
        const char16_t* title;
        int count;
        int people;
        bool actions;
    };
    const QList<Adhoc> adhoc = {{u"板凳议事会", u"板凳议事会", 10, 5, true},
                                {u"督办活动", u"重点民生事项督办", 5, 6, true},
                                {u"视察调研", u"民生实事项目视察", 3, 12, false},
                                {u"专题询问与评议", u"街道部门工作评议", 2, 15, true},
                                {u"述职", u"代表向选民述职", 2, 6, false},
                                {u"学习培训", u"代表学堂", 3, 30, false},
                                {u"走访选民", u"代表走访选民", 8, 2, false},
                                {u"志愿服务", u"代表志愿服务", 4, 8, false}};
    const int days = int(first.daysTo(today));
    for (const Adhoc& item : adhoc) {
        for (int i = 0; i < item.count; ++i) {
            const QDate date =
                first.addDays((days * (2 * i + 1)) / (2 * item.count) - c.rng.bounded(5));
            if (date >= today || date < first)
                continue;
            const qint64 group = c.pick(c.groups);
            Activity a =
                make(c, kindId(item.kind), s(item.title), date, 9 + 5 * c.rng.bounded(2),
                     item.people > 10 ? hall : c.venueByName.key(c.groupVenue.value(group)));
            a.groupId = group;
            a.communityId = c.pick(c.communities);
            if (s(item.kind) == s(u"督办活动")) { // 双月督办: on the 18th of an even month
                const QDate even(date.year(), (date.month() + 1) / 2 * 2, 18);
                if (even < today)
                    a.date = even;
            }
            if (s(item.kind) == s(u"板凳议事会")) {
                a.place = s(u"小区楼下议事长凳");
                a.venueId.reset();
            }
            addAttendees(c, a, sample(c, c.serving, item.people));
            a.residents = item.actions ? 10 + c.rng.bounded(20) : c.rng.bounded(10);
            if (item.actions)
                a.participants << Participant{c.pick(c.units), 1 + c.rng.bounded(2)};
            a.title = s(item.title) + (item.count > 1 ? s(u"（%1）").arg(i + 1) : QString());
            record(c, by, a, 1 + c.rng.bounded(2), item.actions);
        }
    }
    tx.commit();
}

} // namespace dd
