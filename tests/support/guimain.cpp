// Catch2 runner for widget tests. The platform must be chosen before QApplication exists:
// a program that crashes while Catch lists its tests would silently drop them all.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeputyDeskTests"));
    QApplication::setApplicationName(QStringLiteral("deputydesk-tests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
