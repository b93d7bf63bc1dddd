#pragma once

#include "opinion.h"
#include "storage/user.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace dd {

class OfficeFile;
class WorkCalendar;

struct OpinionCategory
{
    qint64 id = 0;
    QString name;
    bool retired = false;
};

struct OpinionFilter
{
    int year = 0; // by registration date; 0: any
    std::optional<OpinionState> state;
    std::optional<qint64> categoryId;
    std::optional<qint64> communityId;
    bool overdueOnly = false; // overdue at asOf
    QDate asOf;               // invalid: today
    QString text;             // in the title, content or submitter
};

// The orders the ledger can be sorted in; each has an index (schema 006) so that a page of a
// sorted list is read without sorting the year.
enum class OpinionSort
{
    Registered,   // 登记日期 (the default, newest first)
    Category,     // by category, then by day
    Community,    // by community, then by day
    HandlingUnit, // by the unit handling it, then by day
    Deadline      // by 办理时限
};

struct OpinionOrder
{
    OpinionSort by = OpinionSort::Registered;
    bool descending = true;
};

// One line of the ledger.
struct OpinionListRow
{
    Opinion opinion;
    QString category;
    QString community;
    QString grid;
    QString receiver; // the deputy, or the group
    QString handlingUnit;
    int raisings = 0;     // raised again by others
    int supervisions = 0; // 督办 records
};

struct OpinionHistoryEntry
{
    QString recordedAt; // UTC timestamp
    QDate on;
    QString user;
    std::optional<OpinionState> from; // none for the registration
    OpinionState to = OpinionState::Registered;
    QString note;
    // What the step set, as its audit row tells it (opinions' columns: handling_unit_id and
    // deadline, result and reply, evaluation; activity_id, suggestion_id); empty for steps
    // recorded before schema 14 and those an imported ledger rebuilds.
    QJsonObject details;
};

struct OpinionRaising // the same concern raised again, linked instead of re-entered
{
    qint64 id = 0;
    qint64 opinionId = 0;
    QDate raisedOn;
    OpinionChannel channel = OpinionChannel::Reception;
    QString submitterName;
    QString submitterPhone;
    QString note;
};

enum class SupervisionMethod
{
    Phone,
    Visit,
    Letter,
    Meeting,
    Site
};
QString supervisionMethodKey(SupervisionMethod m);
SupervisionMethod supervisionMethodFromKey(const QString& key);
QString supervisionMethodName(SupervisionMethod m);

struct Supervision // 督办记录
{
    qint64 id = 0;
    qint64 opinionId = 0;
    QDate on;
    QString byWhom;
    SupervisionMethod method = SupervisionMethod::Phone;
    QString note;
};

// The opinions the chair must look at: past their deadline, and due within 3 working days.
struct SupervisionFlags
{
    QList<OpinionListRow> overdue;
    QList<OpinionListRow> dueSoon;
};

class OpinionRepository final
{
public:
    static QList<OpinionCategory> categories(const QSqlDatabase& db, bool withRetired = false);
    // The year of the earliest registration (0: no opinions): the years the lists offer.
    static int firstYear(const QSqlDatabase& db);
    static std::optional<qint64> findCategory(const QSqlDatabase& db, const QString& name);
    static qint64 saveCategory(OfficeFile& office, const OpinionCategory& category);

    // Registers a new opinion (state 登记, its first history row) or changes the fields a clerk
    // entered of an existing one; an archived opinion is refused (reopen it first). Throws
    // ValidationError naming each field (a grid outside the community included).
    static qint64 save(const QSqlDatabase& db, const UserRef& by, const Opinion& opinion);
    static qint64 save(OfficeFile& office, const Opinion& opinion);
    static Opinion load(const QSqlDatabase& db, qint64 id);
    // The opinion with the names the ledger shows (category, places, receiver, unit).
    static OpinionListRow row(const QSqlDatabase& db, qint64 id);
    // Only an opinion still 登记 can be deleted (entered by mistake); the others are archived.
    static void remove(OfficeFile& office, qint64 id);

    // Moves the opinion to t.to if the state machine allows it, with the data the step needs,
    // a history row and an audit row. Reopening (归档 back to the state it was archived from)
    // needs a reason.
    static void transition(const QSqlDatabase& db, const UserRef& by, qint64 id,
                           const OpinionTransition& t, const WorkCalendar& calendar,
                           const QDate& today = QDate::currentDate());
    static void transition(OfficeFile& office, qint64 id, const OpinionTransition& t);
    // The state an archived opinion was archived from (where reopening returns it).
    static std::optional<OpinionState> archivedFrom(const QSqlDatabase& db, qint64 id);
    // For imports of an existing ledger: inserts each opinion as it stands (its state and step
    // data: rejectReason, unit, dispatch day, deadline, result, reply, the days, the evaluation)
    // with a history row for its registration and one per step of `path` (the states passed
    // through, each with its day), in bulk and without the state machine's checks. No audit row
    // each: the caller writes one for the import. Inside the caller's write transaction, begun
    // under sql::BulkWriting (rows go many to a statement: sql::BulkInsert); returns the
    // new ids in order.
    struct Imported
    {
        Opinion opinion;
        QList<std::pair<OpinionState, QDate>> path;
    };
    static QList<qint64> insertImported(const QSqlDatabase& db, const UserRef& by,
                                        const QList<Imported>& rows, const QString& note);
    static QList<OpinionState> nextStates(const QSqlDatabase& db, const Opinion& opinion);
    static QList<OpinionHistoryEntry> history(const QSqlDatabase& db, qint64 id);
    // The meeting an opinion was put to as a topic, if any.
    static std::optional<qint64> topicActivity(const QSqlDatabase& db, qint64 id);

    // The filtered ledger in `order`; offset/limit read one page of it (limit < 0: all).
    static QList<OpinionListRow> list(const QSqlDatabase& db, const OpinionFilter& filter,
                                      const OpinionOrder& order = {}, int offset = 0,
                                      int limit = -1);
    static int count(const QSqlDatabase& db, const OpinionFilter& filter);

    // Opinions of the last 90 days (before the draft's registration day) in the same grid, or the
    // same community when no grid is given, whose title is similar to the draft's.
    static QList<OpinionListRow> possibleDuplicates(const QSqlDatabase& db, const Opinion& draft);
    static qint64 addRaising(OfficeFile& office, const OpinionRaising& raising);
    static QList<OpinionRaising> raisings(const QSqlDatabase& db, qint64 opinionId);

    static qint64 addSupervision(OfficeFile& office, const Supervision& supervision);
    static QList<Supervision> supervisions(const QSqlDatabase& db, qint64 opinionId);
    static SupervisionFlags flags(const QSqlDatabase& db, const WorkCalendar& calendar,
                                  const QDate& today = QDate::currentDate());
};

// How alike two titles are, 0 to 1: the share of character pairs they have in common (Dice),
// so that 小区路灯不亮 and 路灯不亮了 are close.
double titleSimilarity(const QString& a, const QString& b);

} // namespace dd
