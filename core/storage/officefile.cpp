#include "officefile.h"

#include "auditlog.h"
#include "connection.h"
#include "error.h"
#include "fileheader.h"
#include "fileops.h"
#include "lockederror.h"
#include "migrator.h"
#include "officelock.h"
#include "org/officesettings.h"
#include "password.h"
#include "recovery.h"
#include "sql.h"
#include "transaction.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::OfficeFile)
};

void checkWritable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw Error(Error::Kind::ReadOnly,
                    Text::tr("%1 cannot be written (the file or its folder is read-only). "
                             "It can be opened read-only.")
                        .arg(path));
}

Error forbidden(const UserRef& user, Permission permission)
{
    return Error(Error::Kind::Forbidden,
                 Text::tr("%1 (%2) may not %3.")
                     .arg(user.displayName.isEmpty() ? user.login : user.displayName,
                          roleDisplayName(user.role), permissionDisplayName(permission)));
}

// Turns SQLite's complaints on first contact into the kinds the UI explains.
[[noreturn]] void rethrowAsDamaged(const QString& path, const Error& e)
{
    throw Error(Error::Kind::Damaged,
                Text::tr("%1 is damaged and cannot be opened: %2").arg(path, e.message()),
                e.nativeCode());
}
} // namespace

OfficeFile::OfficeFile(QString path) : m_path(std::move(path)) {}

OfficeFile::~OfficeFile() = default;

QSqlDatabase OfficeFile::db() const
{
    return m_connection->db();
}

bool OfficeFile::isReadOnly() const
{
    return m_connection->isReadOnly();
}

void OfficeFile::requireWritable() const
{
    if (isReadOnly())
        throw Error(Error::Kind::ReadOnly,
                    Text::tr("%1 is open read-only; changes cannot be saved.").arg(m_path));
}

bool OfficeFile::allows(Permission permission) const
{
    return m_user.id > 0 && roleAllows(m_user.role, permission) &&
           !(permissionWrites(permission) && isReadOnly());
}

void OfficeFile::require(Permission permission) const
{
    if (m_user.id <= 0)
        throw Error(Error::Kind::LogIn,
                    Text::tr("Log in to %1 first.").arg(permissionDisplayName(permission)));
    if (!roleAllows(m_user.role, permission))
        throw forbidden(m_user, permission);
    if (permissionWrites(permission))
        requireWritable();
}

void OfficeFile::authorize(const QString& path, const QString& login, const QString& password,
                           std::initializer_list<Permission> permissions)
{
    const Connection connection(path, Connection::Mode::ReadOnly);
    const QSqlDatabase db = connection.db();
    if (sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() < 7 ||
        !UserRepository::hasPasswords(db))
        return; // no log-in yet: whoever opens it acts as its administrator
    if (login.isEmpty())
        throw Error(
            Error::Kind::LogIn,
            Text::tr("Log in to %1 first.").arg(permissionDisplayName(*permissions.begin())));
    const UserRef user = UserRepository::authenticate(db, login, password, false);
    for (Permission permission : permissions)
        if (!roleAllows(user.role, permission))
            throw forbidden(user, permission);
}

bool OfficeFile::setShared(bool shared)
{
    requireWritable();
    // WAL needs shared memory between the programs using the file, which network shares
    // do not give; there the rollback journal, every commit synced whole.
    // Leaving WAL needs the file to itself: while another program reads it SQLite answers
    // "busy" (at once, not after the usual wait) and the mode stays until the next opening.
    sql::run(db(), QStringLiteral("PRAGMA busy_timeout = 0"));
    QString mode;
    try {
        mode =
            sql::scalar(db(), QStringLiteral("PRAGMA journal_mode = %1")
                                  .arg(shared ? QStringLiteral("DELETE") : QStringLiteral("WAL")))
                .toString();
    } catch (const Error& e) {
        if ((e.nativeCode() & 0xff) != 5) // SQLITE_BUSY
            throw;
        mode = sql::scalar(db(), QStringLiteral("PRAGMA journal_mode")).toString();
    }
    sql::run(db(), QStringLiteral("PRAGMA busy_timeout = %1").arg(Connection::kBusyTimeoutMs));
    m_shared = mode == QLatin1String("delete");
    sql::run(db(), m_shared ? QStringLiteral("PRAGMA synchronous = FULL")
                            : QStringLiteral("PRAGMA synchronous = NORMAL"));
    return m_shared;
}

void OfficeFile::logIn(const QString& login, const QString& password)
{
    m_user = UserRepository::authenticate(db(), login, password, !isReadOnly());
}

bool OfficeFile::needsPassword() const
{
    return !UserRepository::hasPasswords(db());
}

std::unique_ptr<OfficeFile> OfficeFile::open(const QString& path, const OpenOptions& options)
{
    // 1. Look at the header without SQLite: foreign, truncated and too-new files are refused
    //    before anything could write to them.
    const FileHeader header = inspectOfficeHeader(path);
    if (header.userVersion > kSchemaVersion)
        throw Error(Error::Kind::TooNew,
                    Text::tr("%1 was written by a newer DeputyDesk (schema version %2; this "
                             "program knows up to %3). Install the newer version to open it.")
                        .arg(path)
                        .arg(header.userVersion)
                        .arg(kSchemaVersion));
    if (options.readOnly && !options.olderSchema && header.userVersion < kSchemaVersion)
        throw Error(Error::Kind::NeedsUpgrade,
                    Text::tr("%1 has schema version %2 and must be upgraded to %3 before use; "
                             "open it for writing once to upgrade it (a backup is made first).")
                        .arg(path)
                        .arg(header.userVersion)
                        .arg(kSchemaVersion));

    std::unique_ptr<OfficeFile> office(new OfficeFile(path));
    std::unique_ptr<RecoveredCopy> recovered; // the file with a pending journal applied
    if (!options.readOnly) {
        checkWritable(path);
        office->m_lock = std::make_unique<OfficeLock>(path);
        if (options.breakLock) {
            // The lock of a running program is never broken (nothing else is looked at).
            if (const auto holder = OfficeLock::readHolder(path);
                holder && holder->state == LockHolder::State::Alive)
                throw LockedError(path, *holder);
            // Only an administrator breaks a lock: judged before anything is written, on the
            // file as SQLite will see it once a pending journal is applied.
            recovered = recoverPendingJournal(path);
            authorize(recovered ? recovered->path() : path, options.login, options.password,
                      {Permission::BreakLock});
            office->m_brokenLock = office->m_lock->breakAndAcquire(options.app);
        } else {
            office->m_lock->acquire(options.app);
            recovered = recoverPendingJournal(path);
        }
    }

    office->m_connection = std::make_unique<Connection>(
        path, options.readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite);
    const QSqlDatabase db = office->db();
    try {
        // Reading the schema touches the file's pages: a damaged file fails here.
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt() != kApplicationId)
            throw Error(Error::Kind::NotOffice,
                        Text::tr("%1 is not a DeputyDesk office file.").arg(path));
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::NotOffice)
            throw;
        rethrowAsDamaged(path, e);
    }
    // A writer that stopped in the rollback-journal mode without leaving its journal (deleted,
    // or lost with a share) may have left its change half made.
    if (office->m_brokenLock && !header.walMode && !recovered)
        requireQuickCheck(db, Text::tr("%1 was left by a program that stopped (%2) and is "
                                       "damaged; probably the journal that would have undone "
                                       "its last change was deleted. The file was not changed.")
                                  .arg(path, office->m_brokenLock->describe()));
    recovered.reset();

    if (!options.readOnly) {
        const int before = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        if (before < kSchemaVersion) {
            // On a connection of its own: options.runLong may run it on another thread.
            const auto upgrade = [&] {
                Connection own(path, Connection::Mode::ReadWrite);
                office->m_upgradeBackup = Migrator().upgrade(own);
            };
            const QString what =
                Text::tr("Upgrading %1 from schema version %2 to %3; a copy of the old file is "
                         "kept and checked first…")
                    .arg(QFileInfo(path).fileName())
                    .arg(before)
                    .arg(kSchemaVersion);
            if (options.runLong)
                options.runLong(what, upgrade);
            else
                upgrade();
            office->m_upgradedFrom = before;
        }
        office->setShared(options.shared || isOnNetworkShare(path));
    }
    office->m_schemaVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (office->m_schemaVersion < kSchemaVersion) // options.olderSchema: its tables are not read
        return office;
    if (office->needsPassword()) // a file without passwords: its administrator
        office->m_user = UserRepository::firstAdmin(db);

    if (!options.login.isEmpty())
        office->logIn(options.login, options.password);
    if (office->m_brokenLock && office->m_brokenLock->pid != 0) {
        Transaction tx(db);
        appendAudit(db, office->m_user,
                    {QStringLiteral("break_lock"), {}, 0, office->m_brokenLock->toJson(), {}});
        tx.commit();
    }
    return office;
}

std::unique_ptr<OfficeFile> OfficeFile::create(const QString& path, const OfficeSettings& settings,
                                               const QString& app, const QString& adminPassword)
{
    const OfficeSettings clean = settings.normalized();
    if (const QList<FieldError> errors = clean.validate(); !errors.isEmpty())
        throw ValidationError(errors);
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::Exists,
                    Text::tr("%1 already exists; choose another name.").arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io, Text::tr("Cannot create the folder %1.").arg(folder));

    if (!adminPassword.isEmpty())
        if (const QString problem = passwordProblem(adminPassword); !problem.isEmpty())
            throw ValidationError({{QStringLiteral("password"), Text::tr("Password"), problem}});
    const QString temporary = path + QStringLiteral(".creating");
    removeWithSidecars(temporary);
    try {
        std::unique_ptr<OfficeFile> office(new OfficeFile(temporary));
        office->m_connection = std::make_unique<Connection>(temporary, Connection::Mode::Create);
        const QSqlDatabase db = office->db();
        sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        Migrator().upgrade(*office->m_connection);
        Transaction tx(db);
        // Its name is on the office's records (histories, the audit trail): in Chinese
        // whatever the interface language.
        office->m_user = UserRepository::insert(db, {}, QStringLiteral("admin"),
                                                QStringLiteral("管理员"), Role::Admin);
        if (!adminPassword.isEmpty())
            sql::run(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                     {hashPassword(adminPassword), office->m_user.id});
        OfficeRepository::insertInitial(*office, clean);
        appendAudit(db, office->m_user,
                    {QStringLiteral("create"),
                     {},
                     0,
                     {},
                     {{QStringLiteral("schema_version"), kSchemaVersion}}});
        tx.commit();
    } catch (...) { // closed by now; leave nothing behind
        removeWithSidecars(temporary);
        throw;
    } // closed: SQLite checkpoints the WAL and removes it
    // QFile::rename never replaces an existing file (renameat2 with RENAME_NOREPLACE).
    QFile created(temporary);
    if (!created.rename(path))
        throw Error(Error::Kind::Io,
                    Text::tr("Cannot move the new office file into place at %1: %2")
                        .arg(path, created.errorString()));
    OpenOptions options;
    options.app = app;
    std::unique_ptr<OfficeFile> office = open(path, options);
    office->m_user = UserRepository::firstAdmin(office->db()); // who just chose the password
    return office;
}

} // namespace dd
