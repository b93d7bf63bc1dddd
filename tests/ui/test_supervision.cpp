// 督办议题 in the GUI: a topic announced by mistake is taken back, after a question, with the
// session it planned; one already supervised is kept and the dialog says why.
#include "activity/activityplan.h"
#include "activity/activityrepository.h"
#include "dialogs/opinionsetupdialogs.h"
#include "opinion/suggestion.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"
#include "uitest.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace dd;
using namespace dd::test;

TEST_CASE("ui: a supervision topic announced by mistake is withdrawn after a question, one "
          "supervised is kept")
{
    TempDir dir;
    auto office = makeOffice(dir.path(QStringLiteral("o.ddoffice")));
    const auto announce = [&](const QString& title) {
        SupervisionTopic topic;
        topic.title = title;
        topic.announcedOn = QDate(2026, 9, 5);
        return SupervisionTopicRepository::announce(*office, topic);
    };
    announce(QStringLiteral("错发的议题"));
    const qint64 held = announce(QStringLiteral("路灯维修督办"));
    const SupervisionTopic heldTopic = SupervisionTopicRepository::list(office->db()).last();
    REQUIRE(heldTopic.id == held);
    Activity session = PlanRepository::draft(office->db(), *heldTopic.planId, heldTopic.sessionOn);
    ActivityRepository::save(*office, session);

    ui::SupervisionTopicsDialog dialog(*office);
    dialog.show();
    QTableWidget* table = dialog.table();
    auto* withdraw = child<QPushButton>(&dialog, "withdraw");
    REQUIRE(table->rowCount() == 2);
    CHECK_FALSE(withdraw->isEnabled()); // nothing chosen yet
    table->setCurrentCell(0, 1);
    CHECK(withdraw->isEnabled());

    // No: nothing changes.
    QString asked;
    whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("错发的议题")));
    CHECK(table->rowCount() == 2);
    // Yes: the topic and its planned session go.
    whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("路灯维修督办"));
    CHECK(
        sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM activity_plans")).toInt() ==
        1);

    // The supervised one: asked, then refused with the reason; it stays.
    table->setCurrentCell(0, 1);
    QString refused;
    whenDialogOpens<QMessageBox>([&](QMessageBox* box) {
        box->button(QMessageBox::Yes)->click();
        whenDialogOpens<QMessageBox>([&](QMessageBox* warning) {
            refused = warning->text();
            warning->accept();
        });
    });
    QTest::mouseClick(withdraw, Qt::LeftButton);
    CHECK(refused.contains(QStringLiteral("路灯维修督办")));
    CHECK(table->rowCount() == 1);
}
