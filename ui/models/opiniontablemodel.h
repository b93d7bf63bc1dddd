#pragma once

#include "opinion/opinionrepository.h"
#include "pagedrowsmodel.h"

#include <optional>
#include <QDate>
#include <QSqlDatabase>

namespace dd::ui {

// 民意诉求台账 as a table read a page at a time: SQL filters and sorts (by registration day,
// category, community, handling unit or deadline; each has an index), the view fetches further
// pages as it scrolls. Overdue rows are red, those due within 3 working days amber, closed ones
// grey. The model never writes.
class OpinionTableModel final : public PagedRowsModel<OpinionListRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Registered,
        State,
        Title,
        Category,
        Community,
        Receiver,
        HandlingUnit,
        Deadline,
        Evaluation,
        ColumnCount
    };

    explicit OpinionTableModel(QObject* parent = nullptr);

    // The day overdue is judged on, and the last day counted as due soon.
    void setDays(const QDate& today, const QDate& dueSoonUntil);
    // Counts the filtered ledger and reads its first page (throws Error).
    void showQuery(const QSqlDatabase& db, const OpinionFilter& filter);
    // No rows, and no hold on the office's connection (the office is closing).
    void clear();
    // The order a column sorts in; none for columns that do not sort.
    static std::optional<OpinionSort> sortOf(int column);
    OpinionOrder order() const { return m_order; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Re-reads the first page in the column's order (columns that do not sort are ignored); the
    // count stays the filter's.
    void sort(int column, Qt::SortOrder order) override;

private:
    void requery();

    QSqlDatabase m_db;
    OpinionFilter m_filter;
    int m_count = 0; // of the filter's rows
    OpinionOrder m_order;
    bool m_queried = false;
    QDate m_today;
    QDate m_dueSoonUntil;
};

} // namespace dd::ui
