#include "opinionledger.h"

#include "opinion/opinionrepository.h"
#include "org/orgspecs.h"
#include "org/recordstore.h"
#include "org/validators.h"
#include "org/workcalendar.h"
#include "storage/auditlog.h"
#include "storage/officefile.h"
#include "storage/sql.h"
#include "storage/textnorm.h"
#include "storage/transaction.h"

#include <array>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::OpinionLedger)
};

using S = OpinionState;

// The Chinese names a ledger uses, whatever the interface language.
template <typename E> using Names = QList<std::pair<E, QStringList>>;

const Names<OpinionChannel>& channelNames()
{
    using C = OpinionChannel;
    static const Names<C> names = {
        {C::Reception, {QStringLiteral("接访")}},
        {C::Visit, {QStringLiteral("走访")}},
        {C::Appointment, {QStringLiteral("约访")}},
        {C::Callback, {QStringLiteral("回访")}},
        {C::Online, {QStringLiteral("扫码/线上"), QStringLiteral("扫码"), QStringLiteral("线上")}},
        {C::Hotline, {QStringLiteral("热线")}},
        {C::Wechat, {QStringLiteral("微信群"), QStringLiteral("微信")}},
        {C::Meeting, {QStringLiteral("会议")}},
        {C::Grid, {QStringLiteral("网格上报"), QStringLiteral("网格")}},
        {C::Observer, {QStringLiteral("观察员"), QStringLiteral("民情观察员")}}};
    return names;
}

const Names<Responsibility>& responsibilityNames()
{
    static const Names<Responsibility> names = {
        {Responsibility::Community,
         {QStringLiteral("小区/社区自治事项"), QStringLiteral("社区自治事项"),
          QStringLiteral("小区自治事项"), QStringLiteral("自治事项")}},
        {Responsibility::Street, {QStringLiteral("街道职责事项"), QStringLiteral("街道职责")}},
        {Responsibility::Government,
         {QStringLiteral("政府部门职责事项"), QStringLiteral("部门职责事项"),
          QStringLiteral("政府部门职责")}}};
    return names;
}

const Names<Evaluation>& evaluationNames()
{
    static const Names<Evaluation> names = {
        {Evaluation::Satisfied, {QStringLiteral("满意")}},
        {Evaluation::BasicallySatisfied, {QStringLiteral("基本满意")}},
        {Evaluation::Dissatisfied, {QStringLiteral("不满意")}}};
    return names;
}

template <typename E> std::optional<E> byName(const Names<E>& names, const QString& text)
{
    const QString t = normalizeText(text).trimmed();
    for (const auto& [value, list] : names)
        if (list.contains(t))
            return value;
    return std::nullopt;
}

template <typename E> QString firstNames(const Names<E>& names)
{
    QStringList list;
    for (const auto& [value, n] : names)
        list << n.first();
    return list.join(QStringLiteral("、"));
}

// The main line of the lifecycle, in order.
const QList<S>& mainLine()
{
    static const QList<S> line = {S::Registered, S::Accepted, S::Dispatched, S::InProgress,
                                  S::Completed,  S::Feedback, S::Evaluated,  S::Archived};
    return line;
}

const QHash<QString, QString>& columnOfField()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("registeredOn"), QStringLiteral("登记日期")},
        {QStringLiteral("submitterName"), QStringLiteral("反映人")},
        {QStringLiteral("submitterPhone"), QStringLiteral("联系电话")},
        {QStringLiteral("title"), QStringLiteral("标题")},
        {QStringLiteral("content"), QStringLiteral("内容")},
        {QStringLiteral("category"), QStringLiteral("类别")},
        {QStringLiteral("receiver"), QStringLiteral("接单代表")},
        {QStringLiteral("grid"), QStringLiteral("网格")}};
    return map;
}

// The ledger's columns, in the order of opinionLedgerColumns().
enum Column
{
    RegisteredOn,
    Channel,
    Submitter,
    Phone,
    Community,
    Grid,
    Receiver,
    Title,
    Content,
    Category,
    ResponsibilityClass,
    State,
    Unit,
    Deadline,
    CompletedOn,
    Result,
    EvaluationColumn,
    ColumnCount
};

struct LedgerRow
{
    int row = 0;
    Opinion opinion;
    QList<std::pair<S, QDate>> path;
    QString community, grid, unit; // to find or create
    int deadlineWorkingDays = 0;
    QString key; // keyOf its day, title and submitter
};

// What tells an opinion already in the file: the same day, title and submitter.
QString keyOf(const QString& day, const QString& title, const QString& submitter)
{
    return day + QChar(0) + title + QChar(0) + submitter;
}
} // namespace

QStringList opinionLedgerColumns()
{
    return {QStringLiteral("登记日期"), QStringLiteral("来源渠道"), QStringLiteral("反映人"),
            QStringLiteral("联系电话"), QStringLiteral("社区"),     QStringLiteral("网格"),
            QStringLiteral("接单代表"), QStringLiteral("标题"),     QStringLiteral("内容"),
            QStringLiteral("类别"),     QStringLiteral("责任类别"), QStringLiteral("状态"),
            QStringLiteral("承办单位"), QStringLiteral("办理时限"), QStringLiteral("办结日期"),
            QStringLiteral("办理结果"), QStringLiteral("评价")};
}

QString OpinionImportReport::toText() const
{
    QStringList lines = importProblemLines(problems);
    if (problems.isEmpty()) {
        lines << (written ? Text::tr("Imported: %1 opinions added, %2 already in the file.")
                          : Text::tr("Checked, nothing written: %1 opinions would be added, %2 are "
                                     "already in the file."))
                     .arg(inserted)
                     .arg(skipped);
        const QString sep = QStringLiteral("、");
        if (!createdCommunities.isEmpty())
            lines << Text::tr("New communities: %1").arg(createdCommunities.join(sep));
        if (!createdGrids.isEmpty())
            lines << Text::tr("New grids: %1").arg(createdGrids.join(sep));
        if (!createdUnits.isEmpty())
            lines << Text::tr("New handling units: %1").arg(createdUnits.join(sep));
    }
    if (!unknownColumns.isEmpty())
        lines << Text::tr("Ignored unknown columns: %1")
                     .arg(unknownColumns.join(QStringLiteral("、")));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject OpinionImportReport::toJson() const
{
    return {{QStringLiteral("written"), written},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("created_communities"), QJsonArray::fromStringList(createdCommunities)},
            {QStringLiteral("created_grids"), QJsonArray::fromStringList(createdGrids)},
            {QStringLiteral("created_units"), QJsonArray::fromStringList(createdUnits)},
            {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns)},
            {QStringLiteral("problems"), importProblemsJson(problems)}};
}

OpinionImportReport importOpinionLedger(OfficeFile& office, const QString& path,
                                        const QString& sheet, bool dryRun)
{
    if (!dryRun)
        office.require(Permission::EnterRecords);
    const SheetTable table = readSheetTable(path, sheet);
    const QSqlDatabase db = office.db();
    OpinionImportReport report;
    const QHash<QString, int> at =
        mapImportColumns(table, opinionLedgerColumns(),
                         {QStringLiteral("登记日期"), QStringLiteral("标题"),
                          QStringLiteral("类别"), QStringLiteral("接单代表")},
                         report.problems, report.unknownColumns);
    if (!report.problems.isEmpty())
        return report;

    // Checked and written in one transaction: the checks see what is written, and the file's
    // lock is taken once (a dry run reads in one snapshot). Written in bulk (insertImported).
    const sql::BulkWriting bulk(db);
    Transaction tx(db, dryRun ? Transaction::Mode::Read : Transaction::Mode::Write);
    const DeputyNames deputies(db);
    const WorkCalendar calendar = WorkCalendar::load(db);
    // Names looked up once each (a ledger repeats its communities, grids, categories, units).
    QHash<QString, std::optional<qint64>> known;
    const auto once = [&](const char* what, const QString& key, const auto& find) {
        const QString memo = QLatin1String(what) + QChar(0) + key;
        auto it = known.constFind(memo);
        if (it == known.cend())
            it = known.insert(memo, find());
        return *it;
    };
    const auto idOf = [&](const char* sqlText, const QVariantList& binds) {
        return sql::optionalId(sql::scalar(db, QString::fromLatin1(sqlText), binds));
    };
    const QDate today = QDate::currentDate();
    static const QRegularExpression workingDays(QStringLiteral("^(\\d{1,3})\\s*(个?工作日)?$"));
    const QStringList columns = opinionLedgerColumns();
    std::array<int, ColumnCount> sheetColumn; // where each is in the sheet; -1: not there
    for (int k = 0; k < ColumnCount; ++k)
        sheetColumn[k] = at.value(columns[k], -1);
    QList<LedgerRow> rows;
    rows.reserve(table.rows.size());
    QHash<QString, int> seen; // keyOf(day, title, submitter) -> first row
    for (int i = 0; i < table.rows.size(); ++i) {
        const int rowNumber = table.rowNumbers[i];
        // Each cell read and normalised once (the checks below ask for most of them often).
        std::array<QString, ColumnCount> cells;
        for (int k = 0; k < ColumnCount; ++k)
            cells[k] = normalizeText(table.cell(i, sheetColumn[k]));
        const auto cell = [&](Column column) -> const QString& { return cells[column]; };
        const auto raw = [&](Column column) {
            return table.cell(i, sheetColumn[column]).trimmed();
        };
        const auto problem = [&](Column column, const QString& message) {
            report.problems << ImportProblem{rowNumber, columns[column], message};
        };
        const int before = int(report.problems.size());
        LedgerRow r;
        r.row = rowNumber;
        Opinion& o = r.opinion;
        o.registeredOn = importCellDate(cell(RegisteredOn));
        if (!o.registeredOn.isValid() && !cell(RegisteredOn).isEmpty())
            problem(
                RegisteredOn,
                Text::tr("“%1” is not a date; write it like 2025-03-10").arg(cell(RegisteredOn)));
        if (!cell(Channel).isEmpty()) {
            if (const auto c = byName(channelNames(), cell(Channel)))
                o.channel = *c;
            else
                problem(Channel, Text::tr("“%1” is not a source channel; use one of %2")
                                     .arg(cell(Channel), firstNames(channelNames())));
        }
        const QString submitter = cell(Submitter);
        o.anonymous = submitter.isEmpty() || submitter == QStringLiteral("匿名");
        if (!o.anonymous) {
            o.submitterName = submitter;
            o.submitterPhone = cell(Phone);
        }
        r.community = cell(Community);
        r.grid = cell(Grid);
        if (!r.community.isEmpty())
            o.communityId = once("community", r.community, [&] {
                return idOf("SELECT id FROM communities WHERE name = ?", {r.community});
            });
        if (!r.grid.isEmpty()) {
            if (r.community.isEmpty())
                problem(Grid, Text::tr("the grid “%1” needs its community in 社区").arg(r.grid));
            else if (o.communityId)
                o.gridId = once("grid", r.community + QLatin1Char('/') + r.grid, [&] {
                    return idOf("SELECT id FROM grids WHERE community_id = ? AND name = ?",
                                {*o.communityId, r.grid});
                });
        }
        for (const Column column : {Community, Grid})
            if (const auto m = validate::text(columns[column], cell(column), 60))
                problem(column, *m);
        if (!cell(Receiver).isEmpty()) {
            QString reason, message;
            o.deputyId = deputies.resolve(cell(Receiver), false, &reason, &message);
            if (!o.deputyId)
                problem(Receiver, message);
        }
        o.title = cell(Title);
        o.content = raw(Content);
        if (const auto category = once("category", cell(Category), [&] {
                return OpinionRepository::findCategory(db, cell(Category));
            }))
            o.categoryId = *category;
        else if (!cell(Category).isEmpty())
            problem(Category,
                    Text::tr("“%1” is not one of the configured categories").arg(cell(Category)));
        if (!cell(ResponsibilityClass).isEmpty()) {
            if (const auto c = byName(responsibilityNames(), cell(ResponsibilityClass)))
                o.responsibility = *c;
            else
                problem(ResponsibilityClass,
                        Text::tr("“%1” is not a responsibility class; use one of %2")
                            .arg(cell(ResponsibilityClass), firstNames(responsibilityNames())));
        }
        if (!cell(State).isEmpty()) {
            if (const auto s = opinionStateFromText(cell(State)))
                o.state = *s;
            else {
                QStringList names;
                for (const S state : allOpinionStates())
                    names << opinionStateLedgerName(state);
                problem(State, Text::tr("“%1” is not a state; use one of %2")
                                   .arg(cell(State), names.join(QStringLiteral("、"))));
            }
        }
        r.unit = cell(Unit);
        if (const auto m = validate::text(QStringLiteral("承办单位"), r.unit, 60))
            problem(Unit, *m);
        if (!r.unit.isEmpty())
            o.handlingUnitId = once("unit", r.unit, [&] {
                return idOf("SELECT id FROM handling_units WHERE name = ?", {r.unit});
            });
        const QString deadline = cell(Deadline);
        if (const auto m = workingDays.match(deadline); m.hasMatch())
            r.deadlineWorkingDays = m.captured(1).toInt();
        else if (!deadline.isEmpty()) {
            o.deadline = importCellDate(deadline);
            if (!o.deadline.isValid())
                problem(
                    Deadline,
                    Text::tr("“%1” is neither a date nor a number of working days").arg(deadline));
        }
        const QDate completed = importCellDate(cell(CompletedOn));
        if (!completed.isValid() && !cell(CompletedOn).isEmpty())
            problem(CompletedOn, Text::tr("“%1” is not a date").arg(cell(CompletedOn)));
        const QString result = raw(Result);
        std::optional<Evaluation> evaluation;
        if (!cell(EvaluationColumn).isEmpty()) {
            evaluation = byName(evaluationNames(), cell(EvaluationColumn));
            if (!evaluation)
                problem(EvaluationColumn,
                        Text::tr("“%1” is not an evaluation; use one of %2")
                            .arg(cell(EvaluationColumn), firstNames(evaluationNames())));
        }

        // The history, as far as the columns allow.
        const QDate reg = o.registeredOn;
        const qsizetype reached = mainLine().indexOf(o.state);
        const bool done = reached >= mainLine().indexOf(S::Completed);
        if (o.state == S::Rejected) {
            o.rejectReason = result;
            r.path = {{S::Rejected, reg}};
            if (result.isEmpty())
                problem(Result, Text::tr("a row that is 不予受理 needs the reason in 办理结果"));
        } else if (o.state == S::Topic || o.state == S::Escalated) {
            r.path = {{S::Accepted, reg}, {o.state, reg}};
        } else {
            for (qsizetype k = 1; k <= reached; ++k) {
                const S s = mainLine()[k];
                if (s == S::Dispatched && r.unit.isEmpty() && o.state != S::Dispatched)
                    continue; // handled without a unit
                r.path << std::make_pair(s,
                                         k >= mainLine().indexOf(S::Completed) ? completed : reg);
            }
        }
        if (o.state == S::Dispatched && (r.unit.isEmpty() || deadline.isEmpty()))
            problem(r.unit.isEmpty() ? Unit : Deadline,
                    Text::tr("a row that is 交办 needs 承办单位 and 办理时限"));
        if (!r.unit.isEmpty() && reached >= mainLine().indexOf(S::Dispatched))
            o.dispatchedOn = reg;
        if (done) {
            if (!completed.isValid())
                problem(CompletedOn, Text::tr("a row that is %1 needs 办结日期").arg(cell(State)));
            else if (reg.isValid() && completed < reg)
                problem(CompletedOn, Text::tr("办结日期 %1 is before 登记日期")
                                         .arg(completed.toString(Qt::ISODate)));
            else if (completed > today)
                problem(
                    CompletedOn,
                    Text::tr("办结日期 %1 is in the future").arg(completed.toString(Qt::ISODate)));
            if (result.isEmpty())
                problem(Result, Text::tr("a row that is %1 needs 办理结果").arg(cell(State)));
            o.result = result;
            o.completedOn = completed;
            if (reached >= mainLine().indexOf(S::Feedback))
                o.feedbackOn = completed;
        } else if (completed.isValid()) {
            problem(CompletedOn,
                    Text::tr("办结日期 is given but the state is %1")
                        .arg(cell(State).isEmpty() ? QStringLiteral("登记") : cell(State)));
        }
        if (evaluation) {
            if (o.state != S::Evaluated && o.state != S::Archived)
                problem(EvaluationColumn,
                        Text::tr("评价 is given but the state is %1")
                            .arg(cell(State).isEmpty() ? QStringLiteral("登记") : cell(State)));
            o.evaluation = *evaluation;
            o.evaluatedOn = completed;
        } else if (o.state == S::Evaluated) {
            problem(EvaluationColumn, Text::tr("a row that is 已评价 needs 评价"));
        }
        if (o.state == S::Archived)
            o.archivedOn = completed;
        if (r.deadlineWorkingDays > 0 && reg.isValid())
            o.deadline = calendar.addWorkingDays(reg, r.deadlineWorkingDays);

        addFieldProblems(
            report.problems, before, rowNumber, o.validate(today),
            [](const FieldError& e) { return columnOfField().value(e.field, e.label); });
        r.key = keyOf(sql::dateText(reg), o.title, o.submitterName);
        if (const auto earlier = seen.constFind(r.key); earlier != seen.cend())
            problem(
                Title,
                Text::tr("the same opinion (day, title, submitter) is on row %1").arg(*earlier));
        else
            seen.insert(r.key, rowNumber);
        rows << std::move(r);
    }
    if (!report.problems.isEmpty())
        return report;

    // Rows already in the file (same day, title and submitter) are skipped: the file's keys
    // for the ledger's days, read once.
    QDate first, last;
    for (const LedgerRow& r : std::as_const(rows)) {
        const QDate day = r.opinion.registeredOn;
        first = first.isValid() ? qMin(first, day) : day;
        last = last.isValid() ? qMax(last, day) : day;
    }
    QSet<QString> present;
    QSqlQuery stored = sql::run(db,
                                QStringLiteral("SELECT registered_on, title, submitter_name FROM "
                                               "opinions WHERE registered_on BETWEEN ? AND ?"),
                                {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    while (stored.next())
        present.insert(keyOf(stored.value(0).toString(), stored.value(1).toString(),
                             stored.value(2).toString()));
    QList<LedgerRow> fresh;
    fresh.reserve(rows.size());
    for (LedgerRow& r : rows) {
        const Opinion& o = r.opinion;
        if (present.contains(r.key)) {
            ++report.skipped;
            continue;
        }
        ++report.inserted;
        if (!r.community.isEmpty() && !o.communityId &&
            !report.createdCommunities.contains(r.community))
            report.createdCommunities << r.community;
        const QString grid = r.community + QLatin1Char('/') + r.grid;
        if (!r.grid.isEmpty() && !o.gridId && !report.createdGrids.contains(grid))
            report.createdGrids << grid;
        if (!r.unit.isEmpty() && !o.handlingUnitId && !report.createdUnits.contains(r.unit))
            report.createdUnits << r.unit;
        fresh << std::move(r);
    }
    if (dryRun)
        return report;

    const UserRef& by = office.currentUser();
    QHash<QString, qint64> communities, grids, units;
    for (const QString& name : std::as_const(report.createdCommunities))
        communities.insert(
            name, RecordStore::save(db, by, communitySpec(),
                                    {{QStringLiteral("id"), 0},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("kind"), QStringLiteral("community")}}));
    const auto communityOf = [&](const QString& name) {
        return communities.contains(name)
                   ? communities.value(name)
                   : sql::scalar(db, QStringLiteral("SELECT id FROM communities WHERE name = ?"),
                                 {name})
                         .toLongLong();
    };
    for (const QString& both : std::as_const(report.createdGrids)) {
        const qsizetype slash = both.indexOf(QLatin1Char('/'));
        grids.insert(both, RecordStore::save(
                               db, by, gridSpec(),
                               {{QStringLiteral("id"), 0},
                                {QStringLiteral("community_id"), communityOf(both.left(slash))},
                                {QStringLiteral("name"), both.mid(slash + 1)}}));
    }
    for (const LedgerRow& r : std::as_const(fresh))
        if (!r.unit.isEmpty() && !units.contains(r.unit) && report.createdUnits.contains(r.unit))
            units.insert(r.unit, RecordStore::save(db, by, handlingUnitSpec(),
                                                   {{QStringLiteral("id"), 0},
                                                    {QStringLiteral("name"), r.unit},
                                                    {QStringLiteral("kind"),
                                                     proposedUnitKind(r.opinion.responsibility)}}));
    // Each history step's note, the office's record: in Chinese whatever the interface language.
    const QString note = QStringLiteral("由台账 %1 导入").arg(QFileInfo(path).fileName());
    QList<OpinionRepository::Imported> imported;
    imported.reserve(fresh.size());
    for (LedgerRow& r : fresh) {
        Opinion& o = r.opinion;
        if (!o.communityId && !r.community.isEmpty())
            o.communityId = communityOf(r.community);
        if (!o.gridId && !r.grid.isEmpty())
            o.gridId = grids.value(r.community + QLatin1Char('/') + r.grid);
        if (!o.handlingUnitId && !r.unit.isEmpty())
            o.handlingUnitId = units.value(r.unit);
        imported << OpinionRepository::Imported{std::move(o), std::move(r.path)};
    }
    // In bulk: the rows were checked above; one audit row for the import names the file and
    // the ids it gave (each opinion's history names the ledger too).
    const QList<qint64> ids = OpinionRepository::insertImported(db, by, imported, note);
    appendAudit(db, by,
                {QStringLiteral("import"),
                 QStringLiteral("opinions"),
                 0,
                 {},
                 {{QStringLiteral("file"), path},
                  {QStringLiteral("inserted"), report.inserted},
                  {QStringLiteral("skipped"), report.skipped},
                  {QStringLiteral("first_id"), ids.isEmpty() ? 0 : ids.first()},
                  {QStringLiteral("last_id"), ids.isEmpty() ? 0 : ids.last()}}});
    tx.commit();
    report.written = true;
    return report;
}

void writeOpinionLedgerTemplate(const QString& path)
{
    writeSheetTable(path, QStringLiteral("民意诉求台账"), opinionLedgerColumns(), {});
}

} // namespace dd
