#include "opiniontransitiondialog.h"

#include "activity/activityrepository.h"
#include "errors.h"
#include "fieldform.h"
#include "opinion/suggestion.h"
#include "org/workcalendar.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"
#include "widgets/dialogbuttons.h"
#include "widgets/suggestionnumbering.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QDateEdit* dateEdit(QWidget* parent, const QDate& date, const char* name)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

QPlainTextEdit* textEdit(QWidget* parent, const char* name)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

} // namespace

OpinionTransitionDialog::OpinionTransitionDialog(OfficeFile& office, const Opinion& opinion,
                                                 OpinionState to, QWidget* parent)
    : QDialog(parent), m_office(office), m_opinion(opinion), m_to(to),
      m_calendar(std::make_unique<WorkCalendar>(WorkCalendar::load(office.db()))),
      m_form(new FieldForm(this)), m_on(dateEdit(this, QDate::currentDate(), "on")),
      m_note(textEdit(this, "note"))
{
    setObjectName(QStringLiteral("opinionTransitionDialog"));
    const bool reopen = opinion.state == OpinionState::Archived;
    // An archived opinion is offered only the state it was archived from.
    const std::optional<StepKind> step =
        stepKind(opinion, to, reopen ? std::optional(to) : std::nullopt);
    const bool redo = step == StepKind::Redo;
    setWindowTitle(reopen ? tr("Reopen: %1").arg(opinion.title)
                          : tr("%1: %2").arg(opinionStateName(to), opinion.title));
    m_on->setMaximumDate(QDate::currentDate());
    m_on->setMinimumDate(opinion.registeredOn);
    const QSqlDatabase db = office.db();
    m_form->addRow(QStringLiteral("on"), tr("&Date"), m_on);
    if (!reopen) {
        switch (to) {
        case OpinionState::Dispatched: {
            m_unit = new QComboBox(this);
            m_unit->setObjectName(QStringLiteral("unit"));
            const QString kind = proposedUnitKind(opinion.responsibility);
            // The units of the kind the responsibility class is routed to come first.
            const QList<Choice> routed = choicesOf(
                db,
                QStringLiteral("SELECT id, name FROM handling_units WHERE kind = '%1'").arg(kind));
            const QList<Choice> others = choicesOf(
                db,
                QStringLiteral("SELECT id, name FROM handling_units WHERE kind <> '%1'").arg(kind));
            addChoices(m_unit, routed + others, tr("(choose)"),
                       routed.isEmpty() ? std::nullopt : std::optional(routed.first().id));
            m_form->addRow(QStringLiteral("handlingUnit"), tr("Handling &unit"), m_unit);
            addDeadlineRow(tr("Dead&line"));
            break;
        }
        case OpinionState::InProgress:
            if (redo) // 退回重办: back to the unit with a new deadline
                addDeadlineRow(tr("New dead&line"));
            break;
        case OpinionState::Completed:
            m_result = textEdit(this, "result");
            m_reply = textEdit(this, "reply");
            m_form->addRow(QStringLiteral("result"), tr("&Result"), m_result);
            m_form->addRow(QStringLiteral("reply"), tr("Re&ply to the resident"), m_reply);
            break;
        case OpinionState::Evaluated:
            m_evaluation = new QComboBox(this);
            m_evaluation->setObjectName(QStringLiteral("evaluation"));
            m_evaluation->addItem(tr("(choose)"), QString());
            for (const Evaluation e :
                 {Evaluation::Satisfied, Evaluation::BasicallySatisfied, Evaluation::Dissatisfied})
                m_evaluation->addItem(evaluationName(e), evaluationKey(e));
            m_form->addRow(QStringLiteral("evaluation"), tr("&Evaluation"), m_evaluation);
            break;
        case OpinionState::Topic: {
            m_meeting = new QComboBox(this);
            m_meeting->setObjectName(QStringLiteral("meeting"));
            m_meeting->addItem(tr("(choose)"), QVariant());
            ActivityFilter since; // the meetings held or recorded from the registration day on
            since.from = opinion.registeredOn;
            for (const ActivityListRow& a : ActivityRepository::list(db, since))
                m_meeting->addItem(QStringLiteral("%1  %2").arg(displayDate(a.date), a.title),
                                   a.id);
            m_form->addRow(QStringLiteral("activity"), tr("&Meeting"), m_meeting);
            break;
        }
        case OpinionState::Escalated:
            m_suggestionTitle = new QLineEdit(tr("On %1").arg(opinion.title), this);
            m_suggestionTitle->setObjectName(QStringLiteral("suggestionTitle"));
            m_congress = new QLineEdit(this);
            m_congress->setObjectName(QStringLiteral("congress"));
            m_number = new QLineEdit(this);
            m_number->setObjectName(QStringLiteral("number"));
            proposeSuggestionNumber(db, m_congress, m_number);
            m_form->addRow(QStringLiteral("title"), tr("Suggestion &title"), m_suggestionTitle);
            m_form->addRow(QStringLiteral("congress"), tr("&Congress session"), m_congress);
            m_form->addRow(QStringLiteral("number"), tr("N&umber"), m_number);
            break;
        default:
            break;
        }
    }
    const bool needsReason = step && stepNeedsReason(*step, to);
    m_form->addRow(QStringLiteral("note"), needsReason ? tr("&Reason") : tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form->layout());
    layout->addWidget(okCancelButtons(this));
    resize(520, sizeHint().height());
}

OpinionTransitionDialog::~OpinionTransitionDialog() = default;

void OpinionTransitionDialog::addDeadlineRow(const QString& label)
{
    m_workingDays = new QSpinBox(this);
    m_workingDays->setObjectName(QStringLiteral("workingDays"));
    m_workingDays->setRange(1, 120);
    m_workingDays->setValue(m_opinion.responsibility == Responsibility::Government ? 20
                            : m_opinion.priority != Priority::Normal               ? 3
                                                                                   : 10);
    m_workingDays->setSuffix(tr(" working days"));
    m_deadline = dateEdit(this, QDate::currentDate(), "deadline");
    auto* deadline = new QWidget(this);
    auto* row = new QHBoxLayout(deadline);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_workingDays);
    row->addWidget(new QLabel(tr("→"), deadline));
    row->addWidget(m_deadline, 1);
    m_form->addRow(QStringLiteral("deadline"), label, deadline);
    connect(m_workingDays, &QSpinBox::valueChanged, this, &OpinionTransitionDialog::updateDeadline);
    connect(m_on, &QDateEdit::dateChanged, this, &OpinionTransitionDialog::updateDeadline);
    updateDeadline();
}

void OpinionTransitionDialog::updateDeadline()
{
    m_deadline->setDate(m_calendar->addWorkingDays(m_on->date(), m_workingDays->value()));
}

void OpinionTransitionDialog::accept()
{
    OpinionTransition t;
    t.to = m_to;
    t.on = m_on->date();
    t.note = m_note->toPlainText();
    if (m_unit)
        t.handlingUnitId = chosenId(m_unit);
    if (m_deadline)
        t.deadline = m_deadline->date();
    if (m_result) {
        t.result = m_result->toPlainText();
        t.reply = m_reply->toPlainText();
    }
    if (m_evaluation)
        t.evaluation = evaluationFromKey(m_evaluation->currentData().toString());
    if (m_meeting)
        t.activityId = chosenId(m_meeting);
    try {
        if (m_suggestionTitle) {
            Suggestion s;
            s.title = m_suggestionTitle->text();
            s.congress = m_congress->text();
            s.number = m_number->text();
            s.submittedOn = t.on;
            if (m_opinion.deputyId)
                s.deputyIds << *m_opinion.deputyId;
            SuggestionRepository::escalate(m_office, m_opinion.id, s, t.note, t.on);
        } else {
            OpinionRepository::transition(m_office, m_opinion.id, t);
        }
        QDialog::accept();
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
        QStringList elsewhere; // e.g. the suggestion's deputies: none received the opinion
        for (const FieldError& f : e.fieldErrors())
            if (!m_form->errorLabel(f.field))
                elsewhere << f.message;
        if (!elsewhere.isEmpty())
            QMessageBox::warning(this, windowTitle(), elsewhere.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        showError(this, tr("Changing the state"), e);
    }
}

SupervisionDialog::SupervisionDialog(OfficeFile& office, qint64 opinionId, QWidget* parent)
    : QDialog(parent), m_office(office), m_opinionId(opinionId), m_form(new FieldForm(this)),
      m_on(dateEdit(this, QDate::currentDate(), "on")), m_by(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_note(textEdit(this, "note"))
{
    setObjectName(QStringLiteral("supervisionDialog"));
    setWindowTitle(tr("Supervision record"));
    m_by->setObjectName(QStringLiteral("byWhom"));
    m_by->setText(office.currentUser().displayName);
    m_on->setMaximumDate(QDate::currentDate());
    for (const SupervisionMethod m :
         {SupervisionMethod::Phone, SupervisionMethod::Visit, SupervisionMethod::Letter,
          SupervisionMethod::Meeting, SupervisionMethod::Site})
        m_method->addItem(supervisionMethodName(m), supervisionMethodKey(m));
    m_form->addRow(QStringLiteral("on"), tr("&Date"), m_on);
    m_form->addRow(QStringLiteral("byWhom"), tr("Supervised &by"), m_by);
    m_form->addRow(QStringLiteral("method"), tr("&How"), m_method);
    m_form->addRow(QStringLiteral("note"), tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form->layout());
    layout->addWidget(okCancelButtons(this));
}

void SupervisionDialog::accept()
{
    try {
        OpinionRepository::addSupervision(
            m_office, Supervision{0, m_opinionId, m_on->date(), m_by->text(),
                                  supervisionMethodFromKey(m_method->currentData().toString()),
                                  m_note->toPlainText()});
        QDialog::accept();
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Saving the supervision record"), e);
    }
}

} // namespace dd::ui
