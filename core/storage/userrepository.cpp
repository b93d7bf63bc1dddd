#include "userrepository.h"

#include "auditlog.h"
#include "error.h"
#include "officefile.h"
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
                               const QString& displayName, Role role)
{
    const QString cleanLogin = normalizeText(login);
    if (cleanLogin.isEmpty() || cleanLogin.size() > 40 || hasControlCharacters(cleanLogin))
        throw ValidationError({{QStringLiteral("login"), Text::tr("Login name"),
                                Text::tr("Login name must be 1 to 40 characters without "
                                         "control characters.")}});
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("INSERT INTO users (login, display_name, role, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {cleanLogin, normalizeText(displayName), roleKey(role), sql::timestamp()});
    UserRef user{q.lastInsertId().toLongLong(), cleanLogin, normalizeText(displayName), role};
    const UserRef& author = by.id > 0 ? by : user; // the very first admin creates itself
    appendAudit(db, author,
                {QStringLiteral("insert"),
                 QStringLiteral("users"),
                 user.id,
                 {},
                 {{QStringLiteral("login"), user.login},
                  {QStringLiteral("display_name"), user.displayName},
                  {QStringLiteral("role"), roleKey(role)}}});
    return user;
}

UserRef UserRepository::add(OfficeFile& office, const QString& login, const QString& displayName,
                            Role role)
{
    office.requireWritable();
    Transaction tx(office.db());
    UserRef user = insert(office.db(), office.currentUser(), login, displayName, role);
    tx.commit();
    return user;
}

} // namespace dd
