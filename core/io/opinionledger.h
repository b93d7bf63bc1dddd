#pragma once

#include "importreport.h"

#include <QJsonObject>

namespace dd {

class OfficeFile;

struct OpinionImportReport
{
    bool written = false; // false after a dry run or when problems were found
    int inserted = 0;
    int skipped = 0; // already in the file (same day, title and submitter)
    QStringList createdCommunities;
    QStringList createdGrids; // 社区/网格
    QStringList createdUnits;
    QStringList unknownColumns; // reported and ignored
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    QString toText() const;
    QJsonObject toJson() const;
};

// The 民意诉求台账 offices keep in Excel: 登记日期, 来源渠道, 反映人, 联系电话, 社区, 网格,
// 接单代表, 标题, 内容, 类别, 责任类别, 状态, 承办单位, 办理时限, 办结日期, 办理结果, 评价 (the
// file's names, in Chinese whatever the interface language).
QStringList opinionLedgerColumns();

// All or nothing, as the other imports. 状态 is one of the Chinese state names (登记 when
// empty) and the history is rebuilt along the lifecycle as far as the columns allow (受理 and
// 交办 on the registration day, 办结 and later on 办结日期); 类别 must be a configured category
// and 接单代表 a known deputy; communities, grids and handling units named that do not exist yet
// are created. 办理时限 is a date or a number of working days (15 or 15个工作日) from the
// registration day. A row already in the file (same day, title and submitter) is skipped.
OpinionImportReport importOpinionLedger(OfficeFile& office, const QString& path,
                                        const QString& sheet = {}, bool dryRun = false);
void writeOpinionLedgerTemplate(const QString& path);

} // namespace dd
