#pragma once

// Reading opinion rows, shared by the repository's files (not part of core's interface).
#include "opinionrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace dd::opinionrows {

inline QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString dateKey(const QDate& d)
{
    return sql::dateText(d);
}

inline const QString kColumns = QStringLiteral(
    "o.id, o.registered_on, o.channel, o.anonymous, o.submitter_name, o.submitter_phone, "
    "o.community_id, o.grid_id, o.deputy_id, o.group_id, o.title, o.content, o.category_id, "
    "o.responsibility, o.priority, o.state, o.reject_reason, o.handling_unit_id, "
    "o.dispatched_on, o.deadline, o.result, o.reply, o.completed_on, o.feedback_on, "
    "o.evaluation, o.evaluated_on, o.archived_on");
inline constexpr int kColumnCount = 27;

inline Opinion readOpinion(const QSqlQuery& q)
{
    Opinion o;
    o.id = q.value(0).toLongLong();
    o.registeredOn = dateOf(q.value(1));
    o.channel = channelFromKey(q.value(2).toString());
    o.anonymous = q.value(3).toBool();
    o.submitterName = q.value(4).toString();
    o.submitterPhone = q.value(5).toString();
    o.communityId = sql::optionalId(q.value(6));
    o.gridId = sql::optionalId(q.value(7));
    o.deputyId = sql::optionalId(q.value(8));
    o.groupId = sql::optionalId(q.value(9));
    o.title = q.value(10).toString();
    o.content = q.value(11).toString();
    o.categoryId = q.value(12).toLongLong();
    o.responsibility = responsibilityFromKey(q.value(13).toString());
    o.priority = priorityFromKey(q.value(14).toString());
    o.state = opinionStateFromKey(q.value(15).toString());
    o.rejectReason = q.value(16).toString();
    o.handlingUnitId = sql::optionalId(q.value(17));
    o.dispatchedOn = dateOf(q.value(18));
    o.deadline = dateOf(q.value(19));
    o.result = q.value(20).toString();
    o.reply = q.value(21).toString();
    o.completedOn = dateOf(q.value(22));
    o.feedbackOn = dateOf(q.value(23));
    o.evaluation = evaluationFromKey(q.value(24).toString());
    o.evaluatedOn = dateOf(q.value(25));
    o.archivedOn = dateOf(q.value(26));
    return o;
}

inline const QString kListSelect =
    QStringLiteral("SELECT ") + kColumns +
    QStringLiteral(", c.name, coalesce(cm.name, ''), coalesce(g.name, ''), "
                   "coalesce(d.name, dg.name, ''), coalesce(u.name, ''), "
                   "(SELECT count(*) FROM opinion_raisings r WHERE r.opinion_id = o.id), "
                   "(SELECT count(*) FROM opinion_supervisions s WHERE s.opinion_id = o.id) "
                   "FROM opinions o JOIN opinion_categories c ON c.id = o.category_id "
                   "LEFT JOIN communities cm ON cm.id = o.community_id "
                   "LEFT JOIN grids g ON g.id = o.grid_id "
                   "LEFT JOIN deputies d ON d.id = o.deputy_id "
                   "LEFT JOIN deputy_groups dg ON dg.id = o.group_id "
                   "LEFT JOIN handling_units u ON u.id = o.handling_unit_id ");

inline OpinionListRow readRow(const QSqlQuery& q)
{
    OpinionListRow r;
    r.opinion = readOpinion(q);
    r.category = q.value(kColumnCount).toString();
    r.community = q.value(kColumnCount + 1).toString();
    r.grid = q.value(kColumnCount + 2).toString();
    r.receiver = q.value(kColumnCount + 3).toString();
    r.handlingUnit = q.value(kColumnCount + 4).toString();
    r.raisings = q.value(kColumnCount + 5).toInt();
    r.supervisions = q.value(kColumnCount + 6).toInt();
    return r;
}

inline QList<OpinionListRow> selectRows(const QSqlDatabase& db, const QStringList& where,
                                        const QVariantList& binds, const QString& order)
{
    QSqlQuery q = sql::run(
        db,
        kListSelect +
            (where.isEmpty() ? QString()
                             : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY ") + order,
        binds);
    QList<OpinionListRow> rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

inline bool exists(const QSqlDatabase& db, const char* table, qint64 id)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?")
                           .arg(QString::fromLatin1(table)),
                       {id})
               .toInt() > 0;
}

[[noreturn]] inline void refuseArchived()
{
    throw ValidationError({FieldError{
        QStringLiteral("state"), QCoreApplication::translate("dd::Opinion", "State"),
        QCoreApplication::translate("dd::Opinion",
                                    "State: this opinion is archived; reopen it (with a reason) "
                                    "before changing it.")}});
}

} // namespace dd::opinionrows
