#pragma once

#include "opinion.h"
#include "storage/user.h"

#include <QSqlDatabase>

namespace dd {

class OfficeFile;

// A formal suggestion (代表建议) or motion (议案) to the district or city congress.
struct Suggestion
{
    qint64 id = 0;
    bool motion = false; // 议案 rather than 建议
    QString title;
    QString number;   // 第 12 号
    QString congress; // 区十八届人大三次会议
    QDate submittedOn;
    std::optional<qint64> handlingUnitId;
    QDate replyOn; // invalid: no reply yet
    QString reply;
    Evaluation satisfaction = Evaluation::None; // the deputy's, with the reply
    QString notes;
    QList<qint64> deputyIds;  // one or several, the first leading
    QList<qint64> opinionIds; // the opinions it came from

    // Keys: title, number, congress, submittedOn, replyOn, reply, satisfaction, deputies, notes.
    QList<FieldError> validate() const;
};

struct SuggestionListRow
{
    Suggestion suggestion;
    QString deputies; // names, 、-separated
    QString handlingUnit;
};

class SuggestionRepository final
{
public:
    // A year's suggestions (0: every year), newest first: `limit` of them from `offset` on
    // (limit 0: all), so that a page reads a district's thousands a screen at a time.
    static QList<SuggestionListRow> list(const QSqlDatabase& db, int year = 0, int offset = 0,
                                         int limit = 0);
    struct ListCounts
    {
        int suggestions = 0;
        int replied = 0;
    };
    static ListCounts count(const QSqlDatabase& db, int year = 0);
    // The year of the earliest submission (0: no suggestions).
    static int firstYear(const QSqlDatabase& db);
    // The congress sessions suggestions were submitted to, the latest submission's first.
    static QStringList congresses(const QSqlDatabase& db);
    // The number after the highest of a session's suggestions (or motions), written as that
    // one is ("第7号" → "第8号", "07" → "08"); "1" for the session's first, empty without a
    // session.
    static QString nextNumber(const QSqlDatabase& db, bool motion, const QString& congress);
    static Suggestion load(const QSqlDatabase& db, qint64 id);
    static qint64 save(const QSqlDatabase& db, const UserRef& by, const Suggestion& suggestion);
    static qint64 save(OfficeFile& office, const Suggestion& suggestion);
    static void remove(OfficeFile& office, qint64 id);
    // 上升为代表建议 in one step: saves the suggestion (new or existing) with the opinion among its
    // sources and moves the opinion to the state Escalated, with the note.
    static qint64 escalate(OfficeFile& office, qint64 opinionId, Suggestion suggestion,
                           const QString& note = {}, const QDate& on = {});
};

// 单月公告、双月督办: a supervision topic announced in an odd month has its supervision session
// in the following even month (one announced in an even month, in the next even month); the
// session is the first working day from the 15th of that month.
QDate supervisionSessionDay(const QDate& announcedOn, const class WorkCalendar& calendar);

struct SupervisionTopic
{
    qint64 id = 0;
    QString title;
    QDate announcedOn;
    QDate sessionOn; // computed when saved
    std::optional<qint64> planId;
    QString notes;
    QList<qint64> opinionIds;
};

class SupervisionTopicRepository final
{
public:
    static QList<SupervisionTopic> list(const QSqlDatabase& db, int year = 0);
    // Saves the topic and plans its session: an activity plan of the kind 督办活动 with one
    // occurrence on the session day, so that it shows on the calendar as planned.
    static qint64 announce(OfficeFile& office, const SupervisionTopic& topic);
    // Takes back a topic announced by mistake, with the plan of its session. Refused (a
    // ValidationError naming the session, nothing changed) once the session has been recorded.
    static void withdraw(OfficeFile& office, qint64 id);
};

} // namespace dd
