#pragma once

#include "storage/error.h"

#include <optional>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd {

// The lifecycle of DOMAIN.md §3: 登记 → 受理 → 交办 → 办理中 → 办结 → 已反馈 → 已评价 → 归档,
// with the branches 不予受理, 转为议题 and 上升为代表建议.
enum class OpinionState
{
    Registered,
    Accepted,
    Dispatched,
    InProgress,
    Completed,
    Feedback,
    Evaluated,
    Archived,
    Rejected,
    Topic,
    Escalated
};
QString opinionStateKey(OpinionState s);
OpinionState opinionStateFromKey(const QString& key);
QString opinionStateName(OpinionState s);
QList<OpinionState> allOpinionStates();
// The Chinese name ledgers and the command line use whatever the interface language (登记,
// 受理, 交办 …), and back (the key is accepted too).
QString opinionStateLedgerName(OpinionState s);
std::optional<OpinionState> opinionStateFromText(const QString& text);

enum class OpinionChannel
{
    Reception,   // 接访
    Visit,       // 走访
    Appointment, // 约访
    Callback,    // 回访
    Online,      // 扫码/线上
    Hotline,     // 热线
    Wechat,      // 微信群
    Meeting,     // 会议
    Grid,        // 网格上报
    Observer     // 观察员
};
QString channelKey(OpinionChannel c);
OpinionChannel channelFromKey(const QString& key);
QString channelName(OpinionChannel c);
QList<OpinionChannel> allChannels();

enum class Responsibility
{
    Community, // 小区/社区自治事项
    Street,    // 街道职责事项
    Government // 政府部门职责事项
};
QString responsibilityKey(Responsibility r);
Responsibility responsibilityFromKey(const QString& key);
QString responsibilityName(Responsibility r);
// The kind of handling unit (handling_units.kind) the class is routed to.
QString proposedUnitKind(Responsibility r);

enum class Priority
{
    Normal,
    GreenChannel, // 绿色通道
    Immediate     // 即时转办
};
QString priorityKey(Priority p);
Priority priorityFromKey(const QString& key);
QString priorityName(Priority p);

enum class Evaluation
{
    None,
    Satisfied,          // 满意
    BasicallySatisfied, // 基本满意
    Dissatisfied        // 不满意
};
QString evaluationKey(Evaluation e); // "" for None
Evaluation evaluationFromKey(const QString& key);
QString evaluationName(Evaluation e);

struct Opinion
{
    qint64 id = 0;
    QDate registeredOn;
    OpinionChannel channel = OpinionChannel::Reception;
    bool anonymous = false;
    QString submitterName;
    QString submitterPhone;
    std::optional<qint64> communityId;
    std::optional<qint64> gridId;
    std::optional<qint64> deputyId; // 接单代表
    std::optional<qint64> groupId;  // or the group
    QString title;
    QString content;
    qint64 categoryId = 0;
    Responsibility responsibility = Responsibility::Community;
    Priority priority = Priority::Normal;

    // Set by the transitions only (OpinionRepository::transition), never by an edit.
    OpinionState state = OpinionState::Registered;
    QString rejectReason;
    std::optional<qint64> handlingUnitId;
    QDate dispatchedOn;
    QDate deadline;
    QString result;
    QString reply;
    QDate completedOn;
    QDate feedbackOn;
    Evaluation evaluation = Evaluation::None;
    QDate evaluatedOn;
    QDate archivedOn;

    // The fields a clerk enters (keys: registeredOn, submitterName, submitterPhone, title,
    // content, category, receiver); every message names its field. A day after `today` is
    // refused (an import passes it once rather than reading the clock for every row).
    QList<FieldError> validate() const { return validate(QDate::currentDate()); }
    QList<FieldError> validate(const QDate& today) const;
    QJsonObject toJson() const;
    bool isOverdue(const QDate& asOf) const;
};

// What a change of state carries. Which fields are needed depends on the target state:
// 交办 a unit and a deadline (a date, or a number of working days from the day), 办结 the
// result, 已评价 the evaluation, 转为议题 the meeting, 不予受理 / 退回重办 / reopening and any
// skipped step (绿色通道, 即时转办) a note giving the reason.
struct OpinionTransition
{
    OpinionState to = OpinionState::Accepted;
    QDate on; // the day it happened; invalid: today
    QString note;
    std::optional<qint64> handlingUnitId;
    QDate deadline;
    int deadlineWorkingDays = 0; // > 0: the deadline is this many working days after `on`
    QString result;
    QString reply;
    Evaluation evaluation = Evaluation::None;
    std::optional<qint64> activityId;   // 转为议题: the meeting the topic is put to
    std::optional<qint64> suggestionId; // 上升为代表建议: the formal suggestion
};

// The state machine, without the file: the states an opinion may go to next (skips only with a
// green-channel or immediate priority; 退回重办 only after 不满意; reopening an archived
// opinion goes back to the state it was archived from, given by the caller).
enum class StepKind
{
    Normal,
    Skip,  // skips steps; needs a non-normal priority and a reason
    Redo,  // 退回重办: evaluated 不满意 back to 办理中, with a reason
    Reopen // 归档 back to where it was, with a reason
};
std::optional<StepKind> stepKind(const Opinion& opinion, OpinionState to,
                                 std::optional<OpinionState> archivedFrom = std::nullopt);
// Whether the step's note must give a reason: a refusal (不予受理) and every step off the usual
// path (a skip, 退回重办, reopening).
bool stepNeedsReason(StepKind kind, OpinionState to);
QList<OpinionState> nextStates(const Opinion& opinion,
                               std::optional<OpinionState> archivedFrom = std::nullopt);
// Why the transition cannot be made (the message names the missing field), or nothing.
QList<FieldError> checkTransition(const Opinion& opinion, const OpinionTransition& t,
                                  std::optional<OpinionState> archivedFrom = std::nullopt);

} // namespace dd
