#pragma once

#include "sheettable.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

// One problem found in an imported sheet: the spreadsheet row (1 = the header), the column
// (the file's own name for it), why.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString message;
};

// "Nothing was imported: 2 problems found." and one line per problem.
QStringList importProblemLines(const QList<ImportProblem>& problems);
QJsonArray importProblemsJson(const QList<ImportProblem>& problems);

// The header's known columns and their index. Unknown columns are listed (and ignored); a
// column given twice or a missing required column is a problem on row 1, as is a sheet
// without data rows.
QHash<QString, int> mapImportColumns(const SheetTable& table, const QStringList& known,
                                     const QStringList& required, QList<ImportProblem>& problems,
                                     QStringList& unknownColumns);

// A list cell split at 、 , ， ; ； and white space.
QStringList splitListCell(const QString& text);
// A date cell: text as clerks write it, or the day number Excel stores.
QDate importCellDate(const QString& text);

} // namespace dd
