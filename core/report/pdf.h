#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace dd {

// The font reports are set in: WenQuanYi Micro Hei keeps the characters of a PDF searchable
// and copyable (Noto CJK makes Qt's PDFs extract radicals instead).
QString reportFontFamily();

// What every printed page carries besides the text: a header line (left: usually the office
// name; right: the document's date) and, centred at the foot, "第 1 页 共 3 页".
struct PageFrame
{
    QString headerLeft;
    QString headerRight;
};

// Lays the document out on A4 pages of the device (a QPdfWriter, or a QPrinter from the print
// dialog) inside 2 cm side margins, with the frame drawn on each page.
void paintPages(const QTextDocument& document, QPagedPaintDevice& device, const PageFrame& frame);

// Writes the document as an A4 PDF, atomically (QSaveFile): a failure leaves any existing
// file untouched. Throws dd::Error (Io). Needs a QGuiApplication.
void writePdf(const QTextDocument& document, const QString& path, const QString& title,
              const PageFrame& frame = {});

} // namespace dd
