#pragma once

class QDialog;
class QDialogButtonBox;

namespace dd::ui {

// OK and Cancel wired to the dialog's accept() and reject().
QDialogButtonBox* okCancelButtons(QDialog* dialog);
// Close wired to reject(), for dialogs that save as they go; never the default button, so
// that Enter in one of their fields (a search) does not close them.
QDialogButtonBox* closeButtons(QDialog* dialog);

} // namespace dd::ui
