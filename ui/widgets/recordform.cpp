#include "recordform.h"

#include "checklist.h"
#include "commonchoices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd::ui {

using Kind = FieldSpec::Kind;

RecordForm::RecordForm(const QSqlDatabase& db, RecordSpec spec, QWidget* parent)
    : QWidget(parent), m_db(db), m_spec(std::move(spec)), m_form(this)
{
    for (const FieldSpec& f : std::as_const(m_spec.fields)) {
        QWidget* editor = makeEditor(f);
        editor->setObjectName(f.key + QStringLiteral("Edit"));
        m_editors.insert(f.key, editor);
        QWidget* cell = editor;
        if (f.personal) {
            cell = new QWidget(this);
            auto* row = new QHBoxLayout(cell);
            row->setContentsMargins(0, 0, 0, 0);
            auto* show = new QPushButton(tr("Show"), cell);
            show->setObjectName(f.key + QStringLiteral("Reveal"));
            show->setToolTip(tr("Showing the full value is recorded in the audit log."));
            show->hide();
            row->addWidget(editor, 1);
            row->addWidget(show);
            connect(show, &QPushButton::clicked, this,
                    [this, key = f.key] { Q_EMIT revealRequested(key); });
        }
        m_form.addRow(f.key, f.required ? f.label + QStringLiteral(" *") : f.label, cell);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form.layout());
}

QWidget* RecordForm::makeEditor(const FieldSpec& f)
{
    switch (f.kind) {
    case Kind::LongText: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(70);
        return edit;
    }
    case Kind::Choice: {
        auto* combo = new QComboBox(this);
        for (const auto& [key, label] : f.choices)
            combo->addItem(label, key);
        return combo;
    }
    case Kind::Number: {
        auto* spin = new QSpinBox(this);
        spin->setRange(f.minimum, f.maximum);
        spin->setSpecialValueText(tr("—"));
        return spin;
    }
    case Kind::Reference: {
        auto* combo = new QComboBox(this);
        combo->addItem(f.required ? tr("(choose)") : tr("(none)"), 0);
        const QList<Choice> choices = RecordStore::choices(m_db, f);
        for (const Choice& c : choices)
            combo->addItem(c.label, c.id);
        fitChoices(combo, choices);
        return combo;
    }
    case Kind::Links: {
        auto* list = new CheckList(this);
        list->setChoices(RecordStore::choices(m_db, f));
        list->setAllowNew(!f.createTable.isEmpty());
        return list;
    }
    default: {
        auto* edit = new QLineEdit(this);
        edit->setMaxLength(f.maxLength);
        if (f.kind == Kind::Phone)
            edit->setPlaceholderText(tr("e.g. 13812345678 or 0532-83881234"));
        return edit;
    }
    }
}

void RecordForm::setRecord(const QVariantMap& record)
{
    m_loaded = record;
    m_masked.clear();
    for (const FieldSpec& f : std::as_const(m_spec.fields)) {
        QWidget* editor = m_editors.value(f.key);
        const QVariant v = record.value(f.key);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setText(v.toString());
            line->setReadOnly(false);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
            text->setPlainText(v.toString());
        } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setValue(v.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QVariant key =
                f.kind == Kind::Reference ? QVariant(v.toLongLong()) : QVariant(v.toString());
            const int index = combo->findData(key);
            combo->setCurrentIndex(index >= 0 ? index : 0);
        } else if (auto* list = qobject_cast<CheckList*>(editor)) {
            list->setChecked(v.toList());
        }
    }
}

QVariantMap RecordForm::record() const
{
    QVariantMap record = m_loaded;
    for (const FieldSpec& f : std::as_const(m_spec.fields)) {
        if (m_masked.contains(f.key))
            continue; // unchanged: the stored value stays
        QWidget* editor = m_editors.value(f.key);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            record.insert(f.key, line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            record.insert(f.key, text->toPlainText());
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            record.insert(f.key, spin->value());
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            record.insert(f.key, combo->currentData());
        else if (auto* list = qobject_cast<CheckList*>(editor))
            record.insert(f.key, list->checked());
    }
    return record;
}

void RecordForm::setMasked(const QString& key, const QString& masked)
{
    auto* line = qobject_cast<QLineEdit*>(m_editors.value(key));
    if (!line)
        return;
    m_masked.insert(key);
    line->setText(masked);
    line->setReadOnly(true);
    if (auto* show = findChild<QPushButton*>(key + QStringLiteral("Reveal")))
        show->show();
}

void RecordForm::reveal(const QString& key, const QString& value)
{
    auto* line = qobject_cast<QLineEdit*>(m_editors.value(key));
    if (!line)
        return;
    m_masked.remove(key);
    line->setReadOnly(false);
    line->setText(value);
    if (auto* show = findChild<QPushButton*>(key + QStringLiteral("Reveal")))
        show->hide();
}

} // namespace dd::ui
