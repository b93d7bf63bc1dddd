#include "rosterimportdialog.h"

#include "errors.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "widgets/busycursor.h"
#include "widgets/listtable.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

RosterImportDialog::RosterImportDialog(OfficeFile& office, const QString& path, QWidget* parent)
    : QDialog(parent), m_office(office), m_path(path), m_summary(new QLabel(this)),
      m_problems(new QTableWidget(0, 3, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster: %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft); // at the top when no problem is listed
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    try {
        BusyCursor busy;
        m_report = importRoster(m_office, m_path, {}, true); // the check: nothing is written
    } catch (const Error& e) {
        m_report.problems << RosterProblem{0, {}, e.message()};
    }
    showReport();
    // Room for the problems when there are some; else a summary in a dialog its size.
    if (m_report.problems.isEmpty())
        resize(560, sizeHint().height());
    else
        resize(760, 480);
}

void RosterImportDialog::showReport()
{
    m_summary->setText(m_report.ok() && !m_report.written
                           ? m_report.toText() + QStringLiteral("\n\n") +
                                 tr("Import these deputies now?")
                           : m_report.toText(false)); // the table lists the problems
    m_problems->setVisible(!m_report.problems.isEmpty());
    m_problems->setRowCount(int(m_report.problems.size()));
    for (int i = 0; i < m_report.problems.size(); ++i) {
        const RosterProblem& p = m_report.problems[i];
        m_problems->setItem(i, 0,
                            new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    fitColumnsToContents(m_problems);
    const bool canImport =
        m_report.ok() && !m_report.written && m_office.allows(Permission::EnterRecords);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(canImport ? tr("Cancel") : tr("Close"));
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setVisible(canImport);
}

void RosterImportDialog::runImport()
{
    try {
        BusyCursor busy;
        m_report = importRoster(m_office, m_path);
    } catch (const Error& e) {
        showError(this, tr("The import failed; nothing was written"), e);
        return;
    }
    showReport();
    if (m_report.written)
        accept();
}

} // namespace dd::ui
