#pragma once

#include "fieldform.h"
#include "org/deputy.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// Adds a deputy, or edits one. Core validates (Deputy::validate) and saves; problems show
// under their fields and nothing is written. An existing deputy's ID number and phone are
// shown masked until "Show" reveals them, which the audit log records.
class DeputyDialog final : public QDialog
{
    Q_OBJECT
public:
    // deputyId 0 = a new deputy.
    DeputyDialog(OfficeFile& office, qint64 deputyId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_deputy.id; }
    void accept() override;

private:
    void buildForm();
    void showDeputy();
    Deputy formValues(QList<FieldError>& parseErrors) const;
    void reveal(const QString& field);
    void updateEnabled();

    OfficeFile& m_office;
    Deputy m_deputy;          // as loaded (unmasked values stay here, never shown unasked)
    bool m_idRevealed = true; // new deputies have nothing to hide
    bool m_phoneRevealed = true;
    FieldForm m_form;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QComboBox* m_ethnicity;
    QComboBox* m_party;
    QComboBox* m_education;
    QLineEdit* m_workUnit;
    QComboBox* m_sector;
    QComboBox* m_kind;
    QMap<CongressLevel, QCheckBox*> m_levels;
    QComboBox* m_district;
    QLineEdit* m_term;
    QLineEdit* m_phone;
    QPushButton* m_revealPhone;
    QLineEdit* m_idNumber;
    QPushButton* m_revealId;
    QLineEdit* m_expertise;
    QComboBox* m_status;
    QLineEdit* m_statusDate;
    QPlainTextEdit* m_notes;
};

} // namespace dd::ui
