#include "officesettings.h"

#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"
#include "validators.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::OfficeSettings)
};

FieldError fieldError(const QString& field, const QString& message)
{
    return {field, OfficeSettings::fieldLabel(field), message};
}

void checkText(QList<FieldError>& errors, const QString& field, const QString& value, bool required)
{
    if (auto problem = validate::text(OfficeSettings::fieldLabel(field), value,
                                      OfficeSettings::kMaxTextLength, required))
        errors << fieldError(field, *problem);
}
} // namespace

QString OfficeSettings::fieldLabel(const QString& field)
{
    if (field == QLatin1String("name"))
        return Text::tr("Office name");
    if (field == QLatin1String("district"))
        return Text::tr("District");
    if (field == QLatin1String("city"))
        return Text::tr("City");
    if (field == QLatin1String("congressTerm"))
        return Text::tr("Congress term");
    if (field == QLatin1String("workYear"))
        return Text::tr("Work year");
    return field;
}

OfficeSettings OfficeSettings::normalized() const
{
    OfficeSettings s = *this;
    s.name = normalizeText(name);
    s.district = normalizeText(district);
    s.city = normalizeText(city);
    return s;
}

QList<FieldError> OfficeSettings::validate() const
{
    QList<FieldError> errors;
    checkText(errors, QStringLiteral("name"), name, true);
    checkText(errors, QStringLiteral("district"), district, false);
    checkText(errors, QStringLiteral("city"), city, false);
    if (congressTerm < 1 || congressTerm > 99)
        errors << fieldError(QStringLiteral("congressTerm"),
                             Text::tr("%1 must be a number from 1 to 99 (got %2).")
                                 .arg(fieldLabel(QStringLiteral("congressTerm")))
                                 .arg(congressTerm));
    if (workYear < 1990 || workYear > 2100)
        errors << fieldError(QStringLiteral("workYear"),
                             Text::tr("%1 must be a year from 1990 to 2100 (got %2).")
                                 .arg(fieldLabel(QStringLiteral("workYear")))
                                 .arg(workYear));
    return errors;
}

QJsonObject OfficeSettings::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("district"), district},
            {QStringLiteral("city"), city},
            {QStringLiteral("congress_term"), congressTerm},
            {QStringLiteral("work_year"), workYear}};
}

OfficeSettings OfficeRepository::load(const OfficeFile& office)
{
    QSqlQuery q = sql::run(office.db(),
                           QStringLiteral("SELECT name, district, city, congress_term, work_year "
                                          "FROM office WHERE id = 1"));
    if (!q.next())
        throw Error(Error::Kind::Damaged,
                    Text::tr("%1 has no office settings row.").arg(office.path()));
    OfficeSettings s;
    s.name = q.value(0).toString();
    s.district = q.value(1).toString();
    s.city = q.value(2).toString();
    s.congressTerm = q.value(3).toInt();
    s.workYear = q.value(4).toInt();
    return s;
}

void OfficeRepository::save(OfficeFile& office, const OfficeSettings& settings)
{
    office.require(Permission::ConfigureOffice);
    const OfficeSettings s = settings.normalized();
    if (const QList<FieldError> errors = s.validate(); !errors.isEmpty())
        throw ValidationError(errors);

    Transaction tx(office.db());
    const OfficeSettings before = load(office);
    if (before == s)
        return; // nothing changed: no write, no audit row
    sql::run(
        office.db(),
        QStringLiteral("UPDATE office SET name = ?, district = ?, city = ?, congress_term = ?, "
                       "work_year = ?, updated_at = ? WHERE id = 1"),
        {s.name, s.district, s.city, s.congressTerm, s.workYear, sql::timestamp()});
    appendAudit(
        office.db(), office.currentUser(),
        {QStringLiteral("update"), QStringLiteral("office"), 1, before.toJson(), s.toJson()});
    tx.commit();
}

void OfficeRepository::insertInitial(OfficeFile& office, const OfficeSettings& settings)
{
    const QString now = sql::timestamp();
    sql::run(
        office.db(),
        QStringLiteral("INSERT INTO office (id, name, district, city, congress_term, work_year, "
                       "created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"),
        {settings.name, settings.district, settings.city, settings.congressTerm, settings.workYear,
         now, now});
    appendAudit(office.db(), office.currentUser(),
                {QStringLiteral("insert"), QStringLiteral("office"), 1, {}, settings.toJson()});
}

} // namespace dd
