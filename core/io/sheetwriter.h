#pragma once

#include <memory>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// Writes one sheet a row at a time to .csv (UTF-8 with BOM, as Excel and WPS open it) or .xlsx
// (bold header, every cell as text so that ID numbers keep all their digits), by the path's
// extension. Memory stays the same for a million rows: the .xlsx sheet is compressed as it is
// written. Nothing appears under the path until commit(); a writer destroyed before it leaves
// any existing file untouched. Throws dd::Error naming the file.
class SheetWriter final
{
public:
    static constexpr qint64 kMaxXlsxRows = 1048575; // an Excel sheet's rows below the header

    // widths: each column's width in characters (.xlsx); missing ones follow the header.
    SheetWriter(const QString& path, const QString& sheetName, const QStringList& header,
                const QList<int>& widths = {});
    ~SheetWriter();
    SheetWriter(const SheetWriter&) = delete;
    SheetWriter& operator=(const SheetWriter&) = delete;

    void addRow(const QStringList& row);
    void commit();

    // Refuses (Validation) before any work when rows data rows would not fit the file: an
    // .xlsx sheet holds kMaxXlsxRows.
    static void requireFits(const QString& path, qint64 rows);
    // Widths that fit the header and the rows (at most 60 characters).
    static QList<int> widthsFor(const QStringList& header, const QList<QStringList>& rows);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dd
