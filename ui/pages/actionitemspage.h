#pragma once

#include "activity/activityrepository.h"
#include "page.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dd::ui {

class ActionItemTableModel;

// 落实事项: the action items of every meeting in one list, open ones first by deadline, the
// overdue highlighted; an item's status, deadline and completion note can be updated here,
// and its meeting opened.
class ActionItemsPage final : public Page
{
    Q_OBJECT
public:
    explicit ActionItemsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTableView* table() const { return m_table; }
    ActionItemTableModel* model() const { return m_model; }
    void edit();
    void openMeeting();

private:
    void updateActions();
    const ActionItemRow* current() const;

    OfficeFile* m_office = nullptr;
    QCheckBox* m_openOnly;
    ActionItemTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_edit;
    QPushButton* m_meeting;
};

} // namespace dd::ui
