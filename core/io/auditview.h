#pragma once

#include "org/recordstore.h"
#include "storage/auditlog.h"

#include <optional>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dd {

// One field of an audit entry as a reader sees it: its label and values in the interface
// language (民意诉求 · 状态：登记 → 受理), not the stored column names and keys.
struct AuditField
{
    QString label;
    QString before; // empty: none (an entry that adds a record has only after)
    QString after;
    // A list changed: after says what was added and removed (增加 …；去掉 …), before is empty.
    bool difference = false;
};

// Reads audit entries for people: record kinds, field names and coded values translated,
// and the records a field refers to named (接单代表：李明, not deputy_id 99). Names are looked
// up in the file once per id and remembered; a file without that table shows the number.
class AuditView
{
public:
    explicit AuditView(const QSqlDatabase& db);

    // The kind of record a table holds (opinions → 民意诉求); the table's name when unknown.
    static QString tableName(const QString& table);
    // What a part of a search is stored as besides, where the trail shows it in words: the
    // keys of the states, channels, evaluations, roles … and the tables whose names in words
    // contain it (受理 → accepted and rejected, as 不予受理 contains it; 满意 → satisfied,
    // basically, dissatisfied). For AuditFilter::alsoStoredAs.
    static QStringList storedAs(const QString& part);
    // The entry's fields: for a change, those that differ (before → after); for an addition
    // or a removal, every field with a value. Bookkeeping (creation times, pinyin) is left out.
    // atMost > 0: the first atMost of them.
    QList<AuditField> fields(const AuditRecord& record, int atMost = 0);
    // The fields on one line (标题：…；状态：登记 → 受理), for the list: the first few, each
    // value cut short, then 「…」 when there are more.
    QString summary(const AuditRecord& record);
    // Every field on one line in full, for an exported sheet's cell.
    QString line(const AuditRecord& record);
    // The fields one per line, for the entry's details.
    QString details(const AuditRecord& record);

private:
    QString label(const QString& table, const QString& key);
    QString value(const QString& table, const QString& key, const QJsonValue& v);
    QString nameOf(const QString& table, qint64 id);
    // One element of a list as the trail tells it: what identifies it from before to after
    // (the deputy in a meeting's attendance), its name and the rest (王五, 请假：出差).
    struct Item
    {
        QString key;
        QString name;
        QString detail;
    };
    Item item(const QString& table, const QString& key, const QJsonValue& element);
    QString shown(const Item& item) const; // 王五（请假：出差）
    // Two lists (a year's holidays, a meeting's attendance) as what was added, removed and
    // changed (增加 …；去掉 …；王五：出席 → 请假); empty when equal; nothing when they are
    // not lists or only their order changed (then told as before → after).
    std::optional<QString> listDifference(const QString& table, const QString& key,
                                          const QJsonValue& was, const QJsonValue& is);
    // 标签：修改前 → 修改后, an empty side as （空）.
    static QString fromTo(const QString& label, const QString& was, const QString& is);
    // The fields joined on one line; a cut > 0 shortens each side of a change, or a value
    // alone, to that many characters.
    QString joined(const QList<AuditField>& fields, int changeCut, int valueCut) const;

    QSqlDatabase m_db;
    QHash<QString, RecordSpec> m_specs; // the organisation registers' labels and choices
    QHash<QString, QHash<qint64, QString>> m_names; // table -> id -> name
    QHash<QString, QString> m_attendance;           // attendance status key -> name
    // "%1: %2", "%1 → %2", "; ", "%1 (%2)", ", " translated once
    QString m_field, m_change, m_separator, m_aside, m_comma;
    QHash<QString, QString> m_labels; // "table.key" -> label
};

} // namespace dd
