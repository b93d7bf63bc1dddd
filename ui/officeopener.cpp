#include "officeopener.h"

#include "dialogs/userdialogs.h"
#include "errors.h"
#include "officebackups.h"
#include "storage/autobackup.h"
#include "storage/backup.h"
#include "storage/lockederror.h"
#include "storage/officefile.h"

#include <optional>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace dd::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::OfficeOpener)
};

// Returns true when the user chose a way forward (options changed), false to give up.
bool askAboutLock(QWidget* parent, const LockedError& e, OpenOptions& options)
{
    QMessageBox box(QMessageBox::Warning, Text::tr("Office file in use"), e.message(),
                    QMessageBox::NoButton, parent);
    QPushButton* readOnly = box.addButton(Text::tr("Open &read-only"), QMessageBox::AcceptRole);
    QPushButton* breakLock = nullptr;
    if (e.holder().state != LockHolder::State::Alive)
        breakLock =
            box.addButton(Text::tr("&Break the lock and open"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly) {
        options.readOnly = true;
        return true;
    }
    if (breakLock && box.clickedButton() == breakLock) {
        if (e.holder().state == LockHolder::State::Unknown &&
            QMessageBox::warning(parent, Text::tr("Break the lock"),
                                 Text::tr("The lock is held on another computer (%1). If that "
                                          "program is still running, both could write to the "
                                          "file. Break the lock anyway?")
                                     .arg(e.holder().host),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
            return false;
        options.breakLock = true;
        return true;
    }
    return false;
}

// One log-in dialog; after a refusal it says why the previous attempt did not do (and a
// refusal of the role has the user name typed over). False when the user cancelled.
bool askLogIn(QWidget* parent, const QString& intro, const Error* refusal, QString& login,
              QString& password)
{
    LogInDialog dialog(
        intro,
        [&](const QString& name, const QString& secret) {
            login = name;
            password = secret;
        },
        parent);
    if (refusal) {
        dialog.showProblem(refusal->message());
        if (refusal->kind() == Error::Kind::Forbidden) // the password was right, the role not
            dialog.chooseAnotherUser();
    }
    return dialog.exec() == QDialog::Accepted;
}

bool isRefusal(const Error& e)
{
    return e.kind() == Error::Kind::LogIn || e.kind() == Error::Kind::Forbidden;
}

// A damaged file: offers the newest backup that passes the check. True when it was restored
// (the damaged file is kept beside it, byte for byte).
bool offerRestore(QWidget* parent, const QString& path, const Error& e)
{
    std::optional<BackupEntry> backup;
    RestoreOptions options;
    const QString folder = OfficeBackups::folderFor(path);
    try { // each candidate is checked whole: not on the GUI thread
        runBusy(parent, Text::tr("Looking for a good backup…"),
                [&] { backup = AutoBackup::newestVerified(path, folder); });
    } catch (const Error&) {
        return false;
    }
    if (!backup)
        return false;
    if (QMessageBox::warning(
            parent, Text::tr("Damaged office file"),
            e.message() + QStringLiteral("\n\n") +
                Text::tr("The newest backup that passes the check is from %1 "
                         "(%2). Restore it? The damaged file is kept beside it.")
                    .arg(backup->taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")), backup->path),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    try {
        if (!authorizeInteractively(parent, backup->path, options.login, options.password))
            return false;
        RestoreResult result;
        runBusy(parent, Text::tr("Checking and restoring the backup…"),
                [&] { result = restoreOffice(backup->path, path, options); });
        QMessageBox::information(parent, Text::tr("Restored"),
                                 Text::tr("The backup was restored. The damaged file was kept "
                                          "as %1.")
                                         .arg(result.previousCopy) +
                                     upgradedNote(result));
        return true;
    } catch (const Error& failure) {
        showError(parent, Text::tr("The restore failed"), failure);
        return false;
    }
}

const QString kSharedPathsKey = QStringLiteral("network/sharedPaths");

QString settingsKeyOf(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

bool isMarkedShared(const QString& path)
{
    return QSettings().value(kSharedPathsKey).toStringList().contains(settingsKeyOf(path));
}

void markShared(const QString& path, bool shared)
{
    QSettings settings;
    QStringList paths = settings.value(kSharedPathsKey).toStringList();
    paths.removeAll(settingsKeyOf(path));
    if (shared)
        paths << settingsKeyOf(path);
    settings.setValue(kSharedPathsKey, paths);
}

QString upgradedNote(const RestoreResult& result)
{
    return result.upgradedFrom == 0 ? QString() : QStringLiteral("\n\n") + result.upgradeNote();
}

bool authorizeInteractively(QWidget* parent, const QString& backup, QString& login,
                            QString& password)
{
    std::optional<Error> refusal;
    for (;;) {
        try {
            OfficeFile::authorize(backup, login, password, {Permission::RestoreBackup});
            return true;
        } catch (const Error& e) {
            if (!isRefusal(e))
                throw;
            refusal = e;
        }
        if (!askLogIn(parent,
                      Text::tr("Restoring replaces the office file with %1. Log in as a chair or "
                               "administrator of that backup.")
                          .arg(backup),
                      login.isEmpty() ? nullptr : &*refusal, login, password))
            return false;
    }
}

bool logInToOffice(QWidget* parent, OfficeFile& office)
{
    if (!office.needsPassword()) {
        if (office.currentUser().id > 0) // logged in while opening (breaking a lock)
            return true;
        LogInDialog dialog(office, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    if (office.isReadOnly())
        return true;
    PasswordDialog dialog(office, office.currentUser().id,
                          Text::tr("This office file has no passwords yet. Choose the password of "
                                   "the administrator (user name %1); from now on the file asks "
                                   "for a user name and password when it is opened.")
                              .arg(office.currentUser().login),
                          parent);
    return dialog.exec() == QDialog::Accepted;
}

std::unique_ptr<OfficeFile> openOfficeInteractively(QWidget* parent, const QString& path,
                                                    bool readOnly)
{
    OpenOptions options;
    options.readOnly = readOnly;
    options.shared = isMarkedShared(path);
    options.runLong = [parent](const QString& what, const std::function<void()>& work) {
        runBusy(parent, what, work);
    };
    for (;;) {
        try {
            std::unique_ptr<OfficeFile> office = OfficeFile::open(path, options);
            if (office->upgradedFrom() > 0)
                QMessageBox::information(parent, Text::tr("Office file upgraded"),
                                         Text::tr("The file was upgraded from schema version %1 to "
                                                  "%2. A copy of the old file was kept at %3.")
                                             .arg(office->upgradedFrom())
                                             .arg(office->schemaVersion())
                                             .arg(office->upgradeBackup()));
            if (!logInToOffice(parent, *office))
                return nullptr;
            return office;
        } catch (const LockedError& e) {
            if (!askAboutLock(parent, e, options))
                return nullptr;
        } catch (const Error& e) {
            if (options.breakLock && isRefusal(e)) { // breaking a lock is the administrator's
                if (!askLogIn(parent,
                              Text::tr("Only an administrator may break the lock of %1. Log in "
                                       "as an administrator.")
                                  .arg(path),
                              options.login.isEmpty() ? nullptr : &e, options.login,
                              options.password))
                    return nullptr;
                continue;
            }
            if (e.kind() == Error::Kind::ReadOnly && !options.readOnly &&
                QMessageBox::question(parent, Text::tr("Read-only file"),
                                      e.message() + QLatin1Char('\n') +
                                          Text::tr("Open it read-only?")) == QMessageBox::Yes) {
                options.readOnly = true;
                continue;
            }
            if (e.kind() == Error::Kind::Damaged && offerRestore(parent, path, e))
                continue; // restored: open the restored file
            if (e.kind() != Error::Kind::ReadOnly)
                showError(parent, Text::tr("Cannot open the office file"), e);
            return nullptr;
        }
    }
}

} // namespace dd::ui
