#include "demooffice.h"

#include "demoactivities.h"
#include "demodeputies.h"
#include "demoopinions.h"
#include "demoorganisation.h"
#include "org/officesettings.h"
#include "storage/officefile.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace dd {

QString defaultDemoOfficePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-office.ddoffice"));
}

void createDemoOffice(const QString& path)
{
    OfficeSettings settings;
    // Demo content is Chinese whatever the interface language: it is what an office enters.
    settings.name = QStringLiteral("市西街道");
    settings.district = QStringLiteral("西城区");
    settings.city = QStringLiteral("青岛市");
    settings.congressTerm = 18;
    settings.workYear = QDate::currentDate().year();
    std::unique_ptr<OfficeFile> office = OfficeFile::create(path, settings, QStringLiteral("demo"));

    Transaction tx(office->db());
    const UserRef admin = office->currentUser();
    UserRepository::insert(office->db(), admin, QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                           Role::Chair);
    UserRepository::insert(office->db(), admin, QStringLiteral("lina"), QStringLiteral("李娜"),
                           Role::Clerk);
    UserRepository::insert(office->db(), admin, QStringLiteral("wangfang"), QStringLiteral("王芳"),
                           Role::Viewer);
    addDemoDeputies(office->db(), admin);
    addDemoOrganisation(office->db(), admin);
    tx.commit();
    addDemoSelection(*office);
    addDemoActivities(*office);
    addDemoOpinions(*office);
}

} // namespace dd
