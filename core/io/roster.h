#pragma once

#include "importreport.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class OfficeFile;

using RosterProblem = ImportProblem;

struct RosterImportReport
{
    bool written = false; // false after a dry run or when problems were found
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList createdGroups;
    QStringList createdDistricts;
    QStringList unknownColumns; // reported and ignored
    // "王芳 (row 5)": rows found by name alone (DeputyMatcher::sameNamed)
    QStringList matchedByName;
    QList<RosterProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    // The report in lines; without eachProblem only the problems' count (for a view that
    // lists them itself).
    QString toText(bool eachProblem = true) const;
    QJsonObject toJson() const;
};

// The roster file format (.xlsx / .csv) offices already keep: a header row with these
// columns in any order. The names are the file's, in Chinese whatever the interface language.
QStringList rosterColumns();

// All or nothing: every row is checked first; any problem means nothing is written and
// every bad row is listed. Rows match existing deputies by ID number, else name and birth
// date, else name alone where only one deputy of that name could be meant (listed in the
// report; more than one is a problem on the row), and update them (columns the file lacks keep
// their values); groups named in 所属小组 and districts named in 选区 are created. dryRun checks
// and counts without writing.
RosterImportReport importRoster(OfficeFile& office, const QString& path, const QString& sheet = {},
                                bool dryRun = false);
// ID numbers and phones masked unless unmasked (which the audit log records).
void exportRoster(OfficeFile& office, const QString& path, bool unmasked = false);
void writeRosterTemplate(const QString& path);

} // namespace dd
