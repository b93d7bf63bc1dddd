#include "fileops.h"

#include "error.h"

#include <filesystem>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sys/vfs.h>

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

bool hasPendingJournal(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

QString unusedPath(const QString& stem, const QString& suffix)
{
    QString path = stem + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    return path;
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

bool isOnNetworkShare(const QString& path)
{
    struct statfs info
    {
    };
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (statfs(folder.constData(), &info) != 0)
        return false;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x5346414FUL: // AFS
    case 0x00C36400UL: // Ceph
    case 0x01021997UL: // 9p (v9fs)
        return true;
    default:
        return false;
    }
}

} // namespace dd
