#include "selectionpage.h"

#include "dialogs/selectiondialogs.h"
#include "errors.h"
#include "org/selection.h"
#include "org/selectionnotice.h"
#include "report/pdf.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/listtable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    setUpListTable(table);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& id)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells.at(col));
        item->setData(Qt::UserRole, id);
        table->setItem(row, col, item);
    }
}
} // namespace

SelectionPage::SelectionPage(QWidget* parent)
    : Page(parent), m_round(new QComboBox(this)), m_status(new QLabel(this)),
      m_quotas(makeTable(this, QStringLiteral("quotasTable"),
                         {tr("By"), tr("Value"), tr("Places"), tr("Candidates"), tr("Met")})),
      m_candidates(
          makeTable(this, QStringLiteral("candidatesTable"),
                    {tr("Name"), tr("Gender"), tr("Political affiliation"), tr("Sector"),
                     tr("Community"), tr("Nominated by"), tr("Stage"), tr("Open objections")}))
{
    setObjectName(QStringLiteral("selectionPage"));
    // The quotas' columns as wide as their words (已达到), not stretched to the table's edge.
    m_quotas->horizontalHeader()->setStretchLastSection(false);
    m_round->setObjectName(QStringLiteral("roundCombo"));
    m_status->setObjectName(QStringLiteral("roundStatus"));
    m_status->setWordWrap(true);
    auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        m_buttons << b;
        return b;
    };
    m_newRound =
        button(tr("&New round…"), QStringLiteral("newRoundButton"), &SelectionPage::newRound);
    m_editRound =
        button(tr("Edit round…"), QStringLiteral("editRoundButton"), &SelectionPage::editRound);
    m_editQuotas =
        button(tr("&Quotas…"), QStringLiteral("quotasButton"), &SelectionPage::editQuotas);
    m_nominate =
        button(tr("N&ominate…"), QStringLiteral("nominateButton"), &SelectionPage::nominate);
    m_pass = button(tr("&Pass review"), QStringLiteral("passButton"), [this] { review(true); });
    m_reject =
        button(tr("Does not pass…"), QStringLiteral("rejectButton"), [this] { review(false); });
    m_notice = button(tr("Start public &notice…"), QStringLiteral("noticeButton"),
                      &SelectionPage::startNotice);
    m_objection = button(tr("Record &objection…"), QStringLiteral("objectionButton"),
                         &SelectionPage::addObjection);
    m_resolve = button(tr("Deal with objection…"), QStringLiteral("resolveButton"),
                       &SelectionPage::resolveObjection);
    m_confirm =
        button(tr("&Confirm list"), QStringLiteral("confirmButton"), &SelectionPage::confirm);
    m_print =
        button(tr("&Print notice…"), QStringLiteral("printButton"), &SelectionPage::printNotice);
    m_pdf = button(tr("Notice as P&DF…"), QStringLiteral("pdfButton"), [this] { saveNoticePdf(); });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_round, 1);
    top->addWidget(m_newRound);
    top->addWidget(m_editRound);
    auto* quotaHeader = new QHBoxLayout;
    quotaHeader->addWidget(new QLabel(tr("<b>Quotas</b>"), this));
    quotaHeader->addStretch(1);
    quotaHeader->addWidget(m_editQuotas);
    auto* steps = new QGridLayout;
    const QList<QPushButton*> order = {m_nominate, m_pass,    m_reject, m_notice, m_objection,
                                       m_resolve,  m_confirm, m_print,  m_pdf};
    for (int i = 0; i < order.size(); ++i)
        steps->addWidget(order.at(i), i / 5, i % 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<h2>Choosing deliberation representatives (两下两上)</h2>"), this));
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(quotaHeader);
    layout->addWidget(m_quotas, 1);
    layout->addWidget(new QLabel(tr("<b>Candidates</b>"), this));
    layout->addWidget(m_candidates, 3);
    layout->addLayout(steps);
    connect(m_round, &QComboBox::currentIndexChanged, this, &SelectionPage::showRound);
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &SelectionPage::updateActions);
    setEnabled(false);
}

QString SelectionPage::title() const
{
    return tr("Selection");
}

void SelectionPage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    reload();
}

void SelectionPage::reload()
{
    const qint64 keep = currentRoundId();
    {
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        if (m_office)
            for (const SelectionRound& r : SelectionRepository::rounds(m_office->db()))
                m_round->addItem(r.name, r.id);
        const int index = m_round->findData(keep);
        m_round->setCurrentIndex(index >= 0 ? index : 0);
    }
    showRound();
}

qint64 SelectionPage::currentRoundId() const
{
    return m_round->currentData().toLongLong();
}

qint64 SelectionPage::currentNominationId() const
{
    const QList<QTableWidgetItem*> selected = m_candidates->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void SelectionPage::showRound()
{
    const qint64 keep = currentNominationId();
    m_quotas->setRowCount(0);
    m_candidates->setRowCount(0);
    m_status->clear();
    m_shown = {};
    m_nominations.clear();
    if (m_office && currentRoundId() > 0) {
        try {
            const QSqlDatabase db = m_office->db();
            m_shown = SelectionRepository::round(db, currentRoundId());
            m_nominations = SelectionRepository::nominations(db, m_shown.id);
            const SelectionRound& r = m_shown;
            const QList<Nomination>& all = m_nominations;
            const auto active = std::count_if(all.begin(), all.end(), [](const Nomination& n) {
                return n.stage != NominationStage::Rejected;
            });
            QString status =
                tr("%1 seats, %2 candidates still in the round.").arg(r.seats).arg(active);
            if (r.confirmed)
                status += QLatin1Char(' ') + tr("The list has been confirmed.");
            else if (r.noticeStart.isValid())
                status += QLatin1Char(' ') +
                          tr("Public notice from %1 to %2.")
                              .arg(displayDate(r.noticeStart), displayDate(r.noticeEnd));
            else
                status += QLatin1Char(' ') + tr("Nominations and reviews are open.");
            m_status->setText(status);
            const QList<Quota> quotas = SelectionRepository::quotas(db, r.id);
            m_quotas->setRowCount(int(quotas.size()));
            for (int row = 0; row < quotas.size(); ++row) {
                const Quota& q = quotas.at(row);
                setRow(m_quotas, row,
                       {quotaDimensionName(q.dimension), q.value, QString::number(q.required),
                        QString::number(q.current),
                        q.met() ? tr("Met", "quota state") : tr("Not met")},
                       row);
                m_quotas->item(row, 4)->setForeground(q.met() ? QColor(0x1b5e20)
                                                              : QColor(0xb00020));
            }
            m_candidates->setRowCount(int(all.size()));
            for (int row = 0; row < all.size(); ++row) {
                const Nomination& n = all.at(row);
                QString stage = nominationStageName(n.stage);
                if (n.stage == NominationStage::Rejected)
                    stage += tr(" (%1)").arg(n.rejectionReason);
                setRow(m_candidates, row,
                       {n.name, genderName(n.gender), n.party, n.sector, n.community,
                        n.byResidents
                            ? tr("%n resident(s) jointly", nullptr, int(n.residents.size()))
                            : n.nominatingOrg,
                        stage, n.openObjections ? QString::number(n.openObjections) : QString()},
                       n.id);
                if (n.id == keep)
                    m_candidates->selectRow(row);
            }
        } catch (const Error& e) {
            showError(this, tr("Reading the selection round"), e);
        }
    }
    fitColumnsToContents(m_quotas);
    fitColumnsToContents(m_candidates);
    updateActions();
}

void SelectionPage::updateActions()
{
    const bool writable = m_office && m_office->allows(Permission::EnterRecords);
    const bool round = m_shown.id > 0;
    const SelectionRound& r = m_shown;
    Nomination n;
    for (const Nomination& each : std::as_const(m_nominations))
        if (each.id == currentNominationId())
            n = each;
    const bool open = round && !r.noticeStart.isValid();
    const bool inReview = n.id && (n.stage == NominationStage::Nominated ||
                                   n.stage == NominationStage::PreliminaryPassed);
    const bool onNotice =
        n.id && r.noticeStart.isValid() && !r.confirmed && n.stage == NominationStage::JointPassed;
    m_newRound->setEnabled(writable);
    m_editRound->setEnabled(writable && round);
    m_editQuotas->setEnabled(writable && round && !r.confirmed);
    m_nominate->setEnabled(writable && open);
    m_pass->setEnabled(writable && open && inReview);
    m_reject->setEnabled(writable && open && inReview);
    m_pass->setText(n.stage == NominationStage::PreliminaryPassed ? tr("&Pass joint review")
                                                                  : tr("&Pass preliminary review"));
    m_notice->setEnabled(writable && open);
    m_objection->setEnabled(writable && onNotice);
    m_resolve->setEnabled(writable && onNotice && n.openObjections > 0);
    m_confirm->setEnabled(writable && r.noticeEnd.isValid() && !r.confirmed &&
                          QDate::currentDate() > r.noticeEnd);
    m_confirm->setToolTip(r.noticeEnd.isValid() && !r.confirmed
                              ? tr("The list can be confirmed after the notice ends on %1.")
                                    .arg(displayDate(r.noticeEnd))
                              : QString());
    m_print->setEnabled(r.noticeStart.isValid());
    m_pdf->setEnabled(r.noticeStart.isValid());
}

void SelectionPage::newRound()
{
    RoundDialog dialog(
        *m_office,
        {0,
         tr("%1 selection of deliberation representatives").arg(QDate::currentDate().year()),
         10,
         {},
         {},
         false,
         {}},
        this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_round->setCurrentIndex(m_round->findData(dialog.savedId()));
    }
}

void SelectionPage::editRound()
{
    RoundDialog dialog(*m_office, m_shown, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SelectionPage::editQuotas()
{
    QuotasDialog dialog(*m_office, currentRoundId(), this);
    if (dialog.exec() == QDialog::Accepted)
        showRound();
}

void SelectionPage::nominate()
{
    NominationDialog dialog(*m_office, currentRoundId(), this);
    if (dialog.exec() == QDialog::Accepted)
        showRound();
}

void SelectionPage::review(bool passed)
{
    QString reason;
    if (!passed) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Does not pass"), tr("Why does the candidate not pass the review?"), {}, &ok);
        if (!ok)
            return;
    }
    try {
        SelectionRepository::review(*m_office, currentNominationId(), passed, reason);
    } catch (const Error& e) {
        showError(this, tr("Recording the review"), e);
    }
    showRound();
}

void SelectionPage::startNotice()
{
    NoticeStartDialog dialog(*m_office, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        SelectionRepository::startNotice(*m_office, currentRoundId(), dialog.start());
    } catch (const Error& e) {
        showError(this, tr("Starting the public notice"), e);
    }
    showRound();
}

void SelectionPage::addObjection()
{
    for (const Nomination& n : std::as_const(m_nominations))
        if (n.id == currentNominationId()) {
            ObjectionDialog dialog(*m_office, n, m_shown, this);
            if (dialog.exec() == QDialog::Accepted)
                showRound();
            return;
        }
}

void SelectionPage::resolveObjection()
{
    for (const Objection& o :
         SelectionRepository::objections(m_office->db(), currentNominationId())) {
        if (o.outcome != QLatin1String("open"))
            continue;
        QMessageBox box(QMessageBox::Question, tr("Deal with objection"),
                        tr("Objection received on %1:\n\n%2\n\nIs it upheld? An upheld objection "
                           "takes the candidate off the list.")
                            .arg(displayDate(o.receivedOn), o.content),
                        QMessageBox::Cancel, this);
        QPushButton* upheld = box.addButton(tr("Upheld"), QMessageBox::DestructiveRole);
        QPushButton* dismissed = box.addButton(tr("Dismissed"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != upheld && box.clickedButton() != dismissed)
            return;
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Deal with objection"), tr("What was found:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        try {
            SelectionRepository::resolveObjection(*m_office, o.id, box.clickedButton() == upheld,
                                                  note);
        } catch (const Error& e) {
            showError(this, tr("Dealing with the objection"), e);
        }
        break;
    }
    showRound();
}

void SelectionPage::confirm()
{
    if (QMessageBox::question(this, tr("Confirm list"),
                              tr("Confirm the candidates on the notice as deliberation "
                                 "representatives? They are added to the roster."),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    try {
        const int added =
            SelectionRepository::confirm(*m_office, currentRoundId(), QDate::currentDate());
        QMessageBox::information(
            this, tr("Confirm list"),
            tr("%n deliberation representative(s) confirmed.", nullptr, added));
    } catch (const Error& e) {
        showError(this, tr("Confirming the list"), e);
    }
    showRound();
}

void SelectionPage::printNotice()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    buildSelectionNotice(m_office->db(), currentRoundId(), document);
    paintPages(document, printer, selectionNoticeFrame(m_office->db(), currentRoundId()));
}

void SelectionPage::saveNoticePdf(const QString& chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"),
                                            m_round->currentText() + tr(" notice") +
                                                QStringLiteral(".pdf"),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        QTextDocument document;
        buildSelectionNotice(m_office->db(), currentRoundId(), document);
        writePdf(document, path, m_round->currentText(),
                 selectionNoticeFrame(m_office->db(), currentRoundId()));
    } catch (const Error& e) {
        showError(this, tr("Saving the notice"), e);
    }
}

} // namespace dd::ui
