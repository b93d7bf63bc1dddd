#include "demoscale.h"

#include "demooffice.h"
#include "opinion/opinion.h"
#include "org/pinyin.h"
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

struct Sizes
{
    int deputies;
    int activities;
    int attendeesPerActivity;
    int opinions;
};

Sizes sizesOf(DemoScale scale)
{
    const Sizes street{110, 1000, 20, 1500};
    if (scale == DemoScale::Street)
        return street;
    return {street.deputies * 100, street.activities * 100, street.attendeesPerActivity,
            street.opinions * 100};
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
    // Deputies up to the scale's number, with names searchable in pinyin.
    const QStringList surnames = {s(u"王"), s(u"李"), s(u"张"), s(u"刘"), s(u"陈"), s(u"杨"),
                                  s(u"赵"), s(u"黄"), s(u"周"), s(u"吴"), s(u"徐"), s(u"孙"),
                                  s(u"胡"), s(u"朱"), s(u"高"), s(u"林"), s(u"何"), s(u"郭")};
    const QStringList given = {s(u"建国"), s(u"秀兰"), s(u"志强"), s(u"丽娟"), s(u"海燕"),
                               s(u"德明"), s(u"玉梅"), s(u"国庆"), s(u"春华"), s(u"红霞"),
                               s(u"建军"), s(u"文静"), s(u"永胜"), s(u"凤英"), s(u"宝山")};
    const int existing = sql::scalar(db, QStringLiteral("SELECT count(*) FROM deputies")).toInt();
    sql::Prepared deputy(
        db, QStringLiteral("INSERT INTO deputies (name, name_pinyin, name_initials, "
                           "gender, kind, status, created_at, updated_at) VALUES (?, ?, "
                           "?, ?, ?, 'serving', ?, ?)"));
    for (int i = existing; i < size.deputies; ++i) {
        const QString name = pick(surnames) + pick(given);
        const PinyinKeys keys = pinyinKeys(name);
        deputy({name, keys.full, keys.initials,
                rng.bounded(2) ? QStringLiteral("male") : QStringLiteral("female"),
                rng.bounded(3) ? QStringLiteral("congress") : QStringLiteral("deliberation"), now,
                now});
    }
    const QList<qint64> deputies = sql::ids(db, QStringLiteral("SELECT id FROM deputies"));
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
    sql::Prepared activity(
        db, QStringLiteral("INSERT INTO activities (kind_id, title, starts_at, "
                           "venue_id, group_id, residents_count, minutes, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    sql::Prepared attendee(db,
                           QStringLiteral("INSERT INTO activity_attendees (activity_id, deputy_id, "
                                          "status, reason, position) VALUES (?, ?, ?, ?, ?)"));
    sql::Prepared topic(db,
                        QStringLiteral("INSERT INTO activity_topics (activity_id, position, title) "
                                       "VALUES (?, ?, ?)"));
    for (int i = existingActivities; i < size.activities; ++i) {
        const QDate day = first.addDays(qint64(i) * days / size.activities);
        const QString title = pick(topics);
        const qint64 id =
            activity({pick(kinds), s(u"关于%1的议事活动").arg(title),
                      QStringLiteral("%1T%2:00")
                          .arg(day.toString(Qt::ISODate))
                          .arg(9 + rng.bounded(8), 2, 10, QLatin1Char('0')),
                      venues.isEmpty() ? QVariant() : QVariant(pick(venues)),
                      groups.isEmpty() ? QVariant() : QVariant(pick(groups)), int(rng.bounded(30)),
                      s(u"<p>与会代表围绕%1进行了讨论。</p>").arg(title), now, now});
        QSet<qint64> seen;
        for (int p = 0; p < size.attendeesPerActivity && seen.size() < deputies.size(); ++p) {
            qint64 who = pick(deputies);
            while (seen.contains(who))
                who = pick(deputies);
            seen.insert(who);
            const int roll = int(rng.bounded(100));
            attendee({id, who,
                      roll < 85   ? QStringLiteral("present")
                      : roll < 95 ? QStringLiteral("leave")
                                  : QStringLiteral("absent"),
                      roll >= 85 && roll < 95 ? s(u"出差") : QString(), p + 1});
        }
        topic({id, 1, title});
    }

    // Opinions over the ten years, with the history their state implies.
    const int existingOpinions =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinions")).toInt();
    sql::Prepared opinion(
        db, QStringLiteral("INSERT INTO opinions (registered_on, channel, anonymous, "
                           "submitter_name, community_id, grid_id, deputy_id, title, content, "
                           "category_id, responsibility, state, reject_reason, handling_unit_id, "
                           "dispatched_on, deadline, result, reply, completed_on, feedback_on, "
                           "evaluation, evaluated_on, archived_on, created_at, updated_at) VALUES "
                           "(?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"));
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
        const qint64 id = opinion(
            QVariantList{reg.toString(Qt::ISODate),
                         channelKey(pick(channels)),
                         QString(pick(surnames) + pick(given)),
                         community,
                         grid,
                         pick(deputies),
                         title,
                         s(u"居民反映%1。").arg(title),
                         pick(categories),
                         rng.bounded(2) ? QStringLiteral("street") : QStringLiteral("community"),
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
                         now});
        history({id, now, reg.toString(Qt::ISODate), QString(), opinionStateKey(S::Registered)});
        if (state == S::Rejected) {
            history({id, now, at(1).toString(Qt::ISODate), opinionStateKey(S::Registered),
                     opinionStateKey(S::Rejected)});
            continue;
        }
        for (qsizetype k = 1; k <= reached; ++k)
            history({id, now, at(int(k)).toString(Qt::ISODate), opinionStateKey(line[k - 1]),
                     opinionStateKey(line[k])});
    }
    tx.commit();
}

} // namespace dd
