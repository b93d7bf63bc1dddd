#include "pdf.h"

#include "storage/error.h"

#include <memory>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
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

void paintPages(const QTextDocument& document, QPagedPaintDevice& device, const PageFrame& frame)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter(&device);
    const qreal mm = device.logicalDpiY() / 25.4;
    const qreal width = device.width(), height = device.height();
    const QRectF body(20 * mm, 25 * mm, width - 40 * mm, height - 45 * mm);

    // Lay a copy out for the device, so that point sizes mean printed points.
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(&device);
    copy->setPageSize(body.size());
    const int pages = copy->pageCount();

    QFont small(reportFontFamily());
    small.setPointSizeF(9);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        copy->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF header(body.left(), 12 * mm, body.width(), 8 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, frame.headerLeft);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, frame.headerRight);
        if (!frame.headerLeft.isEmpty() || !frame.headerRight.isEmpty())
            painter.drawLine(QPointF(body.left(), 21 * mm), QPointF(body.right(), 21 * mm));
        painter.drawText(QRectF(body.left(), height - 16 * mm, body.width(), 8 * mm),
                         Qt::AlignHCenter | Qt::AlignTop,
                         Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
}

void writePdf(const QTextDocument& document, const QString& path, const QString& title,
              const PageFrame& frame)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DeputyDesk"));
        writer.setResolution(300);
        paintPages(document, writer, frame);
    }
    if (!file.commit())
        throw Error(Error::Kind::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace dd
