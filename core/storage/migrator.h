#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd {

class Connection;

// The schema version this program writes. Files with a higher user_version are refused.
inline constexpr int kSchemaVersion = 14;

struct MigrationStep
{
    int version = 0;   // user_version after this step
    QByteArray script; // SQL, several statements
};

// Numbered schema steps (core/storage/schema/NNN_*.sql), applied in order inside one
// transaction after a verified backup copy of the file (qBittorrent's updateDB, Zotero's
// backup before upgrade). A failing step leaves the file as it was.
class Migrator final
{
public:
    Migrator(); // the built-in steps
    explicit Migrator(QList<MigrationStep> steps);

    static QList<MigrationStep> builtInSteps();
    int latestVersion() const;

    // Brings a writable connection from its user_version up to latestVersion(). A file that
    // already has a schema is first copied to backupPathFor(); that path is returned (empty
    // when nothing was backed up). Throws dd::Error; on failure nothing of the upgrade stays.
    QString upgrade(Connection& connection) const;

    static QString backupPathFor(const QString& path, int fromVersion);

private:
    QList<MigrationStep> m_steps;
};

} // namespace dd
