#include "masking.h"

namespace dd {

QString maskResidentId(const QString& id)
{
    if (id.size() < 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), QLatin1Char('*'));
    const qsizetype keepStart = phone.size() == 11 ? 3 : phone.size() - 8;
    return phone.left(keepStart) + QString(phone.size() - keepStart - 4, QLatin1Char('*')) +
           phone.right(4);
}

} // namespace dd
