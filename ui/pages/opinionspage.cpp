#include "opinionspage.h"

#include "dialogs/opiniondialog.h"
#include "dialogs/opinionsetupdialogs.h"
#include "errors.h"
#include "io/opinionledger.h"
#include "models/opiniontablemodel.h"
#include "org/workcalendar.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"
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
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

OpinionsPage::OpinionsPage(QWidget* parent)
    : Page(parent), m_flags(new QLabel(this)), m_year(new QComboBox(this)),
      m_state(new QComboBox(this)), m_category(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_flaggedOnly(new QCheckBox(tr("Only &late and due soon"), this)),
      m_model(new OpinionTableModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_new(new QPushButton(tr("&Register…"), this)),
      m_open(new QPushButton(tr("&Open…"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
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
    m_import->setObjectName(QStringLiteral("importLedgerButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedOnly"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_count->setObjectName(QStringLiteral("count"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search title, content, submitter"));
    m_search->setClearButtonEnabled(true);
    m_state->addItem(tr("All states"), QString());
    for (const OpinionState s : allOpinionStates())
        m_state->addItem(opinionStateName(s), opinionStateKey(s));
    setUpListTable(m_table);
    m_model->setErrorHandler(
        [this](const Error& e) { showError(this, tr("Reading the opinions"), e); });
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(OpinionTableModel::Registered,
                                                  Qt::DescendingOrder);
    // Only the columns SQL sorts by an index take a click; the others keep the current order.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (OpinionTableModel::sortOf(column))
                    return;
                const OpinionOrder o = m_model->order();
                const QSignalBlocker block(m_table->horizontalHeader());
                for (int c = 0; c < OpinionTableModel::ColumnCount; ++c)
                    if (OpinionTableModel::sortOf(c) == o.by)
                        m_table->horizontalHeader()->setSortIndicator(
                            c, o.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });

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
    connect(m_import, &QPushButton::clicked, this, [this] { importLedger(); });
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
    connect(m_table, &QTableView::activated, this, &OpinionsPage::open);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OpinionsPage::updateActions);
    setEnabled(false);
}

QString OpinionsPage::title() const
{
    return tr("Residents' opinions");
}

void OpinionsPage::setOffice(OfficeFile* office)
{
    m_office = office;
    forgetColumnWidths(m_table); // another file
    setEnabled(office != nullptr);
    m_year->clear();
    m_category->clear();
    {
        // Another file starts with its whole ledger: no state, search or 逾期 carried over.
        const QSignalBlocker quietSearch(m_search);
        const QSignalBlocker quietFlagged(m_flaggedOnly);
        m_state->setCurrentIndex(0);
        m_search->clear();
        m_flaggedOnly->setChecked(false);
    }
    if (office) {
        addYears(m_year, OpinionRepository::firstYear(office->db()), tr("All years"));
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
            m_model->setDays(today, calendar.addWorkingDays(today, 3));
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
    const std::optional<OpinionListRow> was = current();
    const qint64 keep = was ? was->opinion.id : 0;
    if (m_office && m_flaggedOnly->isChecked()) {
        m_model->setRows(m_flagged.overdue + m_flagged.dueSoon);
    } else if (m_office) {
        OpinionFilter filter;
        filter.year = m_year->currentData().toInt();
        if (!m_state->currentData().toString().isEmpty())
            filter.state = opinionStateFromKey(m_state->currentData().toString());
        if (m_category->currentData().isValid())
            filter.categoryId = m_category->currentData().toLongLong();
        filter.text = m_search->text();
        try {
            m_model->showQuery(m_office->db(), filter);
        } catch (const Error& e) {
            m_model->setRows({});
            showError(this, tr("Reading the opinions"), e);
        }
    } else {
        m_model->clear();
    }
    // The row selected before stays selected when it is on the pages read.
    for (int row = 0; keep && row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->opinion.id == keep)
            m_table->selectRow(row);
    fitColumnsOnce(m_table);
    m_count->setText(tr("%n opinion(s)", nullptr, m_model->total()));
    updateActions();
}

std::optional<OpinionListRow> OpinionsPage::current() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const OpinionListRow* row =
        selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
    return row ? std::optional(*row) : std::nullopt;
}

void OpinionsPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    const std::optional<OpinionListRow> r = current();
    for (QPushButton* b : {m_new, m_import, m_categories, m_calendar, m_topics})
        b->setEnabled(writable);
    m_open->setEnabled(r.has_value());
    m_delete->setEnabled(writable && r && r->opinion.state == OpinionState::Registered);
}

void OpinionsPage::registerOpinion()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    OpinionDialog dialog(*m_office, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OpinionsPage::open()
{
    const std::optional<OpinionListRow> r = current();
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
    const std::optional<OpinionListRow> r = current();
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
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an opinion ledger"),
                                                      QString(), tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty())
        importLedger(path);
}

void OpinionsPage::importLedger(const QString& path)
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    runCheckedImport(
        this, tr("Import an opinion ledger"), tr("Importing the opinion ledger"), [&](bool dryRun) {
            const OpinionImportReport r = importOpinionLedger(*m_office, path, {}, dryRun);
            return std::make_pair(r.ok(), r.toText());
        });
    reload();
}

} // namespace dd::ui
