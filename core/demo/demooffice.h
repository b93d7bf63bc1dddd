#pragma once

#include "storage/user.h"

#include <QList>
#include <QString>

namespace dd {

// The demo office's users, one per role, all with the password kDemoPassword (the README
// lists them).
inline const QString kDemoPassword = QStringLiteral("demo1234");
struct DemoUser
{
    QString login;
    QString displayName; // empty for the administrator created with the file
    Role role;
};
QList<DemoUser> demoUsers();

// Creates a demo office file at path with realistic sample data for every capability that
// exists: the same generator serves `deputydesk-cli demo` and the GUI's first run.
void createDemoOffice(const QString& path);

// Where the GUI keeps its demo office: <AppDataLocation>/demo-office.ddoffice, i.e.
// ~/.local/share/DeputyDesk/deputydesk/demo-office.ddoffice on Linux.
QString defaultDemoOfficePath();

} // namespace dd
