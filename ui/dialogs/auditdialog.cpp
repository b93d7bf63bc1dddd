#include "auditdialog.h"

#include "errors.h"
#include "io/auditexport.h"
#include "storage/error.h"
#include "storage/officefile.h"
#include "widgets/dialogbuttons.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
const QDate kOpen(2000, 1, 1); // the minimum of the day fields, shown as "any"

QDateEdit* dayEdit(const QString& name, const QDate& day, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(AuditDialog::tr("any"));
    edit->setDate(day);
    return edit;
}
} // namespace

AuditDialog::AuditDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_office(office), m_from(dayEdit(QStringLiteral("from"), kOpen, this)),
      m_to(dayEdit(QStringLiteral("to"), kOpen, this)), m_user(new QComboBox(this)),
      m_action(new QComboBox(this)), m_text(new QLineEdit(this)), m_table(new QTableWidget(this)),
      m_count(new QLabel(this)), m_details(new QPlainTextEdit(this)), m_view(office.db())
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    m_user->setObjectName(QStringLiteral("user"));
    m_action->setObjectName(QStringLiteral("action"));
    m_text->setObjectName(QStringLiteral("search"));
    m_count->setObjectName(QStringLiteral("count"));
    m_table->setObjectName(QStringLiteral("audit"));
    m_text->setPlaceholderText(tr("Text in the record, e.g. a name or a state"));
    m_text->setClearButtonEnabled(true);
    m_user->addItem(tr("All users"), QString());
    for (const QString& login : auditUsers(office.db()))
        m_user->addItem(login, login);
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : auditActions(office.db()))
        m_action->addItem(auditActionName(action), action);

    auto* fromLabel = new QLabel(tr("&From"), this);
    auto* toLabel = new QLabel(tr("&to"), this);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    auto* filters = new QHBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{fromLabel, m_from, toLabel, m_to, m_user, m_action})
        filters->addWidget(w);
    filters->addWidget(m_text, 1);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Kind of record"), tr("Record"), tr("Content")});
    setUpListTable(m_table);
    m_table->setWordWrap(false); // the time on one line
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(160);

    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    exportButton->setAutoDefault(false); // Enter in the search does not export
    QDialogButtonBox* buttons = closeButtons(this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportRows);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(1000, 640);

    for (QDateEdit* day : {m_from, m_to})
        connect(day, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    for (QComboBox* box : {m_user, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    // The text is looked up in the trail's full-text index, as it is typed.
    connect(m_text, &QLineEdit::textChanged, this, &AuditDialog::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AuditDialog::showDetails);
    reload();
    m_table->resizeColumnToContents(0);
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    f.userLogin = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.text = m_text->text();
    f.alsoStoredAs = &AuditView::storedAs; // a state typed as shown (受理) finds its entries
    return f;
}

void AuditDialog::reload()
{
    const AuditFilter f = filter();
    try {
        m_rows = readAudit(m_office.db(), f, kRows);
        // Counted only when there are more than are shown (the count reads them all again),
        // and not beyond kCountAtMost.
        const qint64 total =
            m_rows.size() < kRows ? m_rows.size() : countAudit(m_office.db(), f, kCountAtMost);
        m_count->setText(total > kCountAtMost
                             ? tr("The newest %1 of more than %2 entries; narrow the filter to "
                                  "see older ones.")
                                   .arg(m_rows.size())
                                   .arg(kCountAtMost)
                         : total > m_rows.size()
                             ? tr("The newest %1 of %2 entries; narrow the filter to see older "
                                  "ones.")
                                   .arg(m_rows.size())
                                   .arg(total)
                             : tr("%n entries.", nullptr, int(total)));
    } catch (const Error& e) {
        m_rows.clear();
        m_count->setText(e.message());
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const AuditRecord& a = m_rows.at(r);
        const QStringList cells{a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                a.userLogin,
                                auditActionName(a.action),
                                AuditView::tableName(a.tableName),
                                a.rowId > 0 ? QString::number(a.rowId) : QString(),
                                m_view.summary(a)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_details->clear();
}

void AuditDialog::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_details->clear();
        return;
    }
    const AuditRecord& a = m_rows.at(row);
    // The fields in words, then the entry as stored (what the export and the hash chain hold).
    const QString fields = m_view.details(a);
    m_details->setPlainText(
        tr("Entry %1: %2 %3")
            .arg(a.id)
            .arg(auditActionName(a.action),
                 a.tableName.isEmpty() ? QString() : AuditView::tableName(a.tableName)) +
        (fields.isEmpty() ? QString() : QLatin1Char('\n') + fields) + QStringLiteral("\n\n") +
        tr("As stored:\nBefore: %1\nAfter: %2")
            .arg(a.before.isEmpty() ? tr("(none)") : a.before,
                 a.after.isEmpty() ? tr("(none)") : a.after));
}

void AuditDialog::exportRows()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit trail"), tr("audit-trail.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // A district's whole trail takes a while: its progress, and a way out.
    QProgressDialog progress(tr("Exporting the audit trail…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        const std::optional<qint64> rows =
            exportAudit(m_office, filter(), path, [&progress](qint64 written, qint64 total) {
                progress.setMaximum(int(total));
                progress.setValue(int(written)); // modal: keeps the window painted
                return !progress.wasCanceled();
            });
        progress.reset();
        if (rows)
            QMessageBox::information(
                this, windowTitle(),
                tr("Exported %n entries to %1.", nullptr, int(*rows)).arg(path));
    } catch (const Error& e) {
        progress.reset();
        showError(this, tr("Cannot export the audit trail"), e);
    }
}

} // namespace dd::ui
