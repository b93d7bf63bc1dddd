#include "treepage.h"

#include "errors.h"
#include "storage/error.h"
#include "storage/officefile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace dd::ui {

TreePage::TreePage(const QString& heading, QWidget* parent)
    : Page(parent), m_tree(new QTreeWidget(this)), m_actions(new QHBoxLayout),
      m_count(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()), this));
    layout->addWidget(m_tree, 1);
    m_actions->addStretch(1);
    m_actions->addWidget(m_count);
    layout->addLayout(m_actions);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] { updateActions(); });
    setEnabled(false);
}

void TreePage::setOffice(OfficeFile* office)
{
    m_office = office;
    setEnabled(office != nullptr);
    reload();
}

void TreePage::reload()
{
    const QString kind = currentKind();
    const qint64 id = currentId();
    m_tree->clear();
    if (m_office) {
        try {
            fill();
        } catch (const Error& e) {
            showError(this, tr("Reading the list"), e);
        }
    }
    m_tree->expandAll();
    for (int c = 0; c + 1 < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    select(kind, id);
    updateActions();
}

QPushButton* TreePage::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_actions->insertWidget(m_actions->count() - 2, button);
    return button;
}

QTreeWidgetItem* TreePage::item(QTreeWidgetItem* parent, const QStringList& columns, qint64 id,
                                const QString& kind)
{
    auto* item =
        parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
    item->setData(0, kIdRole, id);
    item->setData(0, kKindRole, kind);
    return item;
}

qint64 TreePage::currentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, kIdRole).toLongLong() : 0;
}

QString TreePage::currentKind() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, kKindRole).toString() : QString();
}

void TreePage::select(const QString& kind, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id && (*it)->data(0, kKindRole) == kind) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

bool TreePage::writable() const
{
    return m_office && m_office->allows(Permission::EnterRecords);
}

void TreePage::setCount(const QString& text)
{
    m_count->setText(text);
}

} // namespace dd::ui
