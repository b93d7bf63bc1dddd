#pragma once

#include <QString>

namespace dd {

// 'DDSK' in the SQLite header's application_id: the file is a DeputyDesk office.
inline constexpr qint32 kApplicationId = 0x4444534B;

// What the first 100 bytes of an SQLite file say, read without SQLite so that even a file we
// are about to refuse is never opened for writing.
struct FileHeader
{
    qint64 fileSize = 0;
    int pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not valid
    qint32 applicationId = 0;
    int userVersion = 0;
    bool walMode = false;
};

// Reads and checks the header of the file at path. Throws dd::Error: NotFound, Io,
// NotSqlite (too short, wrong magic), Damaged (impossible page size, file shorter than the
// pages the header promises), NotOffice (a different application_id).
FileHeader inspectOfficeHeader(const QString& path);

// The same checks without the application_id test: is this any readable SQLite file?
FileHeader inspectSqliteHeader(const QString& path);

} // namespace dd
