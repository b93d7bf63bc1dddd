// The year's figures on a hand-built set of opinions whose every figure is known, and the
// ledger import (all or nothing, history rebuilt, places and units created).
#include "io/opinionledger.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "org/recordstore.h"
#include "org/workcalendar.h"
#include "stats/opinionstats.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QStringEncoder>

using namespace dd;
using dd::test::TempDir;
using S = OpinionState;

namespace {
struct Data
{
    TempDir dir;
    std::unique_ptr<OfficeFile> file = test::makeOffice(dir.path(QStringLiteral("s.ddoffice")));
    qint64 deputy = 0, community = 0, other = 0, unit = 0;

    Data()
    {
        Deputy d;
        d.name = QStringLiteral("张三");
        d.kind = DeputyKind::Congress;
        deputy = DeputyRepository::add(*file, d);
        community = RecordStore::save(*file, communitySpec(),
                                      {{QStringLiteral("id"), 0},
                                       {QStringLiteral("name"), QStringLiteral("向阳社区")},
                                       {QStringLiteral("kind"), QStringLiteral("community")}});
        other = RecordStore::save(*file, communitySpec(),
                                  {{QStringLiteral("id"), 0},
                                   {QStringLiteral("name"), QStringLiteral("观海社区")},
                                   {QStringLiteral("kind"), QStringLiteral("community")}});
        unit = RecordStore::save(*file, handlingUnitSpec(),
                                 {{QStringLiteral("id"), 0},
                                  {QStringLiteral("name"), QStringLiteral("街道城管办")},
                                  {QStringLiteral("kind"), QStringLiteral("street_department")}});
    }

    qint64 add(const char* category, const QDate& on, qint64 communityId)
    {
        Opinion o;
        o.registeredOn = on;
        o.anonymous = true;
        o.communityId = communityId;
        o.deputyId = deputy;
        o.title = QStringLiteral("意见");
        o.categoryId = *OpinionRepository::findCategory(file->db(), QString::fromUtf8(category));
        return OpinionRepository::save(*file, o);
    }

    void step(qint64 id, S to, const QDate& on)
    {
        OpinionTransition t;
        t.to = to;
        t.on = on;
        t.note = QStringLiteral("原因");
        t.handlingUnitId = unit;
        t.result = QStringLiteral("已办");
        t.evaluation = Evaluation::Satisfied;
        step(id, t);
    }

    void step(qint64 id, const OpinionTransition& t)
    {
        Transaction tx(file->db());
        OpinionRepository::transition(file->db(), file->currentUser(), id, t,
                                      WorkCalendar::load(file->db()), QDate(2026, 12, 31));
        tx.commit();
    }

    // Registered on `on`, dispatched with `deadline`, completed on `done` (if valid) and rated.
    qint64 handled(const char* category, const QDate& on, const QDate& deadline, const QDate& done,
                   Evaluation rating)
    {
        const qint64 id = add(category, on, community);
        step(id, S::Accepted, on);
        OpinionTransition t;
        t.to = S::Dispatched;
        t.on = on;
        t.handlingUnitId = unit;
        t.deadline = deadline;
        step(id, t);
        step(id, S::InProgress, on);
        if (!done.isValid())
            return id;
        step(id, S::Completed, done);
        step(id, S::Feedback, done);
        t = {};
        t.to = S::Evaluated;
        t.on = done;
        t.evaluation = rating;
        step(id, t);
        return id;
    }
};

void requireRate(const std::optional<double>& rate, double expected)
{
    REQUIRE(rate);
    CHECK(*rate == Approx(expected));
}
} // namespace

TEST_CASE("Each figure follows its definition on a hand-built year", "[stats]")
{
    Data d;
    // Mon 2 Mar -> Wed 4 Mar: 2 working days; -> Fri 13 Mar: 9; Wed 6 May -> Fri 8 May: 2
    // (after the 1-5 May holidays).
    d.handled("城建", QDate(2026, 3, 2), QDate(2026, 3, 6), QDate(2026, 3, 4),
              Evaluation::Satisfied);
    d.handled("城建", QDate(2026, 3, 2), QDate(2026, 3, 10), QDate(2026, 3, 13),
              Evaluation::BasicallySatisfied);
    d.handled("交通", QDate(2026, 4, 1), QDate(2026, 4, 10), {}, Evaluation::None); // overdue
    const qint64 rejected = d.add("交通", QDate(2026, 4, 1), d.community);
    d.step(rejected, S::Rejected, QDate(2026, 4, 1));
    const qint64 escalated = d.add("环境", QDate(2026, 5, 6), d.community);
    d.step(escalated, S::Accepted, QDate(2026, 5, 6));
    d.add("环境", QDate(2026, 5, 6), d.other); // still 登记
    d.handled("环境", QDate(2026, 5, 6), QDate(2026, 5, 20), QDate(2026, 5, 8),
              Evaluation::Dissatisfied);
    d.add("环境", QDate(2025, 12, 30), d.community); // last year

    Suggestion s;
    s.title = QStringLiteral("建议一");
    s.submittedOn = QDate(2026, 5, 10);
    s.deputyIds = {d.deputy};
    const qint64 first =
        SuggestionRepository::escalate(*d.file, escalated, s, {}, QDate(2026, 5, 10));
    s = SuggestionRepository::load(d.file->db(), first);
    s.replyOn = QDate(2026, 6, 20);
    s.reply = QStringLiteral("已采纳");
    s.satisfaction = Evaluation::Satisfied;
    SuggestionRepository::save(*d.file, s);
    Suggestion second;
    second.title = QStringLiteral("建议二");
    second.submittedOn = QDate(2026, 6, 1);
    second.deputyIds = {d.deputy};
    SuggestionRepository::save(*d.file, second);
    second.title = QStringLiteral("去年的建议");
    second.submittedOn = QDate(2025, 6, 1);
    SuggestionRepository::save(*d.file, second);

    const OpinionFigures f = stats::opinionFigures(d.file->db(), 2026, QDate(2026, 6, 30));
    CHECK(f.collected == 7);
    CHECK(f.accepted == 5);
    CHECK(f.rejected == 1);
    CHECK(f.resolved == 3);
    requireRate(f.resolutionRate, 3.0 / 7);
    CHECK(f.escalated == 1);
    CHECK(f.overdue == 1);
    CHECK(f.evaluated == 3);
    CHECK(f.satisfied == 1);
    CHECK(f.basicallySatisfied == 1);
    CHECK(f.dissatisfied == 1);
    requireRate(f.satisfactionRate, 2.0 / 3);
    requireRate(f.strictSatisfactionRate, 1.0 / 3);
    requireRate(f.avgWorkingDaysToResolve, 13.0 / 3);
    // Overdue depends on the reference date: the deadline day itself is not late.
    CHECK(stats::opinionFigures(d.file->db(), 2026, QDate(2026, 4, 10)).overdue == 0);
    CHECK(stats::opinionFigures(d.file->db(), 2026, QDate(2026, 4, 13)).overdue == 1);

    const SuggestionFigures sf = stats::suggestionFigures(d.file->db(), 2026);
    CHECK(sf.submitted == 2);
    CHECK(sf.replied == 1);
    requireRate(sf.replyRate, 0.5);
    requireRate(sf.replySatisfactionRate, 1.0);

    // Empty years give null rates, not zero.
    const OpinionFigures none = stats::opinionFigures(d.file->db(), 2020, QDate(2026, 6, 30));
    CHECK(none.collected == 0);
    CHECK_FALSE(none.resolutionRate);
    CHECK_FALSE(none.satisfactionRate);
    CHECK_FALSE(none.avgWorkingDaysToResolve);
    const QJsonObject json = stats::yearJson(d.file->db(), 2020, QDate(2026, 6, 30));
    CHECK(json.value(QStringLiteral("opinions"))
              .toObject()
              .value(QStringLiteral("resolution_rate"))
              .isNull());

    const QList<FigureRow> byCategory =
        stats::opinionBreakdown(d.file->db(), 2026, QDate(2026, 6, 30), OpinionDimension::Category);
    QStringList rows;
    for (const FigureRow& r : byCategory)
        rows << QStringLiteral("%1:%2/%3/%4")
                    .arg(r.label)
                    .arg(r.figures.collected)
                    .arg(r.figures.resolved)
                    .arg(r.figures.overdue);
    CHECK(rows.join(QLatin1Char(' ')) == QStringLiteral("城建:2/2/0 环境:3/1/0 交通:2/0/1"));
    const QList<FigureRow> byMonth =
        stats::opinionBreakdown(d.file->db(), 2026, QDate(2026, 6, 30), OpinionDimension::Month);
    REQUIRE(byMonth.size() == 3);
    CHECK(byMonth[0].figures.collected == 2);
    CHECK(byMonth[2].figures.collected == 3);
    const QList<FigureRow> byCommunity = stats::opinionBreakdown(
        d.file->db(), 2026, QDate(2026, 6, 30), OpinionDimension::Community);
    REQUIRE(byCommunity.size() == 2);
    CHECK(byCommunity[0].label == QStringLiteral("观海社区"));
    CHECK(byCommunity[0].figures.collected == 1);
    CHECK(byCommunity[1].figures.collected == 6);
}

TEST_CASE("The breakdowns by deputy, group and responsibility class, and one read for all")
{
    Data d;
    d.handled("城建", QDate(2026, 3, 2), QDate(2026, 3, 6), QDate(2026, 3, 4),
              Evaluation::Satisfied);
    d.add("交通", QDate(2026, 4, 1), d.community);
    {
        Transaction tx(d.file->db());
        const qint64 first = GroupRepository::create(d.file->db(), d.file->currentUser(),
                                                     QStringLiteral("第一小组"));
        GroupRepository::setMember(d.file->db(), d.file->currentUser(), first, d.deputy,
                                   GroupRole::Member);
        GroupRepository::create(d.file->db(), d.file->currentUser(), QStringLiteral("第二小组"));
        tx.commit();
    }
    // Taken by the second group itself (no deputy), a government department's matter.
    Opinion o;
    o.registeredOn = QDate(2026, 4, 2);
    o.anonymous = true;
    o.groupId = GroupRepository::findByName(d.file->db(), QStringLiteral("第二小组"));
    o.title = QStringLiteral("小组接收的意见");
    o.categoryId = *OpinionRepository::findCategory(d.file->db(), QStringLiteral("交通"));
    o.responsibility = Responsibility::Government;
    OpinionRepository::save(*d.file, o);

    const stats::OpinionYear year = stats::OpinionYear::load(d.file->db(), 2026);
    const auto table = [&](OpinionDimension dimension) {
        QStringList rows;
        for (const FigureRow& r : year.breakdown(QDate(2026, 6, 30), dimension))
            rows << QStringLiteral("%1:%2/%3")
                        .arg(r.label)
                        .arg(r.figures.collected)
                        .arg(r.figures.resolved);
        return rows.join(QLatin1Char(' ')).toStdString();
    };
    CHECK(table(OpinionDimension::Deputy) == "张三:2/1 (none):1/0");
    CHECK(table(OpinionDimension::Group) == "第一小组:2/1 第二小组:1/0");
    CHECK(table(OpinionDimension::Responsibility) ==
          QString(responsibilityName(Responsibility::Government) + QStringLiteral(":1/0 ") +
                  responsibilityName(Responsibility::Community) + QStringLiteral(":2/1"))
              .toStdString());
    // The same figures as reading the year again for each.
    CHECK(year.figures(QDate(2026, 6, 30)).toJson() ==
          stats::opinionFigures(d.file->db(), 2026, QDate(2026, 6, 30)).toJson());
    CHECK(year.figures(QDate(2026, 6, 30)).collected == 3);
}

namespace {
QString ledgerCsv(const QList<QStringList>& rows)
{
    QStringList lines = {opinionLedgerColumns().join(QLatin1Char(','))};
    for (const QStringList& row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"');
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

// 登记日期 来源渠道 反映人 联系电话 社区 网格 接单代表 标题 内容 类别 责任类别 状态 承办单位
// 办理时限 办结日期 办理结果 评价
QStringList row(const char* date, const char* state, const char* unit, const char* deadline,
                const char* done, const char* result, const char* rating, const char* title)
{
    return {
        QString::fromUtf8(date),       QStringLiteral("走访"),         QStringLiteral("刘秀兰"),
        QStringLiteral("13912345678"), QStringLiteral("新建社区"),     QStringLiteral("第一网格"),
        QStringLiteral("张三"),        QString::fromUtf8(title),       QStringLiteral("详细内容"),
        QStringLiteral("城建"),        QStringLiteral("街道职责事项"), QString::fromUtf8(state),
        QString::fromUtf8(unit),       QString::fromUtf8(deadline),    QString::fromUtf8(done),
        QString::fromUtf8(result),     QString::fromUtf8(rating)};
}
} // namespace

TEST_CASE("A ledger is imported with its states and rebuilt history", "[stats]")
{
    Data d;
    const QString path = d.dir.path(QStringLiteral("台账.csv"));
    QStringEncoder gb("GB18030");
    test::writeAll(path,
                   gb.encode(ledgerCsv(
                       {row("2026-03-02", "归档", "新建城管科", "2026-03-20", "2026-03-10",
                            "已修复", "满意", "路灯不亮"),
                        row("2026/4/1", "交办", "街道城管办", "5个工作日", "", "", "", "占道经营"),
                        row("2026-04-02", "不予受理", "", "", "", "属民事纠纷", "", "邻里纠纷"),
                        row("2026-04-03", "", "", "", "", "", "", "噪音扰民")})));
    const OpinionImportReport dry = importOpinionLedger(*d.file, path, {}, true);
    INFO(dry.toText().toStdString());
    REQUIRE(dry.ok());
    CHECK(dry.inserted == 4);
    CHECK_FALSE(dry.written);
    CHECK(dry.createdCommunities == QStringList{QStringLiteral("新建社区")});
    CHECK(dry.createdGrids == QStringList{QStringLiteral("新建社区/第一网格")});
    CHECK(dry.createdUnits == QStringList{QStringLiteral("新建城管科")});
    CHECK(sql::scalar(d.file->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt() == 0);

    const OpinionImportReport report = importOpinionLedger(*d.file, path);
    REQUIRE(report.written);
    const QSqlDatabase db = d.file->db();
    OpinionFilter all;
    QHash<QString, Opinion> byTitle;
    for (const OpinionListRow& r : OpinionRepository::list(db, all))
        byTitle.insert(r.opinion.title, r.opinion);
    REQUIRE(byTitle.size() == 4);
    const Opinion lamp = byTitle.value(QStringLiteral("路灯不亮"));
    CHECK(lamp.state == S::Archived);
    CHECK(lamp.completedOn == QDate(2026, 3, 10));
    CHECK(lamp.evaluation == Evaluation::Satisfied);
    QStringList path1;
    for (const OpinionHistoryEntry& e : OpinionRepository::history(db, lamp.id)) {
        path1 << opinionStateKey(e.to);
        if (e.to != S::Registered) // the office's record, in Chinese in any interface language
            CHECK(e.note == QStringLiteral("由台账 %1 导入").arg(QFileInfo(path).fileName()));
    }
    CHECK(path1.join(QLatin1Char(',')) ==
          QStringLiteral("registered,accepted,dispatched,in_progress,completed,feedback,evaluated,"
                         "archived"));
    const Opinion stall = byTitle.value(QStringLiteral("占道经营"));
    CHECK(stall.state == S::Dispatched);
    CHECK(stall.deadline == QDate(2026, 4, 9)); // Wed 1 Apr + 5 working days (清明 4-6 Apr)
    CHECK(byTitle.value(QStringLiteral("邻里纠纷")).rejectReason == QStringLiteral("属民事纠纷"));
    CHECK(byTitle.value(QStringLiteral("噪音扰民")).state == S::Registered);
    CHECK(byTitle.value(QStringLiteral("噪音扰民")).gridId);

    // Imported again: every row is already there.
    const OpinionImportReport again = importOpinionLedger(*d.file, path);
    CHECK(again.inserted == 0);
    CHECK(again.skipped == 4);
}

TEST_CASE("A bad ledger writes nothing and lists every bad row", "[stats]")
{
    Data d;
    const QString path = d.dir.path(QStringLiteral("bad.csv"));
    QList<QStringList> rows = {
        row("2026-03-02", "办结", "", "", "", "", "", "缺办结日期"),   // row 2
        row("昨天", "登记", "", "", "", "", "", "日期不对"),           // row 3
        row("2026-03-02", "已办", "", "", "", "", "", "状态不对"),     // row 4
        row("2026-03-02", "受理", "", "", "", "", "满意", "评价早了"), // row 5
        row("2026-03-02", "交办", "城管科", "", "", "", "", "缺时限"), // row 6
        row("2026-03-02", "登记", "", "", "", "", "", "好的一行")};    // row 7
    rows[2][9] = QStringLiteral("水电");                               // unknown category
    rows[3][6] = QStringLiteral("李四");                               // unknown deputy
    test::writeAll(path, ledgerCsv(rows).toUtf8());
    const QString office = d.file->path();
    d.file.reset();
    const QByteArray before = test::sha256(office);
    d.file = OfficeFile::open(office);
    const OpinionImportReport report = importOpinionLedger(*d.file, path);
    CHECK_FALSE(report.written);
    QStringList where;
    for (const ImportProblem& p : report.problems)
        where << QStringLiteral("%1:%2").arg(p.row).arg(p.column);
    INFO(report.toText().toStdString());
    for (const char* expected : {"2:办结日期", "2:办理结果", "3:登记日期", "4:状态", "4:类别",
                                 "5:评价", "5:接单代表", "6:办理时限"})
        CHECK(where.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(where.join(QLatin1Char(' ')).contains(QStringLiteral("7:")));
    CHECK(sql::scalar(d.file->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt() == 0);
    CHECK(sql::scalar(d.file->db(), QStringLiteral("SELECT count(*) FROM communities")).toInt() ==
          2);
    d.file.reset();
    CHECK(test::sha256(office) == before);
}
