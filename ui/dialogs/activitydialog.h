#pragma once

#include "activity/activity.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTextEdit;
class QTimeEdit;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class AttendancePanel;
class FieldForm;

// One activity: particulars, attendance, topics and minutes, action items, and the
// before/during/after checklist of its kind. Saves through core; a meeting held more than
// 30 days ago asks for the reason when its attendance changes. Cancel asks before
// discarding edits.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(OfficeFile& office, const Activity& activity, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    Activity activity() const; // what the form holds now
    QTabWidget* tabs() const { return m_tabs; }

    void accept() override;
    void reject() override;

private:
    QWidget* buildParticulars();
    QWidget* buildMinutes();
    QWidget* buildActions();
    QWidget* buildChecklist();
    void kindChanged();
    void addActionRow(const ActionItem& item);
    void showErrors(const QList<FieldError>& errors);
    void markDirty() { m_dirty = true; }
    void updateChecklistProgress();

    OfficeFile& m_office;
    Activity m_original;
    qint64 m_savedId = 0;
    bool m_dirty = false;
    QTabWidget* m_tabs;
    FieldForm* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QComboBox* m_place = nullptr;
    QLineEdit* m_organiser = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_community = nullptr;
    QLineEdit* m_host = nullptr;
    AttendancePanel* m_attendance = nullptr;
    QListWidget* m_topics = nullptr;
    QTextEdit* m_minutes = nullptr;
    QPlainTextEdit* m_decisions = nullptr;
    QLabel* m_minutesError = nullptr;
    QTableWidget* m_actions = nullptr;
    QLabel* m_actionsError = nullptr;
    QWidget* m_checklist = nullptr;
    QHash<qint64, QCheckBox*> m_steps;
    QLabel* m_progress = nullptr;
    QString m_template; // the minutes template last put in, to replace when the kind changes
};

} // namespace dd::ui
