#pragma once

#include "page.h"

class QTabWidget;

namespace dd::ui {

class RecordTable;

// 工委与单位: the work committee's members, the observers (民情观察员) and the handling units
// (承办单位) with their contacts, one tab each.
class ContactsPage final : public Page
{
    Q_OBJECT
public:
    explicit ContactsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    QList<RecordTable*> m_tables;
};

} // namespace dd::ui
