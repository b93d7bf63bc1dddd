#pragma once

#include <memory>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QIODevice;

namespace dd {

// A zip package written part by part, atomically: nothing appears under the path until
// commit(), and a writer destroyed before it leaves any existing file untouched. A part may be
// streamed (beginPart, write to the device, endPart): a sheet of a million rows is compressed
// as it is written, never held whole. Throws dd::Error (Io) naming the file.
class ZipPackageWriter final
{
public:
    explicit ZipPackageWriter(const QString& path);
    ~ZipPackageWriter();
    ZipPackageWriter(const ZipPackageWriter&) = delete;
    ZipPackageWriter& operator=(const ZipPackageWriter&) = delete;

    void addPart(const QString& name, const QByteArray& data);
    QIODevice* beginPart(const QString& name); // valid until endPart()
    void endPart();
    void commit();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes a zip package (.xlsx, .docx) of the named parts, atomically: a failure leaves any
// existing file untouched. Throws dd::Error (Io) naming the file.
void writeZipPackage(const QString& path, const QList<QPair<QString, QByteArray>>& parts);

// The [Content_Types].xml and _rels/.rels every Office package starts with: overrides maps
// part names (/word/document.xml) to content types; mainPart is the officeDocument target.
QByteArray contentTypesXml(const QList<QPair<QString, QString>>& overrides);
QByteArray packageRelsXml(const QString& mainPart);

} // namespace dd
