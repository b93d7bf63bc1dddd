#pragma once

#include <QString>

namespace dd {

// Removes an SQLite file together with its -wal, -shm and -journal companions.
void removeWithSidecars(const QString& path);

// Whether a rollback journal a writer left mid-change lies beside the file (non-empty
// "<path>-journal"); SQLite applies it when the file is next opened for writing.
bool hasPendingJournal(const QString& path);

// A name for a copy that nothing has yet: stem + suffix, or stem-2 + suffix, stem-3 + suffix,
// ... (copies named by the second they are made can meet).
QString unusedPath(const QString& stem, const QString& suffix = {});

// Renames from over to (rename(2): atomic, replaces an existing to). Throws dd::Error.
void replaceFile(const QString& from, const QString& to);

// Whether path's folder is on a network filesystem (NFS, SMB/CIFS, AFS, Ceph, 9p), where
// SQLite's WAL must not be used.
bool isOnNetworkShare(const QString& path);

} // namespace dd
