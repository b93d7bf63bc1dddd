#pragma once

#include "io/auditview.h"
#include "storage/auditlog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// The audit trail for chairs and administrators: filtered by days, user, action and text,
// newest first (the newest kRows shown, the count of all), each row's fields in words (民意诉求 ·
// 状态：登记 → 受理), one row's fields and stored JSON in full below, and the selection
// exported to .xlsx or .csv.
class AuditDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kRows = 1000;
    static constexpr qint64 kCountAtMost = 10000; // beyond: "more than 10000 entries"

    AuditDialog(OfficeFile& office, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    AuditFilter filter() const;

private:
    void reload();
    void showDetails();
    void exportRows();

    OfficeFile& m_office;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_action;
    QLineEdit* m_text;
    QTableWidget* m_table;
    QLabel* m_count;
    QPlainTextEdit* m_details;
    QList<AuditRecord> m_rows;
    AuditView m_view;
};

} // namespace dd::ui
