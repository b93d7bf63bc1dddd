#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace dd::sql {

// Thin helpers over QSqlQuery that throw dd::Error (kind Sql, with SQLite's code) instead of
// returning false, so that a failed statement can never be ignored by accident.
// Binding: a QString always binds as text (a null QString as ''); SQL NULL is QVariant().
QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
// The first column of every row, as row ids.
QList<qint64> ids(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
[[noreturn]] void fail(const QSqlError& error, const QString& statement);
// The connection's own SQLite handle (throws when the connection is not open).
sqlite3* handleOf(const QSqlDatabase& db);

// One statement prepared once and run many times (bulk writes), binding as run() does. It
// talks to SQLite directly through the connection's handle: an import runs tens of thousands
// of these, and QSqlQuery's binding and result caching cost more than SQLite's own work.
class Prepared final
{
public:
    Prepared(const QSqlDatabase& db, const QString& statement);
    ~Prepared();
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;
    // Runs it with these values; returns the new row's id for an INSERT.
    qint64 operator()(const QVariantList& binds);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;
};

// Rows inserted many to a statement (INSERT … VALUES (…), (…), …): SQLite's work for each
// statement run — opening the cursors of the table and of each index, looking up the parents
// of its foreign keys, ending the statement — is paid once for many rows instead of for each
// (a ledger import writes 60,000 rows). add() keeps a row and writes the kept ones whenever
// there are about 2,000 values (fewer cost SQLite more per row, more cost more to bind:
// measured on a ledger's opinions and their history); flush() writes the rest. Rows are
// written in the order added; what is still kept when it is destroyed is not written. Inside
// the caller's transaction, begun under BulkWriting; where one table's rows refer to
// another's, foreign keys are checked at commit (PRAGMA defer_foreign_keys), as the rows of
// either may wait.
class BulkInsert final
{
public:
    BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns);
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;
    void add(const QVariantList& row); // one value per column
    void flush();

private:
    Prepared& statementFor(int rows);

    QSqlDatabase m_db;
    QString m_head; // INSERT INTO table (columns) VALUES
    int m_columns = 0;
    int m_batch = 0;     // rows to a statement
    QVariantList m_rows; // the kept rows' values, one after the other
    std::map<int, std::unique_ptr<Prepared>> m_statements; // by number of rows
};

// Settings for a transaction that writes tens of thousands of rows, while it lives; then
// those it found are put back. SQLite's temporary files in memory (PRAGMA temp_store): a
// statement writing many rows keeps a statement journal, to undo just that statement, which
// SQLite otherwise writes to a temporary file page by page (a ledger import: 30,000 writes).
// A page cache of 16 MB instead of 2: the new rows land all over a district's indexes, whose
// pages were otherwise dropped and read again (a ledger import into the stress file: 455 →
// 410 ms). SQLite reads temp_store when a transaction begins: make it before the Transaction.
// Changing temp_store drops the connection's temporary tables (an office's connection has
// none).
class BulkWriting final
{
public:
    explicit BulkWriting(const QSqlDatabase& db);
    ~BulkWriting();
    BulkWriting(const BulkWriting&) = delete;
    BulkWriting& operator=(const BulkWriting&) = delete;

private:
    QSqlDatabase m_db;
    int m_tempStore = 0;
    int m_cacheSize = 0;
};

// A SELECT read row by row through the connection's handle, binding and failing as run()
// does: for lists of thousands of rows, where QSqlQuery first turns every value into a
// QVariant (and SQLite every text into UTF-16). Columns count from 0.
class Rows final
{
public:
    Rows(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
    ~Rows();
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    bool next(); // to the next row; false after the last
    int columns() const;
    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    QString text(int column) const;   // '' for NULL

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;
    QList<QByteArray> m_bound; // the bound texts, alive until the statement is done
    bool m_done = false;
};

// Lets another thread stop what one connection is running, at once: also a statement SQLite
// runs in one go, such as PRAGMA integrity_check (some 10 s on a district's file), which no
// check between steps can reach. A stopped statement fails with SQLITE_INTERRUPT (an Error);
// the flag stays set, so statements started afterwards stop too, and the work can ask
// stopped() between its steps. The work's thread attaches the connection for as long as it
// runs (Attached, destroyed before the connection closes).
class Interrupter final
{
public:
    void stop(); // from any thread
    bool stopped() const { return m_stopped; }

    class Attached final
    {
    public:
        Attached(Interrupter* interrupter, const QSqlDatabase& db); // interrupter may be null
        ~Attached();
        Attached(const Attached&) = delete;
        Attached& operator=(const Attached&) = delete;

    private:
        Interrupter* m_interrupter;
    };

private:
    std::mutex m_mutex; // guards m_handle against the connection being detached
    sqlite3* m_handle = nullptr;
    std::atomic<bool> m_stopped = false;
};

// An optional row id as a bind value (NULL when absent), and back from a column or scalar
// (absent for NULL or no row).
QVariant nullable(const std::optional<qint64>& id);
std::optional<qint64> optionalId(const QVariant& value);

// Now, in UTC and ISO 8601, as the created_at / updated_at columns hold it.
QString timestamp();
// A day as the date columns hold it (ISO 8601, 2025-03-10), '' for an invalid one. Written
// out by hand: bulk writes format hundreds of thousands of days, and QDate::toString is slow.
QString dateText(const QDate& day);

// Runs a script of several statements (triggers included) through SQLite directly.
void runScript(const QSqlDatabase& db, const QByteArray& script);

} // namespace dd::sql
