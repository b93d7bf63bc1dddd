#pragma once

#include "officelock.h"
#include "user.h"

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace dd {

class Connection;
struct OfficeSettings;

struct OpenOptions
{
    bool readOnly = false;
    // With readOnly: accept a file of an older schema version, for what copies it whole
    // without reading its tables (a backup); otherwise such a file asks for an upgrade.
    bool olderSchema = false;
    // Break a lock left by a process that is gone (or held on another computer); a lock of a
    // running process on this computer is never broken. The break is audited.
    bool breakLock = false;
    QString app = QStringLiteral("deputydesk"); // written into the lock file
    // The file is on a network share (the user says so; shares SQLite cannot see through,
    // such as NFS and SMB mounts, are also detected): a rollback journal with
    // synchronous=FULL instead of WAL, whose shared memory does not work across computers.
    bool shared = false;
    // Log in while opening (see OfficeFile::logIn); empty = open without logging in.
    QString login;
    QString password;
    // Runs what may take long while opening: upgrading an older file (for a district-sized
    // file some seconds: the safety copy, its check and the steps). The GUI runs work on
    // another thread behind a progress dialog showing what; work opens its own connection,
    // so any thread will do. Not set: work runs on the calling thread.
    std::function<void(const QString& what, const std::function<void()>& work)> runLong;
};

// An open office file (one SQLite file per street office). open() checks the header without
// writing, refuses files that are foreign, damaged or newer than the program, takes the writer
// lock, and migrates older files after a backup copy. All writes go through db() inside a
// dd::Transaction and append their audit row in it.
class OfficeFile final
{
    Q_DISABLE_COPY_MOVE(OfficeFile)
public:
    static std::unique_ptr<OfficeFile> open(const QString& path, const OpenOptions& options = {});
    // Creates a new office file at path (refuses to overwrite one), with the settings and an
    // admin user, written to a temporary name first so that a crash leaves no half file.
    // The admin gets adminPassword (empty: none yet, set on the first opening) and is the
    // current user of the returned file.
    static std::unique_ptr<OfficeFile> create(const QString& path, const OfficeSettings& settings,
                                              const QString& app = QStringLiteral("deputydesk"),
                                              const QString& adminPassword = {});
    ~OfficeFile();

    // Checks, without writing, that login and password name a user of the file at path whose
    // role allows each of permissions (for what happens before or instead of opening it:
    // breaking its lock, restoring it). A file without passwords allows everyone. Throws
    // Error(LogIn) (also when login is empty) or Error(Forbidden).
    static void authorize(const QString& path, const QString& login, const QString& password,
                          std::initializer_list<Permission> permissions);

    QSqlDatabase db() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Opened in the network-share mode (rollback journal, synchronous=FULL).
    bool isShared() const { return m_shared; }
    // Switches the mode while the file is open (the user marked or unmarked the path as a
    // network share). Leaving WAL needs the file to itself: while another program reads it,
    // the mode stays as it was until the next opening. Returns isShared() afterwards.
    bool setShared(bool shared);
    // Who core writes as. In a file with passwords: no one (id 0) until logIn(); in a file
    // without (older files, files made by scripts) the first administrator, who should set
    // a password (needsPassword()).
    const UserRef& currentUser() const { return m_user; }
    bool needsPassword() const;
    // Checks the password (UserRepository::authenticate) and makes that user the current one.
    // Throws Error(LogIn).
    void logIn(const QString& login, const QString& password);

    // Throws Error(ReadOnly) when the file was opened read-only.
    void requireWritable() const;
    // Throws Error(LogIn) when no one is logged in, Error(Forbidden) naming the action when
    // the current user's role does not allow it, and for a change Error(ReadOnly) when the
    // file was opened read-only. Core calls it before every change.
    void require(Permission permission) const;
    // Whether require() would pass: what the UI offers.
    bool allows(Permission permission) const;

    // Set when open() upgraded the file: the version it had and the backup made first.
    int upgradedFrom() const { return m_upgradedFrom; }
    const QString& upgradeBackup() const { return m_upgradeBackup; }
    // Set when open() broke a stale lock.
    const std::optional<LockHolder>& brokenLock() const { return m_brokenLock; }

private:
    OfficeFile(QString path);

    QString m_path;
    std::unique_ptr<OfficeLock> m_lock; // released after the connection closes
    std::unique_ptr<Connection> m_connection;
    UserRef m_user;
    bool m_shared = false;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    QString m_upgradeBackup;
    std::optional<LockHolder> m_brokenLock;
};

} // namespace dd
