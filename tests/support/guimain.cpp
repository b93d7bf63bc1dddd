// Catch2 runner for widget tests. The platform must be chosen before QApplication exists:
// a program that crashes while Catch lists its tests would silently drop them all.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeputyDeskTests"));
    QApplication::setApplicationName(QStringLiteral("deputydesk-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Each test program its own settings (recent files, the last user name, files marked as
    // shared): ctest runs the tests side by side, and one's list of recent files must not
    // change under another's feet.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
