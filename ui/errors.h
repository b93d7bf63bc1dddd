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

} // namespace dd::ui
