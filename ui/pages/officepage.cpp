#include "officepage.h"

#include "errors.h"
#include "fieldform.h"
#include "storage/officefile.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

OfficePage::OfficePage(QWidget* parent)
    : Page(parent), m_form(this), m_name(new QLineEdit(this)), m_district(new QLineEdit(this)),
      m_city(new QLineEdit(this)), m_term(new QSpinBox(this)), m_year(new QSpinBox(this)),
      m_status(new QLabel(this)), m_readOnlyNote(new QLabel(this)),
      m_saveButton(new QPushButton(tr("&Save"), this)),
      m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("officePage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_district->setObjectName(QStringLiteral("districtEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_term->setObjectName(QStringLiteral("termSpin"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));

    for (QLineEdit* edit : {m_name, m_district, m_city})
        edit->setMaxLength(OfficeSettings::kMaxTextLength + 10); // longer input gets a message
    m_name->setPlaceholderText(tr("e.g. 市西街道"));
    m_term->setRange(1, 99);
    m_term->setPrefix(tr("No. "));
    m_term->setSuffix(tr(" term"));
    m_year->setRange(1990, 2100);
    m_year->setGroupSeparatorShown(false);

    auto* heading = new QLabel(tr("<h2>This office</h2>"), this);
    auto* intro = new QLabel(tr("The street office this file belongs to. The name and work year "
                                "appear on every register and report."),
                             this);
    intro->setWordWrap(true);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->hide();

    const auto addRow = [this](const QString& field, QWidget* editor) {
        m_form.addRow(field, OfficeSettings::fieldLabel(field), editor);
    };
    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("district"), m_district);
    addRow(QStringLiteral("city"), m_city);
    addRow(QStringLiteral("congressTerm"), m_term);
    addRow(QStringLiteral("workYear"), m_year);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(m_form.layout());
    layout->addLayout(buttons);
    layout->addStretch(1);
    setMaximumWidth(720);

    for (QLineEdit* edit : {m_name, m_district, m_city})
        connect(edit, &QLineEdit::textEdited, this, &OfficePage::updateButtons);
    for (QSpinBox* spin : {m_term, m_year})
        connect(spin, &QSpinBox::valueChanged, this, &OfficePage::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &OfficePage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &OfficePage::revert);
    m_saveButton->setDefault(true);
    setEnabled(false);
}

QString OfficePage::title() const
{
    return tr("This office");
}

void OfficePage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    const bool editable = office && office->allows(Permission::ConfigureOffice);
    for (QLineEdit* edit : {m_name, m_district, m_city})
        edit->setReadOnly(!editable);
    for (QSpinBox* spin : {m_term, m_year})
        spin->setReadOnly(!editable);
    m_readOnlyNote->setVisible(office && !editable);
    if (office && !editable)
        m_readOnlyNote->setText(
            office->isReadOnly()
                ? tr("This file is open read-only: the settings cannot be changed.")
                : tr("Only an administrator can change the office settings."));
    m_status->clear();
    if (!office) {
        m_saved = {};
        showValues(m_saved);
        return;
    }
    try {
        m_saved = OfficeRepository::load(*office);
    } catch (const Error& e) {
        showError(this, tr("Cannot read the office settings"), e);
        m_saved = {};
    }
    showValues(m_saved);
}

OfficeSettings OfficePage::formValues() const
{
    OfficeSettings s;
    s.name = m_name->text();
    s.district = m_district->text();
    s.city = m_city->text();
    s.congressTerm = m_term->value();
    s.workYear = m_year->value();
    return s;
}

void OfficePage::showValues(const OfficeSettings& s)
{
    const QSignalBlocker b1(m_term), b2(m_year);
    m_name->setText(s.name);
    m_district->setText(s.district);
    m_city->setText(s.city);
    m_term->setValue(s.congressTerm);
    m_year->setValue(s.workYear);
    m_form.clearErrors();
    updateButtons();
}

bool OfficePage::isDirty() const
{
    return m_dirty;
}

void OfficePage::updateButtons()
{
    const bool dirty = m_office && m_office->allows(Permission::ConfigureOffice) &&
                       formValues().normalized() != m_saved;
    m_saveButton->setEnabled(dirty);
    m_revertButton->setEnabled(dirty);
    if (dirty)
        m_status->clear();
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

bool OfficePage::save()
{
    if (!m_office || !m_dirty)
        return true;
    try {
        OfficeRepository::save(*m_office, formValues());
    } catch (const ValidationError& e) {
        m_form.showErrors(e.fieldErrors());
        m_status->setText(tr("Not saved: please correct the marked fields."));
        return false;
    } catch (const Error& e) {
        showError(this, tr("Cannot save the office settings"), e);
        return false;
    }
    m_saved = OfficeRepository::load(*m_office);
    showValues(m_saved);
    m_status->setText(tr("Saved."));
    Q_EMIT officeChanged();
    return true;
}

void OfficePage::revert()
{
    showValues(m_saved);
}

} // namespace dd::ui
