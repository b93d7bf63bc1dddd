#include "activitydialog.h"

#include "activity/activityrepository.h"
#include "errors.h"
#include "fieldform.h"
#include "org/deputygroup.h"
#include "org/deputyrepository.h"
#include "org/recordstore.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "widgets/attendancepanel.h"
#include "widgets/commonchoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimeEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
enum ActionColumn
{
    kWhat,
    kResponsible,
    kDeadline,
    kStatus,
    kNote
};

} // namespace

ActivityDialog::ActivityDialog(OfficeFile& office, const Activity& activity, QWidget* parent)
    : QDialog(parent), m_office(office), m_original(activity), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id ? tr("Activity: %1").arg(activity.title) : tr("New activity"));
    m_tabs->addTab(buildParticulars(), tr("&Particulars"));
    m_attendance = new AttendancePanel(this);
    const QSqlDatabase db = office.db();
    QList<Choice> groups;
    for (const GroupSummary& g : GroupRepository::list(db))
        groups << Choice{g.id, g.name};
    QList<qint64> attending;
    for (const Attendee& a : activity.attendees)
        attending << a.deputyId;
    m_attendance->setChoices(choicesOf(db, DeputyRepository::servingChoicesSql(attending)), groups,
                             [db](qint64 group) { return GroupRepository::members(db, group); });
    m_attendance->setAttendance(activity.attendees, activity.participants, activity.residents);
    m_tabs->addTab(m_attendance, tr("A&ttendance"));
    m_tabs->addTab(buildMinutes(), tr("&Minutes and topics"));
    m_tabs->addTab(buildActions(), tr("Acti&on items"));
    m_tabs->addTab(buildChecklist(), tr("C&hecklist"));
    kindChanged();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_attendance, &AttendancePanel::changed, this, &ActivityDialog::markDirty);
    resize(980, 680);
    m_dirty = false;
}

QWidget* ActivityDialog::buildParticulars()
{
    auto* page = new QWidget(this);
    m_form = new FieldForm(page);
    const QSqlDatabase db = m_office.db();
    m_title = new QLineEdit(m_original.title, page);
    m_title->setObjectName(QStringLiteral("title"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const ActivityKind& k : ActivityRepository::kinds(db, true))
        if (!k.retired || k.id == m_original.kindId)
            m_kind->addItem(k.name, k.id);
    if (m_original.kindId)
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_original.kindId)));
    m_date =
        new QDateEdit(m_original.date.isValid() ? m_original.date : QDate::currentDate(), page);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start = new QTimeEdit(m_original.start.isValid() ? m_original.start : QTime(9, 0), page);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(page);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setMinimumTime(QTime(0, 0));
    m_end->setSpecialValueText(tr("not recorded"));
    m_end->setTime(m_original.end.isValid() ? m_original.end : QTime(0, 0));
    m_place = new QComboBox(page);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setEditable(true);
    m_place->setInsertPolicy(QComboBox::NoInsert);
    addChoices(m_place, choicesOf(db, QStringLiteral("SELECT id, name FROM venues")), QString(),
               m_original.venueId);
    if (!m_original.venueId)
        m_place->setEditText(m_original.place);
    m_organiser = new QLineEdit(m_original.organiser, page);
    m_organiser->setObjectName(QStringLiteral("organiser"));
    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("group"));
    addChoices(m_group, choicesOf(db, QStringLiteral("SELECT id, name FROM deputy_groups")),
               tr("(none)"), m_original.groupId);
    m_community = new QComboBox(page);
    m_community->setObjectName(QStringLiteral("community"));
    addChoices(m_community, choicesOf(db, QStringLiteral("SELECT id, name FROM communities")),
               tr("(none)"), m_original.communityId);
    m_host = new QLineEdit(m_original.host, page);
    m_host->setObjectName(QStringLiteral("host"));

    auto* when = new QWidget(page);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(m_start);
    whenLayout->addWidget(new QLabel(tr("to"), when));
    whenLayout->addWidget(m_end);
    whenLayout->addStretch(1);
    m_form->addRow(QStringLiteral("title"), tr("Tit&le"), m_title);
    m_form->addRow(QStringLiteral("kind"), tr("&Kind"), m_kind);
    m_form->addRow(QStringLiteral("date"), tr("&Date and time"), when);
    m_form->addRow(QStringLiteral("place"), tr("&Venue or place"), m_place);
    m_form->addRow(QStringLiteral("organiser"), tr("O&rganiser"), m_organiser);
    m_form->addRow(QStringLiteral("group"), tr("&Group"), m_group);
    m_form->addRow(QStringLiteral("community"), tr("Comm&unity"), m_community);
    m_form->addRow(QStringLiteral("host"), tr("Ho&st"), m_host);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(m_form->layout());
    layout->addStretch(1);
    for (QLineEdit* edit : {m_title, m_organiser, m_host})
        connect(edit, &QLineEdit::textEdited, this, &ActivityDialog::markDirty);
    connect(m_place, &QComboBox::editTextChanged, this, &ActivityDialog::markDirty);
    connect(m_date, &QDateEdit::dateChanged, this, &ActivityDialog::markDirty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        kindChanged();
    });
    return page;
}

QWidget* ActivityDialog::buildMinutes()
{
    auto* page = new QWidget(this);
    m_topics = new QListWidget(page);
    m_topics->setObjectName(QStringLiteral("topics"));
    for (const Topic& t : m_original.topics) {
        auto* item = new QListWidgetItem(t.title, m_topics);
        item->setData(Qt::UserRole, t.id);
        if (t.opinionId) { // a resident's opinion put to the meeting (转为议题): keep the link
            item->setData(Qt::UserRole + 1, *t.opinionId);
            item->setToolTip(tr("From a resident's opinion"));
            item->setForeground(QColor(0x00, 0x4c, 0x99));
        }
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    auto* addTopic = new QPushButton(tr("&Add a topic"), page);
    addTopic->setObjectName(QStringLiteral("addTopicButton"));
    auto* removeTopic = new QPushButton(tr("Remove"), page);
    removeTopic->setObjectName(QStringLiteral("removeTopicButton"));
    connect(addTopic, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(QString(), m_topics);
        item->setData(Qt::UserRole, 0);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_topics->setCurrentItem(item);
        m_topics->editItem(item);
        markDirty();
    });
    connect(removeTopic, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_topics->currentItem();
        if (!item)
            return;
        if (item->data(Qt::UserRole + 1).isValid()) { // core refuses it too
            m_minutesError->setText(
                tr("“%1” is a resident's opinion turned into a topic of this meeting; it stays "
                   "among the topics (its words may change).")
                    .arg(item->text()));
            m_minutesError->show();
            return;
        }
        delete item;
        markDirty();
    });
    m_decisions = new QPlainTextEdit(m_original.decisions, page);
    m_decisions->setObjectName(QStringLiteral("decisions"));
    m_minutes = new QTextEdit(page);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setAcceptRichText(true);
    m_minutes->setHtml(m_original.minutes);
    m_template = m_original.id == 0 ? m_minutes->toHtml() : QString();

    auto* tools = new QToolBar(page);
    const auto format = [this](const std::function<void(QTextCharFormat&)>& change) {
        QTextCharFormat f;
        change(f);
        m_minutes->mergeCurrentCharFormat(f);
    };
    tools->addAction(tr("Bold"), QKeySequence::Bold, [this, format] {
        format([this](QTextCharFormat& f) {
            f.setFontWeight(m_minutes->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        });
    });
    tools->addAction(tr("Italic"), QKeySequence::Italic, [this, format] {
        format([this](QTextCharFormat& f) { f.setFontItalic(!m_minutes->fontItalic()); });
    });
    tools->addAction(tr("Underline"), QKeySequence::Underline, [this, format] {
        format([this](QTextCharFormat& f) { f.setFontUnderline(!m_minutes->fontUnderline()); });
    });
    tools->addAction(tr("Heading"), [this] {
        QTextCursor cursor = m_minutes->textCursor();
        QTextBlockFormat block = cursor.blockFormat();
        block.setHeadingLevel(block.headingLevel() == 3 ? 0 : 3);
        cursor.setBlockFormat(block);
        QTextCharFormat chars;
        chars.setFontWeight(block.headingLevel() ? QFont::Bold : QFont::Normal);
        chars.setProperty(QTextFormat::FontSizeAdjustment, block.headingLevel() ? 1 : 0);
        cursor.select(QTextCursor::BlockUnderCursor);
        cursor.mergeCharFormat(chars);
    });
    tools->addAction(tr("List"),
                     [this] { m_minutes->textCursor().createList(QTextListFormat::ListDisc); });
    tools->addAction(tr("Undo"), [this] { m_minutes->undo(); });
    m_minutesError = makeErrorLabel(page, QStringLiteral("minutesError"));

    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Topics:"), left));
    leftLayout->addWidget(m_topics, 2);
    auto* topicButtons = new QHBoxLayout;
    topicButtons->addWidget(addTopic);
    topicButtons->addWidget(removeTopic);
    leftLayout->addLayout(topicButtons);
    leftLayout->addWidget(new QLabel(tr("Decisions:"), left));
    leftLayout->addWidget(m_decisions, 1);
    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(tools);
    rightLayout->addWidget(m_minutes, 1);
    auto* split = new QSplitter(page);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addWidget(m_minutesError);
    connect(m_minutes, &QTextEdit::textChanged, this, &ActivityDialog::markDirty);
    connect(m_decisions, &QPlainTextEdit::textChanged, this, &ActivityDialog::markDirty);
    connect(m_topics, &QListWidget::itemChanged, this, &ActivityDialog::markDirty);
    return page;
}

QWidget* ActivityDialog::buildActions()
{
    auto* page = new QWidget(this);
    m_actions = new QTableWidget(0, 5, page);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setHorizontalHeaderLabels({tr("Action item"), tr("Responsible"), tr("Deadline"),
                                          tr("Status"), tr("Completion note")});
    m_actions->horizontalHeader()->setSectionResizeMode(kWhat, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(kNote, QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    for (const ActionItem& item : m_original.actions)
        addActionRow(item);
    auto* add = new QPushButton(tr("Add an &action item"), page);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto* remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        ActionItem item;
        item.deadline = m_date->date().addDays(30);
        addActionRow(item);
        m_actions->setCurrentCell(m_actions->rowCount() - 1, kWhat);
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, kWhat));
        markDirty();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0) {
            m_actions->removeRow(m_actions->currentRow());
            markDirty();
        }
    });
    connect(m_actions, &QTableWidget::itemChanged, this, &ActivityDialog::markDirty);
    m_actionsError = makeErrorLabel(page, QStringLiteral("actionsError"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("What was agreed, who carries it out, by when. Open items "
                                    "appear in the list of action items across all meetings."),
                                 page));
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_actionsError);
    layout->addLayout(buttons);
    return page;
}

void ActivityDialog::addActionRow(const ActionItem& item)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto* what = new QTableWidgetItem(item.what);
    what->setData(Qt::UserRole, item.id);
    what->setData(Qt::UserRole + 1, item.completedOn);
    m_actions->setItem(row, kWhat, what);
    m_actions->setItem(row, kResponsible, new QTableWidgetItem(item.responsible));
    m_actions->setItem(row, kNote, new QTableWidgetItem(item.completionNote));
    auto* deadline = new QDateEdit(m_actions);
    deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    deadline->setCalendarPopup(true);
    deadline->setMinimumDate(QDate(2000, 1, 1));
    deadline->setSpecialValueText(tr("none"));
    deadline->setDate(item.deadline.isValid() ? item.deadline : QDate(2000, 1, 1));
    m_actions->setCellWidget(row, kDeadline, deadline);
    auto* status = new QComboBox(m_actions);
    for (ActionStatus s :
         {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
        status->addItem(actionStatusName(s), actionStatusKey(s));
    status->setCurrentIndex(status->findData(actionStatusKey(item.status)));
    m_actions->setCellWidget(row, kStatus, status);
    connect(deadline, &QDateEdit::dateChanged, this, &ActivityDialog::markDirty);
    connect(status, &QComboBox::currentIndexChanged, this, &ActivityDialog::markDirty);
}

QWidget* ActivityDialog::buildChecklist()
{
    m_checklist = new QWidget(this);
    m_progress = new QLabel(m_checklist);
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    return m_checklist;
}

void ActivityDialog::kindChanged()
{
    const qint64 kindId = m_kind->currentData().toLongLong();
    if (kindId <= 0)
        return;
    const ActivityKind kind = ActivityRepository::kind(m_office.db(), kindId);
    // A new activity's untouched minutes follow the kind's headings.
    if (m_original.id == 0 && m_minutes->toHtml() == m_template) {
        const bool wasDirty = m_dirty;
        m_minutes->setHtml(ActivityRepository::minutesTemplate(kind));
        m_template = m_minutes->toHtml();
        m_dirty = wasDirty;
    }
    QSet<qint64> done = m_original.stepsDone;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        if (it.value()->isChecked())
            done.insert(it.key());
    qDeleteAll(m_checklist->findChildren<QGroupBox*>(Qt::FindDirectChildrenOnly));
    delete m_checklist->layout();
    m_steps.clear();
    auto* layout = new QVBoxLayout(m_checklist);
    for (Phase phase : {Phase::Before, Phase::During, Phase::After}) {
        auto* box = new QGroupBox(phaseName(phase), m_checklist);
        auto* boxLayout = new QVBoxLayout(box);
        for (const KindStep& step : kind.steps) {
            if (step.phase != phase)
                continue;
            auto* check = new QCheckBox(step.label, box);
            check->setChecked(done.contains(step.id));
            connect(check, &QCheckBox::toggled, this, [this] {
                markDirty();
                updateChecklistProgress();
            });
            boxLayout->addWidget(check);
            m_steps.insert(step.id, check);
        }
        layout->addWidget(box);
    }
    layout->addWidget(m_progress);
    layout->addStretch(1);
    updateChecklistProgress();
}

void ActivityDialog::updateChecklistProgress()
{
    int done = 0;
    for (const QCheckBox* check : std::as_const(m_steps))
        done += check->isChecked() ? 1 : 0;
    m_progress->setText(tr("%1 of %2 steps done").arg(done).arg(m_steps.size()));
}

Activity ActivityDialog::activity() const
{
    Activity a = m_original;
    a.title = m_title->text();
    a.kindId = m_kind->currentData().toLongLong();
    a.date = m_date->date();
    a.start = m_start->time();
    a.end = m_end->time() == m_end->minimumTime() ? QTime() : m_end->time();
    const int venue = m_place->findText(m_place->currentText());
    a.venueId =
        venue > 0 ? std::optional<qint64>(m_place->itemData(venue).toLongLong()) : std::nullopt;
    a.place = a.venueId ? QString() : m_place->currentText();
    a.organiser = m_organiser->text();
    a.groupId = chosenId(m_group);
    a.communityId = chosenId(m_community);
    a.host = m_host->text();
    a.attendees = m_attendance->attendees();
    a.participants = m_attendance->participants();
    a.residents = m_attendance->residents();
    a.topics.clear();
    for (int i = 0; i < m_topics->count(); ++i)
        if (!m_topics->item(i)->text().trimmed().isEmpty())
            a.topics << Topic{m_topics->item(i)->data(Qt::UserRole).toLongLong(),
                              m_topics->item(i)->text(),
                              sql::optionalId(m_topics->item(i)->data(Qt::UserRole + 1))};
    a.minutes = m_minutes->toPlainText().trimmed().isEmpty() ? QString() : m_minutes->toHtml();
    a.decisions = m_decisions->toPlainText();
    a.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        ActionItem item;
        item.id = m_actions->item(row, kWhat)->data(Qt::UserRole).toLongLong();
        item.completedOn = m_actions->item(row, kWhat)->data(Qt::UserRole + 1).toDate();
        item.what = m_actions->item(row, kWhat)->text();
        item.responsible = m_actions->item(row, kResponsible)->text();
        item.completionNote = m_actions->item(row, kNote)->text();
        const auto* deadline = static_cast<QDateEdit*>(m_actions->cellWidget(row, kDeadline));
        item.deadline = deadline->date() == deadline->minimumDate() ? QDate() : deadline->date();
        item.status = actionStatusFromKey(
            static_cast<QComboBox*>(m_actions->cellWidget(row, kStatus))->currentData().toString());
        if (!item.what.trimmed().isEmpty() || !item.responsible.trimmed().isEmpty())
            a.actions << item;
    }
    a.stepsDone.clear();
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        if (it.value()->isChecked())
            a.stepsDone.insert(it.key());
    return a;
}

void ActivityDialog::showErrors(const QList<FieldError>& errors)
{
    QList<FieldError> form;
    QString attendance, minutes, actions;
    int tab = -1;
    for (const FieldError& e : errors) {
        if (e.field == QLatin1String("attendees") || e.field == QLatin1String("participants") ||
            e.field == QLatin1String("residents") || e.field == QLatin1String("attendanceReason")) {
            attendance += (attendance.isEmpty() ? QString() : QStringLiteral("\n")) + e.message;
            tab = tab < 0 ? 1 : tab;
        } else if (e.field == QLatin1String("topics") || e.field == QLatin1String("minutes") ||
                   e.field == QLatin1String("decisions")) {
            minutes += (minutes.isEmpty() ? QString() : QStringLiteral("\n")) + e.message;
            tab = tab < 0 ? 2 : tab;
        } else if (e.field == QLatin1String("actions")) {
            actions = e.message;
            tab = tab < 0 ? 3 : tab;
        } else {
            form << (e.field == QLatin1String("start") || e.field == QLatin1String("end")
                         ? FieldError{QStringLiteral("date"), e.label, e.message}
                         : e);
            tab = 0;
        }
    }
    m_form->showErrors(form);
    m_attendance->showError(attendance);
    m_minutesError->setText(minutes);
    m_minutesError->setVisible(!minutes.isEmpty());
    m_actionsError->setText(actions);
    m_actionsError->setVisible(!actions.isEmpty());
    if (tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

void ActivityDialog::accept()
{
    const Activity a = activity();
    try {
        QString reason;
        if (ActivityRepository::needsAttendanceReason(m_office.db(), a)) {
            bool ok = false;
            reason = QInputDialog::getText(
                this, tr("Reason for the change"),
                tr("This activity was held more than 30 days ago. Why is its attendance being "
                   "changed? (Kept in the audit log.)"),
                QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
        m_savedId = ActivityRepository::save(m_office, a, reason);
    } catch (const ValidationError& e) {
        showErrors(e.fieldErrors());
        return;
    } catch (const Error& e) {
        showError(this, tr("Saving the activity"), e);
        return;
    }
    m_dirty = false;
    QDialog::accept();
}

void ActivityDialog::reject()
{
    if (m_dirty && QMessageBox::question(this, tr("Discard changes"),
                                         tr("Close without saving the changes to this activity?"),
                                         QMessageBox::Discard | QMessageBox::Cancel,
                                         QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace dd::ui
