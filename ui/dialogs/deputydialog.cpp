#include "deputydialog.h"

#include "errors.h"
#include "org/deputyrepository.h"
#include "org/masking.h"
#include "storage/officefile.h"
#include "widgets/commonchoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

DeputyDialog::DeputyDialog(OfficeFile& office, qint64 deputyId, QWidget* parent)
    : QDialog(parent), m_office(office), m_form(this)
{
    setObjectName(QStringLiteral("deputyDialog"));
    setWindowTitle(deputyId ? tr("Edit deputy") : tr("New deputy"));
    if (deputyId) {
        m_deputy = DeputyRepository::load(office.db(), deputyId);
        m_idRevealed = m_deputy.idNumber.isEmpty();
        m_phoneRevealed = m_deputy.phone.isEmpty();
    }
    buildForm();
    showDeputy();
    updateEnabled();
}

void DeputyDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_gender = new QComboBox(this);
    m_gender->addItem(QString(), int(Gender::Unknown));
    m_gender->addItem(genderName(Gender::Male), int(Gender::Male));
    m_gender->addItem(genderName(Gender::Female), int(Gender::Female));
    m_birthDate = new QLineEdit(this);
    m_birthDate->setPlaceholderText(tr("e.g. 1975-03-08 (filled from the ID number)"));
    m_ethnicity = editableCombo(this, kEthnicities);
    m_party = editableCombo(this, kParties);
    m_education = editableCombo(this, kEducation);
    m_workUnit = new QLineEdit(this);
    m_sector = editableCombo(this, kSectors);
    m_kind = new QComboBox(this);
    for (DeputyKind kind :
         {DeputyKind::Congress, DeputyKind::Deliberation, DeputyKind::Consultation})
        m_kind->addItem(deputyKindName(kind), int(kind));
    auto* levels = new QWidget(this);
    auto* levelsLayout = new QHBoxLayout(levels);
    levelsLayout->setContentsMargins(0, 0, 0, 0);
    for (CongressLevel level : kAllLevels) {
        auto* box = new QCheckBox(congressLevelName(level), levels);
        box->setObjectName(QStringLiteral("level_") + congressLevelKey(level));
        m_levels.insert(level, box);
        levelsLayout->addWidget(box);
    }
    levelsLayout->addStretch(1);
    m_district = editableCombo(this, DeputyRepository::electoralDistricts(m_office.db()));
    m_term = new QLineEdit(this);
    m_term->setPlaceholderText(tr("e.g. 第十八届"));
    m_phone = new QLineEdit(this);
    m_revealPhone = new QPushButton(tr("Show"), this);
    m_idNumber = new QLineEdit(this);
    m_revealId = new QPushButton(tr("Show"), this);
    m_expertise = new QLineEdit(this);
    m_expertise->setPlaceholderText(tr("e.g. 法律服务、医疗卫生"));
    m_status = new QComboBox(this);
    m_status->addItem(deputyStatusName(DeputyStatus::Serving), int(DeputyStatus::Serving));
    m_status->addItem(deputyStatusName(DeputyStatus::Retired), int(DeputyStatus::Retired));
    m_statusDate = new QLineEdit(this);
    m_statusDate->setPlaceholderText(tr("e.g. 2026-06-30"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(70);

    const auto withButton = [this](QLineEdit* edit, QPushButton* button) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        return row;
    };
    const QList<QPair<const char*, QWidget*>> rows = {
        {"name", m_name},
        {"gender", m_gender},
        {"idNumber", withButton(m_idNumber, m_revealId)},
        {"birthDate", m_birthDate},
        {"ethnicity", m_ethnicity},
        {"party", m_party},
        {"education", m_education},
        {"workUnit", m_workUnit},
        {"sector", m_sector},
        {"kind", m_kind},
        {"levels", levels},
        {"electoralDistrict", m_district},
        {"term", m_term},
        {"phone", withButton(m_phone, m_revealPhone)},
        {"expertise", m_expertise},
        {"status", m_status},
        {"statusDate", m_statusDate},
        {"notes", m_notes}};
    for (const auto& [field, editor] : rows) {
        const QString key = QString::fromLatin1(field);
        if (!editor->objectName().startsWith(QLatin1String("level")))
            editor->setObjectName(key + QStringLiteral("Edit"));
        m_form.addRow(key, Deputy::fieldLabel(key), editor);
    }
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));

    auto* content = new QWidget(this);
    content->setLayout(m_form.layout());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(640, 760);

    connect(buttons, &QDialogButtonBox::accepted, this, &DeputyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeputyDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeputyDialog::updateEnabled);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeputyDialog::updateEnabled);
    connect(m_revealId, &QPushButton::clicked, this,
            [this] { reveal(QStringLiteral("idNumber")); });
    connect(m_revealPhone, &QPushButton::clicked, this,
            [this] { reveal(QStringLiteral("phone")); });
}

void DeputyDialog::showDeputy()
{
    const Deputy& d = m_deputy;
    m_name->setText(d.name);
    m_gender->setCurrentIndex(m_gender->findData(int(d.gender)));
    m_birthDate->setText(dateText(d.birthDate));
    m_ethnicity->setCurrentText(d.ethnicity);
    m_party->setCurrentText(d.party);
    m_education->setCurrentText(d.education);
    m_workUnit->setText(d.workUnit);
    m_sector->setCurrentText(d.sector);
    m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    for (auto it = m_levels.begin(); it != m_levels.end(); ++it)
        it.value()->setChecked(d.levels.contains(it.key()));
    m_district->setCurrentText(d.electoralDistrict);
    m_term->setText(d.term);
    m_phone->setText(m_phoneRevealed ? d.phone : maskPhone(d.phone));
    m_idNumber->setText(m_idRevealed ? d.idNumber : maskResidentId(d.idNumber));
    m_expertise->setText(d.expertise);
    m_status->setCurrentIndex(m_status->findData(int(d.status)));
    m_statusDate->setText(dateText(d.statusDate));
    m_notes->setPlainText(d.notes);
}

void DeputyDialog::updateEnabled()
{
    const bool congress = m_kind->currentData().toInt() == int(DeputyKind::Congress);
    for (QCheckBox* box : std::as_const(m_levels))
        box->setEnabled(congress);
    m_statusDate->setEnabled(m_status->currentData().toInt() == int(DeputyStatus::Retired));
    m_idNumber->setReadOnly(!m_idRevealed);
    m_revealId->setVisible(!m_idRevealed);
    m_phone->setReadOnly(!m_phoneRevealed);
    m_revealPhone->setVisible(!m_phoneRevealed);
}

void DeputyDialog::reveal(const QString& field)
{
    try {
        const QString value = DeputyRepository::reveal(m_office, m_deputy.id, field);
        if (field == QLatin1String("idNumber")) {
            m_idRevealed = true;
            m_idNumber->setText(value);
        } else {
            m_phoneRevealed = true;
            m_phone->setText(value);
        }
    } catch (const Error& e) {
        showError(this, tr("Cannot show the full value"), e);
    }
    updateEnabled();
}

Deputy DeputyDialog::formValues(QList<FieldError>& parseErrors) const
{
    Deputy d = m_deputy;
    d.name = m_name->text();
    d.gender = Gender(m_gender->currentData().toInt());
    const auto parseDateField = [&parseErrors](const QLineEdit* edit, const char* field) {
        const QString text = edit->text().trimmed();
        const QDate date = validate::parseDate(text);
        if (!text.isEmpty() && !date.isValid()) {
            const QString key = QString::fromLatin1(field);
            parseErrors << FieldError{
                key, Deputy::fieldLabel(key),
                tr("%1 “%2” is not a date; write it like 1975-03-08 or 1975年3月8日.")
                    .arg(Deputy::fieldLabel(key), text)};
        }
        return date;
    };
    d.birthDate = parseDateField(m_birthDate, "birthDate");
    d.ethnicity = m_ethnicity->currentText();
    d.party = m_party->currentText();
    d.education = m_education->currentText();
    d.workUnit = m_workUnit->text();
    d.sector = m_sector->currentText();
    d.kind = DeputyKind(m_kind->currentData().toInt());
    d.levels.clear();
    for (auto it = m_levels.begin(); it != m_levels.end(); ++it)
        if (it.value()->isChecked())
            d.levels << it.key();
    d.electoralDistrict = m_district->currentText();
    d.term = m_term->text();
    if (m_phoneRevealed)
        d.phone = m_phone->text();
    if (m_idRevealed)
        d.idNumber = m_idNumber->text();
    d.expertise = m_expertise->text();
    d.status = DeputyStatus(m_status->currentData().toInt());
    d.statusDate =
        d.status == DeputyStatus::Retired ? parseDateField(m_statusDate, "statusDate") : QDate();
    d.notes = m_notes->toPlainText();
    return d;
}

void DeputyDialog::accept()
{
    QList<FieldError> errors;
    Deputy d = formValues(errors);
    if (!errors.isEmpty()) {
        m_form.showErrors(errors);
        return;
    }
    try {
        if (d.id)
            DeputyRepository::update(m_office, d);
        else
            d.id = DeputyRepository::add(m_office, d);
    } catch (const ValidationError& e) {
        m_form.showErrors(e.fieldErrors());
        return;
    } catch (const Error& e) {
        showError(this, tr("Cannot save the deputy"), e);
        return;
    }
    m_deputy = d;
    QDialog::accept();
}

} // namespace dd::ui
