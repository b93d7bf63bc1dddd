#include "activity.h"

#include "org/validators.h"
#include "storage/enumkeys.h"

#include <array>
#include <QCoreApplication>
#include <QJsonArray>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Activity)
};

constexpr std::array<std::pair<Attendance, const char*>, 3> kAttendance = {
    {{Attendance::Present, "present"},
     {Attendance::Leave, "leave"},
     {Attendance::Absent, "absent"}}};
constexpr std::array<std::pair<ActionStatus, const char*>, 4> kActionStatus = {
    {{ActionStatus::Open, "open"},
     {ActionStatus::InProgress, "in_progress"},
     {ActionStatus::Done, "done"},
     {ActionStatus::Dropped, "dropped"}}};
constexpr std::array<std::pair<Phase, const char*>, 3> kPhase = {
    {{Phase::Before, "before"}, {Phase::During, "during"}, {Phase::After, "after"}}};
} // namespace

QString attendanceKey(Attendance a)
{
    return enumKey(a, kAttendance);
}

Attendance attendanceFromKey(const QString& key)
{
    return enumFromKey(key, kAttendance);
}

QString attendanceName(Attendance a)
{
    switch (a) {
    case Attendance::Present:
        return Text::tr("Present");
    case Attendance::Leave:
        return Text::tr("On leave");
    case Attendance::Absent:
        return Text::tr("Absent");
    }
    return {};
}

QString actionStatusKey(ActionStatus s)
{
    return enumKey(s, kActionStatus);
}

ActionStatus actionStatusFromKey(const QString& key)
{
    return enumFromKey(key, kActionStatus);
}

QString actionStatusName(ActionStatus s)
{
    switch (s) {
    case ActionStatus::Open:
        return Text::tr("Open");
    case ActionStatus::InProgress:
        return Text::tr("In progress");
    case ActionStatus::Done:
        return Text::tr("Done");
    case ActionStatus::Dropped:
        return Text::tr("Dropped");
    }
    return {};
}

QString phaseKey(Phase p)
{
    return enumKey(p, kPhase);
}

Phase phaseFromKey(const QString& key)
{
    return enumFromKey(key, kPhase);
}

QString phaseName(Phase p)
{
    switch (p) {
    case Phase::Before:
        return Text::tr("Before the meeting");
    case Phase::During:
        return Text::tr("During the meeting");
    case Phase::After:
        return Text::tr("After the meeting");
    }
    return {};
}

QString startsAtKey(const QDate& date, const QTime& time)
{
    return date.toString(Qt::ISODate) + QLatin1Char('T') +
           (time.isValid() ? time : QTime(0, 0)).toString(QStringLiteral("HH:mm"));
}

AttendanceCounts Activity::counts() const
{
    AttendanceCounts c;
    c.expected = int(attendees.size());
    for (const Attendee& a : attendees) {
        if (a.status == Attendance::Present)
            ++c.present;
        else if (a.status == Attendance::Leave)
            ++c.leave;
        else
            ++c.absent;
    }
    return c;
}

int Activity::otherParticipants() const
{
    int n = residents;
    for (const Participant& p : participants)
        n += p.people;
    return n;
}

QList<FieldError> Activity::validate() const
{
    QList<FieldError> errors;
    const auto check = [&errors](const char* key, const QString& label,
                                 const std::optional<QString>& message) {
        if (message)
            errors << FieldError{QString::fromLatin1(key), label, *message};
    };
    check("title", Text::tr("Title"),
          validate::text(Text::tr("Title"), title, 100, /*required=*/true));
    if (kindId <= 0)
        errors << FieldError{QStringLiteral("kind"), Text::tr("Kind"),
                             Text::tr("Kind: choose the kind of activity.")};
    if (!date.isValid())
        errors << FieldError{QStringLiteral("date"), Text::tr("Date"),
                             Text::tr("Date: enter the day the activity took place.")};
    else
        check("date", Text::tr("Date"),
              validate::dateInRange(Text::tr("Date"), date, QDate(2000, 1, 1),
                                    QDate::currentDate().addYears(2)));
    if (!start.isValid())
        errors << FieldError{QStringLiteral("start"), Text::tr("Start time"),
                             Text::tr("Start time: enter a time such as 09:30.")};
    if (end.isValid() && start.isValid() && end <= start)
        errors << FieldError{QStringLiteral("end"), Text::tr("End time"),
                             Text::tr("End time: must be later than the start time.")};
    check("place", Text::tr("Place"), validate::text(Text::tr("Place"), place, 100));
    check("organiser", Text::tr("Organiser"), validate::text(Text::tr("Organiser"), organiser, 60));
    check("host", Text::tr("Host"), validate::text(Text::tr("Host"), host, 40));
    check("decisions", Text::tr("Decisions"),
          validate::text(Text::tr("Decisions"), decisions, 5000, false, /*multiLine=*/true));
    if (residents < 0 || residents > 100000)
        errors << FieldError{QStringLiteral("residents"), Text::tr("Residents"),
                             Text::tr("Residents: enter a number between 0 and 100000.")};
    if (minutes.size() > 500000)
        errors << FieldError{QStringLiteral("minutes"), Text::tr("Minutes"),
                             Text::tr("Minutes: the text is too long (at most 500,000 "
                                      "characters with formatting).")};

    QSet<qint64> seen;
    for (const Attendee& a : attendees) {
        if (seen.contains(a.deputyId)) {
            errors << FieldError{QStringLiteral("attendees"), Text::tr("Attendance"),
                                 Text::tr("Attendance: %1 is listed twice.").arg(a.name)};
            break;
        }
        seen.insert(a.deputyId);
        if (a.status == Attendance::Leave && a.reason.trimmed().isEmpty()) {
            errors << FieldError{
                QStringLiteral("attendees"), Text::tr("Attendance"),
                Text::tr("Attendance: %1 is on leave; enter the reason.").arg(a.name)};
            break;
        }
        if (const auto m = validate::text(Text::tr("Reason for leave"), a.reason, 100)) {
            errors << FieldError{QStringLiteral("attendees"), Text::tr("Attendance"), *m};
            break;
        }
    }
    for (const Participant& p : participants) {
        if (const auto m = validate::text(Text::tr("Organisation"), p.organisation, 60, true)) {
            errors << FieldError{QStringLiteral("participants"), Text::tr("Other participants"),
                                 *m};
            break;
        }
        if (p.people < 1 || p.people > 10000) {
            errors << FieldError{QStringLiteral("participants"), Text::tr("Other participants"),
                                 Text::tr("Other participants: %1 needs a number of people "
                                          "between 1 and 10000.")
                                     .arg(p.organisation)};
            break;
        }
    }
    for (const Topic& t : topics)
        if (const auto m = validate::text(Text::tr("Topic"), t.title, 200, true)) {
            errors << FieldError{QStringLiteral("topics"), Text::tr("Topics"), *m};
            break;
        }
    for (const ActionItem& item : actions) {
        std::optional<QString> m = validate::text(Text::tr("Action item"), item.what, 500, true);
        if (!m)
            m = validate::text(Text::tr("Responsible"), item.responsible, 60);
        if (!m)
            m = validate::text(Text::tr("Completion note"), item.completionNote, 1000, false, true);
        if (m) {
            errors << FieldError{QStringLiteral("actions"), Text::tr("Action items"), *m};
            break;
        }
    }
    return errors;
}

QJsonObject ActivityKind::toJson() const
{
    QJsonArray checklist;
    for (const KindStep& step : steps)
        checklist.append(QJsonObject{{QStringLiteral("phase"), phaseKey(step.phase)},
                                     {QStringLiteral("label"), step.label.trimmed()}});
    QJsonArray titles;
    for (const QString& heading : headings)
        titles.append(heading.trimmed());
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("headings"), titles},
            {QStringLiteral("retired"), retired},
            {QStringLiteral("steps"), checklist}};
}

QJsonObject Activity::toJson() const
{
    QJsonArray people;
    for (const Attendee& a : attendees)
        people.append(QJsonObject{{QStringLiteral("deputy_id"), a.deputyId},
                                  {QStringLiteral("status"), attendanceKey(a.status)},
                                  {QStringLiteral("reason"), a.reason}});
    QJsonArray others;
    for (const Participant& p : participants)
        others.append(QJsonObject{{QStringLiteral("organisation"), p.organisation},
                                  {QStringLiteral("people"), p.people}});
    QJsonArray topicList;
    for (const Topic& t : topics)
        topicList.append(t.title);
    QJsonArray actionList;
    for (const ActionItem& item : actions)
        actionList.append(
            QJsonObject{{QStringLiteral("what"), item.what},
                        {QStringLiteral("responsible"), item.responsible},
                        {QStringLiteral("deadline"), item.deadline.toString(Qt::ISODate)},
                        {QStringLiteral("status"), actionStatusKey(item.status)}});
    const auto id = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("kind_id"), kindId},
            {QStringLiteral("title"), title},
            {QStringLiteral("starts_at"), startsAtKey(date, start)},
            {QStringLiteral("ends_at"),
             end.isValid() ? end.toString(QStringLiteral("HH:mm")) : QString()},
            {QStringLiteral("venue_id"), id(venueId)},
            {QStringLiteral("place"), place},
            {QStringLiteral("organiser"), organiser},
            {QStringLiteral("group_id"), id(groupId)},
            {QStringLiteral("community_id"), id(communityId)},
            {QStringLiteral("host"), host},
            {QStringLiteral("residents"), residents},
            {QStringLiteral("attendees"), people},
            {QStringLiteral("participants"), others},
            {QStringLiteral("topics"), topicList},
            {QStringLiteral("actions"), actionList},
            {QStringLiteral("minutes_length"), int(minutes.size())}};
}

} // namespace dd
