#include "deputyrepository.h"

#include "masking.h"
#include "pinyin.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::DeputyRepository)
};

const QString kTable = QStringLiteral("deputies");

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant districtId(const QSqlDatabase& db, const QString& name)
{
    if (name.isEmpty())
        return {};
    const QVariant id = sql::scalar(
        db, QStringLiteral("SELECT id FROM electoral_districts WHERE name = ?"), {name});
    if (id.isValid())
        return id;
    return sql::run(
               db,
               QStringLiteral("INSERT INTO electoral_districts (name, created_at) VALUES (?, ?)"),
               {name, sql::timestamp()})
        .lastInsertId();
}

// The levels stored for a deputy (group_concat of their keys), in the canonical order.
QList<CongressLevel> levelsFromKeys(const QString& joined)
{
    const QStringList keys = joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<CongressLevel> levels;
    for (CongressLevel level : kAllLevels)
        if (keys.contains(congressLevelKey(level)))
            levels << level;
    return levels;
}

// The deputies matching `where` (all when empty) in the list's order, each with its levels,
// in one statement read directly.
QList<Deputy> readDeputies(const QSqlDatabase& db, const QString& where = {},
                           const QVariantList& binds = {})
{
    sql::Rows q(
        db,
        QStringLiteral(
            "SELECT d.id, d.name, d.gender, d.birth_date, d.ethnicity, d.party, d.education, "
            "d.work_unit, d.sector, d.kind, coalesce(e.name, ''), d.term, d.phone, d.id_number, "
            "d.expertise, d.status, d.status_date, d.notes, (SELECT group_concat(level) FROM "
            "deputy_levels l WHERE l.deputy_id = d.id) FROM deputies d LEFT JOIN "
            "electoral_districts e ON e.id = d.electoral_district_id") +
            (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
            QStringLiteral(" ORDER BY d.name_pinyin, d.id"),
        binds);
    QList<Deputy> deputies;
    while (q.next()) {
        Deputy d;
        d.id = q.integer(0);
        d.name = q.text(1);
        d.gender = genderFromKey(q.text(2));
        d.birthDate = QDate::fromString(q.text(3), Qt::ISODate);
        d.ethnicity = q.text(4);
        d.party = q.text(5);
        d.education = q.text(6);
        d.workUnit = q.text(7);
        d.sector = q.text(8);
        d.kind = deputyKindFromKey(q.text(9));
        d.electoralDistrict = q.text(10);
        d.term = q.text(11);
        d.phone = q.text(12);
        d.idNumber = q.text(13);
        d.expertise = q.text(14);
        d.status =
            q.text(15) == QLatin1String("retired") ? DeputyStatus::Retired : DeputyStatus::Serving;
        d.statusDate = QDate::fromString(q.text(16), Qt::ISODate);
        d.notes = q.text(17);
        d.levels = levelsFromKeys(q.text(18));
        deputies << d;
    }
    return deputies;
}

Deputy checked(const Deputy& deputy)
{
    const Deputy d = deputy.normalized();
    if (const QList<FieldError> errors = d.validate(); !errors.isEmpty())
        throw ValidationError(errors);
    return d;
}

// A unique ID number is a rule of the roster: say whose it is instead of a constraint error.
void requireUniqueIdNumber(const QSqlDatabase& db, const Deputy& d)
{
    if (d.idNumber.isEmpty())
        return;
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT name FROM deputies WHERE id_number = ? AND id <> ?"),
                 {d.idNumber, d.id});
    if (q.next())
        throw ValidationError(
            {{QStringLiteral("idNumber"), Deputy::fieldLabel(QStringLiteral("idNumber")),
              Text::tr("%1 is already recorded for %2.")
                  .arg(Deputy::fieldLabel(QStringLiteral("idNumber")), q.value(0).toString())}});
}

void writeLevels(const QSqlDatabase& db, qint64 id, const QList<CongressLevel>& levels)
{
    sql::run(db, QStringLiteral("DELETE FROM deputy_levels WHERE deputy_id = ?"), {id});
    for (CongressLevel level : levels)
        sql::run(
            db,
            QStringLiteral("INSERT OR IGNORE INTO deputy_levels (deputy_id, level) VALUES (?, ?)"),
            {id, congressLevelKey(level)});
}

QVariantList columnValues(const QSqlDatabase& db, const Deputy& d)
{
    const PinyinKeys keys = pinyinKeys(d.name);
    return {d.name,
            keys.full,
            keys.initials,
            genderKey(d.gender),
            dateOrNull(d.birthDate),
            d.ethnicity,
            d.party,
            d.education,
            d.workUnit,
            d.sector,
            deputyKindKey(d.kind),
            districtId(db, d.electoralDistrict),
            d.term,
            d.phone,
            d.idNumber.isEmpty() ? QVariant() : QVariant(d.idNumber),
            d.expertise,
            d.status == DeputyStatus::Serving ? QStringLiteral("serving")
                                              : QStringLiteral("retired"),
            dateOrNull(d.statusDate),
            d.notes};
}

const QString kColumns = QStringLiteral(
    "name, name_pinyin, name_initials, gender, birth_date, ethnicity, party, education, work_unit, "
    "sector, kind, electoral_district_id, term, phone, id_number, expertise, status, status_date, "
    "notes");
} // namespace

qint64 DeputyRepository::insert(const QSqlDatabase& db, const UserRef& by, const Deputy& deputy)
{
    Deputy d = checked(deputy);
    d.id = 0;
    requireUniqueIdNumber(db, d);
    QVariantList values = columnValues(db, d);
    values << sql::timestamp() << sql::timestamp();
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("INSERT INTO deputies (") + kColumns +
                     QStringLiteral(", created_at, updated_at) VALUES (") +
                     QStringLiteral("?, ").repeated(values.size() - 1) + QStringLiteral("?)"),
                 values);
    const qint64 id = q.lastInsertId().toLongLong();
    writeLevels(db, id, d.levels);
    appendAudit(db, by, {QStringLiteral("insert"), kTable, id, {}, d.toJson()});
    return id;
}

qint64 DeputyRepository::add(OfficeFile& office, const Deputy& deputy)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = insert(office.db(), office.currentUser(), deputy);
    tx.commit();
    return id;
}

bool DeputyRepository::change(const QSqlDatabase& db, const UserRef& by, const Deputy& deputy)
{
    const Deputy d = checked(deputy);
    const QJsonObject before = load(db, d.id).toJson();
    const QJsonObject after = d.toJson();
    if (before == after)
        return false;
    requireUniqueIdNumber(db, d);
    QVariantList values = columnValues(db, d);
    values << sql::timestamp() << d.id;
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    sql::run(db,
             QStringLiteral("UPDATE deputies SET ") + assignments +
                 QStringLiteral(" = ?, updated_at = ? WHERE id = ?"),
             values);
    writeLevels(db, d.id, d.levels);
    appendAudit(db, by, {QStringLiteral("update"), kTable, d.id, before, after});
    return true;
}

void DeputyRepository::update(OfficeFile& office, const Deputy& deputy)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    if (change(office.db(), office.currentUser(), deputy))
        tx.commit();
}

void DeputyRepository::retire(OfficeFile& office, qint64 id, const QDate& date)
{
    Deputy d = load(office.db(), id);
    d.status = DeputyStatus::Retired;
    d.statusDate = date;
    update(office, d);
}

void DeputyRepository::remove(OfficeFile& office, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const Deputy before = load(db, id);
    try {
        sql::run(db, QStringLiteral("DELETE FROM deputies WHERE id = ?"), {id});
    } catch (const Error& e) {
        throw Error(Error::Kind::Validation,
                    Text::tr("%1 cannot be deleted because other records refer to this deputy; "
                             "record the leaving (离任) instead.")
                        .arg(before.name),
                    e.nativeCode());
    }
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"), kTable, id, before.toJson(), {}});
    tx.commit();
}

QString DeputyRepository::reveal(OfficeFile& office, qint64 id, const QString& field)
{
    // Revealing is recorded; a file that cannot record it shows masked data only.
    if (office.isReadOnly())
        throw Error(Error::Kind::ReadOnly,
                    Text::tr("Revealing personal data is recorded in the audit log, which a "
                             "read-only file cannot do."));
    office.require(Permission::RevealPersonal);
    const Deputy d = load(office.db(), id);
    Transaction tx(office.db());
    appendAudit(office.db(), office.currentUser(),
                {QStringLiteral("reveal"), kTable, id, {}, {{QStringLiteral("field"), field}}});
    tx.commit();
    return field == QLatin1String("idNumber") ? d.idNumber : d.phone;
}

Deputy DeputyRepository::load(const QSqlDatabase& db, qint64 id)
{
    const QList<Deputy> found = readDeputies(db, QStringLiteral("d.id = ?"), {id});
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound, Text::tr("There is no deputy with number %1.").arg(id));
    return found.first();
}

QList<Deputy> DeputyRepository::loadAll(const QSqlDatabase& db)
{
    return readDeputies(db);
}

qint64 DeputyRepository::count(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM deputies")).toLongLong();
}

QStringList DeputyRepository::electoralDistricts(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT name FROM electoral_districts ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString DeputyRepository::choicesSql(const QString& where)
{
    return QStringLiteral("SELECT id, name, name_pinyin, name_initials FROM deputies") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
           QStringLiteral(" ORDER BY id"); // namesakes as entered, as in the list
}

QString DeputyRepository::servingChoicesSql(const QList<qint64>& named)
{
    QStringList ids;
    for (const qint64 id : named)
        ids << QString::number(id);
    return choicesSql(QStringLiteral("status = 'serving'") +
                      (ids.isEmpty()
                           ? QString()
                           : QStringLiteral(" OR id IN (%1)").arg(ids.join(QLatin1Char(',')))));
}

QList<DeputyListRow> DeputyRepository::list(const QSqlDatabase& db, const DeputyFilter& filter)
{
    QStringList where;
    QVariantList binds;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString key = searchKey(text);
        where << QStringLiteral(
            "(d.name LIKE ? OR d.name_pinyin LIKE ? OR d.name_initials LIKE ?)");
        const QString contains = QStringLiteral("%") + text + QStringLiteral("%");
        const QString prefix = key + QStringLiteral("%");
        binds << contains << prefix << prefix;
    }
    if (filter.kind) {
        where << QStringLiteral("d.kind = ?");
        binds << deputyKindKey(*filter.kind);
    }
    if (filter.status) {
        where << QStringLiteral("d.status = ?");
        binds << (*filter.status == DeputyStatus::Serving ? QStringLiteral("serving")
                                                          : QStringLiteral("retired"));
    }
    if (filter.level) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM deputy_levels l WHERE l.deputy_id = d.id AND l.level = ?)");
        binds << congressLevelKey(*filter.level);
    }
    if (filter.groupId > 0) {
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM group_members m WHERE m.deputy_id = d.id AND m.group_id = ?)");
        binds << filter.groupId;
    }
    if (filter.communityId > 0) {
        where << QStringLiteral("d.electoral_district_id IN (SELECT district_id FROM "
                                "community_districts WHERE community_id = ?)");
        binds << filter.communityId;
    }
    const QString statement =
        QStringLiteral(
            "SELECT d.id, d.name, d.gender, d.birth_date, d.kind, coalesce(e.name, ''), "
            "d.work_unit, "
            "d.phone, d.status, (SELECT group_concat(level) FROM deputy_levels l WHERE l.deputy_id "
            "= d.id), d.name_pinyin "
            "FROM deputies d LEFT JOIN electoral_districts e ON e.id = d.electoral_district_id") +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY d.name_pinyin, d.id");
    QList<DeputyListRow> rows;
    sql::Rows q(db, statement, binds); // read directly: a district has 11,000
    while (q.next()) {
        DeputyListRow r;
        r.id = q.integer(0);
        r.name = q.text(1);
        r.gender = genderFromKey(q.text(2));
        r.birthDate = QDate::fromString(q.text(3), Qt::ISODate);
        r.kind = deputyKindFromKey(q.text(4));
        r.electoralDistrict = q.text(5);
        r.workUnit = q.text(6);
        r.maskedPhone = maskPhone(q.text(7));
        r.status =
            q.text(8) == QLatin1String("retired") ? DeputyStatus::Retired : DeputyStatus::Serving;
        r.namePinyin = q.text(10);
        QStringList names;
        for (CongressLevel level : levelsFromKeys(q.text(9)))
            names << congressLevelName(level);
        r.levels = names.join(QStringLiteral("、"));
        rows << r;
    }
    return rows;
}

} // namespace dd
