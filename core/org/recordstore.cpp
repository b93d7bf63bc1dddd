#include "recordstore.h"

#include "masking.h"
#include "pinyin.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"
#include "validators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::RecordStore)
};

using Kind = FieldSpec::Kind;

bool isColumn(const FieldSpec& f)
{
    return f.kind != Kind::Links;
}

// The stored form of a column value: text as text, empty references and numbers as NULL/0.
QVariant bindValue(const FieldSpec& f, const QVariant& value)
{
    switch (f.kind) {
    case Kind::Reference:
        return value.toLongLong() > 0 ? QVariant(value.toLongLong()) : QVariant();
    case Kind::Number:
        return value.toInt();
    default:
        return value.toString();
    }
}

QList<qint64> linkedIds(const QSqlDatabase& db, const FieldSpec& f, qint64 owner)
{
    QList<qint64> ids = sql::ids(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(f.linkOther, f.key, f.linkOwner),
        {owner});
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject toJson(const RecordSpec& spec, const QVariantMap& record)
{
    QJsonObject json;
    for (const FieldSpec& f : spec.fields) {
        const QVariant v = record.value(f.key);
        if (f.kind == Kind::Links) {
            QJsonArray ids;
            for (const QVariant& id : v.toList())
                ids.append(id.toLongLong());
            json.insert(f.key, ids);
        } else if (f.kind == Kind::Reference || f.kind == Kind::Number) {
            json.insert(f.key, v.toLongLong());
        } else {
            json.insert(f.key, v.toString());
        }
    }
    return json;
}

void setLinks(const QSqlDatabase& db, const FieldSpec& f, qint64 owner, const QVariantList& wanted)
{
    sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(f.key, f.linkOwner), {owner});
    for (const QVariant& id : wanted)
        sql::run(db,
                 QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3) VALUES (?, ?)")
                     .arg(f.key, f.linkOwner, f.linkOther),
                 {owner, id.toLongLong()});
}

// Replaces new names in a Links value with the ids of rows created for them (or found).
QVariantList resolveNewNames(const QSqlDatabase& db, const UserRef& by, const FieldSpec& f,
                             const QVariantList& values)
{
    QVariantList ids;
    for (const QVariant& v : values) {
        if (v.typeId() != QMetaType::QString) {
            ids << v.toLongLong();
            continue;
        }
        const QString name = normalizeText(v.toString());
        const QVariant existing = sql::scalar(
            db, QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(f.createTable), {name});
        if (existing.isValid()) {
            ids << existing.toLongLong();
            continue;
        }
        QSqlQuery q = sql::run(
            db,
            QStringLiteral("INSERT INTO %1 (name, created_at) VALUES (?, ?)").arg(f.createTable),
            {name, sql::timestamp()});
        const qint64 id = q.lastInsertId().toLongLong();
        appendAudit(
            db, by,
            {QStringLiteral("insert"), f.createTable, id, {}, {{QStringLiteral("name"), name}}});
        ids << id;
    }
    return ids;
}
bool isTaken(const QSqlDatabase& db, const RecordSpec& spec, const FieldSpec& f,
             const QVariantMap& record)
{
    return sql::scalar(
               db,
               QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(spec.table, f.key),
               {record.value(f.key).toString(), record.value(QStringLiteral("id")).toLongLong()})
        .isValid();
}
} // namespace

const FieldSpec* RecordSpec::field(const QString& key) const
{
    for (const FieldSpec& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QList<QVariantMap> RecordStore::list(const QSqlDatabase& db, const RecordSpec& spec)
{
    QStringList columns{QStringLiteral("id")};
    for (const FieldSpec& f : spec.fields)
        if (isColumn(f))
            columns << f.key;
    QHash<qint64, QVariantMap> byId;
    QList<qint64> order;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), spec.table));
    while (q.next()) {
        QVariantMap record;
        for (int i = 0; i < columns.size(); ++i)
            record.insert(columns.at(i), q.value(i));
        const qint64 id = q.value(0).toLongLong();
        order << id;
        byId.insert(id, record);
    }
    for (const FieldSpec& f : spec.fields) {
        if (f.kind != Kind::Links)
            continue;
        QSqlQuery links = sql::run(db, QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %2")
                                           .arg(f.linkOwner, f.linkOther, f.key));
        QHash<qint64, QVariantList> linked;
        while (links.next())
            linked[links.value(0).toLongLong()] << links.value(1).toLongLong();
        for (auto it = byId.begin(); it != byId.end(); ++it)
            it->insert(f.key, linked.value(it.key()));
    }
    QList<QVariantMap> records;
    for (qint64 id : order)
        records << byId.value(id);
    if (spec.field(QStringLiteral("name"))) // pinyin order, as every list of names (by rank first)
        sortByKey(records, [&spec](const QVariantMap& r) {
            const QString name = nameSortKey(r.value(QStringLiteral("name")).toString());
            return spec.rank ? QStringLiteral("%1 %2")
                                   .arg(spec.rank(r), 3, 10, QLatin1Char('0'))
                                   .arg(name)
                             : name;
        });
    return records;
}

QVariantMap RecordStore::load(const QSqlDatabase& db, const RecordSpec& spec, qint64 id)
{
    QStringList columns;
    for (const FieldSpec& f : spec.fields)
        if (isColumn(f))
            columns << f.key;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                               .arg(columns.join(QStringLiteral(", ")), spec.table),
                           {id});
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    Text::tr("The %1 with number %2 no longer exists.").arg(spec.noun).arg(id));
    QVariantMap record{{QStringLiteral("id"), id}};
    for (int i = 0; i < columns.size(); ++i)
        record.insert(columns.at(i), q.value(i));
    for (const FieldSpec& f : spec.fields) {
        if (f.kind != Kind::Links)
            continue;
        QVariantList ids;
        for (qint64 linked : linkedIds(db, f, id))
            ids << linked;
        record.insert(f.key, ids);
    }
    return record;
}

QList<Choice> RecordStore::choices(const QSqlDatabase& db, const FieldSpec& field)
{
    // SELECT id, label [, pinyin [, initials]]: a stored pinyin is the sort key. Read
    // directly: a district's deputies to choose from are 11,000.
    sql::Rows q(db, field.choicesSql);
    const int columns = q.columns();
    QList<Choice> result;
    while (q.next())
        result << Choice{q.integer(0), q.text(1), columns > 2 ? q.text(2) : QString(),
                         columns > 3 ? q.text(3) : QString()};
    if (columns > 2)
        sortByKey(result, [](const Choice& c) { return c.pinyin; });
    else
        sortByName(result, [](const Choice& c) { return c.label; });
    return result;
}

QHash<qint64, QString> RecordStore::labels(const QSqlDatabase& db, const FieldSpec& field)
{
    QHash<qint64, QString> result;
    QSqlQuery q = sql::run(db, field.choicesSql);
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

QVariantMap RecordStore::normalized(const RecordSpec& spec, QVariantMap record)
{
    for (const FieldSpec& f : spec.fields) {
        QVariant& v = record[f.key];
        switch (f.kind) {
        case Kind::Text:
        case Kind::PersonName:
        case Kind::Choice:
            v = normalizeText(v.toString());
            break;
        case Kind::LongText:
            v = v.toString().trimmed();
            break;
        case Kind::Phone:
            v = validate::phone(f.label, v.toString()) ? normalizeText(v.toString())
                                                       : validate::canonicalPhone(v.toString());
            break;
        case Kind::Number:
            v = v.toInt();
            break;
        case Kind::Reference:
            v = v.toLongLong();
            break;
        case Kind::Links:
            if (!v.isValid())
                v = QVariantList();
            break;
        }
    }
    return record;
}

QList<FieldError> RecordStore::validate(const QSqlDatabase& db, const RecordSpec& spec,
                                        const QVariantMap& record)
{
    QList<FieldError> errors;
    auto add = [&errors](const FieldSpec& f, const std::optional<QString>& message) {
        if (message)
            errors << FieldError{f.key, f.label, *message};
    };
    for (const FieldSpec& f : spec.fields) {
        const QVariant v = record.value(f.key);
        switch (f.kind) {
        case Kind::Text:
        case Kind::LongText:
            if (auto problem = validate::text(f.label, v.toString(), f.maxLength, f.required,
                                              f.kind == Kind::LongText))
                add(f, problem);
            else if (f.unique && isTaken(db, spec, f, record))
                add(f, Text::tr("%1 “%2” is already used by another %3.")
                           .arg(f.label, v.toString(), spec.noun));
            break;
        case Kind::PersonName:
            add(f, validate::personName(f.label, v.toString()));
            break;
        case Kind::Phone:
            if (f.required && v.toString().isEmpty())
                add(f, Text::tr("%1 is required.").arg(f.label));
            else
                add(f, validate::phone(f.label, v.toString()));
            break;
        case Kind::Choice: {
            bool known = false;
            QStringList labels;
            for (const auto& [key, label] : f.choices) {
                known = known || key == v.toString();
                labels << label;
            }
            if (!known)
                add(f, Text::tr("%1 must be one of: %2.")
                           .arg(f.label, labels.join(QStringLiteral("、"))));
            break;
        }
        case Kind::Number:
            if (v.toInt() < f.minimum || v.toInt() > f.maximum)
                add(f, Text::tr("%1 must be a whole number from %2 to %3.")
                           .arg(f.label)
                           .arg(f.minimum)
                           .arg(f.maximum));
            break;
        case Kind::Reference:
            if (v.toLongLong() <= 0) {
                if (f.required)
                    add(f, Text::tr("%1 is required.").arg(f.label));
            } else if (!labels(db, f).contains(v.toLongLong())) {
                add(f, Text::tr("%1 refers to a record that no longer exists.").arg(f.label));
            }
            break;
        case Kind::Links:
            for (const QVariant& item : v.toList())
                if (item.typeId() == QMetaType::QString)
                    add(f, validate::text(f.label, normalizeText(item.toString()), 60, true));
            break;
        }
    }
    if (spec.check)
        errors << spec.check(db, record);
    return errors;
}

qint64 RecordStore::save(const QSqlDatabase& db, const UserRef& by, const RecordSpec& spec,
                         const QVariantMap& input)
{
    QVariantMap record = normalized(spec, input);
    if (const QList<FieldError> errors = validate(db, spec, record); !errors.isEmpty())
        throw ValidationError(errors);
    for (const FieldSpec& f : spec.fields)
        if (f.kind == Kind::Links)
            record[f.key] = resolveNewNames(db, by, f, record.value(f.key).toList());

    qint64 id = record.value(QStringLiteral("id")).toLongLong();
    QStringList columns;
    QVariantList binds;
    for (const FieldSpec& f : spec.fields)
        if (isColumn(f)) {
            columns << f.key;
            binds << bindValue(f, record.value(f.key));
        }
    QJsonObject before;
    const QString stamp = sql::timestamp();
    if (id > 0) {
        before = toJson(spec, load(db, spec, id));
        QStringList sets;
        for (const QString& c : std::as_const(columns))
            sets << c + QStringLiteral(" = ?");
        sql::run(db,
                 QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?")
                     .arg(spec.table, sets.join(QStringLiteral(", "))),
                 binds + QVariantList{stamp, id});
    } else {
        QStringList marks(columns.size() + 2, QStringLiteral("?"));
        QSqlQuery q = sql::run(db,
                               QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at) "
                                              "VALUES (%3)")
                                   .arg(spec.table, columns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", "))),
                               binds + QVariantList{stamp, stamp});
        id = q.lastInsertId().toLongLong();
    }
    for (const FieldSpec& f : spec.fields)
        if (f.kind == Kind::Links)
            setLinks(db, f, id, record.value(f.key).toList());
    const QJsonObject after = toJson(spec, load(db, spec, id));
    if (before != after)
        appendAudit(db, by,
                    {before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                     spec.table, id, before, after});
    return id;
}

qint64 RecordStore::save(OfficeFile& office, const RecordSpec& spec, const QVariantMap& record)
{
    office.require(Permission::EnterRecords);
    Transaction tx(office.db());
    const qint64 id = save(office.db(), office.currentUser(), spec, record);
    tx.commit();
    return id;
}

void RecordStore::remove(OfficeFile& office, const RecordSpec& spec, qint64 id)
{
    office.require(Permission::EnterRecords);
    const QSqlDatabase db = office.db();
    Transaction tx(db);
    const QVariantMap record = load(db, spec, id);
    try {
        for (const FieldSpec& f : spec.fields)
            if (f.kind == Kind::Links)
                sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(f.key, f.linkOwner),
                         {id});
        sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(spec.table), {id});
    } catch (const Error& e) {
        throw Error(Error::Kind::Validation,
                    Text::tr("The %1 “%2” cannot be deleted because other records refer to it.")
                        .arg(spec.noun, record.value(QStringLiteral("name")).toString()),
                    e.nativeCode());
    }
    appendAudit(db, office.currentUser(),
                {QStringLiteral("delete"), spec.table, id, toJson(spec, record), {}});
    tx.commit();
}

QString RecordStore::reveal(OfficeFile& office, const RecordSpec& spec, qint64 id,
                            const QString& key)
{
    const FieldSpec* f = spec.field(key);
    Q_ASSERT(f && f->personal);
    office.require(Permission::RevealPersonal);
    Transaction tx(office.db());
    const QString value = load(office.db(), spec, id).value(key).toString();
    appendAudit(office.db(), office.currentUser(),
                {QStringLiteral("reveal"), spec.table, id, {}, {{QStringLiteral("field"), key}}});
    tx.commit();
    return value;
}

QString RecordStore::displayText(const FieldSpec& field, const QVariant& value,
                                 const QHash<qint64, QString>& labels)
{
    switch (field.kind) {
    case Kind::Choice:
        for (const auto& [key, label] : field.choices)
            if (key == value.toString())
                return label;
        return value.toString();
    case Kind::Reference:
        return labels.value(value.toLongLong());
    case Kind::Links: {
        QStringList names;
        for (const QVariant& id : value.toList())
            names << labels.value(id.toLongLong());
        return names.join(QStringLiteral("、"));
    }
    case Kind::Phone:
        return field.personal ? maskPhone(value.toString()) : value.toString();
    case Kind::Number:
        return value.toInt() ? QString::number(value.toInt()) : QString();
    default:
        return value.toString();
    }
}

} // namespace dd
