// Test helper for the crash test: opens an office file (taking over the lock of a writer that
// was killed) in WAL or network-share mode and writes batches through core for ever, each in
// one transaction of kBatch users with their audit rows, printing "committed N" after each
// commit. The test kills it with SIGKILL at random moments.
#include "storage/error.h"
#include "storage/officefile.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <cstdio>
#include <cstring>
#include <QCoreApplication>

namespace {
constexpr int kBatch = 20;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    try {
        dd::OpenOptions options;
        options.app = QStringLiteral("dd_crash_writer");
        options.breakLock = true; // the writer killed before this one left its lock
        options.shared = std::strcmp(argv[2], "shared") == 0;
        auto office = dd::OfficeFile::open(QString::fromLocal8Bit(argv[1]), options);
        const QSqlDatabase db = office->db();
        for (int batch = std::atoi(argv[3]);; ++batch) {
            dd::Transaction tx(db);
            for (int k = 0; k < kBatch; ++k)
                dd::UserRepository::insert(db, office->currentUser(),
                                           QStringLiteral("b%1_%2").arg(batch).arg(k),
                                           QStringLiteral("批次%1").arg(batch), dd::Role::Viewer);
            tx.commit();
            std::printf("committed %d\n", batch);
            std::fflush(stdout);
        }
    } catch (const dd::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
