#include "activitytablemodel.h"

#include "org/pinyin.h"

#include <algorithm>
#include <QCollator>
#include <QColor>
#include <QDebug>
#include <QHash>

namespace dd::ui {

void ActivityTableModel::setRows(const QSqlDatabase& db, QList<ActivityListRow> rows)
{
    beginResetModel();
    m_db = db;
    m_rows = std::move(rows);
    m_blocks = QList<Figures>((m_rows.size() + kBlock - 1) / kBlock, Figures::Unread);
    endResetModel();
}

const ActivityListRow* ActivityTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool ActivityTableModel::sorts(int column)
{
    return column == Date || column == Kind || column == Title || column == Place ||
           column == Group || column == State;
}

bool ActivityTableModel::figuresOf(int row) const
{
    const int block = row / kBlock;
    if (m_blocks[block] == Figures::Unread) {
        try {
            ActivityRepository::addFigures(m_db, m_rows, block * kBlock, (block + 1) * kBlock);
            m_blocks[block] = Figures::Read;
        } catch (const Error& e) {
            // Painting cannot ask the user; the cells stay empty and the reason is logged.
            qWarning().noquote() << "reading activity figures:" << e.message();
            m_blocks[block] = Figures::Failed;
        }
    }
    return m_blocks[block] == Figures::Read;
}

void ActivityTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sorts(column))
        return;
    // Kinds, places and groups in the order names are listed in (nameSortKey: pinyin, 第二 before
    // 第十), computed once per distinct name (a year has few); titles, nearly all distinct, by
    // the Chinese collation's sort keys (pinyin too, and far cheaper than transliterating).
    // Then by date and time.
    QHash<QString, QString> nameKeys;
    const QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    const auto name = [&](const QString& n) {
        auto it = nameKeys.constFind(n);
        if (it == nameKeys.cend())
            it = nameKeys.insert(n, nameSortKey(n));
        return *it;
    };
    struct Key
    {
        QString name;
        std::optional<QCollatorSortKey> title;
        qsizetype row;
    };
    QList<Key> keys;
    keys.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ActivityListRow& r = m_rows[i];
        switch (column) {
        case Kind:
            keys << Key{name(r.kind), std::nullopt, i};
            break;
        case Title:
            keys << Key{{}, collator.sortKey(r.title), i};
            break;
        case Place:
            keys << Key{name(r.place), std::nullopt, i};
            break;
        case Group:
            keys << Key{name(r.group), std::nullopt, i};
            break;
        case State:
            keys << Key{QString::number(int(r.state)), std::nullopt, i};
            break;
        default:
            keys << Key{{}, std::nullopt, i};
        }
    }
    const auto less = [this](const Key& a, const Key& b) {
        const int byKey = a.title ? a.title->compare(*b.title) : a.name.compare(b.name);
        if (byKey != 0)
            return byKey < 0;
        const ActivityListRow& x = m_rows[a.row];
        const ActivityListRow& y = m_rows[b.row];
        return std::tie(x.date, x.start) < std::tie(y.date, y.start);
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });
    beginResetModel();
    QList<ActivityListRow> sorted;
    sorted.reserve(m_rows.size());
    for (const auto& k : std::as_const(keys))
        sorted << m_rows[k.row];
    m_rows = std::move(sorted);
    m_blocks.fill(Figures::Unread);
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int column = index.column();
    const bool figure = column >= Expected && column <= OpenItems;
    const bool read = figure && figuresOf(index.row());
    const ActivityListRow& r = m_rows[index.row()];
    const bool held = r.state == ActivityListRow::State::Held;
    switch (role) {
    case Qt::TextAlignmentRole:
        return figure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (column == Checklist && read && held && r.stepsDone < r.stepsTotal &&
            r.date < QDate::currentDate().addDays(-14))
            return QColor(0xa0, 0x60, 0x00);
        if (r.state == ActivityListRow::State::Planned)
            return QColor(0x1e, 0x55, 0xa0);
        if (r.state == ActivityListRow::State::Missed)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const auto number = [&](int n) { return held && read ? QString::number(n) : QString(); };
    switch (column) {
    case Date:
        return r.date.toString(Qt::ISODate);
    case Time:
        return r.start.toString(QStringLiteral("HH:mm"));
    case Kind:
        return r.kind;
    case Title:
        return r.title;
    case Place:
        return r.place;
    case Group:
        return r.group;
    case Expected:
        return number(r.counts.expected);
    case Present:
        return number(r.counts.present);
    case OnLeave:
        return number(r.counts.leave);
    case Absent:
        return number(r.counts.absent);
    case Others:
        return number(r.others);
    case Checklist:
        return read && r.stepsTotal
                   ? QStringLiteral("%1/%2").arg(held ? r.stepsDone : 0).arg(r.stepsTotal)
                   : QString();
    case OpenItems:
        return number(r.openActions);
    case State:
        return activityStateName(r.state);
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Place:
        return tr("Place");
    case Group:
        return tr("Group", "an activity's group");
    case Expected:
        return tr("Expected");
    case Present:
        return tr("Present", "attendance count");
    case OnLeave:
        return tr("On leave");
    case Absent:
        return tr("Absent");
    case Others:
        return tr("Others");
    case Checklist:
        return tr("Checklist");
    case OpenItems:
        return tr("Open items");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace dd::ui
