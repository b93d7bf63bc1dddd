#pragma once

#include <QString>

class QTextDocument;

namespace dd {

// The font reports are set in: WenQuanYi Micro Hei keeps the characters of a PDF searchable
// and copyable (Noto CJK makes Qt's PDFs extract radicals instead).
QString reportFontFamily();

// Writes the document as an A4 PDF with page numbers, atomically (QSaveFile): a failure
// leaves any existing file untouched. Throws dd::Error (Io). Needs a QGuiApplication.
void writePdf(QTextDocument& document, const QString& path, const QString& title);

} // namespace dd
