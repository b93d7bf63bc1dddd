#include "communitiespage.h"

#include "org/orgspecs.h"
#include "storage/officefile.h"
#include "widgets/recordactions.h"

#include <QPushButton>
#include <QTreeWidget>

namespace dd::ui {

CommunitiesPage::CommunitiesPage(QWidget* parent)
    : TreePage(tr("Communities and grids"), parent),
      m_addCommunity(addButton(tr("New &community…"), QStringLiteral("addCommunityButton"))),
      m_addGrid(addButton(tr("New &grid…"), QStringLiteral("addGridButton"))),
      m_edit(addButton(tr("&Edit…"), QStringLiteral("editButton"))),
      m_delete(addButton(tr("&Delete"), QStringLiteral("deleteButton")))
{
    setObjectName(QStringLiteral("communitiesPage"));
    tree()->setHeaderLabels({tr("Name", "of a place or body"), tr("Kind"), tr("Grid leader"),
                             tr("Electoral districts"), tr("Address")});
    connect(m_addCommunity, &QPushButton::clicked, this, &CommunitiesPage::addCommunity);
    connect(m_addGrid, &QPushButton::clicked, this, &CommunitiesPage::addGrid);
    connect(m_edit, &QPushButton::clicked, this, &CommunitiesPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CommunitiesPage::deleteCurrent);
    connect(tree(), &QTreeWidget::itemActivated, this, &CommunitiesPage::editCurrent);
}

QString CommunitiesPage::title() const
{
    return tr("Communities");
}

void CommunitiesPage::fill()
{
    const QSqlDatabase db = m_office->db();
    const RecordSpec communities = communitySpec();
    const RecordSpec grids = gridSpec();
    const RecordLabels communityLabels(db, communities);
    const RecordLabels gridLabels(db, grids);
    QHash<qint64, QTreeWidgetItem*> byId;
    const QList<QVariantMap> all = RecordStore::list(db, communities);
    for (const QVariantMap& c : all) {
        const qint64 id = c.value(QStringLiteral("id")).toLongLong();
        byId.insert(id, item(nullptr,
                             {c.value(QStringLiteral("name")).toString(),
                              communityLabels.text(*communities.field(QStringLiteral("kind")), c),
                              QString(),
                              communityLabels.text(
                                  *communities.field(QStringLiteral("community_districts")), c),
                              c.value(QStringLiteral("address")).toString()},
                             id, QStringLiteral("community")));
    }
    int gridCount = 0;
    for (const QVariantMap& g : RecordStore::list(db, grids)) {
        QTreeWidgetItem* parent = byId.value(g.value(QStringLiteral("community_id")).toLongLong());
        item(parent,
             {g.value(QStringLiteral("name")).toString(), tr("Grid"),
              gridLabels.text(*grids.field(QStringLiteral("leader_deputy_id")), g), QString(),
              QString()},
             g.value(QStringLiteral("id")).toLongLong(), QStringLiteral("grid"));
        ++gridCount;
    }
    setCount(tr("Communities: %1, grids: %2").arg(all.size()).arg(gridCount));
}

void CommunitiesPage::updateActions()
{
    const bool selected = currentId() > 0;
    m_addCommunity->setEnabled(writable());
    m_addGrid->setEnabled(writable() && selected);
    m_edit->setEnabled(writable() && selected);
    m_delete->setEnabled(writable() && selected);
}

void CommunitiesPage::addCommunity()
{
    if (!writable())
        return;
    if (const qint64 id = editRecord(this, *m_office, communitySpec(),
                                     {{QStringLiteral("kind"), QStringLiteral("community")}})) {
        reload();
        select(QStringLiteral("community"), id);
    }
}

void CommunitiesPage::addGrid()
{
    if (!writable() || currentId() <= 0)
        return;
    // The new grid belongs to the selected community, or to the selected grid's community.
    const QTreeWidgetItem* current = tree()->currentItem();
    const QTreeWidgetItem* community = current->parent() ? current->parent() : current;
    if (const qint64 id =
            editRecord(this, *m_office, gridSpec(),
                       {{QStringLiteral("community_id"), community->data(0, kIdRole)}})) {
        reload();
        select(QStringLiteral("grid"), id);
    }
}

void CommunitiesPage::editCurrent()
{
    if (!writable() || currentId() <= 0)
        return;
    const RecordSpec spec = currentKind() == QLatin1String("grid") ? gridSpec() : communitySpec();
    if (editRecord(this, *m_office, spec, {{QStringLiteral("id"), currentId()}}))
        reload();
}

void CommunitiesPage::deleteCurrent()
{
    if (!writable() || currentId() <= 0)
        return;
    const RecordSpec spec = currentKind() == QLatin1String("grid") ? gridSpec() : communitySpec();
    if (deleteRecord(this, *m_office, spec, currentId(), tree()->currentItem()->text(0)))
        reload();
}

} // namespace dd::ui
