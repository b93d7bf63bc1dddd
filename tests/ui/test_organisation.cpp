// The organisation pages (groups, communities and grids, venues, committee and units, the
// selection of deliberation representatives) driven with QTest on real office files.
#include "demo/demooffice.h"
#include "dialogs/groupdialog.h"
#include "dialogs/recorddialog.h"
#include "dialogs/selectiondialogs.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "pages/communitiespage.h"
#include "pages/contactspage.h"
#include "pages/deputiespage.h"
#include "pages/selectionpage.h"
#include "pages/venuespage.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "uitest.h"
#include "widgets/checklist.h"
#include "widgets/recordform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace dd;
using dd::test::child;
using dd::test::TempDir;
using dd::test::type;
using dd::test::whenDialogOpens;

namespace {
qint64 count(const OfficeFile& office, const QString& table)
{
    return sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& text)
{
    const QList<QTreeWidgetItem*> found =
        tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}
} // namespace

TEST_CASE("ui: a community without a name is refused, one with a new district is saved, "
          "then a grid below it")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    ui::CommunitiesPage page;
    page.setOffice(office.get());
    page.show();

    whenDialogOpens<ui::RecordDialog>([&](ui::RecordDialog* dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "nameError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("Name")));
        CHECK(count(*office, QStringLiteral("communities")) == 0);

        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("向阳社区"));
        auto* districts = child<ui::CheckList>(dialog, "community_districtsEdit");
        type(districts->filter(), QStringLiteral("第九选区"));
        QTest::keyClick(districts->filter(), Qt::Key_Return);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addCommunityButton"), Qt::LeftButton);
    REQUIRE(count(*office, QStringLiteral("communities")) == 1);
    CHECK(sql::scalar(office->db(), QStringLiteral("SELECT name FROM electoral_districts"))
              .toString() == QStringLiteral("第九选区"));
    QTreeWidgetItem* community = findItem(page.tree(), QStringLiteral("向阳社区"));
    REQUIRE(community != nullptr);
    CHECK(community->text(3) == QStringLiteral("第九选区"));
    CHECK(page.tree()->currentItem() == community); // the new one is selected

    whenDialogOpens<ui::RecordDialog>([&](ui::RecordDialog* dialog) {
        // The community is preset to the selected one.
        CHECK(child<QComboBox>(dialog, "community_idEdit")->currentText() ==
              QStringLiteral("向阳社区"));
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("第一网格"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addGridButton"), Qt::LeftButton);
    QTreeWidgetItem* grid = findItem(page.tree(), QStringLiteral("第一网格"));
    REQUIRE(grid != nullptr);
    CHECK(grid->parent() == findItem(page.tree(), QStringLiteral("向阳社区")));
}

TEST_CASE("ui: the demo office's pages show its organisation, and deleting a used venue is "
          "refused")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);

    ui::CommunitiesPage communities;
    communities.setOffice(office.get());
    CHECK(communities.tree()->topLevelItemCount() == 12);
    int grids = 0;
    for (int i = 0; i < 12; ++i)
        grids += communities.tree()->topLevelItem(i)->childCount();
    CHECK(grids == 38);

    ui::VenuesPage venues;
    venues.setOffice(office.get());
    venues.show();
    REQUIRE(venues.tree()->topLevelItemCount() == 1); // 1 home at the root
    QTreeWidgetItem* home = venues.tree()->topLevelItem(0);
    int stations = 0;
    for (int i = 0; i < home->childCount(); ++i)
        stations += home->child(i)->text(1) == QStringLiteral("Liaison station") ? 1 : 0;
    CHECK(stations == 4);
    CHECK(home->text(3).contains(QStringLiteral("10")));

    venues.tree()->setCurrentItem(home);
    whenDialogOpens<QMessageBox>([](QMessageBox* box) {
        // After "delete?", core refuses: the venue has others below it.
        whenDialogOpens<QMessageBox>(
            [](QMessageBox* refused) {
                CHECK(refused->informativeText().contains(QStringLiteral("refer")));
                refused->accept();
            },
            [](QMessageBox* b) { return b->icon() == QMessageBox::Warning; });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(&venues, "deleteButton"), Qt::LeftButton);
    CHECK(count(*office, QStringLiteral("venues")) == 19);

    ui::ContactsPage contacts;
    contacts.setOffice(office.get());
    CHECK(child<QTableWidget>(child<QWidget>(&contacts, "committee_membersTable"), "recordTable")
              ->rowCount() == 4);
    auto* observers =
        child<QTableWidget>(child<QWidget>(&contacts, "observersTable"), "recordTable");
    REQUIRE(observers->rowCount() == 8);
    CHECK(observers->item(0, 1)->text().contains(QStringLiteral("****"))); // phones masked
}

TEST_CASE("ui: a group gets a leader, a vice leader and members from the dialog")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    QList<qint64> ids;
    for (const QString& name :
         {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")}) {
        Deputy d;
        d.name = name;
        ids << DeputyRepository::add(*office, d);
    }
    ui::GroupDialog dialog(*office, 0);
    dialog.show();
    type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("第一代表小组"));
    type(dialog.deputies()->filter(), QStringLiteral("zs")); // pinyin initials find 张三
    QTest::keyClick(dialog.deputies()->filter(), Qt::Key_Return);
    CHECK(dialog.isVisible()); // Enter ticked 张三 and did not save the dialog
    REQUIRE(dialog.members()->rowCount() == 1);
    CHECK(dialog.members()->item(0, 0)->text() == QStringLiteral("张三"));
    dialog.deputies()->setChecked({ids[0], ids[1], ids[2]});
    REQUIRE(dialog.members()->rowCount() == 3);
    dialog.setRole(ids[0], GroupRole::Leader);
    dialog.setRole(ids[1], GroupRole::ViceLeader);
    // Choosing another leader in the role column makes the first one a member.
    auto* roleOfWang = qobject_cast<QComboBox*>(dialog.members()->cellWidget(2, 1));
    REQUIRE(roleOfWang != nullptr);
    roleOfWang->setCurrentIndex(roleOfWang->findData(int(GroupRole::Leader)));
    QCoreApplication::processEvents();
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const QList<GroupMember> members = GroupRepository::members(office->db(), dialog.savedId());
    REQUIRE(members.size() == 3);
    CHECK(members[0].name == QStringLiteral("王五"));
    CHECK(members[0].role == GroupRole::Leader);
    CHECK(members[1].role == GroupRole::ViceLeader);
    CHECK(members[2].name == QStringLiteral("张三"));
    CHECK(members[2].role == GroupRole::Member);

    // A member who leaves office stays in the group's dialog, ticked, and in the group.
    DeputyRepository::retire(*office, ids[2], QDate::currentDate());
    ui::GroupDialog again(*office, dialog.savedId());
    again.show();
    CHECK(again.deputies()->checked().size() == 3);
    REQUIRE(again.members()->rowCount() == 3);
    QTest::mouseClick(child<QPushButton>(&again, "saveButton"), Qt::LeftButton);
    CHECK(GroupRepository::members(office->db(), dialog.savedId()).size() == 3);
}

TEST_CASE("ui: a selection round from nomination to the printed notice, with an objection "
          "recorded on the day it came in")
{
    TempDir dir;
    auto office = test::makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const qint64 round = SelectionRepository::saveRound(
        *office, {0, QStringLiteral("2026年议事代表推选"), 2, {}, {}, false, {}});
    SelectionRepository::setQuotas(*office, round,
                                   {{QuotaDimension::Sector, QStringLiteral("个体工商户"), 1, 0}});
    ui::SelectionPage page;
    page.setOffice(office.get());
    page.show();
    CHECK(page.quotas()->item(0, 4)->text() == QStringLiteral("Not met"));

    // A joint nomination of nine residents is refused with the message under the field.
    whenDialogOpens<ui::NominationDialog>([&](ui::NominationDialog* dialog) {
        type(dialog->nameEdit(), QStringLiteral("刘洋"));
        type(child<QComboBox>(dialog, "sectorEdit")->lineEdit(), QStringLiteral("个体工商户"));
        dialog->byResidents()->setChecked(true);
        QStringList lines;
        for (int i = 1; i <= 9; ++i)
            lines << QStringLiteral("居民%1 向阳小区%1号楼").arg(QChar(u'甲' + i));
        dialog->residentsEdit()->setPlainText(lines.join(QLatin1Char('\n')));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "residentsError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("10")));
        dialog->residentsEdit()->appendPlainText(QStringLiteral("居民甲 向阳小区10号楼"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "nominateButton"), Qt::LeftButton);
    REQUIRE(page.candidates()->rowCount() == 1);
    CHECK(page.quotas()->item(0, 4)->text() == QStringLiteral("Met"));
    // The quotas' last column is as wide as its words, not stretched to the table's edge.
    QHeaderView* quotaHeader = page.quotas()->horizontalHeader();
    const QAbstractItemView* quotaView = page.quotas(); // sizeHintForColumn is public here
    CHECK(quotaHeader->sectionSize(4) ==
          qMax(quotaView->sizeHintForColumn(4), quotaHeader->sectionSizeHint(4)));
    CHECK(quotaHeader->length() < page.quotas()->viewport()->width());

    page.candidates()->selectRow(0);
    auto* pass = child<QPushButton>(&page, "passButton");
    QTest::mouseClick(pass, Qt::LeftButton); // preliminary
    page.candidates()->selectRow(0);
    QTest::mouseClick(pass, Qt::LeftButton); // joint
    CHECK(page.candidates()->item(0, 6)->text() == QStringLiteral("Passed joint review"));

    whenDialogOpens<ui::NoticeStartDialog>([](ui::NoticeStartDialog* dialog) {
        dialog->dateEdit()->setDate(QDate(2026, 9, 30));
        CHECK(child<QLabel>(dialog, "noticeEnd")->text() ==
              QStringLiteral("The notice ends on %1, 3 working days later.")
                  .arg(displayDate(QDate(2026, 10, 10))));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(&page, "noticeButton"), Qt::LeftButton);
    // 30 September 2026 + 3 working days: the National Day holiday, then 8, 9 and the
    // Saturday 10 October, a swapped working day.
    CHECK(SelectionRepository::round(office->db(), round).noticeEnd == QDate(2026, 10, 10));
    CHECK(page.status()->text().contains(QStringLiteral("2026")));

    // An objection received on a day of the notice, written down later: without what was
    // objected to it is refused under the field, then saved with its day.
    page.candidates()->selectRow(0);
    whenDialogOpens<ui::ObjectionDialog>([](ui::ObjectionDialog* dialog) {
        CHECK(dialog->dateEdit()->minimumDate() == QDate(2026, 9, 30));
        CHECK(dialog->dateEdit()->maximumDate() == QDate::currentDate());
        dialog->dateEdit()->setDate(QDate(2026, 10, 9));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        REQUIRE(dialog->isVisible());
        CHECK(child<QLabel>(dialog, "contentError")->isVisible());
        type(dialog->contentEdit(), QStringLiteral("居民反映该人选不在本社区居住"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "objectionButton"), Qt::LeftButton);
    CHECK(page.candidates()->item(0, 7)->text() == QStringLiteral("1"));
    const QList<Objection> objections = SelectionRepository::objections(
        office->db(), page.candidates()->item(0, 0)->data(Qt::UserRole).toLongLong());
    REQUIRE(objections.size() == 1);
    CHECK(objections.first().receivedOn == QDate(2026, 10, 9));

    const QString pdf = dir.path(QStringLiteral("notice.pdf"));
    page.saveNoticePdf(pdf);
    const test::ProcessResult text =
        test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("刘洋")));
    CHECK(text.out.contains(QStringLiteral("2026年议事代表推选")));
    CHECK(text.out.contains(QStringLiteral("个体工商户")));
}

TEST_CASE("ui: the deputies page filters by group and by community")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    auto office = test::openDemo(path);
    ui::DeputiesPage page;
    page.setOffice(office.get());
    auto* status = child<QComboBox>(&page, "statusFilter");
    status->setCurrentIndex(0); // serving and retired
    auto* count = child<QLabel>(&page, "countLabel");
    const QString all = count->text();

    auto* group = child<QComboBox>(&page, "groupFilter");
    group->setCurrentIndex(group->findText(QStringLiteral("议事代表小组")));
    CHECK(count->text() == QStringLiteral("24 deputies shown"));
    group->setCurrentIndex(0);
    CHECK(count->text() == all);

    // 观海社区 has 第一选区, where every eighth demo deputy was elected.
    auto* community = child<QComboBox>(&page, "communityFilter");
    community->setCurrentIndex(community->findText(QStringLiteral("观海社区")));
    const qint64 expected =
        sql::scalar(office->db(),
                    QStringLiteral("SELECT count(*) FROM deputies d JOIN electoral_districts e ON "
                                   "e.id = d.electoral_district_id WHERE e.name = '第一选区'"))
            .toLongLong();
    REQUIRE(expected > 0);
    CHECK(count->text() == QStringLiteral("%1 deputies shown").arg(expected));
}
