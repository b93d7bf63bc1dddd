#pragma once

#include "activity/activityrepository.h"
#include "page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace dd::ui {

class ActivityTableModel;

// 活动与会议: the year's activities with attendance counts, checklist progress and open
// action items, and the plans' occurrences not yet recorded (planned, or not held). New,
// open or record, delete (asked first), minutes as PDF / Word / printed, the activity log
// import, and the kinds and recurring plans. Rows are read light and their figures as they come
// into view; the columns of names and dates sort.
class ActivitiesPage final : public Page
{
    Q_OBJECT
public:
    explicit ActivitiesPage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    void refresh() override { reload(); }
    void reload();
    QTableView* table() const { return m_table; }
    const QList<ActivityListRow>& rows() const;
    // Where a year's list opens (rows in date order): the first entry from today on; in this
    // year after its last entry, that entry; -1 for a past year (its start).
    static int rowOfToday(const QList<ActivityListRow>& rows, int year, const QDate& today);

    void add();
    void open();
    void remove();
    void exportMinutes(const QString& path = {}); // .pdf or .docx by the name
    void printMinutes();
    void importLog();
    // The activity log at path checked, the result shown, and imported when the clerk says so.
    void importLog(const QString& path);
    void select(qint64 id);

private:
    void updateActions();
    // A copy: sorting moves the model's rows.
    std::optional<ActivityListRow> current() const;

    OfficeFile* m_office = nullptr;
    QSpinBox* m_year;
    QComboBox* m_kind;
    QCheckBox* m_planned;
    ActivityTableModel* m_model;
    QTableView* m_table;
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
    int m_sortColumn = 0; // ActivityTableModel::Date
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// Opens a recorded activity, or a new record for a planned occurrence; true when saved.
bool openActivityRow(QWidget* parent, OfficeFile& office, const ActivityListRow& row,
                     qint64* savedId = nullptr);

} // namespace dd::ui
