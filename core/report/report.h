#pragma once

#include "pdf.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace dd {

// A printable document described once and rendered as PDF (through QTextDocument) or as an
// editable .docx: a title, headings, label/value lines, tables, plain and rich text.
struct ReportBlock
{
    enum class Kind
    {
        Title,   // centred, large
        Heading, // a section heading
        Fields,  // label: value lines
        Table,   // header row and rows, with borders
        Text,    // plain paragraphs (line breaks kept)
        Html     // rich text from an editor (headings, bold, italic, underline, lists)
    };
    Kind kind = Kind::Text;
    QString text;
    QList<QPair<QString, QString>> fields;
    QStringList header;
    QList<QStringList> rows;
};

struct Report
{
    QString title; // the PDF's and .docx's title property
    PageFrame frame;
    QList<ReportBlock> blocks;

    void addTitle(const QString& text)
    {
        blocks << ReportBlock{ReportBlock::Kind::Title, text, {}, {}, {}};
    }
    void addHeading(const QString& text)
    {
        blocks << ReportBlock{ReportBlock::Kind::Heading, text, {}, {}, {}};
    }
    void addFields(const QList<QPair<QString, QString>>& fields)
    {
        blocks << ReportBlock{ReportBlock::Kind::Fields, {}, fields, {}, {}};
    }
    void addTable(const QStringList& header, const QList<QStringList>& rows)
    {
        blocks << ReportBlock{ReportBlock::Kind::Table, {}, {}, header, rows};
    }
    void addText(const QString& text)
    {
        blocks << ReportBlock{ReportBlock::Kind::Text, text, {}, {}, {}};
    }
    void addHtml(const QString& html)
    {
        blocks << ReportBlock{ReportBlock::Kind::Html, html, {}, {}, {}};
    }
};

// Set in reportFontFamily(), for paintPages / writePdf.
void renderReport(const Report& report, QTextDocument& document);
void writeReportPdf(const Report& report, const QString& path);
// Word 2007+ (.docx) with A4 pages, the frame as page header and "第 1 页 共 3 页" footer
// fields; opens in Word, WPS and LibreOffice. Atomic, throws dd::Error (Io).
void writeReportDocx(const Report& report, const QString& path);

} // namespace dd
