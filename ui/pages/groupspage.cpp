#include "groupspage.h"

#include "dialogs/groupdialog.h"
#include "errors.h"
#include "org/deputygroup.h"
#include "org/orgspecs.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"
#include "widgets/recordactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

GroupsPage::GroupsPage(QWidget* parent)
    : Page(parent), m_table(new QTableWidget(this)),
      m_add(new QPushButton(tr("&New group…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("groupsPage"));
    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    setUpListTable(m_table);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Name", "of a place or body"), tr("Kind"), tr("Leader"),
                                        tr("Members"), tr("Brand"), tr("Home venue"),
                                        tr("Communities")});
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Deputy groups</h2>"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_add, &QPushButton::clicked, this, &GroupsPage::add);
    connect(m_edit, &QPushButton::clicked, this, &GroupsPage::edit);
    connect(m_delete, &QPushButton::clicked, this, &GroupsPage::remove);
    connect(m_table, &QTableWidget::itemActivated, this, &GroupsPage::edit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GroupsPage::updateActions);
    setEnabled(false);
}

QString GroupsPage::title() const
{
    return tr("Groups");
}

void GroupsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    reload();
}

void GroupsPage::reload()
{
    const qint64 keep = currentId();
    m_table->setRowCount(0);
    if (m_office) {
        try {
            const RecordSpec spec = groupSpec();
            const RecordLabels labels(m_office->db(), spec);
            QHash<qint64, GroupSummary> summaries;
            for (const GroupSummary& s : GroupRepository::list(m_office->db()))
                summaries.insert(s.id, s);
            const QList<QVariantMap> groups = RecordStore::list(m_office->db(), spec);
            m_table->setRowCount(int(groups.size()));
            for (int row = 0; row < groups.size(); ++row) {
                const QVariantMap& g = groups.at(row);
                const qint64 id = g.value(QStringLiteral("id")).toLongLong();
                const GroupSummary s = summaries.value(id);
                const QStringList cells = {
                    s.name,
                    labels.text(*spec.field(QStringLiteral("kind")), g),
                    s.leader,
                    QString::number(s.memberCount),
                    g.value(QStringLiteral("brand")).toString(),
                    labels.text(*spec.field(QStringLiteral("home_venue_id")), g),
                    labels.text(*spec.field(QStringLiteral("group_communities")), g)};
                for (int col = 0; col < cells.size(); ++col) {
                    auto* item = new QTableWidgetItem(cells.at(col));
                    item->setData(Qt::UserRole, id);
                    m_table->setItem(row, col, item);
                }
            }
        } catch (const Error& e) {
            showError(this, tr("Reading the groups"), e);
        }
    }
    fitColumnsToContents(m_table);
    m_count->setText(tr("%n group(s)", nullptr, m_table->rowCount()));
    select(keep);
    updateActions();
}

qint64 GroupsPage::currentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void GroupsPage::select(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
}

void GroupsPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && currentId() > 0);
    m_delete->setEnabled(writable && currentId() > 0);
}

void GroupsPage::add()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    GroupDialog dialog(*m_office, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(dialog.savedId());
    }
}

void GroupsPage::edit()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords) || currentId() <= 0)
        return;
    try {
        GroupDialog dialog(*m_office, currentId(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } catch (const Error& e) {
        showError(this, tr("Opening the group"), e);
    }
}

void GroupsPage::remove()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords) || currentId() <= 0)
        return;
    if (deleteRecord(this, *m_office, groupSpec(), currentId(),
                     m_table->item(m_table->currentRow(), 0)->text()))
        reload();
}

} // namespace dd::ui
