#include "checklist.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
constexpr int kNewRole = Qt::UserRole + 1; // true for names typed here, not yet in the file

QListWidgetItem* newItem(const QString& label)
{
    auto* item = new QListWidgetItem(label);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    return item;
}
} // namespace

CheckList::CheckList(QWidget* parent)
    : QWidget(parent), m_tickedOnly(new QCheckBox(this)), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    m_filter->setObjectName(QStringLiteral("checkListFilter"));
    m_list->setObjectName(QStringLiteral("checkList"));
    m_filter->setPlaceholderText(tr("Filter: name, pinyin or initials"));
    m_filter->setClearButtonEnabled(true);
    m_list->setMinimumHeight(110);
    m_tickedOnly->setObjectName(QStringLiteral("tickedOnly"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_tickedOnly);
    connect(m_filter, &QLineEdit::textChanged, this, &CheckList::applyFilter);
    connect(m_tickedOnly, &QCheckBox::toggled, this, &CheckList::applyFilter);
    m_filter->installEventFilter(this);
    connect(m_list, &QListWidget::itemChanged, this, &CheckList::changed);
    connect(m_list, &QListWidget::itemChanged, this, &CheckList::countLater);
    count();
}

bool CheckList::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the filter ticks (or adds) what was typed; it must not reach the dialog,
    // where it would press the default button and save half-way through the choosing.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckList::setChoices(const QList<Choice>& choices)
{
    const QVariantList keep = checked();
    m_list->clear();
    m_names.clearKeys();
    // Each item made whole before it joins the list: an item's every change in the list is a
    // signal, 11,000 deputies' thrice over.
    for (const Choice& c : choices) {
        QListWidgetItem* item = newItem(c.label);
        item->setData(Qt::UserRole, c.id);
        m_list->addItem(item);
        m_names.addKeys(c.label, c.pinyin, c.initials);
    }
    setChecked(keep);
    if (m_tickedOnly->isChecked())
        applyFilter();
    countLater();
}

void CheckList::setAllowNew(bool allow)
{
    m_allowNew = allow;
    m_filter->setPlaceholderText(allow ? tr("Filter, or type a new name and press Enter")
                                       : tr("Filter: name, pinyin or initials"));
}

QVariantList CheckList::checked() const
{
    QVariantList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (item->data(kNewRole).toBool())
            result << item->text();
        else
            result << item->data(Qt::UserRole).toLongLong();
    }
    return result;
}

void CheckList::setChecked(const QVariantList& ids)
{
    QSet<qint64> wanted;
    for (const QVariant& v : ids)
        if (v.typeId() != QMetaType::QString)
            wanted.insert(v.toLongLong());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (!item->data(kNewRole).toBool())
            item->setCheckState(wanted.contains(item->data(Qt::UserRole).toLongLong())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
    for (const QVariant& v : ids)
        if (v.typeId() == QMetaType::QString) {
            m_filter->setText(v.toString());
            addTyped();
        }
    m_filter->clear();
}

void CheckList::applyFilter()
{
    m_names.setText(m_filter->text());
    const bool tickedOnly = m_tickedOnly->isChecked();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden((tickedOnly && item->checkState() != Qt::Checked) ||
                        !m_names.matches(item->text()));
    }
}

// The count once per turn of the event loop, however many items were ticked in it (setChecked
// ticks thousands).
void CheckList::countLater()
{
    if (m_countPending)
        return;
    m_countPending = true;
    QTimer::singleShot(0, this, [this] {
        m_countPending = false;
        count();
    });
}

void CheckList::count()
{
    int ticked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        ticked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_tickedOnly->setText(tr("Ticked only (%1)").arg(ticked));
}

void CheckList::addTyped()
{
    const QString name = m_filter->text().trimmed();
    if (name.isEmpty())
        return;
    const QList<QListWidgetItem*> same = m_list->findItems(name, Qt::MatchExactly);
    QList<QListWidgetItem*> visible;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            visible << m_list->item(i);
    if (!same.isEmpty()) {
        same.first()->setCheckState(Qt::Checked);
    } else if (visible.size() == 1) {
        visible.first()->setCheckState(Qt::Checked); // Enter ticks the only match
    } else if (m_allowNew) {
        QListWidgetItem* item = newItem(name);
        item->setData(kNewRole, true);
        item->setCheckState(Qt::Checked);
        item->setToolTip(tr("New: created when saved"));
        m_list->addItem(item);
        Q_EMIT changed();
    }
    m_filter->clear();
}

} // namespace dd::ui
