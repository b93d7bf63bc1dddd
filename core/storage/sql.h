#pragma once

#include <optional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace dd::sql {

// Thin helpers over QSqlQuery that throw dd::Error (kind Sql, with SQLite's code) instead of
// returning false, so that a failed statement can never be ignored by accident.
// Binding: a QString always binds as text (a null QString as ''); SQL NULL is QVariant().
QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
// The first column of every row, as row ids.
QList<qint64> ids(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {});
[[noreturn]] void fail(const QSqlError& error, const QString& statement);

// One statement prepared once and run many times (bulk writes), binding as run() does.
class Prepared final
{
public:
    Prepared(const QSqlDatabase& db, const QString& statement);
    // Runs it with these values; returns the new row's id for an INSERT.
    qint64 operator()(const QVariantList& binds);

private:
    QSqlQuery m_query;
    QString m_statement;
};

// An optional row id as a bind value (NULL when absent), and back from a column or scalar
// (absent for NULL or no row).
QVariant nullable(const std::optional<qint64>& id);
std::optional<qint64> optionalId(const QVariant& value);

// Now, in UTC and ISO 8601, as the created_at / updated_at columns hold it.
QString timestamp();

// Runs a script of several statements (triggers included) through SQLite directly.
void runScript(const QSqlDatabase& db, const QByteArray& script);

} // namespace dd::sql
