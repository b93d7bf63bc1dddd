#include "deputygroup.h"

#include "orgspecs.h"
#include "pinyin.h"
#include "storage/auditlog.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::DeputyGroup)
};
} // namespace

QString groupRoleKey(GroupRole role)
{
    switch (role) {
    case GroupRole::Leader:
        return QStringLiteral("leader");
    case GroupRole::ViceLeader:
        return QStringLiteral("vice_leader");
    case GroupRole::Member:
        return QStringLiteral("member");
    }
    return {};
}

GroupRole groupRoleFromKey(const QString& key)
{
    if (key == QLatin1String("leader"))
        return GroupRole::Leader;
    if (key == QLatin1String("vice_leader"))
        return GroupRole::ViceLeader;
    return GroupRole::Member;
}

QString groupRoleName(GroupRole role)
{
    switch (role) {
    case GroupRole::Leader:
        return Text::tr("Leader");
    case GroupRole::ViceLeader:
        return Text::tr("Vice leader");
    case GroupRole::Member:
        return Text::tr("Member");
    }
    return {};
}

QList<GroupSummary> GroupRepository::list(const QSqlDatabase& db)
{
    QList<GroupSummary> groups;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral(
            "SELECT g.id, g.name, coalesce((SELECT d.name FROM group_members m JOIN deputies d ON "
            "d.id = m.deputy_id "
            "WHERE m.group_id = g.id AND m.role = 'leader'), ''), "
            "(SELECT count(*) FROM group_members m WHERE m.group_id = g.id) FROM deputy_groups g"));
    while (q.next())
        groups << GroupSummary{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toInt()};
    // Pinyin order, as the deputies list (SQL would order by code point).
    sortByName(groups, [](const GroupSummary& g) { return g.name; });
    return groups;
}

std::optional<qint64> GroupRepository::findByName(const QSqlDatabase& db, const QString& name)
{
    const QVariant id =
        sql::scalar(db, QStringLiteral("SELECT id FROM deputy_groups WHERE name = ?"), {name});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

qint64 GroupRepository::create(const QSqlDatabase& db, const UserRef& by, const QString& name)
{
    const QString now = sql::timestamp();
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("INSERT INTO deputy_groups (name, created_at, updated_at) VALUES (?, ?, ?)"),
        {name, now, now});
    const qint64 id = q.lastInsertId().toLongLong();
    appendAudit(db, by,
                {QStringLiteral("insert"),
                 QStringLiteral("deputy_groups"),
                 id,
                 {},
                 {{QStringLiteral("name"), name}}});
    return id;
}

void GroupRepository::setMember(const QSqlDatabase& db, const UserRef& by, qint64 groupId,
                                qint64 deputyId, GroupRole role)
{
    const QVariant before = sql::scalar(
        db, QStringLiteral("SELECT role FROM group_members WHERE group_id = ? AND deputy_id = ?"),
        {groupId, deputyId});
    if (before.isValid() && before.toString() == groupRoleKey(role))
        return;
    sql::run(
        db,
        QStringLiteral("INSERT INTO group_members (group_id, deputy_id, role) VALUES (?, ?, ?) "
                       "ON CONFLICT (group_id, deputy_id) DO UPDATE SET role = excluded.role"),
        {groupId, deputyId, groupRoleKey(role)});
    QJsonObject beforeJson;
    if (before.isValid())
        beforeJson = {{QStringLiteral("group_id"), groupId},
                      {QStringLiteral("deputy_id"), deputyId},
                      {QStringLiteral("role"), before.toString()}};
    appendAudit(db, by,
                {before.isValid() ? QStringLiteral("update") : QStringLiteral("insert"),
                 QStringLiteral("group_members"),
                 deputyId,
                 beforeJson,
                 {{QStringLiteral("group_id"), groupId},
                  {QStringLiteral("deputy_id"), deputyId},
                  {QStringLiteral("role"), groupRoleKey(role)}}});
}

QHash<qint64, QList<QPair<QString, GroupRole>>>
GroupRepository::groupsByDeputy(const QSqlDatabase& db)
{
    QHash<qint64, QList<QPair<QString, GroupRole>>> groups;
    sql::Rows q(db, QStringLiteral("SELECT m.deputy_id, g.name, m.role FROM group_members m JOIN "
                                   "deputy_groups g ON g.id = m.group_id ORDER BY g.name"));
    while (q.next())
        groups[q.integer(0)] << qMakePair(q.text(1), groupRoleFromKey(q.text(2)));
    return groups;
}

std::optional<qint64> GroupRepository::leaderOf(const QSqlDatabase& db, qint64 groupId)
{
    const QVariant id = sql::scalar(
        db,
        QStringLiteral(
            "SELECT deputy_id FROM group_members WHERE group_id = ? AND role = 'leader'"),
        {groupId});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QList<GroupMember> GroupRepository::members(const QSqlDatabase& db, qint64 groupId)
{
    QList<GroupMember> result;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT m.deputy_id, m.role, d.name FROM group_members m "
                                          "JOIN deputies d ON d.id = m.deputy_id WHERE m.group_id "
                                          "= ? ORDER BY d.name_pinyin, d.id"),
                           {groupId});
    while (q.next())
        result << GroupMember{q.value(0).toLongLong(), groupRoleFromKey(q.value(1).toString()),
                              q.value(2).toString()};
    std::stable_sort(result.begin(), result.end(), [](const GroupMember& a, const GroupMember& b) {
        return int(a.role) < int(b.role);
    });
    return result;
}

void GroupRepository::setMembers(const QSqlDatabase& db, const UserRef& by, qint64 groupId,
                                 const QList<GroupMember>& members)
{
    const auto leaders = std::count_if(members.begin(), members.end(), [](const GroupMember& m) {
        return m.role == GroupRole::Leader;
    });
    if (leaders > 1)
        throw ValidationError(
            {FieldError{QStringLiteral("members"), groupRoleName(GroupRole::Leader),
                        Text::tr("A group has one leader; %n members are marked as leader.",
                                 nullptr, int(leaders))}});
    QSet<qint64> wanted;
    for (const GroupMember& m : members)
        wanted.insert(m.deputyId);
    for (const GroupMember& old : GroupRepository::members(db, groupId)) {
        if (wanted.contains(old.deputyId))
            continue;
        sql::run(db,
                 QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND deputy_id = ?"),
                 {groupId, old.deputyId});
        appendAudit(db, by,
                    {QStringLiteral("delete"),
                     QStringLiteral("group_members"),
                     old.deputyId,
                     {{QStringLiteral("group_id"), groupId},
                      {QStringLiteral("deputy_id"), old.deputyId},
                      {QStringLiteral("role"), groupRoleKey(old.role)}},
                     {}});
    }
    // Demote first, so that a new leader never meets the old one in the unique index.
    QList<GroupMember> ordered = members;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const GroupMember& a, const GroupMember& b) { return int(a.role) > int(b.role); });
    for (const GroupMember& m : std::as_const(ordered))
        setMember(db, by, groupId, m.deputyId, m.role);
}

qint64 GroupRepository::save(OfficeFile& office, const QVariantMap& group,
                             const QList<GroupMember>& members)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = RecordStore::save(office.db(), office.currentUser(), groupSpec(), group);
    setMembers(office.db(), office.currentUser(), id, members);
    tx.commit();
    return id;
}

} // namespace dd
