#pragma once

#include "activity/activityplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class FieldForm;

// The configurable kinds of activity: name, minutes headings, the before/during/after
// checklist (one item per line), retired (kept for old records, not offered for new ones).
class KindsDialog final : public QDialog
{
    Q_OBJECT
public:
    KindsDialog(OfficeFile& office, QWidget* parent = nullptr);
    bool saveCurrent();

private:
    void reload(qint64 select);
    void show(const ActivityKind& kind);

    OfficeFile& m_office;
    QList<ActivityKind> m_kinds;
    ActivityKind m_current;
    QListWidget* m_list;
    FieldForm* m_form;
    QLineEdit* m_name;
    QCheckBox* m_retired;
    QPlainTextEdit* m_headings;
    QPlainTextEdit* m_steps[3];
};

// Recurring plans (小区协商会 quarterly, 代表接待日 monthly on the 10th, ...): their
// occurrences appear as planned entries in the activities list and the calendar.
class PlansDialog final : public QDialog
{
    Q_OBJECT
public:
    PlansDialog(OfficeFile& office, QWidget* parent = nullptr);
    bool saveCurrent();

private:
    void reload(qint64 select);
    void show(const ActivityPlan& plan);

    OfficeFile& m_office;
    QList<ActivityPlan> m_plans;
    qint64 m_currentId = 0;
    QTableWidget* m_table;
    FieldForm* m_form;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QComboBox* m_rule;
    QSpinBox* m_month;
    QSpinBox* m_day;
    QTimeEdit* m_time;
    QComboBox* m_group;
    QComboBox* m_venue;
    QDateEdit* m_first;
    QDateEdit* m_last;
};

} // namespace dd::ui
