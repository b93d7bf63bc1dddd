#pragma once

#include <memory>
#include <QString>

class QWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// Opens an office file, talking the user through what can go wrong: a file held by another
// program (open read-only, or break a lock left by a program that is gone), a read-only
// file, a damaged, foreign or too-new file. Returns nullptr when it was not opened.
std::unique_ptr<OfficeFile> openOfficeInteractively(QWidget* parent, const QString& path,
                                                    bool readOnly = false);

} // namespace dd::ui
