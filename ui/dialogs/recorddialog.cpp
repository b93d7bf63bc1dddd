#include "recorddialog.h"

#include "errors.h"
#include "org/masking.h"
#include "storage/officefile.h"
#include "widgets/recordform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

void maskPersonalFields(RecordForm* form, const QVariantMap& record)
{
    if (record.value(QStringLiteral("id")).toLongLong() <= 0)
        return;
    for (const FieldSpec& f : form->spec().fields)
        if (f.personal && !record.value(f.key).toString().isEmpty())
            form->setMasked(f.key, maskPhone(record.value(f.key).toString()));
}

RecordDialog::RecordDialog(OfficeFile& office, const RecordSpec& spec, const QVariantMap& record,
                           QWidget* parent)
    : QDialog(parent), m_office(office), m_form(new RecordForm(office.db(), spec, this))
{
    setObjectName(QStringLiteral("recordDialog"));
    const qint64 id = record.value(QStringLiteral("id")).toLongLong();
    setWindowTitle(id > 0 ? tr("Edit %1").arg(spec.noun) : tr("New %1").arg(spec.noun));
    m_form->setRecord(record);
    maskPersonalFields(m_form, record);
    connect(m_form, &RecordForm::revealRequested, this, [this, id, spec](const QString& key) {
        try {
            m_form->reveal(key, RecordStore::reveal(m_office, spec, id, key));
        } catch (const Error& e) {
            showError(this, tr("Showing the full value"), e);
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void RecordDialog::accept()
{
    try {
        m_savedId = RecordStore::save(m_office, m_form->spec(), m_form->record());
    } catch (const ValidationError& e) {
        m_form->showErrors(e.fieldErrors());
        return;
    } catch (const Error& e) {
        showError(this, tr("Saving"), e);
        return;
    }
    QDialog::accept();
}

} // namespace dd::ui
