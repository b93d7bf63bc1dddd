#include "activitysetupdialogs.h"

#include "errors.h"
#include "fieldform.h"
#include "org/recordstore.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
const Phase kPhases[3] = {Phase::Before, Phase::During, Phase::After};

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

KindsDialog::KindsDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_list(new QListWidget(this)), m_form(new FieldForm(this)),
      m_name(new QLineEdit(this)),
      m_retired(new QCheckBox(tr("Retired (kept for old records)"), this)),
      m_headings(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("kindsDialog"));
    setWindowTitle(tr("Kinds of activity"));
    m_name->setObjectName(QStringLiteral("name"));
    m_form->addRow(QStringLiteral("name"), tr("&Name"), m_name);
    m_form->addRow(QStringLiteral("retired"), QString(), m_retired);
    m_form->addRow(QStringLiteral("headings"), tr("Minutes &headings (one per line)"), m_headings);
    for (int p = 0; p < 3; ++p) {
        m_steps[p] = new QPlainTextEdit(this);
        m_steps[p]->setMaximumHeight(90);
        m_form->addRow(p == 0 ? QStringLiteral("steps") : QStringLiteral("steps%1").arg(p),
                       phaseName(kPhases[p]), m_steps[p]);
    }
    auto* add = new QPushButton(tr("&New kind"), this);
    auto* save = new QPushButton(tr("&Save kind"), this);
    save->setObjectName(QStringLiteral("saveKindButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    side->addWidget(add);
    auto* top = new QHBoxLayout;
    top->addLayout(side, 1);
    auto* right = new QVBoxLayout;
    right->addLayout(m_form->layout());
    right->addWidget(save, 0, Qt::AlignRight);
    top->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        show(ActivityKind{});
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &KindsDialog::saveCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_kinds.size())
            show(m_kinds[row]);
    });
    reload(0);
    resize(760, 560);
}

void KindsDialog::reload(qint64 select)
{
    m_kinds = ActivityRepository::kinds(m_office.db(), true);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_kinds.size(); ++i) {
        m_list->addItem(m_kinds[i].retired ? tr("%1 (retired)").arg(m_kinds[i].name)
                                           : m_kinds[i].name);
        if (m_kinds[i].id == select)
            row = i;
    }
    if (!m_kinds.isEmpty()) {
        m_list->setCurrentRow(row);
        show(m_kinds[row]);
    }
}

void KindsDialog::show(const ActivityKind& kind)
{
    m_current = kind;
    m_form->clearErrors();
    m_name->setText(kind.name);
    m_retired->setChecked(kind.retired);
    m_headings->setPlainText(kind.headings.join(QLatin1Char('\n')));
    for (int p = 0; p < 3; ++p) {
        QStringList labels;
        for (const KindStep& s : kind.steps)
            if (s.phase == kPhases[p])
                labels << s.label;
        m_steps[p]->setPlainText(labels.join(QLatin1Char('\n')));
    }
}

bool KindsDialog::saveCurrent()
{
    ActivityKind kind = m_current;
    kind.name = m_name->text();
    kind.retired = m_retired->isChecked();
    kind.headings = lines(m_headings);
    QList<KindStep> steps;
    for (int p = 0; p < 3; ++p)
        for (const QString& label : lines(m_steps[p])) {
            KindStep step{0, kPhases[p], label};
            for (const KindStep& old : std::as_const(m_current.steps)) // keep progress
                if (old.phase == step.phase && old.label == label)
                    step.id = old.id;
            steps << step;
        }
    kind.steps = steps;
    try {
        reload(ActivityRepository::saveKind(m_office, kind));
        return true;
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Saving the kind"), e);
    }
    return false;
}

PlansDialog::PlansDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_table(new QTableWidget(this)),
      m_form(new FieldForm(this)), m_kind(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_rule(new QComboBox(this)), m_month(new QSpinBox(this)), m_day(new QSpinBox(this)),
      m_time(new QTimeEdit(this)), m_group(new QComboBox(this)), m_venue(new QComboBox(this)),
      m_first(new QDateEdit(this)), m_last(new QDateEdit(this))
{
    setObjectName(QStringLiteral("plansDialog"));
    setWindowTitle(tr("Recurring plans"));
    const QSqlDatabase db = office.db();
    setUpListTable(m_table);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("When"), tr("Group")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const ActivityKind& k : ActivityRepository::kinds(db))
        m_kind->addItem(k.name, k.id);
    for (PlanRule r :
         {PlanRule::Monthly, PlanRule::Quarterly, PlanRule::HalfYearly, PlanRule::Yearly})
        m_rule->addItem(planRuleName(r), planRuleKey(r));
    m_month->setRange(1, 12);
    m_day->setRange(1, 31);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    addChoices(m_group, choicesOf(db, QStringLiteral("SELECT id, name FROM deputy_groups")),
               tr("(none)"));
    addChoices(m_venue, choicesOf(db, QStringLiteral("SELECT id, name FROM venues")), tr("(none)"));
    for (QDateEdit* d : {m_first, m_last}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
        d->setMinimumDate(QDate(2000, 1, 1));
    }
    m_last->setSpecialValueText(tr("open-ended"));
    m_title->setObjectName(QStringLiteral("title"));
    m_form->addRow(QStringLiteral("kind"), tr("&Kind"), m_kind);
    m_form->addRow(QStringLiteral("title"), tr("&Title"), m_title);
    m_form->addRow(QStringLiteral("rule"), tr("&Repeats"), m_rule);
    m_form->addRow(QStringLiteral("month"), tr("&Month of the period"), m_month);
    m_form->addRow(QStringLiteral("day"), tr("&Day of the month"), m_day);
    m_form->addRow(QStringLiteral("time"), tr("T&ime"), m_time);
    m_form->addRow(QStringLiteral("group"), tr("&Group (its members are expected)"), m_group);
    m_form->addRow(QStringLiteral("venue"), tr("&Venue"), m_venue);
    m_form->addRow(QStringLiteral("firstDay"), tr("&From"), m_first);
    m_form->addRow(QStringLiteral("lastDay"), tr("&Until"), m_last);

    auto* add = new QPushButton(tr("&New plan"), this);
    auto* save = new QPushButton(tr("&Save plan"), this);
    save->setObjectName(QStringLiteral("savePlanButton"));
    auto* remove = new QPushButton(tr("De&lete plan"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_form->layout());
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        ActivityPlan plan;
        plan.firstDay = QDate::currentDate();
        show(plan);
        m_title->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &PlansDialog::saveCurrent);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_currentId <= 0 ||
            QMessageBox::question(this, tr("Delete plan"),
                                  tr("Delete the plan “%1”? Activities already recorded for it "
                                     "are kept.")
                                      .arg(m_title->text())) != QMessageBox::Yes)
            return;
        try {
            PlanRepository::remove(m_office, m_currentId);
        } catch (const Error& e) {
            showError(this, tr("Deleting the plan"), e);
        }
        reload(0);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_plans.size())
            show(m_plans[row]);
    });
    reload(0);
    if (m_plans.isEmpty()) {
        ActivityPlan plan;
        plan.firstDay = QDate::currentDate();
        show(plan);
    }
    resize(820, 700);
}

void PlansDialog::reload(qint64 select)
{
    const QSqlDatabase db = m_office.db();
    m_plans = PlanRepository::list(db);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_plans.size()));
    int selected = 0;
    for (int row = 0; row < m_plans.size(); ++row) {
        const ActivityPlan& p = m_plans[row];
        const QStringList cells = {
            p.title, ActivityRepository::kind(db, p.kindId).name, p.describe(),
            p.groupId ? m_group->itemText(m_group->findData(*p.groupId)) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        if (p.id == select)
            selected = row;
    }
    fitColumnsToContents(m_table);
    if (!m_plans.isEmpty()) {
        m_table->selectRow(selected);
        show(m_plans[selected]);
    }
}

void PlansDialog::show(const ActivityPlan& plan)
{
    m_currentId = plan.id;
    m_form->clearErrors();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(plan.kindId)));
    m_title->setText(plan.title);
    m_rule->setCurrentIndex(qMax(0, m_rule->findData(planRuleKey(plan.rule))));
    m_month->setValue(plan.month);
    m_day->setValue(plan.day);
    m_time->setTime(plan.time);
    m_group->setCurrentIndex(plan.groupId ? qMax(0, m_group->findData(*plan.groupId)) : 0);
    m_venue->setCurrentIndex(plan.venueId ? qMax(0, m_venue->findData(*plan.venueId)) : 0);
    m_first->setDate(plan.firstDay.isValid() ? plan.firstDay : QDate::currentDate());
    m_last->setDate(plan.lastDay.isValid() ? plan.lastDay : m_last->minimumDate());
}

bool PlansDialog::saveCurrent()
{
    ActivityPlan plan;
    plan.id = m_currentId;
    plan.kindId = m_kind->currentData().toLongLong();
    plan.title = m_title->text();
    plan.rule = planRuleFromKey(m_rule->currentData().toString());
    plan.month = m_month->value();
    plan.day = m_day->value();
    plan.time = m_time->time();
    plan.groupId = chosenId(m_group);
    plan.venueId = chosenId(m_venue);
    plan.firstDay = m_first->date();
    plan.lastDay = m_last->date() == m_last->minimumDate() ? QDate() : m_last->date();
    try {
        reload(PlanRepository::save(m_office, plan));
        return true;
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Saving the plan"), e);
    }
    return false;
}

} // namespace dd::ui
