#include "fuzztargets.h"

#include "io/csv.h"
#include "io/xlsx.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace dd::fuzz {

namespace {
// One scratch folder per process for the inputs that must be files.
QString scratch(const QString& name, const QByteArray& bytes)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/dd-fuzz-XXXXXX"));
    const QString path = dir.filePath(name);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}
} // namespace

void csvInput(const QByteArray& bytes)
{
    const SheetTable table = csv::parse(csv::decode(bytes));
    Q_UNUSED(table);
}

void xlsxInput(const QByteArray& bytes)
{
    try {
        const SheetTable table = xlsx::read(scratch(QStringLiteral("input.xlsx"), bytes));
        Q_UNUSED(table);
    } catch (const Error&) {
    }
}

void officeInput(const QByteArray& bytes)
{
    const QString path = scratch(QStringLiteral("input.ddoffice"), bytes);
    try {
        OpenOptions options;
        options.readOnly = true;
        OfficeFile::open(path, options);
    } catch (const Error&) {
    }
    const IntegrityReport report = checkOffice(path);
    Q_UNUSED(report);
}

} // namespace dd::fuzz
