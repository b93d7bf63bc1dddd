// The audit trail read by people: record kinds, fields and coded values in words, the records a
// field refers to by name, and of a change only what changed.
#include "activity/activityplan.h"
#include "activity/activityrepository.h"
#include "demo/demooffice.h"
#include "io/activitylog.h"
#include "io/auditview.h"
#include "io/opinionledger.h"
#include "io/roster.h"
#include "opinion/opinion.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/deputy.h"
#include "org/deputyrepository.h"
#include "org/selection.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/officelock.h"
#include "storage/searchwords.h"
#include "storage/sql.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace dd;

namespace {
// The demo office in dir, open as its administrator.
std::unique_ptr<OfficeFile> demoIn(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    return test::openDemo(path);
}

// The newest entry, which must be of that action and table.
AuditRecord newest(const QSqlDatabase& db, const char* action, const char* table)
{
    AuditFilter f;
    f.action = QString::fromLatin1(action);
    const QList<AuditRecord> rows = readAudit(db, f, 1);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].tableName == QString::fromLatin1(table));
    return rows[0];
}

// The field labelled so, which must be there.
AuditField fieldNamed(const QList<AuditField>& fields, const QString& label)
{
    for (const AuditField& f : fields)
        if (f.label == label)
            return f;
    FAIL("no field " << label.toStdString());
    return {};
}

// The fields of the file's whole trail shown under their stored key instead of a name in
// words, as "table.key"; the tables seen go to *tables.
QStringList unnamedFields(const QSqlDatabase& db, QSet<QString>* tables)
{
    AuditView view(db);
    QSet<QString> unnamed;
    forEachAudit(db, {}, [&](const AuditRecord& r) {
        tables->insert(r.tableName);
        QSet<QString> keys;
        for (const QString& json : {r.before, r.after})
            if (!json.isEmpty())
                for (const QString& key : QJsonDocument::fromJson(json.toUtf8()).object().keys())
                    keys.insert(key);
        for (const AuditField& f : view.fields(r))
            if (keys.contains(f.label))
                unnamed.insert(r.tableName + QLatin1Char('.') + f.label);
        return true;
    });
    return QStringList(unnamed.cbegin(), unnamed.cend());
}

AuditRecord entry(const char* action, const char* table, const char* before, const char* after)
{
    AuditRecord r;
    r.action = QString::fromLatin1(action);
    r.tableName = QString::fromLatin1(table);
    r.before = QString::fromUtf8(before);
    r.after = QString::fromUtf8(after);
    return r;
}
} // namespace

TEST_CASE("The audit trail names records, fields and coded values in words, and of a change "
          "only what changed")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    office->logIn(QStringLiteral("lina"), kDemoPassword);
    const QSqlDatabase db = office->db();
    AuditView view(db);

    CHECK(AuditView::tableName(QStringLiteral("opinions")) == QStringLiteral("Opinion"));
    CHECK(AuditView::tableName(QStringLiteral("no_such_table")) == QStringLiteral("no_such_table"));

    // A step of an opinion: its state in words first, then the date it was taken; the empty
    // note left out.
    const AuditRecord step = entry("transition", "opinions", R"({"state":"registered"})",
                                   R"({"note":"","on":"2026-01-05","state":"accepted"})");
    const QList<AuditField> fields = view.fields(step);
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].label == QStringLiteral("State"));
    CHECK(fields[0].before == opinionStateName(OpinionState::Registered));
    CHECK(fields[0].after == opinionStateName(OpinionState::Accepted));
    CHECK(fields[1].label == QStringLiteral("Date"));
    CHECK(fields[1].before.isEmpty());
    CHECK(fields[1].after == QStringLiteral("2026-01-05"));
    CHECK(view.summary(step) == QStringLiteral("State: %1 → %2; Date: 2026-01-05")
                                    .arg(opinionStateName(OpinionState::Registered),
                                         opinionStateName(OpinionState::Accepted)));
    CHECK(view.details(step) == QStringLiteral("State: %1 → %2\nDate: (empty) → 2026-01-05")
                                    .arg(opinionStateName(OpinionState::Registered),
                                         opinionStateName(OpinionState::Accepted)));

    // An opinion added: its title first, the deputy and category by name, a flag in words, the
    // program's bookkeeping (creation time) left out, a deputy no longer in the file by number.
    const QString deputy =
        sql::scalar(db, QStringLiteral("SELECT name FROM deputies WHERE id = 1")).toString();
    const QString category =
        sql::scalar(db, QStringLiteral("SELECT name FROM opinion_categories WHERE id = 1"))
            .toString();
    REQUIRE_FALSE(deputy.isEmpty());
    const AuditRecord added = entry(
        "insert", "opinions", "",
        R"({"anonymous":0,"category_id":1,"channel":"visit","created_at":"2026-01-05T01:02:03Z",)"
        R"("deputy_id":1,"title":"楼道灯不亮"})");
    CHECK(view.summary(added) == QStringLiteral("Title: 楼道灯不亮; Anonymous: No; Category: %1; "
                                                "Channel: %2; Deputy: %3")
                                     .arg(category, channelName(OpinionChannel::Visit), deputy));
    const AuditRecord gone = entry("insert", "opinions", "", R"({"deputy_id":99999})");
    CHECK(view.summary(gone) == QStringLiteral("Deputy: #99999"));

    // The list's line stops after six fields; the details hold them all.
    const AuditRecord many = entry(
        "insert", "deputies", "",
        R"({"birth_date":"1970-01-01","education":"大学","ethnicity":"汉族","expertise":"法律",)"
        R"("gender":"female","name":"王芳","party":"群众","phone":"13900001111"})");
    CHECK(view.summary(many) ==
          QStringLiteral("Full name: 王芳; Birth date: 1970-01-01; Education: 大学; Ethnicity: "
                         "汉族; Expertise: 法律; Gender: %1; …")
              .arg(genderName(Gender::Female)));
    CHECK(view.details(many).count(QLatin1Char('\n')) == 7); // eight fields, one a line
    // An exported sheet's cell holds them all on one line, and long values in full.
    CHECK(view.line(many) ==
          QStringLiteral("Full name: 王芳; Birth date: 1970-01-01; Education: 大学; Ethnicity: "
                         "汉族; Expertise: 法律; Gender: %1; Political affiliation: 群众; Phone: "
                         "13900001111")
              .arg(genderName(Gender::Female)));
    const QString longTitle = QString(100, QChar(0x697C)); // 楼 × 100
    const AuditRecord titled =
        entry("insert", "opinions", "",
              QStringLiteral(R"({"title":"%1"})").arg(longTitle).toUtf8().constData());
    CHECK(view.summary(titled) == QStringLiteral("Title: ") + longTitle.left(60));
    CHECK(view.line(titled) == QStringLiteral("Title: ") + longTitle);

    // A field the view does not know is shown by its stored name, its value as it is.
    CHECK(view.summary(entry("insert", "opinions", "", R"({"mystery":"x"})")) ==
          QStringLiteral("mystery: x"));

    // A recurring plan written by a program in another language: its recurrence is said again
    // from its parts in the reader's; an older entry without them shows the text as written.
    const AuditRecord plan = entry(
        "insert", "activity_plans", "",
        R"({"day":15,"describe":"每年12月15日 09:00","month":12,"rule":"yearly","time":"09:00",)"
        R"("title":"年度述职会"})");
    ActivityPlan yearly;
    yearly.rule = PlanRule::Yearly;
    yearly.month = 12;
    yearly.day = 15;
    yearly.time = QTime(9, 0);
    REQUIRE(yearly.describe() == QStringLiteral("Yearly on 12/15, 09:00"));
    CHECK(view.summary(plan) ==
          QStringLiteral("Title: 年度述职会; Recurrence: Yearly on 12/15, 09:00"));
    const AuditRecord older =
        entry("insert", "activity_plans", "",
              R"({"describe":"每年12月15日 09:00","rule":"yearly","title":"年度述职会"})");
    CHECK(view.summary(older) ==
          QStringLiteral("Title: 年度述职会; Recurrence: 每年12月15日 09:00"));

    // A plan saved keeps the parts of its recurrence in its entry.
    yearly.title = QStringLiteral("年度述职会");
    yearly.kindId =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM activity_kinds")).toLongLong();
    yearly.firstDay = QDate(2026, 1, 1);
    yearly.id = PlanRepository::save(*office, yearly);
    AuditFilter plans;
    plans.action = QStringLiteral("insert");
    plans.text = QStringLiteral("年度述职会");
    const QList<AuditRecord> saved = readAudit(db, plans, 1);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].tableName == QStringLiteral("activity_plans"));
    CHECK(saved[0].after.contains(QStringLiteral(R"("month":12)")));
    const QString kind =
        sql::scalar(db, QStringLiteral("SELECT name FROM activity_kinds WHERE id = ?"),
                    {yearly.kindId})
            .toString();
    CHECK(view.summary(saved[0]) ==
          QStringLiteral("Title: 年度述职会; Recurrence: Yearly on 12/15, 09:00; From: "
                         "2026-01-01; Activity kind: %1")
              .arg(kind));
    // Changed: only what changed; removed: the plan as it was.
    yearly.lastDay = QDate(2027, 12, 31);
    PlanRepository::save(*office, yearly);
    plans.action = QStringLiteral("update");
    const QList<AuditRecord> updated = readAudit(db, plans, 1);
    REQUIRE(updated.size() == 1);
    CHECK(view.summary(updated[0]) == QStringLiteral("Until: 2027-12-31"));
    PlanRepository::remove(*office, yearly.id);
    plans.action = QStringLiteral("delete");
    const QList<AuditRecord> removed = readAudit(db, plans, 1);
    REQUIRE(removed.size() == 1);
    CHECK(view.line(removed[0])
              .startsWith(QStringLiteral(
                  "Title: 年度述职会; Recurrence: Yearly on 12/15, 09:00; From: 2026-01-01")));

    // A real change: a deputy's phone. Only the phone is told, though the whole profile is kept.
    Deputy d = DeputyRepository::load(db, 1);
    const QString oldPhone = d.phone;
    d.phone = QStringLiteral("13900001111");
    DeputyRepository::update(*office, d);
    const QList<AuditField> changed = view.fields(newest(db, "update", "deputies"));
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].label == QStringLiteral("Phone"));
    CHECK(changed[0].before == oldPhone);
    CHECK(changed[0].after == QStringLiteral("13900001111"));
}

TEST_CASE("Every field in the demo office's audit trail is shown under a name in words, never "
          "its stored key")
{
    // The demo office is written through the repositories: deputies, groups, the organisation
    // registers, activities, plans, opinions and their steps, suggestions, a selection round.
    test::TempDir dir;
    auto office = demoIn(dir);
    QSet<QString> tables;
    const QStringList unnamed = unnamedFields(office->db(), &tables);
    CHECK(tables.size() >= 20);
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("What the demo office does not write is in words too: activity kinds and objections, "
          "raisings and supervisions, accounts and imports, a broken lock")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    const QDate today = QDate::currentDate();

    ActivityKind tea;
    tea.name = QStringLiteral("民情茶话会");
    tea.headings = {QStringLiteral("茶话内容")};
    tea.steps = {KindStep{0, Phase::Before, QStringLiteral("邀请居民")}};
    tea.id = ActivityRepository::saveKind(*office, tea);
    tea = ActivityRepository::kind(db, tea.id);
    tea.steps[0].phase = Phase::During;
    ActivityRepository::saveKind(*office, tea);

    const qint64 opinion =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM opinions WHERE state = 'in_progress'"))
            .toLongLong();
    OpinionRepository::addRaising(*office, {0, opinion, today, OpinionChannel::Reception,
                                            QStringLiteral("李大爷"), QStringLiteral("13800001111"),
                                            QStringLiteral("又来反映")});
    OpinionRepository::addSupervision(*office, {0, opinion, today, QStringLiteral("王主任"),
                                                SupervisionMethod::Phone, QStringLiteral("催办")});
    OpinionRepository::saveCategory(*office, {0, QStringLiteral("养老服务"), false});

    // An objection during a round's notice, upheld.
    const qint64 round = SelectionRepository::saveRound(
        *office, {0, QStringLiteral("2027年议事代表推选"), 3, {}, {}, false, {}});
    Nomination n;
    n.roundId = round;
    n.name = QStringLiteral("刘洋");
    n.party = QStringLiteral("中共党员");
    n.nominatingOrg = QStringLiteral("向阳社区党委");
    const qint64 nominee = SelectionRepository::nominate(*office, n);
    SelectionRepository::review(*office, nominee, true, {});
    SelectionRepository::review(*office, nominee, true, {});
    SelectionRepository::startNotice(*office, round, today.addDays(-1));
    const qint64 objection = SelectionRepository::addObjection(
        *office, nominee, today, QStringLiteral("反映该人选长期不在本社区居住"));
    SelectionRepository::resolveObjection(*office, objection, true, QStringLiteral("经核实属实"));

    // Accounts: added, another role, switched off and on, a password, a wrong one, unlocked.
    const UserRef clerk = UserRepository::add(*office, QStringLiteral("zhaomin"),
                                              QStringLiteral("赵敏"), Role::Clerk);
    UserRepository::setRole(*office, clerk.id, Role::Chair);
    UserRepository::setActive(*office, clerk.id, false);
    UserRepository::setActive(*office, clerk.id, true);
    UserRepository::setPassword(*office, clerk.id, QStringLiteral("zhaomin-2026"));
    CHECK_THROWS_AS(
        UserRepository::authenticate(db, QStringLiteral("zhaomin"), QStringLiteral("wrong"), true),
        Error);
    UserRepository::unlock(*office, clerk.id);

    // A phone seen in full; the roster out in full and back; a ledger and a log imported.
    DeputyRepository::reveal(*office, 1, QStringLiteral("phone"));
    const QString roster = dir.path(QStringLiteral("roster.csv"));
    exportRoster(*office, roster, true);
    REQUIRE(importRoster(*office, roster).written);
    const QString ledger = dir.path(QStringLiteral("ledger.csv"));
    test::writeAll(ledger, QStringLiteral("登记日期,接单代表,标题,类别\n%1,%2,路灯不亮,城建\n")
                               .arg(today.toString(Qt::ISODate), DeputyRepository::load(db, 1).name)
                               .toUtf8());
    REQUIRE(importOpinionLedger(*office, ledger).written);
    const QString log = dir.path(QStringLiteral("log.csv"));
    test::writeAll(log, QStringLiteral("日期,类型,标题\n%1,板凳议事会,导入的议事会\n")
                            .arg(today.toString(Qt::ISODate))
                            .toUtf8());
    REQUIRE(importActivityLog(*office, log).written);

    QSet<QString> tables;
    const QStringList unnamed = unnamedFields(db, &tables);
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
    for (const char* table : {"activity_kinds", "opinion_raisings", "opinion_supervisions",
                              "opinion_categories", "selection_objections", "users"})
        CHECK(tables.contains(QString::fromLatin1(table)));

    // A lock broken: the entry holds who held it (LockHolder::toJson).
    LockHolder holder;
    holder.host = QStringLiteral("pc1");
    holder.pid = 42;
    holder.since = QDateTime::currentDateTimeUtc();
    holder.user = QStringLiteral("lina");
    holder.app = QStringLiteral("deputydesk");
    AuditView view(db);
    const QJsonObject held = holder.toJson();
    const AuditRecord broken =
        entry("break_lock", "", QJsonDocument(held).toJson(QJsonDocument::Compact).constData(), "");
    for (const AuditField& f : view.fields(broken))
        CHECK_FALSE(held.contains(f.label));
    CHECK(view.fields(broken).size() == held.size());
}

TEST_CASE("The audit trail's search finds a coded value by its name as shown, not only by its "
          "stored key")
{
    // What a part typed is stored as besides: the keys whose names in words contain it.
    // (Accepted is inside Not accepted, as 受理 is inside 不予受理.)
    CHECK(AuditView::storedAs(opinionStateName(OpinionState::Accepted)) ==
          QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")});
    CHECK(AuditView::storedAs(opinionStateName(OpinionState::Rejected)) ==
          QStringList{QStringLiteral("rejected")});
    const QStringList satisfied = AuditView::storedAs(QStringLiteral("satisfied"));
    CHECK(satisfied.contains(QStringLiteral("satisfied")));
    CHECK(satisfied.contains(QStringLiteral("basically")));
    CHECK(satisfied.contains(QStringLiteral("dissatisfied")));
    CHECK(AuditView::storedAs(AuditView::tableName(QStringLiteral("supervision_topics")))
              .contains(QStringLiteral("supervision_topics")));
    CHECK(AuditView::storedAs(QStringLiteral("  ")).isEmpty());
    CHECK(AuditView::storedAs(QStringLiteral("楼道灯")).isEmpty());

    // Each part: its own phrase or any of its alternatives, whole.
    const auto alternatives = [](const QString& part) {
        return part == QStringLiteral("受理")
                   ? QStringList{QStringLiteral("accepted"), QStringLiteral("in_progress")}
                   : QStringList{};
    };
    CHECK(searchExpression(QStringLiteral("楼道 受理"), alternatives) ==
          QStringLiteral(R"("楼 道" AND ("受 理" OR "accepted" OR "in progress"))"));
    CHECK(searchExpression(QStringLiteral("受理")) == QStringLiteral(R"("受 理")"));

    // In a real trail: the demo's opinions not accepted, found by the state's name.
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    AuditFilter byName;
    byName.text = opinionStateName(OpinionState::Rejected);
    const qint64 plain = countAudit(db, byName);
    byName.alsoStoredAs = &AuditView::storedAs;
    const QList<AuditRecord> found = readAudit(db, byName);
    AuditFilter byKey;
    byKey.text = QStringLiteral("rejected");
    const qint64 stored = countAudit(db, byKey);
    REQUIRE(stored > 0);
    CHECK(found.size() >= stored);
    CHECK(found.size() > plain);
    AuditView view(db);
    CHECK(std::any_of(found.cbegin(), found.cend(), [&view](const AuditRecord& r) {
        return view.summary(r).contains(opinionStateName(OpinionState::Rejected));
    }));
}

TEST_CASE("An opinion's step is in the audit trail with what it set: the handling unit and "
          "deadline, the evaluation")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    AuditView view(db);
    const auto idIn = [&db](const char* state) {
        return sql::scalar(db, QStringLiteral("SELECT min(id) FROM opinions WHERE state = ?"),
                           {QString::fromLatin1(state)})
            .toLongLong();
    };
    AuditFilter steps;
    steps.action = QStringLiteral("transition");
    const auto field = [](const QList<AuditField>& fields, const QString& label) {
        for (const AuditField& f : fields)
            if (f.label == label)
                return f;
        FAIL("no field " << label.toStdString());
        return AuditField{};
    };

    // Dispatched: to which unit (by name) and by when.
    const qint64 accepted = idIn("accepted");
    REQUIRE(accepted > 0);
    const qint64 unit =
        sql::scalar(db, QStringLiteral("SELECT min(id) FROM handling_units")).toLongLong();
    const QString unitName =
        sql::scalar(db, QStringLiteral("SELECT name FROM handling_units WHERE id = ?"), {unit})
            .toString();
    OpinionTransition dispatch;
    dispatch.to = OpinionState::Dispatched;
    dispatch.handlingUnitId = unit;
    dispatch.deadline = QDate::currentDate().addDays(20);
    OpinionRepository::transition(*office, accepted, dispatch);
    QList<AuditRecord> newest = readAudit(db, steps, 1);
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].rowId == accepted);
    QList<AuditField> fields = view.fields(newest[0]);
    CHECK(field(fields, QStringLiteral("Handling unit")).after == unitName);
    CHECK(field(fields, QStringLiteral("Deadline")).after ==
          dispatch.deadline.toString(Qt::ISODate));
    CHECK(view.summary(newest[0]).startsWith(QStringLiteral("State: %1 → %2; Date: ")
                                                 .arg(opinionStateName(OpinionState::Accepted),
                                                      opinionStateName(OpinionState::Dispatched))));

    // Evaluated: the evaluation given, found again by its name.
    const qint64 feedback = idIn("feedback");
    REQUIRE(feedback > 0);
    OpinionTransition evaluate;
    evaluate.to = OpinionState::Evaluated;
    evaluate.evaluation = Evaluation::Dissatisfied;
    OpinionRepository::transition(*office, feedback, evaluate);
    newest = readAudit(db, steps, 1);
    REQUIRE(newest.size() == 1);
    fields = view.fields(newest[0]);
    const AuditField evaluation = field(fields, QStringLiteral("Evaluation"));
    CHECK(evaluation.before.isEmpty());
    CHECK(evaluation.after == evaluationName(Evaluation::Dissatisfied));
    AuditFilter byName;
    byName.text = evaluationName(Evaluation::Dissatisfied);
    byName.alsoStoredAs = &AuditView::storedAs;
    const QList<AuditRecord> found = readAudit(db, byName);
    CHECK(std::any_of(found.cbegin(), found.cend(),
                      [&](const AuditRecord& r) { return r.id == newest[0].id; }));
}

TEST_CASE("A formal suggestion's change is in the audit trail field by field, and its removal "
          "keeps what was removed")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    AuditView view(db);
    const QString deputy =
        sql::scalar(db, QStringLiteral("SELECT name FROM deputies WHERE id = 1")).toString();

    Suggestion s;
    s.title = QStringLiteral("关于增设社区养老助餐点的建议");
    s.number = QStringLiteral("12");
    s.submittedOn = QDate::currentDate().addDays(-30);
    s.deputyIds = {1};
    s.id = SuggestionRepository::save(*office, s);
    CHECK(view.line(newest(db, "insert", "suggestions")).contains(QStringLiteral("Number: 12")));

    // The reply recorded: only what changed is told, with the deputy's satisfaction in words.
    s.replyOn = QDate::currentDate();
    s.reply = QStringLiteral("已纳入明年民生实事项目");
    s.satisfaction = Evaluation::Satisfied;
    SuggestionRepository::save(*office, s);
    const QList<AuditField> changed = view.fields(newest(db, "update", "suggestions"));
    QStringList labels;
    for (const AuditField& f : changed)
        labels << f.label;
    CHECK(labels == QStringList{QStringLiteral("Reply"), QStringLiteral("Replied on"),
                                QStringLiteral("Deputy's satisfaction")});
    CHECK(changed[0].before.isEmpty());
    CHECK(changed[0].after == s.reply);
    CHECK(changed[2].after == evaluationName(Evaluation::Satisfied));

    // Removed: the entry keeps the suggestion, its deputies by name.
    SuggestionRepository::remove(*office, s.id);
    const QString removed = view.line(newest(db, "delete", "suggestions"));
    CHECK(removed.contains(QStringLiteral("Title: 关于增设社区养老助餐点的建议")));
    CHECK(removed.contains(deputy));
    CHECK(removed.contains(QStringLiteral("已纳入明年民生实事项目")));
}

TEST_CASE("A change of the work calendar is in the audit trail day by day")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    QList<CalendarDay> days = CalendarRepository::days(db, 2026);
    REQUIRE_FALSE(days.isEmpty());
    const CalendarDay dropped = days.takeFirst();
    REQUIRE_FALSE(dropped.workday);
    days.append({QDate(2026, 12, 28), false, QStringLiteral("区人代会休会")});
    CalendarRepository::saveYear(*office, 2026, days);
    const AuditRecord changed = newest(db, "update", "calendar_days");
    const QList<AuditField> fields = AuditView(db).fields(changed);
    // Of the year's list only what was added and removed; the swapped working days did not
    // change.
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].label == QStringLiteral("Holidays"));
    CHECK(fields[0].difference);
    CHECK(fields[0].before.isEmpty());
    CHECK(fields[0].after == QStringLiteral("added 2026-12-28 区人代会休会; removed %1 %2")
                                 .arg(dropped.day.toString(Qt::ISODate), dropped.name));
    CHECK(AuditView(db).details(changed) == QStringLiteral("Holidays: ") + fields[0].after);
}

TEST_CASE("A meeting's attendance, a kind's checklist and a round's seats are in the audit trail "
          "item by item, a change as what was added, removed and changed")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    const QSqlDatabase db = office->db();
    AuditView view(db);
    const auto name = [&db](qint64 id) {
        return sql::scalar(db, QStringLiteral("SELECT name FROM deputies WHERE id = ?"), {id})
            .toString();
    };

    // A meeting: each deputy by name with how they attended.
    Activity meeting;
    meeting.kindId = *ActivityRepository::findKind(db, QStringLiteral("板凳议事会"));
    meeting.title = QStringLiteral("向阳小区板凳议事会");
    meeting.date = QDate::currentDate().addDays(-3);
    meeting.start = QTime(14, 30);
    meeting.attendees = {{1, {}, Attendance::Present, {}}, {2, {}, Attendance::Absent, {}}};
    meeting.participants = {{QStringLiteral("向阳社区居委会"), 3}};
    meeting.id = ActivityRepository::save(*office, meeting);
    const QString added = view.line(newest(db, "insert", "activities"));
    CHECK(added.contains(
        QStringLiteral("Deputies attending: %1 (Present)、%2 (Absent)").arg(name(1), name(2))));
    CHECK(added.contains(QStringLiteral("Other participants: 向阳社区居委会 (3 people)")));
    // Its start as a day and a time, not as stored (2026-03-10T14:30).
    CHECK(added.contains(
        QStringLiteral("Starts at: %1 14:30").arg(meeting.date.toString(Qt::ISODate))));

    // Changed: one on leave now, one gone, one new; the reason for leave told. Nothing else
    // of the meeting changed, so nothing else is told.
    meeting.attendees = {{1, {}, Attendance::Leave, QStringLiteral("出差")},
                         {3, {}, Attendance::Present, {}}};
    ActivityRepository::save(*office, meeting);
    const QList<AuditField> changed = view.fields(newest(db, "update", "activities"));
    REQUIRE(changed.size() == 1);
    CHECK(changed[0].label == QStringLiteral("Deputies attending"));
    CHECK(changed[0].difference);
    CHECK(changed[0].after ==
          QStringLiteral("added %1 (Present); removed %2 (Absent); %3: Present → On leave: 出差")
              .arg(name(3), name(2), name(1)));

    // A kind: its checklist and headings, item by item, with the phase in words.
    ActivityKind tea;
    tea.name = QStringLiteral("民情茶话会");
    tea.headings = {QStringLiteral("茶话内容")};
    tea.steps = {KindStep{0, Phase::Before, QStringLiteral("邀请居民")}};
    tea.id = ActivityRepository::saveKind(*office, tea);
    CHECK(view.line(newest(db, "insert", "activity_kinds"))
              .contains(QStringLiteral("Checklist: 邀请居民 (Before the meeting)")));
    tea = ActivityRepository::kind(db, tea.id);
    tea.steps[0].phase = Phase::During;
    tea.steps << KindStep{0, Phase::After, QStringLiteral("反馈结果")};
    tea.headings << QStringLiteral("居民意见");
    ActivityRepository::saveKind(*office, tea);
    const QList<AuditField> kind = view.fields(newest(db, "update", "activity_kinds"));
    REQUIRE(kind.size() == 2);
    CHECK(fieldNamed(kind, QStringLiteral("Checklist")).after ==
          QStringLiteral("added 反馈结果 (After the meeting); 邀请居民: Before the meeting → "
                         "During the meeting"));
    CHECK(fieldNamed(kind, QStringLiteral("Minutes headings")).after ==
          QStringLiteral("added 居民意见"));

    // A round's seat structure: a number of places changed, a quota added. (No translation is
    // loaded here; the English one says "1 place", "2 places".)
    const qint64 round = SelectionRepository::saveRound(
        *office, {0, QStringLiteral("2027年议事代表推选"), 3, {}, {}, false, {}});
    SelectionRepository::setQuotas(*office, round,
                                   {{QuotaDimension::Sector, QStringLiteral("个体工商户"), 1, 0}});
    SelectionRepository::setQuotas(*office, round,
                                   {{QuotaDimension::Sector, QStringLiteral("个体工商户"), 2, 0},
                                    {QuotaDimension::Party, QStringLiteral("中共党员"), 1, 0}});
    const QList<AuditField> seats = view.fields(newest(db, "update", "selection_quotas"));
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].label == QStringLiteral("Seat structure"));
    INFO(seats[0].after.toStdString());
    CHECK(seats[0].after == QStringLiteral("added Political affiliation 中共党员 (1 place(s)); "
                                           "Sector 个体工商户: 1 place(s) → 2 place(s)"));
}

TEST_CASE("A moment the trail stored in UTC is shown in local time, as the time column is")
{
    test::TempDir dir;
    auto office = demoIn(dir);
    AuditView view(office->db());
    const QDateTime since(QDate(2026, 11, 25), QTime(5, 16, 50), Qt::UTC);
    const QList<AuditField> fields = view.fields(
        entry("break_lock", "", R"({"host":"pc1","pid":42,"since":"2026-11-25T05:16:50Z"})", ""));
    CHECK(fieldNamed(fields, QStringLiteral("Held since")).before ==
          since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    CHECK(fieldNamed(fields, QStringLiteral("Computer")).before == QStringLiteral("pc1"));
    // A text that only starts like a moment stays as it is.
    const QList<AuditField> titled =
        view.fields(entry("insert", "opinions", "", R"({"title":"2026-11-25T10:00 路灯不亮"})"));
    REQUIRE(titled.size() == 1);
    CHECK(titled[0].after == QStringLiteral("2026-11-25T10:00 路灯不亮"));
}
