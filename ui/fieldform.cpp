#include "fieldform.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dd::ui {

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

FieldForm::FieldForm(QWidget* owner) : m_owner(owner), m_layout(new QFormLayout) {}

void FieldForm::addRow(const QString& field, const QString& label, QWidget* editor)
{
    // A row of several editors (a plain widget holding their layout) keeps its height: spare
    // room goes to editors that grow, never between a caption and its row.
    if (editor->metaObject() == &QWidget::staticMetaObject)
        editor->setSizePolicy(editor->sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    QLabel* error = makeErrorLabel(m_owner, field + QStringLiteral("Error"));
    auto* cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(error);
    auto* caption = new QLabel(label + QLatin1Char(':'), m_owner);
    caption->setBuddy(editor);
    m_layout->addRow(caption, cell);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
}

void FieldForm::showErrors(const QList<FieldError>& errors)
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    for (const FieldError& e : errors) {
        if (QLabel* label = m_errors.value(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
    if (!errors.isEmpty())
        if (QWidget* first = m_editors.value(errors.first().field))
            first->setFocus();
}

} // namespace dd::ui
