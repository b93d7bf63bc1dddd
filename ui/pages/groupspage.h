#pragma once

#include "page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd::ui {

// 代表小组: the groups (代表小组, 代表团, 专业小组, 行动组, 议事小组) with kind, leader,
// members, brand and the communities they serve; add, edit (with members) and delete.
class GroupsPage final : public Page
{
    Q_OBJECT
public:
    explicit GroupsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    void add();
    void edit();
    void remove();
    void updateActions();
    qint64 currentId() const;
    void select(qint64 id);

    OfficeFile* m_office = nullptr;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_count;
};

} // namespace dd::ui
