#include "selection.h"

#include "deputy.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Selection)
};

const QString kRounds = QStringLiteral("selection_rounds");

// The seat structure as the audit log keeps it.
QJsonArray quotasJson(const QList<Quota>& quotas)
{
    QJsonArray json;
    for (const Quota& quota : quotas)
        json.append(QJsonObject{{QStringLiteral("dimension"), quotaDimensionKey(quota.dimension)},
                                {QStringLiteral("value"), quota.value},
                                {QStringLiteral("required"), quota.required}});
    return json;
}

} // namespace

QString nominationStageKey(NominationStage stage)
{
    switch (stage) {
    case NominationStage::Nominated:
        return QStringLiteral("nominated");
    case NominationStage::PreliminaryPassed:
        return QStringLiteral("preliminary_passed");
    case NominationStage::JointPassed:
        return QStringLiteral("joint_passed");
    case NominationStage::Confirmed:
        return QStringLiteral("confirmed");
    case NominationStage::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

NominationStage nominationStageFromKey(const QString& key)
{
    for (NominationStage s : {NominationStage::Nominated, NominationStage::PreliminaryPassed,
                              NominationStage::JointPassed, NominationStage::Confirmed})
        if (nominationStageKey(s) == key)
            return s;
    return NominationStage::Rejected;
}

QString nominationStageName(NominationStage stage)
{
    switch (stage) {
    case NominationStage::Nominated:
        return Text::tr("Nominated");
    case NominationStage::PreliminaryPassed:
        return Text::tr("Passed preliminary review");
    case NominationStage::JointPassed:
        return Text::tr("Passed joint review");
    case NominationStage::Confirmed:
        return Text::tr("Confirmed");
    case NominationStage::Rejected:
        return Text::tr("Not selected");
    }
    return {};
}

QString quotaDimensionKey(QuotaDimension dimension)
{
    switch (dimension) {
    case QuotaDimension::Sector:
        return QStringLiteral("sector");
    case QuotaDimension::Party:
        return QStringLiteral("party");
    case QuotaDimension::Community:
        return QStringLiteral("community");
    }
    return {};
}

QuotaDimension quotaDimensionFromKey(const QString& key)
{
    if (key == QLatin1String("party"))
        return QuotaDimension::Party;
    if (key == QLatin1String("community"))
        return QuotaDimension::Community;
    return QuotaDimension::Sector;
}

QString quotaDimensionName(QuotaDimension dimension)
{
    switch (dimension) {
    case QuotaDimension::Sector:
        return Text::tr("Sector");
    case QuotaDimension::Party:
        return Text::tr("Political affiliation");
    case QuotaDimension::Community:
        return Text::tr("Community");
    }
    return {};
}

Deputy Nomination::toDeputy() const
{
    Deputy d;
    d.name = name;
    d.gender = gender;
    d.birthDate = birthDate;
    d.party = party;
    d.sector = sector;
    d.workUnit = workUnit;
    d.phone = phone;
    d.idNumber = idNumber;
    d.kind = DeputyKind::Deliberation;
    return d.normalized();
}

QList<FieldError> Nomination::validate() const
{
    QList<FieldError> errors = toDeputy().validate();
    if (!byResidents && normalizeText(nominatingOrg).isEmpty())
        errors << FieldError{QStringLiteral("nominatingOrg"), Text::tr("Party organisation"),
                             Text::tr("Party organisation is required for a nomination by a "
                                      "party organisation.")};
    if (byResidents) {
        QStringList names;
        for (const Nominator& r : residents)
            if (!normalizeText(r.name).isEmpty())
                names << normalizeText(r.name);
        const QString label = Text::tr("Nominating residents");
        if (names.size() < kMinResidents)
            errors << FieldError{QStringLiteral("residents"), label,
                                 Text::tr("Nominating residents: a joint nomination needs at "
                                          "least %1 residents; %2 are listed.")
                                     .arg(kMinResidents)
                                     .arg(names.size())};
        for (const QString& name : std::as_const(names))
            if (auto problem = validate::personName(label, name))
                errors << FieldError{QStringLiteral("residents"), label,
                                     *problem + QStringLiteral(" (") + name + QStringLiteral(")")};
        if (names.size() != QSet<QString>(names.begin(), names.end()).size())
            errors << FieldError{QStringLiteral("residents"), label,
                                 Text::tr("Nominating residents: each resident may sign once.")};
    }
    return errors;
}

QList<SelectionRound> SelectionRepository::rounds(const QSqlDatabase& db)
{
    QList<SelectionRound> result;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id FROM selection_rounds ORDER BY id DESC"));
    while (q.next())
        result << round(db, q.value(0).toLongLong());
    return result;
}

SelectionRound SelectionRepository::round(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT name, seats, notice_start, notice_end, "
                                          "confirmed_at, notes FROM selection_rounds WHERE id = ?"),
                           {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound, Text::tr("The selection round no longer exists."));
    return {id,
            q.value(0).toString(),
            q.value(1).toInt(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            !q.value(4).isNull(),
            q.value(5).toString()};
}

qint64 SelectionRepository::saveRound(OfficeFile& office, const SelectionRound& input)
{
    office.require(Permission::EnterRecords);
    const QString name = normalizeText(input.name);
    QList<FieldError> errors;
    if (auto problem = validate::text(Text::tr("Round"), name, 80, true))
        errors << FieldError{QStringLiteral("name"), Text::tr("Round"), *problem};
    if (input.seats < 1 || input.seats > 1000)
        errors << FieldError{QStringLiteral("seats"), Text::tr("Seats"),
                             Text::tr("Seats must be a whole number from 1 to 1000.")};
    const QSqlDatabase db = office.db();
    if (sql::scalar(db,
                    QStringLiteral("SELECT id FROM selection_rounds WHERE name = ? AND id <> ?"),
                    {name, input.id})
            .isValid())
        errors << FieldError{QStringLiteral("name"), Text::tr("Round"),
                             Text::tr("Round “%1” already exists.").arg(name)};
    if (!errors.isEmpty())
        throw ValidationError(errors);
    Transaction tx(db);
    qint64 id = input.id;
    const QJsonObject after{{QStringLiteral("name"), name},
                            {QStringLiteral("seats"), input.seats},
                            {QStringLiteral("notes"), input.notes}};
    if (id > 0) {
        const SelectionRound before = round(db, id);
        sql::run(db,
                 QStringLiteral("UPDATE selection_rounds SET name = ?, seats = ?, notes = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {name, input.seats, input.notes, sql::timestamp(), id});
        appendAudit(db, office.currentUser(),
                    {QStringLiteral("update"),
                     kRounds,
                     id,
                     {{QStringLiteral("name"), before.name},
                      {QStringLiteral("seats"), before.seats},
                      {QStringLiteral("notes"), before.notes}},
                     after});
    } else {
        QSqlQuery q =
            sql::run(db,
                     QStringLiteral("INSERT INTO selection_rounds (name, seats, notes, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                     {name, input.seats, input.notes, sql::timestamp(), sql::timestamp()});
        id = q.lastInsertId().toLongLong();
        appendAudit(db, office.currentUser(), {QStringLiteral("insert"), kRounds, id, {}, after});
    }
    tx.commit();
    return id;
}

QList<Quota> SelectionRepository::quotas(const QSqlDatabase& db, qint64 roundId)
{
    QList<Quota> result;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral(
            "SELECT q.dimension, q.value, q.required, (SELECT count(*) FROM nominations n "
            "LEFT JOIN communities c ON c.id = n.community_id WHERE n.round_id = q.round_id "
            "AND n.stage <> 'rejected' AND CASE q.dimension WHEN 'sector' THEN n.sector "
            "WHEN 'party' THEN n.party ELSE c.name END = q.value) "
            "FROM selection_quotas q WHERE q.round_id = ? ORDER BY q.dimension, q.id"),
        {roundId});
    while (q.next())
        result << Quota{quotaDimensionFromKey(q.value(0).toString()), q.value(1).toString(),
                        q.value(2).toInt(), q.value(3).toInt()};
    return result;
}

void SelectionRepository::setQuotas(OfficeFile& office, qint64 roundId, const QList<Quota>& quotas)
{
    office.require(Permission::EnterRecords);
    QList<FieldError> errors;
    for (const Quota& quota : quotas) {
        const QString label = quotaDimensionName(quota.dimension);
        if (auto problem = validate::text(label, normalizeText(quota.value), 60, true))
            errors << FieldError{QStringLiteral("quotas"), label, *problem};
        if (quota.required < 1 || quota.required > 1000)
            errors << FieldError{QStringLiteral("quotas"), label,
                                 Text::tr("%1 %2: the number of places must be from 1 to 1000.")
                                     .arg(label, quota.value)};
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const QJsonArray before = quotasJson(SelectionRepository::quotas(db, roundId));
    sql::run(db, QStringLiteral("DELETE FROM selection_quotas WHERE round_id = ?"), {roundId});
    for (const Quota& quota : quotas)
        sql::run(db,
                 QStringLiteral("INSERT INTO selection_quotas (round_id, dimension, value, "
                                "required) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                                "required = excluded.required"),
                 {roundId, quotaDimensionKey(quota.dimension), normalizeText(quota.value),
                  quota.required});
    appendAudit(
        db, office.currentUser(),
        {QStringLiteral("update"),
         QStringLiteral("selection_quotas"),
         roundId,
         {{QStringLiteral("quotas"), before}},
         {{QStringLiteral("quotas"), quotasJson(SelectionRepository::quotas(db, roundId))}}});
    tx.commit();
}

} // namespace dd
