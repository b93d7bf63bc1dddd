#pragma once

#include "sheettable.h"
#include "storage/error.h"

#include <functional>
#include <optional>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
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

// "Nothing was imported: 2 problems found." and, with eachProblem, one line per problem.
QStringList importProblemLines(const QList<ImportProblem>& problems, bool eachProblem = true);
QJsonArray importProblemsJson(const QList<ImportProblem>& problems);

// The header's known columns and their index. Unknown columns are listed (and ignored); a
// column given twice or a missing required column is a problem on row 1, as is a sheet
// without data rows.
QHash<QString, int> mapImportColumns(const SheetTable& table, const QStringList& known,
                                     const QStringList& required, QList<ImportProblem>& problems,
                                     QStringList& unknownColumns);

// Adds core's validation errors of one row as problems in the columns `columnOf` gives (the
// error's label when none), except in columns that already have a problem from this row (those
// from index `rowStart` on): a cell that failed to parse is not judged twice.
void addFieldProblems(QList<ImportProblem>& problems, qsizetype rowStart, int row,
                      const QList<FieldError>& errors,
                      const std::function<QString(const FieldError&)>& columnOf);

// Deputies by name, to resolve the names an imported sheet gives: 张三, 张三(1975-03-08) where
// two share the name, or, in a leave list, 张三（出差） with the reason.
class DeputyNames final
{
public:
    explicit DeputyNames(const QSqlDatabase& db);
    // The deputy, or nothing with the message saying why (unknown, ambiguous, bad brackets);
    // reason receives a leave reason when leave is true.
    std::optional<qint64> resolve(const QString& entry, bool leave, QString* reason,
                                  QString* message) const;

private:
    struct Known
    {
        qint64 id = 0;
        QDate birth;
    };
    QHash<QString, QList<Known>> m_byName;
};

// A list cell split at 、 , ， ; ； and white space.
QStringList splitListCell(const QString& text);
// A date cell: text as clerks write it, or the day number Excel stores.
QDate importCellDate(const QString& text);

} // namespace dd
