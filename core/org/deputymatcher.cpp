#include "deputymatcher.h"

#include <algorithm>

namespace dd {

DeputyMatcher::DeputyMatcher(const QList<Deputy>& deputies)
{
    for (const Deputy& d : deputies)
        add(d);
}

void DeputyMatcher::add(const Deputy& deputy)
{
    if (!deputy.idNumber.isEmpty())
        m_byIdNumber.insert(deputy.idNumber, deputy.id);
    QList<Known>& named = m_byName[deputy.name];
    const Known known{deputy.id, deputy.idNumber, deputy.birthDate};
    named.insert(std::upper_bound(named.begin(), named.end(), known,
                                  [](const Known& a, const Known& b) { return a.id < b.id; }),
                 known);
}

std::optional<qint64> DeputyMatcher::find(const QString& idNumber, const QString& name,
                                          const QDate& birthDate) const
{
    if (!idNumber.isEmpty() && m_byIdNumber.contains(idNumber))
        return m_byIdNumber.value(idNumber);
    if (birthDate.isValid())
        for (const Known& k : m_byName.value(name))
            if (k.birthDate == birthDate)
                return k.id;
    return std::nullopt;
}

QList<qint64> DeputyMatcher::sameNamed(const QString& name, const QString& idNumber,
                                       const QDate& birthDate) const
{
    QList<qint64> ids;
    for (const Known& k : m_byName.value(name))
        if ((idNumber.isEmpty() || k.idNumber.isEmpty() || k.idNumber == idNumber) &&
            (!birthDate.isValid() || !k.birthDate.isValid() || k.birthDate == birthDate))
            ids << k.id;
    return ids;
}

} // namespace dd
