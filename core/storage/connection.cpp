#include "connection.h"

#include "error.h"
#include "sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>

namespace dd {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dd-connection-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Connection::Connection(const QString& path, Mode mode)
    : m_name(nextConnectionName()), m_path(path), m_mode(mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (mode == Mode::ReadOnly) {
        // A URI with mode=ro: SQLite opens the file O_RDONLY and refuses every write.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("dd::Connection", "Cannot open %1: %2")
                        .arg(path, error.databaseText()),
                    error.nativeErrorCode().toInt());
    }
    try {
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::run(db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw;
    }
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace dd
