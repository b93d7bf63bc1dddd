#pragma once

#include "deputy.h"
#include "storage/error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dd {

class OfficeFile;

// Choosing deliberation representatives (议事代表) by "两下两上" (DOMAIN.md §6): quotas are
// sent down and nominations come up (一下一上), the preliminary review's list goes down for
// the joint review and the public notice, and the confirmed list goes up (二下二上).

inline constexpr int kNoticeWorkingDays = 3; // 公示 3 个工作日

enum class NominationStage
{
    Nominated,         // 已推荐
    PreliminaryPassed, // 初审通过
    JointPassed,       // 联审通过 (on the public notice)
    Confirmed,         // 已确认, now a 议事代表 in the roster
    Rejected,          // 未通过 (review, or an objection upheld), with the reason
};
QString nominationStageKey(NominationStage stage);
NominationStage nominationStageFromKey(const QString& key);
QString nominationStageName(NominationStage stage);

enum class QuotaDimension
{
    Sector,
    Party,
    Community
}; // 界别 / 政治面貌 / 社区
QString quotaDimensionKey(QuotaDimension dimension);
QuotaDimension quotaDimensionFromKey(const QString& key);
QString quotaDimensionName(QuotaDimension dimension);

struct SelectionRound
{
    qint64 id = 0;
    QString name; // 2026年市西街道议事代表推选
    int seats = 0;
    QDate noticeStart; // 公示
    QDate noticeEnd;   // 3 working days after the start
    bool confirmed = false;
    QString notes;
};

struct Quota
{
    QuotaDimension dimension = QuotaDimension::Sector;
    QString value; // 个体工商户, 中共党员, 向阳社区
    int required = 1;
    int current = 0; // candidates still in the round who fit
    bool met() const { return current >= required; }
};

// A resident who signed a joint nomination.
struct Nominator
{
    QString name;
    QString address;
};

struct Nomination
{
    static constexpr int kMinResidents = 10; // 10 residents or more may nominate jointly

    qint64 id = 0;
    qint64 roundId = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString party;
    QString sector;
    QString workUnit;
    qint64 communityId = 0;
    QString community; // read only: the community's name
    QString phone;
    QString idNumber;
    bool byResidents = false; // else by a party organisation
    QString nominatingOrg;    // the party organisation
    QList<Nominator> residents;
    NominationStage stage = NominationStage::Nominated;
    QString rejectionReason;
    qint64 deputyId = 0;
    int openObjections = 0; // read only

    // The candidate as the roster would hold them (normalised), so the same checks apply.
    Deputy toDeputy() const;
    QList<FieldError> validate() const;
};

struct Objection
{
    qint64 id = 0;
    qint64 nominationId = 0;
    QDate receivedOn;
    QString content;
    QString outcome; // open, upheld, dismissed
    QString outcomeNote;
};

// Every step checks that the round is at the right point and says why when it is not; every
// write is one transaction with its audit row.
class SelectionRepository final
{
public:
    static QList<SelectionRound> rounds(const QSqlDatabase& db);
    static SelectionRound round(const QSqlDatabase& db, qint64 id);
    static qint64 saveRound(OfficeFile& office, const SelectionRound& round);
    static QList<Quota> quotas(const QSqlDatabase& db, qint64 roundId); // with current counts
    static void setQuotas(OfficeFile& office, qint64 roundId, const QList<Quota>& quotas);

    static QList<Nomination> nominations(const QSqlDatabase& db, qint64 roundId);
    static qint64 nominate(OfficeFile& office, const Nomination& nomination);
    // Preliminary review (初审) of a nominated candidate, or joint review (联审) of one who
    // passed it. A refusal needs the reason.
    static void review(OfficeFile& office, qint64 nominationId, bool passed, const QString& reason);
    // Starts the public notice of the candidates who passed the joint review; returns its end.
    static QDate startNotice(OfficeFile& office, qint64 roundId, const QDate& start);

    static QList<Objection> objections(const QSqlDatabase& db, qint64 nominationId);
    static qint64 addObjection(OfficeFile& office, qint64 nominationId, const QDate& receivedOn,
                               const QString& content);
    // An upheld objection takes the candidate off the list.
    static void resolveObjection(OfficeFile& office, qint64 objectionId, bool upheld,
                                 const QString& note);

    // After the notice has ended (today later than its end) with no objection open: every
    // candidate on it becomes a 议事代表 in the roster (or the existing deputy is linked).
    static int confirm(OfficeFile& office, qint64 roundId, const QDate& today);
};

} // namespace dd
