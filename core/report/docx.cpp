// The .docx renderer of report.h: WordprocessingML written by hand, the parts Word needs.
#include "io/zipwriter.h"
#include "report.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Pdf) // shares "Page %1 of %2" with the PDF footer
};

const char* const kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString xmlText(const QString& text)
{
    return text.toHtmlEscaped();
}

struct RunStyle
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    int halfPoints = 0; // 0: the style's size
};

QString run(const QString& text, const RunStyle& style = {})
{
    QString props;
    if (style.bold)
        props += QStringLiteral("<w:b/>");
    if (style.italic)
        props += QStringLiteral("<w:i/>");
    if (style.underline)
        props += QStringLiteral("<w:u w:val=\"single\"/>");
    if (style.halfPoints > 0)
        props += QStringLiteral("<w:sz w:val=\"%1\"/>").arg(style.halfPoints);
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += QStringLiteral("<w:r><w:br/></w:r>");
        out +=
            QStringLiteral("<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>")
                .arg(props.isEmpty() ? QString() : QStringLiteral("<w:rPr>%1</w:rPr>").arg(props),
                     xmlText(lines[i]));
    }
    return out;
}

QString paragraph(const QString& runs, const QString& style = {}, const QString& align = {})
{
    QString props;
    if (!style.isEmpty())
        props += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    if (!align.isEmpty())
        props += QStringLiteral("<w:jc w:val=\"%1\"/>").arg(align);
    return QStringLiteral("<w:p>%1%2</w:p>")
        .arg(props.isEmpty() ? QString() : QStringLiteral("<w:pPr>%1</w:pPr>").arg(props), runs);
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    const QString border = QStringLiteral("w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
                                          "w:color=\"000000\"");
    QString xml = QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                                 "<w:tblBorders><w:top %1/><w:left %1/><w:bottom %1/>"
                                 "<w:right %1/><w:insideH %1/><w:insideV %1/></w:tblBorders>"
                                 "</w:tblPr><w:tblGrid>")
                      .arg(border);
    const int columns = int(header.size());
    for (int c = 0; c < columns; ++c)
        xml += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(9638 / qMax(1, columns));
    xml += QStringLiteral("</w:tblGrid>");
    const auto row = [](const QStringList& cells, bool head) -> QString {
        QString tr = head ? QStringLiteral("<w:tr><w:trPr><w:tblHeader/></w:trPr>")
                          : QStringLiteral("<w:tr>");
        for (const QString& cell : cells)
            tr +=
                QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%1</w:tc>")
                    .arg(paragraph(run(cell, RunStyle{head, false, false, 0})));
        return tr + QStringLiteral("</w:tr>");
    };
    xml += row(header, true);
    for (const QStringList& r : rows)
        xml += row(r, false);
    return xml + QStringLiteral("</w:tbl>") + paragraph({});
}

// Rich text from the editor: each block a paragraph (headings as Heading 2/3, list items
// with their bullet or number), each fragment a run keeping bold, italic and underline.
QString richText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QString xml;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString runs;
        if (QTextList* list = block.textList())
            runs += run(list->itemText(block) + QLatin1Char(' '));
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat f = fragment.charFormat();
            QString text = fragment.text();
            text.replace(QChar::LineSeparator, QLatin1Char('\n'));
            runs += run(text, RunStyle{f.fontWeight() >= QFont::Bold, f.fontItalic(),
                                       f.fontUnderline(), 0});
        }
        const int level = block.blockFormat().headingLevel();
        xml += paragraph(runs, level == 0   ? QString()
                               : level <= 2 ? QStringLiteral("Heading2")
                                            : QStringLiteral("Heading3"));
    }
    return xml;
}

QByteArray documentXml(const Report& report)
{
    QString body;
    for (const ReportBlock& b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            body += paragraph(run(b.text), QStringLiteral("Title"), QStringLiteral("center"));
            break;
        case ReportBlock::Kind::Heading:
            body += paragraph(run(b.text), QStringLiteral("Heading2"));
            break;
        case ReportBlock::Kind::Fields:
            for (const auto& [label, value] : b.fields)
                body +=
                    paragraph(run(label + QStringLiteral("："), RunStyle{true, false, false, 0}) +
                              run(value));
            break;
        case ReportBlock::Kind::Table:
            body += table(b.header, b.rows);
            break;
        case ReportBlock::Kind::Text:
            for (const QString& line : b.text.split(QLatin1Char('\n')))
                body += paragraph(run(line));
            break;
        case ReportBlock::Kind::Html:
            body += richText(b.text);
            break;
        }
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<w:document xmlns:w=\"%1\" xmlns:r=\"%2\"><w:body>%3"
               "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
               "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
               "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
               "<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1418\" w:left=\"1134\" "
               "w:header=\"709\" w:footer=\"709\" "
               "w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
        .arg(QString::fromLatin1(kWordNs), QString::fromLatin1(kRelNs), body)
        .toUtf8();
}

QByteArray headerXml(const PageFrame& frame)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<w:hdr xmlns:w=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
               "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/>"
               "</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs></w:pPr>"
               "%2<w:r><w:tab/></w:r>%3</w:p></w:hdr>")
        .arg(QString::fromLatin1(kWordNs), run(frame.headerLeft), run(frame.headerRight))
        .toUtf8();
}

// "第 {PAGE} 页 共 {NUMPAGES} 页": the translated sentence with Word's page fields in it.
QByteArray footerXml()
{
    const auto field = [](const char* name) {
        return QStringLiteral("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                              "<w:r><w:instrText xml:space=\"preserve\"> %1 </w:instrText></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                              "<w:r><w:t>1</w:t></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            .arg(QString::fromLatin1(name));
    };
    const QString sentence = Text::tr("Page %1 of %2");
    QString runs;
    qsizetype from = 0;
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i) {
        if (sentence[i] != QLatin1Char('%') || (sentence[i + 1] != u'1' && sentence[i + 1] != u'2'))
            continue;
        runs += run(sentence.mid(from, i - from));
        runs += field(sentence[i + 1] == u'1' ? "PAGE" : "NUMPAGES");
        from = i + 2;
        ++i;
    }
    runs += run(sentence.mid(from));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:ftr xmlns:w=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>"
                          "<w:jc w:val=\"center\"/></w:pPr>%2</w:p></w:ftr>")
        .arg(QString::fromLatin1(kWordNs), runs)
        .toUtf8();
}

QByteArray stylesXml()
{
    const auto style = [](const char* id, const char* name, const char* props) {
        return QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"%1\"><w:name "
                              "w:val=\"%2\"/><w:basedOn w:val=\"Normal\"/>%3</w:style>")
            .arg(QString::fromLatin1(id), QString::fromLatin1(name), QString::fromLatin1(props));
    };
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault><w:rPr>"
                           "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                           "w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/><w:lang w:val=\"zh-CN\" "
                           "w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                           "<w:spacing w:after=\"80\" w:line=\"360\" w:lineRule=\"auto\"/>"
                           "</w:pPr></w:pPrDefault></w:docDefaults>"
                           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                           "<w:name w:val=\"Normal\"/></w:style>")
                .arg(QString::fromLatin1(kWordNs)) +
            style("Title", "Title",
                  "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/></w:pPr><w:rPr>"
                  "<w:rFonts w:eastAsia=\"黑体\"/><w:b/><w:sz w:val=\"36\"/></w:rPr>") +
            style("Heading2", "heading 2",
                  "<w:pPr><w:keepNext/><w:spacing w:before=\"200\"/><w:outlineLvl w:val=\"1\"/>"
                  "</w:pPr><w:rPr><w:rFonts w:eastAsia=\"黑体\"/><w:b/><w:sz "
                  "w:val=\"28\"/></w:rPr>") +
            style("Heading3", "heading 3",
                  "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/>"
                  "<w:sz w:val=\"24\"/></w:rPr>") +
            style("Header", "header", "<w:rPr><w:sz w:val=\"18\"/></w:rPr>") +
            style("Footer", "footer", "<w:rPr><w:sz w:val=\"18\"/></w:rPr>") +
            QStringLiteral("</w:styles>"))
        .toUtf8();
}
} // namespace

void writeReportDocx(const Report& report, const QString& path)
{
    const QString ml =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    const QString rel = QString::fromLatin1(kRelNs);
    const QByteArray documentRels =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"%1/styles\" Target=\"styles.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"%1/header\" Target=\"header1.xml\"/>"
                       "<Relationship Id=\"rId3\" Type=\"%1/footer\" Target=\"footer1.xml\"/>"
                       "</Relationships>")
            .arg(rel)
            .toUtf8();
    const QByteArray core =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
            "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            "<dc:title>%1</dc:title><dc:creator>DeputyDesk</dc:creator>"
            "</cp:coreProperties>")
            .arg(xmlText(report.title))
            .toUtf8();
    QByteArray rootRels = packageRelsXml(QStringLiteral("word/document.xml"));
    rootRels.replace("</Relationships>",
                     "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/"
                     "2006/relationships/metadata/core-properties\" "
                     "Target=\"docProps/core.xml\"/></Relationships>");
    writeZipPackage(
        path,
        {{QStringLiteral("[Content_Types].xml"),
          contentTypesXml(
              {{QStringLiteral("/word/document.xml"), ml + QStringLiteral("document.main+xml")},
               {QStringLiteral("/word/styles.xml"), ml + QStringLiteral("styles+xml")},
               {QStringLiteral("/word/header1.xml"), ml + QStringLiteral("header+xml")},
               {QStringLiteral("/word/footer1.xml"), ml + QStringLiteral("footer+xml")},
               {QStringLiteral("/docProps/core.xml"),
                QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")}})},
         {QStringLiteral("_rels/.rels"), rootRels},
         {QStringLiteral("docProps/core.xml"), core},
         {QStringLiteral("word/document.xml"), documentXml(report)},
         {QStringLiteral("word/_rels/document.xml.rels"), documentRels},
         {QStringLiteral("word/styles.xml"), stylesXml()},
         {QStringLiteral("word/header1.xml"), headerXml(report.frame)},
         {QStringLiteral("word/footer1.xml"), footerXml()}});
}

} // namespace dd
