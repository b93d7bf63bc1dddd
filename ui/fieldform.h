#pragma once

#include "storage/error.h"

#include <QHash>
#include <QObject>

class QFormLayout;
class QLabel;
class QWidget;

namespace dd::ui {

// A QFormLayout whose rows each carry a message line under the editor, for the FieldErrors
// core returns: showErrors() fills the lines of the named fields and focuses the first.
// A message line in the error colour, hidden until it has something to say.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);

class FieldForm final
{
public:
    explicit FieldForm(QWidget* owner);

    QFormLayout* layout() const { return m_layout; }
    // Adds a row labelled label for field (the key core uses in FieldError::field).
    void addRow(const QString& field, const QString& label, QWidget* editor);
    void showErrors(const QList<FieldError>& errors);
    void clearErrors() { showErrors({}); }
    QLabel* errorLabel(const QString& field) const { return m_errors.value(field); }

private:
    QWidget* m_owner;
    QFormLayout* m_layout;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QWidget*> m_editors;
};

} // namespace dd::ui
