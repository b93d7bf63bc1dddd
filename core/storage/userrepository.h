#pragma once

#include "user.h"

#include <QList>
#include <QSqlDatabase>

namespace dd {

class OfficeFile;

class UserRepository final
{
public:
    // The first active admin: the user core writes as until log-in exists.
    static UserRef firstAdmin(const QSqlDatabase& db);
    static QList<UserRef> all(const QSqlDatabase& db);
    // Adds a user with its audit row in one transaction.
    static UserRef add(OfficeFile& office, const QString& login, const QString& displayName,
                       Role role);
    // Inserts a user inside the caller's transaction, recording the audit row as `by`.
    static UserRef insert(const QSqlDatabase& db, const UserRef& by, const QString& login,
                          const QString& displayName, Role role);
};

} // namespace dd
