#include "orderedchoices.h"

#include "choicesearch.h"
#include "commonchoices.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>

namespace dd::ui {

namespace {
constexpr int kLabelRole = Qt::UserRole + 1; // the label without the first entry's mark

QListWidgetItem* chosenItem(qint64 id, const QString& label)
{
    auto* item = new QListWidgetItem(label);
    item->setData(Qt::UserRole, id);
    item->setData(kLabelRole, label);
    return item;
}
} // namespace

OrderedChoices::OrderedChoices(const QString& firstFormat, const QString& addPrompt,
                               QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_adder(new QComboBox(this)),
      m_up(new QPushButton(tr("Move u&p"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_remove(new QPushButton(tr("Remo&ve"), this)), m_firstFormat(firstFormat),
      m_addPrompt(addPrompt)
{
    m_list->setObjectName(QStringLiteral("chosenList"));
    m_adder->setObjectName(QStringLiteral("adder"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_list->setMinimumHeight(90);
    m_list->installEventFilter(this);
    makeAddSearchable(m_adder); // however few its entries: a box to add from is typed into
    m_adder->installEventFilter(this);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 4, 1);
    layout->addWidget(m_up, 0, 1);
    layout->addWidget(m_down, 1, 1);
    layout->addWidget(m_remove, 2, 1);
    layout->addWidget(m_adder, 4, 0, 1, 2);
    layout->setRowStretch(3, 1);
    setFocusProxy(m_adder);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &OrderedChoices::remove);
    connect(m_adder, &QComboBox::currentIndexChanged, this, &OrderedChoices::add);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrderedChoices::relabel);
    relabel();
}

bool OrderedChoices::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        remove();
        return true;
    }
    // The box adds what it is set to: keys and the wheel that would step through its entries
    // (adding each one passed) open its list instead, or do nothing.
    if (watched == m_adder && event->type() == QEvent::Wheel)
        return true;
    if (watched == m_adder && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            m_adder->showPopup();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderedChoices::setChoices(const QList<Choice>& choices)
{
    const QSignalBlocker block(m_adder);
    m_adder->clear();
    addChoices(m_adder, choices, m_addPrompt);
}

void OrderedChoices::setChosen(const QList<Choice>& chosen)
{
    m_list->clear();
    for (const Choice& c : chosen)
        m_list->addItem(chosenItem(c.id, c.label));
    relabel();
}

QList<qint64> OrderedChoices::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void OrderedChoices::add(int index)
{
    if (index <= 0) // the prompt
        return;
    const qint64 id = m_adder->itemData(index).toLongLong();
    int row = chosen().indexOf(id);
    if (row < 0) {
        m_list->addItem(chosenItem(id, m_adder->itemText(index)));
        row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row); // relabels
    const QSignalBlocker block(m_adder);
    m_adder->setCurrentIndex(0); // ready for the next
    Q_EMIT changed();
}

void OrderedChoices::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
    relabel();
    Q_EMIT changed();
}

void OrderedChoices::remove()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    relabel();
    Q_EMIT changed();
}

// The first entry marked, and the buttons enabled for the current one.
void OrderedChoices::relabel()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString label = item->data(kLabelRole).toString();
        item->setText(i == 0 ? m_firstFormat.arg(label) : label);
    }
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_remove->setEnabled(row >= 0);
}

} // namespace dd::ui
