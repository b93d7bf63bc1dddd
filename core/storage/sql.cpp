#include "sql.h"

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace dd::sql {

void fail(const QSqlError& error, const QString& statement)
{
    const int code = error.nativeErrorCode().toInt();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if ((code & 0xff) == SQLITE_FULL)
        throw Error(Error::Kind::DiskFull,
                    QCoreApplication::translate(
                        "dd::sql", "The disk is full: the change was not saved, and the file is "
                                   "as it was before. Free some space on the disk and try again."),
                    code);
    const QString brief = statement.simplified().left(80);
    throw Error(Error::Kind::Sql,
                QCoreApplication::translate("dd::sql", "Database statement failed: %1 (%2)")
                    .arg(text, brief),
                code);
}

namespace {
// A null QString would bind as NULL; strings are text, NULL is only QVariant().
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}
} // namespace

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    for (const QVariant& value : binds)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(query.lastError(), statement);
    return query;
}

Prepared::Prepared(const QSqlDatabase& db, const QString& statement)
    : m_query(db), m_statement(statement)
{
    if (!m_query.prepare(statement))
        fail(m_query.lastError(), statement);
}

qint64 Prepared::operator()(const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        m_query.bindValue(i, bindable(binds[i]));
    if (!m_query.exec())
        fail(m_query.lastError(), m_statement);
    return m_query.lastInsertId().toLongLong();
}

QList<qint64> ids(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery q = run(db, statement, binds);
    QList<qint64> list;
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery query = run(db, statement, binds);
    return query.next() ? query.value(0) : QVariant();
}

void runScript(const QSqlDatabase& db, const QByteArray& script)
{
    const QVariant handle = db.driver()->handle();
    auto* sqlite = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!sqlite)
        throw Error(Error::Kind::Sql,
                    QCoreApplication::translate("dd::sql", "No open SQLite connection."));
    char* message = nullptr;
    const int rc = sqlite3_exec(sqlite, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(Error::Kind::Sql,
                    QCoreApplication::translate("dd::sql", "Database script failed: %1").arg(text),
                    sqlite3_extended_errcode(sqlite));
    }
}

QVariant nullable(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isValid() && !value.isNull() ? std::optional<qint64>(value.toLongLong())
                                              : std::nullopt;
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace dd::sql
