#include "groupdialog.h"

#include "errors.h"
#include "org/deputyrepository.h"
#include "org/orgspecs.h"
#include "storage/officefile.h"
#include "widgets/checklist.h"
#include "widgets/commonchoices.h"
#include "widgets/recordform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dd::ui {

GroupDialog::GroupDialog(OfficeFile& office, qint64 groupId, QWidget* parent)
    : QDialog(parent), m_office(office), m_form(new RecordForm(office.db(), groupSpec(), this)),
      m_deputies(new CheckList(this)), m_members(new QTableWidget(this))
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(groupId ? tr("Edit group") : tr("New group"));
    QVariantMap record{{QStringLiteral("kind"), QStringLiteral("group")}};
    if (groupId) {
        record = RecordStore::load(office.db(), groupSpec(), groupId);
        for (const GroupMember& m : GroupRepository::members(office.db(), groupId))
            m_roles.insert(m.deputyId, m.role);
    }
    m_form->setRecord(record);

    // The serving deputies, and the members who have left office since.
    m_deputies->setChoices(
        choicesOf(office.db(), DeputyRepository::servingChoicesSql(m_roles.keys())));
    QVariantList ticked;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        ticked << it.key();
    m_deputies->setChecked(ticked);

    m_members->setObjectName(QStringLiteral("membersTable"));
    m_members->setColumnCount(2);
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Role")});
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* membersTab = new QWidget(this);
    auto* membersLayout = new QHBoxLayout(membersTab);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tick the deputies in the group:"), membersTab));
    left->addWidget(m_deputies, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Members and their roles:"), membersTab));
    right->addWidget(m_members, 1);
    membersLayout->addLayout(left, 1);
    membersLayout->addLayout(right, 1);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_form, tr("Group"));
    tabs->addTab(membersTab, tr("Members"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    connect(m_deputies, &CheckList::changed, this, &GroupDialog::rebuildMembers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    rebuildMembers();
    resize(720, 620);
}

void GroupDialog::rebuildMembers()
{
    const QList<GroupMember> members = chosenMembers();
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const GroupMember& m = members.at(row);
        auto* name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.deputyId);
        m_members->setItem(row, 0, name);
        auto* role = new QComboBox(m_members);
        for (GroupRole r : {GroupRole::Leader, GroupRole::ViceLeader, GroupRole::Member})
            role->addItem(groupRoleName(r), int(r));
        role->setCurrentIndex(role->findData(int(m.role)));
        connect(role, &QComboBox::currentIndexChanged, this, [this, role, id = m.deputyId] {
            const auto chosen = GroupRole(role->currentData().toInt());
            if (chosen == GroupRole::Leader) // one leader: the previous one becomes a member
                for (auto it = m_roles.begin(); it != m_roles.end(); ++it)
                    if (*it == GroupRole::Leader)
                        *it = GroupRole::Member;
            m_roles.insert(id, chosen);
            // Not now: the combo box whose signal this is would be deleted under it.
            QMetaObject::invokeMethod(this, &GroupDialog::rebuildMembers, Qt::QueuedConnection);
        });
        m_members->setCellWidget(row, 1, role);
    }
    m_members->resizeColumnToContents(0);
}

QList<GroupMember> GroupDialog::chosenMembers() const
{
    QList<GroupMember> members;
    for (int i = 0; i < m_deputies->list()->count(); ++i) {
        const QListWidgetItem* item = m_deputies->list()->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        members << GroupMember{id, m_roles.value(id, GroupRole::Member), item->text()};
    }
    std::stable_sort(
        members.begin(), members.end(),
        [](const GroupMember& a, const GroupMember& b) { return int(a.role) < int(b.role); });
    return members;
}

void GroupDialog::setRole(qint64 deputyId, GroupRole role)
{
    m_roles.insert(deputyId, role);
    rebuildMembers();
}

void GroupDialog::accept()
{
    try {
        m_savedId = GroupRepository::save(m_office, m_form->record(), chosenMembers());
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
        for (const FieldError& f : e.fieldErrors())
            if (f.field == QLatin1String("members"))
                QMessageBox::warning(this, tr("Members"), f.message);
        return;
    } catch (const Error& e) {
        showError(this, tr("Saving the group"), e);
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui
