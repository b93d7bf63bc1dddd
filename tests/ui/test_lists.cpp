// The long lists at ten years of a street's history: the opinions ledger is read a page at a
// time and sorted by SQL; the activities list reads its figures for the rows in view.
#include "activity/activityrepository.h"
#include "demo/demoscale.h"
#include "dialogs/activitydialog.h"
#include "dialogs/opiniondialog.h"
#include "models/actionitemtablemodel.h"
#include "models/activitytablemodel.h"
#include "models/opiniontablemodel.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/deputyrepository.h"
#include "pages/actionitemspage.h"
#include "pages/activitiespage.h"
#include "pages/opinionspage.h"
#include "pages/opinionstatspage.h"
#include "pages/suggestionspage.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/listtable.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using namespace dd::test;

namespace {
std::unique_ptr<OfficeFile> streetOffice(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("street.ddoffice"));
    createScaledDemoOffice(path, DemoScale::Street, 3);
    return openDemo(path);
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// More deputies than a combo box is left to measure itself (200): the longest name first, then
// 曾伟 and 张卫东, then 250 called 李 and another character.
const QString kLongest = QStringLiteral("阿卜杜热合曼·买买提艾力");

QStringList addDistrictDeputies(OfficeFile& office)
{
    QStringList names{kLongest, QStringLiteral("曾伟"), QStringLiteral("张卫东")};
    for (int i = 1; i <= 250; ++i)
        names << QStringLiteral("李%1").arg(QChar(0x4e00 + i));
    for (const QString& name : std::as_const(names)) {
        Deputy d;
        d.name = name;
        DeputyRepository::add(office, d);
    }
    return names;
}
} // namespace

TEST_CASE("ui: the opinions ledger reads a page at a time, sorts by a column's index and "
          "filters in SQL")
{
    TempDir dir;
    const auto office = streetOffice(dir);
    ui::OpinionsPage page;
    page.resize(1400, 700);
    page.show();
    page.setOffice(office.get());
    QTableView* table = page.table();
    auto* model = qobject_cast<ui::OpinionTableModel*>(table->model());
    REQUIRE(model);

    // All years: ~1,500 opinions, one page read; the count is the whole ledger's.
    auto* years = child<QComboBox>(&page, "yearFilter");
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Home);
    REQUIRE(years->currentData().toInt() == 0);
    const int total = OpinionRepository::count(office->db(), {});
    REQUIRE(total > 1000);
    CHECK(model->total() == total);
    CHECK(model->rowCount() == ui::OpinionTableModel::kPageSize);
    CHECK(child<QLabel>(&page, "count")->text().contains(QString::number(total)));

    // Scrolling to the end reads the next page.
    table->scrollToBottom();
    QApplication::processEvents();
    CHECK(model->rowCount() == 2 * ui::OpinionTableModel::kPageSize);

    // Newest first by default; a click on 办理时限 sorts by deadline (SQL, one page again),
    // a second click reverses it.
    CHECK(model->rowAt(0)->opinion.registeredOn >= model->rowAt(199)->opinion.registeredOn);
    clickHeader(table, ui::OpinionTableModel::Deadline);
    CHECK(model->order().by == OpinionSort::Deadline);
    CHECK(model->rowCount() == ui::OpinionTableModel::kPageSize);
    const auto deadline = [&](int row) { return model->rowAt(row)->opinion.deadline; };
    const bool ascending = !model->order().descending;
    for (int row = 1; row < model->rowCount(); ++row)
        if (deadline(row - 1).isValid() && deadline(row).isValid())
            CHECK((ascending ? deadline(row - 1) <= deadline(row)
                             : deadline(row - 1) >= deadline(row)));
    const QList<OpinionListRow> expected =
        OpinionRepository::list(office->db(), {}, model->order(), 0, 5);
    for (int row = 0; row < 5; ++row)
        CHECK(model->rowAt(row)->opinion.id == expected[row].opinion.id);
    clickHeader(table, ui::OpinionTableModel::Deadline);
    CHECK(model->order().descending == ascending);

    // 标题 does not sort: the order and the indicator stay.
    const OpinionOrder before = model->order();
    clickHeader(table, ui::OpinionTableModel::Title);
    CHECK(model->order().by == before.by);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == ui::OpinionTableModel::Deadline);

    // A search keystroke re-reads the first page of the matches only.
    test::type(child<QLineEdit>(&page, "search"), QStringLiteral("路灯"));
    OpinionFilter lamps;
    lamps.text = QStringLiteral("路灯");
    const int matches = OpinionRepository::count(office->db(), lamps);
    REQUIRE(matches > 0);
    CHECK(model->total() == matches);
    for (int row = 0; row < model->rowCount(); ++row) {
        const Opinion& o = model->rowAt(row)->opinion;
        CHECK((o.title.contains(lamps.text) || o.content.contains(lamps.text) ||
               o.submitterName.contains(lamps.text)));
    }
}

TEST_CASE("ui: the ledger, its figures and the suggestions offer every year the file has "
          "records of")
{
    TempDir dir;
    const auto office = streetOffice(dir); // years of history
    const QSqlDatabase db = office->db();
    const int thisYear = QDate::currentDate().year();
    const int first = OpinionRepository::firstYear(db);
    REQUIRE(first < thisYear - 5); // the lists offered five years back
    OpinionFilter earliest;
    earliest.year = first;
    const int inFirst = OpinionRepository::count(db, earliest);
    REQUIRE(inFirst > 0);
    // Suggestions from the year before the first opinion: the generated street's begin then
    // when it is made late in a year, the same year earlier in it; one is added then.
    if (SuggestionRepository::firstYear(db) >= first) {
        Suggestion older;
        older.title = QStringLiteral("关于增设社区养老服务站的建议");
        older.number = QStringLiteral("1");
        older.congress = QStringLiteral("区人大第一次会议");
        older.submittedOn = QDate(first - 1, 3, 10);
        older.deputyIds = {DeputyRepository::list(db).first().id};
        SuggestionRepository::save(*office, older);
    }
    const int firstSuggestion = SuggestionRepository::firstYear(db);
    REQUIRE(firstSuggestion == first - 1);

    // Each page opens on this year; the earliest is the last entry (End, from the keyboard).
    const auto chooseEarliest = [&](ui::Page* page, const char* name, int expected) {
        page->resize(1400, 700);
        page->show();
        page->setOffice(office.get());
        auto* years = child<QComboBox>(page, name);
        CHECK(years->currentData().toInt() == thisYear);
        years->setFocus();
        QTest::keyClick(years, Qt::Key_End);
        CHECK(years->currentData().toInt() == expected);
        return years;
    };
    // The ledger lists the first year's opinions.
    ui::OpinionsPage page;
    chooseEarliest(&page, "yearFilter", first);
    CHECK(qobject_cast<ui::OpinionTableModel*>(page.table()->model())->total() == inFirst);
    // The figures count opinions and suggestions: they go back to the first suggestion, a year
    // with no opinion, and count that year's suggestions.
    ui::OpinionStatsPage stats;
    QComboBox* statsYears = chooseEarliest(&stats, "year", firstSuggestion);
    CHECK(stats.figures()->item(0, 1)->text() == QStringLiteral("0")); // collected
    CHECK(stats.figures()->item(14, 1)->text() ==                      // suggestions submitted
          QString::number(SuggestionRepository::count(db, firstSuggestion).suggestions));
    QTest::keyClick(statsYears, Qt::Key_Up);
    CHECK(statsYears->currentData().toInt() == first);
    CHECK(stats.figures()->item(0, 1)->text() == QString::number(inFirst));

    // The suggestions go back to the first submitted.
    ui::SuggestionsPage suggestions;
    chooseEarliest(&suggestions, "year", firstSuggestion);
}

TEST_CASE("ui: the activities list reads figures for the rows in view and sorts by kind")
{
    TempDir dir;
    const auto office = streetOffice(dir);
    ui::ActivitiesPage page;
    page.resize(1400, 700);
    page.show();
    page.setOffice(office.get());
    QApplication::processEvents();
    QTableView* table = page.table();
    // This year's list opens where the year stands: the first entry from today on in view (the
    // rows shown begin on or before today and end on or after it, or with the list).
    QApplication::processEvents();
    const auto* model = qobject_cast<ui::ActivityTableModel*>(table->model());
    const int top = table->rowAt(0);
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0) // the list ends within the view
        bottom = model->rowCount() - 1;
    REQUIRE(top >= 0);
    const QDate today = QDate::currentDate();
    CHECK((top == 0 || model->rowAt(top)->date <= today));
    CHECK((bottom == model->rowCount() - 1 || model->rowAt(bottom)->date >= today));
    const int year = QDate::currentDate().year() - 1; // a whole year of history
    child<QWidget>(&page, "year")->setProperty("value", year);
    const QList<ActivityListRow> full =
        ActivityRepository::list(office->db(), ActivityFilter::ofYear(year));
    REQUIRE(full.size() > ui::ActivityTableModel::kBlock);

    // Each held row shows the same figures as the full list, wherever it is.
    const auto figuresMatch = [&](int row) {
        const ActivityListRow* r =
            qobject_cast<ui::ActivityTableModel*>(table->model())->rowAt(row);
        REQUIRE(r);
        if (r->id == 0)
            return;
        const auto it = std::find_if(full.cbegin(), full.cend(),
                                     [&](const ActivityListRow& f) { return f.id == r->id; });
        REQUIRE(it != full.cend());
        CHECK(cell(table, row, ui::ActivityTableModel::Expected) ==
              QString::number(it->counts.expected));
        CHECK(cell(table, row, ui::ActivityTableModel::Present) ==
              QString::number(it->counts.present));
        CHECK(cell(table, row, ui::ActivityTableModel::OnLeave) ==
              QString::number(it->counts.leave));
    };
    const int rows = table->model()->rowCount();
    REQUIRE(rows >= int(full.size()));
    for (const int row : {0, 1, rows / 2, rows - 1})
        figuresMatch(row);

    // 类型 sorts the year by kind (pinyin), then by date.
    clickHeader(table, ui::ActivityTableModel::Kind);
    QStringList kinds;
    for (int row = 0; row < rows; ++row)
        kinds << cell(table, row, ui::ActivityTableModel::Kind);
    QStringList grouped = kinds;
    grouped.removeDuplicates();
    // Sorted by kind: each kind's rows are together.
    int changes = 0;
    for (int row = 1; row < rows; ++row)
        changes += kinds[row] != kinds[row - 1] ? 1 : 0;
    CHECK(changes == grouped.size() - 1);
    for (const int row : {0, rows / 3, rows - 1})
        figuresMatch(row);
    // The figures columns do not sort.
    clickHeader(table, ui::ActivityTableModel::Present);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == ui::ActivityTableModel::Kind);
}

TEST_CASE("ui: a list's columns fit their contents and the last one fills the rest of the width")
{
    QTableWidget table(2, 3);
    ui::setUpListTable(&table);
    table.resize(600, 300);
    table.show();
    QApplication::processEvents();
    const QHeaderView* header = table.horizontalHeader();
    const auto fill = [&](const QString& last) {
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                table.setItem(r, c, new QTableWidgetItem(c == 2 ? last : QStringLiteral("代表")));
        ui::fitColumnsToContents(&table);
        QApplication::processEvents();
    };
    // Room to spare: the first columns as wide as their contents, the last to the edge.
    fill(QStringLiteral("在任"));
    CHECK(header->sectionSize(0) < 100);
    CHECK(header->length() == header->viewport()->width());
    // Filled again (a reload): still to the edge.
    fill(QStringLiteral("已离任"));
    CHECK(header->length() == header->viewport()->width());
    // A last column wider than the room: as wide as its contents, and the table scrolls.
    const QString wide(120, QChar(u'长'));
    fill(wide);
    CHECK(header->length() > header->viewport()->width());
    CHECK(header->sectionSize(2) >= table.fontMetrics().horizontalAdvance(wide));
    CHECK(table.horizontalScrollBar()->maximum() > 0);
    // Room again: the stretch comes back.
    fill(QStringLiteral("在任"));
    CHECK(header->length() == header->viewport()->width());
    // Less room than a column's default width but more than its contents: exactly that room.
    QString first;
    while (table.fontMetrics().horizontalAdvance(first) < header->viewport()->width() - 80)
        first += QChar(u'事');
    for (int r = 0; r < 2; ++r) {
        table.setItem(r, 0, new QTableWidgetItem(first));
        table.setItem(r, 1, new QTableWidgetItem(QString()));
        table.setItem(r, 2, new QTableWidgetItem(QStringLiteral("是")));
    }
    ui::fitColumnsToContents(&table);
    QApplication::processEvents();
    CHECK(header->sectionSize(2) < header->defaultSectionSize());
    CHECK(header->length() == header->viewport()->width());
    CHECK(table.horizontalScrollBar()->maximum() == 0);
}

TEST_CASE("ui: a list's column widths, sized when its rows first come, stay through its filters")
{
    TempDir dir;
    auto office = streetOffice(dir);
    ui::ActivitiesPage page;
    page.resize(1400, 800);
    page.show();
    page.setOffice(office.get());
    QApplication::processEvents();
    auto* table = page.findChild<QTableView*>();
    REQUIRE(table->model()->rowCount() > 0);
    QHeaderView* header = table->horizontalHeader();
    const int fitted = header->sectionSize(1);
    header->resizeSection(1, fitted + 77); // as a user drags the column wider
    auto* kinds = child<QComboBox>(&page, "kindFilter");
    REQUIRE(kinds->count() > 2);
    for (int k : {1, 2, 0}) {
        kinds->setCurrentIndex(k);
        QApplication::processEvents();
        CHECK(header->sectionSize(1) == fitted + 77);
    }
    page.setOffice(office.get()); // a file opened (again): sized to its rows
    QApplication::processEvents();
    CHECK(header->sectionSize(1) == fitted);
}

TEST_CASE("ui: the suggestions and the action items are read a page at a time, and the row "
          "chosen is the one opened")
{
    TempDir dir;
    const auto office = streetOffice(dir);
    const QSqlDatabase db = office->db();
    const auto countOf = [&db](const char* table) {
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    };
    constexpr int kPage = ui::ActionItemTableModel::kPageSize;

    // Every year's suggestions: one page read, the count the whole list's.
    ui::SuggestionsPage suggestions;
    suggestions.resize(1400, 700);
    suggestions.show();
    suggestions.setOffice(office.get());
    auto* years = child<QComboBox>(&suggestions, "year");
    years->setFocus();
    QTest::keyClick(years, Qt::Key_Home);
    REQUIRE(years->currentData().toInt() == 0);
    QTableView* table = suggestions.table();
    const int all = countOf("suggestions");
    REQUIRE(all > kPage);
    CHECK(table->model()->rowCount() == kPage);
    CHECK(child<QLabel>(&suggestions, "count")->text().contains(QString::number(all)));
    table->scrollToBottom();
    QApplication::processEvents();
    REQUIRE(table->model()->rowCount() > kPage);
    // A row of the second page opens as itself.
    const int row = kPage + 10;
    table->selectRow(row);
    const QString title = cell(table, row, 3);
    QString opened;
    whenDialogOpens<QDialog>(
        [&opened](QDialog* dialog) {
            opened = child<QLineEdit>(dialog, "title")->text();
            dialog->reject();
        },
        [](QDialog* d) { return d->objectName() == QStringLiteral("suggestionDialog"); });
    suggestions.edit(false);
    CHECK(opened == title);

    // Every action item, not only the open ones: a page, then the next on scrolling.
    ui::ActionItemsPage items;
    items.resize(1400, 700);
    items.show();
    items.setOffice(office.get());
    child<QCheckBox>(&items, "openOnly")->setChecked(false);
    REQUIRE(countOf("action_items") > kPage);
    CHECK(items.model()->total() == countOf("action_items"));
    CHECK(items.model()->rowCount() == kPage);
    items.table()->scrollToBottom();
    QApplication::processEvents();
    CHECK(items.model()->rowCount() > kPage);
}

TEST_CASE("ui: a district's deputies to choose from: the chooser fits the longest name, the "
          "picker filters by the stored pinyin")
{
    TempDir dir;
    auto office = makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const QStringList names = addDistrictDeputies(*office);
    const QString& longest = kLongest;

    ui::OpinionDialog opinion(*office);
    opinion.show();
    auto* deputy = child<QComboBox>(&opinion, "deputy");
    REQUIRE(deputy->count() == names.size() + 1); // and the first entry, none
    CHECK(deputy->sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon);
    CHECK(deputy->sizeHint().width() > deputy->fontMetrics().horizontalAdvance(longest));
    CHECK(deputy->width() > deputy->fontMetrics().horizontalAdvance(longest));

    ui::ActivityDialog activity(*office, Activity{});
    activity.show();
    auto* picker = child<QWidget>(&activity, "attendeePicker");
    auto* list = child<QListWidget>(picker, "checkList");
    REQUIRE(list->count() == names.size());
    const auto shown = [list] {
        QStringList visible;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden())
                visible << list->item(i)->text();
        return visible;
    };
    auto* filter = child<QLineEdit>(picker, "checkListFilter");
    type(filter, QStringLiteral("zw")); // initials: 曾 read zeng, as stored
    CHECK(shown() == QStringList{QStringLiteral("曾伟"), QStringLiteral("张卫东")});
    filter->clear();
    type(filter, QStringLiteral("zhangw")); // the full pinyin's beginning
    CHECK(shown() == QStringList{QStringLiteral("张卫东")});
    filter->clear();
    type(filter, QStringLiteral("买买提")); // part of the name itself
    CHECK(shown() == QStringList{longest});
    QTest::keyClick(filter, Qt::Key_Return); // the only match ticked
    CHECK(list->findItems(longest, Qt::MatchExactly).first()->checkState() == Qt::Checked);
    filter->clear();
    CHECK(shown().size() == names.size());

    // The ticked, counted, and shown alone; the filter narrows them further.
    list->findItems(QStringLiteral("曾伟"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QCoreApplication::processEvents(); // counted once per turn of the event loop
    auto* tickedOnly = child<QCheckBox>(picker, "tickedOnly");
    CHECK(tickedOnly->text() == QStringLiteral("Ticked only (2)"));
    tickedOnly->setChecked(true);
    CHECK(shown() == QStringList{longest, QStringLiteral("曾伟")});
    type(filter, QStringLiteral("zw"));
    CHECK(shown() == QStringList{QStringLiteral("曾伟")});
    filter->clear();
    tickedOnly->setChecked(false);
    CHECK(shown().size() == names.size());
}

TEST_CASE("ui: a district's deputy is chosen by typing part of the name, its pinyin or its "
          "initials, and what matches nothing puts back the deputy chosen before")
{
    TempDir dir;
    auto office = makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    addDistrictDeputies(*office);
    ui::OpinionDialog opinion(*office);
    opinion.show();
    opinion.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&opinion));
    QWidget* next = child<QLineEdit>(&opinion, "title"); // where focus goes on leaving
    // The title is empty: an Enter that reached the dialog would try to save and name it.
    const auto saveTried = [&opinion] {
        return child<QLabel>(&opinion, "titleError")->isVisible();
    };
    auto* deputy = child<QComboBox>(&opinion, "deputy");
    REQUIRE(deputy->isEditable());
    QLineEdit* box = deputy->lineEdit();
    auto* completer = deputy->findChild<QCompleter*>();
    REQUIRE(completer != nullptr);
    QAbstractItemView* popup = completer->popup();
    const auto offered = [completer] {
        QStringList labels;
        const QAbstractItemModel* model = completer->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            labels << model->index(row, 0).data().toString();
        return labels;
    };
    const auto idOf = [deputy](const char* name) {
        return deputy->itemData(deputy->findText(QString::fromUtf8(name)));
    };

    type(box, QStringLiteral("zw")); // initials, 曾 read zeng as stored
    CHECK(popup->isVisible());
    CHECK(offered() == QStringList{QStringLiteral("曾伟"), QStringLiteral("张卫东")});
    CHECK(popup->currentIndex().row() == 0);
    QTest::keyClick(popup, Qt::Key_Down); // the list has the keys while it is open
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());
    CHECK(deputy->currentData() == idOf("张卫东"));
    CHECK(box->text() == QStringLiteral("张卫东"));
    CHECK_FALSE(saveTried()); // Enter chose; it did not save

    type(box, QStringLiteral("zengw")); // Down past the only match stays on it
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(deputy->currentData() == idOf("曾伟"));

    type(box, QStringLiteral("买买提")); // part of the name, then Tab away
    QTest::keyClick(popup, Qt::Key_Tab);
    CHECK(deputy->currentData() == idOf("阿卜杜热合曼·买买提艾力"));
    CHECK(box->text() == kLongest);
    CHECK_FALSE(popup->isVisible());

    type(box, QStringLiteral("zhangw")); // the pinyin's beginning, Enter with the list closed
    popup->hide();
    QTest::keyClick(deputy, Qt::Key_Return);
    CHECK(deputy->currentData() == idOf("张卫东"));
    CHECK_FALSE(saveTried());

    type(box, QStringLiteral("qqq")); // nothing: the list stays closed, Enter puts 张卫东 back
    CHECK_FALSE(popup->isVisible());
    QTest::keyClick(deputy, Qt::Key_Return);
    CHECK(deputy->currentData() == idOf("张卫东"));
    CHECK(box->text() == QStringLiteral("张卫东"));
    CHECK_FALSE(saveTried());

    type(box, QStringLiteral("li")); // Escape with the list closed puts 张卫东 back too
    popup->hide();
    QTest::keyClick(deputy, Qt::Key_Escape);
    CHECK(box->text() == QStringLiteral("张卫东"));
    CHECK_FALSE(saveTried());

    box->selectAll(); // emptied and left: none
    QTest::keyClick(deputy, Qt::Key_Delete);
    REQUIRE(box->text().isEmpty());
    next->setFocus();
    CHECK(deputy->currentIndex() == 0);
    CHECK_FALSE(deputy->currentData().isValid());
    CHECK(box->text() == deputy->itemText(0));

    // Enter on a box that shows its choice is the dialog's, as in any other field.
    QTest::keyClick(deputy, Qt::Key_Return);
    CHECK(saveTried());

    // The short lists stay plain.
    CHECK_FALSE(child<QComboBox>(&opinion, "community")->isEditable());
}
