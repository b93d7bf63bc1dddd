#pragma once

#include <functional>
#include <QString>

class QWidget;

namespace dd {
class Error;
}

namespace dd::ui {

// Shows a core error as a dialog: what was being done (action), and core's message naming
// what failed. The one place ui/ turns dd::Error into a QMessageBox.
void showError(QWidget* parent, const QString& action, const Error& error);

// Runs work on a worker thread while a modal busy dialog keeps the window responsive;
// rethrows what the work threw. For work that opens its own connection (backup, check).
void runBusy(QWidget* parent, const QString& label, const std::function<void()>& work);

// As runBusy, with a bar and a Cancel button: work reports through the function it is given
// (from its thread) how far it is, `done` of `total`, and what it is doing; that function
// returns false once the user has pressed Cancel, and work should then stop. `stopNow`, if
// given, is called on Cancel (on the dialog's thread) to stop work also in the middle of a
// step, e.g. through a sql::Interrupter.
using ReportProgress = std::function<bool(int done, int total, const QString& doing)>;
void runWithProgress(QWidget* parent, const QString& label,
                     const std::function<void(const ReportProgress&)>& work,
                     const std::function<void()>& stopNow = {});

// An import as every page does it: a dry run first; its problems shown (nothing written), or
// its summary with a question before the real run, whose summary is shown too. run(dryRun)
// returns whether the report is clean and its text. Errors are shown with `failing`.
void runCheckedImport(QWidget* parent, const QString& title, const QString& failing,
                      const std::function<std::pair<bool, QString>(bool dryRun)>& run);

} // namespace dd::ui
