#include "selectiondialogs.h"

#include "errors.h"
#include "org/orgspecs.h"
#include "org/workcalendar.h"
#include "storage/displayformat.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QDialogButtonBox* saveCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

RoundDialog::RoundDialog(OfficeFile& office, const SelectionRound& round, QWidget* parent)
    : QDialog(parent), m_office(office), m_round(round), m_form(this),
      m_name(new QLineEdit(round.name, this)), m_seats(new QSpinBox(this)),
      m_notes(new QPlainTextEdit(round.notes, this))
{
    setWindowTitle(round.id ? tr("Edit selection round") : tr("New selection round"));
    m_name->setObjectName(QStringLiteral("roundName"));
    m_name->setPlaceholderText(tr("e.g. 2026年议事代表推选"));
    m_seats->setRange(0, 1000);
    m_seats->setValue(round.seats);
    m_notes->setTabChangesFocus(true);
    m_form.addRow(QStringLiteral("name"), tr("Round"), m_name);
    m_form.addRow(QStringLiteral("seats"), tr("Seats"), m_seats);
    m_form.addRow(QStringLiteral("notes"), tr("Notes"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(saveCancel(this));
}

void RoundDialog::accept()
{
    SelectionRound round = m_round;
    round.name = m_name->text();
    round.seats = m_seats->value();
    round.notes = m_notes->toPlainText();
    try {
        m_round.id = SelectionRepository::saveRound(m_office, round);
    } catch (const ValidationError& e) {
        m_form.showErrors(e.fieldErrors());
        return;
    } catch (const Error& e) {
        showError(this, tr("Saving the round"), e);
        return;
    }
    QDialog::accept();
}

QuotasDialog::QuotasDialog(OfficeFile& office, qint64 roundId, QWidget* parent)
    : QDialog(parent), m_office(office), m_roundId(roundId), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Quotas"));
    m_table->setObjectName(QStringLiteral("quotasTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("By"), tr("Value"), tr("Places")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const Quota& q : SelectionRepository::quotas(office.db(), roundId))
        addRow(q);
    auto* add = new QPushButton(tr("&Add row"), this);
    auto* remove = new QPushButton(tr("&Remove row"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How many places each sector, affiliation or community "
                                    "should have among the candidates:"),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(saveCancel(this));
    resize(560, 400);
}

void QuotasDialog::addRow(const Quota& quota)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* dimension = new QComboBox(m_table);
    for (QuotaDimension d :
         {QuotaDimension::Sector, QuotaDimension::Party, QuotaDimension::Community})
        dimension->addItem(quotaDimensionName(d), int(d));
    dimension->setCurrentIndex(dimension->findData(int(quota.dimension)));
    auto* value = new QComboBox(m_table);
    value->setEditable(true);
    auto fillValues = [this, dimension, value] {
        const QString keep = value->currentText();
        value->clear();
        const auto d = QuotaDimension(dimension->currentData().toInt());
        if (d == QuotaDimension::Sector)
            value->addItems(kSectors);
        else if (d == QuotaDimension::Party)
            value->addItems(kParties);
        else
            for (const QVariantMap& c : RecordStore::list(m_office.db(), communitySpec()))
                value->addItem(c.value(QStringLiteral("name")).toString());
        value->setCurrentText(keep);
    };
    fillValues();
    value->setCurrentText(quota.value);
    connect(dimension, &QComboBox::currentIndexChanged, value, fillValues);
    auto* places = new QSpinBox(m_table);
    places->setRange(1, 1000);
    places->setValue(quota.required);
    m_table->setCellWidget(row, 0, dimension);
    m_table->setCellWidget(row, 1, value);
    m_table->setCellWidget(row, 2, places);
    m_table->setCurrentCell(row, 1);
}

void QuotasDialog::accept()
{
    QList<Quota> quotas;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* d = qobject_cast<QComboBox*>(m_table->cellWidget(row, 0));
        const auto* v = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        const auto* p = qobject_cast<QSpinBox*>(m_table->cellWidget(row, 2));
        quotas << Quota{QuotaDimension(d->currentData().toInt()), v->currentText(), p->value(), 0};
    }
    try {
        SelectionRepository::setQuotas(m_office, m_roundId, quotas);
    } catch (const Error& e) {
        showError(this, tr("Saving the quotas"), e);
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui

namespace dd::ui {

NominationDialog::NominationDialog(OfficeFile& office, qint64 roundId, QWidget* parent)
    : QDialog(parent), m_office(office), m_roundId(roundId), m_form(this),
      m_name(new QLineEdit(this)), m_gender(new QComboBox(this)), m_birthDate(new QLineEdit(this)),
      m_party(editableCombo(this, kParties)), m_sector(editableCombo(this, kSectors)),
      m_workUnit(new QLineEdit(this)), m_community(new QComboBox(this)),
      m_phone(new QLineEdit(this)), m_idNumber(new QLineEdit(this)),
      m_byParty(new QRadioButton(tr("A party organisation"), this)),
      m_byResidents(new QRadioButton(tr("10 or more residents jointly"), this)),
      m_org(new QComboBox(this)), m_residents(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Nominate a candidate"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_sector->setObjectName(QStringLiteral("sectorEdit"));
    m_gender->addItem(QString(), int(Gender::Unknown));
    m_gender->addItem(genderName(Gender::Male), int(Gender::Male));
    m_gender->addItem(genderName(Gender::Female), int(Gender::Female));
    m_birthDate->setPlaceholderText(tr("e.g. 1975-03-08 (filled from the ID number)"));
    m_community->addItem(tr("(none)"), 0);
    for (const QVariantMap& c : RecordStore::list(office.db(), communitySpec())) {
        m_community->addItem(c.value(QStringLiteral("name")).toString(),
                             c.value(QStringLiteral("id")));
        m_org->addItem(c.value(QStringLiteral("name")).toString() + tr(" Party Committee"));
    }
    m_org->setEditable(true);
    m_org->setCurrentText(QString());
    m_org->setObjectName(QStringLiteral("partyOrgEdit"));
    m_residents->setObjectName(QStringLiteral("residentsEdit"));
    m_residents->setPlaceholderText(tr("One resident per line: name, then the address "
                                       "(e.g. 王芳 向阳小区3号楼)"));
    m_residents->setTabChangesFocus(true);
    m_byParty->setChecked(true);

    auto* nominator = new QWidget(this);
    auto* radios = new QHBoxLayout(nominator);
    radios->setContentsMargins(0, 0, 0, 0);
    radios->addWidget(m_byParty);
    radios->addWidget(m_byResidents);
    radios->addStretch(1);

    m_form.addRow(QStringLiteral("name"), tr("Name") + QStringLiteral(" *"), m_name);
    m_form.addRow(QStringLiteral("gender"), tr("Gender"), m_gender);
    m_form.addRow(QStringLiteral("birthDate"), tr("Birth date"), m_birthDate);
    m_form.addRow(QStringLiteral("party"), tr("Political affiliation"), m_party);
    m_form.addRow(QStringLiteral("sector"), tr("Sector"), m_sector);
    m_form.addRow(QStringLiteral("workUnit"), tr("Work unit and post"), m_workUnit);
    m_form.addRow(QStringLiteral("community"), tr("Community"), m_community);
    m_form.addRow(QStringLiteral("phone"), tr("Phone"), m_phone);
    m_form.addRow(QStringLiteral("idNumber"), tr("ID number"), m_idNumber);
    m_form.addRow(QStringLiteral("nominatedBy"), tr("Nominated by"), nominator);
    m_form.addRow(QStringLiteral("nominatingOrg"), tr("Party organisation"), m_org);
    m_form.addRow(QStringLiteral("residents"), tr("Nominating residents"), m_residents);
    connect(m_byResidents, &QRadioButton::toggled, this, &NominationDialog::updateNominator);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(saveCancel(this));
    updateNominator();
    resize(560, 640);
}

void NominationDialog::updateNominator()
{
    m_org->setEnabled(!m_byResidents->isChecked());
    m_residents->setEnabled(m_byResidents->isChecked());
}

Nomination NominationDialog::nomination() const
{
    Nomination n;
    n.roundId = m_roundId;
    n.name = m_name->text();
    n.gender = Gender(m_gender->currentData().toInt());
    n.birthDate = validate::parseDate(m_birthDate->text());
    n.party = m_party->currentText();
    n.sector = m_sector->currentText();
    n.workUnit = m_workUnit->text();
    n.communityId = m_community->currentData().toLongLong();
    n.phone = m_phone->text();
    n.idNumber = m_idNumber->text();
    n.byResidents = m_byResidents->isChecked();
    n.nominatingOrg = m_org->currentText();
    const QStringList lines = m_residents->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        // The name is what comes before the first space or comma; the rest is the address.
        const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[\\s,，、]")));
        n.residents << Nominator{cut < 0 ? text : text.left(cut),
                                 cut < 0 ? QString() : text.mid(cut + 1).trimmed()};
    }
    return n;
}

void NominationDialog::accept()
{
    const Nomination n = nomination();
    if (!m_birthDate->text().trimmed().isEmpty() && !n.birthDate.isValid()) {
        m_form.showErrors({FieldError{QStringLiteral("birthDate"), tr("Birth date"),
                                      tr("Birth date is not a date; expected e.g. 1975-03-08.")}});
        return;
    }
    try {
        m_savedId = SelectionRepository::nominate(m_office, n);
    } catch (const ValidationError& e) {
        m_form.showErrors(e.fieldErrors());
        return;
    } catch (const Error& e) {
        showError(this, tr("Saving the nomination"), e);
        return;
    }
    QDialog::accept();
}

NoticeStartDialog::NoticeStartDialog(OfficeFile& office, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)), m_end(new QLabel(this))
{
    setWindowTitle(tr("Start the public notice"));
    m_date->setObjectName(QStringLiteral("noticeStart"));
    m_end->setObjectName(QStringLiteral("noticeEnd"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const WorkCalendar calendar = WorkCalendar::load(office.db());
    auto update = [this, calendar] {
        m_end->setText(
            tr("The notice ends on %1, 3 working days later.")
                .arg(displayDate(calendar.addWorkingDays(m_date->date(), kNoticeWorkingDays))));
    };
    connect(m_date, &QDateEdit::dateChanged, this, update);
    update();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Notice starts on:"), m_date);
    form->addRow(QString(), m_end);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDate NoticeStartDialog::start() const
{
    return m_date->date();
}

ObjectionDialog::ObjectionDialog(OfficeFile& office, const Nomination& candidate,
                                 const SelectionRound& round, QWidget* parent)
    : QDialog(parent), m_office(office), m_nominationId(candidate.id), m_form(this),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_content(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("objectionDialog"));
    setWindowTitle(tr("Record objection"));
    m_date->setObjectName(QStringLiteral("receivedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (round.noticeStart.isValid() && round.noticeStart <= QDate::currentDate())
        m_date->setDateRange(round.noticeStart, QDate::currentDate());
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What was objected to, and by whom?"));
    auto* about = new QLabel(
        tr("Objection to %1, on the notice from %2 to %3.")
            .arg(candidate.name, displayDate(round.noticeStart), displayDate(round.noticeEnd)),
        this);
    about->setWordWrap(true);
    m_form.layout()->addRow(about);
    m_form.addRow(QStringLiteral("receivedOn"), tr("&Received on"), m_date);
    m_form.addRow(QStringLiteral("content"), tr("&Objection"), m_content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ObjectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout());
    layout->addWidget(buttons);
    resize(520, 320);
    m_content->setFocus();
}

void ObjectionDialog::save()
{
    try {
        SelectionRepository::addObjection(m_office, m_nominationId, m_date->date(),
                                          m_content->toPlainText());
        accept();
    } catch (const ValidationError& e) {
        m_form.showErrors(e.fieldErrors());
    } catch (const Error& e) {
        showError(this, tr("Recording the objection"), e);
    }
}

} // namespace dd::ui
