// deputydesk-cli: a thin layer over core for IT staff and scripts. Parses arguments, calls
// core, prints. Exit status 0 on success, 1 when the command failed (one line on stderr),
// 2 on a usage error.
#include "clicommands.h"
#include "i18n.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeputyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("deputydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    return dd::cli::run(QCoreApplication::arguments());
}
