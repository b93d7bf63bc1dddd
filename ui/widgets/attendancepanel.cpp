#include "attendancepanel.h"

#include "checklist.h"
#include "fieldform.h"
#include "listtable.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
constexpr int kName = 0, kStatus = 1, kReason = 2;
}

AttendancePanel::AttendancePanel(QWidget* parent)
    : QWidget(parent), m_pick(new CheckList(this)), m_group(new QComboBox(this)),
      m_table(new QTableWidget(this)), m_counts(new QLabel(this)),
      m_error(makeErrorLabel(this, QStringLiteral("attendanceError"))),
      m_others(new QTableWidget(this)), m_residents(new QSpinBox(this))
{
    m_pick->setObjectName(QStringLiteral("attendeePicker"));
    m_group->setObjectName(QStringLiteral("attendanceGroup"));
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_counts->setObjectName(QStringLiteral("attendanceCounts"));
    m_others->setObjectName(QStringLiteral("participantsTable"));
    m_residents->setObjectName(QStringLiteral("residents"));

    auto* groupButton = new QPushButton(tr("Add the whole &group"), this);
    groupButton->setObjectName(QStringLiteral("addGroupButton"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Expected deputies (tick, or type a name and press "
                                        "Enter):"),
                                     left));
    leftLayout->addWidget(m_pick, 1);
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(m_group, 1);
    groupRow->addWidget(groupButton);
    leftLayout->addLayout(groupRow);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Attendance"), tr("Reason for leave")});
    setUpListTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* hint = new QLabel(tr("Mark the selected row: 1 or P present, 2 or L on leave, 3 or A "
                               "absent; Ctrl+Z undoes."),
                            right);
    hint->setWordWrap(true);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_counts);
    rightLayout->addWidget(m_error);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);

    m_others->setColumnCount(2);
    m_others->setHorizontalHeaderLabels({tr("Organisation"), tr("People")});
    m_others->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_others->verticalHeader()->hide();
    auto* addOther = new QPushButton(tr("Add an orga&nisation"), this);
    addOther->setObjectName(QStringLiteral("addParticipantButton"));
    auto* removeOther = new QPushButton(tr("Remove"), this);
    m_residents->setRange(0, 100000);
    auto* others = new QGroupBox(tr("Other participants"), this);
    auto* othersLayout = new QHBoxLayout(others);
    othersLayout->addWidget(m_others, 1);
    auto* othersSide = new QVBoxLayout;
    othersSide->addWidget(addOther);
    othersSide->addWidget(removeOther);
    othersSide->addWidget(new QLabel(tr("Residents:"), others));
    othersSide->addWidget(m_residents);
    othersSide->addStretch(1);
    othersLayout->addLayout(othersSide);
    m_others->setMaximumHeight(130);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(others);

    connect(m_pick, &CheckList::changed, this, &AttendancePanel::syncFromChecklist);
    connect(groupButton, &QPushButton::clicked, this,
            [this] { addGroup(m_group->currentData().toLongLong()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_syncing && item->column() == kReason)
            Q_EMIT changed();
    });
    connect(addOther, &QPushButton::clicked, this, [this] {
        const int row = m_others->rowCount();
        m_others->insertRow(row);
        m_others->setItem(row, 0, new QTableWidgetItem);
        m_others->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
        m_others->setCurrentCell(row, 0);
        m_others->editItem(m_others->item(row, 0));
        Q_EMIT changed();
    });
    connect(removeOther, &QPushButton::clicked, this, [this] {
        if (m_others->currentRow() >= 0) {
            m_others->removeRow(m_others->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_others, &QTableWidget::itemChanged, this, &AttendancePanel::changed);
    connect(m_residents, &QSpinBox::valueChanged, this, &AttendancePanel::changed);
    updateCounts();
}

void AttendancePanel::setChoices(const QList<Choice>& deputies, const QList<Choice>& groups,
                                 MembersOf members)
{
    m_members = std::move(members);
    m_names.clear();
    for (const Choice& c : deputies)
        m_names.insert(c.id, c.label);
    m_syncing = true;
    m_pick->setChoices(deputies);
    m_syncing = false;
    m_group->clear();
    for (const Choice& g : groups)
        m_group->addItem(g.label, g.id);
}

void AttendancePanel::setAttendance(const QList<Attendee>& attendees,
                                    const QList<Participant>& participants, int residents)
{
    m_undo.clear();
    setRows(attendees);
    m_syncing = true;
    m_others->setRowCount(0);
    for (const Participant& p : participants) {
        const int row = m_others->rowCount();
        m_others->insertRow(row);
        m_others->setItem(row, 0, new QTableWidgetItem(p.organisation));
        m_others->setItem(row, 1, new QTableWidgetItem(QString::number(p.people)));
    }
    m_residents->setValue(residents);
    m_syncing = false;
}

void AttendancePanel::setRows(const QList<Attendee>& attendees)
{
    m_syncing = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(int(attendees.size()));
    QVariantList ids;
    for (int row = 0; row < attendees.size(); ++row) {
        const Attendee& a = attendees[row];
        ids << a.deputyId;
        if (!m_names.contains(a.deputyId)) // e.g. a deputy retired since
            m_names.insert(a.deputyId, a.name);
        auto* name = new QTableWidgetItem(m_names.value(a.deputyId, a.name));
        name->setData(Qt::UserRole, a.deputyId);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto* status = new QTableWidgetItem(attendanceName(a.status));
        status->setData(Qt::UserRole, attendanceKey(a.status));
        status->setFlags(status->flags() & ~Qt::ItemIsEditable);
        status->setForeground(a.status == Attendance::Present ? QColor(0x1b, 0x5e, 0x20)
                              : a.status == Attendance::Leave ? QColor(0xa0, 0x60, 0x00)
                                                              : QColor(0xb0, 0x00, 0x20));
        auto* reason = new QTableWidgetItem(a.reason);
        if (a.status != Attendance::Leave)
            reason->setFlags(reason->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, kName, name);
        m_table->setItem(row, kStatus, status);
        m_table->setItem(row, kReason, reason);
    }
    m_pick->setChecked(ids);
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, kStatus);
    m_syncing = false;
    updateCounts();
}

QList<Attendee> AttendancePanel::attendees() const
{
    QList<Attendee> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list << Attendee{
            m_table->item(row, kName)->data(Qt::UserRole).toLongLong(),
            m_table->item(row, kName)->text(),
            attendanceFromKey(m_table->item(row, kStatus)->data(Qt::UserRole).toString()),
            m_table->item(row, kReason)->text()};
    return list;
}

QList<Participant> AttendancePanel::participants() const
{
    QList<Participant> list;
    for (int row = 0; row < m_others->rowCount(); ++row) {
        const QString name = m_others->item(row, 0) ? m_others->item(row, 0)->text() : QString();
        const QString people = m_others->item(row, 1) ? m_others->item(row, 1)->text() : QString();
        if (name.trimmed().isEmpty() && people.trimmed().isEmpty())
            continue;
        bool ok = false;
        const int n = people.trimmed().toInt(&ok);
        list << Participant{name, ok ? n : -1}; // core names a bad number
    }
    return list;
}

int AttendancePanel::residents() const
{
    return m_residents->value();
}

void AttendancePanel::syncFromChecklist()
{
    if (m_syncing)
        return;
    QSet<qint64> ticked;
    for (const QVariant& id : m_pick->checked())
        ticked.insert(id.toLongLong());
    QList<Attendee> rows = attendees();
    m_undo << rows;
    QSet<qint64> have;
    rows.removeIf([&](const Attendee& a) { return !ticked.contains(a.deputyId); });
    for (const Attendee& a : std::as_const(rows))
        have.insert(a.deputyId);
    for (const QVariant& id : m_pick->checked())
        if (!have.contains(id.toLongLong()))
            rows << Attendee{
                id.toLongLong(), m_names.value(id.toLongLong()), Attendance::Present, {}};
    setRows(rows);
    Q_EMIT changed();
}

void AttendancePanel::addGroup(qint64 groupId)
{
    if (!m_members || groupId <= 0)
        return;
    QList<Attendee> rows = attendees();
    m_undo << rows;
    QSet<qint64> have;
    for (const Attendee& a : std::as_const(rows))
        have.insert(a.deputyId);
    for (const GroupMember& m : m_members(groupId))
        if (!have.contains(m.deputyId))
            rows << Attendee{m.deputyId, m.name, Attendance::Present, {}};
    setRows(rows);
    Q_EMIT changed();
}

void AttendancePanel::mark(int row, Attendance status)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    QList<Attendee> rows = attendees();
    m_undo << rows;
    rows[row].status = status;
    if (status != Attendance::Leave)
        rows[row].reason.clear();
    setRows(rows);
    if (status == Attendance::Leave) {
        m_table->setCurrentCell(row, kReason);
        m_table->editItem(m_table->item(row, kReason));
    } else if (row + 1 < m_table->rowCount()) {
        m_table->setCurrentCell(row + 1, kStatus);
    }
    Q_EMIT changed();
}

void AttendancePanel::undo()
{
    if (m_undo.isEmpty())
        return;
    setRows(m_undo.takeLast());
    Q_EMIT changed();
}

void AttendancePanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        m_table->setFocus();
}

bool AttendancePanel::eventFilter(QObject* watched, QEvent* event)
{
    // While a reason is being typed the keys go to the cell's editor, not here.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_table->currentRow();
        if (key->matches(QKeySequence::Undo)) {
            undo();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_1:
        case Qt::Key_P:
            mark(row, Attendance::Present);
            return true;
        case Qt::Key_2:
        case Qt::Key_L:
            mark(row, Attendance::Leave);
            return true;
        case Qt::Key_3:
        case Qt::Key_A:
            mark(row, Attendance::Absent);
            return true;
        default:
            break;
        }
        // Other printable keys would start editing a cell that cannot be edited.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() &&
            m_table->currentColumn() != kReason)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AttendancePanel::updateCounts()
{
    Activity a;
    a.attendees = attendees();
    const AttendanceCounts c = a.counts();
    m_counts->setText(tr("Expected %1 · present %2 · on leave %3 · absent %4")
                          .arg(c.expected)
                          .arg(c.present)
                          .arg(c.leave)
                          .arg(c.absent));
}

} // namespace dd::ui
