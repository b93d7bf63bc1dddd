#include "userrepository.h"

#include "auditlog.h"
#include "error.h"
#include "officefile.h"
#include "password.h"
#include "sql.h"
#include "textnorm.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::UserRepository)
};

UserRef fromQuery(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            roleFromKey(q.value(3).toString())};
}

const QString kColumns = QStringLiteral("id, login, display_name, role");
} // namespace

UserRef UserRepository::firstAdmin(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT ") + kColumns +
                                   QStringLiteral(" FROM users WHERE role = 'admin' AND active = 1 "
                                                  "ORDER BY id LIMIT 1"));
    if (!q.next())
        throw Error(Error::Kind::Damaged, Text::tr("The office file has no active administrator."));
    return fromQuery(q);
}

QList<UserRef> UserRepository::all(const QSqlDatabase& db)
{
    QList<UserRef> users;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT ") + kColumns +
                                   QStringLiteral(" FROM users ORDER BY id"));
    while (q.next())
        users << fromQuery(q);
    return users;
}

UserRef UserRepository::insert(const QSqlDatabase& db, const UserRef& by, const QString& login,
                               const QString& displayName, Role role, const QString& passwordHash)
{
    const QString cleanLogin = normalizeText(login);
    if (cleanLogin.isEmpty() || cleanLogin.size() > 40 || hasControlCharacters(cleanLogin))
        throw ValidationError({{QStringLiteral("login"), Text::tr("Login name"),
                                Text::tr("Login name must be 1 to 40 characters without "
                                         "control characters.")}});
    if (sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE login = ?)"),
                    {cleanLogin})
            .toBool())
        throw ValidationError({{QStringLiteral("login"), Text::tr("Login name"),
                                Text::tr("A user named %1 exists already.").arg(cleanLogin)}});
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at, "
                       "password_hash) VALUES (?, ?, ?, ?, ?)"),
        {cleanLogin, normalizeText(displayName), roleKey(role), sql::timestamp(), passwordHash});
    UserRef user{q.lastInsertId().toLongLong(), cleanLogin, normalizeText(displayName), role};
    const UserRef& author = by.id > 0 ? by : user; // the very first admin creates itself
    appendAudit(db, author,
                {QStringLiteral("insert"),
                 QStringLiteral("users"),
                 user.id,
                 {},
                 {{QStringLiteral("login"), user.login},
                  {QStringLiteral("display_name"), user.displayName},
                  {QStringLiteral("role"), roleKey(role)},
                  {QStringLiteral("has_password"), !passwordHash.isEmpty()}}});
    return user;
}

namespace {
void storePassword(const QSqlDatabase& db, const UserRef& by, qint64 userId,
                   const QString& password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        throw ValidationError({{QStringLiteral("password"), Text::tr("Password"), problem}});
    sql::run(db,
             QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, "
                            "locked_until = '' WHERE id = ?"),
             {hashPassword(password), userId});
    // the audit row says that it changed, never what it is
    appendAudit(db, by, {QStringLiteral("set_password"), QStringLiteral("users"), userId, {}, {}});
}

QString lockText(const QDateTime& until)
{
    return until.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QList<UserAccount> UserRepository::accounts(const QSqlDatabase& db)
{
    QList<UserAccount> users;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT ") + kColumns +
                                   QStringLiteral(", active, password_hash <> '', failed_logins, "
                                                  "locked_until FROM users ORDER BY id"));
    while (q.next()) {
        UserAccount a{fromQuery(q), q.value(4).toBool(), q.value(5).toBool(), q.value(6).toInt(),
                      QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)};
        if (a.lockedUntil.isValid() && a.lockedUntil <= QDateTime::currentDateTimeUtc())
            a.lockedUntil = {};
        users << a;
    }
    return users;
}

bool UserRepository::hasPasswords(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users "
                                          "WHERE active = 1 AND password_hash <> '')"))
        .toBool();
}

UserRef UserRepository::authenticate(const QSqlDatabase& db, const QString& login,
                                     const QString& password, bool record, const QDateTime& now)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT ") + kColumns +
                               QStringLiteral(", active, password_hash, failed_logins, "
                                              "locked_until FROM users WHERE login = ?"),
                           {normalizeText(login)});
    const Error wrong(Error::Kind::LogIn, Text::tr("Wrong user name or password."));
    if (!q.next()) {
        // as slow as a real check, so that timing does not tell which users exist
        verifyPassword(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$AAAAAAAAAAAAAAAAAAAAAA$"
                                      "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                       password);
        throw wrong;
    }
    const UserRef user = fromQuery(q);
    const QDateTime lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    if (lockedUntil.isValid() && lockedUntil > now)
        throw Error(Error::Kind::LogIn,
                    Text::tr("The account %1 is locked after %2 wrong passwords until %3; wait, "
                             "or ask the administrator to lift the lock.")
                        .arg(user.login)
                        .arg(kMaxFailedLogins)
                        .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (q.value(5).toString().isEmpty())
        throw Error(Error::Kind::LogIn,
                    Text::tr("The account %1 has no password yet; ask the administrator to set "
                             "one.")
                        .arg(user.login));
    const bool good = verifyPassword(q.value(5).toString(), password);
    if (!q.value(4).toBool()) { // said only to who knows the password
        if (!good)
            throw wrong;
        throw Error(
            Error::Kind::LogIn,
            Text::tr("The account %1 is switched off; ask the administrator.").arg(user.login));
    }
    if (!record) {
        if (!good)
            throw wrong;
        return user;
    }

    Transaction tx(db);
    if (good) {
        sql::run(db,
                 QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = '' "
                                "WHERE id = ?"),
                 {user.id});
        appendAudit(db, user, {QStringLiteral("login"), QStringLiteral("users"), user.id, {}, {}});
        tx.commit();
        return user;
    }
    const int failed = q.value(6).toInt() + 1;
    const bool lock = failed >= kMaxFailedLogins;
    const QDateTime until = now.addSecs(kLockMinutes * 60);
    sql::run(db,
             QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
             {lock ? 0 : failed, lock ? lockText(until) : QString(), user.id});
    appendAudit(db, UserRef{0, user.login, {}, Role::Viewer},
                {lock ? QStringLiteral("lock") : QStringLiteral("login_failed"),
                 QStringLiteral("users"),
                 user.id,
                 {},
                 {{QStringLiteral("failed_logins"), failed}}});
    tx.commit();
    if (lock)
        throw Error(Error::Kind::LogIn,
                    Text::tr("%1 wrong passwords in a row: the account %2 is locked for %3 "
                             "minutes.")
                        .arg(kMaxFailedLogins)
                        .arg(user.login)
                        .arg(kLockMinutes));
    throw wrong;
}

UserRef UserRepository::add(OfficeFile& office, const QString& login, const QString& displayName,
                            Role role, const QString& password)
{
    office.require(Permission::ManageUsers);
    Transaction tx(office.db());
    UserRef user = insert(office.db(), office.currentUser(), login, displayName, role);
    if (!password.isEmpty())
        storePassword(office.db(), office.currentUser(), user.id, password);
    tx.commit();
    return user;
}

void UserRepository::setPassword(OfficeFile& office, qint64 userId, const QString& password)
{
    if (userId != office.currentUser().id || userId == 0)
        office.require(Permission::ManageUsers);
    office.requireWritable();
    Transaction tx(office.db());
    storePassword(office.db(), office.currentUser(), userId, password);
    tx.commit();
}

void UserRepository::unlock(OfficeFile& office, qint64 userId)
{
    office.require(Permission::ManageUsers);
    Transaction tx(office.db());
    sql::run(office.db(),
             QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = '' WHERE id = ?"),
             {userId});
    appendAudit(office.db(), office.currentUser(),
                {QStringLiteral("unlock"), QStringLiteral("users"), userId, {}, {}});
    tx.commit();
}

namespace {
struct Account
{
    QString login;
    Role role = Role::Viewer;
    bool active = false;
};

Account loadAccount(const QSqlDatabase& db, qint64 userId)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT login, role, active FROM users WHERE id = ?"),
                           {userId});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("There is no user number %1.").arg(userId));
    return {q.value(0).toString(), roleFromKey(q.value(1).toString()), q.value(2).toBool()};
}

} // namespace

void UserRepository::setActive(OfficeFile& office, qint64 userId, bool active)
{
    office.require(Permission::ManageUsers);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const Account account = loadAccount(db, userId);
    if (account.active == active)
        return;
    // The administrator acting stays (the file always keeps one who can log in).
    if (!active && userId == office.currentUser().id)
        throw Error(Error::Kind::Forbidden, Text::tr("You cannot switch off your own account."));
    sql::run(db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active, userId});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"),
                 QStringLiteral("users"),
                 userId,
                 {{QStringLiteral("active"), account.active}},
                 {{QStringLiteral("active"), active}}});
    tx.commit();
}

void UserRepository::setRole(OfficeFile& office, qint64 userId, Role role)
{
    office.require(Permission::ManageUsers);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const Account account = loadAccount(db, userId);
    if (account.role == role)
        return;
    if (userId == office.currentUser().id) // what this session may do would change under it
        throw Error(Error::Kind::Forbidden,
                    Text::tr("You cannot change your own role; another administrator can."));
    sql::run(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleKey(role), userId});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"),
                 QStringLiteral("users"),
                 userId,
                 {{QStringLiteral("role"), roleKey(account.role)}},
                 {{QStringLiteral("role"), roleKey(role)}}});
    tx.commit();
}

} // namespace dd
