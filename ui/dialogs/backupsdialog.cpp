#include "backupsdialog.h"

#include "officebackups.h"
#include "storage/autobackup.h"
#include "storage/officefile.h"
#include "widgets/dialogbuttons.h"
#include "widgets/listtable.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

BackupsDialog::BackupsDialog(OfficeFile& office, OfficeBackups& backups, QWidget* parent)
    : QDialog(parent), m_office(office), m_backups(backups), m_folder(new QLabel(this)),
      m_table(new QTableWidget(this)), m_restore(new QPushButton(tr("&Restore this backup…"), this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size")});
    setUpListTable(m_table);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(office.allows(Permission::RestoreBackup));
    auto* folderButton = new QPushButton(tr("Change the &folder…"), this);
    auto* now = new QPushButton(tr("Back up &now"), this);
    now->setObjectName(QStringLiteral("backUpNow"));
    now->setEnabled(!office.isReadOnly());
    connect(folderButton, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreChosen);

    auto* intro =
        new QLabel(tr("A backup is made when the file is closed and every %1 minutes "
                      "while it is being changed. Kept: every backup of the last 24 hours, "
                      "and the newest of each of the last 14 days, 8 weeks and 12 "
                      "months.")
                       .arg(OfficeBackups::kIntervalMinutes),
                   this);
    intro->setWordWrap(true);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(folderButton);
    auto* row = new QHBoxLayout;
    row->addWidget(now);
    row->addWidget(m_restore);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(folderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(closeButtons(this));
    resize(620, 460);
    reload();
}

void BackupsDialog::reload()
{
    const QString folder = OfficeBackups::folderFor(m_office.path());
    m_folder->setText(tr("Folder: %1").arg(folder));
    const QList<BackupEntry> entries = AutoBackup::list(m_office.path(), folder);
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int r = 0; r < entries.size(); ++r) {
        auto* taken = new QTableWidgetItem(
            entries.at(r).taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        taken->setData(Qt::UserRole, entries.at(r).path);
        m_table->setItem(r, 0, taken);
        m_table->setItem(r, 1, new QTableWidgetItem(locale.formattedDataSize(entries.at(r).size)));
    }
    if (!entries.isEmpty())
        m_table->setCurrentCell(0, 0);
}

void BackupsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the backups"), OfficeBackups::folderFor(m_office.path()));
    if (folder.isEmpty())
        return;
    OfficeBackups::setFolderFor(m_office.path(), folder);
    reload();
}

void BackupsDialog::backUpNow()
{
    if (!m_backups.backUpIfChanged(this, true))
        QMessageBox::warning(this, windowTitle(),
                             tr("The backup failed: %1").arg(m_backups.lastError()));
    reload();
}

void BackupsDialog::restoreChosen()
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    if (!item)
        return;
    m_restorePath = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace dd::ui
