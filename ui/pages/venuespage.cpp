#include "venuespage.h"

#include "org/orgspecs.h"
#include "storage/officefile.h"
#include "widgets/recordactions.h"

#include <QPushButton>
#include <QTreeWidget>

namespace dd::ui {

VenuesPage::VenuesPage(QWidget* parent)
    : TreePage(tr("Venues (1+4+N)"), parent),
      m_add(addButton(tr("&New venue…"), QStringLiteral("addButton"))),
      m_edit(addButton(tr("&Edit…"), QStringLiteral("editButton"))),
      m_delete(addButton(tr("&Delete"), QStringLiteral("deleteButton")))
{
    setObjectName(QStringLiteral("venuesPage"));
    m_add->setToolTip(tr("The new venue is placed below the selected one."));
    tree()->setHeaderLabels({tr("Name", "of a place or body"), tr("Kind"), tr("Address"),
                             tr("Opening"), tr("Responsible deputies")});
    connect(m_add, &QPushButton::clicked, this, &VenuesPage::addVenue);
    connect(m_edit, &QPushButton::clicked, this, &VenuesPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &VenuesPage::deleteCurrent);
    connect(tree(), &QTreeWidget::itemActivated, this, &VenuesPage::editCurrent);
}

QString VenuesPage::title() const
{
    return tr("Venues");
}

void VenuesPage::fill()
{
    const RecordSpec spec = venueSpec();
    const RecordLabels labels(m_office->db(), spec);
    const QList<QVariantMap> venues = RecordStore::list(m_office->db(), spec);
    QHash<qint64, QTreeWidgetItem*> byId;
    // Parents before children: repeat until every venue has found its place.
    QList<QVariantMap> pending = venues;
    while (!pending.isEmpty()) {
        QList<QVariantMap> later;
        for (const QVariantMap& v : std::as_const(pending)) {
            const qint64 parent = v.value(QStringLiteral("parent_id")).toLongLong();
            if (parent > 0 && !byId.contains(parent)) {
                later << v;
                continue;
            }
            const qint64 id = v.value(QStringLiteral("id")).toLongLong();
            byId.insert(
                id, item(byId.value(parent),
                         {v.value(QStringLiteral("name")).toString(),
                          labels.text(*spec.field(QStringLiteral("kind")), v),
                          v.value(QStringLiteral("address")).toString(),
                          venueScheduleText(v.value(QStringLiteral("schedule_rule")).toString(),
                                            v.value(QStringLiteral("schedule_day")).toInt(),
                                            v.value(QStringLiteral("schedule_note")).toString()),
                          labels.text(*spec.field(QStringLiteral("venue_deputies")), v)},
                         id, QStringLiteral("venue")));
        }
        if (later.size() == pending.size())
            break; // cannot happen (core refuses loops), but never spin
        pending = later;
    }
    setCount(tr("%n venue(s)", nullptr, int(venues.size())));
}

void VenuesPage::updateActions()
{
    m_add->setEnabled(writable());
    m_edit->setEnabled(writable() && currentId() > 0);
    m_delete->setEnabled(writable() && currentId() > 0);
}

void VenuesPage::addVenue()
{
    if (!writable())
        return;
    const qint64 parent = currentId();
    const QString kind = parent > 0 ? QStringLiteral("point") : QStringLiteral("home");
    if (const qint64 id = editRecord(this, *m_office, venueSpec(),
                                     {{QStringLiteral("parent_id"), parent},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("schedule_rule"), QStringLiteral("none")}})) {
        reload();
        select(QStringLiteral("venue"), id);
    }
}

void VenuesPage::editCurrent()
{
    if (writable() && currentId() > 0 &&
        editRecord(this, *m_office, venueSpec(), {{QStringLiteral("id"), currentId()}}))
        reload();
}

void VenuesPage::deleteCurrent()
{
    if (writable() && currentId() > 0 &&
        deleteRecord(this, *m_office, venueSpec(), currentId(), tree()->currentItem()->text(0)))
        reload();
}

} // namespace dd::ui
