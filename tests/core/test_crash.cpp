// Crash safety: a writer process killed with SIGKILL at random moments, in WAL and in the
// network-share (rollback journal) mode. Afterwards the file must be whole: integrity_check
// ok, no broken reference, the audit chain unbroken, every commit the writer reported present
// whole and no batch present in part. DD_CRASH_KILLS sets the kills per mode (default 50; the
// long run uses 200).
#include "demo/demooffice.h"
#include "io/opinionledger.h"
#include "org/deputyrepository.h"
#include "storage/connection.h"
#include "storage/error.h"
#include "storage/integrity.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace dd;
using dd::test::TempDir;

namespace {
constexpr int kBatch = 20; // as dd_crash_writer writes them

int killsPerMode()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("DD_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 50;
}

// The batches in the file and their sizes (users b<batch>_<k>).
QMap<int, int> batchesIn(const QString& path)
{
    Connection connection(path, Connection::Mode::ReadOnly);
    QMap<int, int> batches;
    QSqlQuery q = sql::run(connection.db(),
                           QStringLiteral("SELECT CAST(substr(login, 2, instr(login, '_') - 2) "
                                          "AS INTEGER), count(*) FROM users WHERE login LIKE "
                                          "'b%\\_%' ESCAPE '\\' GROUP BY 1"));
    while (q.next())
        batches.insert(q.value(0).toInt(), q.value(1).toInt());
    return batches;
}

void killRepeatedly(const QString& mode)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.ddoffice"));
    test::makeOffice(path);
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("mode " << mode.toStdString() << ", seed " << seed);
    QRandomGenerator random(seed);
    const int kills = killsPerMode();
    int next = 0;         // the first batch number of the next writer
    QSet<int> reported;   // commits the writers said were done
    int killedMidWay = 0; // kills that found the writer running
    int journalsLeft = 0; // kills that left a rollback journal behind
    // How long a writer takes to its first commit in this build (starting, taking over the
    // lock, recovering): the first writer is killed after it, the others at a random moment up
    // to twice that and 250 ms more. Under the sanitizers on a loaded machine a writer takes
    // several times as long to start, and kills within a fixed 250 ms fell mostly inside its
    // start (38 commits in 50 kills, once).
    qint64 toFirstCommit = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess writer;
        QElapsedTimer started;
        started.start();
        writer.start(test::builtProgram(QStringLiteral("tests/helpers/dd_crash_writer")),
                     {path, mode, QString::number(next)});
        REQUIRE(writer.waitForStarted());
        if (kill == 0) {
            while (!writer.peek(1 << 20).contains("committed ") && started.elapsed() < 20000)
                writer.waitForReadyRead(50);
            toFirstCommit = started.elapsed();
            UNSCOPED_INFO("first commit after " << toFirstCommit << " ms");
            QThread::msleep(random.bounded(20, 250));
        } else {
            QThread::msleep(random.bounded(20, 250 + 2 * int(toFirstCommit)));
        }
        if (writer.state() == QProcess::Running)
            ++killedMidWay;
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        INFO(QString::fromUtf8(writer.readAllStandardError()).toStdString());
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
            if (line.startsWith("committed "))
                reported.insert(line.mid(10).toInt());
        next += 100000; // each writer numbers its batches apart

        if (mode == QLatin1String("shared")) {
            // a rollback journal left behind is rolled back when the file is next opened for
            // writing; a read-only check says so and stops
            if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
                ++journalsLeft;
                // a hot journal stops a read-only check, which names it; a journal the
                // writer had not finished writing is ignored by SQLite
                const IntegrityReport before = checkOffice(path);
                INFO(before.toText().toStdString());
                CHECK((before.ok() || before.toText().contains(QStringLiteral("-journal"))));
            }
            OpenOptions reopen; // as the clerk opening it again
            reopen.shared = true;
            reopen.breakLock = true;
            REQUIRE(OfficeFile::open(path, reopen)->isShared());
        }

        const IntegrityReport report = checkOffice(path);
        INFO("after kill " << kill << ":\n" << report.toText().toStdString());
        REQUIRE(report.ok()); // pages, references, audit chain
        const QMap<int, int> batches = batchesIn(path);
        QList<int> partial, missing;
        for (auto it = batches.cbegin(); it != batches.cend(); ++it)
            if (it.value() != kBatch)
                partial << it.key();
        for (int batch : std::as_const(reported))
            if (!batches.contains(batch))
                missing << batch;
        REQUIRE(partial.isEmpty()); // no batch in part
        REQUIRE(missing.isEmpty()); // every reported commit is there
    }
    CHECK(killedMidWay >= kills * 9 / 10);
    CHECK(reported.size() > kills); // the writers got work done between the kills
    if (mode == QLatin1String("shared"))
        CHECK(journalsLeft > 0); // some kills fell inside a transaction
}
} // namespace

TEST_CASE("Killing a writer at random moments never loses a commit or leaves half a batch, "
          "in WAL mode")
{
    killRepeatedly(QStringLiteral("wal"));
}

TEST_CASE("Killing a writer at random moments never loses a commit or leaves half a batch, "
          "in the network-share mode (rollback journal)")
{
    killRepeatedly(QStringLiteral("shared"));
}

TEST_CASE("An import that fills the disk fails with a disk-full message and leaves the file as "
          "it was")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.ddoffice"));
    createDemoOffice(path);
    { // no passwords, so that opening writes no log-in row and the bytes can be compared
        Connection c(path, Connection::Mode::ReadWrite);
        sql::run(c.db(), QStringLiteral("UPDATE users SET password_hash = ''"));
    }
    const QByteArray before = test::sha256(path);
    {
        auto office = OfficeFile::open(path);
        // a ledger of 3,000 opinions with long texts: several megabytes to write
        const QString deputy = DeputyRepository::list(office->db()).first().name;
        QString csv = QStringLiteral("登记日期,接单代表,标题,内容,类别\n");
        const QString text = QString(400, QChar(0x8DEF)); // 路…
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("2026-03-%1,%2,路灯不亮%3,%4,城建\n")
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(deputy)
                       .arg(i)
                       .arg(text);
        const QString ledger = dir.path(QStringLiteral("ledger.csv"));
        test::writeAll(ledger, csv.toUtf8());
        // SQLite's size limit stands in for a full disk: 50 pages (200 KiB) more at most
        const int pages = sql::scalar(office->db(), QStringLiteral("PRAGMA page_count")).toInt();
        sql::scalar(office->db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 50));
        try {
            const OpinionImportReport report = importOpinionLedger(*office, ledger);
            FAIL("the import fitted: " << report.toText().left(500).toStdString());
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::DiskFull);
            CHECK(e.message().contains(QStringLiteral("disk is full")));
        }
        CHECK(sql::scalar(office->db(), QStringLiteral("SELECT count(*) FROM opinions WHERE "
                                                       "title LIKE '路灯不亮%'"))
                  .toInt() == 0);
    }
    CHECK(test::sha256(path) == before); // closed: not a byte changed
    CHECK(checkOffice(path).ok());
}
