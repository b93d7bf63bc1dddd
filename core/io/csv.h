#pragma once

#include "sheettable.h"

#include <QByteArray>

namespace dd::csv {

// Decodes CSV bytes: UTF-8 with or without BOM, else GB18030 (what Chinese Excel saves).
QString decode(const QByteArray& bytes);
// RFC 4180: quoted fields with commas, quotes ("") and line breaks; CRLF or LF.
SheetTable parse(const QString& text);
QByteArray encode(const QStringList& header, const QList<QStringList>& rows); // UTF-8 + BOM
QString encodeRow(const QStringList& row); // one line, CRLF-terminated

} // namespace dd::csv
