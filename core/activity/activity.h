#pragma once

#include "storage/error.h"

#include <optional>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

namespace dd {

enum class Attendance
{
    Present, // 出席
    Leave,   // 请假 (with a reason)
    Absent   // 缺席
};
QString attendanceKey(Attendance a);
Attendance attendanceFromKey(const QString& key);
QString attendanceName(Attendance a);

enum class ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped
};
QString actionStatusKey(ActionStatus s);
ActionStatus actionStatusFromKey(const QString& key);
QString actionStatusName(ActionStatus s);

enum class Phase
{
    Before,
    During,
    After
};
QString phaseKey(Phase p);
Phase phaseFromKey(const QString& key);
QString phaseName(Phase p);

struct KindStep
{
    qint64 id = 0;
    Phase phase = Phase::Before;
    QString label;
};

// One of the configurable kinds of activity, with its minutes headings and checklist.
struct ActivityKind
{
    qint64 id = 0;
    QString name;
    QStringList headings;
    bool retired = false;
    QList<KindStep> steps;

    QJsonObject toJson() const; // for the audit log: its name, headings and checklist
};

struct Attendee
{
    qint64 deputyId = 0;
    QString name; // filled when loaded
    Attendance status = Attendance::Present;
    QString reason;
};

struct Participant // other participants, by organisation
{
    QString organisation;
    int people = 1;
};

struct Topic
{
    qint64 id = 0;
    QString title;
    std::optional<qint64> opinionId;
};

struct ActionItem
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString what;
    QString responsible;
    QDate deadline; // invalid: none
    ActionStatus status = ActionStatus::Open;
    QString completionNote;
    QDate completedOn;

    bool isOpen() const
    {
        return status == ActionStatus::Open || status == ActionStatus::InProgress;
    }
    bool isOverdue(const QDate& today) const
    {
        return isOpen() && deadline.isValid() && deadline < today;
    }
};

struct AttendanceCounts
{
    int expected = 0; // 应到
    int present = 0;  // 实到
    int leave = 0;    // 请假
    int absent = 0;   // 缺席
};

struct Activity
{
    qint64 id = 0;
    qint64 kindId = 0;
    QString title;
    QDate date;
    QTime start;
    QTime end; // invalid: not recorded
    std::optional<qint64> venueId;
    QString place; // where, when not one of the venues
    QString organiser;
    std::optional<qint64> groupId;
    std::optional<qint64> communityId;
    QString host;
    int residents = 0;
    QString minutes; // HTML
    QString decisions;
    std::optional<qint64> planId;
    QDate planDate;
    QList<Attendee> attendees;
    QList<Participant> participants;
    QList<Topic> topics;
    QList<ActionItem> actions;
    QSet<qint64> stepsDone;

    AttendanceCounts counts() const;
    int otherParticipants() const; // participants by organisation plus residents
    // Every message names its field (keys: title, kind, date, start, end, place, organiser,
    // host, residents, decisions, attendees, participants, topics, actions).
    QList<FieldError> validate() const;
    QJsonObject toJson() const; // for the audit log and --json
};

// "2026-03-10T09:00" as activities.starts_at stores it (local time, minutes).
QString startsAtKey(const QDate& date, const QTime& time);

} // namespace dd
