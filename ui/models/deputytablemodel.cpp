#include "deputytablemodel.h"

#include "storage/displayformat.h"

#include <QColor>

namespace dd::ui {

void DeputyTableModel::setRows(QList<DeputyListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 DeputyTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int DeputyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeputyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeputyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeputyListRow& r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && r.status == DeputyStatus::Retired)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return role == SortRole ? QVariant(r.namePinyin) : QVariant(r.name);
    case Gender:
        return genderName(r.gender);
    case BirthDate:
        if (role == SortRole)
            return r.birthDate;
        return displayDate(r.birthDate);
    case Kind:
        return deputyKindName(r.kind);
    case Levels:
        return r.levels;
    case District:
        return r.electoralDistrict;
    case WorkUnit:
        return r.workUnit;
    case Phone:
        return r.maskedPhone;
    case Status:
        return deputyStatusName(r.status);
    default:
        return {};
    }
}

QVariant DeputyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const fields[] = {"name",     "gender", "birthDate",
                                         "kind",     "levels", "electoralDistrict",
                                         "workUnit", "phone",  "status"};
    return section >= 0 && section < ColumnCount
               ? Deputy::fieldLabel(QString::fromLatin1(fields[section]))
               : QVariant();
}

} // namespace dd::ui
