#pragma once

#include "user.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace dd {

class OfficeFile;

// A user as the administrator's list shows it.
struct UserAccount
{
    UserRef user;
    bool active = true;
    bool hasPassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid = not locked
};

class UserRepository final
{
public:
    static constexpr int kMaxFailedLogins = 5; // wrong passwords in a row that lock
    static constexpr int kLockMinutes = 15;    // for this long

    // The first active admin: the user core writes as in a file without passwords.
    static UserRef firstAdmin(const QSqlDatabase& db);
    static QList<UserRef> all(const QSqlDatabase& db);
    static QList<UserAccount> accounts(const QSqlDatabase& db);
    // Whether any active user has a password (then opening the file asks to log in).
    static bool hasPasswords(const QSqlDatabase& db);

    // Checks login and password (Argon2id, ~0.15 s) and returns the user. Throws
    // Error(LogIn) naming the reason: unknown user or wrong password (one message for both),
    // inactive account, or locked until a time. When record is set (a writable file), a
    // wrong password counts towards the lock, a good one clears the count, and both are
    // audited; the fifth wrong password in a row locks the account for kLockMinutes.
    static UserRef authenticate(const QSqlDatabase& db, const QString& login,
                                const QString& password, bool record,
                                const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Adds a user with its audit row in one transaction (administrators only). An empty
    // password leaves the account without one (it cannot log in until one is set).
    static UserRef add(OfficeFile& office, const QString& login, const QString& displayName,
                       Role role, const QString& password = {});
    // Inserts a user inside the caller's transaction, recording the audit row as `by`;
    // passwordHash is a hashPassword() result or empty.
    static UserRef insert(const QSqlDatabase& db, const UserRef& by, const QString& login,
                          const QString& displayName, Role role, const QString& passwordHash = {});
    // Sets a password and lifts any lock: administrators for anyone, every user for
    // themselves. Throws ValidationError (field "password") for a too short or long one.
    static void setPassword(OfficeFile& office, qint64 userId, const QString& password);
    // Lifts a lock before its time (administrators).
    static void unlock(OfficeFile& office, qint64 userId);
    // Switches an account off (it can no longer log in; its name stays in the audit trail) or
    // on again (administrators). Nobody switches themselves off (Error(Forbidden)), so the
    // administrator acting always remains.
    static void setActive(OfficeFile& office, qint64 userId, bool active);
    // Gives another user another role (administrators; one's own role: Error(Forbidden)).
    static void setRole(OfficeFile& office, qint64 userId, Role role);
};

} // namespace dd
