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

} // namespace dd
