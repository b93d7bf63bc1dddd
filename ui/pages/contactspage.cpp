#include "contactspage.h"

#include "org/orgspecs.h"
#include "widgets/recordtable.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd::ui {

ContactsPage::ContactsPage(QWidget* parent) : Page(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("contactsPage"));
    m_tabs->setObjectName(QStringLiteral("contactsTabs"));
    const QList<QPair<QString, RecordSpec (*)()>> tabs = {
        {tr("Committee members"), &committeeMemberSpec},
        {tr("Observers"), &observerSpec},
        {tr("Handling units"), &handlingUnitSpec}};
    for (const auto& [label, spec] : tabs) {
        auto* table = new RecordTable(spec, m_tabs);
        table->setObjectName(spec().table + QStringLiteral("Table"));
        m_tables << table;
        m_tabs->addTab(table, label);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Committee, observers and handling units</h2>"), this));
    layout->addWidget(m_tabs, 1);
    setEnabled(false);
}

QString ContactsPage::title() const
{
    return tr("Committee and units");
}

void ContactsPage::setOffice(OfficeFile* office)
{
    setEnabled(office != nullptr);
    for (RecordTable* table : std::as_const(m_tables))
        table->setOffice(office);
}

} // namespace dd::ui
