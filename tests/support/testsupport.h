#pragma once

#include <functional>
#include <memory>
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QSqlDatabase;

namespace dd {
class OfficeFile;
struct UserRef;
} // namespace dd

namespace dd::test {

// A fresh folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray sha256(const QString& path);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

// A small office created through core, with name 市西街道.
std::unique_ptr<OfficeFile> makeOffice(const QString& path);

// Adds count clerks (user0, user1, …) in one transaction: an office of several pages.
void addStaff(OfficeFile& office, int count);

// A demo office file opened for writing (or reading) with the demo administrator logged in.
std::unique_ptr<OfficeFile> openDemo(const QString& path, bool readOnly = false);

// The calendar year holding most of the demo office's year of records (made today): this
// year from July on, the year before until then. Tests of one year's figures on the demo ask
// for this year, not the current one (in January that has only a few days).
int demoYear();

// The account with this login (it must exist), e.g. the demo's clerk "lina".
UserRef account(const QSqlDatabase& db, const QString& login);

// How many virtual machine steps SQLite takes for work on db (its progress handler): reading
// a row takes several. What an index saves, counted rather than timed.
qint64 stepsOf(const QSqlDatabase& db, const std::function<void()>& work);

// Path of a program built in this tree, e.g. "app/deputydesk-cli".
QString builtProgram(const QString& relative);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult runProgram(const QString& program, const QStringList& arguments,
                         int timeoutMs = 60000);

// Starts tests/helpers/dd_lock_holder on path and waits until it holds the writer lock.
class LockHolderProcess
{
public:
    explicit LockHolderProcess(const QString& officePath);
    ~LockHolderProcess();
    qint64 pid() const { return m_process.processId(); }
    void kill(); // SIGKILL: the lock file stays behind, stale

private:
    QProcess m_process;
};

} // namespace dd::test
