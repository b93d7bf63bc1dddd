#pragma once

#include "page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dd::ui {

class DeputyTableModel;

// 代表: the roster. Search by name, pinyin or initials; filter by type, level and status;
// add, edit, record leaving (离任) or delete. Lists show phones masked.
class DeputiesPage final : public Page
{
    Q_OBJECT
public:
    explicit DeputiesPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;

    void reload();
    // Re-reads the groups and communities offered as filters, then the list.
    void refresh() override;
    qint64 currentDeputyId() const;
    // Checks, shows the report and, when agreed, imports the roster at path.
    void importRoster(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addDeputy();
    void editDeputy();
    void retireDeputy();
    void deleteDeputy();
    void chooseImport();
    void exportRoster();
    void saveTemplate();
    void updateActions();
    void selectDeputy(qint64 id);

    OfficeFile* m_office = nullptr;
    DeputyTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_level;
    QComboBox* m_status;
    QComboBox* m_group;
    QComboBox* m_community;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_retire;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_template;
};

} // namespace dd::ui
