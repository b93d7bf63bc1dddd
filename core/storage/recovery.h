#pragma once

#include <memory>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace dd {

// A writer that stopped in the middle of a change in the network-share mode leaves a rollback
// journal ("<file>-journal") holding the pages to put back, and SQLite applies it when the
// file is next opened for writing. A journal that does not belong to the file (copied in
// beside it, or left over from another copy of it) would be applied all the same and write
// foreign pages over good ones; a journal that was deleted leaves the change half made.

// The file with its pending journal applied, in a temporary folder beside it (removed with
// this object).
class RecoveredCopy final
{
    Q_DISABLE_COPY_MOVE(RecoveredCopy)
public:
    explicit RecoveredCopy(const QString& path);
    const QString& path() const { return m_path; }

private:
    QTemporaryDir m_folder;
    QString m_path;
};

// When a journal is pending: applies it to a copy of the file and checks the result (an
// office file whose pages pass PRAGMA quick_check). Returns the recovered copy, or nullptr
// when no journal is pending. Throws Error(Damaged) naming the journal when applying it would
// damage the file; the file and its journal are left as they are.
std::unique_ptr<RecoveredCopy> recoverPendingJournal(const QString& path);

// Runs PRAGMA quick_check on db and throws Error(Damaged) with `message` followed by the
// first problem when the pages are not in order.
void requireQuickCheck(const QSqlDatabase& db, const QString& message);

} // namespace dd
