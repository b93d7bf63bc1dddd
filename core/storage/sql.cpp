#include "sql.h"

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QVarLengthArray>
#include <sqlite3.h>

namespace dd::sql {

namespace {
[[noreturn]] void failWith(int code, const QString& text, const QString& statement)
{
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

// A null QString would bind as NULL; strings are text, NULL is only QVariant().
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

// Binds values as run() does. Text is bound without a copy: its UTF-8 buffers are kept in
// `keep` (a list of QByteArray), which must live until the statement is done.
template <typename Keep>
void bindAll(sqlite3_stmt* statement, const QVariantList& binds, Keep& keep, const QString& text)
{
    keep.reserve(binds.size());
    const auto bindText = [&](int at, QByteArray utf8) {
        keep.append(utf8.isNull() ? QByteArray("") : std::move(utf8));
        return sqlite3_bind_text64(statement, at, keep.last().constData(),
                                   sqlite3_uint64(keep.last().size()), SQLITE_STATIC, SQLITE_UTF8);
    };
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds[i];
        const int at = i + 1;
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            rc = sqlite3_bind_null(statement, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            rc = sqlite3_bind_int64(statement, at, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(statement, at, v.toDouble());
            break;
        case QMetaType::QByteArray: // a null one is NULL, as QSqlQuery binds it
            keep.append(v.toByteArray());
            rc = keep.last().isNull()
                     ? sqlite3_bind_null(statement, at)
                     : sqlite3_bind_blob64(statement, at, keep.last().constData(),
                                           sqlite3_uint64(keep.last().size()), SQLITE_STATIC);
            break;
        case QMetaType::QDate: // an invalid one is NULL, as QSqlQuery binds it
            rc = v.toDate().isValid() ? bindText(at, dateText(v.toDate()).toUtf8())
                                      : sqlite3_bind_null(statement, at);
            break;
        default: // QString (a null one too, as ''; see bindable()), and anything else as text
            rc = bindText(at, v.toString().toUtf8());
        }
        if (rc != SQLITE_OK)
            failWith(rc, QString::fromUtf8(sqlite3_errstr(rc)), text);
    }
}

sqlite3_stmt* prepare(sqlite3* db, const QString& statement, unsigned flags)
{
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    const int rc =
        sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), flags, &prepared, nullptr);
    if (rc != SQLITE_OK)
        failWith(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), statement);
    return prepared;
}
} // namespace

void fail(const QSqlError& error, const QString& statement)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    failWith(error.nativeErrorCode().toInt(), text, statement);
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    auto* sqlite = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!sqlite)
        throw Error(Error::Kind::Sql,
                    QCoreApplication::translate("dd::sql", "No open SQLite connection."));
    return sqlite;
}

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
    : m_db(handleOf(db)), m_statement(prepare(m_db, statement, SQLITE_PREPARE_PERSISTENT)),
      m_text(statement)
{
}

Prepared::~Prepared()
{
    sqlite3_finalize(m_statement);
}

qint64 Prepared::operator()(const QVariantList& binds)
{
    QVarLengthArray<QByteArray, 32> texts;
    bindAll(m_statement, binds, texts, m_text);
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_OK)
        failWith(code, message, m_text);
    return id;
}

BulkInsert::BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns)
    : m_db(db), m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                           .arg(table, columns.join(QStringLiteral(", ")))),
      m_columns(int(qMax<qsizetype>(1, columns.size())))
{
    // Never more values to a statement than SQLite takes (32,766 since 3.32; 999 before).
    const int most = sqlite3_limit(handleOf(db), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_batch = qMax(1, qMin(2000, most) / m_columns);
    m_rows.reserve(qsizetype(m_batch) * m_columns);
}

void BulkInsert::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns);
    m_rows.append(row);
    if (m_rows.size() == qsizetype(m_batch) * m_columns)
        flush();
}

void BulkInsert::flush()
{
    if (m_rows.isEmpty())
        return;
    statementFor(int(m_rows.size() / m_columns))(m_rows);
    m_rows.clear(); // keeps its room for the next batch
}

Prepared& BulkInsert::statementFor(int rows)
{
    std::unique_ptr<Prepared>& statement = m_statements[rows];
    if (!statement) {
        const QString tuple =
            QLatin1Char('(') + QStringLiteral("?, ").repeated(m_columns - 1) + QStringLiteral("?)");
        QStringList tuples;
        tuples.fill(tuple, rows);
        statement = std::make_unique<Prepared>(m_db, m_head + tuples.join(QStringLiteral(", ")));
    }
    return *statement;
}

BulkWriting::BulkWriting(const QSqlDatabase& db)
    : m_db(db), m_tempStore(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt()),
      m_cacheSize(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt())
{
    run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    run(db, QStringLiteral("PRAGMA cache_size = -16384")); // KiB
}

BulkWriting::~BulkWriting()
{
    QSqlQuery back(m_db); // never throws: a failure leaves the settings, not the data
    back.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    back.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}

Rows::Rows(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
    : m_db(handleOf(db)), m_statement(prepare(m_db, statement, 0)), m_text(statement)
{
    try {
        bindAll(m_statement, binds, m_bound, m_text);
    } catch (...) {
        sqlite3_finalize(m_statement);
        throw;
    }
}

Rows::~Rows()
{
    sqlite3_finalize(m_statement);
}

bool Rows::next()
{
    if (m_done) // a step after the last would run the statement again
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        failWith(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), m_text);
    return false;
}

int Rows::columns() const
{
    return sqlite3_column_count(m_statement);
}

bool Rows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Rows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Rows::text(int column) const
{
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column))
                : QStringLiteral("");
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
    sqlite3* sqlite = handleOf(db);
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

void Interrupter::stop()
{
    m_stopped = true;
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

Interrupter::Attached::Attached(Interrupter* interrupter, const QSqlDatabase& db)
    : m_interrupter(interrupter)
{
    if (!m_interrupter)
        return;
    sqlite3* handle = handleOf(db);
    // sqlite3_interrupt reaches only statements already running: one started just after
    // stop() is stopped by the flag, looked at every thousand of SQLite's instructions.
    sqlite3_progress_handler(
        handle, 1000, [](void* self) { return static_cast<Interrupter*>(self)->stopped() ? 1 : 0; },
        m_interrupter);
    const std::lock_guard<std::mutex> lock(m_interrupter->m_mutex);
    m_interrupter->m_handle = handle;
}

Interrupter::Attached::~Attached()
{
    if (!m_interrupter)
        return;
    const std::lock_guard<std::mutex> lock(m_interrupter->m_mutex);
    sqlite3_progress_handler(m_interrupter->m_handle, 0, nullptr, nullptr);
    m_interrupter->m_handle = nullptr;
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

QString dateText(const QDate& day)
{
    if (!day.isValid())
        return QString();
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return day.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace dd::sql
