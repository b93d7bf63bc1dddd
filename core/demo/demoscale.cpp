#include "demoscale.h"

#include "demooffice.h"
#include "opinion/opinion.h"
#include "org/pinyin.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/user.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace dd {

namespace {
QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

struct Sizes
{
    int deputies;
    int activities;
    int attendeesPerActivity;
    int opinions;
    int suggestions;
    int logInsPerWorkingDay;
};

Sizes sizesOf(DemoScale scale)
{
    const Sizes street{110, 1000, 20, 1500, 300, 2};
    if (scale == DemoScale::Street)
        return street;
    return {street.deputies * 100, street.activities * 100,  street.attendeesPerActivity,
            street.opinions * 100, street.suggestions * 100, street.logInsPerWorkingDay * 100};
}

// The columns a step forward sets (OpinionRepository::transition), which its audit entry holds.
QStringList columnsSetBy(OpinionState to)
{
    const auto columns = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names)
            list << QString::fromLatin1(name);
        return list;
    };
    switch (to) {
    case OpinionState::Rejected:
        return columns({"reject_reason"});
    case OpinionState::Dispatched:
        return columns({"handling_unit_id", "dispatched_on", "deadline"});
    case OpinionState::Completed:
        return columns({"result", "reply", "completed_on"});
    case OpinionState::Feedback:
        return columns({"feedback_on"});
    case OpinionState::Evaluated:
        return columns({"evaluation", "evaluated_on"});
    case OpinionState::Archived:
        return columns({"archived_on"});
    default:
        return {};
    }
}

// A column a step sets, as it is before that step: no handling unit, empty text.
QJsonValue notYetSet(const QString& column)
{
    return column == QLatin1String("handling_unit_id") ? QJsonValue() : QJsonValue(QString());
}

QString insertStatement(const QString& table, const QStringList& columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringLiteral(", ?").repeated(columns.size() - 1));
}

// The audit trail the program would have written over the ten years: a row for each record
// and for each step of an opinion, and the log-ins. Records are generated kind by kind, so
// the rows wait in a temporary table and are chained in time order at the end.
class GeneratedAudit
{
public:
    explicit GeneratedAudit(const QSqlDatabase& db) : m_db(db)
    {
        sql::run(db, QStringLiteral("CREATE TEMP TABLE demo_audit (at TEXT NOT NULL, login TEXT "
                                    "NOT NULL, action TEXT NOT NULL, table_name TEXT NOT NULL, "
                                    "row_id INTEGER NOT NULL, before_json TEXT NOT NULL, "
                                    "after_json TEXT NOT NULL)"));
        m_add = std::make_unique<sql::Prepared>(
            db, QStringLiteral("INSERT INTO temp.demo_audit VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const UserRef& user : UserRepository::all(db))
            m_users.insert(user.login, user);
    }

    // minute: of the working day, which starts at 08:30 in China (00:30 UTC).
    void add(const QDate& day, int minute, const QString& login, const QString& action,
             const QString& table, qint64 rowId, const QString& before, const QString& after)
    {
        minute = 30 + minute % (9 * 60);
        const QString at = sql::dateText(day) + QStringLiteral("T%1:%2:00.000Z")
                                                    .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                                    .arg(minute % 60, 2, 10, QLatin1Char('0'));
        (*m_add)({qMin(at, m_now), login, action, table, rowId, before, after}); // not ahead
    }

    UserRef user(const QString& login) const { return m_users.value(login); }

    // Chains every row, oldest first, after the rows the file already has.
    void seal()
    {
        AuditChainWriter chain(m_db);
        QSqlQuery rows =
            sql::run(m_db, QStringLiteral("SELECT at, login, action, table_name, row_id, "
                                          "before_json, after_json FROM temp.demo_audit ORDER BY "
                                          "at, rowid"));
        while (rows.next())
            chain.append(rows.value(0).toString(), user(rows.value(1).toString()),
                         rows.value(2).toString(), rows.value(3).toString(),
                         rows.value(4).toLongLong(), rows.value(5).toString(),
                         rows.value(6).toString());
        rows.finish();
        m_add.reset();
        sql::run(m_db, QStringLiteral("DROP TABLE temp.demo_audit"));
    }

private:
    QSqlDatabase m_db;
    QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    std::unique_ptr<sql::Prepared> m_add;
    QHash<QString, UserRef> m_users;
};

// Ten years of records and their audit trail, in one transaction.
void generate(const QSqlDatabase& db, DemoScale scale, quint32 seed)
{
    const Sizes size = sizesOf(scale);
    QRandomGenerator rng(seed);
    const auto pick = [&rng](const auto& list) -> const auto&
    {
        return list[rng.bounded(int(list.size()))];
    };
    const QString now = sql::timestamp();
    const QDate today = QDate::currentDate();
    const QDate first = today.addYears(-10);
    const int days = int(first.daysTo(today));

    Transaction tx(db);
    // Deputies up to the scale's number, with names searchable in pinyin and each a birth date
    // of their own (born 1955-1994), so that those of one name can be told apart, as a roster
    // re-imported must.
    const QStringList surnames = {s(u"王"), s(u"李"), s(u"张"), s(u"刘"), s(u"陈"), s(u"杨"),
                                  s(u"赵"), s(u"黄"), s(u"周"), s(u"吴"), s(u"徐"), s(u"孙"),
                                  s(u"胡"), s(u"朱"), s(u"高"), s(u"林"), s(u"何"), s(u"郭")};
    const QStringList given = {s(u"建国"), s(u"秀兰"), s(u"志强"), s(u"丽娟"), s(u"海燕"),
                               s(u"德明"), s(u"玉梅"), s(u"国庆"), s(u"春华"), s(u"红霞"),
                               s(u"建军"), s(u"文静"), s(u"永胜"), s(u"凤英"), s(u"宝山")};
    GeneratedAudit audit(db);
    const QString clerk = QStringLiteral("lina");
    const QString chair = QStringLiteral("zhangwei");
    const int existing = sql::scalar(db, QStringLiteral("SELECT count(*) FROM deputies")).toInt();
    const QStringList deputyColumns = {
        QStringLiteral("name"),   QStringLiteral("name_pinyin"), QStringLiteral("name_initials"),
        QStringLiteral("gender"), QStringLiteral("birth_date"),  QStringLiteral("kind"),
        QStringLiteral("status"), QStringLiteral("created_at"),  QStringLiteral("updated_at")};
    sql::Prepared deputy(db, insertStatement(QStringLiteral("deputies"), deputyColumns));
    for (int i = existing; i < size.deputies; ++i) {
        const QString name = pick(surnames) + pick(given);
        const PinyinKeys keys = pinyinKeys(name);
        const QVariantList row{name,
                               keys.full,
                               keys.initials,
                               rng.bounded(2) ? QStringLiteral("male") : QStringLiteral("female"),
                               sql::dateText(QDate(1955, 1, 1).addDays(i % 14600)),
                               rng.bounded(3) ? QStringLiteral("congress")
                                              : QStringLiteral("deliberation"),
                               QStringLiteral("serving"),
                               now,
                               now};
        audit.add(first, i, clerk, QStringLiteral("insert"), QStringLiteral("deputies"),
                  deputy(row), {}, auditJson(auditFields(deputyColumns, row)));
    }
    const QList<qint64> deputies = sql::ids(db, QStringLiteral("SELECT id FROM deputies"));
    // `count` different deputies at random (all of them if there are fewer).
    const auto someDeputies = [&](int count) {
        QList<qint64> chosen;
        while (chosen.size() < qMin<qsizetype>(count, deputies.size()))
            if (const qint64 who = pick(deputies); !chosen.contains(who))
                chosen << who;
        return chosen;
    };
    const QList<qint64> kinds = sql::ids(db, QStringLiteral("SELECT id FROM activity_kinds"));
    const QList<qint64> venues = sql::ids(db, QStringLiteral("SELECT id FROM venues"));
    const QList<qint64> groups = sql::ids(db, QStringLiteral("SELECT id FROM deputy_groups"));
    const QList<qint64> units = sql::ids(db, QStringLiteral("SELECT id FROM handling_units"));
    const QList<qint64> categories =
        sql::ids(db, QStringLiteral("SELECT id FROM opinion_categories"));
    QList<std::pair<qint64, qint64>> grids; // grid, community
    QSqlQuery g = sql::run(db, QStringLiteral("SELECT id, community_id FROM grids"));
    while (g.next())
        grids << std::make_pair(g.value(0).toLongLong(), g.value(1).toLongLong());
    const QStringList topics = {s(u"老旧小区加装电梯"),   s(u"背街小巷路灯维修"),
                                s(u"小区停车难问题"),     s(u"垃圾分类投放点设置"),
                                s(u"社区养老服务站建设"), s(u"雨污管网分流改造")};

    // Ten years of activities, each with its attendance and a topic or two.
    const int existingActivities =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM activities")).toInt();
    const QStringList activityColumns = {
        QStringLiteral("kind_id"),    QStringLiteral("title"),
        QStringLiteral("starts_at"),  QStringLiteral("venue_id"),
        QStringLiteral("group_id"),   QStringLiteral("residents_count"),
        QStringLiteral("created_at"), QStringLiteral("updated_at")};
    sql::Prepared activity(db, insertStatement(QStringLiteral("activities"), activityColumns));
    sql::Prepared texts(db, QStringLiteral("INSERT INTO activity_texts (activity_id, minutes) "
                                           "VALUES (?, ?)"));
    sql::Prepared attendee(db,
                           QStringLiteral("INSERT INTO activity_attendees (activity_id, deputy_id, "
                                          "status, reason, position) VALUES (?, ?, ?, ?, ?)"));
    sql::Prepared topic(db,
                        QStringLiteral("INSERT INTO activity_topics (activity_id, position, title) "
                                       "VALUES (?, ?, ?)"));
    const QStringList actionColumns = {QStringLiteral("activity_id"),
                                       QStringLiteral("position"),
                                       QStringLiteral("what"),
                                       QStringLiteral("responsible"),
                                       QStringLiteral("deadline"),
                                       QStringLiteral("status"),
                                       QStringLiteral("completion_note"),
                                       QStringLiteral("completed_on"),
                                       QStringLiteral("updated_at")};
    sql::Prepared actionItem(db, insertStatement(QStringLiteral("action_items"), actionColumns));
    const QStringList responsible = {s(u"社区居委会"), s(u"街道城管科"), s(u"物业服务中心"),
                                     s(u"街道社会事务科")};
    for (int i = existingActivities; i < size.activities; ++i) {
        const QDate day = first.addDays(qint64(i) * days / size.activities);
        const QString title = pick(topics);
        const QVariantList row{pick(kinds),
                               s(u"关于%1的议事活动").arg(title),
                               QStringLiteral("%1T%2:00")
                                   .arg(day.toString(Qt::ISODate))
                                   .arg(9 + rng.bounded(8), 2, 10, QLatin1Char('0')),
                               venues.isEmpty() ? QVariant() : QVariant(pick(venues)),
                               groups.isEmpty() ? QVariant() : QVariant(pick(groups)),
                               int(rng.bounded(30)),
                               now,
                               now};
        const qint64 id = activity(row);
        const QString minutes = s(u"<p>与会代表围绕%1进行了讨论。</p>").arg(title);
        texts({id, minutes});
        QJsonArray people;
        const QList<qint64> attending = someDeputies(size.attendeesPerActivity);
        for (int p = 0; p < attending.size(); ++p) {
            const qint64 who = attending[p];
            const int roll = int(rng.bounded(100));
            const QString status = roll < 85   ? QStringLiteral("present")
                                   : roll < 95 ? QStringLiteral("leave")
                                               : QStringLiteral("absent");
            const QString reason = roll >= 85 && roll < 95 ? s(u"出差") : QString();
            attendee({id, who, status, reason, p + 1});
            people.append(QJsonObject{{QStringLiteral("deputy_id"), who},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("reason"), reason}});
        }
        topic({id, 1, title});
        // A third of the meetings leave an item or two to follow up (落实事项), due in a month;
        // the older ones long done.
        QJsonArray actions;
        for (int n = 1, count = rng.bounded(3) ? 0 : 1 + int(rng.bounded(2)); n <= count; ++n) {
            const QDate deadline = day.addDays(30);
            const int r = int(rng.bounded(10));
            const QString status = deadline.daysTo(today) > 60
                                       ? (r ? QStringLiteral("done") : QStringLiteral("dropped"))
                                   : r < 4 ? QStringLiteral("open")
                                   : r < 7 ? QStringLiteral("in_progress")
                                           : QStringLiteral("done");
            const bool done = status == QLatin1String("done");
            const QVariantList item{id,
                                    n,
                                    s(u"跟进落实%1").arg(title),
                                    pick(responsible),
                                    sql::dateText(deadline),
                                    status,
                                    done ? s(u"已落实并向居民反馈") : QString(),
                                    done ? sql::dateText(qMin(deadline, today)) : QString(),
                                    now};
            actionItem(item);
            actions.append(auditFields(actionColumns, item));
        }
        QJsonObject after = auditFields(activityColumns, row);
        after.insert(QStringLiteral("minutes"), minutes);
        after.insert(QStringLiteral("attendees"), people);
        after.insert(QStringLiteral("topics"), QJsonArray{title});
        if (!actions.isEmpty())
            after.insert(QStringLiteral("actions"), actions);
        audit.add(day, i, clerk, QStringLiteral("insert"), QStringLiteral("activities"), id, {},
                  auditJson(after));
    }

    // Opinions over the ten years, with the history their state implies.
    const int existingOpinions =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinions")).toInt();
    const QStringList opinionColumns = {
        QStringLiteral("registered_on"),  QStringLiteral("channel"),
        QStringLiteral("anonymous"),      QStringLiteral("submitter_name"),
        QStringLiteral("community_id"),   QStringLiteral("grid_id"),
        QStringLiteral("deputy_id"),      QStringLiteral("title"),
        QStringLiteral("content"),        QStringLiteral("category_id"),
        QStringLiteral("responsibility"), QStringLiteral("state"),
        QStringLiteral("reject_reason"),  QStringLiteral("handling_unit_id"),
        QStringLiteral("dispatched_on"),  QStringLiteral("deadline"),
        QStringLiteral("result"),         QStringLiteral("reply"),
        QStringLiteral("completed_on"),   QStringLiteral("feedback_on"),
        QStringLiteral("evaluation"),     QStringLiteral("evaluated_on"),
        QStringLiteral("archived_on"),    QStringLiteral("created_at"),
        QStringLiteral("updated_at")};
    sql::Prepared opinion(db, insertStatement(QStringLiteral("opinions"), opinionColumns));
    sql::Prepared history(
        db, QStringLiteral("INSERT INTO opinion_history (opinion_id, recorded_at, "
                           "on_date, user_name, from_state, to_state, note) VALUES (?, "
                           "?, ?, 'demo', ?, ?, '')"));
    using S = OpinionState;
    const QList<S> line = {S::Registered, S::Accepted, S::Dispatched, S::InProgress,
                           S::Completed,  S::Feedback, S::Evaluated,  S::Archived};
    const QList<OpinionChannel> channels = allChannels();
    for (int i = existingOpinions; i < size.opinions; ++i) {
        const QDate reg = first.addDays(qint64(i) * days / size.opinions);
        const int age = int(reg.daysTo(today));
        const int roll = int(rng.bounded(100));
        S state = roll < 4 ? S::Rejected : age > 60 ? S::Archived : line[rng.bounded(1, 8)];
        const auto [grid, community] = pick(grids);
        const QString title = pick(topics);
        const auto at = [&](int step) { return qMin(reg.addDays(step * 3), today); };
        const qsizetype reached = line.indexOf(state);
        const bool dispatched = reached >= 2;
        const bool done = reached >= 4;
        const QString evaluation =
            reached >= 6 ? (roll < 80 ? QStringLiteral("satisfied") : QStringLiteral("basically"))
                         : QString();
        const auto date = [](bool set, const QDate& d) {
            return set ? d.toString(Qt::ISODate) : QString();
        };
        const QVariantList row{reg.toString(Qt::ISODate),
                               channelKey(pick(channels)),
                               0,
                               QString(pick(surnames) + pick(given)),
                               community,
                               grid,
                               pick(deputies),
                               title,
                               s(u"居民反映%1。").arg(title),
                               pick(categories),
                               rng.bounded(2) ? QStringLiteral("street")
                                              : QStringLiteral("community"),
                               opinionStateKey(state),
                               state == S::Rejected ? s(u"不属于受理范围") : QString(),
                               dispatched ? QVariant(pick(units)) : QVariant(),
                               date(dispatched, at(2)),
                               date(dispatched, reg.addDays(20)),
                               done ? s(u"已办结") : QString(),
                               done ? s(u"已答复") : QString(),
                               date(done, at(4)),
                               date(reached >= 5, at(5)),
                               evaluation,
                               date(reached >= 6, at(6)),
                               date(reached >= 7, at(7)),
                               now,
                               now};
        const qint64 id = opinion(row);
        // Registered: what the later steps set is not there yet (as OpinionRepository writes a
        // new opinion's entry).
        QJsonObject registered = auditFields(opinionColumns, row);
        registered.insert(QStringLiteral("state"), opinionStateKey(S::Registered));
        for (const S later : line + QList<S>{S::Rejected})
            for (const QString& column : columnsSetBy(later))
                registered.insert(column, notYetSet(column));
        audit.add(reg, i, clerk, QStringLiteral("insert"), QStringLiteral("opinions"), id, {},
                  auditJson(registered));
        history({id, now, reg.toString(Qt::ISODate), QString(), opinionStateKey(S::Registered)});
        // Each step in the history and in the audit trail (the chair archives), with the
        // fields it set, as OpinionRepository::transition writes them.
        const QJsonObject final = auditFields(opinionColumns, row);
        const auto step = [&](const QDate& on, S from, S to) {
            history(
                {id, now, on.toString(Qt::ISODate), opinionStateKey(from), opinionStateKey(to)});
            QJsonObject before{{QStringLiteral("state"), opinionStateKey(from)}};
            QJsonObject after{{QStringLiteral("state"), opinionStateKey(to)},
                              {QStringLiteral("on"), sql::dateText(on)},
                              {QStringLiteral("note"), QString()}};
            for (const QString& column : columnsSetBy(to)) {
                before.insert(column, notYetSet(column));
                after.insert(column, final.value(column));
            }
            audit.add(on, i + int(to), to == S::Archived ? chair : clerk,
                      QStringLiteral("transition"), QStringLiteral("opinions"), id,
                      auditJson(before), auditJson(after));
        };
        if (state == S::Rejected) {
            step(at(1), S::Registered, S::Rejected);
            continue;
        }
        for (qsizetype k = 1; k <= reached; ++k)
            step(at(int(k)), line[k - 1], line[k]);
    }

    // Suggestions to the district congress (代表建议, a tenth of them motions), handed in at its
    // session each January by one to three deputies; those older than three months answered
    // and rated.
    const int existingSuggestions =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM suggestions")).toInt();
    const QStringList suggestionColumns = {
        QStringLiteral("kind"),         QStringLiteral("title"),
        QStringLiteral("number"),       QStringLiteral("congress"),
        QStringLiteral("submitted_on"), QStringLiteral("handling_unit_id"),
        QStringLiteral("reply_on"),     QStringLiteral("reply"),
        QStringLiteral("satisfaction"), QStringLiteral("created_at"),
        QStringLiteral("updated_at")};
    sql::Prepared suggestion(db, insertStatement(QStringLiteral("suggestions"), suggestionColumns));
    sql::Prepared suggestionDeputy(db, QStringLiteral("INSERT INTO suggestion_deputies "
                                                      "(suggestion_id, deputy_id, position) "
                                                      "VALUES (?, ?, ?)"));
    const int perYear = qMax(1, size.suggestions / 10);
    for (int i = existingSuggestions; i < size.suggestions; ++i) {
        const int year = today.year() - 9 + qMin(9, i / perYear);
        const QDate submitted(year, 1, 10 + i % 5);
        const bool answered = submitted.daysTo(today) > 90;
        const int r = int(rng.bounded(10));
        const QVariantList row{r ? QStringLiteral("suggestion") : QStringLiteral("motion"),
                               s(u"关于%1的建议").arg(pick(topics)),
                               QString::number(i % perYear + 1),
                               s(u"区人大第%1次会议").arg(year - today.year() + 10),
                               sql::dateText(submitted),
                               pick(units),
                               answered ? sql::dateText(submitted.addDays(60)) : QString(),
                               answered ? s(u"已研究采纳，列入年度工作计划。") : QString(),
                               !answered ? QString()
                               : r < 7   ? QStringLiteral("satisfied")
                               : r < 9   ? QStringLiteral("basically")
                                         : QStringLiteral("dissatisfied"),
                               now,
                               now};
        const qint64 id = suggestion(row);
        QJsonArray by;
        const QList<qint64> submitters = someDeputies(1 + int(rng.bounded(3)));
        for (int p = 0; p < submitters.size(); ++p) {
            suggestionDeputy({id, submitters[p], p + 1});
            by.append(submitters[p]);
        }
        QJsonObject after = auditFields(suggestionColumns, row);
        after.insert(QStringLiteral("deputies"), by);
        audit.add(submitted, i, clerk, QStringLiteral("insert"), QStringLiteral("suggestions"), id,
                  {}, auditJson(after));
    }

    // The log-ins of every working day, the clerk's and the chair's in turn.
    for (QDate day = first; day < today; day = day.addDays(1))
        if (day.dayOfWeek() <= 5)
            for (int n = 0; n < size.logInsPerWorkingDay; ++n) {
                const QString& who = n % 2 ? chair : clerk;
                audit.add(day, n, who, QStringLiteral("login"), QStringLiteral("users"),
                          audit.user(who).id, {}, {});
            }
    audit.seal();
    tx.commit();
}
} // namespace

void createScaledDemoOffice(const QString& path, DemoScale scale, quint32 seed)
{
    createDemoOffice(path);
    OpenOptions admin;
    admin.login = QStringLiteral("admin");
    admin.password = kDemoPassword;
    std::unique_ptr<OfficeFile> office = OfficeFile::open(path, admin);
    const QSqlDatabase db = office->db();
    // The one transaction (1.4 GB at stress) goes straight into the new file under a rollback
    // journal, which holds only the few pages the file had before: in WAL mode every page
    // would be written twice, into the log and again by its checkpoint (a sixth of the time).
    // The file is then left in WAL mode, as the program keeps it.
    sql::scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    generate(db, scale, seed);
    sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace dd
