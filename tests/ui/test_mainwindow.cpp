// The main window driven with QTest, offscreen, on real office files.
#include "demo/demooffice.h"
#include "errors.h"
#include "i18n.h"
#include "mainwindow.h"
#include "officeopener.h"
#include "org/officesettings.h"
#include "storage/error.h"
#include "storage/migrator.h"
#include "storage/officefile.h"
#include "testsupport.h"
#include "uitest.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace dd;
using dd::test::child;
using dd::test::TempDir;

namespace {
OfficeSettings settingsOnDisk(const QString& path)
{
    OpenOptions options;
    options.readOnly = true;
    return OfficeRepository::load(*OfficeFile::open(path, options));
}

// Clears the field with the keyboard, then commits text the way a Chinese input method does
// (QTest::keyClicks only knows ASCII keys).
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (text.isEmpty())
        return;
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

void showActive(QWidget* window)
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

// Presses the given button of the next message box that appears.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        box->button(button)->click();
    });
}
} // namespace

TEST_CASE("ui: the main window opens the demo office and edits the office name")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);

    ui::MainWindow window;
    showActive(&window);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    REQUIRE(window.office() != nullptr);

    auto* page = child<QWidget>(&window, "officePage");
    CHECK(page->isVisible());
    auto* name = child<QLineEdit>(page, "nameEdit");
    auto* save = child<QPushButton>(page, "saveButton");
    CHECK(name->text() == QStringLiteral("市西街道"));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(&window, "statusOffice")->text().contains(QStringLiteral("市西街道")));
    CHECK(window.windowTitle().contains(QStringLiteral("市西街道")));

    retype(name, QStringLiteral("市北街道"));
    CHECK(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(page, "statusLabel")->text() == QStringLiteral("Saved."));
    CHECK(window.windowTitle().contains(QStringLiteral("市北街道")));
    CHECK(child<QLabel>(&window, "statusOffice")->text().contains(QStringLiteral("市北街道")));
    window.closeOffice(); // release the lock so the file can be read as a whole
    CHECK(settingsOnDisk(path).name == QStringLiteral("市北街道"));
}

TEST_CASE("ui: invalid settings show a message under the field and are not saved")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    showActive(&window);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    showActive(&window); // back from the log-in dialog
    auto* page = child<QWidget>(&window, "officePage");
    auto* name = child<QLineEdit>(page, "nameEdit");
    auto* nameError = child<QLabel>(page, "nameError");
    auto* year = child<QSpinBox>(page, "yearSpin");

    retype(name, QString());
    const int otherYear = QDate::currentDate().year() + 1; // the demo's is this year
    year->setValue(otherYear);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier); // Edit > Save changes
    CHECK(nameError->isVisible());
    CHECK(nameError->text().contains(QStringLiteral("Office name")));
    CHECK(name->hasFocus());

    SECTION("revert brings the saved values back")
    {
        QTest::mouseClick(child<QPushButton>(page, "revertButton"), Qt::LeftButton);
        CHECK(name->text() == QStringLiteral("市西街道"));
        CHECK_FALSE(nameError->isVisible());
    }
    SECTION("closing asks about the unsaved edits; discarding keeps the file as it was")
    {
        answerNextMessageBox(QMessageBox::Discard);
        CHECK(window.closeOffice());
        CHECK(window.office() == nullptr);
    }
    window.closeOffice();
    const OfficeSettings onDisk = settingsOnDisk(path);
    CHECK(onDisk.name == QStringLiteral("市西街道"));
    CHECK(onDisk.workYear != otherYear);
}

TEST_CASE("ui: a read-only office cannot be edited and says so")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    showActive(&window);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path, true));
    auto* page = child<QWidget>(&window, "officePage");
    auto* name = child<QLineEdit>(page, "nameEdit");
    CHECK(name->isReadOnly());
    CHECK(child<QLabel>(page, "readOnlyNote")->isVisible());
    CHECK(child<QLabel>(&window, "statusMode")->text() == QStringLiteral("Read-only"));
    QTest::keyClicks(name, QStringLiteral("x"));
    CHECK(name->text() == QStringLiteral("市西街道"));
    CHECK_FALSE(child<QPushButton>(page, "saveButton")->isEnabled());
}

TEST_CASE("ui: without an office the start page offers new, open, demo and recent files")
{
    ui::MainWindow window;
    showActive(&window);
    CHECK(window.office() == nullptr);
    CHECK(child<QWidget>(&window, "startPage")->isVisible());
    CHECK(child<QPushButton>(&window, "newButton")->isVisible());
    CHECK(child<QPushButton>(&window, "demoButton")->isVisible());

    TempDir dir;
    const QString path = dir.path(QStringLiteral("recent.ddoffice"));
    createDemoOffice(path);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    REQUIRE(window.closeOffice());
    CHECK(ui::MainWindow::recentFiles().value(0) == path);
    auto* recent = child<QListWidget>(&window, "recentList");
    REQUIRE(recent->count() >= 1);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == path);
    // Enter on the first recent file opens it.
    recent->setFocus();
    recent->setCurrentRow(0);
    test::passOpeningDialog();
    QTest::keyClick(recent, Qt::Key_Return);
    REQUIRE(window.office() != nullptr);
    CHECK(window.office()->path() == path);
}

TEST_CASE("ui: a recent file no longer there is marked, and Enter offers to forget it")
{
    TempDir dir;
    const QString kept = dir.path(QStringLiteral("kept.ddoffice"));
    const QString gone = dir.path(QStringLiteral("gone.ddoffice"));
    createDemoOffice(kept);
    QFile::copy(kept, gone);
    ui::MainWindow window;
    showActive(&window);
    for (const QString& path : {kept, gone}) {
        test::passOpeningDialog();
        REQUIRE(window.openOffice(path));
        REQUIRE(window.closeOffice());
    }
    REQUIRE(QFile::remove(gone));
    // Shown again (as after closing a file), the list marks the missing one.
    test::passOpeningDialog();
    REQUIRE(window.openOffice(kept));
    REQUIRE(window.closeOffice());
    auto* recent = child<QListWidget>(&window, "recentList");
    REQUIRE(recent->item(0)->data(Qt::UserRole).toString() == kept);
    REQUIRE(recent->item(1)->data(Qt::UserRole).toString() == gone);
    CHECK_FALSE(recent->item(0)->text().contains(QStringLiteral("file not found")));
    CHECK(recent->item(1)->text().contains(QStringLiteral("file not found")));
    CHECK(recent->item(1)->foreground().color() ==
          recent->palette().color(QPalette::Disabled, QPalette::Text));
    // So does File ▸ Recent offices as it opens.
    auto* menu = child<QMenu>(&window, "recentMenu");
    Q_EMIT menu->aboutToShow();
    REQUIRE(menu->actions().size() >= 2);
    CHECK(menu->actions().at(0)->text() == QDir::toNativeSeparators(kept));
    CHECK(menu->actions().at(1)->text() ==
          QStringLiteral("%1 (file not found)").arg(QDir::toNativeSeparators(gone)));

    // Enter on it asks; No keeps it in the list and opens nothing.
    recent->setFocus();
    recent->setCurrentRow(1);
    QString asked;
    test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(recent, Qt::Key_Return);
    CHECK(asked.contains(QDir::toNativeSeparators(gone)));
    CHECK(asked.contains(QStringLiteral("no longer there")));
    CHECK(window.office() == nullptr);
    CHECK(ui::MainWindow::recentFiles().contains(gone));
    CHECK(recent->count() >= 2);

    // Yes forgets it; the other stays.
    recent->setCurrentRow(1);
    test::whenDialogOpens<QMessageBox>(
        [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(recent, Qt::Key_Return);
    CHECK_FALSE(ui::MainWindow::recentFiles().contains(gone));
    CHECK(ui::MainWindow::recentFiles().value(0) == kept);
    for (int row = 0; row < recent->count(); ++row)
        CHECK(recent->item(row)->data(Qt::UserRole).toString() != gone);

    // Delete takes an existing file off the list and leaves the file alone.
    // (The message box took the activation; a shortcut needs the window active.)
    showActive(&window);
    recent->setCurrentRow(0);
    recent->setFocus();
    REQUIRE(recent->hasFocus());
    QTest::keyClick(recent, Qt::Key_Delete);
    CHECK_FALSE(ui::MainWindow::recentFiles().contains(kept));
    CHECK(QFileInfo::exists(kept));
    for (int row = 0; row < recent->count(); ++row)
        CHECK(recent->item(row)->data(Qt::UserRole).toString() != kept);
    CHECK(window.office() == nullptr);
}

TEST_CASE("ui: a damaged file is reported in a dialog and nothing is opened")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.ddoffice"));
    test::writeAll(path, QByteArray(4096, 'x'));
    const QByteArray hash = test::sha256(path);
    ui::MainWindow window;
    showActive(&window);
    QString shown;
    QTimer::singleShot(0, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        shown = box->informativeText();
        box->accept();
    });
    CHECK_FALSE(window.openOffice(path));
    CHECK(window.office() == nullptr);
    CHECK(shown.contains(QStringLiteral("not an SQLite database")));
    CHECK(test::sha256(path) == hash);
}

TEST_CASE("ui: an older file is upgraded while the window stays responsive, then says so")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.ddoffice"));
    REQUIRE(QFile::copy(QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/office-v7.ddoffice"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ui::MainWindow window;
    showActive(&window);
    // The event loop turns while the upgrade runs (on another thread): counted until the
    // message that it is done.
    bool told = false;
    int turnsWhileUpgrading = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (!told && !qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            ++turnsWhileUpgrading;
    });
    ticker.start();
    QString message;
    test::whenDialogOpens<QMessageBox>(
        [&](QMessageBox* box) {
            told = true;
            message = box->text();
            box->accept();
            test::passOpeningDialog(); // no passwords yet: the administrator chooses one
        },
        [](QMessageBox* box) { return box->text().contains(QStringLiteral("upgraded")); });
    REQUIRE(window.openOffice(path));
    CHECK(turnsWhileUpgrading > 0);
    CHECK(message.contains(QStringLiteral("from schema version 7 to %1").arg(kSchemaVersion)));
    CHECK(message.contains(window.office()->upgradeBackup()));
    CHECK(window.office()->schemaVersion() == kSchemaVersion);
}

TEST_CASE("ui: long work shows a busy dialog within a moment and rethrows what it threw")
{
    ui::MainWindow window;
    showActive(&window);
    QString shownAfter700ms;
    QTimer::singleShot(700, [&] {
        if (auto* busy = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
            busy && busy->isVisible())
            shownAfter700ms = busy->labelText();
    });
    ui::runBusy(&window, QStringLiteral("Working…"),
                [] { QThread::msleep(1000); }); // on a worker thread
    CHECK(shownAfter700ms == QStringLiteral("Working…"));
    CHECK(QApplication::activeModalWidget() == nullptr); // gone when the work is done
    CHECK_THROWS_AS(ui::runBusy(&window, QStringLiteral("Failing…"),
                                [] { throw Error(Error::Kind::Io, QStringLiteral("disk gone")); }),
                    Error);
}

TEST_CASE("ui: the Chinese translation is complete for the main window")
{
    REQUIRE(i18n::install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    showActive(&window);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus == QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"),
                               QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")});
    CHECK(child<QListWidget>(&window, "navigation")->item(0)->text() == QStringLiteral("本街道"));
    CHECK(child<QPushButton>(&window, "saveButton")->text() == QStringLiteral("保存(&S)"));
    CHECK(child<QLabel>(&window, "statusUser")->text().contains(QStringLiteral("管理员")));
}

TEST_CASE("ui: a file marked as on a network share is written with a rollback journal")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    showActive(&window);
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    auto* shared = child<QAction>(&window, "sharedAction");
    CHECK(shared->isEnabled());
    CHECK_FALSE(shared->isChecked());

    shared->trigger();
    CHECK(shared->isChecked());
    CHECK(window.office()->isShared());
    CHECK(ui::isMarkedShared(path));
    window.closeOffice();
    CHECK(test::readAll(path).mid(18, 2) == QByteArray("\x01\x01", 2));

    test::passOpeningDialog(); // opened again: the mark is remembered
    REQUIRE(window.openOffice(path));
    CHECK(window.office()->isShared());
    CHECK(shared->isChecked());
    shared->trigger();
    CHECK_FALSE(window.office()->isShared());
    CHECK_FALSE(ui::isMarkedShared(path));
}

TEST_CASE("ui: long work shows how far it is and what it does, and Cancel stops it")
{
    QWidget window;
    window.show();
    QString shown;
    int value = -1;
    bool keptUp = false;
    QString stopping;
    test::whenDialogOpens<QProgressDialog>([&](QProgressDialog* dialog) {
        shown = dialog->labelText();
        value = dialog->value();
        auto* cancel = dialog->findChild<QPushButton*>();
        REQUIRE(cancel != nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Up, and saying so, until the work has stopped: the window stays out of reach.
        keptUp = dialog->isVisible() && !cancel->isEnabled();
        stopping = dialog->labelText();
    });
    std::atomic<bool> stopped = false;
    ui::runWithProgress(&window, QStringLiteral("Working…"), [&](const ui::ReportProgress& report) {
        for (int step = 0; step < 500; ++step) { // five seconds, unless stopped
            if (!report(step, 500, QStringLiteral("step %1").arg(step))) {
                QThread::msleep(200); // finishing the step under way
                stopped = true;
                return;
            }
            QThread::msleep(10);
        }
    });
    CHECK(stopped);
    CHECK(shown.startsWith(QStringLiteral("Working…\nstep ")));
    CHECK(value > 0);
    CHECK(keptUp);
    CHECK(stopping == QStringLiteral("Stopping after the step under way…"));

    // Work that can be stopped in the middle of a step (a statement SQLite runs in one go)
    // is stopped by Cancel itself, once, without waiting for its next report.
    int stopCalls = 0;
    std::atomic<bool> stopNow = false;
    test::whenDialogOpens<QProgressDialog>([&](QProgressDialog* dialog) {
        auto* cancel = dialog->findChild<QPushButton*>();
        REQUIRE(cancel != nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Escape); // asked again: nothing more
        stopping = dialog->labelText();
    });
    stopped = false;
    ui::runWithProgress(
        &window, QStringLiteral("Working…"),
        [&](const ui::ReportProgress& report) {
            report(0, 0, QStringLiteral("one long step"));
            for (int wait = 0; wait < 500 && !stopNow; ++wait) // five seconds, unless stopped
                QThread::msleep(10);
            stopped = bool(stopNow);
        },
        [&] {
            ++stopCalls;
            stopNow = true;
        });
    CHECK(stopped);
    CHECK(stopCalls == 1);
    CHECK(stopping == QStringLiteral("Stopping…"));
}
