#include "actionitemspage.h"

#include "activitiespage.h"
#include "errors.h"
#include "fieldform.h"
#include "models/actionitemtablemodel.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

ActionItemsPage::ActionItemsPage(QWidget* parent)
    : Page(parent), m_openOnly(new QCheckBox(tr("Only &open items"), this)),
      m_model(new ActionItemTableModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_edit(new QPushButton(tr("&Update…"), this)),
      m_meeting(new QPushButton(tr("Open the &meeting…"), this))
{
    setObjectName(QStringLiteral("actionItemsPage"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_table->setObjectName(QStringLiteral("actionItemsTable"));
    m_count->setObjectName(QStringLiteral("count"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_openOnly->setChecked(true);
    m_model->setErrorHandler(
        [this](const Error& e) { showError(this, tr("Reading the action items"), e); });
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openOnly);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addWidget(m_edit);
    actions->addWidget(m_meeting);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Action items</h2>"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_openOnly, &QCheckBox::toggled, this, &ActionItemsPage::reload);
    connect(m_edit, &QPushButton::clicked, this, &ActionItemsPage::edit);
    connect(m_meeting, &QPushButton::clicked, this, &ActionItemsPage::openMeeting);
    connect(m_table, &QTableView::activated, this, &ActionItemsPage::edit);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionItemsPage::updateActions);
    setEnabled(false);
}

QString ActionItemsPage::title() const
{
    return tr("Action items");
}

void ActionItemsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    forgetColumnWidths(m_table); // another file
    setEnabled(office != nullptr);
    reload();
}

void ActionItemsPage::reload()
{
    const ActionItemRow* was = current();
    const qint64 keep = was ? was->item.id : 0;
    try {
        if (m_office)
            m_model->showQuery(m_office->db(), m_openOnly->isChecked(), QDate::currentDate());
        else
            m_model->setRows({});
    } catch (const Error& e) {
        m_model->setRows({});
        showError(this, tr("Reading the action items"), e);
    }
    for (int row = 0; keep && row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->item.id == keep)
            m_table->selectRow(row);
    fitColumnsOnce(m_table);
    m_count->setText(tr("%n item(s)", nullptr, m_model->total()) + QStringLiteral(" · ") +
                     tr("%n overdue", nullptr, m_model->overdue()));
    updateActions();
}

const ActionItemRow* ActionItemsPage::current() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
}

void ActionItemsPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    m_edit->setEnabled(writable && current());
    m_meeting->setEnabled(current() != nullptr);
}

void ActionItemsPage::edit()
{
    const ActionItemRow* r = current();
    if (!m_office || !m_office->allows(Permission::EnterRecords) || !r)
        return;
    ActionItem item = r->item;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("actionItemDialog"));
    dialog.setWindowTitle(tr("Action item"));
    auto* status = new QComboBox(&dialog);
    status->setObjectName(QStringLiteral("status"));
    for (ActionStatus s :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        status->addItem(actionStatusName(s), actionStatusKey(s));
    status->setCurrentIndex(status->findData(actionStatusKey(item.status)));
    auto* deadline = new QDateEdit(&dialog);
    deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    deadline->setCalendarPopup(true);
    deadline->setMinimumDate(QDate(2000, 1, 1));
    deadline->setSpecialValueText(tr("none"));
    deadline->setDate(item.deadline.isValid() ? item.deadline : deadline->minimumDate());
    auto* note = new QPlainTextEdit(item.completionNote, &dialog);
    note->setObjectName(QStringLiteral("completionNote"));
    QLabel* error = makeErrorLabel(&dialog, QStringLiteral("actionItemError"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(item.what.toHtmlEscaped()), &dialog));
    form->addRow(tr("&Status:"), status);
    form->addRow(tr("&Deadline:"), deadline);
    form->addRow(tr("&Completion note:"), note);
    form->addRow(error);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        item.status = actionStatusFromKey(status->currentData().toString());
        item.deadline = deadline->date() == deadline->minimumDate() ? QDate() : deadline->date();
        item.completionNote = note->toPlainText();
        try {
            ActivityRepository::saveActionItem(*m_office, item);
            dialog.accept();
        } catch (const ValidationError& e) {
            error->setText(e.fieldErrors().isEmpty() ? e.message()
                                                     : e.fieldErrors().first().message);
            error->show();
        } catch (const Error& e) {
            showError(&dialog, tr("Saving the action item"), e);
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ActionItemsPage::openMeeting()
{
    const ActionItemRow* r = current();
    if (!m_office || !r)
        return;
    ActivityListRow row;
    row.id = r->item.activityId;
    if (openActivityRow(this, *m_office, row))
        reload();
}

} // namespace dd::ui
