#include "recordtable.h"

#include "errors.h"
#include "listtable.h"
#include "recordactions.h"
#include "storage/officefile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

RecordTable::RecordTable(std::function<RecordSpec()> spec, QWidget* parent)
    : QWidget(parent), m_spec(std::move(spec)), m_table(new QTableWidget(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_count(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    setUpListTable(m_table);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_add, &QPushButton::clicked, this, &RecordTable::add);
    connect(m_edit, &QPushButton::clicked, this, &RecordTable::edit);
    connect(m_delete, &QPushButton::clicked, this, &RecordTable::remove);
    connect(m_table, &QTableWidget::itemActivated, this, &RecordTable::edit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTable::updateActions);
}

void RecordTable::setOffice(OfficeFile* office)
{
    m_office = office;
    reload();
}

void RecordTable::reload()
{
    const qint64 keep = currentId();
    m_table->setRowCount(0);
    const RecordSpec spec = m_spec();
    QList<const FieldSpec*> columns;
    QStringList headers;
    for (const FieldSpec& f : spec.fields)
        if (f.inList) {
            columns << &f;
            headers << f.label;
        }
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(headers);
    if (m_office) {
        try {
            const RecordLabels labels(m_office->db(), spec);
            const QList<QVariantMap> records = RecordStore::list(m_office->db(), spec);
            m_table->setRowCount(int(records.size()));
            for (int row = 0; row < records.size(); ++row) {
                const QVariantMap& r = records.at(row);
                for (int col = 0; col < columns.size(); ++col) {
                    auto* item = new QTableWidgetItem(labels.text(*columns.at(col), r));
                    item->setData(Qt::UserRole, r.value(QStringLiteral("id")));
                    m_table->setItem(row, col, item);
                    if (r.value(QStringLiteral("id")).toLongLong() == keep && col == 0)
                        m_table->selectRow(row);
                }
            }
        } catch (const Error& e) {
            showError(this, tr("Reading the list"), e);
        }
    }
    fitColumnsToContents(m_table);
    m_count->setText(tr("%n record(s)", nullptr, m_table->rowCount()));
    updateActions();
}

qint64 RecordTable::currentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void RecordTable::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && currentId() > 0);
    m_delete->setEnabled(writable && currentId() > 0);
}

void RecordTable::add()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    if (const qint64 id = editRecord(this, *m_office, m_spec(), {}); id > 0) {
        reload();
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                m_table->selectRow(row);
    }
}

void RecordTable::edit()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords) || currentId() <= 0)
        return;
    if (editRecord(this, *m_office, m_spec(), {{QStringLiteral("id"), currentId()}}) > 0)
        reload();
}

void RecordTable::remove()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords) || currentId() <= 0)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    if (deleteRecord(this, *m_office, m_spec(), currentId(), name))
        reload();
}

} // namespace dd::ui
