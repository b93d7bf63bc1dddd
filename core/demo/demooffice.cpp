#include "demooffice.h"

#include "demoactivities.h"
#include "demodeputies.h"
#include "demoopinions.h"
#include "demoorganisation.h"
#include "org/officesettings.h"
#include "storage/officefile.h"
#include "storage/sql.h"
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

QList<DemoUser> demoUsers()
{
    return {{QStringLiteral("admin"), QString(), Role::Admin},
            {QStringLiteral("zhangwei"), QStringLiteral("张伟"), Role::Chair},
            {QStringLiteral("lina"), QStringLiteral("李娜"), Role::Clerk},
            {QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Viewer}};
}

void createDemoOffice(const QString& path, const QDate& today)
{
    OfficeSettings settings;
    // Demo content is Chinese whatever the interface language: it is what an office enters.
    settings.name = QStringLiteral("市西街道");
    settings.district = QStringLiteral("市北区");
    settings.city = QStringLiteral("青岛市");
    settings.congressTerm = 18;
    settings.workYear = today.year();
    std::unique_ptr<OfficeFile> office =
        OfficeFile::create(path, settings, QStringLiteral("demo"), kDemoPassword);

    Transaction tx(office->db());
    const UserRef admin = office->currentUser();
    // every demo user has the same password: hashed once (a hash takes ~0.15 s)
    const QString hash =
        sql::scalar(office->db(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                    {admin.id})
            .toString();
    for (const DemoUser& user : demoUsers())
        if (user.role != Role::Admin)
            UserRepository::insert(office->db(), admin, user.login, user.displayName, user.role,
                                   hash);
    addDemoDeputies(office->db(), admin);
    addDemoOrganisation(office->db(), admin);
    tx.commit();
    addDemoSelection(*office);
    addDemoActivities(*office, today);
    addDemoOpinions(*office, today);
}

QDate demoFirstDay(const QDate& today)
{
    return today.addYears(-1);
}

} // namespace dd
