#pragma once

#include "opinion/suggestion.h"
#include "page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace dd::ui {

class SuggestionTableModel;

// 代表建议/议案: the formal suggestions and motions submitted, their handling unit, the reply
// and the deputy's satisfaction with it, and the opinions they came from.
class SuggestionsPage final : public Page
{
    Q_OBJECT
public:
    explicit SuggestionsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTableView* table() const { return m_table; }
    void edit(bool isNew);
    void remove();

private:
    const SuggestionListRow* current() const;
    void updateActions();

    OfficeFile* m_office = nullptr;
    QComboBox* m_year;
    SuggestionTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
};

} // namespace dd::ui
