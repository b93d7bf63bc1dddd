#pragma once

#include "fieldform.h"
#include "org/recordstore.h"

#include <QHash>
#include <QSet>
#include <QWidget>

namespace dd::ui {

// The editors for a RecordSpec's fields in a FieldForm: line edits, lists of choices, ticked
// lists for links. Personal fields show masked until revealed (see setMasked).
class RecordForm final : public QWidget
{
    Q_OBJECT
public:
    RecordForm(const QSqlDatabase& db, RecordSpec spec, QWidget* parent = nullptr);

    const RecordSpec& spec() const { return m_spec; }
    void setRecord(const QVariantMap& record);
    QVariantMap record() const;
    void showErrors(const QList<FieldError>& errors) { m_form.showErrors(errors); }
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    // Shows a personal field masked and read-only; record() then keeps the stored value.
    void setMasked(const QString& key, const QString& masked);
    void reveal(const QString& key, const QString& value);

Q_SIGNALS:
    void revealRequested(const QString& key);

private:
    QWidget* makeEditor(const FieldSpec& field);

    QSqlDatabase m_db;
    RecordSpec m_spec;
    FieldForm m_form;
    QHash<QString, QWidget*> m_editors;
    QVariantMap m_loaded;
    QSet<QString> m_masked;
};

} // namespace dd::ui
