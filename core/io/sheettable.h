#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// A sheet as read from a .csv or .xlsx file: the header row and the data rows, each with
// the row number the user sees in Excel (for "row 5: ..." messages). Blank rows are skipped.
struct SheetTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowNumbers; // same length as rows

    QString cell(int row, int column) const
    {
        return column >= 0 && column < rows[row].size() ? rows[row][column] : QString();
    }
};

// Whether path names an .xlsx file (by its extension, in any case); anything else is CSV.
bool isXlsxPath(const QString& path);

// Reads path by its extension (.csv or .xlsx); sheet names an .xlsx sheet (empty: the first).
// Throws dd::Error naming the file and what is wrong with it.
SheetTable readSheetTable(const QString& path, const QString& sheet = {});
// Writes .csv (UTF-8 with BOM, as Excel and WPS open it) or .xlsx, atomically.
void writeSheetTable(const QString& path, const QString& sheetName, const QStringList& header,
                     const QList<QStringList>& rows);

} // namespace dd
