#pragma once

#include "storage/user.h"

#include <memory>
#include <QMainWindow>
#include <QSet>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class Page;
class OfficeBackups;
class StartPage;

// The frame: menus, the navigation list, the page stack and the status bar. Each module is
// its own Page; the window only opens and closes office files and switches pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path (asking about locks and errors); false if it was not opened.
    bool openOffice(const QString& path, bool readOnly = false);
    // Opens a recent file; one no longer there is offered for removal from the list instead.
    void openRecent(const QString& path);
    // Creates the demo office on first use (see demoOfficePath) and opens it.
    bool openDemoOffice();
    // Closes the open office after asking about unsaved edits; false if the user cancelled.
    bool closeOffice();

    OfficeFile* office() const { return m_office.get(); }
    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void addPage(Page* page);
    void showPage(int index);
    void setOffice(std::unique_ptr<OfficeFile> office);
    void refreshOfficeDisplay();
    // On opening: how many opinions are overdue or due within 3 working days, in the status bar.
    void flagSupervision();
    void rememberRecent(const QString& path);
    void forgetRecent(const QString& path);
    void rebuildRecentMenu();

    void newOffice();
    void chooseAndOpen();
    void backup();
    void restore();
    void showBackups();
    // Restores backupPath over the open file after asking; the open file is backed up first.
    void restoreFrom(const QString& backupPath);
    void checkIntegrity();
    void manageUsers();
    void showAudit();
    void changePassword();
    void switchUser();
    void setShared(bool shared); // File ▸ On a network share
    void about();

    std::unique_ptr<OfficeFile> m_office;
    QStackedWidget* m_outer; // start page, or the workspace
    StartPage* m_startPage;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<Page*> m_pageList;
    QSet<Page*> m_pagesWithOffice; // given the open file (when first shown)
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QList<QAction*> m_officeActions;                      // enabled only while an office is open
    QAction* m_sharedAction = nullptr;                    // File ▸ On a network share
    QList<QAction*> m_writeActions;                       // and only when it is writable
    QList<std::pair<QAction*, Permission>> m_roleActions; // and only when the user may
    QLabel* m_statusOffice;
    QLabel* m_statusYear;
    QLabel* m_statusUser;
    QLabel* m_statusMode;
    OfficeBackups* m_backups;
};

} // namespace dd::ui
