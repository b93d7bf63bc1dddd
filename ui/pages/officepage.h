#pragma once

#include "fieldform.h"
#include "org/officesettings.h"
#include "page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dd::ui {

// 本街道: the office settings (name, district, city, congress term, work year). Validation is
// core's (OfficeSettings::validate); each message shows under its field.
class OfficePage final : public Page
{
    Q_OBJECT
public:
    explicit OfficePage(QWidget* parent = nullptr);

    QString title() const override;
    void setOffice(OfficeFile* office) override;
    bool isDirty() const override;
    bool save() override;
    void revert() override;

private:
    OfficeSettings formValues() const;
    void showValues(const OfficeSettings& settings);
    void updateButtons();

    OfficeFile* m_office = nullptr;
    OfficeSettings m_saved;
    FieldForm m_form;
    QLineEdit* m_name;
    QLineEdit* m_district;
    QLineEdit* m_city;
    QSpinBox* m_term;
    QSpinBox* m_year;
    QLabel* m_status;
    QLabel* m_readOnlyNote;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    bool m_dirty = false;
};

} // namespace dd::ui
