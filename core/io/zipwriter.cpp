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

void writeZipPackage(const QString& path, const QList<QPair<QString, QByteArray>>& parts)
{
    QSaveFile file(path); // a crash mid-export leaves no half file under the real name
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QuaZip zip(&file);
        zip.setAutoClose(false); // QSaveFile must stay open until commit()
        if (!zip.open(QuaZip::mdCreate))
            throw Error(Error::Kind::Io, Text::tr("Cannot write %1.").arg(path));
        for (const auto& [name, data] : parts) {
            QuaZipFile part(&zip);
            if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                part.write(data) != data.size())
                throw Error(Error::Kind::Io,
                            Text::tr("Cannot write the part %1 of %2.").arg(name, path));
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            throw Error(Error::Kind::Io, Text::tr("Cannot write %1.").arg(path));
    }
    if (!file.commit())
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
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
