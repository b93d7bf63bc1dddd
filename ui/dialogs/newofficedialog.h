#pragma once

#include "org/officesettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dd::ui {

// Asks for the new office's name, district, city and where to save the file.
class NewOfficeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewOfficeDialog(const QString& folder, QWidget* parent = nullptr);

    OfficeSettings settings() const;
    QString path() const;

    void accept() override;

private:
    void browse();

    QLineEdit* m_name;
    QLineEdit* m_district;
    QLineEdit* m_city;
    QLineEdit* m_path;
    QLabel* m_errors;
    QString m_folder;
};

} // namespace dd::ui
