#pragma once

#include "storage/user.h"

#include <QDate>
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
// exists: the same generator serves `deputydesk-cli demo` and the GUI's first run. The records
// are dated up to today; deterministic for a given today.
void createDemoOffice(const QString& path, const QDate& today = QDate::currentDate());

// The first day of the demo office's records: a year back, so that made on any day the demo
// has a year of everything (every kind of meeting, opinions in every state of their
// lifecycle, overdue action items), this year's since the first of January and the rest of
// the year before.
QDate demoFirstDay(const QDate& today);

// Where the GUI keeps its demo office: <AppDataLocation>/demo-office.ddoffice, i.e.
// ~/.local/share/DeputyDesk/deputydesk/demo-office.ddoffice on Linux.
QString defaultDemoOfficePath();

} // namespace dd
