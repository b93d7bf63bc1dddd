// The lists read a page at a time: the pages of a sorted, filtered list put together are the
// whole list, the count agrees, and the SQL overdue filter is Opinion::isOverdue.
#include "demo/demoscale.h"
#include "opinion/opinionrepository.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QFile>

using namespace dd;

namespace {
QList<qint64> ids(const QList<OpinionListRow>& rows)
{
    QList<qint64> list;
    for (const OpinionListRow& r : rows)
        list << r.opinion.id;
    return list;
}

// The street-scale demo (ten years, ~1,500 opinions), made once for the test cases here.
const QString& streetOffice()
{
    static test::TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("street.ddoffice"));
        createScaledDemoOffice(p, DemoScale::Street, 7);
        return p;
    }();
    return path;
}
} // namespace

TEST_CASE("The opinion ledger reads page by page in every order the list offers", "[lists]")
{
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto office = OfficeFile::open(streetOffice(), readOnly);
    const QSqlDatabase db = office->db();

    OpinionFilter all;
    const int total = OpinionRepository::count(db, all);
    REQUIRE(total > 1000);
    OpinionFilter year;
    year.year = QDate::currentDate().year() - 1;
    REQUIRE(OpinionRepository::count(db, year) > 50);
    OpinionFilter text;
    text.text = QStringLiteral("路灯");
    // Most rows are archived (read row by row along another order's index), few rejected
    // (read through the state's index, then sorted).
    OpinionFilter archived;
    archived.state = OpinionState::Archived;
    REQUIRE(OpinionRepository::count(db, archived) > total / 2);
    OpinionFilter rejected;
    rejected.state = OpinionState::Rejected;
    REQUIRE(OpinionRepository::count(db, rejected) > 0);

    for (const OpinionFilter& filter : {all, year, text, archived, rejected}) {
        for (const OpinionSort by :
             {OpinionSort::Registered, OpinionSort::Category, OpinionSort::Community,
              OpinionSort::HandlingUnit, OpinionSort::Deadline}) {
            for (const bool descending : {false, true}) {
                const OpinionOrder order{by, descending};
                const QList<OpinionListRow> whole = OpinionRepository::list(db, filter, order);
                CHECK(whole.size() == OpinionRepository::count(db, filter));
                QList<OpinionListRow> paged;
                for (int offset = 0;; offset += 97) {
                    const QList<OpinionListRow> page =
                        OpinionRepository::list(db, filter, order, offset, 97);
                    paged += page;
                    if (page.size() < 97)
                        break;
                }
                CHECK(ids(paged) == ids(whole));
                // In the order asked for.
                for (int i = 1; i < whole.size(); ++i) {
                    const Opinion& a = whole[i - 1].opinion;
                    const Opinion& b = whole[i].opinion;
                    // The sort key as text that compares as SQLite orders (NULL first).
                    const auto key = [by](const Opinion& o) {
                        const auto id = [](std::optional<qint64> v) {
                            return v ? QStringLiteral("%1").arg(*v, 12, 10, QLatin1Char('0'))
                                     : QString();
                        };
                        switch (by) {
                        case OpinionSort::Registered:
                            return o.registeredOn.toString(Qt::ISODate);
                        case OpinionSort::Category:
                            return id(o.categoryId);
                        case OpinionSort::Community:
                            return id(o.communityId);
                        case OpinionSort::HandlingUnit:
                            return id(o.handlingUnitId);
                        case OpinionSort::Deadline:
                            return o.deadline.isValid() ? o.deadline.toString(Qt::ISODate)
                                                        : QString();
                        }
                        return QString();
                    };
                    // Then by day and id, in the same direction: one index read either way.
                    const auto full = [&key](const Opinion& o) -> QString {
                        const QChar before(1); // sorts before any character of a key
                        return key(o) + before + o.registeredOn.toString(Qt::ISODate) + before +
                               QStringLiteral("%1").arg(o.id, 12, 10, QLatin1Char('0'));
                    };
                    const int c = QString::compare(full(a), full(b));
                    CHECK((descending ? c > 0 : c < 0));
                }
            }
        }
    }
    const QList<OpinionListRow> found = OpinionRepository::list(db, text);
    REQUIRE_FALSE(found.isEmpty());
    for (const OpinionListRow& r : found)
        CHECK((r.opinion.title.contains(text.text) || r.opinion.content.contains(text.text) ||
               r.opinion.submitterName.contains(text.text)));
}

TEST_CASE("A state's first page of the ledger comes from the index, however many rows are in "
          "that state",
          "[lists]")
{
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto office = OfficeFile::open(streetOffice(), readOnly);
    const QSqlDatabase db = office->db();
    // Most of ten years' opinions are archived; the newest 50 of them cost about what the
    // newest 50 of all cost, not a read and sort of every archived row.
    OpinionFilter archived;
    archived.state = OpinionState::Archived;
    const int total = OpinionRepository::count(db, {});
    REQUIRE(OpinionRepository::count(db, archived) > total * 3 / 4);
    const qint64 all = test::stepsOf(db, [&] { OpinionRepository::list(db, {}, {}, 0, 50); });
    const qint64 state =
        test::stepsOf(db, [&] { OpinionRepository::list(db, archived, {}, 0, 50); });
    CHECK(state < all * 5 / 4);
    // So do they in the other orders, read along the order's index, the state row by row.
    for (const OpinionSort by : {OpinionSort::Category, OpinionSort::Community,
                                 OpinionSort::HandlingUnit, OpinionSort::Deadline}) {
        for (const bool descending : {false, true}) {
            const OpinionOrder order{by, descending};
            const qint64 unfiltered =
                test::stepsOf(db, [&] { OpinionRepository::list(db, {}, order, 0, 50); });
            const qint64 filtered =
                test::stepsOf(db, [&] { OpinionRepository::list(db, archived, order, 0, 50); });
            INFO(int(by) << (descending ? " descending" : " ascending"));
            CHECK(filtered < unfiltered * 2);
        }
    }
    // And within a year.
    OpinionFilter year = archived;
    year.year = QDate::currentDate().year() - 2;
    OpinionFilter wholeYear;
    wholeYear.year = year.year;
    const qint64 inYear = test::stepsOf(db, [&] { OpinionRepository::list(db, year, {}, 0, 50); });
    CHECK(inYear < 2 * test::stepsOf(
                           db, [&] { OpinionRepository::list(db, wholeYear, {}, 0, 50); }));
}

TEST_CASE("A large category's first page in another column's order is read along that "
          "column's index, a small one's through its own",
          "[lists]")
{
    // Ten categories of ~2,400 opinions each (the street demo's 1,500 written 16 times) and
    // one of 3. Read through its index, a large category's rows would all be read and
    // sorted for a page of 50; read along the order's index it costs about 1 / its share of
    // the unfiltered page. A small one's rows come from its index, not from a read of all.
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("larger.ddoffice"));
    REQUIRE(QFile::copy(streetOffice(), path));
    const auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    const QString columns =
        sql::scalar(db, QStringLiteral("SELECT group_concat(name) FROM "
                                       "pragma_table_info('opinions') WHERE name <> 'id'"))
            .toString();
    for (int i = 0; i < 4; ++i)
        sql::run(db,
                 QStringLiteral("INSERT INTO opinions (%1) SELECT %1 FROM opinions").arg(columns));
    sql::run(db, QStringLiteral("INSERT INTO opinion_categories (id, name) VALUES (99, '少见')"));
    sql::run(db, QStringLiteral("UPDATE opinions SET category_id = 99 WHERE id IN (SELECT id FROM "
                                "opinions WHERE state <> 'archived' ORDER BY id LIMIT 3)"));
    const int total = OpinionRepository::count(db, {});
    REQUIRE(total == 24000);
    OpinionFilter large;
    large.categoryId = 1;
    const int inLarge = OpinionRepository::count(db, large);
    REQUIRE(inLarge > total / 12);
    REQUIRE(inLarge < total / 8);
    OpinionFilter small;
    small.categoryId = 99;
    REQUIRE(OpinionRepository::count(db, small) == 3);
    // With 归档 (most rows) as well, the category's index is read and the state checked on each
    // of its rows: not each archived row looked up for its category.
    OpinionFilter both = large;
    both.state = OpinionState::Archived;
    const qint64 countLarge = test::stepsOf(db, [&] { OpinionRepository::count(db, large); });
    int inBoth = 0;
    const qint64 countBoth =
        test::stepsOf(db, [&] { inBoth = OpinionRepository::count(db, both); });
    CHECK(inBoth > inLarge / 2);
    CHECK(countBoth < countLarge * 12); // 20 times when each archived row is looked up
    for (const OpinionSort by :
         {OpinionSort::Community, OpinionSort::HandlingUnit, OpinionSort::Deadline}) {
        for (const bool descending : {false, true}) {
            const OpinionOrder order{by, descending};
            INFO(int(by) << (descending ? " descending" : " ascending"));
            const qint64 unfiltered =
                test::stepsOf(db, [&] { OpinionRepository::list(db, {}, order, 0, 10); });
            const qint64 filtered =
                test::stepsOf(db, [&] { OpinionRepository::list(db, large, order, 0, 10); });
            CHECK(filtered < unfiltered * 8);
            QList<OpinionListRow> rows;
            const qint64 few =
                test::stepsOf(db, [&] { rows = OpinionRepository::list(db, small, order, 0, 50); });
            CHECK(rows.size() == 3);
            CHECK(few < unfiltered);
        }
    }
}

TEST_CASE("The SQL overdue filter agrees with Opinion::isOverdue on every day checked", "[lists]")
{
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto office = OfficeFile::open(streetOffice(), readOnly);
    const QSqlDatabase db = office->db();
    const QList<OpinionListRow> everything = OpinionRepository::list(db, {});
    int overdueSeen = 0;
    for (int back = 0; back <= 3650; back += 173) {
        const QDate asOf = QDate::currentDate().addDays(-back);
        QList<qint64> expected;
        for (const OpinionListRow& r : everything)
            if (r.opinion.isOverdue(asOf))
                expected << r.opinion.id;
        OpinionFilter late;
        late.overdueOnly = true;
        late.asOf = asOf;
        CHECK(ids(OpinionRepository::list(db, late)) == expected);
        CHECK(OpinionRepository::count(db, late) == expected.size());
        overdueSeen += int(expected.size());
    }
    CHECK(overdueSeen > 0);
}
