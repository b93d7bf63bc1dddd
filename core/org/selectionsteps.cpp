// The steps of a selection round: nominations, the two reviews, the public notice with its
// objections, and the confirmation that writes the new 议事代表 into the roster.
#include "deputy.h"
#include "deputymatcher.h"
#include "deputyrepository.h"
#include "selection.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Selection)
};

const QString kNominations = QStringLiteral("nominations");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

[[noreturn]] void refuse(const QString& message)
{
    throw Error(Error::Kind::Validation, message);
}

Nomination loadNomination(const QSqlDatabase& db, qint64 id)
{
    const qint64 round =
        sql::scalar(db, QStringLiteral("SELECT round_id FROM nominations WHERE id = ?"), {id})
            .toLongLong();
    for (const Nomination& n : SelectionRepository::nominations(db, round))
        if (n.id == id)
            return n;
    throw Error(Error::Kind::NotFound, Text::tr("The nomination no longer exists."));
}

void setStage(const QSqlDatabase& db, const UserRef& by, const Nomination& n, NominationStage stage,
              const QString& reason, qint64 deputyId = 0)
{
    sql::run(db,
             QStringLiteral("UPDATE nominations SET stage = ?, rejected_at_stage = ?, "
                            "rejection_reason = ?, deputy_id = ?, updated_at = ? WHERE id = ?"),
             {nominationStageKey(stage),
              stage == NominationStage::Rejected ? nominationStageKey(n.stage) : QString(), reason,
              deputyId > 0 ? QVariant(deputyId) : QVariant(), sql::timestamp(), n.id});
    QJsonObject after{{QStringLiteral("stage"), nominationStageKey(stage)}};
    if (!reason.isEmpty())
        after.insert(QStringLiteral("reason"), reason);
    if (deputyId > 0)
        after.insert(QStringLiteral("deputy_id"), deputyId);
    appendAudit(db, by,
                {QStringLiteral("update"),
                 kNominations,
                 n.id,
                 {{QStringLiteral("stage"), nominationStageKey(n.stage)}},
                 after});
}
} // namespace

QList<Nomination> SelectionRepository::nominations(const QSqlDatabase& db, qint64 roundId)
{
    QList<Nomination> result;
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral(
                     "SELECT n.id, n.name, n.gender, n.birth_date, n.party, n.sector, n.work_unit, "
                     "coalesce(n.community_id, 0), coalesce(c.name, ''), n.phone, "
                     "coalesce(n.id_number, ''), "
                     "n.nominated_by, n.nominating_org, n.stage, n.rejection_reason, "
                     "coalesce(n.deputy_id, 0), (SELECT count(*) FROM selection_objections o WHERE "
                     "o.nomination_id = n.id AND o.outcome = 'open') FROM nominations n LEFT JOIN "
                     "communities c ON c.id = n.community_id WHERE n.round_id = ? ORDER BY n.id"),
                 {roundId});
    while (q.next()) {
        Nomination n;
        n.id = q.value(0).toLongLong();
        n.roundId = roundId;
        n.name = q.value(1).toString();
        n.gender = genderFromKey(q.value(2).toString());
        n.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        n.party = q.value(4).toString();
        n.sector = q.value(5).toString();
        n.workUnit = q.value(6).toString();
        n.communityId = q.value(7).toLongLong();
        n.community = q.value(8).toString();
        n.phone = q.value(9).toString();
        n.idNumber = q.value(10).toString();
        n.byResidents = q.value(11).toString() == QLatin1String("residents");
        n.nominatingOrg = q.value(12).toString();
        n.stage = nominationStageFromKey(q.value(13).toString());
        n.rejectionReason = q.value(14).toString();
        n.deputyId = q.value(15).toLongLong();
        n.openObjections = q.value(16).toInt();
        QSqlQuery r = sql::run(db,
                               QStringLiteral("SELECT name, address FROM nomination_residents "
                                              "WHERE nomination_id = ? ORDER BY position"),
                               {n.id});
        while (r.next())
            n.residents << Nominator{r.value(0).toString(), r.value(1).toString()};
        result << n;
    }
    return result;
}

qint64 SelectionRepository::nominate(OfficeFile& office, const Nomination& input)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    const SelectionRound r = round(db, input.roundId);
    if (r.noticeStart.isValid())
        refuse(
            Text::tr("Nominations are closed: the public notice of %1 has started.").arg(r.name));
    if (const QList<FieldError> errors = input.validate(); !errors.isEmpty())
        throw ValidationError(errors);
    const Deputy d = input.toDeputy();
    Transaction tx(db);
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("INSERT INTO nominations (round_id, name, gender, birth_date, party, "
                       "sector, work_unit, community_id, phone, id_number, nominated_by, "
                       "nominating_org, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {input.roundId, d.name, genderKey(d.gender), dateValue(d.birthDate), d.party, d.sector,
         d.workUnit, input.communityId > 0 ? QVariant(input.communityId) : QVariant(), d.phone,
         d.idNumber.isEmpty() ? QVariant() : QVariant(d.idNumber),
         input.byResidents ? QStringLiteral("residents") : QStringLiteral("party_org"),
         input.byResidents ? QString() : normalizeText(input.nominatingOrg), sql::timestamp(),
         sql::timestamp()});
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonArray residents;
    int position = 0;
    for (const Nominator& resident : input.residents) {
        if (!input.byResidents || normalizeText(resident.name).isEmpty())
            continue;
        sql::run(db,
                 QStringLiteral("INSERT INTO nomination_residents (nomination_id, position, name, "
                                "address) VALUES (?, ?, ?, ?)"),
                 {id, ++position, normalizeText(resident.name), normalizeText(resident.address)});
        residents.append(normalizeText(resident.name));
    }
    QJsonObject after = d.toJson();
    after.insert(QStringLiteral("round_id"), input.roundId);
    after.insert(QStringLiteral("nominated_by"),
                 input.byResidents ? QJsonValue(residents) : QJsonValue(input.nominatingOrg));
    appendAudit(db, office.currentUser(), {QStringLiteral("insert"), kNominations, id, {}, after});
    tx.commit();
    return id;
}

void SelectionRepository::review(OfficeFile& office, qint64 nominationId, bool passed,
                                 const QString& reason)
{
    office.require(Permission::ConfirmResults);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const Nomination n = loadNomination(db, nominationId);
    if (round(db, n.roundId).noticeStart.isValid())
        refuse(Text::tr("The reviews are over: the public notice has started."));
    if (n.stage != NominationStage::Nominated && n.stage != NominationStage::PreliminaryPassed)
        refuse(Text::tr("%1 is not waiting for a review (%2).")
                   .arg(n.name, nominationStageName(n.stage)));
    if (!passed && normalizeText(reason).isEmpty())
        refuse(Text::tr("Give the reason why %1 did not pass the review.").arg(n.name));
    const NominationStage next = !passed ? NominationStage::Rejected
                                 : n.stage == NominationStage::Nominated
                                     ? NominationStage::PreliminaryPassed
                                     : NominationStage::JointPassed;
    setStage(db, office.currentUser(), n, next, passed ? QString() : normalizeText(reason));
    tx.commit();
}

QDate SelectionRepository::startNotice(OfficeFile& office, qint64 roundId, const QDate& start)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const SelectionRound r = round(db, roundId);
    if (r.noticeStart.isValid())
        refuse(Text::tr("The public notice of %1 started on %2.")
                   .arg(r.name, r.noticeStart.toString(Qt::ISODate)));
    if (!start.isValid())
        refuse(Text::tr("Notice start is not a valid date; expected e.g. 2026-03-02."));
    int onList = 0;
    for (const Nomination& n : nominations(db, roundId)) {
        if (n.stage == NominationStage::Nominated || n.stage == NominationStage::PreliminaryPassed)
            refuse(Text::tr("%1 has not been through both reviews yet; finish the reviews "
                            "before the public notice.")
                       .arg(n.name));
        onList += n.stage == NominationStage::JointPassed ? 1 : 0;
    }
    if (onList == 0)
        refuse(Text::tr("No candidate has passed the joint review, so there is nothing to "
                        "announce."));
    const QDate end = WorkCalendar::load(db).addWorkingDays(start, kNoticeWorkingDays);
    sql::run(db,
             QStringLiteral("UPDATE selection_rounds SET notice_start = ?, notice_end = ?, "
                            "updated_at = ? WHERE id = ?"),
             {start.toString(Qt::ISODate), end.toString(Qt::ISODate), sql::timestamp(), roundId});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"),
                 QStringLiteral("selection_rounds"),
                 roundId,
                 {},
                 {{QStringLiteral("notice_start"), start.toString(Qt::ISODate)},
                  {QStringLiteral("notice_end"), end.toString(Qt::ISODate)}}});
    tx.commit();
    return end;
}

QList<Objection> SelectionRepository::objections(const QSqlDatabase& db, qint64 nominationId)
{
    QList<Objection> result;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, received_on, content, outcome, outcome_note "
                                          "FROM selection_objections WHERE nomination_id = ? "
                                          "ORDER BY id"),
                           {nominationId});
    while (q.next())
        result << Objection{q.value(0).toLongLong(),
                            nominationId,
                            QDate::fromString(q.value(1).toString(), Qt::ISODate),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString()};
    return result;
}

qint64 SelectionRepository::addObjection(OfficeFile& office, qint64 nominationId,
                                         const QDate& receivedOn, const QString& content)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const Nomination n = loadNomination(db, nominationId);
    const SelectionRound r = round(db, n.roundId);
    if (n.stage != NominationStage::JointPassed || !r.noticeStart.isValid())
        refuse(Text::tr("Objections are taken for candidates on the public notice; %1 is not "
                        "on it.")
                   .arg(n.name));
    const QString text = content.trimmed();
    if (auto problem = validate::text(Text::tr("Objection"), text, 2000, true, true))
        throw ValidationError(
            {FieldError{QStringLiteral("content"), Text::tr("Objection"), *problem}});
    if (!receivedOn.isValid() || receivedOn < r.noticeStart)
        throw ValidationError(
            {FieldError{QStringLiteral("receivedOn"), Text::tr("Received on"),
                        Text::tr("Received on must be a date on or after the notice start, %1.")
                            .arg(r.noticeStart.toString(Qt::ISODate))}});
    if (receivedOn > QDate::currentDate())
        throw ValidationError({FieldError{
            QStringLiteral("receivedOn"), Text::tr("Received on"),
            Text::tr("Received on: %1 is in the future.").arg(receivedOn.toString(Qt::ISODate))}});
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("INSERT INTO selection_objections (nomination_id, "
                                "received_on, content, created_at) VALUES (?, ?, ?, ?)"),
                 {nominationId, receivedOn.toString(Qt::ISODate), text, sql::timestamp()});
    const qint64 id = q.lastInsertId().toLongLong();
    appendAudit(db, office.currentUser(),
                {QStringLiteral("insert"),
                 QStringLiteral("selection_objections"),
                 id,
                 {},
                 {{QStringLiteral("nomination_id"), nominationId},
                  {QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate)},
                  {QStringLiteral("content"), text}}});
    tx.commit();
    return id;
}

void SelectionRepository::resolveObjection(OfficeFile& office, qint64 objectionId, bool upheld,
                                           const QString& note)
{
    office.require(Permission::ConfirmResults);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const qint64 nominationId =
        sql::scalar(db,
                    QStringLiteral("SELECT nomination_id FROM selection_objections WHERE id = ? "
                                   "AND outcome = 'open'"),
                    {objectionId})
            .toLongLong();
    if (nominationId == 0)
        refuse(Text::tr("The objection has already been dealt with."));
    const QString text = normalizeText(note);
    if (text.isEmpty())
        refuse(Text::tr("Record what was found when dealing with the objection."));
    const QString outcome = upheld ? QStringLiteral("upheld") : QStringLiteral("dismissed");
    sql::run(db,
             QStringLiteral("UPDATE selection_objections SET outcome = ?, outcome_note = ? "
                            "WHERE id = ?"),
             {outcome, text, objectionId});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"),
                 QStringLiteral("selection_objections"),
                 objectionId,
                 {{QStringLiteral("outcome"), QStringLiteral("open")}},
                 {{QStringLiteral("outcome"), outcome}, {QStringLiteral("note"), text}}});
    if (upheld) {
        const Nomination n = loadNomination(db, nominationId);
        if (n.stage == NominationStage::JointPassed)
            setStage(db, office.currentUser(), n, NominationStage::Rejected,
                     Text::tr("Objection upheld: %1").arg(text));
    }
    tx.commit();
}

int SelectionRepository::confirm(OfficeFile& office, qint64 roundId, const QDate& today)
{
    office.require(Permission::ConfirmResults);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const SelectionRound r = round(db, roundId);
    if (r.confirmed)
        refuse(Text::tr("%1 has already been confirmed.").arg(r.name));
    if (!r.noticeEnd.isValid())
        refuse(Text::tr("The public notice has not started; the list can be confirmed after "
                        "it ends."));
    if (today <= r.noticeEnd)
        refuse(Text::tr("The public notice runs until %1; the list can be confirmed after that.")
                   .arg(r.noticeEnd.toString(Qt::ISODate)));
    const QList<Nomination> all = nominations(db, roundId);
    for (const Nomination& n : all)
        if (n.openObjections > 0)
            refuse(Text::tr("An objection to %1 is still open; deal with it first.").arg(n.name));
    int confirmed = 0;
    DeputyMatcher matcher(DeputyRepository::loadAll(db));
    for (const Nomination& n : all) {
        if (n.stage != NominationStage::JointPassed)
            continue;
        const Deputy d = n.toDeputy();
        qint64 deputyId = matcher.find(d.idNumber, d.name, d.birthDate).value_or(0);
        if (deputyId == 0) {
            deputyId = DeputyRepository::insert(db, office.currentUser(), d);
            matcher.add(DeputyRepository::load(db, deputyId)); // as stored
        }
        setStage(db, office.currentUser(), n, NominationStage::Confirmed, {}, deputyId);
        ++confirmed;
    }
    sql::run(db,
             QStringLiteral("UPDATE selection_rounds SET confirmed_at = ?, updated_at = ? WHERE "
                            "id = ?"),
             {sql::timestamp(), sql::timestamp(), roundId});
    appendAudit(db, office.currentUser(),
                {QStringLiteral("update"),
                 QStringLiteral("selection_rounds"),
                 roundId,
                 {},
                 {{QStringLiteral("confirmed"), confirmed}}});
    tx.commit();
    return confirmed;
}

} // namespace dd
