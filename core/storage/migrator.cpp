#include "migrator.h"

#include "auditlog.h"
#include "backup.h"
#include "connection.h"
#include "error.h"
#include "fileheader.h"
#include "fileops.h"
#include "sql.h"
#include "transaction.h"
#include "userrepository.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Migrator)
};
} // namespace

Migrator::Migrator() : Migrator(builtInSteps()) {}

Migrator::Migrator(QList<MigrationStep> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep& a, const MigrationStep& b) { return a.version < b.version; });
}

QList<MigrationStep> Migrator::builtInSteps()
{
    QList<MigrationStep> steps;
    const QDir dir(QStringLiteral(":/dd/schema"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        steps.append({name.section(QLatin1Char('_'), 0, 0).toInt(), file.readAll()});
    }
    return steps;
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

QString Migrator::backupPathFor(const QString& path, int fromVersion)
{
    return unusedPath(
        QStringLiteral("%1.v%2-%3")
            .arg(path)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        QStringLiteral(".bak"));
}

QString Migrator::upgrade(Connection& connection) const
{
    const QSqlDatabase db = connection.db();
    const int from = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    const int to = latestVersion();
    if (from > to)
        throw Error(Error::Kind::TooNew,
                    Text::tr("%1 has schema version %2, newer than this program's %3.")
                        .arg(connection.path())
                        .arg(from)
                        .arg(to));
    if (from == to)
        return {};

    QString backupPath;
    if (from > 0) {
        backupPath = backupPathFor(connection.path(), from);
        snapshotTo(db, backupPath);
    }

    // A step may make a table again (SQLite's way to change its constraints): foreign keys are
    // off while the steps run, or dropping the old table would cascade into the rows that
    // refer to it; they are checked as a whole before the commit. (The pragma has no effect
    // inside a transaction, hence out here.)
    sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysBackOn = qScopeGuard([db] { // never throws: it may run while unwinding
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    Transaction tx(db);
    if (from == 0)
        sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    for (const MigrationStep& step : m_steps) {
        if (step.version <= from)
            continue;
        try {
            sql::runScript(db, step.script);
        } catch (const Error& e) {
            throw Error(Error::Kind::Sql,
                        Text::tr("Upgrading %1 to schema version %2 failed; the file was left as "
                                 "it was. %3")
                            .arg(connection.path())
                            .arg(step.version)
                            .arg(e.message()),
                        e.nativeCode());
        }
    }
    // Version 7 chains the audit log: the rows written before it are sealed in C++ (SQLite
    // has no SHA-256), before the migration's own audit row joins the chain.
    if (from < 7 && to >= 7)
        sealAuditLog(db);
    // Version 10 indexes the trail's words, split in C++ (searchWords) as new rows are.
    if (from < 10 && to >= 10)
        indexAuditText(db);
    if (sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).next())
        throw Error(Error::Kind::Sql,
                    Text::tr("Upgrading %1 to schema version %2 failed: records would refer to "
                             "records that do not exist; the file was left as it was.")
                        .arg(connection.path())
                        .arg(to));
    sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
    if (from > 0)
        appendAudit(
            db, UserRepository::firstAdmin(db),
            {QStringLiteral("migrate"),
             {},
             0,
             {{QStringLiteral("schema_version"), from}},
             {{QStringLiteral("schema_version"), to}, {QStringLiteral("backup"), backupPath}}});
    tx.commit();
    return backupPath;
}

} // namespace dd
