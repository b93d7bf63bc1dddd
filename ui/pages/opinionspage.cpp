#include "opinionspage.h"

#include "dialogs/opiniondialog.h"
#include "dialogs/opinionsetupdialogs.h"
#include "errors.h"
#include "io/opinionledger.h"
#include "org/workcalendar.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

OpinionsPage::OpinionsPage(QWidget* parent)
    : Page(parent), m_flags(new QLabel(this)), m_year(new QComboBox(this)),
      m_state(new QComboBox(this)), m_category(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_flaggedOnly(new QCheckBox(tr("Only &late and due soon"), this)),
      m_table(new QTableWidget(this)), m_count(new QLabel(this)),
      m_new(new QPushButton(tr("&Register…"), this)), m_open(new QPushButton(tr("&Open…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_import(new QPushButton(tr("&Import ledger…"), this)),
      m_categories(new QPushButton(tr("Cate&gories…"), this)),
      m_calendar(new QPushButton(tr("&Working days…"), this)),
      m_topics(new QPushButton(tr("Supervision &topics…"), this))
{
    setObjectName(QStringLiteral("opinionsPage"));
    m_flags->setObjectName(QStringLiteral("supervisionFlags"));
    m_table->setObjectName(QStringLiteral("opinionsTable"));
    m_new->setObjectName(QStringLiteral("registerButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedOnly"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search title, content, submitter"));
    m_search->setClearButtonEnabled(true);
    m_state->addItem(tr("All states"), QString());
    for (const OpinionState s : allOpinionStates())
        m_state->addItem(opinionStateName(s), opinionStateKey(s));
    setUpListTable(m_table);
    const QStringList headers = {
        tr("Registered on"), tr("State"),       tr("Title"),         tr("Category"),
        tr("Community"),     tr("Received by"), tr("Handling unit"), tr("Deadline", "opinion"),
        tr("Evaluation")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* filters = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_category);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_flaggedOnly);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_categories, m_calendar, m_topics, m_import})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_count);
    for (QPushButton* b : {m_new, m_open, m_delete})
        actions->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Residents' opinions</h2>"), this));
    layout->addWidget(m_flags);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_year, &QComboBox::activated, this, &OpinionsPage::showList);
    connect(m_state, &QComboBox::activated, this, &OpinionsPage::showList);
    connect(m_category, &QComboBox::activated, this, &OpinionsPage::showList);
    connect(m_search, &QLineEdit::textChanged, this, &OpinionsPage::showList);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &OpinionsPage::showList);
    connect(m_flags, &QLabel::linkActivated, this, [this] { m_flaggedOnly->setChecked(true); });
    connect(m_new, &QPushButton::clicked, this, &OpinionsPage::registerOpinion);
    connect(m_open, &QPushButton::clicked, this, &OpinionsPage::open);
    connect(m_delete, &QPushButton::clicked, this, &OpinionsPage::remove);
    connect(m_import, &QPushButton::clicked, this, &OpinionsPage::importLedger);
    const auto dialog = [this](auto make) {
        return [this, make] {
            if (!m_office)
                return;
            auto d = make();
            d->exec();
            reload();
        };
    };
    connect(m_categories, &QPushButton::clicked, this,
            dialog([this] { return std::make_unique<CategoriesDialog>(*m_office, this); }));
    connect(m_calendar, &QPushButton::clicked, this,
            dialog([this] { return std::make_unique<WorkingDaysDialog>(*m_office, this); }));
    connect(m_topics, &QPushButton::clicked, this,
            dialog([this] { return std::make_unique<SupervisionTopicsDialog>(*m_office, this); }));
    connect(m_table, &QTableWidget::itemActivated, this, &OpinionsPage::open);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OpinionsPage::updateActions);
    setEnabled(false);
}

QString OpinionsPage::title() const
{
    return tr("Residents' opinions");
}

void OpinionsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    m_year->clear();
    m_category->clear();
    if (office) {
        const int thisYear = QDate::currentDate().year();
        m_year->addItem(tr("All years"), 0);
        for (int y = thisYear; y >= thisYear - 5; --y)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(1);
        m_category->addItem(tr("All categories"), QVariant());
        for (const OpinionCategory& c : OpinionRepository::categories(office->db(), true))
            m_category->addItem(c.name, c.id);
    }
    reload();
}

void OpinionsPage::reload()
{
    m_flagged = {};
    const QDate today = QDate::currentDate();
    if (m_office) {
        try {
            const QSqlDatabase db = m_office->db();
            const WorkCalendar calendar = WorkCalendar::load(db);
            m_dueSoonUntil = calendar.addWorkingDays(today, 3);
            m_flagged = OpinionRepository::flags(db, calendar, today);
        } catch (const Error& e) {
            showError(this, tr("Reading the opinions"), e);
        }
    }
    const SupervisionFlags& flags = m_flagged;
    m_flags->setText(flags.overdue.isEmpty() && flags.dueSoon.isEmpty()
                         ? tr("Supervision: nothing overdue or due within 3 working days.")
                         : tr("<b>Supervision:</b> <span style='color:#b00020'>%1 overdue</span>, "
                              "<span style='color:#8a5a00'>%2 due within 3 working days</span> — "
                              "<a href='flagged'>list them</a>")
                               .arg(flags.overdue.size())
                               .arg(flags.dueSoon.size()));
    showList();
}

void OpinionsPage::showList()
{
    const OpinionListRow* was = current();
    const qint64 keep = was ? was->opinion.id : 0;
    m_rows.clear();
    const QDate today = QDate::currentDate();
    if (m_office) {
        try {
            if (m_flaggedOnly->isChecked()) {
                m_rows = m_flagged.overdue + m_flagged.dueSoon;
            } else {
                OpinionFilter filter;
                filter.year = m_year->currentData().toInt();
                if (!m_state->currentData().toString().isEmpty())
                    filter.state = opinionStateFromKey(m_state->currentData().toString());
                if (m_category->currentData().isValid())
                    filter.categoryId = m_category->currentData().toLongLong();
                filter.text = m_search->text();
                m_rows = OpinionRepository::list(m_office->db(), filter);
            }
        } catch (const Error& e) {
            showError(this, tr("Reading the opinions"), e);
        }
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const OpinionListRow& r = m_rows[row];
        const Opinion& o = r.opinion;
        const bool late = o.isOverdue(today);
        const bool soon =
            !late && o.deadline.isValid() && o.deadline <= m_dueSoonUntil &&
            (o.state == OpinionState::Dispatched || o.state == OpinionState::InProgress);
        const QStringList cells = {
            displayDate(o.registeredOn),
            opinionStateName(o.state) + (late ? tr(" (overdue)") : QString()),
            o.title + (r.raisings ? tr(" (+%1)").arg(r.raisings) : QString()),
            r.category,
            r.grid.isEmpty() ? r.community : r.community + QStringLiteral(" · ") + r.grid,
            r.receiver,
            r.handlingUnit,
            displayDate(o.deadline),
            evaluationName(o.evaluation)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, row);
            if (late) {
                item->setBackground(QColor(0xfd, 0xe0, 0xe0));
                item->setForeground(QColor(0x8b, 0x00, 0x00));
            } else if (soon) {
                item->setBackground(QColor(0xff, 0xf1, 0xcc));
            } else if (o.state == OpinionState::Archived || o.state == OpinionState::Rejected) {
                item->setForeground(QColor(0x70, 0x70, 0x70));
            }
            m_table->setItem(row, col, item);
        }
        if (o.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n opinion(s)", nullptr, int(m_rows.size())));
    updateActions();
}

const OpinionListRow* OpinionsPage::current() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int index = selected.first()->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

void OpinionsPage::updateActions()
{
    const bool writable = m_office && !m_office->isReadOnly();
    const OpinionListRow* r = current();
    for (QPushButton* b : {m_new, m_import, m_categories, m_calendar, m_topics})
        b->setEnabled(writable);
    m_open->setEnabled(r != nullptr);
    m_delete->setEnabled(writable && r && r->opinion.state == OpinionState::Registered);
}

void OpinionsPage::registerOpinion()
{
    if (!m_office || m_office->isReadOnly())
        return;
    OpinionDialog dialog(*m_office, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OpinionsPage::open()
{
    const OpinionListRow* r = current();
    if (!m_office || !r)
        return;
    try {
        OpinionDialog dialog(*m_office, r->opinion.id, this);
        dialog.exec();
    } catch (const Error& e) {
        showError(this, tr("Opening the opinion"), e);
    }
    reload();
}

void OpinionsPage::remove()
{
    const OpinionListRow* r = current();
    if (!m_office || !r)
        return;
    if (QMessageBox::question(this, tr("Delete opinion"),
                              tr("Delete “%1”, registered on %2? Only an opinion entered by "
                                 "mistake should be deleted; this cannot be undone.")
                                  .arg(r->opinion.title, displayDate(r->opinion.registeredOn)),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        OpinionRepository::remove(*m_office, r->opinion.id);
    } catch (const Error& e) {
        showError(this, tr("Deleting the opinion"), e);
    }
    reload();
}

void OpinionsPage::importLedger()
{
    if (!m_office || m_office->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an opinion ledger"),
                                                      QString(), tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    runCheckedImport(
        this, tr("Import an opinion ledger"), tr("Importing the opinion ledger"), [&](bool dryRun) {
            const OpinionImportReport r = importOpinionLedger(*m_office, path, {}, dryRun);
            return std::make_pair(r.ok(), r.toText());
        });
    reload();
}

} // namespace dd::ui
