#pragma once

#include <QString>

namespace dd {

// Creates a demo office file at path with realistic sample data for every capability that
// exists: the same generator serves `deputydesk-cli demo` and the GUI's first run.
void createDemoOffice(const QString& path);

// Where the GUI keeps its demo office: <AppDataLocation>/demo-office.ddoffice, i.e.
// ~/.local/share/DeputyDesk/deputydesk/demo-office.ddoffice on Linux.
QString defaultDemoOfficePath();

} // namespace dd
