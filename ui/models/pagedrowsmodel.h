#pragma once

#include "storage/error.h"

#include <functional>
#include <QAbstractTableModel>

namespace dd::ui {

// A list read from the office file a page at a time: the first page when the query is set,
// the next ones as the view scrolls towards the end (Qt's canFetchMore / fetchMore), so that a
// district's history is never read whole to show one screen of it.
template <class Row> class PagedRowsModel : public QAbstractTableModel
{
public:
    static constexpr int kPageSize = 200;
    // Reads `limit` rows from `offset` on, in the list's order.
    using Fetch = std::function<QList<Row>(int offset, int limit)>;
    // Told when reading a further page failed (the list then ends where it was).
    using ErrorHandler = std::function<void(const Error&)>;

    using QAbstractTableModel::QAbstractTableModel;

    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    // A query of `total` rows; reads its first page (an Error propagates to the caller and
    // leaves the model as it was).
    void setQuery(int total, Fetch fetch)
    {
        QList<Row> first = total > 0 ? fetch(0, kPageSize) : QList<Row>();
        beginResetModel();
        m_fetch = std::move(fetch);
        m_rows = std::move(first);
        m_total = m_rows.size() < kPageSize ? int(m_rows.size()) : total;
        endResetModel();
    }
    // Rows already read elsewhere, shown as they are.
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_fetch = {};
        m_rows = std::move(rows);
        m_total = int(m_rows.size());
        endResetModel();
    }
    // How many rows the query has (more than rowCount() until all pages are read).
    int total() const { return m_total; }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_fetch && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        QList<Row> more;
        try {
            more = m_fetch(int(m_rows.size()), kPageSize);
        } catch (const Error& e) {
            if (m_onError)
                m_onError(e);
        }
        if (more.isEmpty()) { // the file changed under us, or reading failed: the list ends here
            m_total = int(m_rows.size());
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows += more;
        endInsertRows();
    }

private:
    QList<Row> m_rows;
    int m_total = 0;
    Fetch m_fetch;
    ErrorHandler m_onError;
};

} // namespace dd::ui
