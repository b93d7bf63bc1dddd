#include "user.h"

#include <QCoreApplication>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::User)
};
} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return QStringLiteral("viewer");
}

Role roleFromKey(const QString& key)
{
    for (Role role : {Role::Admin, Role::Chair, Role::Clerk})
        if (roleKey(role) == key)
            return role;
    return Role::Viewer;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Text::tr("Administrator");
    case Role::Chair:
        return Text::tr("Chair");
    case Role::Clerk:
        return Text::tr("Clerk");
    case Role::Viewer:
        return Text::tr("Viewer");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::EnterRecords:
    case Permission::RevealPersonal:
    case Permission::ExportMasked:
        return role != Role::Viewer;
    case Permission::ConfirmResults:
    case Permission::ReopenArchived:
    case Permission::RestoreBackup:
    case Permission::ViewAudit:
        return role == Role::Chair || role == Role::Admin;
    case Permission::ConfigureOffice:
    case Permission::ManageUsers:
    case Permission::ExportUnmasked:
    case Permission::BreakLock:
        return role == Role::Admin;
    }
    return false;
}

bool permissionWrites(Permission permission)
{
    // revealing and unmasked exports write their audit row
    return permission != Permission::ExportMasked && permission != Permission::ViewAudit;
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::EnterRecords:
        return Text::tr("enter and change records");
    case Permission::RevealPersonal:
        return Text::tr("see unmasked personal data");
    case Permission::ExportMasked:
        return Text::tr("export registers");
    case Permission::ConfirmResults:
        return Text::tr("review and confirm results");
    case Permission::ReopenArchived:
        return Text::tr("reopen archived records");
    case Permission::RestoreBackup:
        return Text::tr("restore a backup");
    case Permission::ViewAudit:
        return Text::tr("read the audit trail");
    case Permission::ConfigureOffice:
        return Text::tr("change the office settings and rules");
    case Permission::ManageUsers:
        return Text::tr("manage users and passwords");
    case Permission::ExportUnmasked:
        return Text::tr("export unmasked personal data");
    case Permission::BreakLock:
        return Text::tr("break the lock of an office file");
    }
    return {};
}

} // namespace dd
