// The demo office is made from today's date: what the tests and the README rely on must be in
// it whatever the day it is made (the demo of 2026-12-07 had no opinion left in 登记, 不予受理
// or 交办, and two open action items).
#include "activity/activityrepository.h"
#include "demo/demooffice.h"
#include "opinion/opinion.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QSet>

using namespace dd;

TEST_CASE("The demo office has opinions in every state, 不满意 ratings sent back and closed, "
          "and open and overdue action items, whatever the day it is made")
{
    test::TempDir dir;
    // Early January (the year's first days hold almost nothing), the end of a month, the day
    // that found the gap, the year's last day; all past days, as records may not lie ahead.
    for (const QDate& today : {QDate(2026, 1, 5), QDate(2026, 4, 30), QDate(2026, 8, 14),
                               QDate(2026, 12, 7), QDate(2025, 12, 31)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        const QString path = dir.path(today.toString(Qt::ISODate) + QStringLiteral(".ddoffice"));
        createDemoOffice(path, today);
        auto office = test::openDemo(path, true);
        const QSqlDatabase db = office->db();

        QSet<QString> states;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT DISTINCT state FROM opinions"));
        while (q.next())
            states << q.value(0).toString();
        for (const OpinionState state : allOpinionStates()) {
            INFO(opinionStateKey(state).toStdString());
            CHECK(states.contains(opinionStateKey(state)));
        }
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinions WHERE state = "
                                             "'archived'"))
                  .toInt() >= 4);
        CHECK(sql::scalar(db,
                          QStringLiteral("SELECT count(*) FROM opinions WHERE registered_on "
                                         "> ?"),
                          {today.toString(Qt::ISODate)})
                  .toInt() == 0);

        // A chair sees 不满意 in the figures and a clerk finds 退回重办 in a history: one rated
        // 不满意 closed with an explanation, one sent back and handled again.
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinions WHERE state = "
                                             "'archived' AND evaluation = 'dissatisfied'"))
                  .toInt() >= 1);
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM opinion_history back JOIN "
                                             "opinion_history again ON again.opinion_id = "
                                             "back.opinion_id AND again.id > back.id AND "
                                             "again.to_state = 'completed' WHERE back.from_state "
                                             "= 'evaluated' AND back.to_state = 'in_progress'"))
                  .toInt() >= 1);
        const ActivityRepository::ActionItemCounts open =
            ActivityRepository::countActionItems(db, true, today);
        CHECK(open.items > 3);
        CHECK(open.overdue > 0);

        // A matter is made a suggestion once (a second raising joins it), and an item under way
        // says how far it has got.
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) - count(DISTINCT title) FROM "
                                             "suggestions"))
                  .toInt() == 0);
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM action_items WHERE status = "
                                             "'in_progress' AND completion_note = ''"))
                  .toInt() == 0);
        // A meeting's minutes say what was decided and who carries it out by when, each under
        // its heading, not one sentence under every heading.
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM activity_texts WHERE minutes "
                                             "LIKE '%<h3>议定事项</h3><p>%交由有关单位限期办理%<h3>"
                                             "落实安排</h3><p>%负责，%前完成。%'"))
                  .toInt() > 0);
    }
}
