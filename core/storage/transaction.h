#pragma once

#include <QSqlDatabase>

namespace dd {

// RAII write transaction: BEGIN IMMEDIATE on construction (so a second writer waits or fails
// at the start, never halfway), ROLLBACK on destruction unless commit() was called.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace dd
