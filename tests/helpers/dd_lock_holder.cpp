// Test helper: opens an office file for writing in its own process (taking the writer lock),
// prints "locked", and holds it until its standard input closes.
#include "storage/error.h"
#include "storage/officefile.h"

#include <cstdio>
#include <iostream>
#include <QCoreApplication>
#include <string>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    try {
        dd::OpenOptions options;
        options.app = QStringLiteral("dd_lock_holder");
        auto office = dd::OfficeFile::open(QString::fromLocal8Bit(argv[1]), options);
        std::printf("locked\n");
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line)) {
        }
    } catch (const dd::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
