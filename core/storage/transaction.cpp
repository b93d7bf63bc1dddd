#include "transaction.h"

#include "sql.h"

#include <QSqlQuery>

namespace dd {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
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
