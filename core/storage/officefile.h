#pragma once

#include "officelock.h"
#include "user.h"

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
    // Break a lock left by a process that is gone (or held on another computer); a lock of a
    // running process on this computer is never broken. The break is audited.
    bool breakLock = false;
    QString app = QStringLiteral("deputydesk"); // written into the lock file
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
    static std::unique_ptr<OfficeFile> create(const QString& path, const OfficeSettings& settings,
                                              const QString& app = QStringLiteral("deputydesk"));
    ~OfficeFile();

    QSqlDatabase db() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const;
    int schemaVersion() const { return m_schemaVersion; }
    const UserRef& currentUser() const { return m_user; }

    // Throws Error(ReadOnly) when the file was opened read-only.
    void requireWritable() const;

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
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    QString m_upgradeBackup;
    std::optional<LockHolder> m_brokenLock;
};

} // namespace dd
