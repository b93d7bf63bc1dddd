#pragma once

#include "deputy.h"

#include <optional>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace dd {

// Finds the deputy a roster row (or a confirmed nomination) is about among the deputies read
// once (DeputyRepository::loadAll): a district's roster of 11,000 rows would otherwise ask the
// file twice a row.
class DeputyMatcher final
{
public:
    explicit DeputyMatcher(const QList<Deputy>& deputies);

    // The deputy with this ID number, else with this name and birth date.
    std::optional<qint64> find(const QString& idNumber, const QString& name,
                               const QDate& birthDate) const;
    // When find() finds no one: the deputies of that name whose recorded ID number and birth
    // date do not contradict those given (an empty one contradicts nothing), in the order they
    // were entered, so that a roster without those columns, or one adding them, finds the
    // deputy it is about.
    QList<qint64> sameNamed(const QString& name, const QString& idNumber,
                            const QDate& birthDate) const;
    // A deputy written since the matcher was made (with its id).
    void add(const Deputy& deputy);

private:
    struct Known
    {
        qint64 id = 0;
        QString idNumber;
        QDate birthDate;
    };
    QHash<QString, qint64> m_byIdNumber;
    QHash<QString, QList<Known>> m_byName; // each in the order entered (by id)
};

} // namespace dd
