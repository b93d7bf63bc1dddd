#pragma once

#include "storage/error.h"
#include "storage/user.h"

#include <functional>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace dd {

class OfficeFile;

// One editable field of an organisation record (community, grid, venue, committee member,
// observer, handling unit, group). Lists, forms and validation are all built from these, so
// a new field is one line in orgspecs.cpp and one column in the schema.
struct FieldSpec
{
    enum class Kind
    {
        Text,       // one line
        LongText,   // several lines (notes, descriptions)
        Phone,      // validate::phone, stored canonical
        PersonName, // validate::personName
        Choice,     // one of choices (stored key, shown label)
        Number,     // an integer between minimum and maximum
        Reference,  // the id of a row of another table (choicesSql), or none
        Links,      // several rows of another table, kept in a join table named key
    };
    QString key;   // the column; for Links the join table
    QString label; // translated
    Kind kind = Kind::Text;
    bool required = false;
    int maxLength = 60;
    int minimum = 0;
    int maximum = 0;
    QList<QPair<QString, QString>> choices; // Choice: stored key, translated label
    // Reference, Links: SELECT id, label [, sort key] FROM ...; listed in the pinyin order of
    // the labels, or by the sort key where the SQL gives one (a deputy's stored pinyin).
    QString choicesSql;
    QString linkOwner;     // Links: the join table's column for this record
    QString linkOther;     // Links: its column for the chosen rows
    QString createTable;   // Links: names typed that do not exist yet are added to this table
    bool unique = false;   // no two records of the table may share the value
    bool personal = false; // masked in lists; showing it is recorded in the audit log
    bool inList = true;    // a column of the list
};

// A table of records and how they are edited.
struct RecordSpec
{
    QString table;
    QString noun; // translated, e.g. "committee member"
    QList<FieldSpec> fields;
    // Checks across fields or against other rows (a venue cannot sit below itself).
    std::function<QList<FieldError>(const QSqlDatabase&, const QVariantMap&)> check;
    // Where a list is not in the order of its names alone: lower ranks first (a committee's
    // 主任 before its 委员), names in their order within a rank.
    std::function<int(const QVariantMap&)> rank = {};

    const FieldSpec* field(const QString& key) const;
};

struct Choice
{
    qint64 id = 0;
    QString label;
    // The label's pinyin and initials where the file stores them (deputies), else empty.
    QString pinyin = {};
    QString initials = {};
};

// Reads and writes records described by a RecordSpec. A record is a QVariantMap keyed by
// FieldSpec::key, plus "id" (0 for a new one). A Links value is a QVariantList of ids; a
// QString among them is a new name to be created in FieldSpec::createTable.
class RecordStore final
{
public:
    static QList<QVariantMap> list(const QSqlDatabase& db, const RecordSpec& spec);
    static QVariantMap load(const QSqlDatabase& db, const RecordSpec& spec, qint64 id);
    // The rows a Reference or Links field may point to, in pinyin order.
    static QList<Choice> choices(const QSqlDatabase& db, const FieldSpec& field);
    static QHash<qint64, QString> labels(const QSqlDatabase& db, const FieldSpec& field);

    // Trimmed, half-width, phones canonical; every message names its field.
    static QVariantMap normalized(const RecordSpec& spec, QVariantMap record);
    static QList<FieldError> validate(const QSqlDatabase& db, const RecordSpec& spec,
                                      const QVariantMap& record);

    // Inside the caller's transaction, with the audit row; throws ValidationError.
    static qint64 save(const QSqlDatabase& db, const UserRef& by, const RecordSpec& spec,
                       const QVariantMap& record);
    // In its own transaction.
    static qint64 save(OfficeFile& office, const RecordSpec& spec, const QVariantMap& record);
    // Refused, naming the record, while other records refer to it.
    static void remove(OfficeFile& office, const RecordSpec& spec, qint64 id);
    // Returns a personal field's value, recording who saw it.
    static QString reveal(OfficeFile& office, const RecordSpec& spec, qint64 id,
                          const QString& key);

    // What a list shows: the choice's label, the referenced row's, a masked phone.
    static QString displayText(const FieldSpec& field, const QVariant& value,
                               const QHash<qint64, QString>& labels);
};

} // namespace dd
