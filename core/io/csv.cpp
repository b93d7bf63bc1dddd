#include "csv.h"

#include <QStringDecoder>

namespace dd::csv {

QString decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030");
    return gb18030.isValid() ? QString(gb18030(bytes)) : text;
}

SheetTable parse(const QString& text)
{
    SheetTable table;
    QStringList fields;
    // The field being read: its buffer is kept from field to field, and each field is copied
    // out at its exact size (a ledger has hundreds of thousands of cells).
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    // Rows are numbered as Excel and WPS show the file: one per record, however many lines
    // a quoted cell spans.
    int record = 1;
    int rowStart = 1;
    const auto endField = [&] {
        fields << (field.isEmpty() ? QString() : QString(field.constData(), field.size()));
        field.resize(0);
    };
    const auto endRow = [&] {
        endField();
        bool blank = true;
        for (const QString& f : std::as_const(fields))
            blank = blank && f.trimmed().isEmpty();
        if (!blank || rowHasContent) {
            if (table.header.isEmpty() && table.rows.isEmpty())
                table.header = fields;
            else if (!blank) {
                table.rows << fields;
                table.rowNumbers << rowStart;
            }
        }
        fields = QStringList();
        fields.reserve(table.header.size());
        rowHasContent = false;
    };
    const QChar* const data = text.constData();
    const qsizetype size = text.size();
    // The characters from `from` up to the next of the stoppers, appended at once.
    const auto appendRun = [&](qsizetype from, auto stops) {
        qsizetype to = from + 1;
        while (to < size && !stops(data[to].unicode()))
            ++to;
        field.append(data + from, to - from);
        return to - 1;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && data[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                i = appendRun(i, [](char16_t u) { return u == u'"'; });
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            rowStart = ++record;
        } else {
            i = appendRun(
                i, [](char16_t u) { return u == u',' || u == u'\n' || u == u'\r' || u == u'"'; });
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRow();
    for (QString& h : table.header)
        h = h.trimmed();
    return table;
}

namespace {
QString quote(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString encodeRow(const QStringList& row)
{
    QStringList cells;
    for (const QString& v : row)
        cells << quote(v);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray encode(const QStringList& header, const QList<QStringList>& rows)
{
    QString out = encodeRow(header);
    for (const QStringList& row : rows)
        out += encodeRow(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace dd::csv
