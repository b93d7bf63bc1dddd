#include "choicesearch.h"

#include "org/pinyin.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>

namespace dd::ui {

namespace {

// The combo's entries that answer what is typed; all of them when nothing is.
class ChoiceFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    NameFilter& names() { return m_names; }
    void setText(const QString& text)
    {
        m_names.setText(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_names.isEmpty())
            return true;
        // The first entry, none, is chosen by emptying the box, never by what is typed.
        return row > 0 && m_names.matches(sourceModel()->index(row, 0, parent).data().toString());
    }

private:
    mutable NameFilter m_names; // keeps the keys it works out
};

class ChoiceSearch final : public QObject
{
public:
    ChoiceSearch(QComboBox* combo, bool leavingTakes)
        : QObject(combo), m_combo(combo), m_filter(new ChoiceFilter(this)),
          m_completer(new QCompleter(this)), m_leavingTakes(leavingTakes)
    {
        setObjectName(QStringLiteral("choiceSearch"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setCompleter(nullptr); // Qt's own completes by the beginning of the text only
        m_filter->setSourceModel(combo->model());
        m_completer->setModel(m_filter);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setMaxVisibleItems(combo->maxVisibleItems());
        m_completer->setWrapAround(false); // past the end is no entry: Enter would take none
        m_completer->setWidget(combo->lineEdit());
        if (auto* list = qobject_cast<QListView*>(m_completer->popup()))
            list->setUniformItemSizes(true);
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, &ChoiceSearch::narrow);
        connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
                [this](const QModelIndex& index) { take(index); });
        // The combo has the focus for its line edit and passes it the keys: watched there.
        combo->installEventFilter(this);
    }

    NameFilter& names() { return m_filter->names(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_combo)
            return false;
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            // Enter with the list closed on a name half typed takes the first match; it must
            // not reach the dialog, whose default button would save the entry chosen before.
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !settled()) {
                settle();
                return true;
            }
            if (key == Qt::Key_Escape && !settled()) {
                putBack();
                return true;
            }
        } else if (event->type() == QEvent::FocusIn &&
                   static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason &&
                   showsNone() && m_combo->lineEdit()->text() == m_combo->itemText(0)) {
            putBack(); // empty while it has the focus
        } else if (event->type() == QEvent::FocusOut &&
                   static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
            // Tab, a click elsewhere
            if (m_leavingTakes)
                settle();
            else if (!settled())
                putBack();
            if (m_combo->lineEdit()->text().isEmpty())
                putBack(); // none, shown as such
        }
        return false;
    }

private:
    // The box is at its first entry and that means none (no data).
    bool showsNone() const
    {
        return m_combo->currentIndex() == 0 && !m_combo->itemData(0).isValid();
    }

    // The box shows the entry chosen (none also when empty).
    bool settled() const
    {
        const QString text = m_combo->lineEdit()->text();
        return text == m_combo->itemText(m_combo->currentIndex()) ||
               (text.isEmpty() && showsNone());
    }

    void narrow(const QString& text)
    {
        m_filter->setText(text);
        if (text.trimmed().isEmpty() || m_filter->rowCount() == 0) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }

    void take(const QModelIndex& index)
    {
        // index is the completer's, over the filter, over the combo's model
        const auto* completion =
            qobject_cast<const QAbstractProxyModel*>(m_completer->completionModel());
        if (!index.isValid() || !completion)
            return;
        m_combo->setCurrentIndex(m_filter->mapToSource(completion->mapToSource(index)).row());
        putBack(); // the text, even when the same row was chosen again
    }

    void settle()
    {
        const QModelIndex highlighted = m_completer->popup()->currentIndex();
        if (m_completer->popup()->isVisible() && highlighted.isValid()) {
            take(highlighted);
            return;
        }
        if (settled())
            return;
        const QString text = m_combo->lineEdit()->text().trimmed();
        const int exact = m_combo->findText(text);
        m_filter->setText(text);
        if (exact >= 0)
            m_combo->setCurrentIndex(exact);
        else if (text.isEmpty())
            m_combo->setCurrentIndex(0);
        else if (m_filter->rowCount() > 0)
            m_combo->setCurrentIndex(m_filter->mapToSource(m_filter->index(0, 0)).row());
        putBack();
    }

    // The box shows the entry chosen, the list closed. None (or the prompt of a box that adds)
    // is shown greyed in an empty box while it has the focus: what is typed after a click into
    // it, or after an entry was added, must not follow its text.
    void putBack()
    {
        m_completer->popup()->hide();
        m_filter->setText(QString());
        if (showsNone() && m_combo->hasFocus()) {
            m_combo->lineEdit()->setPlaceholderText(m_combo->itemText(0));
            m_combo->lineEdit()->clear();
        } else {
            m_combo->lineEdit()->setText(m_combo->itemText(m_combo->currentIndex()));
        }
    }

    QComboBox* m_combo;
    ChoiceFilter* m_filter;
    QCompleter* m_completer;
    bool m_leavingTakes;
};

ChoiceSearch* searchOf(QComboBox* combo, bool leavingTakes)
{
    // (ChoiceSearch has no meta-object of its own for findChild to tell it by)
    auto* search = static_cast<ChoiceSearch*>(
        combo->findChild<QObject*>(QStringLiteral("choiceSearch"), Qt::FindDirectChildrenOnly));
    return search ? search : new ChoiceSearch(combo, leavingTakes);
}

} // namespace

void makeSearchable(QComboBox* combo, const QList<Choice>& choices)
{
    ChoiceSearch* search = searchOf(combo, true);
    for (const Choice& c : choices)
        search->names().addKeys(c.label, c.pinyin, c.initials);
}

void makeAddSearchable(QComboBox* combo)
{
    searchOf(combo, false);
}

} // namespace dd::ui
