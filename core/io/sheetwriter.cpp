#include "sheetwriter.h"

#include "csv.h"
#include "sheettable.h"
#include "storage/error.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::SheetWriter)
};

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

QByteArray workbookXml(const QString& sheetName)
{
    QByteArray book;
    QXmlStreamWriter xml(&book);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(kMain);
    xml.writeNamespace(kRelationships, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheetName.left(31));
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(kRelationships, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    return book;
}

// Every part but the sheet itself.
void writeWorkbookParts(ZipPackageWriter& zip, const QString& sheetName)
{
    const QString ml =
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
    zip.addPart(
        QStringLiteral("[Content_Types].xml"),
        contentTypesXml(
            {{QStringLiteral("/xl/workbook.xml"), ml + QStringLiteral("sheet.main+xml")},
             {QStringLiteral("/xl/worksheets/sheet1.xml"), ml + QStringLiteral("worksheet+xml")},
             {QStringLiteral("/xl/styles.xml"), ml + QStringLiteral("styles+xml")}}));
    zip.addPart(QStringLiteral("_rels/.rels"), packageRelsXml(QStringLiteral("xl/workbook.xml")));
    zip.addPart(QStringLiteral("xl/workbook.xml"), workbookXml(sheetName));
    zip.addPart(
        QStringLiteral("xl/_rels/workbook.xml.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "</Relationships>");
    // Style 0 default, 1 bold header, 2 text (@), so that long digit strings stay text.
    zip.addPart(QStringLiteral("xl/styles.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                "<styleSheet "
                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font>"
                "<font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill>"
                "<patternFill patternType=\"gray125\"/></fill></fills>"
                "<borders "
                "count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                "</borders>"
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                "borderId=\"0\"/></cellStyleXfs>"
                "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                "borderId=\"0\" xfId=\"0\"/>"
                "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                "applyFont=\"1\" applyNumberFormat=\"1\"/>"
                "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
                "applyNumberFormat=\"1\"/></cellXfs>"
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
                "builtinId=\"0\"/></cellStyles>"
                "</styleSheet>");
}
} // namespace

struct SheetWriter::Private
{
    QString path;
    qint64 rows = 0; // written so far, the header included
    // .csv
    std::unique_ptr<QSaveFile> file;
    // .xlsx
    std::unique_ptr<ZipPackageWriter> zip;
    std::unique_ptr<QXmlStreamWriter> xml;

    [[noreturn]] void csvFailed() const
    {
        throw Error(Error::Kind::Io,
                    Text::tr("Cannot write %1: %2").arg(path, file->errorString()));
    }

    void writeCsv(const QStringList& row)
    {
        const QByteArray bytes = csv::encodeRow(row).toUtf8();
        if (file->write(bytes) != bytes.size())
            csvFailed();
    }

    void writeXlsxRow(const QStringList& row)
    {
        ++rows;
        xml->writeStartElement(QStringLiteral("row"));
        xml->writeAttribute(QStringLiteral("r"), QString::number(rows));
        for (int c = 0; c < row.size(); ++c) {
            if (row[c].isEmpty())
                continue;
            xml->writeStartElement(QStringLiteral("c"));
            xml->writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(rows));
            xml->writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            xml->writeAttribute(QStringLiteral("s"),
                                rows == 1 ? QStringLiteral("1") : QStringLiteral("2"));
            xml->writeStartElement(QStringLiteral("is"));
            xml->writeStartElement(QStringLiteral("t"));
            xml->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml->writeCharacters(row[c]);
            xml->writeEndElement();
            xml->writeEndElement();
            xml->writeEndElement();
        }
        xml->writeEndElement();
        if (xml->hasError())
            throw Error(Error::Kind::Io, Text::tr("Cannot write %1.").arg(path));
    }
};

SheetWriter::SheetWriter(const QString& path, const QString& sheetName, const QStringList& header,
                         const QList<int>& widths)
    : d(std::make_unique<Private>())
{
    d->path = path;
    if (!isXlsxPath(path)) {
        d->file = std::make_unique<QSaveFile>(path);
        if (!d->file->open(QIODevice::WriteOnly) || d->file->write("\xEF\xBB\xBF") != 3)
            d->csvFailed();
        d->writeCsv(header);
        return;
    }
    d->zip = std::make_unique<ZipPackageWriter>(path);
    writeWorkbookParts(*d->zip, sheetName);
    d->xml = std::make_unique<QXmlStreamWriter>(
        d->zip->beginPart(QStringLiteral("xl/worksheets/sheet1.xml")));
    QXmlStreamWriter& xml = *d->xml;
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(kMain);
    xml.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c < header.size(); ++c) {
        const int width = c < widths.size() ? widths[c] : int(header[c].size()) * 2 + 2;
        xml.writeEmptyElement(QStringLiteral("col"));
        xml.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
        xml.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
        xml.writeAttribute(QStringLiteral("width"), QString::number(qMin(width, 60)));
        xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheetData"));
    d->writeXlsxRow(header);
}

SheetWriter::~SheetWriter()
{
    if (d->file && d->file->isOpen())
        d->file->cancelWriting();
}

void SheetWriter::addRow(const QStringList& row)
{
    if (!d->xml) {
        d->writeCsv(row);
        return;
    }
    requireFits(d->path, d->rows); // this row's number below the header
    d->writeXlsxRow(row);
}

void SheetWriter::commit()
{
    if (!d->xml) {
        if (!d->file->commit())
            d->csvFailed();
        return;
    }
    d->xml->writeEndDocument(); // closes sheetData and worksheet
    d->xml.reset();
    d->zip->endPart();
    d->zip->commit();
}

void SheetWriter::requireFits(const QString& path, qint64 rows)
{
    if (isXlsxPath(path) && rows > kMaxXlsxRows)
        throw Error(Error::Kind::Validation,
                    Text::tr("%1 rows are more than an Excel sheet holds (%2). Export them to a "
                             ".csv file, or narrow the selection.")
                        .arg(rows)
                        .arg(kMaxXlsxRows));
}

QList<int> SheetWriter::widthsFor(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        qsizetype width = header[c].size() * 2 + 2;
        for (const QStringList& row : rows)
            width = qMax(width, c < row.size() ? row[c].toUtf8().size() + 2 : 0);
        widths << int(qMin<qsizetype>(width, 60));
    }
    return widths;
}

} // namespace dd
