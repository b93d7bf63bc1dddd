#include "transaction.h"

#include "sql.h"

#include <QSqlQuery>

namespace dd {

Transaction::Transaction(QSqlDatabase db, Mode mode) : m_db(std::move(db))
{
    sql::run(m_db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("BEGIN DEFERRED"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    sql::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace dd
