#include "importreport.h"

#include "org/validators.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "xlsx.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Import)
};
} // namespace

void addFieldProblems(QList<ImportProblem>& problems, qsizetype rowStart, int row,
                      const QList<FieldError>& errors,
                      const std::function<QString(const FieldError&)>& columnOf)
{
    QSet<QString> reported;
    for (qsizetype p = rowStart; p < problems.size(); ++p)
        reported.insert(problems[p].column);
    for (const FieldError& e : errors) {
        const QString column = columnOf(e);
        if (!reported.contains(column))
            problems << ImportProblem{row, column, e.message};
    }
}

DeputyNames::DeputyNames(const QSqlDatabase& db)
{
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT id, name, birth_date FROM deputies"));
    while (q.next())
        m_byName[q.value(1).toString()] << Known{
            q.value(0).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate)};
}

std::optional<qint64> DeputyNames::resolve(const QString& entry, bool leave, QString* reason,
                                           QString* message) const
{
    static const QRegularExpression bracketed(
        QStringLiteral("^(.+?)\\s*[（(]\\s*([^）)]*?)\\s*[）)]$"));
    QString name = normalizeText(entry);
    QDate birth;
    if (const auto m = bracketed.match(name); m.hasMatch()) {
        name = m.captured(1);
        const QString inside = m.captured(2);
        birth = validate::parseDate(inside);
        if (!birth.isValid()) {
            if (!leave) {
                *message = Text::tr("“%1”: brackets hold a birth date (or, for leave, the "
                                    "reason)")
                               .arg(entry);
                return std::nullopt;
            }
            *reason = inside;
        }
    }
    const QList<Known> matches = m_byName.value(name);
    if (matches.isEmpty()) {
        *message = Text::tr("“%1” is not a deputy in this file").arg(name);
        return std::nullopt;
    }
    if (birth.isValid()) {
        for (const Known& d : matches)
            if (d.birth == birth)
                return d.id;
        *message = Text::tr("no deputy %1 was born on %2").arg(name, birth.toString(Qt::ISODate));
        return std::nullopt;
    }
    if (matches.size() > 1) {
        // The birth date tells them apart: each one's own, or, where one is not recorded,
        // where to record it (an example naming none of them).
        QStringList forms;
        for (const Known& d : matches)
            if (d.birth.isValid())
                forms << QStringLiteral("%1(%2)").arg(name, d.birth.toString(Qt::ISODate));
        *message = forms.size() == matches.size()
                       ? Text::tr("%1 deputies are called %2; add the birth date in brackets: %3")
                             .arg(matches.size())
                             .arg(name, forms.join(Text::tr(" or ")))
                       : Text::tr("%1 deputies are called %2 and not all of them have a birth "
                                  "date recorded, which tells them apart: record it on the "
                                  "Deputies page, then add it in brackets, e.g. %2(1970-01-01)")
                             .arg(matches.size())
                             .arg(name);
        return std::nullopt;
    }
    return matches.first().id;
}

QStringList importProblemLines(const QList<ImportProblem>& problems, bool eachProblem)
{
    QStringList lines;
    if (problems.isEmpty())
        return lines;
    lines << Text::tr("Nothing was imported: %n problem(s) found.", nullptr, int(problems.size()));
    if (!eachProblem)
        return lines;
    for (const ImportProblem& p : problems)
        lines << (p.column.isEmpty()
                      ? Text::tr("Row %1: %2").arg(p.row).arg(p.message)
                      : Text::tr("Row %1, column %2: %3").arg(p.row).arg(p.column, p.message));
    return lines;
}

QJsonArray importProblemsJson(const QList<ImportProblem>& problems)
{
    QJsonArray list;
    for (const ImportProblem& p : problems)
        list.append(QJsonObject{{QStringLiteral("row"), p.row},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("message"), p.message}});
    return list;
}

QHash<QString, int> mapImportColumns(const SheetTable& table, const QStringList& known,
                                     const QStringList& required, QList<ImportProblem>& problems,
                                     QStringList& unknownColumns)
{
    QHash<QString, int> at;
    for (int c = 0; c < table.header.size(); ++c) {
        const QString name = table.header[c];
        if (name.isEmpty())
            continue;
        if (!known.contains(name))
            unknownColumns << name;
        else if (at.contains(name))
            problems << ImportProblem{1, name, Text::tr("the column appears twice")};
        else
            at.insert(name, c);
    }
    for (const QString& column : required)
        if (!at.contains(column))
            problems << ImportProblem{1, column, Text::tr("the required column is missing")};
    if (table.rows.isEmpty())
        problems << ImportProblem{1, {}, Text::tr("the sheet has no data rows")};
    return at;
}

QStringList splitListCell(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QDate importCellDate(const QString& text)
{
    static const QRegularExpression serial(QStringLiteral("^[0-9]{1,5}(\\.[0-9]+)?$"));
    // The pattern only for what could match it: a date written out has other characters.
    const QString t = text.trimmed();
    const bool number = std::all_of(t.cbegin(), t.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
    });
    if (!t.isEmpty() && number && serial.match(t).hasMatch())
        return xlsx::dateFromSerial(text.toDouble());
    return validate::parseDate(text);
}

} // namespace dd
