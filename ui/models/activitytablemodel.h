#pragma once

#include "activity/activityrepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace dd::ui {

// The year's activities and the plans' occurrences not yet recorded. The rows are read light
// (date, kind, title, place, group); the figures that need counting (attendance, others,
// checklist, open items) are read for a block of rows when the view first shows one of them,
// so a district's year opens without counting every attendance row in it. Sorting reorders the
// rows read (a year of one office: a few thousand); the figures columns do not sort.
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Time,
        Kind,
        Title,
        Place,
        Group,
        Expected,
        Present,
        OnLeave,
        Absent,
        Others,
        Checklist,
        OpenItems,
        State,
        ColumnCount
    };
    static constexpr int kBlock = 50;

    using QAbstractTableModel::QAbstractTableModel;

    // Rows in date order; their figures are read from db when shown.
    void setRows(const QSqlDatabase& db, QList<ActivityListRow> rows);
    const QList<ActivityListRow>& rows() const { return m_rows; }
    const ActivityListRow* rowAt(int row) const;
    static bool sorts(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    enum class Figures : char
    {
        Unread,
        Read,
        Failed
    };
    // Reads the figures of the block holding `row` if not read yet; false if reading failed.
    bool figuresOf(int row) const;

    QSqlDatabase m_db;
    mutable QList<ActivityListRow> m_rows;
    mutable QList<Figures> m_blocks;
};

} // namespace dd::ui
