#include "activitiespage.h"

#include "activity/activityplan.h"
#include "activity/minutes.h"
#include "dialogs/activitydialog.h"
#include "dialogs/activitysetupdialogs.h"
#include "errors.h"
#include "io/activitylog.h"
#include "models/activitytablemodel.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace dd::ui {

bool openActivityRow(QWidget* parent, OfficeFile& office, const ActivityListRow& row,
                     qint64* savedId)
{
    try {
        const Activity activity = row.id
                                      ? ActivityRepository::load(office.db(), row.id)
                                      : PlanRepository::draft(office.db(), *row.planId, row.date);
        ActivityDialog dialog(office, activity, parent);
        if (!office.allows(Permission::EnterRecords))
            dialog.setEnabled(false);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (savedId)
            *savedId = dialog.savedId();
        return true;
    } catch (const Error& e) {
        showError(parent, ActivitiesPage::tr("Opening the activity"), e);
        return false;
    }
}

ActivitiesPage::ActivitiesPage(QWidget* parent)
    : Page(parent), m_year(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_planned(new QCheckBox(tr("Show &planned and not held"), this)),
      m_model(new ActivityTableModel(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_add(new QPushButton(tr("&New activity…"), this)),
      m_open(new QPushButton(tr("&Open…"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_pdf(new QPushButton(tr("Minutes as PD&F…"), this)),
      m_docx(new QPushButton(tr("Minutes as &Word…"), this)),
      m_print(new QPushButton(tr("Prin&t minutes…"), this)),
      m_import(new QPushButton(tr("&Import log…"), this)),
      m_plans(new QPushButton(tr("Recurring p&lans…"), this)),
      m_kinds(new QPushButton(tr("&Kinds…"), this))
{
    setObjectName(QStringLiteral("activitiesPage"));
    m_year->setObjectName(QStringLiteral("year"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_planned->setObjectName(QStringLiteral("showPlanned"));
    m_table->setObjectName(QStringLiteral("activitiesTable"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_kinds->setObjectName(QStringLiteral("kindsButton"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_planned->setChecked(true);
    setUpListTable(m_table);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ActivityTableModel::Date, Qt::AscendingOrder);
    // Sizing columns looks at the rows in view only (reading every row's figures otherwise).
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    // The figures columns do not sort: a click on one keeps the current order and indicator.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (ActivityTableModel::sorts(column)) {
                    m_sortColumn = column;
                    m_sortOrder = order;
                    return;
                }
                const QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
            });

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Year:"), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_planned);
    filters->addStretch(1);
    filters->addWidget(m_kinds);
    filters->addWidget(m_plans);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_open, m_delete, m_pdf, m_docx, m_print, m_import})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Activities and meetings</h2>"), this));
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_year, &QSpinBox::valueChanged, this, &ActivitiesPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivitiesPage::reload);
    connect(m_planned, &QCheckBox::toggled, this, &ActivitiesPage::reload);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesPage::add);
    connect(m_open, &QPushButton::clicked, this, &ActivitiesPage::open);
    connect(m_delete, &QPushButton::clicked, this, &ActivitiesPage::remove);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportMinutes(QStringLiteral(".pdf")); });
    connect(m_docx, &QPushButton::clicked, this,
            [this] { exportMinutes(QStringLiteral(".docx")); });
    connect(m_print, &QPushButton::clicked, this, &ActivitiesPage::printMinutes);
    connect(m_import, &QPushButton::clicked, this, [this] { importLog(); });
    connect(m_plans, &QPushButton::clicked, this, [this] {
        if (!m_office)
            return;
        PlansDialog dialog(*m_office, this);
        dialog.exec();
        reload();
    });
    connect(m_kinds, &QPushButton::clicked, this, [this] {
        if (!m_office)
            return;
        KindsDialog dialog(*m_office, this);
        dialog.exec();
        reload();
    });
    connect(m_table, &QTableView::activated, this, &ActivitiesPage::open);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesPage::updateActions);
    setEnabled(false);
}

QString ActivitiesPage::title() const
{
    return tr("Activities");
}

void ActivitiesPage::setOffice(OfficeFile* office)
{
    m_office = office;
    forgetColumnWidths(m_table); // another file
    setEnabled(office != nullptr);
    reload();
}

void ActivitiesPage::reload()
{
    const std::optional<ActivityListRow> was = current();
    const qint64 keep = was ? was->id : 0;
    QList<ActivityListRow> rows;
    if (m_office) {
        try {
            const qint64 kind = m_kind->currentData().toLongLong();
            {
                const QSignalBlocker block(m_kind);
                m_kind->clear();
                m_kind->addItem(tr("All kinds"), 0);
                for (const ActivityKind& k : ActivityRepository::kinds(m_office->db(), true))
                    m_kind->addItem(k.name, k.id);
                m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
            }
            ActivityFilter filter = ActivityFilter::ofYear(m_year->value());
            if (kind > 0)
                filter.kindId = kind;
            constexpr auto light = ActivityRepository::ListDetail::Light;
            rows = m_planned->isChecked() ? PlanRepository::calendar(m_office->db(), filter,
                                                                     QDate::currentDate(), light)
                                          : ActivityRepository::list(m_office->db(), filter, light);
        } catch (const Error& e) {
            showError(this, tr("Reading the activities"), e);
        }
    }
    const int held = int(std::count_if(rows.cbegin(), rows.cend(), [](const ActivityListRow& r) {
        return r.state == ActivityListRow::State::Held;
    }));
    m_model->setRows(m_office ? m_office->db() : QSqlDatabase(), std::move(rows));
    if (m_sortColumn != ActivityTableModel::Date || m_sortOrder != Qt::AscendingOrder)
        m_model->sort(m_sortColumn, m_sortOrder);
    fitColumnsOnce(m_table);
    m_count->setText(tr("%n activities held", nullptr, held));
    select(keep);
    // With nothing chosen, show where the year stands once the view is laid out (the page may
    // not be shown yet).
    const int row =
        current() ? -1 : rowOfToday(m_model->rows(), m_year->value(), QDate::currentDate());
    if (row >= 0)
        QTimer::singleShot(0, this, [this, row] {
            m_table->doItemsLayout(); // the scroll range, now
            if (row < m_model->rowCount())
                m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        });
    updateActions();
}

int ActivitiesPage::rowOfToday(const QList<ActivityListRow>& rows, int year, const QDate& today)
{
    const auto from = std::find_if(rows.cbegin(), rows.cend(),
                                   [&](const ActivityListRow& r) { return r.date >= today; });
    if (from != rows.cend())
        return int(from - rows.cbegin());
    return year == today.year() ? int(rows.size()) - 1 : -1;
}

const QList<ActivityListRow>& ActivitiesPage::rows() const
{
    return m_model->rows();
}

std::optional<ActivityListRow> ActivitiesPage::current() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const ActivityListRow* row =
        selected.isEmpty() ? nullptr : m_model->rowAt(selected.first().row());
    return row ? std::optional(*row) : std::nullopt;
}

void ActivitiesPage::select(qint64 id)
{
    const QList<ActivityListRow>& list = m_model->rows();
    for (int row = 0; row < list.size(); ++row)
        if (id > 0 && list[row].id == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
}

void ActivitiesPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    const std::optional<ActivityListRow> r = current();
    const bool held = r && r->id > 0;
    m_add->setEnabled(writable);
    m_open->setEnabled(r && (held || writable));
    m_open->setText(r && !held ? tr("&Record…") : tr("&Open…"));
    m_delete->setEnabled(writable && held);
    m_pdf->setEnabled(held);
    m_docx->setEnabled(held);
    m_print->setEnabled(held);
    for (QPushButton* b : {m_import, m_plans})
        b->setEnabled(writable);
    m_kinds->setEnabled(m_office && m_office->allows(Permission::ConfigureOffice));
}

void ActivitiesPage::add()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    Activity blank;
    blank.date = QDate::currentDate();
    blank.start = QTime(9, 0);
    blank.organiser = ActivityRepository::defaultOrganiser(m_office->db());
    ActivityDialog dialog(*m_office, blank, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(dialog.savedId());
    }
}

void ActivitiesPage::open()
{
    const std::optional<ActivityListRow> r = current();
    if (!m_office || !r)
        return;
    qint64 saved = 0;
    if (openActivityRow(this, *m_office, *r, &saved)) {
        reload();
        select(saved);
    }
}

void ActivitiesPage::remove()
{
    const std::optional<ActivityListRow> r = current();
    if (!m_office || !m_office->allows(Permission::EnterRecords) || !r || r->id <= 0)
        return;
    const QString what = QStringLiteral("%1 %2").arg(r->date.toString(Qt::ISODate), r->title);
    try { // said before asking, not after
        if (const std::optional<FieldError> why =
                ActivityRepository::whyKept(m_office->db(), r->id)) {
            QMessageBox::information(this, tr("Delete activity"), why->message);
            return;
        }
    } catch (const Error& e) {
        showError(this, tr("Deleting the activity"), e);
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete activity"),
            tr("Delete “%1” with its attendance, minutes and %n action item(s)? This cannot be "
               "undone (the audit log keeps what it held).",
               nullptr, r->openActions)
                .arg(what),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        ActivityRepository::remove(*m_office, r->id);
    } catch (const Error& e) {
        showError(this, tr("Deleting the activity"), e);
    }
    reload();
}

void ActivitiesPage::exportMinutes(const QString& pathOrSuffix)
{
    const std::optional<ActivityListRow> r = current();
    if (!m_office || !r || r->id <= 0)
        return;
    QString path = pathOrSuffix;
    if (path.startsWith(QLatin1Char('.'))) {
        const bool pdf = path == QLatin1String(".pdf");
        path = QFileDialog::getSaveFileName(
            this, pdf ? tr("Save the minutes as PDF") : tr("Save the minutes for Word"),
            QStringLiteral("%1 %2%3").arg(r->date.toString(Qt::ISODate), r->title, path),
            pdf ? tr("PDF files (*.pdf)") : tr("Word documents (*.docx)"));
        if (path.isEmpty())
            return;
    }
    try {
        const Report report = minutesReport(m_office->db(), r->id);
        if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
            writeReportDocx(report, path);
        else
            writeReportPdf(report, path);
    } catch (const Error& e) {
        showError(this, tr("Saving the minutes"), e);
    }
}

void ActivitiesPage::printMinutes()
{
    const std::optional<ActivityListRow> r = current();
    if (!m_office || !r || r->id <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const Report report = minutesReport(m_office->db(), r->id);
        QTextDocument document;
        renderReport(report, document);
        paintPages(document, printer, report.frame);
    } catch (const Error& e) {
        showError(this, tr("Printing the minutes"), e);
    }
}

void ActivitiesPage::importLog()
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an activity log"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty())
        importLog(path);
}

void ActivitiesPage::importLog(const QString& path)
{
    if (!m_office || !m_office->allows(Permission::EnterRecords))
        return;
    runCheckedImport(
        this, tr("Import an activity log"), tr("Importing the activity log"), [&](bool dryRun) {
            const ActivityImportReport r = importActivityLog(*m_office, path, {}, dryRun);
            return std::make_pair(r.ok(), r.toText());
        });
    reload();
}

} // namespace dd::ui
