#include "opiniontablemodel.h"

#include "storage/displayformat.h"

#include <QColor>

namespace dd::ui {

OpinionTableModel::OpinionTableModel(QObject* parent)
    : PagedRowsModel<OpinionListRow>(parent), m_today(QDate::currentDate()), m_dueSoonUntil(m_today)
{
}

void OpinionTableModel::setDays(const QDate& today, const QDate& dueSoonUntil)
{
    m_today = today;
    m_dueSoonUntil = dueSoonUntil;
}

void OpinionTableModel::showQuery(const QSqlDatabase& db, const OpinionFilter& filter)
{
    m_count = OpinionRepository::count(db, filter);
    m_db = db;
    m_filter = filter;
    m_queried = true;
    requery();
}

void OpinionTableModel::clear()
{
    m_db = {};
    m_queried = false;
    setRows({});
}

void OpinionTableModel::requery()
{
    const QSqlDatabase db = m_db;
    const OpinionFilter filter = m_filter;
    const OpinionOrder order = m_order;
    // A sort does not count again: at stress, counting 归档 of a category looks up 15,000 rows
    // (14 ms).
    setQuery(m_count, [db, filter, order](int offset, int limit) {
        return OpinionRepository::list(db, filter, order, offset, limit);
    });
}

std::optional<OpinionSort> OpinionTableModel::sortOf(int column)
{
    switch (column) {
    case Registered:
        return OpinionSort::Registered;
    case Category:
        return OpinionSort::Category;
    case Community:
        return OpinionSort::Community;
    case HandlingUnit:
        return OpinionSort::HandlingUnit;
    case Deadline:
        return OpinionSort::Deadline;
    default:
        return std::nullopt;
    }
}

void OpinionTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<OpinionSort> by = sortOf(column);
    if (!by)
        return;
    m_order = OpinionOrder{*by, order == Qt::DescendingOrder};
    if (m_queried)
        requery();
}

int OpinionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpinionTableModel::data(const QModelIndex& index, int role) const
{
    const OpinionListRow* r = rowAt(index.row());
    if (!index.isValid() || !r)
        return {};
    const Opinion& o = r->opinion;
    const bool late = o.isOverdue(m_today);
    const bool soon = !late && o.deadline.isValid() && o.deadline <= m_dueSoonUntil &&
                      (o.state == OpinionState::Dispatched || o.state == OpinionState::InProgress);
    switch (role) {
    case Qt::BackgroundRole:
        if (late)
            return QColor(0xfd, 0xe0, 0xe0);
        if (soon)
            return QColor(0xff, 0xf1, 0xcc);
        return {};
    case Qt::ForegroundRole:
        if (late)
            return QColor(0x8b, 0x00, 0x00);
        if (o.state == OpinionState::Archived || o.state == OpinionState::Rejected)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Registered:
        return displayDate(o.registeredOn);
    case State:
        return QString(opinionStateName(o.state) + (late ? tr(" (overdue)") : QString()));
    case Title:
        return QString(o.title + (r->raisings ? tr(" (+%1)").arg(r->raisings) : QString()));
    case Category:
        return r->category;
    case Community:
        return r->grid.isEmpty() ? r->community
                                 : QString(r->community + QStringLiteral(" · ") + r->grid);
    case Receiver:
        return r->receiver;
    case HandlingUnit:
        return r->handlingUnit;
    case Deadline:
        return displayDate(o.deadline);
    case Evaluation:
        return evaluationName(o.evaluation);
    default:
        return {};
    }
}

QVariant OpinionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Registered:
        return tr("Registered on");
    case State:
        return tr("State");
    case Title:
        return tr("Title");
    case Category:
        return tr("Category");
    case Community:
        return tr("Community");
    case Receiver:
        return tr("Received by");
    case HandlingUnit:
        return tr("Handling unit");
    case Deadline:
        return tr("Deadline", "opinion");
    case Evaluation:
        return tr("Evaluation");
    default:
        return {};
    }
}

} // namespace dd::ui
