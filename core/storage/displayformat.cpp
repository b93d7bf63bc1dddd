#include "displayformat.h"

#include <QLocale>

namespace dd {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString displayDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return chinese()
               ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
               : date.toString(Qt::ISODate);
}

QString displayDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return displayDate(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace dd
