// Activities and meetings on real office files: attendance, topics, minutes, action items,
// checklists, the 30-day rule for attendance changes, kinds, recurring plans.
#include "activity/activityplan.h"
#include "activity/activityrepository.h"
#include "demo/demooffice.h"
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/officesettings.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QJsonDocument>

using namespace dd;
using dd::test::TempDir;

namespace {
qint64 addDeputy(OfficeFile& office, const QString& name, const QDate& birth = {})
{
    Deputy d;
    d.name = name;
    d.kind = DeputyKind::Congress;
    d.birthDate = birth;
    return DeputyRepository::add(office, d);
}

qint64 kindNamed(OfficeFile& office, const QString& name)
{
    const auto id = ActivityRepository::findKind(office.db(), name);
    REQUIRE(id);
    return *id;
}

Activity bench(OfficeFile& office, const QDate& date)
{
    Activity a;
    a.kindId = kindNamed(office, QStringLiteral("板凳议事会"));
    a.title = QStringLiteral("向阳小区板凳议事会");
    a.date = date;
    a.start = QTime(14, 30);
    a.end = QTime(16, 0);
    a.place = QStringLiteral("3号楼下长凳");
    a.organiser = QStringLiteral("第一代表小组");
    a.residents = 12;
    return a;
}

int auditRows(OfficeFile& office, const QString& action)
{
    return sql::scalar(office.db(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'activities' AND action = ?"),
                       {action})
        .toInt();
}
} // namespace

TEST_CASE("The configured kinds come with headings and a three-phase checklist")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QList<ActivityKind> kinds = ActivityRepository::kinds(office->db());
    REQUIRE(kinds.size() == 13);
    CHECK(kinds.first().name == QStringLiteral("板凳议事会"));
    const ActivityKind assembly =
        ActivityRepository::kind(office->db(), kindNamed(*office, QStringLiteral("议事代表大会")));
    CHECK(assembly.headings.contains(QStringLiteral("听取报告")));
    QSet<Phase> phases;
    for (const KindStep& step : assembly.steps)
        phases.insert(step.phase);
    CHECK(phases.size() == 3);
    CHECK(ActivityRepository::minutesTemplate(assembly).contains(
        QStringLiteral("<h3>听取报告</h3>")));

    // The list is configurable: a new kind, a refused duplicate, a retired kind hidden.
    ActivityKind tea;
    tea.name = QStringLiteral("民情茶话会");
    tea.headings = {QStringLiteral("茶话内容")};
    tea.steps = {KindStep{0, Phase::Before, QStringLiteral("邀请居民")}};
    const qint64 teaId = ActivityRepository::saveKind(*office, tea);
    CHECK(ActivityRepository::kind(office->db(), teaId).steps.size() == 1);
    ActivityKind twice = tea;
    twice.id = 0;
    CHECK_THROWS_AS(ActivityRepository::saveKind(*office, twice), ValidationError);
    tea = ActivityRepository::kind(office->db(), teaId);
    tea.retired = true;
    ActivityRepository::saveKind(*office, tea);
    CHECK(ActivityRepository::kinds(office->db()).size() == 13);
    CHECK(ActivityRepository::kinds(office->db(), true).size() == 14);
}

TEST_CASE("A meeting is saved with attendance, participants, topics, actions and steps")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("o.ddoffice"));
    qint64 id = 0, zhang = 0, li = 0, wang = 0;
    {
        auto office = test::makeOffice(path);
        zhang = addDeputy(*office, QStringLiteral("张三"));
        li = addDeputy(*office, QStringLiteral("李四"));
        wang = addDeputy(*office, QStringLiteral("王五"));
        Activity a = bench(*office, QDate::currentDate().addDays(-3));
        a.attendees = {Attendee{zhang, {}, Attendance::Present, {}},
                       Attendee{li, {}, Attendance::Leave, QStringLiteral("出差")},
                       Attendee{wang, {}, Attendance::Absent, {}}};
        a.participants = {Participant{QStringLiteral("海信物业"), 2}};
        a.topics = {Topic{0, QStringLiteral("楼道堆物清理"), std::nullopt}};
        a.minutes = QStringLiteral("<h3>讨论情况</h3><p>居民同意周末集中清理。</p>");
        a.decisions = QStringLiteral("周六上午集中清理楼道");
        a.actions = {ActionItem{0,
                                0,
                                QStringLiteral("清理3号楼楼道"),
                                QStringLiteral("海信物业"),
                                QDate::currentDate().addDays(-1),
                                ActionStatus::Open,
                                {},
                                {}}};
        const ActivityKind kind = ActivityRepository::kind(office->db(), a.kindId);
        a.stepsDone = {kind.steps[0].id, kind.steps[1].id};
        id = ActivityRepository::save(*office, a);
        CHECK(auditRows(*office, QStringLiteral("insert")) == 1);
    }
    // Read back from the file after closing it.
    auto office = OfficeFile::open(path);
    const Activity a = ActivityRepository::load(office->db(), id);
    CHECK(a.title == QStringLiteral("向阳小区板凳议事会"));
    CHECK(a.end == QTime(16, 0));
    REQUIRE(a.attendees.size() == 3);
    CHECK(a.attendees[1].name == QStringLiteral("李四"));
    CHECK(a.attendees[1].reason == QStringLiteral("出差"));
    CHECK(a.otherParticipants() == 14);
    CHECK(a.topics.size() == 1);
    REQUIRE(a.actions.size() == 1);
    CHECK(a.stepsDone.size() == 2);
    CHECK(a.minutes.contains(QStringLiteral("居民同意周末集中清理。")));
    CHECK(a.decisions == QStringLiteral("周六上午集中清理楼道"));
    // The texts are kept in a table of their own, a row only while there is one.
    const auto texts = [&office] {
        return sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM activity_texts"))
            .toInt();
    };
    CHECK(texts() == 1);
    Activity edited = a;
    edited.decisions.clear();
    ActivityRepository::save(*office, edited);
    CHECK(ActivityRepository::load(office->db(), id).minutes == a.minutes);
    CHECK(ActivityRepository::load(office->db(), id).decisions.isEmpty());
    edited.minutes.clear();
    ActivityRepository::save(*office, edited);
    CHECK(ActivityRepository::load(office->db(), id).minutes.isEmpty());
    CHECK(texts() == 0);
    ActivityRepository::save(*office, a); // as it was
    CHECK(ActivityRepository::load(office->db(), id).decisions == a.decisions);

    const QList<ActivityListRow> rows = ActivityRepository::list(
        office->db(), ActivityFilter::ofYear(QDate::currentDate().addDays(-3).year()));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].counts.expected == 3);
    CHECK(rows[0].counts.present == 1);
    CHECK(rows[0].counts.leave == 1);
    CHECK(rows[0].counts.absent == 1);
    CHECK(rows[0].others == 14);
    CHECK(rows[0].stepsDone == 2);
    CHECK(rows[0].stepsTotal == 9);
    CHECK(rows[0].openActions == 1);

    // The action item is in the list across meetings, overdue; marking it done closes it.
    QList<ActionItemRow> open = ActivityRepository::actionItems(office->db(), true);
    REQUIRE(open.size() == 1);
    CHECK(open[0].item.isOverdue(QDate::currentDate()));
    CHECK(open[0].activityTitle == QStringLiteral("向阳小区板凳议事会"));
    ActionItem done = open[0].item;
    done.status = ActionStatus::Done;
    done.completionNote = QStringLiteral("已清理完毕");
    ActivityRepository::saveActionItem(*office, done);
    CHECK(ActivityRepository::actionItems(office->db(), true).isEmpty());
    const QList<ActionItemRow> all = ActivityRepository::actionItems(office->db());
    REQUIRE(all.size() == 1);
    CHECK(all[0].item.completedOn == QDate::currentDate());
    CHECK(all[0].item.id == done.id); // ids survive a save

    // Deleting cascades to attendance and action items and is audited.
    ActivityRepository::remove(*office, id);
    CHECK(sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM activity_attendees"))
              .toInt() == 0);
    CHECK(sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM action_items")).toInt() ==
          0);
    CHECK(texts() == 0);
    CHECK(auditRows(*office, QStringLiteral("delete")) == 1);
}

TEST_CASE("Bad activities are refused with a message naming the field")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 li = addDeputy(*office, QStringLiteral("李四"));
    Activity a = bench(*office, QDate::currentDate());
    a.title = QStringLiteral("  ");
    a.end = QTime(14, 0); // before the start
    a.attendees = {Attendee{li, {}, Attendance::Leave, {}}};
    try {
        ActivityRepository::save(*office, a);
        FAIL("saved a bad activity");
    } catch (const ValidationError& e) {
        QStringList fields;
        for (const FieldError& f : e.fieldErrors())
            fields << f.field;
        CHECK(fields.contains(QStringLiteral("title")));
        CHECK(fields.contains(QStringLiteral("end")));
        CHECK(fields.contains(QStringLiteral("attendees")));
        for (const FieldError& f : e.fieldErrors())
            if (f.field == QStringLiteral("attendees"))
                CHECK(f.message.contains(QStringLiteral("李四")));
    }
    CHECK(ActivityRepository::list(office->db(), {}).isEmpty());
}

TEST_CASE("Changing the attendance of a meeting held over 30 days ago needs a reason")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 zhang = addDeputy(*office, QStringLiteral("张三"));
    const QDate today(2026, 6, 30);
    Activity a = bench(*office, QDate(2026, 5, 20)); // 41 days before today
    a.attendees = {Attendee{zhang, {}, Attendance::Absent, {}}};
    const QSqlDatabase db = office->db();
    a.id = ActivityRepository::save(db, office->currentUser(), a, {}, today); // new: no reason

    Activity retitled = ActivityRepository::load(db, a.id);
    retitled.title = QStringLiteral("向阳小区第二次板凳议事会");
    CHECK_FALSE(ActivityRepository::needsAttendanceReason(db, retitled, today));
    ActivityRepository::save(db, office->currentUser(), retitled, {}, today);

    Activity changed = ActivityRepository::load(db, a.id);
    changed.attendees[0].status = Attendance::Present;
    CHECK(ActivityRepository::needsAttendanceReason(db, changed, today));
    CHECK_FALSE(ActivityRepository::needsAttendanceReason(db, changed, QDate(2026, 6, 1)));
    try {
        ActivityRepository::save(db, office->currentUser(), changed, {}, today);
        FAIL("changed old attendance without a reason");
    } catch (const ValidationError& e) {
        REQUIRE(e.fieldErrors().size() == 1);
        CHECK(e.fieldErrors()[0].field == QStringLiteral("attendanceReason"));
    }
    CHECK(ActivityRepository::load(db, a.id).attendees[0].status == Attendance::Absent);
    ActivityRepository::save(db, office->currentUser(), changed, QStringLiteral("签到表漏记"),
                             today);
    CHECK(ActivityRepository::load(db, a.id).attendees[0].status == Attendance::Present);
    const QString after =
        sql::scalar(db, QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = "
                                       "'activities' ORDER BY id DESC LIMIT 1"))
            .toString();
    CHECK(after.contains(QStringLiteral("签到表漏记")));
}

TEST_CASE("Recurring plans put planned entries on the calendar until they are recorded")
{
    ActivityPlan monthly;
    monthly.rule = PlanRule::Monthly;
    monthly.day = 31;
    monthly.firstDay = QDate(2026, 1, 15);
    CHECK(monthly.occurrences(QDate(2026, 1, 1), QDate(2026, 4, 30)) ==
          QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
                       QDate(2026, 4, 30)});
    ActivityPlan quarterly;
    quarterly.rule = PlanRule::Quarterly;
    quarterly.month = 2;
    quarterly.day = 20;
    quarterly.firstDay = QDate(2025, 1, 1);
    quarterly.lastDay = QDate(2026, 9, 1);
    CHECK(quarterly.occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)) ==
          QList<QDate>{QDate(2026, 2, 20), QDate(2026, 5, 20), QDate(2026, 8, 20)});
    ActivityPlan twice;
    twice.rule = PlanRule::HalfYearly;
    twice.month = 1;
    twice.day = 15;
    twice.firstDay = QDate(2026, 1, 1);
    CHECK(twice.occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)) ==
          QList<QDate>{QDate(2026, 1, 15), QDate(2026, 7, 15)});
    twice.month = 7;
    CHECK_FALSE(twice.validate().isEmpty()); // month 7 of a half year

    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 zhang = addDeputy(*office, QStringLiteral("张三"));
    const qint64 group =
        GroupRepository::save(*office,
                              {{QStringLiteral("id"), 0},
                               {QStringLiteral("name"), QStringLiteral("第一代表小组")},
                               {QStringLiteral("kind"), QStringLiteral("group")}},
                              {GroupMember{zhang, GroupRole::Leader, {}}});
    ActivityPlan reception;
    reception.kindId = kindNamed(*office, QStringLiteral("代表接待选民日"));
    reception.title = QStringLiteral("代表接待选民日");
    reception.day = 10;
    reception.groupId = group;
    reception.firstDay = QDate(2026, 1, 1);
    reception.id = PlanRepository::save(*office, reception);

    const QDate today(2026, 3, 15);
    const ActivityFilter year = ActivityFilter::ofYear(2026);
    QList<ActivityListRow> pending = PlanRepository::pending(office->db(), year, today);
    REQUIRE(pending.size() == 12);
    CHECK(pending[0].state == ActivityListRow::State::Missed);  // 10 Jan
    CHECK(pending[2].state == ActivityListRow::State::Missed);  // 10 Mar
    CHECK(pending[3].state == ActivityListRow::State::Planned); // 10 Apr

    // Recording the February occurrence: the draft carries the plan, the group's members.
    Activity draft = PlanRepository::draft(office->db(), reception.id, QDate(2026, 2, 10));
    CHECK(draft.kindId == reception.kindId);
    REQUIRE(draft.attendees.size() == 1);
    CHECK(draft.attendees[0].deputyId == zhang);
    CHECK(draft.minutes.contains(QStringLiteral("接待概况")));
    // Organised by the group holding it, or else by the office's work committee.
    CHECK(draft.organiser == QStringLiteral("第一代表小组"));
    const QString officeName = OfficeRepository::load(*office).name;
    REQUIRE_FALSE(officeName.isEmpty());
    CHECK(ActivityRepository::defaultOrganiser(office->db()) ==
          officeName + QStringLiteral("人大工委"));
    ActivityRepository::save(*office, draft);
    pending = PlanRepository::pending(office->db(), year, today);
    CHECK(pending.size() == 11);
    const QList<ActivityListRow> calendar = PlanRepository::calendar(office->db(), year, today);
    REQUIRE(calendar.size() == 12);
    CHECK(calendar[1].state == ActivityListRow::State::Held);
    CHECK(calendar[1].date == QDate(2026, 2, 10));
    CHECK(calendar[1].id > 0);

    // A second record for the same occurrence is refused by the schema.
    CHECK_THROWS(ActivityRepository::save(*office, draft));
    // Removing the plan keeps the record.
    PlanRepository::remove(*office, reception.id);
    CHECK(PlanRepository::pending(office->db(), year, today).isEmpty());
    CHECK(ActivityRepository::list(office->db(), year).size() == 1);
}

TEST_CASE("Action items are read a page at a time in the list's order, and counted with the "
          "overdue ones")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("items.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const QDate today = QDate::currentDate();
    for (const bool openOnly : {false, true}) {
        INFO(openOnly);
        const QList<ActionItemRow> all = ActivityRepository::actionItems(db, openOnly);
        REQUIRE(all.size() > 3); // more than a page
        QList<qint64> paged;
        for (int offset = 0; offset < all.size(); offset += 3)
            for (const ActionItemRow& r : ActivityRepository::actionItems(db, openOnly, offset, 3))
                paged << r.item.id;
        QList<qint64> whole;
        int overdue = 0;
        for (const ActionItemRow& r : all) {
            whole << r.item.id;
            overdue += r.item.isOverdue(today) ? 1 : 0;
            CHECK((!openOnly || r.item.isOpen()));
        }
        CHECK(paged == whole);
        const ActivityRepository::ActionItemCounts counts =
            ActivityRepository::countActionItems(db, openOnly, today);
        CHECK(counts.items == all.size());
        CHECK(counts.overdue == overdue);
        CHECK(counts.overdue > 0); // the demo has overdue items
    }
}
