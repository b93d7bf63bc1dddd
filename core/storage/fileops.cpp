#include "fileops.h"

#include "error.h"

#include <filesystem>
#include <QCoreApplication>
#include <QFile>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::FileOps)
};
} // namespace

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void replaceFile(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), ec);
    if (ec)
        throw Error(Error::Kind::Io, Text::tr("Cannot move %1 to %2: %3")
                                         .arg(from, to, QString::fromStdString(ec.message())));
}

} // namespace dd
