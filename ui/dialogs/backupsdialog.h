#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class OfficeBackups;

// The open file's automatic backups, newest first, with their folder (which can be changed),
// "back up now", and the choice of one to restore (chairs and administrators): the dialog
// then closes accepted and restorePath() names it; the window does the restore.
class BackupsDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(OfficeFile& office, OfficeBackups& backups, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    const QString& restorePath() const { return m_restorePath; }

private:
    void reload();
    void chooseFolder();
    void backUpNow();
    void restoreChosen();

    OfficeFile& m_office;
    OfficeBackups& m_backups;
    QLabel* m_folder;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QString m_restorePath;
};

} // namespace dd::ui
