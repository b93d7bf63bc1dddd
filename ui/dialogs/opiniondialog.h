#pragma once

#include "opinion/opinionrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class FieldForm;

// One resident's opinion. New: the registration form, filled from the keyboard top to bottom,
// with possible duplicates listed as the title is typed (the new raising can be linked to one
// of them instead). Existing: the same form, the handling with a button for each step the
// state machine allows, the timeline of its history, supervision records and repeated
// raisings. An archived opinion is shown read-only until reopened.
class OpinionDialog final : public QDialog
{
    Q_OBJECT
public:
    OpinionDialog(OfficeFile& office, qint64 id = 0, QWidget* parent = nullptr);

    qint64 savedId() const { return m_id; }
    Opinion opinion() const; // what the form holds now
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* duplicates() const { return m_duplicates; }
    // Opens the step dialog for the state (as the handling tab's buttons do).
    void startStep(OpinionState to);
    void addSupervision();
    void linkToDuplicate();
    void accept() override;

private:
    QWidget* buildForm();
    QWidget* buildHandling();
    QWidget* buildTimeline();
    QWidget* buildSupervision();
    void load(qint64 id);
    void fillGrids();
    void refreshDuplicates();
    void refreshHandling();

    OfficeFile& m_office;
    qint64 m_id = 0;
    Opinion m_stored;
    QString m_handlingUnit; // the stored opinion's unit, by name
    QTabWidget* m_tabs;
    FieldForm* m_form = nullptr;
    QDateEdit* m_registeredOn = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_anonymous = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_community = nullptr;
    QComboBox* m_grid = nullptr;
    QComboBox* m_deputy = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_responsibility = nullptr;
    QComboBox* m_priority = nullptr;
    QListWidget* m_duplicates = nullptr;
    QPushButton* m_link = nullptr;
    QTimer* m_duplicateTimer = nullptr;
    QList<OpinionListRow> m_duplicateRows;
    QLabel* m_summary = nullptr;
    QWidget* m_steps = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTableWidget* m_supervisions = nullptr;
    QTableWidget* m_raisings = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace dd::ui
