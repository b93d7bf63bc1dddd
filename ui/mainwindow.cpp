#include "mainwindow.h"

#include "demo/demooffice.h"
#include "dialogs/auditdialog.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/integritydialog.h"
#include "dialogs/newofficedialog.h"
#include "dialogs/userdialogs.h"
#include "errors.h"
#include "officebackups.h"
#include "officeopener.h"
#include "opinion/opinionrepository.h"
#include "org/officesettings.h"
#include "org/workcalendar.h"
#include "pages/actionitemspage.h"
#include "pages/activitiespage.h"
#include "pages/calendarpage.h"
#include "pages/communitiespage.h"
#include "pages/contactspage.h"
#include "pages/deputiespage.h"
#include "pages/groupspage.h"
#include "pages/officepage.h"
#include "pages/opinionspage.h"
#include "pages/opinionstatspage.h"
#include "pages/selectionpage.h"
#include "pages/startpage.h"
#include "pages/suggestionspage.h"
#include "pages/venuespage.h"
#include "storage/backup.h"
#include "storage/fileops.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

namespace dd::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentOffices");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kFileFilter = QStringLiteral("*.ddoffice");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_outer(new QStackedWidget(this)), m_startPage(new StartPage(this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_statusOffice(new QLabel(this)), m_statusYear(new QLabel(this)),
      m_statusUser(new QLabel(this)), m_statusMode(new QLabel(this)),
      m_backups(new OfficeBackups(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(200);
    m_statusOffice->setObjectName(QStringLiteral("statusOffice"));
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusMode->setObjectName(QStringLiteral("statusMode"));

    auto* workspace = new QWidget(this);
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    auto* start = new QWidget(this); // keeps the start page at a readable width
    auto* startLayout = new QHBoxLayout(start);
    startLayout->addWidget(m_startPage, 10);
    startLayout->addStretch(1);
    m_outer->addWidget(start);
    m_outer->addWidget(workspace);
    setCentralWidget(m_outer);

    createMenus();
    addPage(new OfficePage(this));
    addPage(new DeputiesPage(this));
    addPage(new GroupsPage(this));
    addPage(new CommunitiesPage(this));
    addPage(new VenuesPage(this));
    addPage(new ContactsPage(this));
    addPage(new SelectionPage(this));
    addPage(new ActivitiesPage(this));
    addPage(new ActionItemsPage(this));
    addPage(new CalendarPage(this));
    addPage(new OpinionsPage(this));
    addPage(new SuggestionsPage(this));
    addPage(new OpinionStatsPage(this));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    for (QLabel* label : {m_statusOffice, m_statusYear, m_statusUser, m_statusMode})
        statusBar()->addPermanentWidget(label);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newOffice);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoOffice);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openRecent);
    connect(m_startPage, &StartPage::forgetRequested, this, &MainWindow::forgetRecent);

    connect(m_backups, &OfficeBackups::backedUp, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Backed up to %1").arg(path), 10000);
    });
    connect(m_backups, &OfficeBackups::failed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(reason));
    });
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray())) {
        // The first start: most of a larger screen (the activities list has 14 columns), up to
        // 1600 x 1000, and never smaller than before.
        QSize size(1100, 720);
        if (const QScreen* shown = screen())
            size = size.expandedTo(
                (shown->availableGeometry().size() * 0.9).boundedTo(QSize(1600, 1000)));
        resize(size);
    }
    setOffice(nullptr);
}

MainWindow::~MainWindow()
{
    // The pages (children, destroyed after the members) let go of the file before it closes.
    for (Page* page : std::as_const(m_pageList))
        page->setOffice(nullptr);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New office file…"), QKeySequence::New, this, &MainWindow::newOffice);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Recent &offices"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Rebuilt as it opens, so that a file gone since is marked.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(tr("Open the &demo office"), this, &MainWindow::openDemoOffice);
    file->addSeparator();
    m_officeActions << file->addAction(tr("&Back up…"), this, &MainWindow::backup);
    m_officeActions << file->addAction(tr("Automatic bac&kups…"), this, &MainWindow::showBackups);
    m_roleActions.append({file->addAction(tr("&Restore from backup…"), this, &MainWindow::restore),
                          Permission::RestoreBackup});
    m_officeActions << file->addAction(tr("&Integrity check"), this, &MainWindow::checkIntegrity);
    m_sharedAction = file->addAction(tr("On a &network share"), this, &MainWindow::setShared);
    m_sharedAction->setObjectName(QStringLiteral("sharedAction"));
    m_sharedAction->setCheckable(true);
    m_sharedAction->setStatusTip(tr("The file lies in a folder other computers use too: write "
                                    "it with a rollback journal, each change synced whole "
                                    "(NFS and SMB shares are detected)."));
    file->addSeparator();
    m_roleActions.append(
        {file->addAction(tr("&Users and passwords…"), this, &MainWindow::manageUsers),
         Permission::ManageUsers});
    m_roleActions.append({file->addAction(tr("&Audit trail…"), this, &MainWindow::showAudit),
                          Permission::ViewAudit});
    m_officeActions << file->addAction(tr("Change my &password…"), this,
                                       &MainWindow::changePassword);
    m_officeActions << file->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    file->addSeparator();
    m_officeActions << file->addAction(tr("&Close office"), QKeySequence::Close, this,
                                       &MainWindow::closeOffice);
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Undo/redo act on the focused text field (QLineEdit and friends have undo()/redo() slots).
    edit->addAction(tr("&Undo typing"), QKeySequence::Undo, this, [] {
        if (QWidget* w = QApplication::focusWidget())
            QMetaObject::invokeMethod(w, "undo");
    });
    edit->addAction(tr("&Redo typing"), QKeySequence::Redo, this, [] {
        if (QWidget* w = QApplication::focusWidget())
            QMetaObject::invokeMethod(w, "redo");
    });
    edit->addSeparator();
    m_writeActions << edit->addAction(tr("&Save changes"), QKeySequence::Save, this, [this] {
        if (auto* page = qobject_cast<Page*>(m_pages->currentWidget()))
            page->save();
    });
    m_writeActions << edit->addAction(tr("Re&vert changes"), this, [this] {
        if (auto* page = qobject_cast<Page*>(m_pages->currentWidget()))
            page->revert();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DeputyDesk"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::addPage(Page* page)
{
    const int index = int(m_pageList.size());
    m_pageList << page;
    m_pages->addWidget(page);
    m_navigation->addItem(page->title());
    QAction* action = m_viewMenu->addAction(page->title());
    action->setCheckable(true);
    if (index < 10) // Ctrl+1 ... Ctrl+9, then Ctrl+0, then Ctrl+Shift+1 ...
        action->setShortcut(
            QKeySequence(Qt::CTRL | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
    else if (index < 19)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + index - 10)));
    m_pageActions->addAction(action);
    m_officeActions << action;
    connect(action, &QAction::triggered, this,
            [this, index] { m_navigation->setCurrentRow(index); });
    connect(page, &Page::officeChanged, this, &MainWindow::refreshOfficeDisplay);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pageList.size())
        return;
    auto* current = qobject_cast<Page*>(m_pages->currentWidget());
    if (current && current != m_pageList[index] && !current->confirmLeave()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_pages->currentIndex());
        return;
    }
    m_pages->setCurrentIndex(index);
    m_pageActions->actions().at(index)->setChecked(true);
    Page* page = m_pageList[index];
    if (m_office && !m_pagesWithOffice.contains(page)) { // a page reads the file when first shown
        m_pagesWithOffice.insert(page);
        page->setOffice(m_office.get());
    } else {
        page->refresh();
    }
}

void MainWindow::setOffice(std::unique_ptr<OfficeFile> office)
{
    m_backups->setOffice(nullptr);
    for (Page* page : std::as_const(m_pageList))
        page->setOffice(nullptr); // pages let go before the file closes
    m_pagesWithOffice.clear();
    m_office = std::move(office);
    const bool open = m_office != nullptr;
    for (QAction* action : std::as_const(m_officeActions))
        action->setEnabled(open);
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(open && m_office->allows(Permission::EnterRecords));
    for (const auto& [action, permission] : std::as_const(m_roleActions))
        action->setEnabled(open && m_office->allows(permission));
    {
        const QSignalBlocker quiet(m_sharedAction);
        m_sharedAction->setChecked(open && m_office->isShared());
        m_sharedAction->setEnabled(open && !m_office->isReadOnly() &&
                                   !isOnNetworkShare(m_office->path()));
    }
    m_outer->setCurrentIndex(open ? 1 : 0);
    m_startPage->setRecentFiles(recentFiles());
    if (open) {
        rememberRecent(m_office->path());
        m_navigation->setCurrentRow(0);
        showPage(0);
    }
    refreshOfficeDisplay();
    m_backups->setOffice(m_office.get());
    if (open)
        flagSupervision();
}

void MainWindow::flagSupervision()
{
    try {
        const QSqlDatabase db = m_office->db();
        const SupervisionFlags flags = OpinionRepository::flags(db, WorkCalendar::load(db));
        if (!flags.overdue.isEmpty() || !flags.dueSoon.isEmpty())
            statusBar()->showMessage(tr("Supervision: %1 opinions overdue, %2 due within 3 working "
                                        "days (Residents' opinions, Ctrl+Shift+1).")
                                         .arg(flags.overdue.size())
                                         .arg(flags.dueSoon.size()));
    } catch (const Error& e) {
        showError(this, tr("Reading the opinions"), e);
    }
}

void MainWindow::refreshOfficeDisplay()
{
    const QString app = tr("DeputyDesk — Street People's Congress Workbench");
    if (!m_office) {
        setWindowTitle(app);
        for (QLabel* label : {m_statusOffice, m_statusYear, m_statusUser, m_statusMode})
            label->clear();
        statusBar()->showMessage(tr("No office file open."));
        return;
    }
    statusBar()->clearMessage();
    OfficeSettings settings;
    try {
        settings = OfficeRepository::load(*m_office);
    } catch (const Error& e) {
        showError(this, tr("Cannot read the office settings"), e);
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(settings.name, app));
    m_statusOffice->setText(tr("Office: %1").arg(settings.name));
    m_statusYear->setText(tr("Work year: %1").arg(settings.workYear));
    const UserRef& user = m_office->currentUser();
    const QString role = roleDisplayName(user.role);
    const QString who = user.displayName.isEmpty() ? user.login : user.displayName;
    m_statusUser->setText(who == role ? tr("User: %1").arg(who)
                                      : tr("User: %1 (%2)").arg(who, role));
    m_statusMode->setText(m_office->isReadOnly() ? tr("Read-only") : QString());
}

bool MainWindow::openOffice(const QString& path, bool readOnly)
{
    if (!closeOffice())
        return false;
    std::unique_ptr<OfficeFile> office = openOfficeInteractively(this, path, readOnly);
    if (!office)
        return false;
    setOffice(std::move(office));
    return true;
}

bool MainWindow::openDemoOffice()
{
    const QString path = defaultDemoOfficePath();
    if (!QFileInfo::exists(path)) {
        try {
            createDemoOffice(path);
        } catch (const Error& e) {
            showError(this, tr("Cannot create the demo office"), e);
            return false;
        }
    }
    return openOffice(path);
}

bool MainWindow::closeOffice()
{
    if (!m_office)
        return true;
    for (Page* page : std::as_const(m_pageList))
        if (!page->confirmLeave())
            return false;
    if (!m_backups->backUpIfChanged(this) &&
        QMessageBox::warning(this, tr("Backup failed"),
                             tr("The automatic backup failed: %1\nThe office file itself is "
                                "saved and unchanged. Close it anyway?")
                                 .arg(m_backups->lastError()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return false;
    setOffice(nullptr);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeOffice()) {
        event->ignore();
        return;
    }
    QSettings().setValue(kGeometryKey, saveGeometry());
    event->accept();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::openRecent(const QString& path)
{
    if (QFileInfo::exists(path)) {
        openOffice(path);
        return;
    }
    if (QMessageBox::question(this, tr("Office file not found"),
                              tr("%1 is no longer there. It was moved, renamed or deleted, or "
                                 "its drive is not connected.\n\nRemove it from the recent "
                                 "office files? The list forgets it; nothing is deleted.")
                                  .arg(QDir::toNativeSeparators(path))) == QMessageBox::Yes)
        forgetRecent(path);
}

void MainWindow::forgetRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
    m_startPage->setRecentFiles(files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files) {
        const QString shown = QDir::toNativeSeparators(path);
        m_recentMenu->addAction(QFileInfo::exists(path) ? shown
                                                        : tr("%1 (file not found)").arg(shown),
                                this, [this, path] { openRecent(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::newOffice()
{
    NewOfficeDialog dialog(QFileInfo(defaultDemoOfficePath()).absolutePath(), this);
    if (dialog.exec() != QDialog::Accepted || !closeOffice())
        return;
    try {
        std::unique_ptr<OfficeFile> office = OfficeFile::create(dialog.path(), dialog.settings());
        logInToOffice(this, *office); // the administrator chooses the password now (or later)
        setOffice(std::move(office));
    } catch (const Error& e) {
        showError(this, tr("Cannot create the office file"), e);
    }
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open office file"), recentFiles().value(0),
        tr("DeputyDesk office files (%1);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty())
        openOffice(path);
}

void MainWindow::backup()
{
    if (!m_office)
        return;
    const QFileInfo info(m_office->path());
    const QString suggested = info.absoluteDir().filePath(
        QStringLiteral("%1-%2-%3.ddoffice")
            .arg(info.completeBaseName(), tr("backup"),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Back up the office file to"), suggested,
                                     tr("DeputyDesk office files (%1)").arg(kFileFilter));
    if (target.isEmpty())
        return;
    const QString source = m_office->path();
    try {
        // Its own read-only connection on a worker thread: the snapshot is consistent.
        runBusy(this, tr("Writing and checking the backup…"),
                [source, target] { backupOffice(source, target, true); });
    } catch (const Error& e) {
        showError(this, tr("The backup failed"), e);
        return;
    }
    QMessageBox::information(this, tr("Backup written"),
                             tr("The backup was written to %1 and checked.").arg(target));
}

void MainWindow::restore()
{
    if (!m_office)
        return;
    const QString backupPath = QFileDialog::getOpenFileName(
        this, tr("Restore from backup"), QFileInfo(m_office->path()).absolutePath(),
        tr("DeputyDesk office files (%1);;All files (*)").arg(kFileFilter));
    if (!backupPath.isEmpty())
        restoreFrom(backupPath);
}

void MainWindow::showBackups()
{
    if (!m_office)
        return;
    BackupsDialog dialog(*m_office, *m_backups, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.restorePath().isEmpty())
        restoreFrom(dialog.restorePath());
}

void MainWindow::restoreFrom(const QString& backupPath)
{
    const QString target = m_office->path();
    if (QMessageBox::warning(
            this, tr("Restore from backup"),
            tr("Replace the open office file\n%1\nwith the backup\n%2?\n\nThe current "
               "file is backed up first and kept beside it, so this can be undone by restoring "
               "that copy.")
                .arg(target, backupPath),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    RestoreOptions options; // who restores, checked before anything is closed
    try {
        if (!authorizeInteractively(this, backupPath, options.login, options.password))
            return;
    } catch (const Error& e) {
        showError(this, tr("The restore failed"), e);
        return;
    }
    if (!m_backups->backUpIfChanged(this, true)) {
        QMessageBox::warning(this, tr("Restore from backup"),
                             tr("The current file could not be backed up first, so nothing was "
                                "restored: %1")
                                 .arg(m_backups->lastError()));
        return;
    }
    if (!closeOffice())
        return;
    try {
        RestoreResult result;
        runBusy(this, tr("Checking and restoring the backup…"),
                [&] { result = restoreOffice(backupPath, target, options); });
        QMessageBox::information(
            this, tr("Restored"),
            tr("The office file was restored. The replaced file was kept as %1.")
                    .arg(result.previousCopy) +
                upgradedNote(result));
    } catch (const Error& e) {
        showError(this, tr("The restore failed"), e);
    }
    openOffice(target);
}

void MainWindow::checkIntegrity()
{
    if (!m_office)
        return;
    const QString path = m_office->path();
    const QString backups = OfficeBackups::folderFor(path);
    IntegrityReport report;
    sql::Interrupter stop; // Cancel stops it at once, also inside integrity_check
    try {
        runWithProgress(
            this, tr("Checking the office file…"),
            [&](const ReportProgress& progress) {
                report = checkOffice(path, backups, progress, &stop);
            },
            [&] { stop.stop(); });
    } catch (const Error& e) {
        showError(this, tr("The check could not run"), e);
        return;
    }
    if (report.cancelled)
        statusBar()->showMessage(tr("The check was stopped before it finished."), 8000);
    else
        IntegrityDialog(report, this).exec();
}

void MainWindow::manageUsers()
{
    if (m_office)
        UsersDialog(*m_office, this).exec();
}

void MainWindow::showAudit()
{
    if (m_office)
        AuditDialog(*m_office, this).exec();
}

void MainWindow::changePassword()
{
    if (!m_office)
        return;
    PasswordDialog(*m_office, m_office->currentUser().id,
                   tr("Choose a new password for %1.").arg(m_office->currentUser().login), this)
        .exec();
}

void MainWindow::setShared(bool shared)
{
    if (!m_office)
        return;
    markShared(m_office->path(), shared);
    try {
        if (m_office->setShared(shared) != shared)
            QMessageBox::information(this, tr("Network share"),
                                     tr("Another program is reading the file; the change takes "
                                        "effect when it is next opened."));
    } catch (const Error& e) {
        showError(this, tr("Network share"), e);
    }
    const QSignalBlocker quiet(m_sharedAction);
    m_sharedAction->setChecked(m_office->isShared());
}

void MainWindow::switchUser()
{
    if (!m_office)
        return;
    for (Page* page : std::as_const(m_pageList))
        if (!page->confirmLeave())
            return;
    LogInDialog dialog(*m_office, this);
    if (dialog.exec() != QDialog::Accepted)
        return; // the user logged in before stays
    const int page = m_navigation->currentRow();
    setOffice(std::move(m_office)); // the pages and menus follow the new user's role
    m_navigation->setCurrentRow(page);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About DeputyDesk"),
                       tr("<h3>DeputyDesk %1</h3><p>Workbench of the street people's congress work "
                          "committee: deputies, meetings, residents' opinions, ballots, registers "
                          "and reports, in one file per street office.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace dd::ui
