#pragma once

#include "org/deputyrepository.h"

#include <QAbstractTableModel>

namespace dd::ui {

// The deputies list as a table. Rows come from DeputyRepository::list (SQL filters and
// orders by pinyin); the model never writes. Personal data arrives masked.
class DeputyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Gender,
        BirthDate,
        Kind,
        Levels,
        District,
        WorkUnit,
        Phone,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<DeputyListRow> rows);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DeputyListRow> m_rows;
};

} // namespace dd::ui
