#pragma once

#include "org/recordstore.h"

#include <functional>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// A list of one kind of organisation record with Add / Edit / Delete: committee members,
// observers, handling units. Columns are the spec's listed fields.
class RecordTable final : public QWidget
{
    Q_OBJECT
public:
    // spec is a function so that labels follow a language change.
    RecordTable(std::function<RecordSpec()> spec, QWidget* parent = nullptr);

    void setOffice(OfficeFile* office);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    void add();
    void edit();
    void remove();
    void updateActions();
    qint64 currentId() const;

    std::function<RecordSpec()> m_spec;
    OfficeFile* m_office = nullptr;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QLabel* m_count;
};

} // namespace dd::ui
