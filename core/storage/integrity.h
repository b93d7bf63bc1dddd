#pragma once

#include <functional>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd {

namespace sql {
class Interrupter;
}

struct IntegrityItem
{
    QString key;   // stable: header, schema_version, integrity_check, foreign_keys, ...
    QString title; // translated
    bool ok = false;
    QString detail; // translated, readable
};

// The result of checking an office file: each check with its verdict and a readable detail.
struct IntegrityReport
{
    QString path;
    QList<IntegrityItem> items;
    bool cancelled = false; // stopped from its progress report: items holds the checks done

    bool ok() const;
    QString toText() const;
    QJsonObject toJson() const;
};

// Checks the office file at path without writing to it (read-only connection): header and
// application_id, schema version against this program, PRAGMA integrity_check, PRAGMA
// foreign_key_check, the presence of the office row and an admin, the audit trail's hash
// chain, and, given the folder of its automatic backups, that the newest backup's audit rows
// are all still there (rows cut off the end break no link). Never throws for a bad file: the
// problem is in the report.
//
// `progress`, if given, is told as each check that takes a while starts, its number, count and
// title (`check`), and along the audit trail the rows read of all (`done` of `total`; 0 of 0
// where a check's own progress is not known). Returning false stops the check, and the report
// is `cancelled`. So does `stop`, if given, told from another thread, at once: also in the
// middle of integrity_check, which reads the whole file in one go.
using CheckProgress = std::function<bool(int done, int total, const QString& check)>;
IntegrityReport checkOffice(const QString& path, const QString& backupFolder = {},
                            const CheckProgress& progress = {}, sql::Interrupter* stop = nullptr);

} // namespace dd
