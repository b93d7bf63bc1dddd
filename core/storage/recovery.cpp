#include "recovery.h"

#include "auditlog.h"
#include "connection.h"
#include "error.h"
#include "fileheader.h"
#include "fileops.h"
#include "sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Recovery)
};

QString journalOf(const QString& path)
{
    return path + QStringLiteral("-journal");
}
} // namespace

RecoveredCopy::RecoveredCopy(const QString& path)
    : m_folder(path + QStringLiteral(".recovering-XXXXXX")),
      m_path(m_folder.filePath(QFileInfo(path).fileName()))
{
    if (!m_folder.isValid())
        throw Error(Error::Kind::Io, Text::tr("Cannot create a temporary folder beside %1: %2")
                                         .arg(path, m_folder.errorString()));
    for (const QString& suffix : {QString(), QStringLiteral("-journal")})
        if (!QFile::copy(path + suffix, m_path + suffix))
            throw Error(Error::Kind::Io,
                        Text::tr("Cannot copy %1 to %2.").arg(path + suffix, m_path + suffix));
    // Opening the copy for writing makes SQLite apply the journal to it.
    Connection connection(m_path, Connection::Mode::ReadWrite);
    const QSqlDatabase db = connection.db();
    sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt() != kApplicationId)
        throw Error(Error::Kind::Damaged, Text::tr("it is no longer a DeputyDesk office file"));
    requireQuickCheck(db, {});
    if (sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() >= 7 &&
        !verifyAuditChain(db).ok())
        throw Error(Error::Kind::Damaged, Text::tr("its audit trail no longer holds together"));
}

std::unique_ptr<RecoveredCopy> recoverPendingJournal(const QString& path)
{
    if (!hasPendingJournal(path))
        return nullptr;
    try {
        return std::make_unique<RecoveredCopy>(path);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Io && !e.nativeCode())
            throw; // our own copying failed: nothing is known about the journal
        throw Error(Error::Kind::Damaged,
                    Text::tr("%1 was left in the middle of a change, and the journal beside it "
                             "(%2) does not fit it: applying the journal would damage the file "
                             "(%3). The file and the journal were left as they are.")
                        .arg(path, journalOf(path), e.message()),
                    e.nativeCode());
    }
}

void requireQuickCheck(const QSqlDatabase& db, const QString& message)
{
    const QString result = sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)")).toString();
    if (result != QLatin1String("ok"))
        throw Error(Error::Kind::Damaged,
                    message.isEmpty() ? result : message + QLatin1Char(' ') + result);
}

} // namespace dd
