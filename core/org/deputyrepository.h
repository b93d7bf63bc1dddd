#pragma once

#include "deputy.h"
#include "storage/user.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace dd {

class OfficeFile;

// What the deputies list filters on; SQL does the filtering (indexes in 002_deputies.sql).
struct DeputyFilter
{
    QString text; // name, or its pinyin (zhangsan) or initials (zs)
    std::optional<DeputyKind> kind;
    std::optional<DeputyStatus> status;
    std::optional<CongressLevel> level;
    qint64 groupId = 0;     // member of this group
    qint64 communityId = 0; // elected in one of this community's electoral districts
};

// One line of the deputies list, with personal data already masked.
struct DeputyListRow
{
    qint64 id = 0;
    QString name;
    QString namePinyin; // stored with the deputy: the order names are listed in
    Gender gender = Gender::Unknown;
    QDate birthDate;
    DeputyKind kind = DeputyKind::Congress;
    QString levels; // translated, joined with 、
    QString electoralDistrict;
    QString workUnit;
    QString maskedPhone;
    DeputyStatus status = DeputyStatus::Serving;
};

// Reads and writes deputies. Every write validates (Deputy::validate), runs in one
// transaction and appends its audit row there.
class DeputyRepository final
{
public:
    static QList<DeputyListRow> list(const QSqlDatabase& db, const DeputyFilter& filter = {});
    static Deputy load(const QSqlDatabase& db, qint64 id); // throws NotFound
    // Every deputy in the list's order, read in one statement (a roster of thousands).
    static QList<Deputy> loadAll(const QSqlDatabase& db);
    static qint64 count(const QSqlDatabase& db);
    static QStringList electoralDistricts(const QSqlDatabase& db); // names, for choosing
    // FieldSpec::choicesSql for the deputies matching `where` (all when empty), in the
    // deputies list's order (the pinyin stored with each deputy), with its pinyin and initials
    // for filtering.
    static QString choicesSql(const QString& where = {});
    // choicesSql for the serving deputies and those a record names already (`named`), who
    // may have left office since and must stay on it when it is saved again.
    static QString servingChoicesSql(const QList<qint64>& named = {});

    static qint64 add(OfficeFile& office, const Deputy& deputy);
    static void update(OfficeFile& office, const Deputy& deputy);
    // 离任: keeps the deputy and the history, with the date of leaving.
    static void retire(OfficeFile& office, qint64 id, const QDate& date);
    // Hard delete, refused while any record refers to the deputy.
    static void remove(OfficeFile& office, qint64 id);
    // Returns the unmasked ID number or phone ("idNumber" / "phone"), recording who saw it.
    static QString reveal(OfficeFile& office, qint64 id, const QString& field);

    // Inside the caller's transaction (import, demo): validated insert or update with the
    // audit row. change() returns false when nothing differed (and writes nothing).
    static qint64 insert(const QSqlDatabase& db, const UserRef& by, const Deputy& deputy);
    static bool change(const QSqlDatabase& db, const UserRef& by, const Deputy& deputy);
};

} // namespace dd
