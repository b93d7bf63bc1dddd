#include "integrity.h"

#include "auditlog.h"
#include "autobackup.h"
#include "connection.h"
#include "displayformat.h"
#include "error.h"
#include "fileheader.h"
#include "fileops.h"
#include "migrator.h"
#include "sql.h"

#include <memory>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Integrity)
};

constexpr int kMaxMessages = 20;

// Each check's title, by its key: in the report, and in the progress while it runs.
QString titleOf(const char* key)
{
    const QLatin1String k(key);
    if (k == QLatin1String("header"))
        return Text::tr("File header");
    if (k == QLatin1String("schema_version"))
        return Text::tr("Schema version");
    if (k == QLatin1String("integrity_check"))
        return Text::tr("Database structure (integrity_check)");
    if (k == QLatin1String("foreign_keys"))
        return Text::tr("References between records (foreign_key_check)");
    if (k == QLatin1String("essentials"))
        return Text::tr("Office settings and administrator");
    if (k == QLatin1String("audit_chain"))
        return Text::tr("Audit trail (hash chain)");
    if (k == QLatin1String("audit_anchor"))
        return Text::tr("Audit trail against the newest backup");
    return Text::tr("Reading the database");
}

IntegrityItem item(const char* key, bool ok, const QString& detail)
{
    return {QString::fromLatin1(key), titleOf(key), ok, detail};
}

// Thrown from a progress report the user answered with Cancel.
struct Cancelled
{
};

IntegrityItem checkPages(const QSqlDatabase& db)
{
    QStringList problems;
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxMessages));
    while (q.next())
        problems << q.value(0).toString();
    const bool ok = problems == QStringList{QStringLiteral("ok")};
    return item("integrity_check", ok,
                ok ? Text::tr("No problems found.") : problems.join(QLatin1Char('\n')));
}

IntegrityItem checkForeignKeys(const QSqlDatabase& db)
{
    QStringList problems;
    int count = 0;
    QSqlQuery q = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (q.next()) {
        if (++count <= kMaxMessages)
            problems << Text::tr("Row %1 of table %2 refers to a missing row of %3.")
                            .arg(q.value(1).toString(), q.value(0).toString(),
                                 q.value(2).toString());
    }
    if (count > kMaxMessages)
        problems << Text::tr("… and %1 more.").arg(count - kMaxMessages);
    return item("foreign_keys", count == 0,
                count == 0 ? Text::tr("All references are valid.")
                           : problems.join(QLatin1Char('\n')));
}

IntegrityItem checkAuditChain(const QSqlDatabase& db,
                              const std::function<void(qint64 rowsRead)>& onRows)
{
    const AuditChainCheck chain = verifyAuditChain(db, onRows);
    QStringList problems;
    if (chain.firstBadId > 0)
        problems << (chain.brokenLink
                         ? Text::tr("The chain breaks at audit row %1: a row before it was "
                                    "removed or changed, or this row was inserted afterwards.")
                         : Text::tr("Audit row %1 was changed after it was written."))
                        .arg(chain.firstBadId);
    if (!chain.triggersPresent)
        problems << Text::tr("The triggers that keep the audit log append-only were removed.");
    return item("audit_chain", chain.ok(),
                chain.ok() ? Text::tr("%n row(s), chain unbroken.", nullptr, int(chain.rows))
                           : problems.join(QLatin1Char('\n')));
}

// A chain cannot show that its newest rows were cut off; a backup remembers them. The newest
// backup taken after the file's last restore (an older one may hold rows the restore
// legitimately took back) must find its last audit row here, unchanged.
IntegrityItem checkAuditAnchor(const QSqlDatabase& db, const QString& path, const QString& folder)
{
    const QDateTime restored = QDateTime::fromString(
        sql::scalar(db, QStringLiteral("SELECT max(at) FROM audit_log WHERE action = 'restore'"))
            .toString(),
        Qt::ISODate);
    for (const BackupEntry& backup : AutoBackup::list(path, folder)) {
        if (restored.isValid() && backup.taken <= restored)
            break;
        qint64 id = 0;
        QString hash;
        try {
            const Connection copy(backup.path, Connection::Mode::ReadOnly);
            if (sql::scalar(copy.db(), QStringLiteral("PRAGMA user_version")).toInt() < 7)
                break; // from before the chain
            QSqlQuery q = sql::run(copy.db(), QStringLiteral("SELECT id, row_hash FROM audit_log "
                                                             "ORDER BY id DESC LIMIT 1"));
            if (!q.next())
                continue;
            id = q.value(0).toLongLong();
            hash = q.value(1).toString();
        } catch (const Error&) {
            continue; // a damaged backup tells nothing
        }
        const QString when = displayDateTime(backup.taken);
        const QVariant here =
            sql::scalar(db, QStringLiteral("SELECT row_hash FROM audit_log WHERE id = ?"), {id});
        if (!here.isValid())
            return item("audit_anchor", false,
                        Text::tr("The backup of %1 already holds audit row %2, which this file "
                                 "no longer has: rows were removed from the end of the audit "
                                 "trail, or the file was replaced by an older copy outside the "
                                 "program.")
                            .arg(when)
                            .arg(id));
        if (here.toString() != hash)
            return item("audit_anchor", false,
                        Text::tr("Audit row %1 differs from the backup of %2: the audit trail "
                                 "was rewritten from there on.")
                            .arg(id)
                            .arg(when));
        return item(
            "audit_anchor", true,
            Text::tr("Its rows up to number %1 agree with the backup of %2.").arg(id).arg(when));
    }
    return item("audit_anchor", true,
                Text::tr("No backup since the last restore to "
                         "compare with."));
}

IntegrityItem checkEssentials(const QSqlDatabase& db)
{
    const int offices = sql::scalar(db, QStringLiteral("SELECT count(*) FROM office")).toInt();
    const int admins = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users "
                                                      "WHERE role = 'admin' AND active = 1"))
                           .toInt();
    QStringList problems;
    if (offices != 1)
        problems << Text::tr("The office settings row is missing.");
    if (admins < 1)
        problems << Text::tr("There is no active administrator.");
    return item("essentials", problems.isEmpty(),
                problems.isEmpty() ? Text::tr("Present.") : problems.join(QLatin1Char('\n')));
}
} // namespace

bool IntegrityReport::ok() const
{
    if (items.isEmpty() || cancelled)
        return false;
    for (const IntegrityItem& i : items)
        if (!i.ok)
            return false;
    return true;
}

QString IntegrityReport::toText() const
{
    QStringList lines;
    lines << Text::tr("Integrity check of %1").arg(path);
    for (const IntegrityItem& i : items) {
        lines << QStringLiteral("[%1] %2").arg(i.ok ? Text::tr("OK") : Text::tr("PROBLEM"),
                                               i.title);
        for (const QString& line : i.detail.split(QLatin1Char('\n')))
            lines << QStringLiteral("    ") + line;
    }
    if (cancelled)
        lines << Text::tr("Result: the check was stopped before it finished.");
    else if (ok())
        lines << Text::tr("Result: the file is in good order.");
    else
        lines << Text::tr("Result: problems were found. Restore from a backup or contact "
                          "support; the file was not changed.");
    return lines.join(QLatin1Char('\n'));
}

QJsonObject IntegrityReport::toJson() const
{
    QJsonArray checks;
    for (const IntegrityItem& i : items)
        checks.append(QJsonObject{{QStringLiteral("key"), i.key},
                                  {QStringLiteral("title"), i.title},
                                  {QStringLiteral("ok"), i.ok},
                                  {QStringLiteral("detail"), i.detail}});
    return {{QStringLiteral("path"), path},
            {QStringLiteral("ok"), ok()},
            {QStringLiteral("checks"), checks}};
}

IntegrityReport checkOffice(const QString& path, const QString& backupFolder,
                            const CheckProgress& progress, sql::Interrupter* stop)
{
    IntegrityReport report;
    report.path = path;
    // The checks that take a while on a district's file (seconds to a minute each), named
    // with their number as each starts; only along the audit trail is a check's own progress
    // known.
    QList<const char*> steps;
    const auto at = [&](const char* key, qint64 done = 0, qint64 total = 0) {
        if (stop && stop->stopped())
            throw Cancelled{};
        if (progress && !progress(int(done), int(total),
                                  Text::tr("Step %1 of %2: %3")
                                      .arg(steps.indexOf(key) + 1)
                                      .arg(steps.size())
                                      .arg(titleOf(key))))
            throw Cancelled{};
    };
    FileHeader header;
    try {
        header = inspectOfficeHeader(path);
        report.items << item("header", true,
                             Text::tr("A DeputyDesk office file, %1 bytes.").arg(header.fileSize));
    } catch (const Error& e) {
        report.items << item("header", false, e.message());
        return report;
    }

    try {
        Connection connection(path, Connection::Mode::ReadOnly);
        const QSqlDatabase db = connection.db();
        const sql::Interrupter::Attached interruptible(stop, db);
        const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        report.items << item(
            "schema_version", version <= kSchemaVersion && version > 0,
            version > kSchemaVersion ? Text::tr("Version %1 is newer than this program's %2.")
                                           .arg(version)
                                           .arg(kSchemaVersion)
            : version < kSchemaVersion
                ? Text::tr("Version %1; it will be upgraded to %2 when opened for writing.")
                      .arg(version)
                      .arg(kSchemaVersion)
                : Text::tr("Version %1, as this program expects.").arg(version));
        steps = {"integrity_check", "foreign_keys", "essentials"};
        if (version >= 7)
            steps << "audit_chain";
        if (version >= 7 && !backupFolder.isEmpty())
            steps << "audit_anchor";
        at("integrity_check");
        report.items << checkPages(db);
        if (report.items.last().ok) {
            at("foreign_keys");
            report.items << checkForeignKeys(db);
            at("essentials");
            report.items << checkEssentials(db);
            if (version >= 7) {
                const qint64 rows =
                    sql::scalar(db, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
                at("audit_chain", 0, rows);
                report.items << checkAuditChain(
                    db, [&](qint64 read) { at("audit_chain", qMin(read, rows), rows); });
            }
            if (version >= 7 && !backupFolder.isEmpty()) {
                at("audit_anchor");
                report.items << checkAuditAnchor(db, path, backupFolder);
            }
        }
    } catch (const Cancelled&) {
        report.cancelled = true;
    } catch (const Error& e) {
        if (stop && stop->stopped()) { // a statement under way was interrupted
            report.cancelled = true;
            return report;
        }
        // A rollback journal left by a writer that stopped mid-change (network-share mode):
        // a read-only check may not roll it back; the next opening for writing does.
        const QString journal = path + QStringLiteral("-journal");
        report.items << item("database", false,
                             hasPendingJournal(path)
                                 ? Text::tr("A program stopped in the middle of a change and "
                                            "left %1. Open the file for writing once (the "
                                            "change is rolled back) and check it again.")
                                       .arg(journal)
                                 : e.message());
    }
    return report;
}

} // namespace dd
