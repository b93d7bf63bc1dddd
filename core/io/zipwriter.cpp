#include "zipwriter.h"

#include "storage/error.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::ZipWriter)
};
} // namespace

struct ZipPackageWriter::Private
{
    explicit Private(const QString& path) : path(path), file(path), zip(&file) {}

    [[noreturn]] void fail(const QString& part = {}) const
    {
        throw Error(Error::Kind::Io,
                    part.isEmpty() ? Text::tr("Cannot write %1: %2").arg(path, file.errorString())
                                   : Text::tr("Cannot write the part %1 of %2.").arg(part, path));
    }

    QString path;
    QSaveFile file; // a crash mid-export leaves no half file under the real name
    QuaZip zip;
    std::unique_ptr<QuaZipFile> part;
    QString partName;
};

ZipPackageWriter::ZipPackageWriter(const QString& path) : d(std::make_unique<Private>(path))
{
    if (!d->file.open(QIODevice::WriteOnly))
        d->fail();
    d->zip.setAutoClose(false); // QSaveFile must stay open until commit()
    if (!d->zip.open(QuaZip::mdCreate))
        d->fail();
}

ZipPackageWriter::~ZipPackageWriter()
{
    if (d->file.isOpen())
        d->file.cancelWriting();
}

QIODevice* ZipPackageWriter::beginPart(const QString& name)
{
    d->part = std::make_unique<QuaZipFile>(&d->zip);
    d->partName = name;
    if (!d->part->open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        d->fail(name);
    return d->part.get();
}

void ZipPackageWriter::endPart()
{
    d->part->close();
    if (d->part->getZipError() != 0)
        d->fail(d->partName);
    d->part.reset();
}

void ZipPackageWriter::addPart(const QString& name, const QByteArray& data)
{
    if (beginPart(name)->write(data) != data.size())
        d->fail(name);
    endPart();
}

void ZipPackageWriter::commit()
{
    d->zip.close();
    if (d->zip.getZipError() != 0 || !d->file.commit())
        d->fail();
}

void writeZipPackage(const QString& path, const QList<QPair<QString, QByteArray>>& parts)
{
    ZipPackageWriter zip(path);
    for (const auto& [name, data] : parts)
        zip.addPart(name, data);
    zip.commit();
}

QByteArray contentTypesXml(const QList<QPair<QString, QString>>& overrides)
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    for (const auto& [part, type] : overrides)
        xml += QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>")
                   .arg(part, type)
                   .toUtf8();
    return xml + "</Types>";
}

QByteArray packageRelsXml(const QString& mainPart)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               "<Relationship Id=\"rId1\" "
               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
               "officeDocument\" Target=\"%1\"/></Relationships>")
        .arg(mainPart)
        .toUtf8();
}

} // namespace dd
