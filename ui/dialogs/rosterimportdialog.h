#pragma once

#include "io/roster.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// Imports a roster in two steps: a check that writes nothing and shows what would happen
// (or every bad row, with row, column and reason), then, when the user agrees, the import.
class RosterImportDialog final : public QDialog
{
    Q_OBJECT
public:
    RosterImportDialog(OfficeFile& office, const QString& path, QWidget* parent = nullptr);

    const RosterImportReport& report() const { return m_report; }
    bool imported() const { return m_report.written; }

private:
    void runImport();
    void showReport();

    OfficeFile& m_office;
    QString m_path;
    RosterImportReport m_report;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace dd::ui
