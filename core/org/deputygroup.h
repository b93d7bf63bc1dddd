#pragma once

#include "storage/user.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace dd {

class OfficeFile;

enum class GroupRole
{
    Leader,
    ViceLeader,
    Member
}; // 组长 / 副组长 / 组员

QString groupRoleKey(GroupRole role);
GroupRole groupRoleFromKey(const QString& key);
QString groupRoleName(GroupRole role);

// One line of the groups list.
struct GroupSummary
{
    qint64 id = 0;
    QString name;
    QString leader; // empty when none
    int memberCount = 0;
};

struct GroupMember
{
    qint64 deputyId = 0;
    GroupRole role = GroupRole::Member;
    QString name; // filled by members()
};

// Deputy groups and their members. Writes run inside the caller's transaction and append
// their audit rows there (the roster import and, later, the groups page use them).
class GroupRepository final
{
public:
    static QList<GroupSummary> list(const QSqlDatabase& db);
    static std::optional<qint64> findByName(const QSqlDatabase& db, const QString& name);
    static qint64 create(const QSqlDatabase& db, const UserRef& by, const QString& name);
    // Puts the deputy in the group with the role (moving an existing member to it).
    static void setMember(const QSqlDatabase& db, const UserRef& by, qint64 groupId,
                          qint64 deputyId, GroupRole role);
    // Each deputy's groups (by name) with the role in each, read in one statement.
    static QHash<qint64, QList<QPair<QString, GroupRole>>> groupsByDeputy(const QSqlDatabase& db);
    static std::optional<qint64> leaderOf(const QSqlDatabase& db, qint64 groupId);
    // Members in pinyin order, leader first, then vice leaders.
    static QList<GroupMember> members(const QSqlDatabase& db, qint64 groupId);
    // Makes the membership exactly this list (at most one leader), auditing each change.
    static void setMembers(const QSqlDatabase& db, const UserRef& by, qint64 groupId,
                           const QList<GroupMember>& members);
    // The group's own fields (orgspecs.h groupSpec) and its members, in one transaction.
    static qint64 save(OfficeFile& office, const QVariantMap& group,
                       const QList<GroupMember>& members);
};

} // namespace dd
