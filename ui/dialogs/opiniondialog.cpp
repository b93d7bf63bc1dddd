#include "opiniondialog.h"

#include "activity/activityrepository.h"
#include "errors.h"
#include "fieldform.h"
#include "io/auditview.h"
#include "opiniontransitiondialog.h"
#include "org/deputyrepository.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"
#include "widgets/listtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void fillTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    fitColumnsToContents(table);
}
} // namespace

OpinionDialog::OpinionDialog(OfficeFile& office, qint64 id, QWidget* parent)
    : QDialog(parent), m_office(office), m_id(id), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("opinionDialog"));
    m_tabs->addTab(buildForm(), tr("&Opinion"));
    if (id) {
        m_tabs->addTab(buildHandling(), tr("&Handling"));
        m_tabs->addTab(buildTimeline(), tr("Time&line"));
        m_tabs->addTab(buildSupervision(), tr("&Supervision"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(id ? tr("Save") : tr("Register")); // Return; no mnemonic to clash
    connect(buttons, &QDialogButtonBox::accepted, this, &OpinionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpinionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    if (id)
        load(id);
    else
        setWindowTitle(tr("Register an opinion"));
    m_registeredOn->setFocus();
}

QWidget* OpinionDialog::buildForm()
{
    auto* page = new QWidget(this);
    m_form = new FieldForm(page);
    const QSqlDatabase db = m_office.db();
    m_registeredOn = new QDateEdit(QDate::currentDate(), page);
    m_registeredOn->setObjectName(QStringLiteral("registeredOn"));
    m_registeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_registeredOn->setCalendarPopup(true);
    m_registeredOn->setMaximumDate(QDate::currentDate());
    m_channel = new QComboBox(page);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const OpinionChannel c : allChannels())
        m_channel->addItem(channelName(c), channelKey(c));
    m_anonymous = new QCheckBox(tr("Anon&ymous"), page);
    m_anonymous->setObjectName(QStringLiteral("anonymous"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("submitterName"));
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("submitterPhone"));
    auto* submitter = new QHBoxLayout;
    submitter->addWidget(m_name, 1);
    submitter->addWidget(m_anonymous);
    auto* submitterBox = new QWidget(page);
    submitterBox->setLayout(submitter);
    submitter->setContentsMargins(0, 0, 0, 0);
    m_community = new QComboBox(page);
    m_community->setObjectName(QStringLiteral("community"));
    addChoices(m_community, choicesOf(db, QStringLiteral("SELECT id, name FROM communities")),
               tr("(none)"));
    m_grid = new QComboBox(page);
    m_grid->setObjectName(QStringLiteral("grid"));
    auto* where = new QHBoxLayout;
    where->setContentsMargins(0, 0, 0, 0);
    where->addWidget(m_community, 1);
    where->addWidget(new QLabel(tr("Grid:"), page));
    where->addWidget(m_grid, 1);
    auto* whereBox = new QWidget(page);
    whereBox->setLayout(where);
    m_deputy = new QComboBox(page);
    m_deputy->setObjectName(QStringLiteral("deputy"));
    addChoices(m_deputy, choicesOf(db, DeputyRepository::servingChoicesSql()), tr("(none)"));
    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("group"));
    addChoices(m_group, choicesOf(db, QStringLiteral("SELECT id, name FROM deputy_groups")),
               tr("(none)"));
    auto* receiver = new QHBoxLayout;
    receiver->setContentsMargins(0, 0, 0, 0);
    receiver->addWidget(m_deputy, 1);
    receiver->addWidget(new QLabel(tr("or group:"), page));
    receiver->addWidget(m_group, 1);
    auto* receiverBox = new QWidget(page);
    receiverBox->setLayout(receiver);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_content = new QPlainTextEdit(page);
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setTabChangesFocus(true);
    m_content->setMaximumHeight(90);
    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("category"));
    for (const OpinionCategory& c : OpinionRepository::categories(db))
        m_category->addItem(c.name, c.id);
    m_responsibility = new QComboBox(page);
    m_responsibility->setObjectName(QStringLiteral("responsibility"));
    for (const Responsibility r :
         {Responsibility::Community, Responsibility::Street, Responsibility::Government})
        m_responsibility->addItem(responsibilityName(r), responsibilityKey(r));
    m_priority = new QComboBox(page);
    m_priority->setObjectName(QStringLiteral("priority"));
    for (const Priority p : {Priority::Normal, Priority::GreenChannel, Priority::Immediate})
        m_priority->addItem(priorityName(p), priorityKey(p));

    m_form->addRow(QStringLiteral("registeredOn"), tr("&Date"), m_registeredOn);
    m_form->addRow(QStringLiteral("channel"), tr("Cha&nnel"), m_channel);
    m_form->addRow(QStringLiteral("submitterName"), tr("Su&bmitter"), submitterBox);
    m_form->addRow(QStringLiteral("submitterPhone"), tr("Phon&e"), m_phone);
    m_form->addRow(QStringLiteral("grid"), tr("Comm&unity"), whereBox);
    m_form->addRow(QStringLiteral("receiver"), tr("Recei&ved by"), receiverBox);
    m_form->addRow(QStringLiteral("title"), tr("T&itle"), m_title);
    m_form->addRow(QStringLiteral("content"), tr("Con&tent"), m_content);
    m_form->addRow(QStringLiteral("category"), tr("Cate&gory"), m_category);
    m_form->addRow(QStringLiteral("responsibility"), tr("Res&ponsibility"), m_responsibility);
    m_form->addRow(QStringLiteral("priority"), tr("P&riority"), m_priority);

    m_duplicates = new QListWidget(page);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMaximumHeight(80);
    m_link = new QPushButton(tr("Lin&k to the selected opinion instead"), page);
    m_link->setObjectName(QStringLiteral("linkButton"));
    auto* duplicateLabel = new QLabel(tr("Possible duplicates (same grid or community, last 90 "
                                         "days):"),
                                      page);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(m_form->layout());
    layout->addWidget(duplicateLabel);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_link, 0, Qt::AlignRight);
    for (QWidget* w : {static_cast<QWidget*>(duplicateLabel), static_cast<QWidget*>(m_duplicates),
                       static_cast<QWidget*>(m_link)})
        w->setVisible(m_id == 0);
    m_link->setEnabled(false);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &OpinionDialog::refreshDuplicates);
    const auto later = [this] {
        if (m_id == 0)
            m_duplicateTimer->start();
    };
    connect(m_title, &QLineEdit::textChanged, this, later);
    connect(m_grid, &QComboBox::currentIndexChanged, this, later);
    connect(m_community, &QComboBox::currentIndexChanged, this, [this, later] {
        fillGrids();
        later();
    });
    connect(m_anonymous, &QCheckBox::toggled, this, [this](bool on) {
        m_name->setEnabled(!on);
        m_phone->setEnabled(!on);
    });
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_link->setEnabled(row >= 0); });
    connect(m_link, &QPushButton::clicked, this, &OpinionDialog::linkToDuplicate);
    fillGrids();
    return page;
}

void OpinionDialog::fillGrids()
{
    const std::optional<qint64> community = chosenId(m_community);
    const std::optional<qint64> keep = chosenId(m_grid);
    m_grid->clear();
    addChoices(m_grid,
               community
                   ? choicesOf(m_office.db(), QStringLiteral("SELECT id, name FROM grids WHERE "
                                                             "community_id = %1")
                                                  .arg(*community))
                   : QList<Choice>{},
               tr("(none)"), keep);
}

QWidget* OpinionDialog::buildHandling()
{
    auto* page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("handlingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QWidget(page);
    m_steps->setObjectName(QStringLiteral("steps"));
    new QHBoxLayout(m_steps);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Next step:"), page));
    layout->addWidget(m_steps);
    layout->addStretch(1);
    return page;
}

QWidget* OpinionDialog::buildTimeline()
{
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Date"), tr("Step"), tr("From", "previous state"),
                                 tr("By", "person"), tr("Note"), tr("Recorded at"), tr("Details")});
    return m_timeline;
}

QWidget* OpinionDialog::buildSupervision()
{
    auto* page = new QWidget(this);
    m_supervisions = new QTableWidget(page);
    m_supervisions->setObjectName(QStringLiteral("supervisions"));
    setUpListTable(m_supervisions);
    m_raisings = new QTableWidget(page);
    m_raisings->setObjectName(QStringLiteral("raisings"));
    setUpListTable(m_raisings);
    auto* add = new QPushButton(tr("&Add a supervision record…"), page);
    add->setObjectName(QStringLiteral("addSupervision"));
    connect(add, &QPushButton::clicked, this, &OpinionDialog::addSupervision);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Supervision records (督办):"), page));
    layout->addWidget(m_supervisions, 1);
    layout->addWidget(add, 0, Qt::AlignRight);
    layout->addWidget(new QLabel(tr("Raised again by other residents:"), page));
    layout->addWidget(m_raisings, 1);
    return page;
}

void OpinionDialog::load(qint64 id)
{
    const QSqlDatabase db = m_office.db();
    const OpinionListRow row = OpinionRepository::row(db, id);
    m_stored = row.opinion;
    m_handlingUnit = row.handlingUnit;
    const Opinion& o = m_stored;
    setWindowTitle(tr("Opinion: %1").arg(o.title));
    m_registeredOn->setDate(o.registeredOn);
    selectData(m_channel, channelKey(o.channel));
    m_anonymous->setChecked(o.anonymous);
    m_name->setText(o.submitterName);
    m_phone->setText(o.submitterPhone);
    selectData(m_community, o.communityId ? QVariant(*o.communityId) : QVariant());
    fillGrids();
    selectData(m_grid, o.gridId ? QVariant(*o.gridId) : QVariant());
    if (o.deputyId && m_deputy->findData(*o.deputyId) < 0) // left office since: kept here only
        m_deputy->addItem(tr("%1 (left office)").arg(row.receiver), *o.deputyId);
    selectData(m_deputy, o.deputyId ? QVariant(*o.deputyId) : QVariant());
    selectData(m_group, o.groupId ? QVariant(*o.groupId) : QVariant());
    m_title->setText(o.title);
    m_content->setPlainText(o.content);
    if (m_category->findData(o.categoryId) < 0) // a retired category
        for (const OpinionCategory& c : OpinionRepository::categories(db, true))
            if (c.id == o.categoryId)
                m_category->addItem(c.name, c.id);
    selectData(m_category, o.categoryId);
    selectData(m_responsibility, responsibilityKey(o.responsibility));
    selectData(m_priority, priorityKey(o.priority));
    const bool editable =
        o.state != OpinionState::Archived && m_office.allows(Permission::EnterRecords);
    m_tabs->widget(0)->setEnabled(editable);
    m_save->setEnabled(editable);
    refreshHandling();
}

void OpinionDialog::refreshHandling()
{
    if (!m_summary)
        return;
    const QSqlDatabase db = m_office.db();
    const Opinion& o = m_stored;
    QStringList lines;
    lines << tr("<b>State:</b> %1").arg(opinionStateName(o.state).toHtmlEscaped());
    if (o.state == OpinionState::Archived)
        lines << tr("Archived on %1. To change it, reopen it with a reason.")
                     .arg(displayDate(o.archivedOn));
    if (!o.rejectReason.isEmpty())
        lines << tr("<b>Not accepted because:</b> %1").arg(o.rejectReason.toHtmlEscaped());
    if (o.handlingUnitId)
        lines << tr("<b>Handling unit:</b> %1, dispatched %2, deadline %3")
                         .arg(m_handlingUnit.toHtmlEscaped(), displayDate(o.dispatchedOn),
                              displayDate(o.deadline)) +
                     (o.isOverdue(QDate::currentDate())
                          ? QStringLiteral(" <span style='color:#b00020'>%1</span>")
                                .arg(tr("(overdue)"))
                          : QString());
    if (const auto meeting = OpinionRepository::topicActivity(db, o.id)) {
        const Activity a = ActivityRepository::load(db, *meeting);
        lines
            << tr("<b>Topic of the meeting:</b> %1")
                   .arg(
                       QStringLiteral("%1 (%2)").arg(a.title, displayDate(a.date)).toHtmlEscaped());
    }
    if (o.completedOn.isValid())
        lines << tr("<b>Completed</b> %1: %2")
                     .arg(displayDate(o.completedOn), o.result.toHtmlEscaped());
    if (!o.reply.isEmpty())
        lines << tr("<b>Reply:</b> %1").arg(o.reply.toHtmlEscaped());
    if (o.evaluation != Evaluation::None)
        lines << tr("<b>Evaluation:</b> %1 (%2)")
                     .arg(evaluationName(o.evaluation), displayDate(o.evaluatedOn));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    QLayout* stepLayout = m_steps->layout();
    while (QLayoutItem* item = stepLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) { // possibly the button whose click led here
            old->hide();
            old->setObjectName(QString());
            old->deleteLater();
        }
        delete item;
    }
    if (m_office.allows(Permission::EnterRecords))
        for (const OpinionState to : OpinionRepository::nextStates(db, o)) {
            const bool reopen = o.state == OpinionState::Archived;
            auto* button = new QPushButton(
                reopen ? tr("Reopen (back to %1)…").arg(opinionStateName(to))
                : to == OpinionState::InProgress && o.state == OpinionState::Evaluated
                    ? tr("Send back to be handled again…")
                    : opinionStateName(to) + QStringLiteral("…"),
                m_steps);
            button->setObjectName(QStringLiteral("step_") + opinionStateKey(to));
            connect(button, &QPushButton::clicked, this, [this, to] { startStep(to); });
            stepLayout->addWidget(button);
        }
    static_cast<QHBoxLayout*>(stepLayout)->addStretch(1);

    m_timeline->clear();
    // What each step set, in words as the audit trail tells it (承办单位：…；办理时限：…), cut
    // short in the last column (it may be long) and in full in its tip.
    AuditView words(db);
    for (const OpinionHistoryEntry& e : OpinionRepository::history(db, o.id)) {
        AuditRecord set;
        set.tableName = QStringLiteral("opinions");
        if (!e.details.isEmpty())
            set.after = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        auto* item =
            new QTreeWidgetItem({displayDate(e.on), opinionStateName(e.to),
                                 e.from ? opinionStateName(*e.from) : QString(), e.user, e.note,
                                 displayDateTime(QDateTime::fromString(e.recordedAt, Qt::ISODate)),
                                 set.after.isEmpty() ? QString() : words.summary(set)});
        if (!set.after.isEmpty())
            item->setToolTip(6, words.details(set));
        m_timeline->addTopLevelItem(item);
    }
    for (int c = 0; c < m_timeline->columnCount(); ++c)
        m_timeline->resizeColumnToContents(c);

    QList<QStringList> rows;
    for (const Supervision& s : OpinionRepository::supervisions(db, o.id))
        rows << QStringList{displayDate(s.on), s.byWhom, supervisionMethodName(s.method), s.note};
    fillTable(m_supervisions, {tr("Date"), tr("By", "supervisor"), tr("How"), tr("Note")}, rows);
    rows.clear();
    for (const OpinionRaising& r : OpinionRepository::raisings(db, o.id))
        rows << QStringList{displayDate(r.raisedOn), channelName(r.channel), r.submitterName,
                            r.note};
    fillTable(m_raisings, {tr("Date"), tr("Channel"), tr("Submitter"), tr("Note")}, rows);
}

Opinion OpinionDialog::opinion() const
{
    Opinion o = m_stored;
    o.id = m_id;
    o.registeredOn = m_registeredOn->date();
    o.channel = channelFromKey(m_channel->currentData().toString());
    o.anonymous = m_anonymous->isChecked();
    o.submitterName = m_name->text();
    o.submitterPhone = m_phone->text();
    o.communityId = chosenId(m_community);
    o.gridId = chosenId(m_grid);
    o.deputyId = chosenId(m_deputy);
    o.groupId = chosenId(m_group);
    o.title = m_title->text();
    o.content = m_content->toPlainText();
    o.categoryId = m_category->currentData().toLongLong();
    o.responsibility = responsibilityFromKey(m_responsibility->currentData().toString());
    o.priority = priorityFromKey(m_priority->currentData().toString());
    return o;
}

void OpinionDialog::refreshDuplicates()
{
    m_duplicates->clear();
    m_duplicateRows = OpinionRepository::possibleDuplicates(m_office.db(), opinion());
    for (const OpinionListRow& r : std::as_const(m_duplicateRows))
        m_duplicates->addItem(QStringLiteral("%1  %2  [%3] %4 · %5")
                                  .arg(displayDate(r.opinion.registeredOn), r.opinion.title,
                                       opinionStateName(r.opinion.state), r.community, r.grid));
    m_link->setEnabled(false);
}

void OpinionDialog::linkToDuplicate()
{
    const int row = m_duplicates->currentRow();
    if (row < 0 || row >= m_duplicateRows.size())
        return;
    const Opinion o = opinion();
    OpinionRaising raising;
    raising.opinionId = m_duplicateRows[row].opinion.id;
    raising.raisedOn = o.registeredOn;
    raising.channel = o.channel;
    raising.submitterName = o.anonymous ? QString() : o.submitterName;
    raising.submitterPhone = o.anonymous ? QString() : o.submitterPhone;
    raising.note = o.content.isEmpty() ? o.title : o.content;
    try {
        OpinionRepository::addRaising(m_office, raising);
        m_id = raising.opinionId;
        QDialog::accept();
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Linking the opinion"), e);
    }
}

void OpinionDialog::accept()
{
    try {
        m_id = OpinionRepository::save(m_office, opinion());
        QDialog::accept();
    } catch (const ValidationError& e) {
        m_tabs->setCurrentIndex(0);
        m_form->showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Saving the opinion"), e);
    }
}

void OpinionDialog::startStep(OpinionState to)
{
    OpinionTransitionDialog step(m_office, m_stored, to, this);
    if (step.exec() == QDialog::Accepted)
        load(m_id);
}

void OpinionDialog::addSupervision()
{
    SupervisionDialog dialog(m_office, m_id, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshHandling();
}

} // namespace dd::ui
