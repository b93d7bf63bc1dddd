#pragma once

#include "importreport.h"

#include <QJsonObject>

namespace dd {

class OfficeFile;

struct ActivityImportReport
{
    bool written = false; // false after a dry run or when problems were found
    int inserted = 0;
    int skipped = 0; // already in the file (same kind, day and title)
    QStringList createdVenues;
    QStringList createdGroups;
    QStringList unknownColumns; // reported and ignored
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    QString toText() const;
    QJsonObject toJson() const;
};

// The activity log offices keep in Excel: 日期, 类型, 标题, 地点, 组织者, 所属小组, 出席代表,
// 请假代表, 缺席代表, 其他参加人数, 议题, 纪要 (the file's names, in Chinese whatever the
// interface language).
QStringList activityLogColumns();

// All or nothing, as the roster import. 类型 must be a configured kind; the deputy lists
// (separated by 、 , ， ; or spaces) must all name known deputies — by name, or a name with
// the birth date in brackets where two share it; a leave entry may carry its reason in
// brackets (张三（出差）). Venues and groups named that do not exist yet are created. A row
// already in the file (same kind, day and title) is skipped, so a log can be imported again.
ActivityImportReport importActivityLog(OfficeFile& office, const QString& path,
                                       const QString& sheet = {}, bool dryRun = false);
void writeActivityLogTemplate(const QString& path);

} // namespace dd
