#pragma once

#include "opinion/opinionrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dd {
class OfficeFile;
class WorkCalendar;
} // namespace dd

namespace dd::ui {

class FieldForm;

// One step of an opinion's lifecycle: the day and, by step, the reason, the handling unit
// (those of the kind its responsibility class is routed to first) and the deadline in working
// days (a new one when 退回重办 sends it back), the result and reply, the evaluation, the meeting,
// or the formal suggestion it is escalated to. Core checks the step; refusals show under the field
// they concern.
class OpinionTransitionDialog final : public QDialog
{
    Q_OBJECT
public:
    OpinionTransitionDialog(OfficeFile& office, const Opinion& opinion, OpinionState to,
                            QWidget* parent = nullptr);
    ~OpinionTransitionDialog() override;

    void accept() override;

private:
    void addDeadlineRow(const QString& label); // working days → the day, for m_on's date
    void updateDeadline();

    OfficeFile& m_office;
    Opinion m_opinion;
    OpinionState m_to;
    std::unique_ptr<WorkCalendar> m_calendar;
    FieldForm* m_form;
    QDateEdit* m_on;
    QPlainTextEdit* m_note;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_workingDays = nullptr;
    QDateEdit* m_deadline = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    QComboBox* m_evaluation = nullptr;
    QComboBox* m_meeting = nullptr;
    QLineEdit* m_suggestionTitle = nullptr;
    QLineEdit* m_congress = nullptr;
    QLineEdit* m_number = nullptr;
};

// A supervision record (督办记录) for an opinion.
class SupervisionDialog final : public QDialog
{
    Q_OBJECT
public:
    SupervisionDialog(OfficeFile& office, qint64 opinionId, QWidget* parent = nullptr);
    void accept() override;

private:
    OfficeFile& m_office;
    qint64 m_opinionId;
    FieldForm* m_form;
    QDateEdit* m_on;
    QLineEdit* m_by;
    QComboBox* m_method;
    QPlainTextEdit* m_note;
};

} // namespace dd::ui
