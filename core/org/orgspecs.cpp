#include "orgspecs.h"

#include "deputyrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Organisation)
};

using Kind = FieldSpec::Kind;

FieldSpec text(const QString& key, const QString& label, bool required = false, int maxLength = 60)
{
    FieldSpec f;
    f.key = key;
    f.label = label;
    f.required = required;
    f.maxLength = maxLength;
    return f;
}

FieldSpec longText(const QString& key, const QString& label)
{
    FieldSpec f = text(key, label, false, 2000);
    f.kind = Kind::LongText;
    f.inList = false;
    return f;
}

FieldSpec phone(const QString& key, const QString& label, bool personal)
{
    FieldSpec f = text(key, label);
    f.kind = Kind::Phone;
    f.personal = personal;
    return f;
}

FieldSpec personName()
{
    FieldSpec f = text(QStringLiteral("name"), Text::tr("Name"), true, 40);
    f.kind = Kind::PersonName;
    return f;
}

FieldSpec choice(const QString& key, const QString& label,
                 const QList<QPair<QString, QString>>& choices)
{
    FieldSpec f = text(key, label, true);
    f.kind = Kind::Choice;
    f.choices = choices;
    return f;
}

FieldSpec reference(const QString& key, const QString& label, const QString& choicesSql,
                    bool required = false)
{
    FieldSpec f = text(key, label, required);
    f.kind = Kind::Reference;
    f.choicesSql = choicesSql;
    return f;
}

FieldSpec links(const QString& joinTable, const QString& label, const QString& owner,
                const QString& other, const QString& choicesSql)
{
    FieldSpec f = text(joinTable, label);
    f.kind = Kind::Links;
    f.linkOwner = owner;
    f.linkOther = other;
    f.choicesSql = choicesSql;
    return f;
}

const QString kDeputies = DeputyRepository::choicesSql();
const QString kCommunities = QStringLiteral("SELECT id, name FROM communities");
const QString kGrids = QStringLiteral(
    "SELECT g.id, c.name || ' · ' || g.name FROM grids g JOIN communities c ON c.id = "
    "g.community_id");
const QString kVenues = QStringLiteral("SELECT id, name FROM venues");

FieldSpec uniqueName()
{
    FieldSpec f = text(QStringLiteral("name"), Text::tr("Name", "of a place or body"), true);
    f.unique = true;
    return f;
}

FieldSpec notes()
{
    return longText(QStringLiteral("notes"), Text::tr("Notes"));
}

QList<FieldError> checkVenue(const QSqlDatabase& db, const QVariantMap& record)
{
    const qint64 id = record.value(QStringLiteral("id")).toLongLong();
    qint64 parent = record.value(QStringLiteral("parent_id")).toLongLong();
    // Walk up from the chosen parent: meeting the venue itself would make a loop.
    for (int depth = 0; parent > 0 && depth < 100; ++depth) {
        if (parent == id && id > 0)
            return {FieldError{QStringLiteral("parent_id"), Text::tr("Belongs to"),
                               Text::tr("Belongs to cannot be the venue itself or one of the "
                                        "venues below it.")}};
        parent =
            sql::scalar(db, QStringLiteral("SELECT parent_id FROM venues WHERE id = ?"), {parent})
                .toLongLong();
    }
    const QString rule = record.value(QStringLiteral("schedule_rule")).toString();
    const int day = record.value(QStringLiteral("schedule_day")).toInt();
    const QString dayLabel = Text::tr("Day");
    if (rule == QLatin1String("monthly") && (day < 1 || day > 31))
        return {FieldError{QStringLiteral("schedule_day"), dayLabel,
                           Text::tr("Day must be a day of the month from 1 to 31 for a monthly "
                                    "opening.")}};
    if (rule == QLatin1String("weekly") && (day < 1 || day > 7))
        return {FieldError{QStringLiteral("schedule_day"), dayLabel,
                           Text::tr("Day must be a weekday from 1 (Monday) to 7 (Sunday) for a "
                                    "weekly opening.")}};
    if (rule == QLatin1String("none") && day != 0)
        return {FieldError{QStringLiteral("schedule_day"), dayLabel,
                           Text::tr("Day must be empty when the venue has no regular opening.")}};
    return {};
}

QList<FieldError> checkGrid(const QSqlDatabase& db, const QVariantMap& record)
{
    const QVariant other = sql::scalar(
        db, QStringLiteral("SELECT id FROM grids WHERE community_id = ? AND name = ? AND id <> ?"),
        {record.value(QStringLiteral("community_id")).toLongLong(),
         record.value(QStringLiteral("name")).toString(),
         record.value(QStringLiteral("id")).toLongLong()});
    if (other.isValid())
        return {FieldError{QStringLiteral("name"), Text::tr("Name", "of a place or body"),
                           Text::tr("Name “%1” is already used by another grid of this community.")
                               .arg(record.value(QStringLiteral("name")).toString())}};
    return {};
}

QList<FieldError> checkObserver(const QSqlDatabase& db, const QVariantMap& record)
{
    const qint64 grid = record.value(QStringLiteral("grid_id")).toLongLong();
    const qint64 community = record.value(QStringLiteral("community_id")).toLongLong();
    if (grid <= 0 || community <= 0)
        return {};
    const qint64 gridCommunity =
        sql::scalar(db, QStringLiteral("SELECT community_id FROM grids WHERE id = ?"), {grid})
            .toLongLong();
    if (gridCommunity != community)
        return {FieldError{QStringLiteral("grid_id"), Text::tr("Grid"),
                           Text::tr("Grid must be one of the chosen community's grids.")}};
    return {};
}
} // namespace

RecordSpec communitySpec()
{
    FieldSpec districts =
        links(QStringLiteral("community_districts"), Text::tr("Electoral districts"),
              QStringLiteral("community_id"), QStringLiteral("district_id"),
              QStringLiteral("SELECT id, name FROM electoral_districts"));
    districts.createTable = QStringLiteral("electoral_districts");
    return {QStringLiteral("communities"),
            Text::tr("community"),
            {uniqueName(),
             choice(QStringLiteral("kind"), Text::tr("Kind"),
                    {{QStringLiteral("community"), Text::tr("Community")},
                     {QStringLiteral("village"), Text::tr("Village")}}),
             text(QStringLiteral("address"), Text::tr("Address"), false, 100), districts, notes()},
            {}};
}

RecordSpec gridSpec()
{
    return {QStringLiteral("grids"),
            Text::tr("grid"),
            {reference(QStringLiteral("community_id"), Text::tr("Community"), kCommunities, true),
             text(QStringLiteral("name"), Text::tr("Name", "of a place or body"), true),
             reference(QStringLiteral("leader_deputy_id"), Text::tr("Grid leader"), kDeputies),
             notes()},
            checkGrid};
}

RecordSpec venueSpec()
{
    FieldSpec day = text(QStringLiteral("schedule_day"), Text::tr("Day"));
    day.kind = Kind::Number;
    day.minimum = 0;
    day.maximum = 31;
    day.inList = false;
    FieldSpec rule = choice(QStringLiteral("schedule_rule"), Text::tr("Opens"),
                            {{QStringLiteral("none"), Text::tr("No regular opening")},
                             {QStringLiteral("monthly"), Text::tr("Every month on a day")},
                             {QStringLiteral("weekly"), Text::tr("Every week on a weekday")}});
    rule.inList = false;
    FieldSpec hours = text(QStringLiteral("schedule_note"), Text::tr("Hours"));
    hours.inList = false;
    return {QStringLiteral("venues"),
            Text::tr("venue"),
            {uniqueName(),
             choice(QStringLiteral("kind"), Text::tr("Kind"),
                    {{QStringLiteral("home"), Text::tr("Deputies' home")},
                     {QStringLiteral("station"), Text::tr("Liaison station")},
                     {QStringLiteral("point"), Text::tr("Liaison point")},
                     {QStringLiteral("hall"), Text::tr("Deliberation hall")},
                     {QStringLiteral("chamber"), Text::tr("Deliberation chamber")},
                     {QStringLiteral("pavilion"), Text::tr("Tea pavilion")}}),
             reference(QStringLiteral("parent_id"), Text::tr("Belongs to"), kVenues),
             reference(QStringLiteral("community_id"), Text::tr("Community"), kCommunities),
             text(QStringLiteral("address"), Text::tr("Address"), false, 100), rule, day, hours,
             links(QStringLiteral("venue_deputies"), Text::tr("Responsible deputies"),
                   QStringLiteral("venue_id"), QStringLiteral("deputy_id"), kDeputies),
             notes()},
            checkVenue};
}

RecordSpec committeeMemberSpec()
{
    // Listed as the committee lists itself: 主任, 副主任 (常务, 专职 …), 委员, then its staff.
    const auto rank = [](const QVariantMap& member) {
        const QString post = member.value(QStringLiteral("post")).toString();
        return post.contains(QStringLiteral("副主任")) ? 1
               : post.contains(QStringLiteral("主任")) ? 0
               : post.contains(QStringLiteral("委员")) ? 2
                                                       : 3;
    };
    return {QStringLiteral("committee_members"),
            Text::tr("committee member"),
            {personName(), text(QStringLiteral("post"), Text::tr("Post")),
             phone(QStringLiteral("phone"), Text::tr("Phone"), false),
             reference(QStringLiteral("deputy_id"), Text::tr("Also the deputy"), kDeputies),
             notes()},
            {},
            rank};
}

RecordSpec observerSpec()
{
    return {QStringLiteral("observers"),
            Text::tr("observer"),
            {personName(), phone(QStringLiteral("phone"), Text::tr("Phone"), true),
             reference(QStringLiteral("community_id"), Text::tr("Community"), kCommunities),
             reference(QStringLiteral("grid_id"), Text::tr("Grid"), kGrids),
             text(QStringLiteral("occupation"), Text::tr("Occupation")), notes()},
            checkObserver};
}

RecordSpec handlingUnitSpec()
{
    return {QStringLiteral("handling_units"),
            Text::tr("handling unit"),
            {uniqueName(),
             choice(QStringLiteral("kind"), Text::tr("Kind"),
                    {{QStringLiteral("street_department"), Text::tr("Street department")},
                     {QStringLiteral("district_department"), Text::tr("District department")},
                     {QStringLiteral("community_committee"), Text::tr("Community committee")},
                     {QStringLiteral("property_company"), Text::tr("Property company")},
                     {QStringLiteral("other"), Text::tr("Other")}}),
             text(QStringLiteral("contact_person"), Text::tr("Contact person"), false, 40),
             phone(QStringLiteral("phone"), Text::tr("Phone"), false),
             text(QStringLiteral("address"), Text::tr("Address"), false, 100), notes()},
            {}};
}

RecordSpec groupSpec()
{
    FieldSpec brand = longText(QStringLiteral("brand_description"), Text::tr("Brand description"));
    return {QStringLiteral("deputy_groups"),
            Text::tr("group"),
            {uniqueName(),
             choice(QStringLiteral("kind"), Text::tr("Kind"),
                    {{QStringLiteral("group"), Text::tr("Deputy group")},
                     {QStringLiteral("delegation"), Text::tr("Delegation")},
                     {QStringLiteral("specialist"), Text::tr("Specialist group")},
                     {QStringLiteral("action"), Text::tr("Action group")},
                     {QStringLiteral("deliberation"), Text::tr("Deliberation group")}}),
             text(QStringLiteral("specialty"), Text::tr("Specialty")),
             text(QStringLiteral("brand"), Text::tr("Brand")), brand,
             reference(QStringLiteral("committee_member_id"), Text::tr("Committee member"),
                       QStringLiteral("SELECT id, name FROM committee_members")),
             reference(QStringLiteral("home_venue_id"), Text::tr("Home venue"), kVenues),
             links(QStringLiteral("group_communities"), Text::tr("Communities"),
                   QStringLiteral("group_id"), QStringLiteral("community_id"), kCommunities),
             links(QStringLiteral("group_grids"), Text::tr("Grids"), QStringLiteral("group_id"),
                   QStringLiteral("grid_id"), kGrids)},
            {}};
}

QString venueScheduleText(const QString& rule, int day, const QString& note)
{
    QString text;
    if (rule == QLatin1String("monthly"))
        text = Text::tr("Every month on day %1").arg(day);
    else if (rule == QLatin1String("weekly"))
        text = Text::tr("Every %1").arg(QLocale().dayName(day));
    if (!note.isEmpty())
        text = text.isEmpty() ? note : text + QLatin1Char(' ') + note;
    return text;
}

} // namespace dd
