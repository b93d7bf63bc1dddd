// The deputies page and dialog driven with QTest on a real office file.
#include "demo/demooffice.h"
#include "dialogs/deputydialog.h"
#include "dialogs/rosterimportdialog.h"
#include "mainwindow.h"
#include "org/deputyrepository.h"
#include "org/pinyin.h"
#include "pages/deputiespage.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "uitest.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace dd;
using dd::test::TempDir;

using dd::test::child;
using dd::test::type;

TEST_CASE(
    "ui: adding a deputy with a bad ID number shows the error and saves nothing, a good one saves")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    ui::DeputyDialog dialog(*office, 0);
    dialog.show();
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("张三"));
    auto* id = child<QLineEdit>(&dialog, "idNumberEdit");
    QTest::keyClicks(id, QStringLiteral("110105194912310021")); // check digit should be X
    auto* idError = child<QLabel>(&dialog, "idNumberError");
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(idError->isVisible());
    CHECK(idError->text().contains(QStringLiteral("ID number")));
    CHECK(idError->text().contains(QStringLiteral("X")));
    CHECK(DeputyRepository::count(office->db()) == 0);
    CHECK(
        sql::scalar(office->db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'deputies'"))
            .toInt() == 0);

    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("11010519491231002x"));
    type(child<QLineEdit>(&dialog, "phoneEdit"),
         QStringLiteral("１３８１２３４５６７８")); // full-width, from an IME
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(DeputyRepository::count(office->db()) == 1);
    const Deputy saved = DeputyRepository::load(office->db(), dialog.savedId());
    CHECK(saved.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(saved.birthDate == QDate(1949, 12, 31));
    CHECK(saved.gender == Gender::Female);
    CHECK(saved.phone == QStringLiteral("13812345678"));
}

TEST_CASE("ui: editing shows the ID number masked until revealed, and revealing is audited")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    Deputy d;
    d.name = QStringLiteral("李四");
    d.idNumber = QStringLiteral("11010519491231002X");
    const qint64 id = DeputyRepository::add(*office, d);
    ui::DeputyDialog dialog(*office, id);
    dialog.show();
    auto* idEdit = child<QLineEdit>(&dialog, "idNumberEdit");
    CHECK(idEdit->text() == QStringLiteral("110105********002X"));
    CHECK(idEdit->isReadOnly());
    const auto reveals = [&] {
        return sql::scalar(office->db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'"))
            .toInt();
    };
    CHECK(reveals() == 0);
    QPushButton* show = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->isVisible() && b->text() == QStringLiteral("Show") &&
            b->parentWidget() == idEdit->parentWidget())
            show = b;
    REQUIRE(show != nullptr);
    QTest::mouseClick(show, Qt::LeftButton);
    CHECK(idEdit->text() == QStringLiteral("11010519491231002X"));
    CHECK_FALSE(idEdit->isReadOnly());
    CHECK(reveals() == 1);
    // Saving without changes keeps the stored values (the masked text is never written).
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(DeputyRepository::load(office->db(), id).idNumber ==
          QStringLiteral("11010519491231002X"));
}

TEST_CASE("ui: the deputies page searches by pinyin initials and adds through its button")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    ui::MainWindow window;
    window.show();
    test::passOpeningDialog();
    REQUIRE(window.openOffice(path));
    auto* page = child<ui::DeputiesPage>(&window, "deputiesPage");
    auto* table = child<QTableView>(page, "deputiesTable");
    CHECK(table->model()->rowCount() == 0); // pages read the file when first shown
    child<QListWidget>(&window, "navigation")->setCurrentRow(1);
    const int serving = table->model()->rowCount();
    CHECK(serving == 73); // 75 in the demo, 2 have left; serving is the default filter
    CHECK(child<QLabel>(page, "countLabel")->text().contains(QString::number(serving)));

    // A click on the name column's header sorts by pinyin, a second click the other way.
    const auto names = [table] {
        QStringList list;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            list << table->model()->index(row, 0).data().toString();
        return list;
    };
    const QStringList listed = names();
    test::clickHeader(table, 0);
    CHECK(names() == listed); // the file's order was pinyin already
    test::clickHeader(table, 0);
    const QStringList reversed = names();
    REQUIRE(reversed.size() == serving);
    CHECK(reversed.first() != listed.first());
    for (int i = 1; i < reversed.size(); ++i)
        CHECK(pinyinKeys(reversed[i - 1]).full >= pinyinKeys(reversed[i]).full);
    test::clickHeader(table, 0);
    CHECK(names() == listed);

    const QString first = table->model()->index(0, 0).data().toString();
    const PinyinKeys keys = pinyinKeys(first);
    type(child<QLineEdit>(page, "searchEdit"), keys.initials);
    REQUIRE(table->model()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        found = found || table->model()->index(row, 0).data().toString() == first;
    CHECK(found);
    CHECK(table->model()->rowCount() < serving);

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::DeputyDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("区小明"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
    type(child<QLineEdit>(page, "searchEdit"), QStringLiteral("ouxiao"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("区小明"));
}

TEST_CASE(
    "ui: importing a roster lists bad rows and writes nothing, a good one imports after confirming")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("d.ddoffice")));
    const QString bad = dir.path(QStringLiteral("bad.csv"));
    test::writeAll(bad,
                   QStringLiteral("姓名,身份证号\n张三,110105194912310021\n李四1,\n").toUtf8());
    {
        ui::RosterImportDialog dialog(*office, bad);
        CHECK(child<QTableWidget>(&dialog, "problemsTable")->rowCount() == 2);
        CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isVisible());
        // The summary counts them; the table lists them (not both).
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        CHECK(summary.startsWith(QStringLiteral("Nothing was imported")));
        CHECK_FALSE(summary.contains(QStringLiteral("Row ")));
    }
    CHECK(DeputyRepository::count(office->db()) == 0);

    const QString good = dir.path(QStringLiteral("good.csv"));
    test::writeAll(
        good, QStringLiteral("姓名,身份证号,所属小组,小组职务\n张三,11010519491231002X,一组,组长\n")
                  .toUtf8());
    ui::RosterImportDialog dialog(*office, good);
    dialog.show();
    CHECK(DeputyRepository::count(office->db()) == 0); // the check wrote nothing
    CHECK(dialog.height() < 300); // a summary alone: no room kept for a problem list
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    CHECK(dialog.imported());
    CHECK(DeputyRepository::count(office->db()) == 1);
    CHECK(QGuiApplication::overrideCursor() == nullptr); // the wait cursor put back
}
