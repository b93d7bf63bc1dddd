#include "fileheader.h"

#include "error.h"
#include "fileops.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace dd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::FileHeader)
};

quint32 be32(const uchar* p)
{
    return qFromBigEndian<quint32>(p);
}

} // namespace

FileHeader inspectSqliteHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::Kind::NotFound, Text::tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        throw Error(Error::Kind::NotSqlite, Text::tr("%1 is not a file.").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(100);
    FileHeader header;
    header.fileSize = file.size();

    static const char magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray(magic, sizeof magic)))
        throw Error(Error::Kind::NotSqlite,
                    Text::tr("%1 is not a DeputyDesk office file (it is not an SQLite database).")
                        .arg(path));

    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const int rawPageSize = qFromBigEndian<quint16>(p + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = header.pageSize > 0 && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!powerOfTwo || header.pageSize < 512 || header.pageSize > 65536)
        throw Error(Error::Kind::Damaged,
                    Text::tr("%1 is damaged: its header names an impossible page size (%2).")
                        .arg(path)
                        .arg(rawPageSize));
    // File format versions: 1 = rollback journal, 2 = WAL; anything else is not a file this
    // SQLite can write (or read).
    if (p[18] < 1 || p[18] > 2 || p[19] < 1 || p[19] > 2)
        throw Error(Error::Kind::Damaged,
                    Text::tr("%1 is damaged: its header names an unknown file format version "
                             "(%2/%3).")
                        .arg(path)
                        .arg(p[18])
                        .arg(p[19]));
    header.walMode = p[18] == 2 && p[19] == 2;
    // The page count at offset 28 is valid only when "version-valid-for" equals the change
    // counter (SQLite file format, section 1.3.7).
    if (be32(p + 92) == be32(p + 24))
        header.pageCount = be32(p + 28);
    const qint64 expected = header.pageCount * header.pageSize;
    // A writer that stopped mid-change leaves what SQLite needs to finish or undo it: a
    // rollback journal (network-share mode) holding the pages to put back, or a WAL whose
    // checkpoint into the file was cut short. Until SQLite has used it, the file's length may
    // not match its header (SQLite's own checks then judge the pages).
    const bool pending =
        hasPendingJournal(path) || QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!pending && (header.fileSize % header.pageSize != 0 || header.fileSize < expected))
        throw Error(Error::Kind::Damaged,
                    Text::tr("%1 is damaged: the file is %2 bytes long but should be %3 bytes "
                             "(it was probably cut off while copying).")
                        .arg(path)
                        .arg(header.fileSize)
                        .arg(qMax(expected, header.fileSize - header.fileSize % header.pageSize +
                                                header.pageSize)));
    header.userVersion = static_cast<int>(be32(p + 60));
    header.applicationId = static_cast<qint32>(be32(p + 68));
    return header;
}

FileHeader inspectOfficeHeader(const QString& path)
{
    const FileHeader header = inspectSqliteHeader(path);
    if (header.applicationId != kApplicationId)
        throw Error(
            Error::Kind::NotOffice,
            Text::tr("%1 is an SQLite database, but not a DeputyDesk office file.").arg(path));
    return header;
}

} // namespace dd
