#pragma once

#include "activity/activityrepository.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dd::ui {

// 活动与会议: the year's activities with attendance counts, checklist progress and open
// action items, and the plans' occurrences not yet recorded (planned, or not held). New,
// open or record, delete (asked first), minutes as PDF / Word / printed, the activity log
// import, and the kinds and recurring plans.
class ActivitiesPage final : public Page
{
    Q_OBJECT
public:
    explicit ActivitiesPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<ActivityListRow>& rows() const { return m_rows; }

    void add();
    void open();
    void remove();
    void exportMinutes(const QString& path = {}); // .pdf or .docx by the name
    void printMinutes();
    void importLog();
    void select(qint64 id);

private:
    void updateActions();
    const ActivityListRow* current() const;

    OfficeFile* m_office = nullptr;
    QList<ActivityListRow> m_rows;
    QSpinBox* m_year;
    QComboBox* m_kind;
    QCheckBox* m_planned;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_pdf;
    QPushButton* m_docx;
    QPushButton* m_print;
    QPushButton* m_import;
    QPushButton* m_plans;
    QPushButton* m_kinds;
};

// Opens a recorded activity, or a new record for a planned occurrence; true when saved.
bool openActivityRow(QWidget* parent, OfficeFile& office, const ActivityListRow& row,
                     qint64* savedId = nullptr);

} // namespace dd::ui
