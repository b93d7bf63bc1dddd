// Activities and meetings driven with QTest on real office files: a bench meeting entered
// from the keyboard with attendance and an action item, reopened; the minutes as PDF and
// .docx read back; deleting asks first; an activity log imported; the action items page; the
// calendar.
#include "activity/activityplan.h"
#include "activity/activityrepository.h"
#include "dialogs/activitydialog.h"
#include "i18n.h"
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/officesettings.h"
#include "pages/actionitemspage.h"
#include "pages/activitiespage.h"
#include "pages/calendarpage.h"
#include "storage/officefile.h"
#include "testsupport.h"
#include "uitest.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace dd;
using dd::test::child;
using dd::test::TempDir;
using dd::test::whenDialogOpens;

namespace {
// 市西街道 with 张三, 李四, 王五 in 第一代表小组.
std::unique_ptr<OfficeFile> officeWithGroup(const QString& path)
{
    auto office = test::makeOffice(path);
    QList<GroupMember> members;
    for (const char16_t* name : {u"张三", u"李四", u"王五"}) {
        Deputy d;
        d.name = QString::fromUtf16(name);
        d.kind = DeputyKind::Congress;
        members << GroupMember{DeputyRepository::add(*office, d), GroupRole::Member, {}};
    }
    members[0].role = GroupRole::Leader;
    GroupRepository::save(*office,
                          {{QStringLiteral("id"), 0},
                           {QStringLiteral("name"), QStringLiteral("第一代表小组")},
                           {QStringLiteral("kind"), QStringLiteral("group")}},
                          members);
    return office;
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QByteArray zipPart(const QString& path, const QString& part)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(part));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("ui: a bench meeting is entered from the keyboard with attendance and an action "
          "item, reopened, and its minutes exported")
{
    TempDir dir;
    auto office = officeWithGroup(dir.path(QStringLiteral("o.ddoffice")));
    ui::ActivitiesPage page;
    page.setOffice(office.get());
    page.show();
    const QDate day = QDate::currentDate().addDays(-2);

    bool entered = false;
    whenDialogOpens<ui::ActivityDialog>([&](ui::ActivityDialog* dialog) {
        test::type(child<QLineEdit>(dialog, "title"), QStringLiteral("向阳小区板凳议事会"));
        child<QDateEdit>(dialog, "date")->setDate(day);
        // Organised by the office's work committee unless the clerk says otherwise, in Chinese
        // whatever the interface language (this test's is English).
        CHECK(child<QLineEdit>(dialog, "organiser")->text() ==
              OfficeRepository::load(*office).name + QStringLiteral("人大工委"));
        // Attendance: the whole group, then the sign-in sheet from the keyboard.
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
        REQUIRE(dialog->tabs()->currentIndex() == 1);
        QTest::mouseClick(child<QPushButton>(dialog, "addGroupButton"), Qt::LeftButton);
        auto* table = child<QTableWidget>(dialog, "attendanceTable");
        REQUIRE(table->rowCount() == 3);
        table->setFocus();
        table->setCurrentCell(0, 1);
        QTest::keyClick(table, Qt::Key_1); // 张三 present, on to the next row
        CHECK(table->currentRow() == 1);
        QTest::keyClick(table, Qt::Key_2); // 李四 on leave: the reason cell opens
        QWidget* editor = QApplication::focusWidget();
        REQUIRE(editor != nullptr);
        test::type(editor, QStringLiteral("出差"));
        QTest::keyClick(editor, Qt::Key_Return);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_P);                      // 王五 present by mistake...
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // ...undone
        table->setCurrentCell(2, 1);
        QTest::keyClick(table, Qt::Key_A); // ...and absent
        CHECK(cell(table, 1, 2) == QStringLiteral("出差"));
        CHECK(child<QLabel>(dialog, "attendanceCounts")->text() ==
              QStringLiteral("Expected 3 · present 1 · on leave 1 · absent 1"));

        // An action item.
        QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
        REQUIRE(dialog->tabs()->currentIndex() == 3);
        QTest::mouseClick(child<QPushButton>(dialog, "addActionButton"), Qt::LeftButton);
        QWidget* what = QApplication::focusWidget();
        REQUIRE(what != nullptr);
        test::type(what, QStringLiteral("清理3号楼楼道堆物"));
        QTest::keyClick(what, Qt::Key_Return);
        auto* actions = child<QTableWidget>(dialog, "actionsTable");
        actions->setCurrentCell(0, 1);
        actions->editItem(actions->item(0, 1));
        QWidget* responsible = actions->indexWidget(actions->model()->index(0, 1));
        REQUIRE(responsible != nullptr);
        test::type(responsible, QStringLiteral("海信物业"));
        QTest::keyClick(responsible, Qt::Key_Tab); // commits, on to the next column
        CHECK(cell(actions, 0, 0) == QStringLiteral("清理3号楼楼道堆物"));
        CHECK(cell(actions, 0, 1) == QStringLiteral("海信物业"));

        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        entered = true;
    });
    QTest::mouseClick(child<QPushButton>(&page, "addButton"), Qt::LeftButton);
    REQUIRE(entered);

    auto* table = page.table();
    REQUIRE(page.rows().size() == 1);
    CHECK(cell(table, 0, 3) == QStringLiteral("向阳小区板凳议事会"));
    CHECK(cell(table, 0, 6) == QStringLiteral("3"));  // expected
    CHECK(cell(table, 0, 7) == QStringLiteral("1"));  // present
    CHECK(cell(table, 0, 8) == QStringLiteral("1"));  // on leave
    CHECK(cell(table, 0, 9) == QStringLiteral("1"));  // absent
    CHECK(cell(table, 0, 12) == QStringLiteral("1")); // open action items

    // Reopened, everything is there.
    table->selectRow(0);
    bool reopened = false;
    whenDialogOpens<ui::ActivityDialog>([&](ui::ActivityDialog* dialog) {
        const Activity a = dialog->activity();
        CHECK(a.title == QStringLiteral("向阳小区板凳议事会"));
        CHECK(a.date == day);
        REQUIRE(a.attendees.size() == 3);
        CHECK(a.attendees[1].status == Attendance::Leave);
        CHECK(a.attendees[1].reason == QStringLiteral("出差"));
        CHECK(a.attendees[2].status == Attendance::Absent);
        REQUIRE(a.actions.size() == 1);
        CHECK(a.actions[0].responsible == QStringLiteral("海信物业"));
        CHECK(a.minutes.contains(QStringLiteral("讨论情况"))); // the kind's headings
        reopened = true;
        dialog->reject(); // nothing changed: closes without asking
    });
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(reopened);
    const Activity stored = ActivityRepository::load(office->db(), page.rows()[0].id);
    CHECK(stored.actions[0].what == QStringLiteral("清理3号楼楼道堆物"));

    // The minutes, in Chinese, as PDF and .docx.
    i18n::install(QStringLiteral("zh_CN"));
    const QString pdf = dir.path(QStringLiteral("minutes.pdf"));
    page.exportMinutes(pdf);
    const QString docx = dir.path(QStringLiteral("minutes.docx"));
    page.exportMinutes(docx);
    i18n::install(QStringLiteral("en"));
    const test::ProcessResult text = test::runProgram(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    INFO(text.out.toStdString());
    CHECK(text.out.contains(QStringLiteral("向阳小区板凳议事会纪要")));
    CHECK(text.out.contains(QStringLiteral("市西街道")));
    CHECK(text.out.contains(QStringLiteral("应到 3 人，实到 1 人，请假 1 人，缺席 1 人")));
    CHECK(text.out.contains(QStringLiteral("清理3号楼楼道堆物")));
    CHECK(text.out.contains(QStringLiteral("出差")));
    CHECK(QString(text.out).remove(QLatin1Char(' ')).contains(QStringLiteral("第1页共1页")));
    CHECK(text.out.contains(
        QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day())));
    const QString document = QString::fromUtf8(zipPart(docx, QStringLiteral("word/document.xml")));
    CHECK(document.contains(QStringLiteral("向阳小区板凳议事会纪要")));
    CHECK(document.contains(QStringLiteral("海信物业")));
    CHECK(document.contains(QStringLiteral("王五")));
    const QString footer = QString::fromUtf8(zipPart(docx, QStringLiteral("word/footer1.xml")));
    CHECK(footer.contains(QStringLiteral(" NUMPAGES ")));
    CHECK(footer.contains(QStringLiteral("第 ")));
    CHECK(QString::fromUtf8(zipPart(docx, QStringLiteral("word/header1.xml")))
              .contains(QStringLiteral("市西街道")));

    // Deleting asks first: No keeps it, Yes deletes it.
    table->selectRow(0);
    whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    QTest::mouseClick(child<QPushButton>(&page, "deleteButton"), Qt::LeftButton);
    CHECK(page.rows().size() == 1);
    table->selectRow(0);
    whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&page, "deleteButton"), Qt::LeftButton);
    CHECK(page.rows().isEmpty());
}

TEST_CASE("ui: a year's activities open where the year stands, also after its last entry")
{
    QList<ActivityListRow> rows;
    for (const QDate& day : {QDate(2026, 3, 2), QDate(2026, 9, 15), QDate(2026, 12, 10)}) {
        ActivityListRow r;
        r.date = day;
        rows << r;
    }
    using ui::ActivitiesPage;
    CHECK(ActivitiesPage::rowOfToday(rows, 2026, QDate(2026, 1, 2)) == 0);
    CHECK(ActivitiesPage::rowOfToday(rows, 2026, QDate(2026, 9, 15)) == 1); // that day's own
    CHECK(ActivitiesPage::rowOfToday(rows, 2026, QDate(2026, 9, 16)) == 2);
    // this year's last days, nothing after today: its last entry (it opened on January)
    CHECK(ActivitiesPage::rowOfToday(rows, 2026, QDate(2026, 12, 31)) == 2);
    // a past year: its start
    CHECK(ActivitiesPage::rowOfToday(rows, 2026, QDate(2027, 4, 1)) == -1);
    CHECK(ActivitiesPage::rowOfToday({}, 2026, QDate(2026, 12, 31)) == -1);
}

TEST_CASE("ui: a bad activity is refused with the message under its field, nothing saved")
{
    TempDir dir;
    auto office = officeWithGroup(dir.path(QStringLiteral("o.ddoffice")));
    ui::ActivitiesPage page;
    page.setOffice(office.get());
    bool checked = false;
    whenDialogOpens<ui::ActivityDialog>([&](ui::ActivityDialog* dialog) {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        CHECK(dialog->isVisible());
        auto* error = child<QLabel>(dialog, "titleError");
        CHECK(error->isVisibleTo(dialog));
        INFO(error->text().toStdString());
        CHECK(error->text().startsWith(QStringLiteral("Title")));
        checked = true;
        whenDialogOpens<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
        dialog->reject(); // edited? no: the form is untouched, so it closes at once
    });
    QTest::mouseClick(child<QPushButton>(&page, "addButton"), Qt::LeftButton);
    REQUIRE(checked);
    CHECK(ActivityRepository::list(office->db(), {}).isEmpty());
}

TEST_CASE("ui: the action items page highlights overdue items and updates one, and the calendar "
          "marks held and planned days")
{
    TempDir dir;
    auto office = officeWithGroup(dir.path(QStringLiteral("o.ddoffice")));
    Activity a;
    a.kindId = *ActivityRepository::findKind(office->db(), QStringLiteral("小区协商会"));
    a.title = QStringLiteral("观海小区协商会");
    a.date = QDate::currentDate().addDays(-20);
    a.start = QTime(14, 30);
    a.actions = {ActionItem{0,
                            0,
                            QStringLiteral("修复路灯"),
                            QStringLiteral("城管办"),
                            QDate::currentDate().addDays(-5),
                            ActionStatus::Open,
                            {},
                            {}},
                 ActionItem{0,
                            0,
                            QStringLiteral("增设停车位"),
                            QStringLiteral("物业"),
                            QDate::currentDate().addDays(20),
                            ActionStatus::InProgress,
                            {},
                            {}}};
    ActivityRepository::save(*office, a);

    ui::ActionItemsPage page;
    page.setOffice(office.get());
    auto* table = page.table();
    QAbstractItemModel* items = table->model();
    REQUIRE(items->rowCount() == 2);
    CHECK(cell(table, 0, 2) == QStringLiteral("修复路灯"));
    CHECK(cell(table, 0, 1).contains(QStringLiteral("overdue")));
    CHECK(items->index(0, 0).data(Qt::BackgroundRole).value<QColor>() == QColor(0xfd, 0xe0, 0xe0));
    CHECK_FALSE(items->index(1, 0).data(Qt::BackgroundRole).isValid());
    CHECK(child<QLabel>(&page, "count")->text().startsWith(QStringLiteral("2 item")));
    CHECK(child<QLabel>(&page, "count")->text().endsWith(QStringLiteral(" 1 overdue")));

    table->selectRow(0);
    whenDialogOpens<QDialog>(
        [](QDialog* dialog) {
            auto* status = child<QComboBox>(dialog, "status");
            status->setCurrentIndex(status->findData(QStringLiteral("done")));
            test::type(child<QPlainTextEdit>(dialog, "completionNote"), QStringLiteral("已修复"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        },
        [](QDialog* d) { return d->objectName() == QStringLiteral("actionItemDialog"); });
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(items->rowCount() == 1); // only open items shown
    CHECK(cell(table, 0, 2) == QStringLiteral("增设停车位"));
    child<QCheckBox>(&page, "openOnly")->setChecked(false);
    REQUIRE(items->rowCount() == 2);
    CHECK(cell(table, 1, 6) == QStringLiteral("已修复"));

    // The calendar: the meeting's day is marked, a monthly plan's next occurrence listed.
    ActivityPlan plan;
    plan.kindId = *ActivityRepository::findKind(office->db(), QStringLiteral("代表接待选民日"));
    plan.title = QStringLiteral("代表接待选民日");
    plan.day = 28;
    plan.firstDay = QDate::currentDate().addMonths(-3);
    PlanRepository::save(*office, plan);
    ui::CalendarPage calendar;
    calendar.setOffice(office.get());
    calendar.calendar()->setCurrentPage(a.date.year(), a.date.month());
    calendar.calendar()->setSelectedDate(a.date);
    CHECK(calendar.calendar()->dateTextFormat(a.date).fontWeight() == QFont::Bold);
    REQUIRE(calendar.list()->count() >= 2);
    CHECK(calendar.list()->item(0)->text().contains(QStringLiteral("观海小区协商会")));
    bool planned = false;
    for (int i = 0; i < calendar.list()->count(); ++i)
        planned =
            planned || calendar.list()->item(i)->text().contains(QStringLiteral("代表接待选民日"));
    CHECK(planned);

    // A day of another month: that month listed, once (the month shown changes first, then
    // the day), and the meeting's month again on going back.
    const int listed = calendar.list()->count();
    QSignalSpy rebuilt(calendar.list()->model(), &QAbstractItemModel::modelReset);
    calendar.calendar()->setSelectedDate(QDate(a.date.year(), a.date.month(), 1).addMonths(1));
    CHECK(rebuilt.count() == 1);
    for (int i = 0; i < calendar.list()->count(); ++i)
        CHECK_FALSE(calendar.list()->item(i)->text().contains(QStringLiteral("观海小区协商会")));
    calendar.calendar()->setSelectedDate(a.date);
    CHECK(rebuilt.count() == 2);
    CHECK(calendar.list()->count() == listed);
    CHECK(calendar.list()->item(0)->text().contains(QStringLiteral("观海小区协商会")));
}

TEST_CASE("ui: an activity log imported from the page: a bad one imports nothing and says why, a "
          "good one is checked, asked about, then imported")
{
    TempDir dir;
    auto office = officeWithGroup(dir.path(QStringLiteral("o.ddoffice")));
    ui::ActivitiesPage page; // shows this year
    page.setOffice(office.get());
    const QString day = QDate(QDate::currentDate().year(), 1, 10).toString(Qt::ISODate);
    const auto import = [&](const QString& csv, const std::function<void(QMessageBox*)>& answer) {
        const QString path = dir.path(QStringLiteral("log.csv"));
        test::writeAll(path, csv.toUtf8());
        whenDialogOpens<QMessageBox>(answer);
        page.importLog(path);
    };

    QString refused;
    import(QStringLiteral("日期,类型,标题,出席代表\n%1,茶话会,迎春茶话会,无此人\n").arg(day),
           [&refused](QMessageBox* box) {
               refused = box->detailedText();
    box->accept();
});
INFO(refused.toStdString());
CHECK(refused.contains(QStringLiteral("Row 2")));
CHECK(refused.contains(QStringLiteral("茶话会")));
CHECK(refused.contains(QStringLiteral("无此人")));
CHECK(ActivityRepository::list(office->db(), {}).isEmpty());
CHECK(page.rows().isEmpty());

QString asked, told;
    import(QStringLiteral("日期,类型,标题,出席代表,请假代表\n%1,板凳议事会,向阳小区板凳议事会,"
                          "张三、李四,王五（出差）\n")
               .arg(day),
           [&asked, &told](QMessageBox* question) {
               asked = question->text();
    whenDialogOpens<QMessageBox>([&told](QMessageBox* result) {
        told = result->text();
        result->accept();
    });
    question->button(QMessageBox::Yes)->click();
    });
    CHECK(asked.contains(QStringLiteral("Import now?")));
    CHECK_FALSE(told.isEmpty());
    REQUIRE(page.rows().size() == 1); // the list read again
    const Activity a = ActivityRepository::load(office->db(), page.rows()[0].id);
    CHECK(a.title == QStringLiteral("向阳小区板凳议事会"));
    REQUIRE(a.attendees.size() == 3);
    CHECK(QGuiApplication::overrideCursor() == nullptr);
    }
