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

// What a role may do. Core checks these (OfficeFile::require) before every change, whatever
// the UI shows.
enum class Permission
{
    EnterRecords,    // enter, edit and delete open records; imports (clerk and up)
    RevealPersonal,  // see one unmasked ID number or phone, audited (clerk and up)
    ExportMasked,    // export registers with personal data masked (clerk and up)
    ConfirmResults,  // review nominations, decide objections, confirm results (chair and up)
    ReopenArchived,  // reopen an archived record (chair and up)
    RestoreBackup,   // replace the file by a backup (chair and up)
    ViewAudit,       // read and export the audit trail (chair and up)
    ConfigureOffice, // office settings, work calendar, kinds and categories (admin)
    ManageUsers,     // add users, reset passwords, lift locks (admin)
    ExportUnmasked,  // export personal data unmasked, audited (admin)
    BreakLock,       // break the lock left by a program that stopped (admin)
};

bool roleAllows(Role role, Permission permission);
// Whether the permission changes the file (refused on a file opened read-only).
bool permissionWrites(Permission permission);
QString permissionDisplayName(Permission permission); // translated, e.g. 录入和修改记录

// The user on whose behalf core writes (for the audit log): the one logged in, or the first
// administrator of a file that has no passwords yet; id 0 = no one (nothing may be changed).
struct UserRef
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Viewer;
};

} // namespace dd
