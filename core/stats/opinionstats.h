#pragma once

#include <memory>
#include <optional>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dd {

// The opinion figures of a year, with fixed definitions, computed here only and used by every
// screen, export and the command line. A year's opinions are those registered in it.
struct OpinionFigures
{
    int collected = 0;          // registered
    int accepted = 0;           // reached 受理 or later (not 登记, never 不予受理)
    int rejected = 0;           // 不予受理
    int resolved = 0;           // reached 办结 or later (and not sent back by 退回重办)
    int escalated = 0;          // turned into formal suggestions
    int overdue = 0;            // dispatched, not 办结, past the deadline at the reference date
    int evaluated = 0;          // with an evaluation
    int satisfied = 0;          // 满意
    int basicallySatisfied = 0; // 基本满意
    int dissatisfied = 0;       // 不满意
    std::optional<double> resolutionRate;         // resolved / collected
    std::optional<double> satisfactionRate;       // (satisfied + basically) / evaluated
    std::optional<double> strictSatisfactionRate; // satisfied / evaluated
    // Mean over the resolved of the working days after registration up to 办结.
    std::optional<double> avgWorkingDaysToResolve;

    QJsonObject toJson() const;
};

// Formal suggestions submitted in the year.
struct SuggestionFigures
{
    int submitted = 0;
    int replied = 0;
    int rated = 0;                               // replies the deputy rated
    int satisfied = 0;                           // rated 满意 or 基本满意
    std::optional<double> replyRate;             // replied / submitted
    std::optional<double> replySatisfactionRate; // satisfied / rated

    QJsonObject toJson() const;
};

enum class OpinionDimension
{
    Category,
    Responsibility,
    Community,
    Group, // the receiving group, or the receiving deputy's group
    Deputy,
    Month
};
QString dimensionName(OpinionDimension d);
QList<OpinionDimension> allDimensions();

struct FigureRow
{
    QString label;
    OpinionFigures figures;
};

namespace stats {

// A year's opinions read from the file once, from which the figures and every breakdown are
// computed without reading again (the figures page keeps one while the breakdown or the
// reference date changes). Throws dd::Error.
class OpinionYear final
{
public:
    static OpinionYear load(const QSqlDatabase& db, int year);

    OpinionFigures figures(const QDate& asOf) const;
    // One row per value of the dimension (in order: months 1-12, otherwise by label), "(none)"
    // for opinions without one.
    QList<FigureRow> breakdown(const QDate& asOf, OpinionDimension dimension) const;

    struct Facts; // what they are computed from

private:
    explicit OpinionYear(std::shared_ptr<const Facts> facts) : m_facts(std::move(facts)) {}
    std::shared_ptr<const Facts> m_facts;
};

// OpinionYear::load(db, year) and one computation from it.
OpinionFigures opinionFigures(const QSqlDatabase& db, int year, const QDate& asOf);
QList<FigureRow> opinionBreakdown(const QSqlDatabase& db, int year, const QDate& asOf,
                                  OpinionDimension dimension);
SuggestionFigures suggestionFigures(const QSqlDatabase& db, int year);
// {"year": Y, "as_of": D, "opinions": {...}, "suggestions": {...}}.
QJsonObject yearJson(const QSqlDatabase& db, int year, const QDate& asOf);

} // namespace stats
} // namespace dd
