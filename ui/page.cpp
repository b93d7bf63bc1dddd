#include "page.h"

#include <QMessageBox>

namespace dd::ui {

bool Page::confirmLeave()
{
    if (!isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The page “%1” has changes that are not saved. Save them?").arg(title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

} // namespace dd::ui
