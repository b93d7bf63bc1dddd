#pragma once

#include <QString>

namespace dd {

enum class Role
{
    Admin,
    Chair,
    Clerk,
    Viewer
};

QString roleKey(Role role);           // "admin", stored in users.role
Role roleFromKey(const QString& key); // unknown keys read as Viewer
QString roleDisplayName(Role role);   // translated: 管理员 / 主任 / 文员 / 查看者

// The user on whose behalf core writes (for the audit log). Until log-in exists this is the
// admin created with the office file.
struct UserRef
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Viewer;
};

} // namespace dd
