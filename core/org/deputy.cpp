#include "deputy.h"

#include "storage/textnorm.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Deputy)
};

void add(QList<FieldError>& errors, const char* field, const std::optional<QString>& problem)
{
    if (problem)
        errors << FieldError{QString::fromLatin1(field),
                             Deputy::fieldLabel(QString::fromLatin1(field)), *problem};
}
} // namespace

QString deputyKindKey(DeputyKind kind)
{
    switch (kind) {
    case DeputyKind::Congress:
        return QStringLiteral("congress");
    case DeputyKind::Deliberation:
        return QStringLiteral("deliberation");
    case DeputyKind::Consultation:
        return QStringLiteral("consultation");
    }
    return {};
}

DeputyKind deputyKindFromKey(const QString& key)
{
    if (key == QLatin1String("deliberation"))
        return DeputyKind::Deliberation;
    if (key == QLatin1String("consultation"))
        return DeputyKind::Consultation;
    return DeputyKind::Congress;
}

QString deputyKindName(DeputyKind kind)
{
    switch (kind) {
    case DeputyKind::Congress:
        return Text::tr("People's congress deputy");
    case DeputyKind::Deliberation:
        return Text::tr("Deliberation representative");
    case DeputyKind::Consultation:
        return Text::tr("Consultation representative");
    }
    return {};
}

QString congressLevelKey(CongressLevel level)
{
    switch (level) {
    case CongressLevel::National:
        return QStringLiteral("national");
    case CongressLevel::Provincial:
        return QStringLiteral("provincial");
    case CongressLevel::City:
        return QStringLiteral("city");
    case CongressLevel::District:
        return QStringLiteral("district");
    case CongressLevel::Township:
        return QStringLiteral("township");
    }
    return {};
}

QString congressLevelName(CongressLevel level)
{
    switch (level) {
    case CongressLevel::National:
        return Text::tr("National");
    case CongressLevel::Provincial:
        return Text::tr("Provincial");
    case CongressLevel::City:
        return Text::tr("City");
    case CongressLevel::District:
        return Text::tr("District");
    case CongressLevel::Township:
        return Text::tr("Township");
    }
    return {};
}

QString genderName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return Text::tr("Male");
    case Gender::Female:
        return Text::tr("Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString genderKey(Gender gender)
{
    return gender == Gender::Male     ? QStringLiteral("male")
           : gender == Gender::Female ? QStringLiteral("female")
                                      : QString();
}

Gender genderFromKey(const QString& key)
{
    return key == QLatin1String("male")     ? Gender::Male
           : key == QLatin1String("female") ? Gender::Female
                                            : Gender::Unknown;
}

QString deputyStatusName(DeputyStatus status)
{
    return status == DeputyStatus::Serving ? Text::tr("Serving") : Text::tr("Retired");
}

QString Deputy::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("dd::Deputy", "Name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("dd::Deputy", "Gender")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("dd::Deputy", "Birth date")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("dd::Deputy", "Ethnicity")},
        {QStringLiteral("party"), QT_TRANSLATE_NOOP("dd::Deputy", "Political affiliation")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("dd::Deputy", "Education")},
        {QStringLiteral("workUnit"), QT_TRANSLATE_NOOP("dd::Deputy", "Work unit and post")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("dd::Deputy", "Sector")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("dd::Deputy", "Type")},
        {QStringLiteral("levels"), QT_TRANSLATE_NOOP("dd::Deputy", "Congress levels")},
        {QStringLiteral("electoralDistrict"),
         QT_TRANSLATE_NOOP("dd::Deputy", "Electoral district")},
        {QStringLiteral("term"), QT_TRANSLATE_NOOP("dd::Deputy", "Term")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("dd::Deputy", "Phone")},
        {QStringLiteral("idNumber"), QT_TRANSLATE_NOOP("dd::Deputy", "ID number")},
        {QStringLiteral("expertise"), QT_TRANSLATE_NOOP("dd::Deputy", "Areas of expertise")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("dd::Deputy", "Status")},
        {QStringLiteral("statusDate"), QT_TRANSLATE_NOOP("dd::Deputy", "Date of leaving")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("dd::Deputy", "Notes")},
    };
    const char* label = labels.value(field);
    return label ? Text::tr(label) : field;
}

Deputy Deputy::normalized() const
{
    Deputy d = *this;
    for (QString* text : {&d.name, &d.ethnicity, &d.party, &d.education, &d.workUnit, &d.sector,
                          &d.electoralDistrict, &d.term, &d.expertise})
        *text = normalizeText(*text);
    d.notes = notes.trimmed();
    d.idNumber = validate::canonicalResidentId(idNumber);
    d.phone = validate::canonicalPhone(phone);
    QDate birth;
    Gender gender = Gender::Unknown;
    if (!d.idNumber.isEmpty() && !validate::residentId({}, d.idNumber, &birth, &gender)) {
        if (!d.birthDate.isValid())
            d.birthDate = birth;
        if (d.gender == Gender::Unknown)
            d.gender = gender;
    }
    if (d.kind != DeputyKind::Congress)
        d.levels.clear(); // levels are a congress deputy's
    if (d.status == DeputyStatus::Serving)
        d.statusDate = {};
    return d;
}

QList<FieldError> Deputy::validate() const
{
    QList<FieldError> errors;
    add(errors, "name", validate::personName(fieldLabel(QStringLiteral("name")), name));
    if (birthDate.isValid())
        add(errors, "birthDate",
            validate::dateInRange(fieldLabel(QStringLiteral("birthDate")), birthDate,
                                  QDate(1900, 1, 1), QDate::currentDate()));
    add(errors, "phone", validate::phone(fieldLabel(QStringLiteral("phone")), phone));
    if (!idNumber.isEmpty()) {
        QDate idBirth;
        Gender idGender = Gender::Unknown;
        if (auto problem = validate::residentId(fieldLabel(QStringLiteral("idNumber")), idNumber,
                                                &idBirth, &idGender)) {
            add(errors, "idNumber", problem);
        } else {
            if (birthDate.isValid() && birthDate != idBirth)
                add(errors, "birthDate",
                    Text::tr("%1 %2 does not match the ID number, which says %3.")
                        .arg(fieldLabel(QStringLiteral("birthDate")),
                             birthDate.toString(Qt::ISODate), idBirth.toString(Qt::ISODate)));
            if (gender != Gender::Unknown && gender != idGender)
                add(errors, "gender",
                    Text::tr("%1 does not match the ID number, which says %2.")
                        .arg(fieldLabel(QStringLiteral("gender")), genderName(idGender)));
        }
    }
    const QList<QPair<const char*, const QString*>> texts = {
        {"ethnicity", &ethnicity}, {"party", &party},
        {"education", &education}, {"workUnit", &workUnit},
        {"sector", &sector},       {"electoralDistrict", &electoralDistrict},
        {"term", &term},           {"expertise", &expertise}};
    for (const auto& [field, value] : texts) {
        add(errors, field,
            validate::text(fieldLabel(QString::fromLatin1(field)), *value, kMaxTextLength));
    }
    if (status == DeputyStatus::Retired)
        add(errors, "statusDate",
            validate::dateInRange(fieldLabel(QStringLiteral("statusDate")), statusDate,
                                  QDate(1950, 1, 1), QDate::currentDate().addYears(1)));
    return errors;
}

QJsonObject Deputy::toJson() const
{
    QJsonArray levelKeys;
    for (CongressLevel level : levels)
        levelKeys.append(congressLevelKey(level));
    return {{QStringLiteral("name"), name},
            {QStringLiteral("gender"), genderKey(gender)},
            {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
            {QStringLiteral("ethnicity"), ethnicity},
            {QStringLiteral("party"), party},
            {QStringLiteral("education"), education},
            {QStringLiteral("work_unit"), workUnit},
            {QStringLiteral("sector"), sector},
            {QStringLiteral("kind"), deputyKindKey(kind)},
            {QStringLiteral("levels"), levelKeys},
            {QStringLiteral("electoral_district"), electoralDistrict},
            {QStringLiteral("term"), term},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("expertise"), expertise},
            {QStringLiteral("status"), status == DeputyStatus::Serving ? QStringLiteral("serving")
                                                                       : QStringLiteral("retired")},
            {QStringLiteral("status_date"), statusDate.toString(Qt::ISODate)},
            {QStringLiteral("notes"), notes}};
}

} // namespace dd
