// 诉求统计 as a chair uses it: the breakdown sorted by a figure, the year's total under it, and
// both tables copied into a spreadsheet or a report.
#include "demo/demooffice.h"
#include "opinion/opinion.h"
#include "pages/opinionstatspage.h"
#include "storage/officefile.h"
#include "testsupport.h"
#include "uitest.h"

#include <optional>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using namespace dd::test;

namespace {
// The breakdown's rows above the total: each one's label and the figure of a column, none for —.
struct Shown
{
    QStringList labels;
    QList<std::optional<double>> values;
};

Shown shown(const QTableWidget* table, int column)
{
    Shown s;
    for (int r = 0; r + 1 < table->rowCount(); ++r) {
        s.labels << table->item(r, 0)->text();
        QString text = table->item(r, column)->text();
        if (text == QStringLiteral("—")) {
            s.values << std::nullopt;
            continue;
        }
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        s.values << text.toDouble();
    }
    return s;
}

// Ordered as the heading says, those without a figure last.
void checkOrdered(const QList<std::optional<double>>& values, Qt::SortOrder order)
{
    bool none = false;
    for (int i = 0; i < values.size(); ++i) {
        INFO("row " << i);
        if (!values[i]) {
            none = true;
            continue;
        }
        CHECK_FALSE(none); // a figure after a —
        if (i > 0 && values[i - 1])
            CHECK((order == Qt::AscendingOrder ? *values[i - 1] <= *values[i]
                                               : *values[i - 1] >= *values[i]));
    }
}
} // namespace

TEST_CASE("ui: the figures' breakdown sorts by any figure with the year's total last, and both "
          "tables copy as a spreadsheet pastes them")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = openDemo(path);
    ui::OpinionStatsPage stats;
    stats.resize(1400, 700);
    stats.show();
    stats.setOffice(office.get());
    auto* year = child<QComboBox>(&stats, "year");
    year->setCurrentIndex(year->findData(demoYear()));
    stats.reload();
    // By deputy: many rows, some without an evaluation (satisfaction —).
    stats.dimension()->setCurrentIndex(stats.dimension()->findData(int(OpinionDimension::Deputy)));
    stats.recompute();
    QTableWidget* table = stats.breakdown();
    const int last = table->rowCount() - 1;
    REQUIRE(last > 10);

    // The total: the year's figures, in bold, the sum of the rows above.
    const auto checkTotal = [&] {
        CHECK(table->item(last, 0)->text() == QStringLiteral("Total"));
        CHECK(table->item(last, 0)->font().bold());
        CHECK(table->item(last, 1)->text() == stats.figures()->item(0, 1)->text());  // collected
        CHECK(table->item(last, 6)->text() == stats.figures()->item(11, 1)->text()); // 满意率
        int collected = 0;
        for (int r = 0; r < last; ++r)
            collected += table->item(r, 1)->text().toInt();
        CHECK(QString::number(collected) == table->item(last, 1)->text());
    };
    checkTotal();
    const QStringList own = shown(table, 1).labels; // the breakdown's order: pinyin
    // The heading says so: the first column, ascending.
    CHECK(table->horizontalHeader()->sortIndicatorSection() == 0);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);

    // A click on 满意率 sorts by it; a second click the other way; the total stays last.
    clickHeader(table, 6);
    const Qt::SortOrder first = table->horizontalHeader()->sortIndicatorOrder();
    CHECK(table->horizontalHeader()->sortIndicatorSection() == 6);
    const Shown once = shown(table, 6);
    checkOrdered(once.values, first);
    CHECK(once.labels != own);
    CHECK(QSet<QString>(once.labels.begin(), once.labels.end()) ==
          QSet<QString>(own.begin(), own.end()));
    checkTotal();
    clickHeader(table, 6);
    CHECK(table->horizontalHeader()->sortIndicatorOrder() != first);
    checkOrdered(shown(table, 6).values, table->horizontalHeader()->sortIndicatorOrder());
    checkTotal();
    // 收集, by count.
    clickHeader(table, 1);
    checkOrdered(shown(table, 1).values, table->horizontalHeader()->sortIndicatorOrder());
    // Back to the first column: the breakdown's own order, or that reversed.
    clickHeader(table, 0);
    QStringList back = shown(table, 1).labels;
    if (table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(back.begin(), back.end());
    CHECK(back == own);
    checkTotal();
    // The order chosen stays when the figures are computed again (another date or breakdown).
    clickHeader(table, 2);
    const Qt::SortOrder byResolved = table->horizontalHeader()->sortIndicatorOrder();
    stats.recompute();
    CHECK(table->horizontalHeader()->sortIndicatorSection() == 2);
    checkOrdered(shown(table, 2).values, byResolved);

    // 复制表格: a heading, the figures, then the breakdown as shown, a line a row, tab-separated.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&stats, "copy"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    const QStringList lines = copied.split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 20);
    CHECK(lines[0] == QStringLiteral("Opinion figures %1, overdue as of %2")
                          .arg(demoYear())
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(lines[2] == QStringLiteral("Figure\t%1").arg(demoYear()));
    CHECK(lines[3] == QStringLiteral("Collected\t") + stats.figures()->item(0, 1)->text());
    const int breakdownAt = int(lines.indexOf(QStringLiteral("By deputy\tCollected\tResolved\t"
                                                             "Resolution rate\tOverdue\tEvaluated\t"
                                                             "Satisfaction rate\tAverage working "
                                                             "days")));
    REQUIRE(breakdownAt > 3);
    REQUIRE(lines.size() >= breakdownAt + table->rowCount() + 1);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        CHECK(lines[breakdownAt + 1 + r] == cells.join(QLatin1Char('\t')));
    }
    CHECK(lines[breakdownAt + table->rowCount()].startsWith(QStringLiteral("Total\t")));

    // Ctrl+C in the page does the same.
    QGuiApplication::clipboard()->clear();
    stats.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&stats));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QGuiApplication::clipboard()->text() == copied);
}
