#pragma once

#include "activity/activity.h"
#include "org/deputygroup.h"
#include "org/recordstore.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace dd::ui {

class CheckList;

// The attendance of one activity, made for copying a paper sign-in sheet fast: tick the
// expected deputies (or add a whole group), then mark each row from the keyboard — 1 or P
// present, 2 or L on leave (the reason cell opens), 3 or A absent — moving down a row each
// time; Ctrl+Z undoes the last mark. Other participants by organisation and a residents'
// count below. Counts (应到 / 实到 / 请假 / 缺席) update as you go.
class AttendancePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AttendancePanel(QWidget* parent = nullptr);

    using MembersOf = std::function<QList<GroupMember>(qint64 groupId)>;
    void setChoices(const QList<Choice>& deputies, const QList<Choice>& groups, MembersOf members);
    void setAttendance(const QList<Attendee>& attendees, const QList<Participant>& participants,
                       int residents);
    QList<Attendee> attendees() const;
    QList<Participant> participants() const;
    int residents() const;
    void addGroup(qint64 groupId);
    void mark(int row, Attendance status);
    void undo();
    void showError(const QString& message);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncFromChecklist();
    void setRows(const QList<Attendee>& attendees);
    void updateCounts();

    CheckList* m_pick;
    QComboBox* m_group;
    QTableWidget* m_table;
    QLabel* m_counts;
    QLabel* m_error;
    QTableWidget* m_others;
    QSpinBox* m_residents;
    MembersOf m_members;
    QHash<qint64, QString> m_names;
    QList<QList<Attendee>> m_undo;
    bool m_syncing = false;
};

} // namespace dd::ui
