#pragma once

#include "org/recordstore.h"

#include <QDialog>

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class RecordForm;

// Adds or edits one organisation record (community, grid, venue, committee member, observer,
// handling unit). OK saves through core; refused fields get their message under the field
// and the dialog stays open with what was typed.
class RecordDialog final : public QDialog
{
    Q_OBJECT
public:
    // record: the stored record to edit (its "id"), or the preset values of a new one.
    RecordDialog(OfficeFile& office, const RecordSpec& spec, const QVariantMap& record,
                 QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    OfficeFile& m_office;
    RecordForm* m_form;
    qint64 m_savedId = 0;
};

// The masked form of every personal field of a stored record, shown until revealed.
void maskPersonalFields(RecordForm* form, const QVariantMap& record);

} // namespace dd::ui
