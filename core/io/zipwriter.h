#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace dd {

// Writes a zip package (.xlsx, .docx) of the named parts, atomically: a failure leaves any
// existing file untouched. Throws dd::Error (Io) naming the file.
void writeZipPackage(const QString& path, const QList<QPair<QString, QByteArray>>& parts);

// The [Content_Types].xml and _rels/.rels every Office package starts with: overrides maps
// part names (/word/document.xml) to content types; mainPart is the officeDocument target.
QByteArray contentTypesXml(const QList<QPair<QString, QString>>& overrides);
QByteArray packageRelsXml(const QString& mainPart);

} // namespace dd
