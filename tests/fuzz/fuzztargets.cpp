#include "fuzztargets.h"

#include "demo/demooffice.h"
#include "io/activitylog.h"
#include "io/csv.h"
#include "io/opinionledger.h"
#include "io/roster.h"
#include "io/xlsx.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace dd::fuzz {

namespace {
// One scratch folder per process for the inputs that must be files.
QTemporaryDir& scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/dd-fuzz-XXXXXX"));
    return dir;
}

QString scratch(const QString& name, const QByteArray& bytes)
{
    const QString path = scratchDir().filePath(name);
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

void importInput(const QByteArray& bytes)
{
    // The demo office, made once per process, open as its administrator: deputies, groups,
    // categories and kinds of activity for the rows to be matched against.
    static const std::unique_ptr<OfficeFile> office = [] {
        const QString path = scratchDir().filePath(QStringLiteral("demo.ddoffice"));
        createDemoOffice(path);
        OpenOptions options;
        options.login = QStringLiteral("admin");
        options.password = kDemoPassword;
        return OfficeFile::open(path, options);
    }();
    const QString path = scratch(QStringLiteral("input.csv"), bytes);
    const auto checked = [](const auto& import) {
        try {
            import();
        } catch (const Error&) {
        }
    };
    checked([&] { importRoster(*office, path, {}, true); });
    checked([&] { importOpinionLedger(*office, path, {}, true); });
    checked([&] { importActivityLog(*office, path, {}, true); });
}

} // namespace dd::fuzz
