#include "recordactions.h"

#include "dialogs/recorddialog.h"
#include "errors.h"
#include "storage/officefile.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace dd::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::RecordActions)
};
} // namespace

qint64 editRecord(QWidget* parent, OfficeFile& office, const RecordSpec& spec,
                  const QVariantMap& record)
{
    QVariantMap full = record;
    const qint64 id = record.value(QStringLiteral("id")).toLongLong();
    try {
        if (id > 0)
            full = RecordStore::load(office.db(), spec, id);
    } catch (const Error& e) {
        showError(parent, Text::tr("Opening the %1").arg(spec.noun), e);
        return 0;
    }
    RecordDialog dialog(office, spec, full, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

bool deleteRecord(QWidget* parent, OfficeFile& office, const RecordSpec& spec, qint64 id,
                  const QString& name)
{
    const auto answer = QMessageBox::question(
        parent, Text::tr("Delete %1").arg(spec.noun),
        Text::tr("Delete the %1 “%2”? This cannot be undone.").arg(spec.noun, name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    try {
        RecordStore::remove(office, spec, id);
    } catch (const Error& e) {
        showError(parent, Text::tr("Deleting the %1").arg(spec.noun), e);
        return false;
    }
    return true;
}

RecordLabels::RecordLabels(const QSqlDatabase& db, const RecordSpec& spec)
{
    for (const FieldSpec& f : spec.fields)
        if (f.inList && !f.choicesSql.isEmpty())
            m_labels.insert(f.key, RecordStore::labels(db, f));
}

QString RecordLabels::text(const FieldSpec& field, const QVariantMap& record) const
{
    return RecordStore::displayText(field, record.value(field.key), m_labels.value(field.key));
}

} // namespace dd::ui
