#include "deputiespage.h"

#include "dialogs/deputydialog.h"
#include "dialogs/rosterimportdialog.h"
#include "errors.h"
#include "models/deputytablemodel.h"
#include "org/orgspecs.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

DeputiesPage::DeputiesPage(QWidget* parent)
    : Page(parent), m_model(new DeputyTableModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_level(new QComboBox(this)),
      m_status(new QComboBox(this)), m_group(new QComboBox(this)), m_community(new QComboBox(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_retire(new QPushButton(tr("Record &leaving…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_import(new QPushButton(tr("&Import…"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)),
      m_template(new QPushButton(tr("Blank &template…"), this))
{
    setObjectName(QStringLiteral("deputiesPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_table->setObjectName(QStringLiteral("deputiesTable"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_community->setObjectName(QStringLiteral("communityFilter"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_retire->setObjectName(QStringLiteral("retireButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_import->setToolTip(
        tr("Import a roster from Excel/WPS (.xlsx) or .csv; it is checked first and "
           "nothing is written if any row is wrong."));

    m_search->setPlaceholderText(tr("Search: name, pinyin or initials (e.g. 张三, zhangsan, zs)"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("All types"));
    for (DeputyKind kind :
         {DeputyKind::Congress, DeputyKind::Deliberation, DeputyKind::Consultation})
        m_kind->addItem(deputyKindName(kind), int(kind));
    m_level->addItem(tr("All levels"));
    for (CongressLevel level : kAllLevels)
        m_level->addItem(congressLevelName(level), int(level));
    m_status->addItem(tr("All"));
    m_status->addItem(deputyStatusName(DeputyStatus::Serving), int(DeputyStatus::Serving));
    m_status->addItem(deputyStatusName(DeputyStatus::Retired), int(DeputyStatus::Retired));
    m_status->setCurrentIndex(1); // serving deputies by default

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DeputyTableModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the SQL order: pinyin
    setUpListTable(m_table);

    auto* heading = new QLabel(tr("<h2>Deputies</h2>"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_level, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_group, 1);
    filters->addWidget(m_community, 1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_retire, m_delete})
        actions->addWidget(b);
    actions->addSpacing(16);
    for (QPushButton* b : {m_import, m_export, m_template})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &DeputiesPage::reload);
    for (QComboBox* combo : {m_kind, m_level, m_status, m_group, m_community})
        connect(combo, &QComboBox::currentIndexChanged, this, &DeputiesPage::reload);
    connect(m_add, &QPushButton::clicked, this, &DeputiesPage::addDeputy);
    connect(m_edit, &QPushButton::clicked, this, &DeputiesPage::editDeputy);
    connect(m_retire, &QPushButton::clicked, this, &DeputiesPage::retireDeputy);
    connect(m_delete, &QPushButton::clicked, this, &DeputiesPage::deleteDeputy);
    connect(m_import, &QPushButton::clicked, this, &DeputiesPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &DeputiesPage::exportRoster);
    connect(m_template, &QPushButton::clicked, this, &DeputiesPage::saveTemplate);
    connect(m_table, &QTableView::activated, this,
            &DeputiesPage::editDeputy); // Enter, double-click
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeputiesPage::updateActions);
    setEnabled(false);
}

void DeputiesPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_search->setFocus(); // arriving on the roster, one types a name
}

QString DeputiesPage::title() const
{
    return tr("Deputies");
}

void DeputiesPage::setOffice(OfficeFile* office)
{
    m_office = office;
    forgetColumnWidths(m_table); // another file
    setEnabled(office != nullptr);
    refresh();
}

void DeputiesPage::refresh()
{
    const auto fill = [this](QComboBox* combo, const QString& all, const RecordSpec& spec) {
        const QSignalBlocker blocker(combo);
        const QVariant keep = combo->currentData();
        combo->clear();
        combo->addItem(all, 0);
        if (m_office)
            for (const QVariantMap& r : RecordStore::list(m_office->db(), spec))
                combo->addItem(r.value(QStringLiteral("name")).toString(),
                               r.value(QStringLiteral("id")));
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    try {
        fill(m_group, tr("All groups"), groupSpec());
        fill(m_community, tr("All communities"), communitySpec());
    } catch (const Error& e) {
        showError(this, tr("Cannot read the deputies"), e);
    }
    reload();
}

void DeputiesPage::reload()
{
    if (!m_office) {
        m_model->setRows({});
        updateActions();
        return;
    }
    DeputyFilter filter;
    filter.text = m_search->text();
    if (m_kind->currentIndex() > 0)
        filter.kind = DeputyKind(m_kind->currentData().toInt());
    if (m_level->currentIndex() > 0)
        filter.level = CongressLevel(m_level->currentData().toInt());
    if (m_status->currentIndex() > 0)
        filter.status = DeputyStatus(m_status->currentData().toInt());
    filter.groupId = m_group->currentData().toLongLong();
    filter.communityId = m_community->currentData().toLongLong();
    const qint64 selected = currentDeputyId();
    try {
        m_model->setRows(DeputyRepository::list(m_office->db(), filter));
    } catch (const Error& e) {
        showError(this, tr("Cannot read the deputies"), e);
    }
    fitColumnsOnce(m_table);
    m_count->setText(tr("%n deputies shown", nullptr, m_model->rowCount()));
    selectDeputy(selected);
    updateActions();
}

qint64 DeputiesPage::currentDeputyId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && m_table->selectionModel()->isSelected(index)
               ? m_sorted->data(index, DeputyTableModel::IdRole).toLongLong()
               : 0;
}

void DeputiesPage::selectDeputy(qint64 id)
{
    for (int row = 0; id && row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (m_sorted->data(index, DeputyTableModel::IdRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(index);
            return;
        }
    }
}

void DeputiesPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    const bool selected = currentDeputyId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_retire->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
    m_import->setEnabled(writable);
    m_export->setEnabled(m_office && m_office->allows(Permission::ExportMasked));
}

void DeputiesPage::addDeputy()
{
    if (!m_office)
        return;
    DeputyDialog dialog(*m_office, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_search->clear();
        reload();
        selectDeputy(dialog.savedId());
        updateActions();
    }
}

void DeputiesPage::editDeputy()
{
    const qint64 id = currentDeputyId();
    if (!m_office || !id || !m_office->allows(Permission::EnterRecords))
        return;
    try {
        DeputyDialog dialog(*m_office, id, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } catch (const Error& e) {
        showError(this, tr("Cannot open the deputy"), e);
    }
}

void DeputiesPage::retireDeputy()
{
    const qint64 id = currentDeputyId();
    if (!m_office || !id)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Record leaving"));
    auto* date = new QDateEdit(QDate::currentDate(), &ask);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(new QLabel(
        tr("The deputy stays in the roster and in every record, marked as left."), &ask));
    form->addRow(tr("Date of leaving:"), date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    try {
        DeputyRepository::retire(*m_office, id, date->date());
    } catch (const Error& e) {
        showError(this, tr("Cannot record the leaving"), e);
    }
    reload();
}

void DeputiesPage::deleteDeputy()
{
    const qint64 id = currentDeputyId();
    if (!m_office || !id)
        return;
    const QString name =
        m_sorted->data(m_table->currentIndex().siblingAtColumn(DeputyTableModel::Name)).toString();
    if (QMessageBox::warning(
            this, tr("Delete deputy"),
            tr("Delete %1 from the roster for good? This is only for entries made by "
               "mistake; a deputy who left should be recorded as leaving instead.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    try {
        DeputyRepository::remove(*m_office, id);
    } catch (const Error& e) {
        showError(this, tr("Cannot delete the deputy"), e);
    }
    reload();
}

} // namespace dd::ui

namespace dd::ui {

namespace {
const QString kSheetFilter = QStringLiteral("*.xlsx *.csv");
} // namespace

void DeputiesPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a roster"), QString(),
                                                      tr("Rosters (%1)").arg(kSheetFilter));
    if (!path.isEmpty())
        importRoster(path);
}

void DeputiesPage::importRoster(const QString& path)
{
    if (!m_office)
        return;
    RosterImportDialog dialog(*m_office, path, this);
    dialog.exec();
    if (dialog.imported())
        reload();
}

void DeputiesPage::exportRoster()
{
    if (!m_office)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the roster"), tr("deputies.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    bool unmasked = false;
    if (m_office->allows(Permission::ExportUnmasked))
        unmasked = QMessageBox::question(
                       this, tr("Export the roster"),
                       tr("Include full ID numbers and phone numbers? Say no unless the "
                          "file is for a trusted recipient; a full export is recorded "
                          "in the audit log."),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    try {
        dd::exportRoster(*m_office, path, unmasked);
    } catch (const Error& e) {
        showError(this, tr("The export failed"), e);
        return;
    }
    QMessageBox::information(this, tr("Export the roster"),
                             tr("The roster was written to %1.").arg(path));
}

void DeputiesPage::saveTemplate()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a blank roster"), tr("roster-template.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        writeRosterTemplate(path);
    } catch (const Error& e) {
        showError(this, tr("Cannot write the template"), e);
    }
}

} // namespace dd::ui
