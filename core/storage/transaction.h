#pragma once

#include <QSqlDatabase>

namespace dd {

// RAII write transaction: BEGIN IMMEDIATE on construction (so a second writer waits or fails
// at the start, never halfway), ROLLBACK on destruction unless commit() was called.
// A Read transaction (BEGIN DEFERRED, always rolled back) lets many reads see one snapshot and
// take the file's shared lock once instead of once per statement.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    enum class Mode
    {
        Write,
        Read
    };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
    ~Transaction();
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace dd
