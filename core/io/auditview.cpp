#include "auditview.h"

#include "activity/activity.h"
#include "activity/activityplan.h"
#include "auditnames.h"
#include "opinion/opinion.h"
#include "opinion/opinionrepository.h"
#include "org/deputy.h"
#include "org/deputygroup.h"
#include "org/orgspecs.h"
#include "org/selection.h"
#include "storage/error.h"
#include "storage/sql.h"
#include "storage/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::AuditView)
};

// Bookkeeping the program keeps for itself: not shown.
bool hidden(const QString& key)
{
    static const QStringList keys = {QStringLiteral("id"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"),
                                     QStringLiteral("name_pinyin"),
                                     QStringLiteral("name_initials"),
                                     QStringLiteral("minutes_length")};
    return keys.contains(key);
}

bool isFlag(const QString& key)
{
    static const QStringList keys = {QStringLiteral("anonymous"), QStringLiteral("has_password"),
                                     QStringLiteral("active"), QStringLiteral("retired"),
                                     QStringLiteral("workday")};
    return keys.contains(key);
}

// The table whose rows a reference (or a list of references) names; empty when none.
QString referenced(const QString& table, const QString& key)
{
    const auto to = [](const char* t) { return QString::fromLatin1(t); };
    if (key == QLatin1String("deputy_id") || key == QLatin1String("leader_deputy_id") ||
        key == QLatin1String("deputies") || key == QLatin1String("venue_deputies"))
        return to("deputies");
    if (key == QLatin1String("community_id") || key == QLatin1String("group_communities"))
        return to("communities");
    if (key == QLatin1String("grid_id") || key == QLatin1String("group_grids"))
        return to("grids");
    if (key == QLatin1String("group_id"))
        return to("deputy_groups");
    if (key == QLatin1String("handling_unit_id"))
        return to("handling_units");
    if (key == QLatin1String("category_id"))
        return to("opinion_categories");
    if (key == QLatin1String("venue_id") || key == QLatin1String("home_venue_id") ||
        (table == QLatin1String("venues") && key == QLatin1String("parent_id")))
        return to("venues");
    if (key == QLatin1String("kind_id"))
        return to("activity_kinds");
    if (key == QLatin1String("round_id"))
        return to("selection_rounds");
    if (key == QLatin1String("committee_member_id"))
        return to("committee_members");
    if (key == QLatin1String("opinions") || key == QLatin1String("opinion_id") ||
        (table == QLatin1String("opinions") &&
         (key == QLatin1String("first_id") || key == QLatin1String("last_id"))))
        return to("opinions");
    if (key == QLatin1String("nomination_id"))
        return to("nominations");
    if (key == QLatin1String("activity_id"))
        return to("activities");
    if (key == QLatin1String("suggestion_id"))
        return to("suggestions");
    return {};
}

// A coded value (a state, a channel, a role …) in words; empty when the key has no code.
QString codeName(const QString& table, const QString& key, const QString& code)
{
    const auto in = [&](std::initializer_list<const char*> tables) {
        for (const char* t : tables)
            if (table == QLatin1String(t))
                return true;
        return false;
    };
    if (table == QLatin1String("opinions") && key == QLatin1String("state"))
        return opinionStateName(opinionStateFromKey(code));
    if (key == QLatin1String("channel"))
        return channelName(channelFromKey(code));
    if (key == QLatin1String("evaluation") || key == QLatin1String("satisfaction"))
        return evaluationName(evaluationFromKey(code));
    if (key == QLatin1String("responsibility"))
        return responsibilityName(responsibilityFromKey(code));
    if (key == QLatin1String("priority"))
        return priorityName(priorityFromKey(code));
    if (key == QLatin1String("gender"))
        return genderName(genderFromKey(code));
    if (key == QLatin1String("stage"))
        return nominationStageName(nominationStageFromKey(code));
    if (key == QLatin1String("rule"))
        return planRuleName(planRuleFromKey(code));
    if (key == QLatin1String("dimension"))
        return quotaDimensionName(quotaDimensionFromKey(code));
    if (key == QLatin1String("levels"))
        for (const CongressLevel level : kAllLevels)
            if (congressLevelKey(level) == code)
                return congressLevelName(level);
    if (in({"deputies", "nominations"}) && key == QLatin1String("kind"))
        return deputyKindName(deputyKindFromKey(code));
    if (in({"deputies", "nominations"}) && key == QLatin1String("status"))
        return deputyStatusName(code == QLatin1String("retired") ? DeputyStatus::Retired
                                                                 : DeputyStatus::Serving);
    if (table == QLatin1String("suggestions") && key == QLatin1String("kind"))
        return code == QLatin1String("motion") ? Text::tr("Motion") : Text::tr("Suggestion");
    if (table == QLatin1String("selection_objections") && key == QLatin1String("outcome"))
        return code == QLatin1String("upheld")      ? Text::tr("Upheld")
               : code == QLatin1String("dismissed") ? Text::tr("Dismissed")
                                                    : Text::tr("Open");
    if (table == QLatin1String("opinion_supervisions") && key == QLatin1String("method"))
        return supervisionMethodName(supervisionMethodFromKey(code));
    if (table == QLatin1String("users") && key == QLatin1String("role"))
        return roleDisplayName(roleFromKey(code));
    if (table == QLatin1String("group_members") && key == QLatin1String("role"))
        return groupRoleName(groupRoleFromKey(code));
    return {};
}

QString plainText(const QString& text)
{
    if (!text.startsWith(QLatin1Char('<')))
        return text;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(text).replace(tags, QStringLiteral(" ")).simplified();
}

// A moment stored in ISO 8601 as the trail's time column shows one: a meeting's start
// (2026-01-10T09:00, the office's wall time) as 2026-01-10 09:00; one stored in UTC
// (2026-11-25T05:16:50Z) in local time with its seconds. Empty for any other text.
QString momentText(const QString& text)
{
    if (text.size() < 16 || text.at(10) != QLatin1Char('T') || !text.at(0).isDigit())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() != Qt::LocalTime)
        return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return at.toString(text.size() == 16 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject objectOf(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// A change has the record before and after it (an empty object is stored as '').
bool isChange(const AuditRecord& record)
{
    return !record.before.isEmpty() && !record.after.isEmpty();
}
// A recurring plan's recurrence in the reader's language, from the parts its entry keeps
// (每年12月15日 09:00). Entries written before 2026-11-25 keep only the text as it was written,
// in the writer's language; that is shown as it is.
QString recurrence(const QJsonObject& plan, const QString& written)
{
    for (const char* part : {"rule", "month", "day", "time"})
        if (!plan.contains(QLatin1String(part)))
            return written;
    ActivityPlan p;
    p.rule = planRuleFromKey(plan.value(QLatin1String("rule")).toString());
    p.month = plan.value(QLatin1String("month")).toInt();
    p.day = plan.value(QLatin1String("day")).toInt();
    p.time =
        QTime::fromString(plan.value(QLatin1String("time")).toString(), QStringLiteral("HH:mm"));
    return p.describe();
}

// A plan's rule and the parts of its recurrence, told by the recurrence itself.
bool partOfRecurrence(const QString& key)
{
    static const QStringList keys = {QStringLiteral("rule"), QStringLiteral("month"),
                                     QStringLiteral("day"), QStringLiteral("time")};
    return keys.contains(key);
}

// The organisation registers, whose field specs name their fields and choices.
QList<RecordSpec> orgSpecs()
{
    return {communitySpec(), gridSpec(),         venueSpec(), committeeMemberSpec(),
            observerSpec(),  handlingUnitSpec(), groupSpec()};
}

} // namespace

AuditView::AuditView(const QSqlDatabase& db)
    : m_db(db), m_field(Text::tr("%1: %2")), m_change(Text::tr("%1 → %2")),
      m_separator(Text::tr("; ")), m_aside(Text::tr("%1 (%2)")), m_comma(Text::tr(", "))
{
    for (const RecordSpec& spec : orgSpecs())
        m_specs.insert(spec.table, spec);
}

QString AuditView::tableName(const QString& table)
{
    const char* name = auditTableNameOf(table);
    return name ? Text::tr(name) : table;
}

QStringList AuditView::storedAs(const QString& part)
{
    const QString typed = part.trimmed();
    if (typed.isEmpty())
        return {};
    QList<std::pair<QString, QString>> codes; // stored, shown
    const auto add = [&codes](const auto& values, const auto& key, const auto& name) {
        for (const auto v : values)
            codes.append({key(v), name(v)});
    };
    add(allOpinionStates(), opinionStateKey, opinionStateName);
    add(allChannels(), channelKey, channelName);
    add(std::initializer_list<Responsibility>{Responsibility::Community, Responsibility::Street,
                                              Responsibility::Government},
        responsibilityKey, responsibilityName);
    add(std::initializer_list<Priority>{Priority::Normal, Priority::GreenChannel,
                                        Priority::Immediate},
        priorityKey, priorityName);
    add(std::initializer_list<Evaluation>{Evaluation::Satisfied, Evaluation::BasicallySatisfied,
                                          Evaluation::Dissatisfied},
        evaluationKey, evaluationName);
    add(std::initializer_list<Gender>{Gender::Male, Gender::Female}, genderKey, genderName);
    add(std::initializer_list<DeputyKind>{DeputyKind::Congress, DeputyKind::Deliberation,
                                          DeputyKind::Consultation},
        deputyKindKey, deputyKindName);
    add(kAllLevels, congressLevelKey, congressLevelName);
    // Keys without an enum's list: named as codeName names them.
    const auto addCodes = [&codes](const char* table, const char* key,
                                   std::initializer_list<const char*> stored) {
        for (const char* code : stored)
            codes.append({QString::fromLatin1(code),
                          codeName(QString::fromLatin1(table), QString::fromLatin1(key),
                                   QString::fromLatin1(code))});
    };
    addCodes("deputies", "status", {"serving", "retired"});
    addCodes("suggestions", "kind", {"motion", "suggestion"});
    addCodes("selection_objections", "outcome", {"open", "upheld", "dismissed"});
    add(std::initializer_list<SupervisionMethod>{SupervisionMethod::Phone, SupervisionMethod::Visit,
                                                 SupervisionMethod::Letter,
                                                 SupervisionMethod::Meeting,
                                                 SupervisionMethod::Site},
        supervisionMethodKey, supervisionMethodName);
    add(std::initializer_list<PlanRule>{PlanRule::Monthly, PlanRule::Quarterly,
                                        PlanRule::HalfYearly, PlanRule::Yearly},
        planRuleKey, planRuleName);
    add(
        std::initializer_list<NominationStage>{
            NominationStage::Nominated, NominationStage::PreliminaryPassed,
            NominationStage::JointPassed, NominationStage::Confirmed, NominationStage::Rejected},
        nominationStageKey, nominationStageName);
    add(std::initializer_list<QuotaDimension>{QuotaDimension::Sector, QuotaDimension::Party,
                                              QuotaDimension::Community},
        quotaDimensionKey, quotaDimensionName);
    add(std::initializer_list<Role>{Role::Admin, Role::Chair, Role::Clerk, Role::Viewer}, roleKey,
        roleDisplayName);
    add(std::initializer_list<GroupRole>{GroupRole::Leader, GroupRole::ViceLeader,
                                         GroupRole::Member},
        groupRoleKey, groupRoleName);
    for (const RecordSpec& spec : orgSpecs())
        for (const FieldSpec& field : spec.fields)
            for (const auto& [code, name] : field.choices)
                codes.append({code, name});
    for (const auto& [table, name] : auditTableNames())
        codes.append({QString::fromLatin1(table), Text::tr(name)});

    QStringList stored;
    for (const auto& [code, name] : codes)
        if (!code.isEmpty() && name.contains(typed, Qt::CaseInsensitive) && !stored.contains(code))
            stored << code;
    return stored;
}

QString AuditView::label(const QString& table, const QString& key)
{
    const QString both = table + QLatin1Char('.') + key;
    if (const auto known = m_labels.constFind(both); known != m_labels.cend())
        return *known;
    QString label = key;
    const auto spec = m_specs.constFind(table);
    if (const FieldSpec* field = spec != m_specs.cend() ? spec->field(key) : nullptr)
        label = field->label;
    else if (const char* name = auditFieldNameOf(both))
        label = Text::tr(name);
    else if (const char* general = auditFieldNameOf(key))
        label = Text::tr(general);
    m_labels.insert(both, label);
    return label;
}

QString AuditView::nameOf(const QString& table, qint64 id)
{
    QHash<qint64, QString>& names = m_names[table];
    if (const auto known = names.constFind(id); known != names.cend())
        return *known;
    QString name;
    try {
        const bool titled = table == QLatin1String("opinions") ||
                            table == QLatin1String("activities") ||
                            table == QLatin1String("suggestions");
        const QString column = titled ? QStringLiteral("title") : QStringLiteral("name");
        name = sql::scalar(
                   m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id})
                   .toString();
    } catch (const Error&) {
        // an older file without the table: the number stands
    }
    if (name.isEmpty())
        name = QStringLiteral("#%1").arg(id);
    names.insert(id, name);
    return name;
}

QString AuditView::value(const QString& table, const QString& key, const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& element : v.toArray())
            parts << shown(item(table, key, element));
        return parts.join(QStringLiteral("、"));
    }
    if (v.isBool())
        return v.toBool() ? Text::tr("Yes") : Text::tr("No");
    if (v.isDouble()) {
        const qint64 n = v.toInteger();
        if (isFlag(key))
            return n != 0 ? Text::tr("Yes") : Text::tr("No");
        if (const QString to = referenced(table, key); !to.isEmpty())
            return n > 0 ? nameOf(to, n) : QString();
        return double(n) == v.toDouble() ? QString::number(n) : QString::number(v.toDouble());
    }
    if (v.isString()) {
        const QString text = v.toString();
        if (text.isEmpty())
            return {};
        if (const auto spec = m_specs.constFind(table); spec != m_specs.cend())
            if (const FieldSpec* field = spec->field(key))
                for (const auto& [code, name] : field->choices)
                    if (code == text)
                        return name;
        if (const QString name = codeName(table, key, text); !name.isEmpty())
            return name;
        if (const QString moment = momentText(text); !moment.isEmpty())
            return moment;
        return plainText(text);
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QList<AuditField> AuditView::fields(const AuditRecord& record, int atMost)
{
    const QJsonObject before = objectOf(record.before);
    const QJsonObject after = objectOf(record.after);
    QStringList keys = after.keys();
    for (const QString& key : before.keys())
        if (!after.contains(key))
            keys << key;
    // The record's name or title first, then a step's state and day (状态：受理 → 交办；日期),
    // to whom it went and what came of it (承办单位 before 办理时限, 办理结果 before 答复), the
    // rest in the stored (alphabetical) order.
    for (const char* first :
         {"result", "handling_unit_id", "on", "state", "login", "name", "title"})
        if (keys.removeOne(QLatin1String(first)))
            keys.prepend(QLatin1String(first));
    const bool change = isChange(record);
    const bool plan =
        record.tableName == QLatin1String("activity_plans") &&
        (before.contains(QLatin1String("describe")) || after.contains(QLatin1String("describe")));
    QList<AuditField> fields;
    for (const QString& key : keys) {
        if (hidden(key) || (plan && partOfRecurrence(key)))
            continue;
        if (change) {
            if (const std::optional<QString> difference =
                    listDifference(record.tableName, key, before.value(key), after.value(key))) {
                if (difference->isEmpty())
                    continue;
                fields << AuditField{label(record.tableName, key), {}, *difference, true};
                if (fields.size() == atMost)
                    break;
                continue;
            }
        }
        QString was = value(record.tableName, key, before.value(key));
        QString is = value(record.tableName, key, after.value(key));
        if (plan && key == QLatin1String("describe")) {
            was = was.isEmpty() ? was : recurrence(before, was);
            is = is.isEmpty() ? is : recurrence(after, is);
        }
        if (change ? was == is : was.isEmpty() && is.isEmpty())
            continue;
        fields << AuditField{label(record.tableName, key), was, is};
        if (fields.size() == atMost)
            break;
    }
    return fields;
}

AuditView::Item AuditView::item(const QString& table, const QString& key, const QJsonValue& element)
{
    if (!element.isObject()) {
        const QString text = value(table, key, element);
        return {text, text, {}};
    }
    const QJsonObject o = element.toObject();
    const auto text = [&o](const char* k) { return o.value(QLatin1String(k)).toString(); };
    const auto number = [&o](const char* k) { return o.value(QLatin1String(k)).toInt(); };
    if (key == QLatin1String("attendees")) { // a meeting's: 王五（请假：出差）
        const qint64 deputy = o.value(QLatin1String("deputy_id")).toInteger();
        const QString code = text("status");
        QString& status = m_attendance[code]; // named once: a year's meetings have thousands
        if (status.isEmpty())
            status = attendanceName(attendanceFromKey(code));
        const QString reason = text("reason");
        return {QString::number(deputy), nameOf(QStringLiteral("deputies"), deputy),
                reason.isEmpty() ? status : m_field.arg(status, reason)};
    }
    if (key == QLatin1String("participants")) // 社区居委会（3 人）
        return {text("organisation"), text("organisation"),
                Text::tr("%n people", nullptr, number("people"))};
    if (key == QLatin1String("actions")) { // 跟进落实（物业公司，2026-12-01，进行中）
        QStringList detail;
        for (const char* k : {"responsible", "deadline"})
            if (!text(k).isEmpty())
                detail << text(k);
        detail << actionStatusName(actionStatusFromKey(text("status")));
        return {text("what"), text("what"), detail.join(m_comma)};
    }
    if (key == QLatin1String("quotas")) { // 界别 工商联（2 名）
        const QString name = quotaDimensionName(quotaDimensionFromKey(text("dimension"))) +
                             QLatin1Char(' ') + text("value");
        return {name, name, Text::tr("%n place(s)", nullptr, number("required"))};
    }
    if (key == QLatin1String("steps")) // an activity kind's checklist: 发通知（会前）
        return {text("label"), text("label"), phaseName(phaseFromKey(text("phase")))};
    QStringList parts; // any other record: its values
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!hidden(it.key()))
            if (const QString v = value(table, it.key(), it.value()); !v.isEmpty())
                parts << v;
    const QString all = parts.join(m_comma);
    return {all, all, {}};
}

QString AuditView::shown(const Item& item) const
{
    return item.detail.isEmpty() ? item.name : m_aside.arg(item.name, item.detail);
}

std::optional<QString> AuditView::listDifference(const QString& table, const QString& key,
                                                 const QJsonValue& was, const QJsonValue& is)
{
    if (!was.isArray() || !is.isArray())
        return std::nullopt;
    QList<Item> before;
    for (const QJsonValue& element : was.toArray())
        before << item(table, key, element);
    QList<bool> matched(before.size(), false);
    QStringList added;
    QStringList changed;
    QStringList order; // the keys after, to tell a change of order only
    for (const QJsonValue& element : is.toArray()) {
        const Item now = item(table, key, element);
        order << now.key;
        qsizetype at = 0;
        while (at < before.size() && (matched[at] || before[at].key != now.key))
            ++at;
        if (at == before.size()) {
            added << shown(now);
            continue;
        }
        matched[at] = true;
        if (before[at].detail != now.detail)
            changed << fromTo(now.name, before[at].detail, now.detail);
    }
    QStringList removed;
    QStringList orderBefore;
    for (qsizetype i = 0; i < before.size(); ++i) {
        orderBefore << before[i].key;
        if (!matched[i])
            removed << shown(before[i]);
    }
    if (added.isEmpty() && removed.isEmpty() && changed.isEmpty())
        return orderBefore == order ? std::optional<QString>(QString()) : std::nullopt;
    QStringList parts;
    if (!added.isEmpty())
        parts << Text::tr("added %1").arg(added.join(QStringLiteral("、")));
    if (!removed.isEmpty())
        parts << Text::tr("removed %1").arg(removed.join(QStringLiteral("、")));
    parts << changed;
    return parts.join(m_separator);
}

QString AuditView::fromTo(const QString& label, const QString& was, const QString& is)
{
    return Text::tr("%1: %2 → %3")
        .arg(label, was.isEmpty() ? Text::tr("(empty)") : was,
             is.isEmpty() ? Text::tr("(empty)") : is);
}

QString AuditView::joined(const QList<AuditField>& fields, int changeCut, int valueCut) const
{
    const auto shorten = [](const QString& text, int cut) {
        return cut > 0 ? text.left(cut) : text;
    };
    QStringList parts;
    for (const AuditField& f : fields) {
        const QString text =
            !f.before.isEmpty() && !f.after.isEmpty()
                ? m_change.arg(shorten(f.before, changeCut), shorten(f.after, changeCut))
                : shorten(f.after.isEmpty() ? f.before : f.after, valueCut);
        parts << m_field.arg(f.label, text);
    }
    return parts.join(m_separator);
}

QString AuditView::summary(const AuditRecord& record)
{
    // The list shows the first few fields; the rest are in the details (a thousand rows are
    // summed up each time the filter changes, so no more is worked out than is seen).
    constexpr int kShown = 6;
    QList<AuditField> shown = fields(record, kShown + 1);
    const bool more = shown.size() > kShown;
    if (more)
        shown.removeLast();
    const QString text = joined(shown, 40, 60);
    return more ? text + m_separator + QStringLiteral("…") : text;
}

QString AuditView::line(const AuditRecord& record)
{
    return joined(fields(record), 0, 0);
}

QString AuditView::details(const AuditRecord& record)
{
    const bool change = isChange(record);
    QStringList lines;
    for (const AuditField& f : fields(record))
        lines << (change && !f.difference
                      ? fromTo(f.label, f.before, f.after)
                      : m_field.arg(f.label, f.after.isEmpty() ? f.before : f.after));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd
