#include "roster.h"

#include "org/deputygroup.h"
#include "org/deputymatcher.h"
#include "org/deputyrepository.h"
#include "org/masking.h"
#include "sheettable.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Roster)
};

// The file's columns and the Deputy field each fills (for placing core's field errors).
const QList<QPair<QString, QString>>& columns()
{
    static const QList<QPair<QString, QString>> list = {
        {QStringLiteral("姓名"), QStringLiteral("name")},
        {QStringLiteral("性别"), QStringLiteral("gender")},
        {QStringLiteral("出生日期"), QStringLiteral("birthDate")},
        {QStringLiteral("民族"), QStringLiteral("ethnicity")},
        {QStringLiteral("政治面貌"), QStringLiteral("party")},
        {QStringLiteral("学历"), QStringLiteral("education")},
        {QStringLiteral("工作单位及职务"), QStringLiteral("workUnit")},
        {QStringLiteral("界别"), QStringLiteral("sector")},
        {QStringLiteral("代表类型"), QStringLiteral("kind")},
        {QStringLiteral("代表层级"), QStringLiteral("levels")},
        {QStringLiteral("选区"), QStringLiteral("electoralDistrict")},
        {QStringLiteral("联系电话"), QStringLiteral("phone")},
        {QStringLiteral("身份证号"), QStringLiteral("idNumber")},
        {QStringLiteral("所属小组"), QStringLiteral("group")},
        {QStringLiteral("小组职务"), QStringLiteral("groupRole")},
        {QStringLiteral("擅长领域"), QStringLiteral("expertise")},
        {QStringLiteral("状态"), QStringLiteral("status")},
        {QStringLiteral("离任日期"), QStringLiteral("statusDate")},
    };
    return list;
}

QString columnOfField(const QString& field)
{
    for (const auto& [column, f] : columns())
        if (f == field)
            return column;
    return field;
}

const QHash<QString, DeputyKind>& kindWords()
{
    static const QHash<QString, DeputyKind> words = {
        {QStringLiteral("人大代表"), DeputyKind::Congress},
        {QStringLiteral("议事代表"), DeputyKind::Deliberation},
        {QStringLiteral("议政代表"), DeputyKind::Consultation}};
    return words;
}

const QHash<QString, CongressLevel>& levelWords()
{
    static const QHash<QString, CongressLevel> words = {
        {QStringLiteral("全国"), CongressLevel::National},
        {QStringLiteral("全国人大"), CongressLevel::National},
        {QStringLiteral("省"), CongressLevel::Provincial},
        {QStringLiteral("省级"), CongressLevel::Provincial},
        {QStringLiteral("市"), CongressLevel::City},
        {QStringLiteral("市级"), CongressLevel::City},
        {QStringLiteral("区"), CongressLevel::District},
        {QStringLiteral("区级"), CongressLevel::District},
        {QStringLiteral("县"), CongressLevel::District},
        {QStringLiteral("区县"), CongressLevel::District},
        {QStringLiteral("乡镇"), CongressLevel::Township},
        {QStringLiteral("乡镇级"), CongressLevel::Township},
        {QStringLiteral("街道"), CongressLevel::Township}};
    return words;
}

QString levelWord(CongressLevel level)
{
    switch (level) {
    case CongressLevel::National:
        return QStringLiteral("全国");
    case CongressLevel::Provincial:
        return QStringLiteral("省");
    case CongressLevel::City:
        return QStringLiteral("市");
    case CongressLevel::District:
        return QStringLiteral("区");
    case CongressLevel::Township:
        return QStringLiteral("乡镇");
    }
    return {};
}

const QHash<QString, GroupRole>& roleWords()
{
    static const QHash<QString, GroupRole> words = {
        {QStringLiteral("组长"), GroupRole::Leader},
        {QStringLiteral("副组长"), GroupRole::ViceLeader},
        {QStringLiteral("组员"), GroupRole::Member}};
    return words;
}

// One data row, parsed.
struct RosterRow
{
    int row = 0;
    Deputy deputy; // merged onto the existing deputy when one matches
    std::optional<qint64> existing;
    Deputy stored;       // the existing deputy as the file has it
    bool changed = true; // new, or differing from `stored`
    QList<QPair<QString, GroupRole>> groups;
};
} // namespace

QStringList rosterColumns()
{
    QStringList names;
    for (const auto& column : columns())
        names << column.first;
    return names;
}

QString RosterImportReport::toText(bool eachProblem) const
{
    QStringList lines;
    lines << importProblemLines(problems, eachProblem);
    if (problems.isEmpty()) {
        lines
            << (written
                    ? Text::tr("Imported: %1 added, %2 updated, %3 unchanged.")
                    : Text::tr(
                          "Checked, nothing written: %1 would be added, %2 updated, %3 unchanged."))
                   .arg(inserted)
                   .arg(updated)
                   .arg(unchanged);
        if (!createdGroups.isEmpty())
            lines << Text::tr("New groups: %1").arg(createdGroups.join(QStringLiteral("、")));
        if (!createdDistricts.isEmpty())
            lines << Text::tr("New electoral districts: %1")
                         .arg(createdDistricts.join(QStringLiteral("、")));
        if (!matchedByName.isEmpty()) {
            constexpr int kListed = 20;
            QString names = matchedByName.mid(0, kListed).join(QStringLiteral("、"));
            if (matchedByName.size() > kListed)
                names += Text::tr(" and %n more", nullptr, int(matchedByName.size()) - kListed);
            lines << Text::tr("Found by name alone (no ID number or birth date to compare): %1")
                         .arg(names);
        }
    }
    if (!unknownColumns.isEmpty())
        lines << Text::tr("Ignored unknown columns: %1")
                     .arg(unknownColumns.join(QStringLiteral("、")));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject RosterImportReport::toJson() const
{
    return {{QStringLiteral("written"), written},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("created_groups"), QJsonArray::fromStringList(createdGroups)},
            {QStringLiteral("created_districts"), QJsonArray::fromStringList(createdDistricts)},
            {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns)},
            {QStringLiteral("matched_by_name"), QJsonArray::fromStringList(matchedByName)},
            {QStringLiteral("problems"), importProblemsJson(problems)}};
}

RosterImportReport importRoster(OfficeFile& office, const QString& path, const QString& sheet,
                                bool dryRun)
{
    if (!dryRun)
        office.require(Permission::EnterRecords);
    const SheetTable table = readSheetTable(path, sheet);
    const QSqlDatabase db = office.db();
    RosterImportReport report;

    const QHash<QString, int> at = mapImportColumns(
        table, rosterColumns(), {QStringLiteral("姓名")}, report.problems, report.unknownColumns);
    if (!report.problems.isEmpty())
        return report;

    // Every deputy, read at once: a district's roster has 11,000 rows.
    QList<Deputy> deputies = DeputyRepository::loadAll(db);
    const DeputyMatcher matcher(deputies);
    QHash<qint64, Deputy> known;
    for (Deputy& d : deputies) {
        const qint64 id = d.id;
        known.emplace(id, std::move(d));
    }
    QList<RosterRow> rows;
    QHash<QString, int> seenIds, seenPeople;     // first row of each person
    QHash<QString, int> seenNamesOnly;           // rows with neither ID number nor birth date
    QHash<qint64, int> seenExisting;             // first row about each deputy in the file
    QHash<QString, QPair<int, QString>> leaders; // group -> (row, name) in this file
    for (int i = 0; i < table.rows.size(); ++i) {
        const int rowNumber = table.rowNumbers[i];
        const auto has = [&](const char* column) { return at.contains(QString::fromUtf8(column)); };
        const auto cell = [&](const char* column) {
            return table.cell(i, at.value(QString::fromUtf8(column), -1)).trimmed();
        };
        const auto problem = [&](const char* column, const QString& message) {
            report.problems << RosterProblem{rowNumber, QString::fromUtf8(column), message};
        };
        const int before = int(report.problems.size());

        // Parse what can be parsed first, to find the deputy this row is about.
        QString idNumber = validate::canonicalResidentId(cell("身份证号"));
        if (idNumber.contains(QLatin1Char('*'))) {
            problem("身份证号",
                    Text::tr("the ID number is masked; export with full values to re-import"));
            idNumber.clear();
        }
        QDate birth;
        if (!cell("出生日期").isEmpty()) {
            birth = importCellDate(cell("出生日期"));
            if (!birth.isValid())
                problem(
                    "出生日期",
                    Text::tr("“%1” is not a date; write it like 1975-03-08").arg(cell("出生日期")));
        }
        QDate idBirth;
        if (!idNumber.isEmpty() && !validate::residentId({}, idNumber, &idBirth) &&
            !birth.isValid())
            birth = idBirth;
        RosterRow r;
        r.row = rowNumber;
        const QString name = normalizeText(cell("姓名"));
        r.existing = matcher.find(idNumber, name, birth);
        if (!r.existing && !name.isEmpty()) {
            // By name alone, where nothing recorded says it is someone else; told in the
            // report, so that the check before the import shows it.
            const QList<qint64> named = matcher.sameNamed(name, idNumber, birth);
            if (named.size() == 1) {
                r.existing = named.first();
                report.matchedByName << Text::tr("%1 (row %2)").arg(name).arg(rowNumber);
            } else if (named.size() > 1) {
                problem("姓名", idNumber.isEmpty() && !birth.isValid()
                                    ? Text::tr("%1 deputies are named %2 and nothing on this row "
                                               "says which; fill in 身份证号 or 出生日期")
                                          .arg(named.size())
                                          .arg(name)
                                    : Text::tr("%1 deputies are named %2 and none has this row's "
                                               "身份证号 or 出生日期 on record to tell which; "
                                               "record them on the Deputies page first")
                                          .arg(named.size())
                                          .arg(name));
            }
        }
        if (r.existing)
            r.stored = known.value(*r.existing);
        Deputy d = r.stored;

        d.name = cell("姓名");
        if (has("性别")) {
            const QString g = cell("性别");
            d.gender = g == QStringLiteral("男")   ? Gender::Male
                       : g == QStringLiteral("女") ? Gender::Female
                                                   : Gender::Unknown;
            if (!g.isEmpty() && d.gender == Gender::Unknown)
                problem("性别", Text::tr("“%1” is not 男 or 女").arg(g));
        }
        if (has("出生日期"))
            d.birthDate = birth.isValid() && !cell("出生日期").isEmpty() ? birth : QDate();
        const QList<QPair<const char*, QString*>> texts = {
            {"民族", &d.ethnicity}, {"政治面貌", &d.party},
            {"学历", &d.education}, {"工作单位及职务", &d.workUnit},
            {"界别", &d.sector},    {"选区", &d.electoralDistrict},
            {"联系电话", &d.phone}, {"擅长领域", &d.expertise}};
        for (const auto& [column, field] : texts)
            if (has(column))
                *field = cell(column);
        if (d.phone.contains(QLatin1Char('*'))) {
            problem("联系电话",
                    Text::tr("the phone is masked; export with full values to re-import"));
            d.phone.clear();
        }
        if (has("身份证号"))
            d.idNumber = idNumber;
        if (has("代表类型")) {
            const QString k = cell("代表类型");
            if (k.isEmpty())
                d.kind = DeputyKind::Congress;
            else if (kindWords().contains(k))
                d.kind = kindWords().value(k);
            else
                problem("代表类型",
                        Text::tr("“%1” is not one of 人大代表, 议事代表, 议政代表").arg(k));
        }
        if (has("代表层级")) {
            d.levels.clear();
            for (const QString& word : splitListCell(cell("代表层级"))) {
                if (!levelWords().contains(word))
                    problem("代表层级",
                            Text::tr("“%1” is not a level (全国, 省, 市, 区, 乡镇)").arg(word));
                else if (!d.levels.contains(levelWords().value(word)))
                    d.levels << levelWords().value(word);
            }
        }
        if (has("状态")) {
            const QString s = cell("状态");
            if (s.isEmpty() || s == QStringLiteral("在任"))
                d.status = DeputyStatus::Serving;
            else if (s == QStringLiteral("离任"))
                d.status = DeputyStatus::Retired;
            else
                problem("状态", Text::tr("“%1” is not 在任 or 离任").arg(s));
        }
        if (has("离任日期") && !cell("离任日期").isEmpty()) {
            d.statusDate = importCellDate(cell("离任日期"));
            if (!d.statusDate.isValid())
                problem(
                    "离任日期",
                    Text::tr("“%1” is not a date; write it like 2026-06-30").arg(cell("离任日期")));
        }
        const QStringList groupNames = splitListCell(cell("所属小组"));
        const QStringList roleNames = splitListCell(cell("小组职务"));
        if (groupNames.isEmpty() && !roleNames.isEmpty())
            problem("小组职务", Text::tr("a group role needs a group in 所属小组"));
        for (int g = 0; g < groupNames.size(); ++g) {
            const QString roleName = roleNames.value(g, roleNames.value(0, QStringLiteral("组员")));
            if (!roleWords().contains(roleName)) {
                problem("小组职务", Text::tr("“%1” is not 组长, 副组长 or 组员").arg(roleName));
                continue;
            }
            r.groups << qMakePair(groupNames[g], roleWords().value(roleName));
        }

        const Deputy clean = d.normalized();
        addFieldProblems(report.problems, before, rowNumber, clean.validate(),
                         [](const FieldError& e) { return columnOfField(e.field); });

        // The same person twice in one file.
        const QString personKey =
            clean.name + QLatin1Char('|') + clean.birthDate.toString(Qt::ISODate);
        if (!clean.idNumber.isEmpty() && seenIds.contains(clean.idNumber))
            problem("身份证号",
                    Text::tr("the same ID number is on row %1").arg(seenIds.value(clean.idNumber)));
        else if (clean.birthDate.isValid() && seenPeople.contains(personKey))
            problem("姓名", Text::tr("the same person (name and birth date) is on row %1")
                                .arg(seenPeople.value(personKey)));
        else if (clean.idNumber.isEmpty() && !clean.birthDate.isValid() &&
                 seenNamesOnly.contains(clean.name))
            problem("姓名", Text::tr("the same name is on row %1, and neither row has 身份证号 or "
                                     "出生日期 to tell the two apart")
                                .arg(seenNamesOnly.value(clean.name)));
        else if (r.existing && seenExisting.contains(*r.existing))
            problem(
                "姓名",
                Text::tr("row %1 is about the same deputy").arg(seenExisting.value(*r.existing)));
        if (!clean.idNumber.isEmpty())
            seenIds.insert(clean.idNumber, rowNumber);
        if (clean.birthDate.isValid())
            seenPeople.insert(personKey, rowNumber);
        if (clean.idNumber.isEmpty() && !clean.birthDate.isValid())
            seenNamesOnly.insert(clean.name, rowNumber);
        if (r.existing)
            seenExisting.insert(*r.existing, rowNumber);

        // One leader per group, counting the leaders already recorded.
        for (const auto& [group, role] : std::as_const(r.groups)) {
            if (role != GroupRole::Leader)
                continue;
            if (leaders.contains(group)) {
                problem("小组职务", Text::tr("%1 already has a leader on row %2 (%3)")
                                        .arg(group)
                                        .arg(leaders.value(group).first)
                                        .arg(leaders.value(group).second));
                continue;
            }
            leaders.insert(group, qMakePair(rowNumber, clean.name));
            if (const auto groupId = GroupRepository::findByName(db, group)) {
                const auto leader = GroupRepository::leaderOf(db, *groupId);
                if (leader && (!r.existing || *leader != *r.existing))
                    problem("小组职务", Text::tr("%1 already has a leader: %2")
                                            .arg(group, known.value(*leader).name));
            }
        }
        r.deputy = clean;
        rows << r;
    }
    if (!report.problems.isEmpty())
        return report;

    // Counts, and what would be created.
    const QStringList districts = DeputyRepository::electoralDistricts(db);
    QHash<QString, qint64> groupIds; // by name; with those the import creates when it writes
    for (const GroupSummary& g : GroupRepository::list(db))
        groupIds.insert(g.name, g.id);
    for (RosterRow& r : rows) {
        r.changed = !r.existing || r.stored.toJson() != r.deputy.toJson();
        if (!r.existing)
            ++report.inserted;
        else if (!r.changed)
            ++report.unchanged;
        else
            ++report.updated;
        for (const auto& group : r.groups)
            if (!groupIds.contains(group.first) && !report.createdGroups.contains(group.first))
                report.createdGroups << group.first;
        if (!r.deputy.electoralDistrict.isEmpty() &&
            !districts.contains(r.deputy.electoralDistrict) &&
            !report.createdDistricts.contains(r.deputy.electoralDistrict))
            report.createdDistricts << r.deputy.electoralDistrict;
    }
    if (dryRun)
        return report;

    Transaction tx(db);
    const UserRef& by = office.currentUser();
    for (const RosterRow& r : std::as_const(rows)) {
        qint64 id = r.existing.value_or(0);
        try {
            if (!r.existing)
                id = DeputyRepository::insert(db, by, r.deputy);
            else if (r.changed)
                DeputyRepository::change(db, by, r.deputy);
            for (const auto& [group, role] : r.groups) {
                if (!groupIds.contains(group))
                    groupIds.insert(group, GroupRepository::create(db, by, group));
                GroupRepository::setMember(db, by, groupIds.value(group), id, role);
            }
        } catch (const ValidationError& e) { // e.g. a conflict only visible row against row
            report = RosterImportReport{};
            for (const FieldError& fe : e.fieldErrors())
                report.problems << RosterProblem{r.row, columnOfField(fe.field), fe.message};
            return report; // the transaction rolls back: nothing written
        }
    }
    appendAudit(db, by,
                {QStringLiteral("import"),
                 QStringLiteral("deputies"),
                 0,
                 {},
                 {{QStringLiteral("file"), path},
                  {QStringLiteral("inserted"), report.inserted},
                  {QStringLiteral("updated"), report.updated}}});
    tx.commit();
    report.written = true;
    return report;
}

void exportRoster(OfficeFile& office, const QString& path, bool unmasked)
{
    if (unmasked && office.isReadOnly())
        throw Error(
            Error::Kind::ReadOnly,
            Text::tr("An export with full ID numbers and phones is recorded in the audit log, "
                     "which a read-only file cannot do."));
    office.require(unmasked ? Permission::ExportUnmasked : Permission::ExportMasked);
    const QSqlDatabase db = office.db();
    QList<QStringList> rows;
    const auto groupsOf = GroupRepository::groupsByDeputy(db);
    for (const Deputy& d : DeputyRepository::loadAll(db)) {
        QStringList levels, groups, roles;
        for (CongressLevel level : d.levels)
            levels << levelWord(level);
        for (const auto& [group, role] : groupsOf.value(d.id)) {
            groups << group;
            roles << roleWords().key(role);
        }
        const QString sep = QStringLiteral("、");
        rows << QStringList{d.name,
                            d.gender == Gender::Male     ? QStringLiteral("男")
                            : d.gender == Gender::Female ? QStringLiteral("女")
                                                         : QString(),
                            d.birthDate.toString(Qt::ISODate),
                            d.ethnicity,
                            d.party,
                            d.education,
                            d.workUnit,
                            d.sector,
                            kindWords().key(d.kind),
                            levels.join(sep),
                            d.electoralDistrict,
                            unmasked ? d.phone : maskPhone(d.phone),
                            unmasked ? d.idNumber : maskResidentId(d.idNumber),
                            groups.join(sep),
                            roles.join(sep),
                            d.expertise,
                            d.status == DeputyStatus::Serving ? QStringLiteral("在任")
                                                              : QStringLiteral("离任"),
                            d.statusDate.toString(Qt::ISODate)};
    }
    writeSheetTable(path, QStringLiteral("代表名册"), rosterColumns(), rows);
    if (unmasked) { // who took personal data out of the file, and where
        Transaction tx(db);
        appendAudit(db, office.currentUser(),
                    {QStringLiteral("export_unmasked"),
                     QStringLiteral("deputies"),
                     0,
                     {},
                     {{QStringLiteral("file"), path}, {QStringLiteral("rows"), int(rows.size())}}});
        tx.commit();
    }
}

void writeRosterTemplate(const QString& path)
{
    writeSheetTable(path, QStringLiteral("代表名册"), rosterColumns(), {});
}

} // namespace dd
