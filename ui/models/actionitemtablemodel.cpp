#include "actionitemtablemodel.h"

#include "storage/displayformat.h"

#include <QColor>

namespace dd::ui {

void ActionItemTableModel::showQuery(const QSqlDatabase& db, bool openOnly, const QDate& today)
{
    const ActivityRepository::ActionItemCounts counts =
        ActivityRepository::countActionItems(db, openOnly, today);
    m_today = today;
    setQuery(counts.items, [db, openOnly](int offset, int limit) {
        return ActivityRepository::actionItems(db, openOnly, offset, limit);
    });
    m_overdue = counts.overdue;
}

int ActionItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemTableModel::data(const QModelIndex& index, int role) const
{
    const ActionItemRow* r = rowAt(index.row());
    if (!r)
        return {};
    const bool late = r->item.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Deadline:
            return displayDate(r->item.deadline);
        case Status:
            return QString(actionStatusName(r->item.status) +
                           (late ? tr(" (overdue)") : QString()));
        case What:
            return r->item.what;
        case Responsible:
            return r->item.responsible;
        case Meeting:
            return r->activityTitle;
        case HeldOn:
            return displayDate(r->activityDate);
        case CompletionNote:
            return r->item.completionNote;
        }
        return {};
    case Qt::BackgroundRole:
        return late ? QVariant(QColor(0xfd, 0xe0, 0xe0)) : QVariant();
    case Qt::ForegroundRole:
        return late                ? QVariant(QColor(0x8b, 0x00, 0x00))
               : !r->item.isOpen() ? QVariant(QColor(0x70, 0x70, 0x70))
                                   : QVariant();
    default:
        return {};
    }
}

QVariant ActionItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case What:
        return tr("Action item");
    case Responsible:
        return tr("Responsible");
    case Meeting:
        return tr("Meeting");
    case HeldOn:
        return tr("Held on");
    case CompletionNote:
        return tr("Completion note");
    }
    return {};
}

} // namespace dd::ui
