#pragma once

#include "fieldform.h"
#include "org/selection.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

// A selection round's name, seats and notes.
class RoundDialog final : public QDialog
{
    Q_OBJECT
public:
    RoundDialog(OfficeFile& office, const SelectionRound& round, QWidget* parent = nullptr);
    qint64 savedId() const { return m_round.id; }
    void accept() override;

private:
    OfficeFile& m_office;
    SelectionRound m_round;
    FieldForm m_form;
    QLineEdit* m_name;
    QSpinBox* m_seats;
    QPlainTextEdit* m_notes;
};

// The quota structure: rows of dimension (sector, party, community), value and places.
class QuotasDialog final : public QDialog
{
    Q_OBJECT
public:
    QuotasDialog(OfficeFile& office, qint64 roundId, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void addRow(const Quota& quota);
    void accept() override;

private:
    OfficeFile& m_office;
    qint64 m_roundId;
    QTableWidget* m_table;
};

// A nomination: the candidate, and who nominated them (a party organisation, or 10 or more
// residents jointly, one per line).
class NominationDialog final : public QDialog
{
    Q_OBJECT
public:
    NominationDialog(OfficeFile& office, qint64 roundId, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

    QLineEdit* nameEdit() const { return m_name; }
    QRadioButton* byResidents() const { return m_byResidents; }
    QPlainTextEdit* residentsEdit() const { return m_residents; }
    QComboBox* partyOrgEdit() const { return m_org; }

private:
    Nomination nomination() const;
    void updateNominator();

    OfficeFile& m_office;
    qint64 m_roundId;
    qint64 m_savedId = 0;
    FieldForm m_form;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QComboBox* m_party;
    QComboBox* m_sector;
    QLineEdit* m_workUnit;
    QComboBox* m_community;
    QLineEdit* m_phone;
    QLineEdit* m_idNumber;
    QRadioButton* m_byParty;
    QRadioButton* m_byResidents;
    QComboBox* m_org;
    QPlainTextEdit* m_residents;
};

// Asks for the notice's first day and shows its end, 3 working days later.
class NoticeStartDialog final : public QDialog
{
    Q_OBJECT
public:
    NoticeStartDialog(OfficeFile& office, QWidget* parent = nullptr);
    QDate start() const;
    QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date;
    QLabel* m_end;
};

// 异议: an objection to a candidate on the public notice, received on a day of the notice up to
// today (a clerk often writes down the next morning what came in by phone), with what was
// objected to and by whom. Saves it itself; a refusal is shown under its field.
class ObjectionDialog final : public QDialog
{
    Q_OBJECT
public:
    ObjectionDialog(OfficeFile& office, const Nomination& candidate, const SelectionRound& round,
                    QWidget* parent = nullptr);
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* contentEdit() const { return m_content; }

private:
    void save();

    OfficeFile& m_office;
    qint64 m_nominationId;
    FieldForm m_form;
    QDateEdit* m_date;
    QPlainTextEdit* m_content;
};

} // namespace dd::ui
