// The list pages of deputydesk-bench: first screens, filter changes and sorts.
#include "benchtiming.h"
#include "opinion/opinion.h"
#include "pages/actionitemspage.h"
#include "pages/activitiespage.h"
#include "pages/calendarpage.h"
#include "pages/deputiespage.h"
#include "pages/opinionspage.h"
#include "pages/opinionstatspage.h"
#include "pages/suggestionspage.h"
#include "storage/officefile.h"
#include "storage/sql.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

namespace dd::bench {

void timeFilter(QList<Result>& results, int runs, const QString& name, QWidget* control,
                const QString& text)
{
    if (auto* edit = qobject_cast<QLineEdit*>(control)) {
        results << Result{name + QStringLiteral(": filter keystroke"),
                          timeIt(
                              runs,
                              [&] {
                                  edit->setText(text);
                                  QApplication::processEvents();
                              },
                              [&] { edit->clear(); }),
                          50,
                          {}};
        edit->clear();
    } else if (auto* box = qobject_cast<QComboBox*>(control); box && box->count() > 1) {
        // A change to each entry (from another), reported for the slowest: the entries'
        // rows differ in number by orders of magnitude (归档 against 登记).
        const auto choose = [box](int index) {
            box->setCurrentIndex(index);
            Q_EMIT box->activated(index); // as a user's choice
            QApplication::processEvents();
        };
        const int start = box->currentIndex();
        Result slowest{
            name + QStringLiteral(": filter change (%1, slowest entry)").arg(box->objectName()),
            0,
            50,
            {}};
        for (int index = 0; index < box->count(); ++index) {
            const double ms = timeIt(
                runs, [&] { choose(index); }, [&] { choose(index == start ? 0 : start); });
            if (ms >= slowest.medianMs) {
                slowest.medianMs = ms;
                slowest.note =
                    QStringLiteral("%1 of %2").arg(box->itemText(index)).arg(box->count());
            }
        }
        results << slowest;
        choose(start);
    } else if (auto* spin = qobject_cast<QSpinBox*>(control)) {
        // The year before and back, as a click on the spin box's arrows.
        const int start = spin->value();
        results << Result{
            name + QStringLiteral(": filter change (%1, a year back)").arg(spin->objectName()),
            timeIt(
                runs,
                [&] {
                    spin->setValue(start - 1);
                    QApplication::processEvents();
                },
                [&] {
                    spin->setValue(start);
                    QApplication::processEvents();
                }),
            50,
            {}};
        spin->setValue(start);
    } else if (auto* check = qobject_cast<QAbstractButton*>(control)) {
        results << Result{name + QStringLiteral(": filter change (%1)").arg(check->objectName()),
                          timeIt(runs,
                                 [&] {
                                     check->click();
                                     QApplication::processEvents();
                                 }),
                          50,
                          {}};
    }
}

void timeListPages(OfficeFile* office, int runs, QList<Result>& results)
{
    const auto timeFilter = [&](const QString& name, QWidget* control, const QString& text) {
        bench::timeFilter(results, runs, name, control, text);
    };
    // A sort by each column, each way (what clicks on its header do), from the other way,
    // reported for the slowest: a median over several columns once hid a name sort of 6 s.
    const auto timeSorts = [&](const QString& name, QTableView* table) {
        // What a click on a header does. (QTableView::sortByColumn sorts twice in Qt 6.4: it
        // sets the indicator, which sorts, then sorts again; the figures until 2026-11-24
        // were so timed.)
        const auto sort = [table](int column, Qt::SortOrder order) {
            table->horizontalHeader()->setSortIndicator(column, order);
            QApplication::processEvents();
        };
        Result slowest{name + QStringLiteral(": sort (slowest column)"), 0, 50, {}};
        const int columns = table->model()->columnCount();
        for (int column = 0; column < columns; ++column)
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const Qt::SortOrder other =
                    order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                const double ms = timeIt(
                    runs, [&] { sort(column, order); }, [&] { sort(column, other); });
                if (ms >= slowest.medianMs) {
                    slowest.medianMs = ms;
                    slowest.note =
                        QStringLiteral("%1 %2 of %3 columns")
                            .arg(table->model()->headerData(column, Qt::Horizontal).toString(),
                                 order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                             : QStringLiteral("descending"))
                            .arg(columns);
                }
            }
        results << slowest;
    };
    // First screen, one filter change and a sort by each column.
    const auto listPage = [&](const QString& name, ui::Page* page,
                              const QList<std::pair<const char*, QString>>& filters) {
        page->resize(1400, 900);
        page->show();
        results << Result{name + QStringLiteral(": first screen"),
                          timeIt(
                              runs,
                              [&] {
                                  page->setOffice(office);
                                  QApplication::processEvents();
                              },
                              [&] { page->setOffice(nullptr); }),
                          100,
                          {}};
        for (const auto& [filter, text] : filters)
            timeFilter(name, page->findChild<QWidget*>(QString::fromLatin1(filter)), text);
        if (auto* table = page->findChild<QTableView*>(); table && table->isSortingEnabled())
            timeSorts(name, table);
        page->setOffice(nullptr);
    };
    ui::DeputiesPage deputies;
    listPage(QStringLiteral("deputies"), &deputies,
             {{"searchEdit", QStringLiteral("wang")},
              {"kindFilter", {}},
              {"levelFilter", {}},
              {"statusFilter", {}},
              {"groupFilter", {}},
              {"communityFilter", {}}});
    ui::ActivitiesPage activities;
    listPage(QStringLiteral("activities"), &activities,
             {{"year", {}}, {"kindFilter", {}}, {"showPlanned", {}}});
    ui::OpinionsPage opinions;
    listPage(QStringLiteral("opinions"), &opinions,
             {{"search", QStringLiteral("电梯")},
              {"stateFilter", {}},
              {"yearFilter", {}},
              {"categoryFilter", {}},
              {"flaggedOnly", {}}});
    // Of all years, sorted by each column: the largest state (归档, most of a file's opinions),
    // the largest category, and the two together.
    const auto allYearsSorted = [&](const QString& name,
                                    const QList<std::pair<const char*, QVariant>>& chosen) {
        opinions.setOffice(office);
        const auto choose = [&opinions](const char* name, int index) {
            auto* box = opinions.findChild<QComboBox*>(QString::fromLatin1(name));
            box->setCurrentIndex(index);
            Q_EMIT box->activated(index);
        };
        choose("yearFilter", 0);     // all years
        choose("stateFilter", 0);    // all states
        choose("categoryFilter", 0); // all categories
        for (const auto& [box, value] : chosen)
            choose(box, opinions.findChild<QComboBox*>(QString::fromLatin1(box))->findData(value));
        QApplication::processEvents();
        timeSorts(QStringLiteral("opinions, %1, all years").arg(name),
                  opinions.findChild<QTableView*>());
        opinions.setOffice(nullptr);
    };
    const QVariant archived = opinionStateKey(OpinionState::Archived);
    const QVariant largest = sql::scalar(office->db(), QStringLiteral("SELECT category_id FROM "
                                                                      "opinions GROUP BY 1 ORDER "
                                                                      "BY count(*) DESC LIMIT 1"));
    allYearsSorted(QStringLiteral("archived"), {{"stateFilter", archived}});
    allYearsSorted(QStringLiteral("largest category"), {{"categoryFilter", largest}});
    allYearsSorted(QStringLiteral("both"),
                   {{"stateFilter", archived}, {"categoryFilter", largest}});
    ui::SuggestionsPage suggestions;
    listPage(QStringLiteral("suggestions"), &suggestions, {{"year", {}}});
    ui::ActionItemsPage actionItems;
    listPage(QStringLiteral("action items"), &actionItems, {{"openOnly", {}}});

    // The calendar (no list to sort or search): the month before, as its arrow shows it (the
    // day a month back chosen; the month's activities marked on its days and listed), and the
    // next day, which puts that day's activities first in the list. From the newest
    // activity's month, one of a file's busiest.
    {
        ui::CalendarPage calendar;
        calendar.resize(1400, 900);
        calendar.show();
        calendar.setOffice(office);
        auto* month = calendar.findChild<QCalendarWidget*>(QStringLiteral("calendar"));
        const QDate newest = QDate::fromString(
            sql::scalar(office->db(), QStringLiteral("SELECT substr(max(starts_at), 1, 10) "
                                                     "FROM activities"))
                .toString(),
            Qt::ISODate);
        const QDate first(newest.year(), newest.month(), 1);
        const auto show = [&](const QDate& day) {
            month->setSelectedDate(day);
            QApplication::processEvents();
        };
        results << Result{QStringLiteral("calendar: the month before"),
                          timeIt(
                              runs, [&] { show(first.addMonths(-1)); }, [&] { show(first); }),
                          50,
                          {}};
        results << Result{QStringLiteral("calendar: the next day"),
                          timeIt(
                              runs, [&] { show(first.addDays(1)); }, [&] { show(first); }),
                          50,
                          {}};
        calendar.setOffice(nullptr);
    }

    // The figures page (诉求统计): first screen and another breakdown, each as a list's; another
    // year (the page reads the year's opinions again) as `stats` for a year.
    {
        ui::OpinionStatsPage figures;
        listPage(QStringLiteral("opinion figures"), &figures, {{"dimension", {}}});
        figures.setOffice(office);
        auto* year = figures.findChild<QComboBox*>(QStringLiteral("year"));
        const auto choose = [year](int index) {
            year->setCurrentIndex(index);
            Q_EMIT year->activated(index);
            QApplication::processEvents();
        };
        results << Result{QStringLiteral("opinion figures: the year before"),
                          timeIt(
                              runs, [&] { choose(1); }, [&] { choose(0); }),
                          200, year->count() > 1 ? year->itemText(1) : QString()};
        figures.setOffice(nullptr);
    }
}

} // namespace dd::bench
