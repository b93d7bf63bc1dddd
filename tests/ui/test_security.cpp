// Log-in dialogs and the menus and pages following the role, driven with QTest.
#include "demo/demooffice.h"
#include "dialogs/auditdialog.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/userdialogs.h"
#include "i18n.h"
#include "mainwindow.h"
#include "officebackups.h"
#include "storage/auditlog.h"
#include "storage/autobackup.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testsupport.h"
#include "uitest.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using dd::test::child;
using dd::test::TempDir;

namespace {
QAction* menuAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* action : menu->menu()->actions())
            if (action->text() == text)
                return action;
    FAIL("no menu entry " << text.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("ui: the log-in dialog explains a wrong password and stays open until it is right")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = OfficeFile::open(path);
    ui::LogInDialog dialog(*office);
    dialog.show();
    auto* login = child<QLineEdit>(&dialog, "login");
    auto* password = child<QLineEdit>(&dialog, "password");
    auto* error = child<QLabel>(&dialog, "error");
    CHECK(password->echoMode() == QLineEdit::Password);

    login->setText(QStringLiteral("lina"));
    QTest::keyClicks(password, QStringLiteral("not-it"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Wrong user name or password."));
    CHECK(password->text().isEmpty()); // typed again, not edited
    CHECK(office->currentUser().id == 0);

    QTest::keyClicks(password, kDemoPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(office->currentUser().login == QStringLiteral("lina"));
    CHECK(office->currentUser().role == Role::Clerk);
}

TEST_CASE("ui: a viewer's window offers no changes, an administrator's offers user management")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    window.show();
    test::passOpeningDialog(QStringLiteral("wangfang"));
    REQUIRE(window.openOffice(path));
    CHECK(window.office()->currentUser().role == Role::Viewer);
    CHECK(child<QLabel>(&window, "statusUser")->text() == QStringLiteral("User: 王芳 (Viewer)"));
    CHECK_FALSE(menuAction(window, QStringLiteral("&Save changes"))->isEnabled());
    CHECK_FALSE(menuAction(window, QStringLiteral("&Users and passwords…"))->isEnabled());
    CHECK_FALSE(menuAction(window, QStringLiteral("&Restore from backup…"))->isEnabled());
    CHECK_FALSE(menuAction(window, QStringLiteral("&Audit trail…"))->isEnabled());
    CHECK(menuAction(window, QStringLiteral("Change my &password…"))->isEnabled());
    // the deputies page: no adding, no import
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
    auto* deputies = child<QWidget>(&window, "deputiesPage");
    CHECK_FALSE(child<QPushButton>(deputies, "addButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(deputies, "exportButton")->isEnabled()); // not even masked

    // switching to the administrator brings the menus back
    test::passOpeningDialog(QStringLiteral("admin"));
    menuAction(window, QStringLiteral("S&witch user…"))->trigger();
    CHECK(window.office()->currentUser().role == Role::Admin);
    CHECK(menuAction(window, QStringLiteral("&Save changes"))->isEnabled());
    CHECK(menuAction(window, QStringLiteral("&Users and passwords…"))->isEnabled());
    CHECK(child<QPushButton>(child<QWidget>(&window, "deputiesPage"), "addButton")->isEnabled());
    CHECK(child<QPushButton>(child<QWidget>(&window, "deputiesPage"), "exportButton")->isEnabled());

    // a clerk enters activities but does not change their kinds (the administrator's rules)
    test::passOpeningDialog(QStringLiteral("lina"));
    menuAction(window, QStringLiteral("S&witch user…"))->trigger();
    REQUIRE(window.office()->currentUser().role == Role::Clerk);
    auto* navigation = child<QListWidget>(&window, "navigation");
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->text() == QStringLiteral("Activities"))
            navigation->setCurrentRow(row);
    auto* activities = child<QWidget>(&window, "activitiesPage");
    REQUIRE(activities->isVisible());
    CHECK(child<QPushButton>(activities, "importButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(activities, "kindsButton")->isEnabled());
    test::passOpeningDialog(QStringLiteral("admin"));
    menuAction(window, QStringLiteral("S&witch user…"))->trigger();
    CHECK(child<QPushButton>(activities, "kindsButton")->isEnabled());

    // the administrator adds a clerk, who can then log in
    ui::UsersDialog users(*window.office());
    const int before = users.table()->rowCount();
    test::whenDialogOpens<QDialog>(
        [](QDialog* d) {
            child<QLineEdit>(d, "login")->setText(QStringLiteral("zhaolei"));
            child<QLineEdit>(d, "name")->setText(QStringLiteral("赵磊"));
            child<QLineEdit>(d, "password")->setText(QStringLiteral("short"));
            d->accept(); // refused: too short, the dialog stays
            CHECK(d->isVisible());
            CHECK(child<QLabel>(d, "error")->text().contains(QStringLiteral("8 characters")));
            child<QLineEdit>(d, "password")->setText(QStringLiteral("zhaolei-2026"));
            d->accept();
        },
        [](QDialog* d) { return d->objectName() == QLatin1String("newUserDialog"); });
    QTest::mouseClick(child<QPushButton>(&users, "add"), Qt::LeftButton);
    CHECK(users.table()->rowCount() == before + 1);
    CHECK(users.table()->item(before, 0)->text() == QStringLiteral("zhaolei"));
    CHECK(users.table()->item(before, 2)->text() == QStringLiteral("Clerk"));

    // switch the new account off (after a question) and make it a chair
    users.table()->setCurrentCell(before, 0);
    auto* active = child<QPushButton>(&users, "active");
    CHECK(active->text() == QStringLiteral("S&witch off"));
    test::whenDialogOpens<QMessageBox>(
        [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK(users.table()->item(before, 3)->text() == QStringLiteral("Switched off"));
    CHECK(active->text() == QStringLiteral("S&witch on"));
    CHECK_THROWS_AS(
        window.office()->logIn(QStringLiteral("zhaolei"), QStringLiteral("zhaolei-2026")), Error);
    test::whenDialogOpens<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(roleDisplayName(Role::Chair));
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(&users, "role"), Qt::LeftButton);
    CHECK(users.table()->item(before, 2)->text() == QStringLiteral("Chair"));
    QTest::mouseClick(active, Qt::LeftButton); // switching on asks nothing
    CHECK(users.table()->item(before, 3)->text() == QStringLiteral("Active"));
    window.office()->logIn(QStringLiteral("zhaolei"), QStringLiteral("zhaolei-2026"));
    CHECK(window.office()->currentUser().displayName == QStringLiteral("赵磊"));
    CHECK(window.office()->currentUser().role == Role::Chair);
}

TEST_CASE("ui: a file without passwords has its administrator choose one on opening")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.ddoffice"));
    test::makeOffice(path);
    {
        ui::MainWindow window;
        window.show();
        test::whenDialogOpens<QDialog>(
            [](QDialog* d) {
                child<QLineEdit>(d, "password")->setText(QStringLiteral("first-pw-1"));
                child<QLineEdit>(d, "repeat")->setText(QStringLiteral("first-pw-2"));
                d->accept(); // they differ: refused
                CHECK(child<QLabel>(d, "error")->text().contains(QStringLiteral("differ")));
                child<QLineEdit>(d, "repeat")->setText(QStringLiteral("first-pw-1"));
                d->accept();
            },
            [](QDialog* d) { return d->objectName() == QLatin1String("passwordDialog"); });
        REQUIRE(window.openOffice(path));
        CHECK(window.office()->currentUser().role == Role::Admin);
    }
    auto office = OfficeFile::open(path);
    CHECK_FALSE(office->needsPassword());
    office->logIn(QStringLiteral("admin"), QStringLiteral("first-pw-1"));
}

TEST_CASE("ui: the audit trail filters by action and text and shows an entry in full")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    office->logIn(QStringLiteral("zhangwei"), kDemoPassword); // a chair may read it
    ui::AuditDialog dialog(*office);
    dialog.show();
    QTableWidget* table = dialog.table();
    CHECK(table->rowCount() == ui::AuditDialog::kRows); // the newest thousand
    CHECK(child<QLabel>(&dialog, "count")->text().contains(QStringLiteral("narrow the filter")));
    CHECK(table->item(0, 1)->text() == QStringLiteral("zhangwei"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Logged in"));
    CHECK_FALSE(table->wordWrap()); // the time on one line, all of it
    CHECK(table->columnWidth(0) >
          table->fontMetrics().horizontalAdvance(table->item(0, 0)->text()));

    auto* action = child<QComboBox>(&dialog, "action");
    action->setCurrentIndex(action->findData(QStringLiteral("login")));
    CHECK(table->rowCount() == 2); // admin and zhangwei
    CHECK(child<QLabel>(&dialog, "count")->text() == QStringLiteral("2 entries."));
    action->setCurrentIndex(0);
    CHECK(table->rowCount() == ui::AuditDialog::kRows);
    // The text is looked up as it is typed (in the full-text index).
    auto* search = child<QLineEdit>(&dialog, "search");
    QTest::keyClicks(search, QStringLiteral("wangfang"));
    REQUIRE(table->rowCount() == 1);
    table->setCurrentCell(0, 0);
    // Below: the entry's fields in words, then as stored.
    const QString details = child<QPlainTextEdit>(&dialog, "details")->toPlainText();
    CHECK(details.contains(QStringLiteral("User name: wangfang")));
    CHECK(details.contains(QStringLiteral("\"login\":\"wangfang\"")));
    // Enter leaves the dialog open (no button of it is the default).
    search->clear();
    QTest::keyClicks(search, QStringLiteral("lina"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(table->rowCount() == 1);
    // The kind of record and its fields in words, not the stored table name and JSON.
    CHECK(table->item(0, 3)->text() == QStringLiteral("User"));
    CHECK(table->item(0, 5)->text().startsWith(QStringLiteral("User name: lina; ")));
    CHECK(table->item(0, 5)->text().contains(
        QStringLiteral("Role: %1").arg(roleDisplayName(Role::Clerk))));

    // A state typed as it is shown, in Chinese, finds the entries that store its key: the
    // opinions not accepted, with their step's 不予受理 in the list.
    i18n::install(QStringLiteral("zh_CN"));
    test::type(search, QStringLiteral("不予受理"));
    const int rows = table->rowCount();
    const bool shown = rows > 0 && table->item(0, 5)->text().contains(QStringLiteral("不予受理"));
    i18n::install(QStringLiteral("en"));
    AuditFilter literal; // the characters alone, as stored
    literal.text = QStringLiteral("不予受理");
    AuditFilter key;
    key.text = QStringLiteral("rejected");
    REQUIRE(countAudit(office->db(), key) > 0);
    CHECK(rows >= countAudit(office->db(), key));
    CHECK(rows > countAudit(office->db(), literal));
    CHECK(shown);
}

TEST_CASE("ui: the audit trail counts a user's rows up to a bound and says when there are more")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    const QSqlDatabase db = office->db();
    {
        const UserRef clerk = test::account(db, QStringLiteral("lina"));
        Transaction tx(db);
        AuditChainWriter chain(db);
        for (qint64 i = 0; i <= ui::AuditDialog::kCountAtMost; ++i)
            chain.append(QStringLiteral("2020-01-01T00:00:00.000Z"), clerk,
                         QStringLiteral("update"), QStringLiteral("opinions"), 1, {}, {});
        tx.commit();
    }
    office->logIn(QStringLiteral("zhangwei"), kDemoPassword);
    ui::AuditDialog dialog(*office);
    auto* user = child<QComboBox>(&dialog, "user");
    user->setCurrentIndex(user->findData(QStringLiteral("lina")));
    CHECK(dialog.table()->rowCount() == ui::AuditDialog::kRows);
    CHECK(child<QLabel>(&dialog, "count")->text() ==
          QStringLiteral("The newest 1000 of more than 10000 entries; narrow the filter to see "
                         "older ones."));
    user->setCurrentIndex(user->findData(QStringLiteral("zhangwei")));
    CHECK(child<QLabel>(&dialog, "count")->text().endsWith(QStringLiteral(" entries.")));
}

TEST_CASE("ui: closing a changed file backs it up, and the backups dialog offers a restore to "
          "chairs")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    const QString folder = AutoBackup::defaultFolder(path);
    ui::MainWindow window;
    window.show();
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    REQUIRE(window.closeOffice()); // nothing changed: no backup
    CHECK(AutoBackup::list(path, folder).isEmpty());
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    UserRepository::add(*window.office(), QStringLiteral("zhaolei"), {}, Role::Clerk);
    REQUIRE(window.closeOffice()); // changed: backed up
    const QList<BackupEntry> backups = AutoBackup::list(path, folder);
    REQUIRE(backups.size() == 1);
    CHECK(checkOffice(backups.first().path).ok());

    auto office = test::openDemo(path);
    office->logIn(QStringLiteral("lina"), kDemoPassword);
    ui::OfficeBackups automatic;
    automatic.setOffice(office.get());
    {
        ui::BackupsDialog dialog(*office, automatic);
        CHECK(dialog.table()->rowCount() == 1);
        CHECK(child<QLabel>(&dialog, "folder")->text().contains(folder));
        CHECK_FALSE(child<QPushButton>(&dialog, "restore")->isEnabled()); // a clerk may not
    }
    office->logIn(QStringLiteral("zhangwei"), kDemoPassword);
    ui::BackupsDialog dialog(*office, automatic);
    QTest::qWait(1100); // the next backup's name is a second later
    QTest::mouseClick(child<QPushButton>(&dialog, "backUpNow"), Qt::LeftButton);
    CHECK(dialog.table()->rowCount() == 2); // both: made within the last day
    auto* restore = child<QPushButton>(&dialog, "restore");
    REQUIRE(restore->isEnabled());
    dialog.table()->setCurrentCell(1, 0); // the older one
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.restorePath() == backups.first().path);

    // the 30-minute backup runs on a worker thread, only after a change
    QSignalSpy made(&automatic, &ui::OfficeBackups::backedUp);
    automatic.backUpInBackground();
    CHECK_FALSE(made.wait(500));                           // nothing changed since "back up now"
    office->logIn(QStringLiteral("admin"), kDemoPassword); // a change (its audit row)
    QTest::qWait(1100);
    automatic.backUpInBackground();
    REQUIRE(made.wait(20000));
    CHECK(AutoBackup::list(path, folder).size() == 3);
    CHECK(checkOffice(made.first().first().toString()).ok());
    automatic.setOffice(nullptr);
}

TEST_CASE("ui: a new office file has its administrator choose the password when it is made")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("新街道.ddoffice"));
    ui::MainWindow window;
    window.show();
    test::whenDialogOpens<QDialog>(
        [path](QDialog* d) {
            child<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("新街道"));
            child<QLineEdit>(d, "pathEdit")->setText(path);
            test::passOpeningDialog(QStringLiteral("admin"), QStringLiteral("new-office-1"));
            d->accept();
        },
        [](QDialog* d) { return d->findChild<QLineEdit*>(QStringLiteral("pathEdit")) != nullptr; });
    QTest::mouseClick(child<QPushButton>(&window, "newButton"), Qt::LeftButton);
    REQUIRE(window.office() != nullptr);
    CHECK(window.office()->currentUser().role == Role::Admin);
    CHECK_FALSE(window.office()->needsPassword());
    REQUIRE(window.closeOffice());
    auto office = OfficeFile::open(path);
    office->logIn(QStringLiteral("admin"), QStringLiteral("new-office-1"));
}

TEST_CASE("ui: breaking a stale lock asks for an administrator and refuses a clerk")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    {
        test::LockHolderProcess holder(path);
        holder.kill();
    }
    ui::MainWindow window;
    window.show();

    QString refusal;
    auto logIn = [](QDialog* dialog, const QString& login) {
        child<QLineEdit>(dialog, "login")->setText(login);
        child<QLineEdit>(dialog, "password")->setText(kDemoPassword);
        dialog->accept();
    };
    auto isLogIn = [](QDialog* d) { return d->objectName() == QLatin1String("logInDialog"); };
    test::whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        QAbstractButton* breakIt = nullptr;
        for (QAbstractButton* button : box->buttons())
            if (button->text().contains(QStringLiteral("Break")))
                breakIt = button;
        REQUIRE(breakIt != nullptr);
        test::whenDialogOpens<QDialog>(
            [&](QDialog* first) {
                CHECK(child<QLabel>(first, "error")->text().isEmpty());
                test::whenDialogOpens<QDialog>(
                    [&](QDialog* second) {
                        refusal = child<QLabel>(second, "error")->text();
                        logIn(second, QStringLiteral("admin"));
                    },
                    [isLogIn](QDialog* d) { // the same dialog again, saying why
                        return isLogIn(d) && !child<QLabel>(d, "error")->text().isEmpty();
                    });
                logIn(first, QStringLiteral("lina"));
            },
            isLogIn);
        breakIt->click();
    });
    REQUIRE(window.openOffice(path));
    CHECK(refusal.contains(QStringLiteral("may not break the lock")));
    CHECK(window.office()->currentUser().login == QStringLiteral("admin"));
    CHECK(window.office()->brokenLock().has_value());
}

TEST_CASE("ui: restoring a backup asks for a chair of that backup, then replaces the file")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    const QString folder = AutoBackup::defaultFolder(path);
    {
        auto office = test::openDemo(path);
        AutoBackup::make(office->db(), path, folder, {}, QDateTime::currentDateTime().addSecs(-60));
        UserRepository::add(*office, QStringLiteral("zhaolei"), {}, Role::Clerk); // undone below
    }
    ui::MainWindow window;
    window.show();
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));

    // Answers each modal dialog as it comes: the backups dialog (restore the older backup),
    // questions (yes), the restore's log-in (a clerk first, refused; then a chair), and the
    // log-in when the restored file opens again.
    QStringList restoreLogIns;
    QString refusal;
    QTimer responder;
    QObject::connect(&responder, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            box->button(box->button(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok)
                ->click();
        } else if (modal->objectName() == QLatin1String("backupsDialog")) {
            auto* table = child<QTableWidget>(modal, "backups");
            table->setCurrentCell(table->rowCount() - 1, 0);
            child<QPushButton>(modal, "restore")->click();
        } else if (modal->objectName() == QLatin1String("logInDialog")) {
            auto* dialog = static_cast<QDialog*>(modal);
            const bool restoring =
                child<QLabel>(dialog, "intro")->text().contains(QStringLiteral("Restoring"));
            QString login = QStringLiteral("admin");
            if (restoring) {
                login =
                    restoreLogIns.isEmpty() ? QStringLiteral("lina") : QStringLiteral("zhangwei");
                if (!restoreLogIns.isEmpty())
                    refusal = child<QLabel>(dialog, "error")->text();
                restoreLogIns << login;
            }
            child<QLineEdit>(dialog, "login")->setText(login);
            child<QLineEdit>(dialog, "password")->setText(kDemoPassword);
            dialog->accept();
        }
    });
    responder.start(20);
    menuAction(window, QStringLiteral("Automatic bac&kups…"))->trigger();
    responder.stop();

    CHECK(restoreLogIns == QStringList{QStringLiteral("lina"), QStringLiteral("zhangwei")});
    CHECK(refusal.contains(QStringLiteral("may not restore a backup")));
    REQUIRE(window.office() != nullptr); // opened again after the restore
    const QSqlDatabase db = window.office()->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE login = 'zhaolei'"))
              .toInt() == 0);
    CHECK(sql::scalar(db, QStringLiteral("SELECT user_login FROM audit_log WHERE action = "
                                         "'restore'"))
              .toString() == QStringLiteral("zhangwei"));
}
