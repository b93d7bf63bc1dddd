#include "sheettable.h"

#include "csv.h"
#include "sheetwriter.h"
#include "storage/error.h"
#include "xlsx.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::SheetTable)
};
} // namespace

bool isXlsxPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

SheetTable readSheetTable(const QString& path, const QString& sheet)
{
    if (!QFileInfo::exists(path))
        throw Error(Error::Kind::NotFound, Text::tr("The file %1 does not exist.").arg(path));
    if (isXlsxPath(path))
        return xlsx::read(path, sheet);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt"))
        throw Error(
            Error::Kind::Validation,
            Text::tr("%1: only .xlsx and .csv files can be imported (save .xls files as .xlsx "
                     "in Excel or WPS first).")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 kMaxCsvBytes = 256 * 1024 * 1024; // far above any office's ledger
    if (file.size() > kMaxCsvBytes)
        throw Error(Error::Kind::Validation,
                    Text::tr("%1 is %2 MB, more than a ledger of a street office holds (at most "
                             "%3 MB); it is refused.")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(kMaxCsvBytes / (1024 * 1024)));
    return csv::parse(csv::decode(file.readAll()));
}

void writeSheetTable(const QString& path, const QString& sheetName, const QStringList& header,
                     const QList<QStringList>& rows)
{
    SheetWriter::requireFits(path, rows.size());
    SheetWriter writer(path, sheetName, header, SheetWriter::widthsFor(header, rows));
    for (const QStringList& row : rows)
        writer.addRow(row);
    writer.commit();
}

} // namespace dd
