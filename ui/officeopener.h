#pragma once

#include <memory>
#include <QString>

class QWidget;

namespace dd {
class OfficeFile;
struct RestoreResult;
} // namespace dd

namespace dd::ui {

// Opens an office file, talking the user through what can go wrong: a file held by another
// program (open read-only, or break a lock left by a program that is gone), a read-only
// file, a damaged file (offering the newest good backup), a foreign or too-new file; then
// asks who is there (logInToOffice). Returns nullptr when it was not opened.
std::unique_ptr<OfficeFile> openOfficeInteractively(QWidget* parent, const QString& path,
                                                    bool readOnly = false);

// Paths the user marked as lying on a network share (kept in the settings of this computer):
// opened in the network-share mode (OpenOptions::shared) even where that is not detected.
bool isMarkedShared(const QString& path);
void markShared(const QString& path, bool shared);

// Restoring is for chairs and administrators of the backup (the file that will be in place):
// checks login and password against it, asking for them until they do (none for a backup
// without passwords). False when the user cancelled; other errors (a damaged backup) throw.
bool authorizeInteractively(QWidget* parent, const QString& backup, QString& login,
                            QString& password);

// What a restore adds to its message when the backup was of an older version (empty if not).
QString upgradedNote(const RestoreResult& result);

// A file with passwords asks for user name and password; a writable file without any has
// its administrator choose one first. False when the user cancelled.
bool logInToOffice(QWidget* parent, OfficeFile& office);

} // namespace dd::ui
