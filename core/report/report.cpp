#include "report.h"

#include <QFont>
#include <QTextDocument>

namespace dd {

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

void renderReport(const Report& report, QTextDocument& document)
{
    QString html;
    for (const ReportBlock& b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(escaped(b.text));
            break;
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h3>%1</h3>").arg(escaped(b.text));
            break;
        case ReportBlock::Kind::Fields:
            for (const auto& [label, value] : b.fields)
                html += QStringLiteral("<p><b>%1：</b>%2</p>").arg(escaped(label), escaped(value));
            break;
        case ReportBlock::Kind::Table:
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "width=\"100%\"><tr>");
            for (const QString& h : b.header)
                html += QStringLiteral("<th>%1</th>").arg(escaped(h));
            html += QStringLiteral("</tr>");
            for (const QStringList& row : b.rows) {
                html += QStringLiteral("<tr>");
                for (const QString& cell : row)
                    html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            break;
        case ReportBlock::Kind::Text:
            for (const QString& line : b.text.split(QLatin1Char('\n')))
                html += QStringLiteral("<p>%1</p>").arg(escaped(line));
            break;
        case ReportBlock::Kind::Html: {
            QTextDocument rich; // only the body, without the editor's own document styles
            rich.setHtml(b.text);
            QString body = rich.toHtml();
            const qsizetype start = body.indexOf(QStringLiteral("<body"));
            const qsizetype open = body.indexOf(QLatin1Char('>'), start) + 1;
            const qsizetype close = body.lastIndexOf(QStringLiteral("</body>"));
            if (start >= 0 && close > open)
                body = body.mid(open, close - open);
            html += body;
            break;
        }
        }
    }
    QFont font(reportFontFamily());
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    document.setHtml(html);
}

void writeReportPdf(const Report& report, const QString& path)
{
    QTextDocument document;
    renderReport(report, document);
    writePdf(document, path, report.title, report.frame);
}

} // namespace dd
