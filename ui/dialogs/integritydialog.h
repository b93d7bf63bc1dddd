#pragma once

#include <QDialog>

namespace dd {
struct IntegrityReport;
}

namespace dd::ui {

// Shows an integrity report: a verdict line and each check with its detail.
class IntegrityDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit IntegrityDialog(const IntegrityReport& report, QWidget* parent = nullptr);
};

} // namespace dd::ui
