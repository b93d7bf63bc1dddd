#include "pdf.h"

#include "storage/error.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Pdf)
};
} // namespace

QString reportFontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

void writePdf(QTextDocument& document, const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DeputyDesk"));
        writer.setResolution(300);
        // No margins of our own: QTextDocument::print() lays the text out 2 cm inside the
        // page and puts the page numbers in that margin.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        document.print(&writer);
    }
    if (!file.commit())
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace dd
