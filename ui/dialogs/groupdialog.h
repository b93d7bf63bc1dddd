#pragma once

#include "org/deputygroup.h"

#include <QDialog>

class QTableWidget;

namespace dd {
class OfficeFile;
}

namespace dd::ui {

class CheckList;
class RecordForm;

// Adds or edits a deputy group: its kind, specialty, brand, committee member, home venue,
// communities and grids on one tab; on the other, its members ticked from the roster, each
// with a role (one leader, any vice leaders).
class GroupDialog final : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(OfficeFile& office, qint64 groupId, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    RecordForm* form() const { return m_form; }
    CheckList* deputies() const { return m_deputies; }
    QTableWidget* members() const { return m_members; }
    // Sets the role of a ticked member (for tests and the role column).
    void setRole(qint64 deputyId, GroupRole role);
    void accept() override;

private:
    void rebuildMembers();
    QList<GroupMember> chosenMembers() const;

    OfficeFile& m_office;
    RecordForm* m_form;
    CheckList* m_deputies;
    QTableWidget* m_members;
    QHash<qint64, GroupRole> m_roles;
    qint64 m_savedId = 0;
};

} // namespace dd::ui
