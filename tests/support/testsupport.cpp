#include "testsupport.h"

#include "demo/demooffice.h"
#include "org/officesettings.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QFile>
#include <sqlite3.h>

namespace dd::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

std::unique_ptr<OfficeFile> makeOffice(const QString& path)
{
    OfficeSettings s;
    s.name = QStringLiteral("市西街道");
    s.district = QStringLiteral("市北区");
    s.city = QStringLiteral("青岛市");
    s.workYear = 2026;
    return OfficeFile::create(path, s);
}

void addStaff(OfficeFile& office, int count)
{
    Transaction tx(office.db());
    for (int i = 0; i < count; ++i)
        UserRepository::insert(office.db(), office.currentUser(), QStringLiteral("user%1").arg(i),
                               QStringLiteral("街道工作人员%1").arg(i), Role::Clerk);
    tx.commit();
}

std::unique_ptr<OfficeFile> openDemo(const QString& path, bool readOnly)
{
    OpenOptions options;
    options.readOnly = readOnly;
    options.login = QStringLiteral("admin");
    options.password = kDemoPassword;
    return OfficeFile::open(path, options);
}

int demoYear()
{
    return QDate::currentDate().addDays(-182).year();
}

UserRef account(const QSqlDatabase& db, const QString& login)
{
    const QList<UserRef> users = UserRepository::all(db);
    const auto found = std::find_if(users.cbegin(), users.cend(),
                                    [&](const UserRef& u) { return u.login == login; });
    REQUIRE(found != users.cend());
    return *found;
}

qint64 stepsOf(const QSqlDatabase& db, const std::function<void()>& work)
{
    qint64 steps = 0;
    sqlite3* handle = sql::handleOf(db);
    sqlite3_progress_handler(
        handle, 1,
        [](void* count) {
            ++*static_cast<qint64*>(count);
            return 0;
        },
        &steps);
    work();
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    return steps;
}

QString builtProgram(const QString& relative)
{
    return QStringLiteral(DD_BINARY_DIR "/") + relative;
}

ProcessResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

LockHolderProcess::LockHolderProcess(const QString& officePath)
{
    m_process.start(builtProgram(QStringLiteral("tests/helpers/dd_lock_holder")), {officePath});
    REQUIRE(m_process.waitForStarted());
    REQUIRE(m_process.waitForReadyRead(30000));
    REQUIRE(m_process.readLine().trimmed() == "locked");
}

LockHolderProcess::~LockHolderProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the helper exits when its stdin closes
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
}

void LockHolderProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

} // namespace dd::test
