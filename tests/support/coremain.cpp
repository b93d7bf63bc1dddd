// Catch2 runner for core and CLI tests: a QCoreApplication exists while tests run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
