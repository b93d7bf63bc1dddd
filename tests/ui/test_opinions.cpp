// Residents' opinions driven with QTest on real office files: registering from the keyboard
// (with a duplicate suggested and a bad field named), dispatching with a deadline in working
// days, completing and closing; archived opinions read-only; the figures page.
#include "activity/activityrepository.h"
#include "dialogs/activitydialog.h"
#include "dialogs/opiniondialog.h"
#include "dialogs/opinionsetupdialogs.h"
#include "dialogs/opiniontransitiondialog.h"
#include "mainwindow.h"
#include "opinion/opinionrepository.h"
#include "opinion/suggestion.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "org/recordstore.h"
#include "org/workcalendar.h"
#include "pages/activitiespage.h"
#include "pages/opinionspage.h"
#include "pages/opinionstatspage.h"
#include "pages/suggestionspage.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "uitest.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <tuple>

using namespace dd;
using dd::test::child;
using dd::test::TempDir;
using dd::test::whenDialogOpens;
using dd::ui::OpinionDialog;
using dd::ui::OpinionTransitionDialog;

namespace {
struct Fixture
{
    TempDir dir;
    std::unique_ptr<OfficeFile> office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    qint64 community = 0;

    Fixture()
    {
        Deputy d;
        d.name = QStringLiteral("张三");
        d.kind = DeputyKind::Congress;
        DeputyRepository::add(*office, d);
        community = RecordStore::save(*office, communitySpec(),
                                      {{QStringLiteral("id"), 0},
                                       {QStringLiteral("name"), QStringLiteral("向阳社区")},
                                       {QStringLiteral("kind"), QStringLiteral("community")}});
        RecordStore::save(*office, gridSpec(),
                          {{QStringLiteral("id"), 0},
                           {QStringLiteral("community_id"), community},
                           {QStringLiteral("name"), QStringLiteral("第一网格")}});
        RecordStore::save(*office, handlingUnitSpec(),
                          {{QStringLiteral("id"), 0},
                           {QStringLiteral("name"), QStringLiteral("街道城管办")},
                           {QStringLiteral("kind"), QStringLiteral("street_department")}});
    }

    int count() const
    {
        return sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt();
    }
};

// An anonymous opinion, a street duty received by 张三 (deputy 1), registered days ago.
Opinion streetOpinion(const QString& title, int daysAgo = 0)
{
    Opinion o;
    o.registeredOn = QDate::currentDate().addDays(-daysAgo);
    o.anonymous = true;
    o.deputyId = 1;
    o.title = title;
    o.categoryId = 2;
    o.responsibility = Responsibility::Street;
    return o;
}

// Chooses the combo box entry whose text is `text` from the keyboard (Down until it is there).
void chooseByKeyboard(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentText() == text);
}

// Clicks the step button for `to` in the opinion dialog and fills the step dialog with fill.
void step(OpinionDialog* dialog, OpinionState to,
          const std::function<void(OpinionTransitionDialog*)>& fill = {})
{
    whenDialogOpens<OpinionTransitionDialog>([fill](OpinionTransitionDialog* d) {
        if (fill)
            fill(d);
        d->accept();
    });
    QPushButton* button =
        dialog->findChild<QPushButton*>(QStringLiteral("step_") + opinionStateKey(to));
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The caption of the step dialog's note: 原因 where core asks for a reason, else 备注.
QString noteCaption(OpinionTransitionDialog* d)
{
    const QWidget* note = child<QPlainTextEdit>(d, "note");
    for (const QLabel* label : d->findChildren<QLabel*>())
        if (label->buddy() == note)
            return label->text();
    return {};
}
} // namespace

TEST_CASE("ui: an opinion is registered from the keyboard, a duplicate is offered and a bad "
          "field is named")
{
    Fixture f;
    Opinion earlier; // ten days ago, and this year, where the page opens
    const QDate today = QDate::currentDate();
    earlier.registeredOn = qMax(today.addDays(-10), QDate(today.year(), 1, 1));
    earlier.anonymous = true;
    earlier.communityId = f.community;
    earlier.deputyId = 1;
    earlier.title = QStringLiteral("小区路灯不亮");
    earlier.categoryId = 2;
    const qint64 lamp = OpinionRepository::save(*f.office, earlier);

    ui::OpinionsPage page;
    page.setOffice(f.office.get());
    page.show();
    REQUIRE(page.table()->model()->rowCount() == 1);

    // A title left empty is refused with the message under the field; nothing is written.
    whenDialogOpens<ui::OpinionDialog>([](ui::OpinionDialog* dialog) {
        test::type(child<QLineEdit>(dialog, "submitterName"), QStringLiteral("刘秀兰"));
        chooseByKeyboard(child<QComboBox>(dialog, "deputy"), QStringLiteral("张三"));
        QTest::keyClick(child<QLineEdit>(dialog, "submitterName"), Qt::Key_Return);
        REQUIRE(dialog->isVisible());
        const QLabel* error = child<QLabel>(dialog, "titleError");
        CHECK(error->isVisible());
        CHECK(error->text().startsWith(QStringLiteral("Title")));
        CHECK_FALSE(child<QLabel>(dialog, "receiverError")->isVisible());
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(&page, "registerButton"), Qt::LeftButton);
    CHECK(f.count() == 1);

    // Typed again with a similar title in the same community: the earlier one is suggested
    // and the new raising is linked to it instead of being registered twice.
    whenDialogOpens<ui::OpinionDialog>([](ui::OpinionDialog* dialog) {
        chooseByKeyboard(child<QComboBox>(dialog, "community"), QStringLiteral("向阳社区"));
        test::type(child<QLineEdit>(dialog, "title"), QStringLiteral("路灯不亮了"));
        QTRY_COMPARE(dialog->duplicates()->count(), 1);
        dialog->duplicates()->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "registerButton"), Qt::LeftButton);
    CHECK(f.count() == 1);
    CHECK(OpinionRepository::raisings(f.office->db(), lamp).size() == 1);

    // A new one, from the keyboard: date, channel, submitter, community, grid, deputy,
    // title, category; Return registers it.
    whenDialogOpens<ui::OpinionDialog>([](ui::OpinionDialog* dialog) {
        test::type(child<QLineEdit>(dialog, "submitterName"), QStringLiteral("陈建国"));
        test::type(child<QLineEdit>(dialog, "submitterPhone"), QStringLiteral("13912345678"));
        chooseByKeyboard(child<QComboBox>(dialog, "community"), QStringLiteral("向阳社区"));
        chooseByKeyboard(child<QComboBox>(dialog, "grid"), QStringLiteral("第一网格"));
        chooseByKeyboard(child<QComboBox>(dialog, "deputy"), QStringLiteral("张三"));
        test::type(child<QLineEdit>(dialog, "title"), QStringLiteral("楼道堆物影响通行"));
        chooseByKeyboard(child<QComboBox>(dialog, "category"), QStringLiteral("安全"));
        chooseByKeyboard(child<QComboBox>(dialog, "responsibility"),
                         responsibilityName(Responsibility::Street));
        QTest::keyClick(child<QLineEdit>(dialog, "title"), Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(&page, "registerButton"), Qt::LeftButton);
    REQUIRE(f.count() == 2);
    REQUIRE(page.table()->model()->rowCount() == 2);
    OpinionFilter all;
    const Opinion saved = OpinionRepository::list(f.office->db(), all).first().opinion;
    CHECK(saved.title == QStringLiteral("楼道堆物影响通行"));
    CHECK(saved.submitterPhone == QStringLiteral("13912345678"));
    CHECK(saved.gridId);
    CHECK(saved.responsibility == Responsibility::Street);
    CHECK(saved.state == OpinionState::Registered);
}

TEST_CASE("ui: in a tall opinion dialog every caption stays level with its row")
{
    Fixture f;
    ui::OpinionDialog dialog(*f.office, 0);
    dialog.resize(900, 1100); // far more room than the form needs
    dialog.show();
    QApplication::processEvents();
    // The rows of several editors: submitter and anonymous, community and grid, deputy or group.
    for (const char* name : {"submitterName", "community", "deputy"}) {
        INFO(name);
        const QWidget* editor = child<QWidget>(&dialog, name);
        const QLabel* caption = nullptr;
        for (const QLabel* l : dialog.findChildren<QLabel*>())
            if (l->buddy() == editor->parentWidget())
                caption = l;
        REQUIRE(caption != nullptr);
        const int editorTop = editor->mapTo(&dialog, QPoint(0, 0)).y();
        const int captionTop = caption->mapTo(&dialog, QPoint(0, 0)).y();
        CHECK(std::abs(editorTop - captionTop) < editor->height());
    }
}

TEST_CASE("ui: an opinion is accepted, dispatched with a deadline in working days, completed "
          "and closed, with its timeline")
{
    Fixture f;
    Opinion o = streetOpinion(QStringLiteral("雨污管网堵塞"));
    o.communityId = f.community;
    const qint64 id = OpinionRepository::save(*f.office, o);
    const QDate expected =
        WorkCalendar::load(f.office->db()).addWorkingDays(QDate::currentDate(), 7);

    ui::OpinionDialog dialog(*f.office, id);
    dialog.show();
    step(&dialog, OpinionState::Accepted);
    CHECK(OpinionRepository::load(f.office->db(), id).state == OpinionState::Accepted);
    step(&dialog, OpinionState::Dispatched, [&](OpinionTransitionDialog* d) {
        // The street department is proposed for a 街道职责事项.
        CHECK(child<QComboBox>(d, "unit")->currentText() == QStringLiteral("街道城管办"));
        child<QSpinBox>(d, "workingDays")->setValue(7);
        CHECK(child<QDateEdit>(d, "deadline")->date() == expected);
    });
    Opinion now = OpinionRepository::load(f.office->db(), id);
    CHECK(now.state == OpinionState::Dispatched);
    CHECK(now.deadline == expected);
    step(&dialog, OpinionState::InProgress);
    // Completing without a result is refused under the field; with one it goes through.
    step(&dialog, OpinionState::Completed, [](OpinionTransitionDialog* d) {
        CHECK(noteCaption(d) == QStringLiteral("&Note:"));
        d->accept();
        REQUIRE(d->isVisible());
        CHECK(child<QLabel>(d, "resultError")->isVisible());
        test::type(child<QPlainTextEdit>(d, "result"), QStringLiteral("已疏通管道"));
    });
    CHECK(OpinionRepository::load(f.office->db(), id).result == QStringLiteral("已疏通管道"));
    step(&dialog, OpinionState::Feedback);
    step(&dialog, OpinionState::Evaluated, [](OpinionTransitionDialog* d) {
        chooseByKeyboard(child<QComboBox>(d, "evaluation"), evaluationName(Evaluation::Satisfied));
    });
    step(&dialog, OpinionState::Archived);
    now = OpinionRepository::load(f.office->db(), id);
    CHECK(now.state == OpinionState::Archived);
    CHECK(now.evaluation == Evaluation::Satisfied);
    const QTreeWidget* timeline = child<QTreeWidget>(&dialog, "timeline");
    CHECK(timeline->topLevelItemCount() == 8);
    // What each step set, in words: the unit and the deadline, the result, the evaluation.
    CHECK(timeline->headerItem()->text(6) == QStringLiteral("Details"));
    CHECK(timeline->topLevelItem(0)->text(6).isEmpty()); // registered
    CHECK(timeline->topLevelItem(2)->text(6) ==
          QStringLiteral("Handling unit: 街道城管办; Deadline: %1")
              .arg(expected.toString(Qt::ISODate)));
    CHECK(timeline->topLevelItem(3)->text(6).isEmpty()); // in progress
    CHECK(timeline->topLevelItem(4)->text(6) == QStringLiteral("Result: 已疏通管道"));
    CHECK(timeline->topLevelItem(6)->text(6) == QStringLiteral("Evaluation: Satisfied"));
    CHECK(timeline->topLevelItem(2)->toolTip(6).contains(QStringLiteral("街道城管办")));
    // When each step was recorded, in local time as people read it (not 2026-…T…Z).
    const QString recorded = timeline->topLevelItem(7)->text(5);
    CHECK(QDateTime::fromString(recorded, QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
    CHECK(qAbs(QDateTime::fromString(recorded, QStringLiteral("yyyy-MM-dd HH:mm"))
                   .secsTo(QDateTime::currentDateTime())) < 120);
    // Archived: the form is read-only; the only step offered is reopening.
    CHECK_FALSE(dialog.tabs()->widget(0)->isEnabled());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("step_evaluated")) != nullptr);
    CHECK(dialog.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^step_"))).size() ==
          1);
    // Reopening asks for a reason (here left with Cancel).
    QString reopenCaption;
    whenDialogOpens<OpinionTransitionDialog>([&](OpinionTransitionDialog* d) {
        reopenCaption = noteCaption(d);
        d->reject();
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("step_evaluated")),
                      Qt::LeftButton);
    CHECK(reopenCaption == QStringLiteral("&Reason:"));
    CHECK(OpinionRepository::load(f.office->db(), id).state == OpinionState::Archived);

    // The figures page counts it.
    ui::OpinionStatsPage stats;
    stats.resize(1400, 700);
    stats.show();
    stats.setOffice(f.office.get());
    QApplication::processEvents();
    // Every figure is readable without scrolling sideways.
    CHECK(stats.figures()->horizontalScrollBar()->maximum() == 0);
    CHECK(stats.figures()->item(0, 1)->text() == QStringLiteral("1"));       // collected
    CHECK(stats.figures()->item(3, 1)->text() == QStringLiteral("1"));       // resolved
    CHECK(stats.figures()->item(11, 1)->text() == QStringLiteral("100.0%")); // satisfaction
    REQUIRE(stats.breakdown()->rowCount() == 2); // 城建, then the total
    CHECK(stats.breakdown()->item(0, 0)->text() == QStringLiteral("城建"));
    CHECK(stats.breakdown()->item(1, 0)->text() == QStringLiteral("Total"));
    // Another breakdown, chosen with the keyboard: by month.
    stats.dimension()->setFocus();
    QTest::keyClick(stats.dimension(), Qt::Key_End);
    CHECK(stats.breakdown()->horizontalHeaderItem(0)->text() == QStringLiteral("By month"));
    REQUIRE(stats.breakdown()->rowCount() == 2);
    CHECK(stats.breakdown()->item(0, 0)->text() ==
          QStringLiteral("Month %1").arg(QDate::currentDate().month()));
    CHECK(stats.breakdown()->item(0, 1)->text() == QStringLiteral("1"));
    // Every column, the last included, is as wide as its contents: the last figure stands next
    // to the others, not at the table's far edge.
    const QHeaderView* header = stats.breakdown()->horizontalHeader();
    const int last = header->count() - 1;
    const QAbstractItemView* view = stats.breakdown(); // sizeHintForColumn is public here
    CHECK(header->sectionSize(last) ==
          qMax(view->sizeHintForColumn(last), header->sectionSizeHint(last)));
    CHECK(header->length() < header->viewport()->width());
    // A new opinion counts once the page is shown again (refresh), in the chosen breakdown.
    Opinion later;
    later.registeredOn = QDate::currentDate();
    later.anonymous = true;
    later.deputyId = 1;
    later.title = QStringLiteral("另一条诉求");
    later.categoryId = 1;
    OpinionRepository::save(*f.office, later);
    stats.refresh();
    CHECK(stats.figures()->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(stats.figures()->item(3, 1)->text() == QStringLiteral("1"));
    REQUIRE(stats.breakdown()->rowCount() == 2);
    CHECK(stats.breakdown()->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(stats.breakdown()->item(1, 1)->text() == QStringLiteral("2"));
}

TEST_CASE("ui: an opinion rated 不满意 is sent back with a reason and a new deadline, and is not "
          "overdue against the old one")
{
    Fixture f;
    Opinion o = streetOpinion(QStringLiteral("楼道灯不亮"));
    o.communityId = f.community;
    const qint64 id = OpinionRepository::save(*f.office, o);
    const WorkCalendar calendar = WorkCalendar::load(f.office->db());
    ui::OpinionDialog dialog(*f.office, id);
    dialog.show();
    step(&dialog, OpinionState::Accepted);
    step(&dialog, OpinionState::Dispatched,
         [](OpinionTransitionDialog* d) { child<QSpinBox>(d, "workingDays")->setValue(1); });
    step(&dialog, OpinionState::InProgress);
    step(&dialog, OpinionState::Completed, [](OpinionTransitionDialog* d) {
        test::type(child<QPlainTextEdit>(d, "result"), QStringLiteral("已更换灯泡"));
    });
    step(&dialog, OpinionState::Feedback);
    step(&dialog, OpinionState::Evaluated, [](OpinionTransitionDialog* d) {
        chooseByKeyboard(child<QComboBox>(d, "evaluation"),
                         evaluationName(Evaluation::Dissatisfied));
    });
    REQUIRE(OpinionRepository::load(f.office->db(), id).evaluation == Evaluation::Dissatisfied);
    // The deadline the unit had is behind it by the time it is sent back (here: moved back).
    sql::run(f.office->db(), QStringLiteral("UPDATE opinions SET deadline = ? WHERE id = ?"),
             {QDate::currentDate().addDays(-20).toString(Qt::ISODate), id});
    const QDate expected = calendar.addWorkingDays(QDate::currentDate(), 5);
    step(&dialog, OpinionState::InProgress, [&](OpinionTransitionDialog* d) {
        // A new deadline, in working days as when it was dispatched; the reason is asked for.
        child<QSpinBox>(d, "workingDays")->setValue(5);
        CHECK(child<QDateEdit>(d, "deadline")->date() == expected);
        CHECK(noteCaption(d) == QStringLiteral("&Reason:"));
        d->accept();
        REQUIRE(d->isVisible());
        CHECK(child<QLabel>(d, "noteError")->isVisible());
        test::type(child<QPlainTextEdit>(d, "note"), QStringLiteral("三楼仍不亮"));
    });
    const Opinion back = OpinionRepository::load(f.office->db(), id);
    CHECK(back.state == OpinionState::InProgress);
    CHECK(back.deadline == expected);
    CHECK_FALSE(back.isOverdue(QDate::currentDate()));
}

TEST_CASE("ui: the opinions page flags overdue opinions and the calendar dialog refuses a bad "
          "day")
{
    Fixture f;
    Opinion o;
    o.registeredOn = QDate::currentDate().addDays(-40);
    o.anonymous = true;
    o.deputyId = 1;
    o.title = QStringLiteral("逾期的诉求");
    o.categoryId = 1;
    const qint64 id = OpinionRepository::save(*f.office, o);
    OpinionTransition t;
    t.to = OpinionState::Accepted;
    t.on = o.registeredOn;
    OpinionRepository::transition(*f.office, id, t);
    t.to = OpinionState::Dispatched;
    t.handlingUnitId = 1;
    t.deadline = o.registeredOn.addDays(10);
    OpinionRepository::transition(*f.office, id, t);

    ui::OpinionsPage page;
    page.setOffice(f.office.get());
    CHECK(page.flagsLabel()->text().contains(QStringLiteral("1 overdue")));
    child<QWidget>(&page, "flaggedOnly")->setProperty("checked", true);
    REQUIRE(page.table()->model()->rowCount() == 1);
    CHECK(page.table()->model()->index(0, 1).data().toString().contains(QStringLiteral("overdue")));

    ui::WorkingDaysDialog days(*f.office);
    days.show();
    CHECK(days.year()->value() == QDate::currentDate().year()); // it opens on this year
    days.year()->setValue(2026); // a year whose schedule is built in (2027's is not yet known)
    const int before = days.table()->rowCount();
    CHECK(before > 0); // its holidays are pre-filled
    days.addRow();
    days.table()->item(before, 0)->setText(QStringLiteral("%1-03-04").arg(days.year()->value()));
    auto* kind = qobject_cast<QComboBox*>(days.table()->cellWidget(before, 1));
    REQUIRE(kind);
    kind->setCurrentIndex(1); // a Wednesday cannot be a swapped working day
    CHECK_FALSE(days.saveYear());
    CHECK(child<QLabel>(&days, "error")->text().contains(QStringLiteral("Row %1").arg(before + 1)));
    CHECK(CalendarRepository::days(f.office->db(), days.year()->value()).size() == before);

    // Opening the file says so in the main window's status bar.
    page.setOffice(nullptr);
    f.office.reset();
    ui::MainWindow window;
    test::passOpeningDialog();
    REQUIRE(window.openOffice(f.dir.path(QStringLiteral("o.ddoffice"))));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("1 opinions overdue")));
}

TEST_CASE("ui: a meeting edited in its dialog keeps the topic that came from an opinion, which "
          "cannot be removed, and the meeting is not deleted")
{
    Fixture f;
    Opinion o;
    o.registeredOn = QDate::currentDate();
    o.anonymous = true;
    o.deputyId = 1;
    o.title = QStringLiteral("加装电梯");
    o.categoryId = 2;
    const qint64 id = OpinionRepository::save(*f.office, o);
    OpinionTransition t;
    t.to = OpinionState::Accepted;
    OpinionRepository::transition(*f.office, id, t);
    Activity meeting;
    meeting.kindId = *ActivityRepository::findKind(f.office->db(), QStringLiteral("板凳议事会"));
    meeting.title = QStringLiteral("议事会");
    meeting.date = QDate::currentDate();
    meeting.start = QTime(9, 0);
    const qint64 activity = ActivityRepository::save(*f.office, meeting);
    t.to = OpinionState::Topic;
    t.activityId = activity;
    OpinionRepository::transition(*f.office, id, t);

    ui::ActivityDialog dialog(*f.office, ActivityRepository::load(f.office->db(), activity));
    dialog.show();
    auto* topics = child<QListWidget>(&dialog, "topics");
    REQUIRE(topics->count() == 1);
    // It cannot be removed: the meeting is where the opinion was deliberated.
    topics->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeTopicButton"), Qt::LeftButton);
    REQUIRE(topics->count() == 1);
    CHECK_FALSE(child<QLabel>(&dialog, "minutesError")->isHidden()); // on its tab
    CHECK(child<QLabel>(&dialog, "minutesError")->text().contains(QStringLiteral("加装电梯")));
    topics->item(0)->setText(QStringLiteral("加装电梯（议定）")); // edited, still the same topic
    dialog.accept();
    CHECK(OpinionRepository::topicActivity(f.office->db(), id) == activity);
    CHECK(ActivityRepository::load(f.office->db(), activity).topics.first().title ==
          QStringLiteral("加装电梯（议定）"));
    // Nor is the meeting deleted: the page says why at once, without asking first.
    ui::ActivitiesPage page;
    page.setOffice(f.office.get());
    page.show();
    for (int row = 0; row < page.rows().size(); ++row)
        if (page.rows()[row].id == activity)
            page.table()->selectRow(row);
    QString told;
    whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    QTest::mouseClick(child<QPushButton>(&page, "deleteButton"), Qt::LeftButton);
    CHECK(told.contains(QStringLiteral("加装电梯（议定）")));
    CHECK(OpinionRepository::topicActivity(f.office->db(), id) == activity);
}

TEST_CASE("ui: an opinion received by a deputy who has retired since keeps its deputy when saved")
{
    Fixture f;
    Opinion o = streetOpinion(QStringLiteral("小区门口积水"), 30);
    o.communityId = f.community;
    const qint64 id = OpinionRepository::save(*f.office, o);
    DeputyRepository::retire(*f.office, 1, QDate::currentDate());

    ui::OpinionDialog dialog(*f.office, id);
    dialog.show();
    auto* deputy = child<QComboBox>(&dialog, "deputy");
    CHECK(deputy->currentData().toLongLong() == 1);
    CHECK(deputy->currentText().startsWith(QStringLiteral("张三")));
    test::type(child<QLineEdit>(&dialog, "title"), QStringLiteral("小区门口积水严重"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Opinion saved = OpinionRepository::load(f.office->db(), id);
    CHECK(saved.title == QStringLiteral("小区门口积水严重"));
    CHECK(saved.deputyId == std::optional<qint64>(1));

    // A new opinion is not offered the retired deputy.
    ui::OpinionDialog fresh(*f.office);
    CHECK(child<QComboBox>(&fresh, "deputy")->findData(1) < 0);
}

TEST_CASE("ui: a suggestion keeps its deputies in order with those who left office since, and "
          "others are added by pinyin, moved up to lead and removed")
{
    Fixture f; // 张三 (id 1)
    for (const char* name : {"李四", "王五"}) {
        Deputy d;
        d.name = QString::fromUtf8(name);
        DeputyRepository::add(*f.office, d);
    }
    Suggestion s;
    s.title = QStringLiteral("关于增设社区养老服务站的建议");
    s.submittedOn = QDate::currentDate();
    s.deputyIds = {1, 2}; // 张三 leads, 李四 (before him in pinyin) joins
    const qint64 id = SuggestionRepository::save(*f.office, s);
    DeputyRepository::retire(*f.office, 2, QDate::currentDate());

    ui::SuggestionsPage page;
    page.show();
    page.setOffice(f.office.get());
    page.table()->selectRow(0);
    whenDialogOpens<QDialog>(
        [](QDialog* dialog) {
            // Tab moves the focus, and a focus change reaches the widgets only in the active
            // window: under load (ASan) the dialog was not yet active and the Tab below left
            // the half-typed name in place.
            dialog->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            auto* deputies = child<QWidget>(dialog, "deputies");
            auto* list = child<QListWidget>(deputies, "chosenList");
            const auto shown = [list] {
                QStringList labels;
                for (int i = 0; i < list->count(); ++i)
                    labels << list->item(i)->text();
                return labels;
            };
            CHECK(shown() == QStringList{QStringLiteral("张三 (leading)"),
                                         QStringLiteral("李四 (left office)")});

            // Added by its initials; the box then waits for the next.
            auto* adder = child<QComboBox>(deputies, "adder");
            CHECK(adder->findText(QStringLiteral("李四")) < 0); // serving deputies only
            QTest::keyClick(adder, Qt::Key_Down);               // opens the list, adds nothing
            adder->hidePopup();
            CHECK(list->count() == 2);
            QAbstractItemView* popup = adder->findChild<QCompleter*>()->popup();
            // Tab away from a name half typed: nothing added, the prompt back.
            test::type(adder->lineEdit(), QStringLiteral("ww"));
            REQUIRE(popup->isVisible());
            QTest::keyClick(popup, Qt::Key_Tab);
            CHECK_FALSE(popup->isVisible());
            CHECK(list->count() == 2);
            CHECK(adder->currentIndex() == 0);
            CHECK(adder->lineEdit()->text() == adder->itemText(0));
            // A click into the box empties it: what is typed is not put after its prompt.
            QTest::mouseClick(adder->lineEdit(), Qt::LeftButton);
            CHECK(adder->lineEdit()->text().isEmpty());
            CHECK(adder->lineEdit()->placeholderText() == adder->itemText(0));
            QTest::keyClicks(adder->lineEdit(), QStringLiteral("ww"));
            REQUIRE(popup->isVisible());
            QTest::keyClick(popup, Qt::Key_Return);
            CHECK(shown() == QStringList{QStringLiteral("张三 (leading)"),
                                         QStringLiteral("李四 (left office)"),
                                         QStringLiteral("王五")});
            CHECK(adder->currentIndex() == 0);
            CHECK(adder->lineEdit()->text().isEmpty()); // ready for the next name typed

            // 王五 moved up to lead; 张三 removed with Delete.
            CHECK(list->currentRow() == 2);
            auto* up = child<QPushButton>(deputies, "moveUp");
            up->click();
            up->click();
            CHECK_FALSE(up->isEnabled());
            list->setCurrentRow(1);
            QTest::keyClick(list, Qt::Key_Delete);
            CHECK(shown() == QStringList{QStringLiteral("王五 (leading)"),
                                         QStringLiteral("李四 (left office)")});
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        },
        [](QDialog* d) { return d->objectName() == QStringLiteral("suggestionDialog"); });
    page.edit(false);
    CHECK(SuggestionRepository::load(f.office->db(), id).deputyIds == QList<qint64>{3, 2});
}

TEST_CASE("ui: a new suggestion is proposed the latest session and its next number, the "
          "number typed stays, and a number given twice is refused under its field")
{
    Fixture f; // 张三 (id 1)
    const QString third = QStringLiteral("区十八届人大三次会议");
    const QString fourth = QStringLiteral("区十八届人大四次会议");
    for (const auto& [congress, number, on] :
         {std::tuple(third, QStringLiteral("7"), QDate::currentDate().addYears(-1)),
          std::tuple(fourth, QStringLiteral("第3号"), QDate::currentDate())}) {
        Suggestion s;
        s.title = QStringLiteral("关于%1的建议").arg(number);
        s.congress = congress;
        s.number = number;
        s.submittedOn = on;
        s.deputyIds = {1};
        SuggestionRepository::save(*f.office, s);
    }

    ui::SuggestionsPage page;
    page.show();
    page.setOffice(f.office.get());
    whenDialogOpens<QDialog>(
        [&](QDialog* dialog) {
            dialog->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            auto* congress = child<QLineEdit>(dialog, "congress");
            auto* number = child<QLineEdit>(dialog, "number");
            auto* kind = child<QComboBox>(dialog, "kind");
            CHECK(congress->text() == fourth);
            CHECK(number->text() == QStringLiteral("第4号"));
            // The kind chosen with the keyboard (End: 议案, Home: 建议).
            const auto choose = [kind](Qt::Key key, const QString& name) {
                kind->setFocus();
                QTest::keyClick(kind, key);
                REQUIRE(kind->currentText() == name);
            };
            choose(Qt::Key_End, QStringLiteral("Motion")); // motions are numbered apart
            CHECK(number->text() == QStringLiteral("1"));
            choose(Qt::Key_Home, QStringLiteral("Suggestion"));
            // The earlier session, found among those used by a word of it.
            congress->clear();
            test::type(congress, QStringLiteral("三次"));
            QAbstractItemView* popup = congress->completer()->popup();
            REQUIRE(popup->isVisible());
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            CHECK(congress->text() == third);
            CHECK(number->text() == QStringLiteral("8"));
            // A number typed is the clerk's: a change of kind leaves it.
            number->selectAll();
            test::type(number, QStringLiteral("7"));
            choose(Qt::Key_End, QStringLiteral("Motion"));
            choose(Qt::Key_Home, QStringLiteral("Suggestion"));
            CHECK(number->text() == QStringLiteral("7"));
            test::type(child<QLineEdit>(dialog, "title"), QStringLiteral("关于增设公厕的建议"));
            auto* adder = child<QComboBox>(child<QWidget>(dialog, "deputies"), "adder");
            QTest::mouseClick(adder->lineEdit(), Qt::LeftButton);
            QTest::keyClicks(adder->lineEdit(), QStringLiteral("zs"));
            QAbstractItemView* names = adder->findChild<QCompleter*>()->popup();
            REQUIRE(names->isVisible());
            QTest::keyClick(names, Qt::Key_Return);
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            save->click();
            REQUIRE(dialog->isVisible());
            auto* error = child<QLabel>(dialog, "numberError");
            CHECK(error->isVisible());
            CHECK(error->text().contains(QStringLiteral("关于7的建议")));
            CHECK_FALSE(child<QLabel>(dialog, "deputiesError")->isVisible());
            number->selectAll();
            test::type(number, QStringLiteral("8"));
            save->click();
        },
        [](QDialog* d) { return d->objectName() == QStringLiteral("suggestionDialog"); });
    page.edit(true);
    const Suggestion saved = SuggestionRepository::list(f.office->db()).first().suggestion;
    CHECK(saved.title == QStringLiteral("关于增设公厕的建议"));
    CHECK(saved.congress == third);
    CHECK(saved.number == QStringLiteral("8"));

    // An opinion raised to a suggestion is proposed the same: the session of the one just
    // entered (submitted today, as the fourth session's), and its next number.
    Opinion o = streetOpinion(QStringLiteral("学校周边交通拥堵"));
    o.communityId = f.community;
    const qint64 id = OpinionRepository::save(*f.office, o);
    ui::OpinionDialog dialog(*f.office, id);
    dialog.show();
    step(&dialog, OpinionState::Accepted);
    step(&dialog, OpinionState::Escalated, [&](OpinionTransitionDialog* d) {
        CHECK(child<QLineEdit>(d, "congress")->text() == third);
        CHECK(child<QLineEdit>(d, "number")->text() == QStringLiteral("9"));
    });
    CHECK(SuggestionRepository::list(f.office->db()).first().suggestion.number ==
          QStringLiteral("9"));
}

TEST_CASE("ui: another file opens on its whole ledger, without the filters set for the first")
{
    Fixture first;
    OpinionRepository::save(*first.office, streetOpinion(QStringLiteral("楼道灯不亮")));
    Fixture second;
    for (const char* title : {"小区停车难", "垃圾清运不及时"})
        OpinionRepository::save(*second.office, streetOpinion(QString::fromUtf8(title)));

    ui::OpinionsPage page;
    page.show();
    page.setOffice(first.office.get());
    auto* state = child<QComboBox>(&page, "stateFilter");
    chooseByKeyboard(state, opinionStateName(OpinionState::Archived));
    test::type(child<QLineEdit>(&page, "search"), QStringLiteral("楼道"));
    child<QCheckBox>(&page, "flaggedOnly")->setChecked(true);
    CHECK(page.table()->model()->rowCount() == 0);

    page.setOffice(second.office.get());
    CHECK(state->currentIndex() == 0);
    CHECK(child<QLineEdit>(&page, "search")->text().isEmpty());
    CHECK_FALSE(child<QCheckBox>(&page, "flaggedOnly")->isChecked());
    CHECK(page.table()->model()->rowCount() == 2);
}

TEST_CASE("ui: an opinion ledger imported from the page: a bad one imports nothing and says why, "
          "a good one is checked, asked about, then imported")
{
    Fixture f;
    ui::OpinionsPage page;
    page.setOffice(f.office.get());
    const auto import = [&](const QString& csv, const std::function<void(QMessageBox*)>& answer) {
        const QString path = f.dir.path(QStringLiteral("ledger.csv"));
        test::writeAll(path, csv.toUtf8());
        test::whenDialogOpens<QMessageBox>(answer);
        page.importLedger(path);
    };

    QString refused;
    const auto refuse = [&refused](QMessageBox* box) {
        refused = box->detailedText();
        box->accept();
    };
    import(QStringLiteral("登记日期,接单代表,标题,类别\n2026-03-02,无此人,路灯,城建\n"), refuse);
    CHECK(refused.contains(QStringLiteral("Row 2")));
    CHECK(refused.contains(QStringLiteral("无此人")));
    CHECK(sql::scalar(f.office->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt() ==
          0);

    QString asked, told;
    const auto importNow = [&asked, &told](QMessageBox* question) {
        asked = question->text();
        test::whenDialogOpens<QMessageBox>([&told](QMessageBox* result) {
            told = result->text();
            result->accept();
        });
        question->button(QMessageBox::Yes)->click();
    };
    // dated today, in the year the page shows
    import(QStringLiteral("登记日期,接单代表,标题,类别\n%1,张三,路灯不亮,城建\n")
               .arg(QDate::currentDate().toString(Qt::ISODate)),
           importNow);
    CHECK(asked.contains(QStringLiteral("Import now?")));
    CHECK_FALSE(told.isEmpty());
    CHECK(sql::scalar(f.office->db(), QStringLiteral("SELECT count(*) FROM opinions")).toInt() ==
          1);
    CHECK(page.table()->model()->rowCount() == 1); // the ledger read again
    CHECK(QGuiApplication::overrideCursor() == nullptr);
}
