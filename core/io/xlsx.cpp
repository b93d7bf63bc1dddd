#include "xlsx.h"

#include "storage/error.h"

#include <cmath>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <QXmlStreamReader>

namespace dd::xlsx {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Xlsx)
};

// Limits against zip bombs and absurd sheets: one part unpacks to at most 256 MB (a sheet of
// 100,000 rows is about 30 MB), at most 1:200 compressed above 16 MB (real sheets compress
// about 1:10), and cells only up to Excel's own last column XFD (16,384).
constexpr qint64 kMaxPartBytes = 256 * 1024 * 1024;
constexpr qint64 kBombFloorBytes = 16 * 1024 * 1024;
constexpr int kMaxRatio = 200;
constexpr int kMaxColumns = 16384;

[[noreturn]] void fail(const QString& path, const QString& why)
{
    throw Error(Error::Kind::Validation,
                Text::tr("%1 cannot be read as an Excel workbook: %2").arg(path, why));
}

QByteArray entry(QuaZip& zip, const QString& path, const QString& name, bool required = true)
{
    if (!zip.setCurrentFile(name)) {
        if (required)
            fail(path, Text::tr("the part %1 is missing").arg(name));
        return {};
    }
    // A zip bomb or a sheet of gigabytes is refused, not followed: the sizes the archive
    // states are checked first, and reading stops at the limit whatever they said.
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) &&
        (info.uncompressedSize > quint64(kMaxPartBytes) ||
         (info.uncompressedSize > quint64(kBombFloorBytes) &&
          info.uncompressedSize > info.compressedSize * quint64(kMaxRatio))))
        fail(path, Text::tr("the part %1 would unpack to %2 MB, more than a workbook of a street "
                            "office holds (at most %3 MB); it is refused")
                       .arg(name)
                       .arg(info.uncompressedSize / (1024 * 1024))
                       .arg(kMaxPartBytes / (1024 * 1024)));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, Text::tr("the part %1 cannot be unpacked").arg(name));
    // Read in pieces: QIODevice::read(n) sets n bytes aside before it reads, 256 MB for each
    // part of a workbook of a few KB (under AddressSanitizer: 3 workbooks read a second).
    QByteArray bytes;
    char piece[64 * 1024];
    for (qint64 got; (got = file.read(piece, sizeof piece)) != 0;) {
        if (got < 0)
            fail(path, Text::tr("the part %1 cannot be unpacked").arg(name));
        bytes.append(piece, qsizetype(got));
        if (bytes.size() > kMaxPartBytes)
            fail(path, Text::tr("the part %1 unpacks to more than %2 MB; it is refused")
                           .arg(name)
                           .arg(kMaxPartBytes / (1024 * 1024)));
    }
    return bytes;
}

struct SheetRef
{
    QString name;
    QString part; // xl/worksheets/sheet1.xml
};

QList<SheetRef> sheets(QuaZip& zip, const QString& path)
{
    QHash<QString, QString> targets;
    QXmlStreamReader rels(entry(zip, path, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                         : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QList<SheetRef> list;
    QXmlStreamReader book(entry(zip, path, QStringLiteral("xl/workbook.xml")));
    while (!book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && book.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute& a : book.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            const QString part = targets.value(id);
            if (part.isEmpty())
                fail(path, Text::tr("the sheet %1 has no part")
                               .arg(book.attributes().value(QLatin1String("name"))));
            list << SheetRef{book.attributes().value(QLatin1String("name")).toString(), part};
        }
    }
    if (book.hasError() || list.isEmpty())
        fail(path, Text::tr("it lists no sheets"));
    return list;
}

QStringList sharedStrings(QuaZip& zip, const QString& path)
{
    QStringList strings;
    QXmlStreamReader xml(entry(zip, path, QStringLiteral("xl/sharedStrings.xml"), false));
    QString current;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si"))
                current.clear();
            else if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                current += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si"))
                strings << current;
            else if (xml.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return strings;
}

// Which cell styles (index into cellXfs) format numbers as dates.
QSet<int> dateStyles(QuaZip& zip, const QString& path)
{
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31,
                             36, 50, 51, 52, 53, 54, 55, 56, 57, 58};
    QSet<int> styles;
    QXmlStreamReader xml(entry(zip, path, QStringLiteral("xl/styles.xml"), false));
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            const QString code =
                xml.attributes().value(QLatin1String("formatCode")).toString().toLower();
            QString bare = code;
            bare.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]")));
            if (bare.contains(QLatin1Char('y')) || bare.contains(QLatin1Char('d')))
                dateFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            if (dateFormats.contains(xml.attributes().value(QLatin1String("numFmtId")).toInt()))
                styles.insert(index);
            ++index;
        }
    }
    return styles;
}

// The column of a cell reference such as "AB12" (0-based); -1 when it names none or lies
// beyond Excel's last column.
int columnIndex(QStringView ref)
{
    int column = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return column - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}
} // namespace

QDate dateFromSerial(double serial)
{
    // Day 1 is 1900-01-01; Excel counts a 1900-02-29 that never was, so from day 61 on the
    // epoch is 1899-12-30. Excel's days end with 9999-12-31 (2,958,465); beyond, and for
    // negative numbers, there is no date.
    if (!(serial >= 0 && serial < 2958466))
        return {};
    const int days = int(std::floor(serial));
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

QStringList sheetNames(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        fail(path, Text::tr("it is not a zip archive"));
    QStringList names;
    for (const SheetRef& s : sheets(zip, path))
        names << s.name;
    return names;
}

SheetTable read(const QString& path, const QString& sheet)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        fail(path, Text::tr("it is not a zip archive"));
    const QList<SheetRef> refs = sheets(zip, path);
    SheetRef chosen = refs.first();
    if (!sheet.isEmpty()) {
        const auto it = std::find_if(refs.begin(), refs.end(),
                                     [&](const SheetRef& r) { return r.name == sheet; });
        if (it == refs.end()) {
            QStringList names;
            for (const SheetRef& r : refs)
                names << r.name;
            throw Error(Error::Kind::Validation,
                        Text::tr("%1 has no sheet named “%2”; its sheets are: %3.")
                            .arg(path, sheet, names.join(QStringLiteral("、"))));
        }
        chosen = *it;
    }
    const QStringList shared = sharedStrings(zip, path);
    const QSet<int> dates = dateStyles(zip, path);

    SheetTable table;
    QXmlStreamReader xml(entry(zip, path, chosen.part));
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            row.clear();
            nextColumn = 0;
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            const QStringView ref = attrs.value(QLatin1String("r"));
            const int column = ref.isEmpty() ? nextColumn : columnIndex(ref);
            if (column < 0 || column >= kMaxColumns)
                fail(
                    path,
                    Text::tr("the cell reference %1 names no column of a sheet").arg(ref.left(20)));
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            QString value;
            QString raw;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() &&
                    (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")))
                    raw += xml.readElementText();
            }
            if (type == QLatin1String("s"))
                value = shared.value(raw.toInt());
            else if (type == QLatin1String("b"))
                value =
                    raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type.isEmpty() || type == QLatin1String("n")) {
                // a date; a number, or one no day has, as it is (for the check to name)
                const QDate date = dates.contains(style) && !raw.isEmpty()
                                       ? dateFromSerial(raw.toDouble())
                                       : QDate();
                value = date.isValid() ? date.toString(Qt::ISODate) : numberText(raw);
            } else
                value = raw; // inlineStr, str (formula result), e (error text)
            while (row.size() <= column)
                row << QString();
            row[column] = value;
            nextColumn = column + 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString& v : std::as_const(row))
                blank = blank && v.trimmed().isEmpty();
            if (blank)
                continue;
            if (table.header.isEmpty()) {
                for (const QString& h : std::as_const(row))
                    table.header << h.trimmed();
            } else {
                table.rows << row;
                table.rowNumbers << rowNumber;
            }
        }
    }
    if (xml.hasError())
        fail(path, xml.errorString());
    return table;
}

} // namespace dd::xlsx
