// Residents' opinions on real office files: the state machine (every legal and illegal step),
// deadlines in working days across holidays and 调休, archived rows protected by the schema,
// duplicates, supervision, formal suggestions and the calendar.
#include "activity/activityplan.h"
#include "activity/activityrepository.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "org/recordstore.h"
#include "org/workcalendar.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QJsonDocument>

using namespace dd;
using dd::test::TempDir;
using S = OpinionState;

namespace {
struct Office
{
    TempDir dir;
    std::unique_ptr<OfficeFile> file = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    qint64 deputy = 0, community = 0, grid = 0, otherCommunity = 0, unit = 0;

    Office()
    {
        Deputy d;
        d.name = QStringLiteral("张三");
        d.kind = DeputyKind::Congress;
        deputy = DeputyRepository::add(*file, d);
        community = RecordStore::save(*file, communitySpec(),
                                      {{QStringLiteral("id"), 0},
                                       {QStringLiteral("name"), QStringLiteral("向阳社区")},
                                       {QStringLiteral("kind"), QStringLiteral("community")}});
        otherCommunity = RecordStore::save(*file, communitySpec(),
                                           {{QStringLiteral("id"), 0},
                                            {QStringLiteral("name"), QStringLiteral("观海社区")},
                                            {QStringLiteral("kind"), QStringLiteral("community")}});
        grid = RecordStore::save(*file, gridSpec(),
                                 {{QStringLiteral("id"), 0},
                                  {QStringLiteral("community_id"), community},
                                  {QStringLiteral("name"), QStringLiteral("第一网格")}});
        unit = RecordStore::save(*file, handlingUnitSpec(),
                                 {{QStringLiteral("id"), 0},
                                  {QStringLiteral("name"), QStringLiteral("街道城管办")},
                                  {QStringLiteral("kind"), QStringLiteral("street_department")}});
    }

    Opinion draft(const QString& title, const QDate& on) const
    {
        Opinion o;
        o.registeredOn = on;
        o.channel = OpinionChannel::Visit;
        o.submitterName = QStringLiteral("刘秀兰");
        o.submitterPhone = QStringLiteral("13912345678");
        o.communityId = community;
        o.gridId = grid;
        o.deputyId = deputy;
        o.title = title;
        o.categoryId = *OpinionRepository::findCategory(file->db(), QStringLiteral("城建"));
        o.responsibility = Responsibility::Street;
        return o;
    }

    qint64 add(const QString& title, const QDate& on)
    {
        return OpinionRepository::save(*file, draft(title, on));
    }

    void step(qint64 id, OpinionTransition t, const QDate& today = QDate::currentDate())
    {
        Transaction tx(file->db());
        OpinionRepository::transition(file->db(), file->currentUser(), id, t,
                                      WorkCalendar::load(file->db()), today);
        tx.commit();
    }
};

OpinionTransition go(S to, const QDate& on = {}, const QString& note = {})
{
    OpinionTransition t;
    t.to = to;
    t.on = on;
    t.note = note;
    return t;
}

QStringList fieldsOf(const ValidationError& e)
{
    QStringList keys;
    for (const FieldError& f : e.fieldErrors())
        keys << f.field;
    return keys;
}
} // namespace

TEST_CASE("The state machine allows exactly the lifecycle's steps", "[opinions]")
{
    const QList<std::pair<S, S>> normal = {
        {S::Registered, S::Accepted},  {S::Registered, S::Rejected},
        {S::Accepted, S::Dispatched},  {S::Accepted, S::Topic},
        {S::Accepted, S::Escalated},   {S::Topic, S::Dispatched},
        {S::Topic, S::Escalated},      {S::Dispatched, S::InProgress},
        {S::InProgress, S::Completed}, {S::InProgress, S::Escalated},
        {S::Completed, S::Feedback},   {S::Feedback, S::Evaluated},
        {S::Feedback, S::Archived},    {S::Evaluated, S::Archived},
        {S::Rejected, S::Archived},    {S::Escalated, S::Archived}};
    const QList<std::pair<S, S>> skips = {
        {S::Registered, S::Dispatched}, {S::Registered, S::InProgress},
        {S::Registered, S::Completed},  {S::Accepted, S::InProgress},
        {S::Accepted, S::Completed},    {S::Topic, S::InProgress},
        {S::Topic, S::Completed},       {S::Dispatched, S::Completed}};
    for (const S from : allOpinionStates()) {
        for (const S to : allOpinionStates()) {
            for (const Priority priority : {Priority::Normal, Priority::GreenChannel}) {
                for (const Evaluation evaluation :
                     {Evaluation::Satisfied, Evaluation::Dissatisfied}) {
                    Opinion o;
                    o.state = from;
                    o.priority = priority;
                    o.evaluation = evaluation;
                    o.registeredOn = QDate(2026, 3, 2);
                    const bool redo = from == S::Evaluated && to == S::InProgress &&
                                      evaluation == Evaluation::Dissatisfied;
                    const bool reopen = from == S::Archived && to == S::Evaluated;
                    const bool legal =
                        normal.contains(std::pair(from, to)) || redo || reopen ||
                        (skips.contains(std::pair(from, to)) && priority != Priority::Normal);
                    INFO(opinionStateKey(from).toStdString()
                         << " -> " << opinionStateKey(to).toStdString() << " priority "
                         << priorityKey(priority).toStdString() << " evaluation "
                         << evaluationKey(evaluation).toStdString());
                    CHECK(nextStates(o, S::Evaluated).contains(to) == legal);
                    // A fully specified step is refused only for its state when illegal.
                    OpinionTransition t = go(to, QDate(2026, 3, 3), QStringLiteral("原因"));
                    t.handlingUnitId = 1;
                    t.deadline = QDate(2026, 3, 20);
                    t.result = QStringLiteral("已修复");
                    t.evaluation = Evaluation::Satisfied;
                    t.activityId = 1;
                    t.suggestionId = 1;
                    const QList<FieldError> errors = checkTransition(o, t, S::Evaluated);
                    const bool refused =
                        std::any_of(errors.begin(), errors.end(), [](const auto& e) {
                            return e.field == QLatin1String("state");
                        });
                    CHECK(refused == !legal);
                    if (!legal)
                        continue;
                    // A reason is asked of a refusal and of every step off the usual path, by
                    // the rule the step dialog labels its note with.
                    const bool reason = to == S::Rejected || !normal.contains(std::pair(from, to));
                    const auto kind = stepKind(o, to, S::Evaluated);
                    REQUIRE(kind);
                    CHECK(stepNeedsReason(*kind, to) == reason);
                    t.note.clear();
                    const QList<FieldError> unexplained = checkTransition(o, t, S::Evaluated);
                    CHECK(std::any_of(unexplained.begin(), unexplained.end(), [](const auto& e) {
                              return e.field == QLatin1String("note");
                          }) == reason);
                }
            }
        }
    }
}

TEST_CASE("Each step asks for what it needs, naming the field", "[opinions]")
{
    Opinion o;
    o.registeredOn = QDate(2026, 3, 2);
    o.state = S::Registered;
    const auto fields = [&](const OpinionTransition& t) {
        QStringList keys;
        for (const FieldError& e : checkTransition(o, t))
            keys << e.field;
        return keys;
    };
    CHECK(fields(go(S::Rejected)) == QStringList{QStringLiteral("note")});
    CHECK(fields(go(S::Accepted, QDate(2026, 3, 1))) == QStringList{QStringLiteral("on")});
    o.state = S::Accepted;
    CHECK(fields(go(S::Dispatched)) ==
          QStringList{QStringLiteral("handlingUnit"), QStringLiteral("deadline")});
    OpinionTransition late = go(S::Dispatched, QDate(2026, 3, 5));
    late.handlingUnitId = 1;
    late.deadline = QDate(2026, 3, 4);
    CHECK(fields(late) == QStringList{QStringLiteral("deadline")});
    CHECK(fields(go(S::Topic)) == QStringList{QStringLiteral("activity")});
    CHECK(fields(go(S::Escalated)) == QStringList{QStringLiteral("suggestion")});
    o.state = S::InProgress;
    CHECK(fields(go(S::Completed)) == QStringList{QStringLiteral("result")});
    o.state = S::Feedback;
    CHECK(fields(go(S::Evaluated)) == QStringList{QStringLiteral("evaluation")});
    // 退回重办 after 不满意: a reason, and a new deadline not before the day it is sent back.
    o.state = S::Evaluated;
    o.evaluation = Evaluation::Dissatisfied;
    CHECK(fields(go(S::InProgress)) ==
          QStringList{QStringLiteral("note"), QStringLiteral("deadline")});
    OpinionTransition back = go(S::InProgress, QDate(2026, 3, 9), QStringLiteral("仍未修好"));
    back.deadline = QDate(2026, 3, 6);
    CHECK(fields(back) == QStringList{QStringLiteral("deadline")});
    back.deadline = QDate(2026, 3, 16);
    CHECK(fields(back).isEmpty());
    o.evaluation = Evaluation::None;
    // Skipping needs a reason even on the green channel.
    o.state = S::Registered;
    o.priority = Priority::GreenChannel;
    OpinionTransition skip = go(S::Dispatched);
    skip.handlingUnitId = 1;
    skip.deadlineWorkingDays = 3;
    CHECK(fields(skip) == QStringList{QStringLiteral("note")});
    skip.note = QStringLiteral("燃气泄漏，即时转办");
    CHECK(fields(skip).isEmpty());
    o.priority = Priority::Normal;
    CHECK(fields(skip) == QStringList{QStringLiteral("state")});
}

TEST_CASE("An opinion goes the whole loop on a real file, with its history", "[opinions]")
{
    Office office;
    const QDate reg(2026, 9, 28);
    const qint64 id = office.add(QStringLiteral("背街小巷路灯不亮"), reg);
    office.step(id, go(S::Accepted, reg));
    OpinionTransition dispatch = go(S::Dispatched, QDate(2026, 9, 29));
    dispatch.handlingUnitId = office.unit;
    dispatch.deadlineWorkingDays = 5;
    office.step(id, dispatch);
    // Tue 29 Sep + 5 working days: 30 Sep; 1-7 Oct 国庆 holidays; Thu 8, Fri 9, Sat 10 (调休,
    // worked), Mon 12 Oct.
    Opinion o = OpinionRepository::load(office.file->db(), id);
    CHECK(o.state == S::Dispatched);
    CHECK(o.deadline == QDate(2026, 10, 12));
    CHECK(o.dispatchedOn == QDate(2026, 9, 29));
    CHECK(o.isOverdue(QDate(2026, 10, 13)));
    CHECK_FALSE(o.isOverdue(QDate(2026, 10, 12)));

    office.step(id, go(S::InProgress, QDate(2026, 9, 30)));
    OpinionTransition done = go(S::Completed, QDate(2026, 10, 9));
    done.result = QStringLiteral("更换灯具 6 盏");
    done.reply = QStringLiteral("已电话答复");
    office.step(id, done);
    office.step(id, go(S::Feedback, QDate(2026, 10, 10)));
    OpinionTransition rated = go(S::Evaluated, QDate(2026, 10, 12));
    rated.evaluation = Evaluation::Dissatisfied;
    office.step(id, rated);
    // 退回重办 needs a reason and a new deadline, and clears the completion.
    REQUIRE_THROWS_AS(office.step(id, go(S::InProgress, QDate(2026, 10, 12))), ValidationError);
    OpinionTransition back = go(S::InProgress, QDate(2026, 10, 12), QStringLiteral("仍有两盏不亮"));
    REQUIRE_THROWS_AS(office.step(id, back), ValidationError);
    back.deadlineWorkingDays = 3;
    office.step(id, back);
    o = OpinionRepository::load(office.file->db(), id);
    CHECK_FALSE(o.completedOn.isValid());
    CHECK(o.evaluation == Evaluation::None);
    // Mon 12 Oct + 3 working days: Thu 15 Oct; not overdue against the old deadline meanwhile.
    CHECK(o.deadline == QDate(2026, 10, 15));
    CHECK_FALSE(o.isOverdue(QDate(2026, 10, 14)));
    CHECK(o.isOverdue(QDate(2026, 10, 16)));
    done.on = QDate(2026, 10, 14);
    office.step(id, done);
    office.step(id, go(S::Feedback, QDate(2026, 10, 14)));
    rated.evaluation = Evaluation::Satisfied;
    rated.on = QDate(2026, 10, 15);
    office.step(id, rated);
    office.step(id, go(S::Archived, QDate(2026, 10, 20)));

    const QList<OpinionHistoryEntry> history = OpinionRepository::history(office.file->db(), id);
    QStringList path;
    for (const OpinionHistoryEntry& e : history)
        path << opinionStateKey(e.to);
    CHECK(path.join(QLatin1Char(',')) ==
          QStringLiteral("registered,accepted,dispatched,in_progress,completed,feedback,evaluated,"
                         "in_progress,completed,feedback,evaluated,archived"));
    CHECK_FALSE(history.first().from);
    CHECK(history[7].from == S::Evaluated);
    CHECK(history[7].note == QStringLiteral("仍有两盏不亮"));
    CHECK(history[7].on == QDate(2026, 10, 12));
    CHECK_FALSE(history[7].user.isEmpty());
    // Each step keeps what it set (for the timeline), not what the row holds already.
    const auto details = [&](int i) {
        return QString::fromUtf8(QJsonDocument(history[i].details).toJson(QJsonDocument::Compact));
    };
    CHECK(history[0].details.isEmpty());
    CHECK(history[1].details.isEmpty());
    CHECK(details(2) ==
          QStringLiteral("{\"deadline\":\"2026-10-12\",\"handling_unit_id\":%1}").arg(office.unit));
    CHECK(history[3].details.isEmpty());
    CHECK(details(4) == QStringLiteral("{\"reply\":\"已电话答复\",\"result\":\"更换灯具 6 盏\"}"));
    CHECK(details(6) == QStringLiteral("{\"evaluation\":\"dissatisfied\"}"));
    CHECK(details(7) == QStringLiteral("{\"deadline\":\"2026-10-15\"}")); // 退回重办
    CHECK(details(10) == QStringLiteral("{\"evaluation\":\"satisfied\"}"));
    CHECK(history[11].details.isEmpty());
    // An illegal step is refused with a message naming the states.
    try {
        office.step(id, go(S::Dispatched));
        FAIL("archived -> dispatched was accepted");
    } catch (const ValidationError& e) {
        CHECK(fieldsOf(e).contains(QStringLiteral("state")));
        CHECK(e.fieldErrors().first().message.contains(opinionStateName(S::Archived)));
    }
    CHECK(sql::scalar(office.file->db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'opinions' "
                                     "AND action = 'transition' AND row_id = ?"),
                      {id})
              .toInt() == 11);
}

TEST_CASE("Archived opinions are read-only, in core and in the schema", "[opinions]")
{
    Office office;
    const QDate reg(2026, 3, 2);
    const qint64 id = office.add(QStringLiteral("楼道堆物"), reg);
    office.step(id, go(S::Rejected, reg, QStringLiteral("不属于受理范围")));
    office.step(id, go(S::Archived, reg));
    const QSqlDatabase db = office.file->db();

    // The schema refuses a change or a delete made behind core's back.
    REQUIRE_THROWS_AS(
        sql::run(db, QStringLiteral("UPDATE opinions SET title = 'x' WHERE id = ?"), {id}), Error);
    REQUIRE_THROWS_AS(sql::run(db,
                               QStringLiteral("UPDATE opinions SET state = 'registered', "
                                              "title = 'x' WHERE id = ?"),
                               {id}),
                      Error);
    REQUIRE_THROWS_AS(sql::run(db, QStringLiteral("DELETE FROM opinions WHERE id = ?"), {id}),
                      Error);
    REQUIRE_THROWS_AS(sql::run(db, QStringLiteral("UPDATE opinion_history SET note = 'x'")), Error);
    // Core refuses edits and supervision with a message.
    Opinion o = OpinionRepository::load(db, id);
    o.title = QStringLiteral("改标题");
    REQUIRE_THROWS_AS(OpinionRepository::save(*office.file, o), ValidationError);
    REQUIRE_THROWS_AS(
        OpinionRepository::addSupervision(
            *office.file,
            Supervision{0, id, reg, QStringLiteral("工委"), SupervisionMethod::Phone, {}}),
        ValidationError);
    CHECK(OpinionRepository::load(db, id).title == QStringLiteral("楼道堆物"));

    // Reopening goes back to where it was archived from, with a reason, and is audited.
    CHECK(OpinionRepository::nextStates(db, OpinionRepository::load(db, id)) ==
          QList<S>{S::Rejected});
    REQUIRE_THROWS_AS(office.step(id, go(S::Rejected, reg)), ValidationError);
    office.step(id, go(S::Rejected, reg, QStringLiteral("居民补充了材料")));
    CHECK(OpinionRepository::load(db, id).state == S::Rejected);
    CHECK(sql::scalar(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen' "
                                     "AND row_id = ?"),
                      {id})
              .toInt() == 1);
    OpinionRepository::save(*office.file, o);
    CHECK(OpinionRepository::load(db, id).title == QStringLiteral("改标题"));
}

TEST_CASE("Registering validates each field and the grid's community", "[opinions]")
{
    Office office;
    Opinion o = office.draft(QString(), QDate::currentDate().addDays(1));
    o.submitterPhone = QStringLiteral("12345");
    o.deputyId.reset();
    o.communityId = office.otherCommunity;
    try {
        OpinionRepository::save(*office.file, o);
        FAIL("a bad opinion was saved");
    } catch (const ValidationError& e) {
        const QStringList keys = fieldsOf(e);
        for (const char* key : {"registeredOn", "submitterPhone", "title", "receiver", "grid"})
            CHECK(keys.contains(QLatin1String(key)));
    }
    CHECK(sql::scalar(office.file->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt() ==
          0);
    // Anonymous: no name needed, none kept.
    o = office.draft(QStringLiteral("噪音扰民"), QDate(2026, 3, 2));
    o.anonymous = true;
    const qint64 id = OpinionRepository::save(*office.file, o);
    CHECK(OpinionRepository::load(office.file->db(), id).submitterName.isEmpty());
    // Only a registered opinion can be deleted.
    office.step(id, go(S::Accepted, QDate(2026, 3, 2)));
    REQUIRE_THROWS_AS(OpinionRepository::remove(*office.file, id), ValidationError);
    const qint64 mistake = office.add(QStringLiteral("录错了"), QDate(2026, 3, 2));
    OpinionRepository::remove(*office.file, mistake);
    CHECK_THROWS_AS(OpinionRepository::load(office.file->db(), mistake), Error);
}

TEST_CASE("Possible duplicates are found in the same grid or community in the last 90 days",
          "[opinions]")
{
    Office office;
    const qint64 lamp = office.add(QStringLiteral("小区路灯不亮"), QDate(2026, 5, 10));
    office.add(QStringLiteral("楼道堆物影响通行"), QDate(2026, 5, 10));
    office.add(QStringLiteral("路灯不亮了"), QDate(2026, 1, 2)); // more than 90 days before
    Opinion far = office.draft(QStringLiteral("路灯不亮"), QDate(2026, 5, 10));
    far.gridId.reset();
    far.communityId = office.otherCommunity;
    OpinionRepository::save(*office.file, far);

    Opinion draft = office.draft(QStringLiteral("路灯不亮了"), QDate(2026, 6, 1));
    const QList<OpinionListRow> found =
        OpinionRepository::possibleDuplicates(office.file->db(), draft);
    REQUIRE(found.size() == 1);
    CHECK(found.first().opinion.id == lamp);
    CHECK(titleSimilarity(QStringLiteral("小区路灯不亮"), QStringLiteral("路灯不亮了")) > 0.6);
    CHECK(titleSimilarity(QStringLiteral("小区路灯不亮"), QStringLiteral("楼道堆物")) == 0.0);

    // Linked instead of re-entered: the raising is kept on the first opinion.
    OpinionRaising again;
    again.opinionId = lamp;
    again.raisedOn = QDate(2026, 6, 1);
    again.channel = OpinionChannel::Wechat;
    again.submitterName = QStringLiteral("陈建国");
    OpinionRepository::addRaising(*office.file, again);
    CHECK(OpinionRepository::raisings(office.file->db(), lamp).size() == 1);
    OpinionFilter filter;
    filter.text = QStringLiteral("小区路灯");
    CHECK(OpinionRepository::list(office.file->db(), filter).first().raisings == 1);
}

TEST_CASE("Supervision flags overdue and soon-due opinions, and 单月公告 plans 双月督办",
          "[opinions]")
{
    Office office;
    const WorkCalendar calendar = WorkCalendar::load(office.file->db());
    const auto dispatched = [&](const QString& title, const QDate& deadline) {
        const qint64 id = office.add(title, QDate(2026, 9, 1));
        office.step(id, go(S::Accepted, QDate(2026, 9, 1)));
        OpinionTransition t = go(S::Dispatched, QDate(2026, 9, 1));
        t.handlingUnitId = office.unit;
        t.deadline = deadline;
        office.step(id, t);
        return id;
    };
    const QDate today(2026, 9, 30); // Wednesday before 国庆
    const qint64 late = dispatched(QStringLiteral("甲"), QDate(2026, 9, 29));
    const qint64 soon = dispatched(QStringLiteral("乙"), QDate(2026, 10, 9)); // 3rd working day
    dispatched(QStringLiteral("丙"), QDate(2026, 10, 12));                    // 4th
    const SupervisionFlags flags = OpinionRepository::flags(office.file->db(), calendar, today);
    REQUIRE(flags.overdue.size() == 1);
    CHECK(flags.overdue.first().opinion.id == late);
    REQUIRE(flags.dueSoon.size() == 1);
    CHECK(flags.dueSoon.first().opinion.id == soon);

    OpinionRepository::addSupervision(
        *office.file, Supervision{0, late, QDate(2026, 9, 30), QStringLiteral("王主任"),
                                  SupervisionMethod::Visit, QStringLiteral("现场督办")});
    CHECK(OpinionRepository::supervisions(office.file->db(), late).first().byWhom ==
          QStringLiteral("王主任"));
    REQUIRE_THROWS_AS(
        OpinionRepository::addSupervision(
            *office.file,
            Supervision{0, late, QDate(2026, 9, 30), QString(), SupervisionMethod::Visit, {}}),
        ValidationError);

    // Announced in (odd) September -> session in October, first working day from the 15th;
    // announced in (even) October -> December.
    CHECK(supervisionSessionDay(QDate(2026, 9, 5), calendar) == QDate(2026, 10, 15));
    CHECK(supervisionSessionDay(QDate(2026, 10, 5), calendar) == QDate(2026, 12, 15));
    CHECK(supervisionSessionDay(QDate(2026, 7, 1), calendar) == QDate(2026, 8, 17)); // Sat 15th
    SupervisionTopic topic;
    topic.title = QStringLiteral("路灯维修督办");
    topic.announcedOn = QDate(2026, 9, 5);
    topic.opinionIds = {late};
    SupervisionTopicRepository::announce(*office.file, topic);
    const SupervisionTopic saved = SupervisionTopicRepository::list(office.file->db()).first();
    CHECK(saved.sessionOn == QDate(2026, 10, 15));
    REQUIRE(saved.planId);
    ActivityFilter october;
    october.from = QDate(2026, 10, 1);
    october.to = QDate(2026, 10, 31);
    const QList<ActivityListRow> planned =
        PlanRepository::pending(office.file->db(), october, QDate(2026, 9, 30));
    REQUIRE(planned.size() == 1);
    CHECK(planned.first().date == QDate(2026, 10, 15));
    CHECK(planned.first().kind == QStringLiteral("督办活动"));
    // The planned session's title is the office's record: Chinese in any interface language.
    CHECK(planned.first().title == QStringLiteral("督办：路灯维修督办"));
}

TEST_CASE("A supervision topic announced by mistake is withdrawn with its planned session, one "
          "supervised is kept, and its plan deleted alone leaves the topic",
          "[opinions]")
{
    Office office;
    const QSqlDatabase db = office.file->db();
    const qint64 opinion = office.add(QStringLiteral("路灯不亮"), QDate(2026, 9, 1));
    const auto announce = [&](const QString& title) {
        SupervisionTopic topic;
        topic.title = title;
        topic.announcedOn = QDate(2026, 9, 5);
        topic.opinionIds = {opinion};
        const qint64 id = SupervisionTopicRepository::announce(*office.file, topic);
        for (const SupervisionTopic& t : SupervisionTopicRepository::list(db))
            if (t.id == id)
                return t;
        FAIL("the topic announced is not listed");
        return SupervisionTopic{};
    };
    const auto count = [&](const char* table) {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    };

    // Withdrawn: the topic, its links and its plan go, the opinion stays; the trail says so.
    const SupervisionTopic mistaken = announce(QStringLiteral("错发的议题"));
    REQUIRE(mistaken.planId);
    SupervisionTopicRepository::withdraw(*office.file, mistaken.id);
    CHECK(count("supervision_topics") == 0);
    CHECK(count("supervision_topic_opinions") == 0);
    CHECK(count("activity_plans") == 0);
    CHECK(OpinionRepository::load(db, opinion).title == QStringLiteral("路灯不亮"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' "
                                         "AND table_name IN ('supervision_topics', "
                                         "'activity_plans')"))
              .toInt() == 2);

    // Supervised: once its session is recorded as held, the topic is its record and stays.
    const SupervisionTopic held = announce(QStringLiteral("路灯维修督办"));
    Activity session = PlanRepository::draft(db, *held.planId, held.sessionOn);
    ActivityRepository::save(*office.file, session);
    const int audited = count("audit_log");
    try {
        SupervisionTopicRepository::withdraw(*office.file, held.id);
        FAIL("a supervised topic was withdrawn");
    } catch (const ValidationError& e) {
        CHECK(e.fieldErrors().first().message.contains(QStringLiteral("路灯维修督办")));
        CHECK(e.fieldErrors().first().message.contains(QStringLiteral("2026-10-15")));
    }
    CHECK(count("supervision_topics") == 1);
    CHECK(count("activity_plans") == 1);
    CHECK(count("audit_log") == audited);

    // Its plan deleted in 周期计划 (the file refused it before): the topic keeps its day, the
    // recorded session stays.
    PlanRepository::remove(*office.file, *held.planId);
    const SupervisionTopic kept = SupervisionTopicRepository::list(db).first();
    CHECK(kept.title == QStringLiteral("路灯维修督办"));
    CHECK_FALSE(kept.planId);
    CHECK(kept.sessionOn == QDate(2026, 10, 15));
    CHECK(count("activities") == 1);
}

TEST_CASE("Topics and formal suggestions link back to the opinion", "[opinions]")
{
    Office office;
    const QDate reg(2026, 4, 1);
    const qint64 topicOpinion = office.add(QStringLiteral("加装电梯"), reg);
    office.step(topicOpinion, go(S::Accepted, reg));
    Activity meeting;
    meeting.kindId = *ActivityRepository::findKind(office.file->db(), QStringLiteral("板凳议事会"));
    meeting.title = QStringLiteral("向阳社区板凳议事会");
    meeting.date = QDate(2026, 4, 10);
    meeting.start = QTime(9, 0);
    const qint64 activity = ActivityRepository::save(*office.file, meeting);
    OpinionTransition t = go(S::Topic, QDate(2026, 4, 3));
    t.activityId = activity;
    office.step(topicOpinion, t);
    CHECK(OpinionRepository::topicActivity(office.file->db(), topicOpinion) == activity);
    Activity reloaded = ActivityRepository::load(office.file->db(), activity);
    REQUIRE(reloaded.topics.size() == 1);
    CHECK(reloaded.topics.first().opinionId == topicOpinion);
    // Editing the meeting keeps the link, its words changed too.
    reloaded.topics.first().title = QStringLiteral("加装电梯（居民反映）");
    ActivityRepository::save(*office.file, reloaded);
    CHECK(OpinionRepository::topicActivity(office.file->db(), topicOpinion) == activity);
    // The topic stays among the meeting's topics, and the meeting stays, as the opinion's record
    // of where it was deliberated; nothing is written.
    const int audited =
        sql::scalar(office.file->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    Activity without = ActivityRepository::load(office.file->db(), activity);
    without.topics.clear();
    without.topics << Topic{0, QStringLiteral("另一个议题"), std::nullopt};
    try {
        ActivityRepository::save(*office.file, without);
        FAIL("the opinion's topic was removed from the meeting");
    } catch (const ValidationError& e) {
        CHECK(fieldsOf(e) == QStringList{QStringLiteral("topics")});
        CHECK(e.fieldErrors().first().message.contains(QStringLiteral("加装电梯（居民反映）")));
    }
    try {
        ActivityRepository::remove(*office.file, activity);
        FAIL("the meeting holding an opinion's topic was deleted");
    } catch (const ValidationError& e) {
        CHECK(e.fieldErrors().first().message.contains(QStringLiteral("加装电梯（居民反映）")));
    }
    CHECK(OpinionRepository::topicActivity(office.file->db(), topicOpinion) == activity);
    CHECK(
        sql::scalar(office.file->db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() ==
        audited);

    const qint64 big = office.add(QStringLiteral("学校周边交通拥堵"), reg);
    office.step(big, go(S::Accepted, reg));
    Suggestion s;
    s.title = QStringLiteral("关于缓解学校周边交通拥堵的建议");
    s.congress = QStringLiteral("区十八届人大三次会议");
    s.submittedOn = QDate(2026, 4, 5);
    s.deputyIds = {office.deputy};
    const qint64 sid = SuggestionRepository::escalate(*office.file, big, s);
    CHECK(OpinionRepository::load(office.file->db(), big).state == S::Escalated);
    CHECK(SuggestionRepository::load(office.file->db(), sid).opinionIds == QList<qint64>{big});
    REQUIRE_THROWS_AS(SuggestionRepository::remove(*office.file, sid), ValidationError);
    s.deputyIds.clear();
    s.satisfaction = Evaluation::Satisfied;
    try {
        SuggestionRepository::save(*office.file, s);
        FAIL("a suggestion without deputies was saved");
    } catch (const ValidationError& e) {
        CHECK(fieldsOf(e) ==
              QStringList{QStringLiteral("satisfaction"), QStringLiteral("deputies")});
    }
}

TEST_CASE("A new suggestion is proposed the latest session and its next number, and a number "
          "is not given twice",
          "[opinions]")
{
    Office office;
    const QSqlDatabase db = office.file->db();
    const QString third = QStringLiteral("区十八届人大三次会议");
    const QString fourth = QStringLiteral("区十八届人大四次会议");
    CHECK(SuggestionRepository::congresses(db).isEmpty());
    CHECK(SuggestionRepository::nextNumber(db, false, third) == QStringLiteral("1"));
    CHECK(SuggestionRepository::nextNumber(db, false, QString()).isEmpty());
    const auto submit = [&](const QString& congress, const QString& number, const QDate& on,
                            bool motion = false) {
        Suggestion s;
        s.title = QStringLiteral("关于第%1号的建议").arg(number);
        s.congress = congress;
        s.number = number;
        s.motion = motion;
        s.submittedOn = on;
        s.deputyIds = {office.deputy};
        return SuggestionRepository::save(*office.file, s);
    };
    submit(third, QStringLiteral("9"), QDate(2025, 1, 10));
    submit(third, QStringLiteral("10"), QDate(2025, 1, 10));
    submit(third, QStringLiteral("2"), QDate(2025, 1, 10), true);
    submit(fourth, QStringLiteral("第07号"), QDate(2026, 1, 12));
    // The latest session first; numbers go on from the highest figure, as it is written.
    CHECK(SuggestionRepository::congresses(db) == QStringList{fourth, third});
    CHECK(SuggestionRepository::nextNumber(db, false, third) == QStringLiteral("11"));
    CHECK(SuggestionRepository::nextNumber(db, true, third) == QStringLiteral("3"));
    CHECK(SuggestionRepository::nextNumber(db, false, fourth) == QStringLiteral("第08号"));
    CHECK(SuggestionRepository::nextNumber(db, true, fourth) == QStringLiteral("1"));
    // A number the session has given already is refused, naming the suggestion that has it;
    // the same number of another session, or of a motion, is not.
    const qint64 before =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM suggestions")).toLongLong();
    try {
        submit(third, QStringLiteral(" 10 "), QDate(2025, 2, 1));
        FAIL("a number given twice in one session was saved");
    } catch (const ValidationError& e) {
        CHECK(fieldsOf(e) == QStringList{QStringLiteral("number")});
        CHECK(e.fieldErrors().first().message.contains(QStringLiteral("关于第10号的建议")));
    }
    Suggestion bare; // its errors in the form's order: title, number, deputies
    bare.congress = third;
    bare.number = QStringLiteral("9");
    bare.submittedOn = QDate(2025, 2, 1);
    try {
        SuggestionRepository::save(*office.file, bare);
        FAIL("a suggestion without title was saved");
    } catch (const ValidationError& e) {
        CHECK(fieldsOf(e) == QStringList{QStringLiteral("title"), QStringLiteral("number"),
                                         QStringLiteral("deputies")});
    }
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM suggestions")).toLongLong() ==
          before);
    submit(fourth, QStringLiteral("10"), QDate(2026, 1, 12));
    const qint64 motion = submit(third, QStringLiteral("10"), QDate(2025, 1, 10), true);
    // A suggestion saved again keeps its own number.
    Suggestion again = SuggestionRepository::load(db, motion);
    again.notes = QStringLiteral("联名");
    CHECK(SuggestionRepository::save(*office.file, again) == motion);
}

TEST_CASE("The office maintains its holidays and swapped working days", "[opinions]")
{
    Office office;
    CalendarRepository::saveYear(*office.file, 2027,
                                 {{QDate(2027, 1, 1), false, QStringLiteral("元旦")},
                                  {QDate(2027, 2, 7), true, QStringLiteral("春节调休")}});
    CHECK(CalendarRepository::years(office.file->db()).contains(2027));
    const WorkCalendar calendar = WorkCalendar::load(office.file->db());
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 1, 1)));
    CHECK(calendar.isWorkingDay(QDate(2027, 2, 7))); // a Sunday worked
    try {
        CalendarRepository::saveYear(*office.file, 2027,
                                     {{QDate(2027, 3, 3), true, QString()},
                                      {QDate(2028, 1, 1), false, QString()},
                                      {QDate(2027, 1, 1), false, QString()},
                                      {QDate(2027, 1, 1), false, QString()}});
        FAIL("a bad calendar was saved");
    } catch (const ValidationError& e) {
        REQUIRE(e.fieldErrors().size() == 3);
        CHECK(e.fieldErrors()[0].message.contains(QStringLiteral("2027-03-03")));
        CHECK(e.fieldErrors()[1].message.contains(QStringLiteral("2027")));
        CHECK(e.fieldErrors()[2].message.contains(QStringLiteral("2027-01-01")));
    }
    CHECK(CalendarRepository::days(office.file->db(), 2027).size() == 2);
}
