#pragma once

#include "activity.h"
#include "storage/user.h"

#include <QSqlDatabase>

namespace dd {

class OfficeFile;

struct ActivityFilter
{
    int year = 0; // 0: any year
    std::optional<qint64> kindId;
    std::optional<qint64> groupId;
    QDate from, to; // inclusive; invalid: open

    static ActivityFilter ofYear(int year)
    {
        ActivityFilter f;
        f.year = year;
        return f;
    }
    // from/to narrowed to the year when one is set (either may stay invalid: open).
    std::pair<QDate, QDate> range() const;
};

// One line of the activities list or calendar: a recorded activity, or a planned occurrence of
// a recurring plan that has no record yet (id 0).
struct ActivityListRow
{
    enum class State
    {
        Held,    // recorded
        Planned, // a plan's occurrence today or later
        Missed   // a plan's occurrence in the past that nobody recorded
    };
    qint64 id = 0;
    State state = State::Held;
    QDate date;
    QTime start;
    qint64 kindId = 0;
    QString kind;
    QString title;
    QString place; // the venue's name, or the place typed
    QString group;
    AttendanceCounts counts;
    int others = 0;
    int stepsDone = 0;
    int stepsTotal = 0;
    int openActions = 0;
    std::optional<qint64> planId;
    QDate planDate;
};
QString activityStateName(ActivityListRow::State state);

struct ActionItemRow
{
    ActionItem item;
    QDate activityDate;
    QString activityTitle;
    QString kind;
};

class ActivityRepository final
{
public:
    // The configurable kinds, in their order; retired ones only when asked (old records).
    static QList<ActivityKind> kinds(const QSqlDatabase& db, bool withRetired = false);
    static ActivityKind kind(const QSqlDatabase& db, qint64 id);
    static std::optional<qint64> findKind(const QSqlDatabase& db, const QString& name);
    // Adds or changes a kind (name, headings, checklist, retired). A kind in use cannot be
    // deleted, only retired.
    static qint64 saveKind(OfficeFile& office, const ActivityKind& kind);
    // The minutes' starting text for a new activity of the kind: its headings, each followed
    // by an empty paragraph.
    static QString minutesTemplate(const ActivityKind& kind);

    // Recorded activities, by date and time.
    // With figures: attendance counts, others, checklist and open items (each needs its own
    // counting); Light: the columns read straight from the row, for lists that add the figures
    // of the rows in view with addFigures.
    enum class ListDetail
    {
        WithFigures,
        Light
    };
    static QList<ActivityListRow> list(const QSqlDatabase& db, const ActivityFilter& filter,
                                       ListDetail detail = ListDetail::WithFigures);
    // Fills the figures of the recorded rows from..to-1 (planned ones have none).
    static void addFigures(const QSqlDatabase& db, QList<ActivityListRow>& rows, int from, int to);
    static Activity load(const QSqlDatabase& db, qint64 id);
    // Whether saving would change the attendance of a meeting held more than 30 days before
    // today, which needs a reason (kept in the audit log).
    static bool needsAttendanceReason(const QSqlDatabase& db, const Activity& activity,
                                      const QDate& today = QDate::currentDate());
    // Inside the caller's transaction, with the audit row; throws ValidationError (the key
    // attendanceReason when the reason is missing).
    static qint64 save(const QSqlDatabase& db, const UserRef& by, const Activity& activity,
                       const QString& attendanceReason = {},
                       const QDate& today = QDate::currentDate());
    static qint64 save(OfficeFile& office, const Activity& activity,
                       const QString& attendanceReason = {});
    static void remove(OfficeFile& office, qint64 id);
    // Why the activity is kept (remove refuses it): residents' opinions turned into its topics
    // have it as their record. None when it may be deleted.
    static std::optional<FieldError> whyKept(const QSqlDatabase& db, qint64 id);
    // Who organises a new activity unless the clerk says otherwise: the group holding it, else
    // the office's work committee (市西街道人大工委) — the office's record, in Chinese whatever
    // the interface language.
    static QString defaultOrganiser(const QSqlDatabase& db, std::optional<qint64> groupId = {});
    // Finds a recorded activity of the kind with the title on the day (for re-imports).
    static std::optional<qint64> find(const QSqlDatabase& db, qint64 kindId, const QDate& date,
                                      const QString& title);

    // Action items across all activities, the open ones first by deadline: `limit` of them
    // from `offset` on (limit 0: all), so that a page reads a district's items a screen at a
    // time.
    static QList<ActionItemRow> actionItems(const QSqlDatabase& db, bool openOnly = false,
                                            int offset = 0, int limit = 0);
    struct ActionItemCounts
    {
        int items = 0;
        int overdue = 0; // open, with a deadline before today
    };
    static ActionItemCounts countActionItems(const QSqlDatabase& db, bool openOnly,
                                             const QDate& today);
    static void saveActionItem(OfficeFile& office, const ActionItem& item);
};

} // namespace dd
