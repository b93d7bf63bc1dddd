#pragma once

#include "activity/activityrepository.h"
#include "pagedrowsmodel.h"

#include <QDate>
#include <QSqlDatabase>

namespace dd::ui {

// 落实事项 of every meeting, read a page at a time (a district's ten years hold tens of
// thousands): the open ones first by deadline, the overdue red, the closed grey.
class ActionItemTableModel final : public PagedRowsModel<ActionItemRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Deadline,
        Status,
        What,
        Responsible,
        Meeting,
        HeldOn,
        CompletionNote,
        ColumnCount
    };

    using PagedRowsModel::PagedRowsModel;

    // Counts the items (all, or the open ones) and reads the first page (throws Error);
    // overdue is judged on today.
    void showQuery(const QSqlDatabase& db, bool openOnly, const QDate& today);
    int overdue() const { return m_overdue; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDate m_today;
    int m_overdue = 0;
};

} // namespace dd::ui
