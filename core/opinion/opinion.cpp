#include "opinion.h"

#include "org/validators.h"
#include "storage/enumkeys.h"

#include <QCoreApplication>

namespace dd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dd::Opinion)
};

constexpr std::array<std::pair<OpinionState, const char*>, 11> kStates = {
    {{OpinionState::Registered, "registered"},
     {OpinionState::Accepted, "accepted"},
     {OpinionState::Dispatched, "dispatched"},
     {OpinionState::InProgress, "in_progress"},
     {OpinionState::Completed, "completed"},
     {OpinionState::Feedback, "feedback"},
     {OpinionState::Evaluated, "evaluated"},
     {OpinionState::Archived, "archived"},
     {OpinionState::Rejected, "rejected"},
     {OpinionState::Topic, "topic"},
     {OpinionState::Escalated, "escalated"}}};
constexpr std::array<std::pair<OpinionChannel, const char*>, 10> kChannels = {
    {{OpinionChannel::Reception, "reception"},
     {OpinionChannel::Visit, "visit"},
     {OpinionChannel::Appointment, "appointment"},
     {OpinionChannel::Callback, "callback"},
     {OpinionChannel::Online, "online"},
     {OpinionChannel::Hotline, "hotline"},
     {OpinionChannel::Wechat, "wechat"},
     {OpinionChannel::Meeting, "meeting"},
     {OpinionChannel::Grid, "grid"},
     {OpinionChannel::Observer, "observer"}}};
constexpr std::array<std::pair<Responsibility, const char*>, 3> kResponsibilities = {
    {{Responsibility::Community, "community"},
     {Responsibility::Street, "street"},
     {Responsibility::Government, "government"}}};
constexpr std::array<std::pair<Priority, const char*>, 3> kPriorities = {
    {{Priority::Normal, "normal"},
     {Priority::GreenChannel, "green"},
     {Priority::Immediate, "immediate"}}};
constexpr std::array<std::pair<Evaluation, const char*>, 4> kEvaluations = {
    {{Evaluation::None, ""},
     {Evaluation::Satisfied, "satisfied"},
     {Evaluation::BasicallySatisfied, "basically"},
     {Evaluation::Dissatisfied, "dissatisfied"}}};

using S = OpinionState;

// The ordinary steps of the lifecycle.
const QList<std::pair<S, S>>& normalSteps()
{
    static const QList<std::pair<S, S>> steps = {
        {S::Registered, S::Accepted},  {S::Registered, S::Rejected},
        {S::Accepted, S::Dispatched},  {S::Accepted, S::Topic},
        {S::Accepted, S::Escalated},   {S::Topic, S::Dispatched},
        {S::Topic, S::Escalated},      {S::Dispatched, S::InProgress},
        {S::InProgress, S::Completed}, {S::InProgress, S::Escalated},
        {S::Completed, S::Feedback},   {S::Feedback, S::Evaluated},
        {S::Feedback, S::Archived},    {S::Evaluated, S::Archived},
        {S::Rejected, S::Archived},    {S::Escalated, S::Archived}};
    return steps;
}

// Steps a green-channel or immediate-transfer opinion may skip to.
const QList<std::pair<S, S>>& skipSteps()
{
    static const QList<std::pair<S, S>> steps = {
        {S::Registered, S::Dispatched}, {S::Registered, S::InProgress},
        {S::Registered, S::Completed},  {S::Accepted, S::InProgress},
        {S::Accepted, S::Completed},    {S::Topic, S::InProgress},
        {S::Topic, S::Completed},       {S::Dispatched, S::Completed}};
    return steps;
}

FieldError fieldError(const char* key, const QString& label, const QString& message)
{
    return FieldError{QString::fromLatin1(key), label, message};
}
} // namespace

QString opinionStateKey(OpinionState s)
{
    return enumKey(s, kStates);
}

OpinionState opinionStateFromKey(const QString& key)
{
    return enumFromKey(key, kStates);
}

QString opinionStateName(OpinionState s)
{
    switch (s) {
    case S::Registered:
        return Text::tr("Registered");
    case S::Accepted:
        return Text::tr("Accepted");
    case S::Dispatched:
        return Text::tr("Dispatched");
    case S::InProgress:
        return Text::tr("In progress");
    case S::Completed:
        return Text::tr("Completed");
    case S::Feedback:
        return Text::tr("Feedback given");
    case S::Evaluated:
        return Text::tr("Evaluated");
    case S::Archived:
        return Text::tr("Archived");
    case S::Rejected:
        return Text::tr("Not accepted");
    case S::Topic:
        return Text::tr("Made a meeting topic");
    case S::Escalated:
        return Text::tr("Escalated to a suggestion");
    }
    return {};
}

QString opinionStateLedgerName(OpinionState s)
{
    static const std::array<std::pair<OpinionState, const char*>, 11> names = {
        {{S::Registered, "登记"},
         {S::Accepted, "受理"},
         {S::Dispatched, "交办"},
         {S::InProgress, "办理中"},
         {S::Completed, "办结"},
         {S::Feedback, "已反馈"},
         {S::Evaluated, "已评价"},
         {S::Archived, "归档"},
         {S::Rejected, "不予受理"},
         {S::Topic, "转为议题"},
         {S::Escalated, "上升为代表建议"}}};
    for (const auto& [state, name] : names)
        if (state == s)
            return QString::fromUtf8(name);
    return {};
}

std::optional<OpinionState> opinionStateFromText(const QString& text)
{
    const QString t = text.trimmed();
    // The keys and the ledger's names first: the names in the interface's language are looked
    // up in its translation (an import asks once a row).
    for (const OpinionState s : allOpinionStates())
        if (t == opinionStateKey(s) || t == opinionStateLedgerName(s))
            return s;
    if (t == QStringLiteral("上升为代表建议/议案"))
        return S::Escalated;
    for (const OpinionState s : allOpinionStates())
        if (t == opinionStateName(s))
            return s;
    return std::nullopt;
}

QList<OpinionState> allOpinionStates()
{
    QList<OpinionState> list;
    for (const auto& [s, key] : kStates)
        list << s;
    return list;
}

QString channelKey(OpinionChannel c)
{
    return enumKey(c, kChannels);
}

OpinionChannel channelFromKey(const QString& key)
{
    return enumFromKey(key, kChannels);
}

QString channelName(OpinionChannel c)
{
    switch (c) {
    case OpinionChannel::Reception:
        return Text::tr("Reception");
    case OpinionChannel::Visit:
        return Text::tr("Home visit");
    case OpinionChannel::Appointment:
        return Text::tr("By appointment");
    case OpinionChannel::Callback:
        return Text::tr("Return visit");
    case OpinionChannel::Online:
        return Text::tr("QR code / online");
    case OpinionChannel::Hotline:
        return Text::tr("Hotline");
    case OpinionChannel::Wechat:
        return Text::tr("WeChat group");
    case OpinionChannel::Meeting:
        return Text::tr("At a meeting");
    case OpinionChannel::Grid:
        return Text::tr("Grid report");
    case OpinionChannel::Observer:
        return Text::tr("Observer");
    }
    return {};
}

QList<OpinionChannel> allChannels()
{
    QList<OpinionChannel> list;
    for (const auto& [c, key] : kChannels)
        list << c;
    return list;
}

QString responsibilityKey(Responsibility r)
{
    return enumKey(r, kResponsibilities);
}

Responsibility responsibilityFromKey(const QString& key)
{
    return enumFromKey(key, kResponsibilities);
}

QString responsibilityName(Responsibility r)
{
    switch (r) {
    case Responsibility::Community:
        return Text::tr("Residential area / community self-governance");
    case Responsibility::Street:
        return Text::tr("Street office duty");
    case Responsibility::Government:
        return Text::tr("Government department duty");
    }
    return {};
}

QString proposedUnitKind(Responsibility r)
{
    switch (r) {
    case Responsibility::Community:
        return QStringLiteral("community_committee");
    case Responsibility::Street:
        return QStringLiteral("street_department");
    case Responsibility::Government:
        return QStringLiteral("district_department");
    }
    return {};
}

QString priorityKey(Priority p)
{
    return enumKey(p, kPriorities);
}

Priority priorityFromKey(const QString& key)
{
    return enumFromKey(key, kPriorities);
}

QString priorityName(Priority p)
{
    switch (p) {
    case Priority::Normal:
        return Text::tr("Normal");
    case Priority::GreenChannel:
        return Text::tr("Green channel");
    case Priority::Immediate:
        return Text::tr("Immediate transfer");
    }
    return {};
}

QString evaluationKey(Evaluation e)
{
    return enumKey(e, kEvaluations);
}

Evaluation evaluationFromKey(const QString& key)
{
    return enumFromKey(key, kEvaluations);
}

QString evaluationName(Evaluation e)
{
    switch (e) {
    case Evaluation::None:
        return {};
    case Evaluation::Satisfied:
        return Text::tr("Satisfied");
    case Evaluation::BasicallySatisfied:
        return Text::tr("Basically satisfied");
    case Evaluation::Dissatisfied:
        return Text::tr("Dissatisfied");
    }
    return {};
}

QList<FieldError> Opinion::validate(const QDate& today) const
{
    QList<FieldError> errors;
    const QString dateLabel = Text::tr("Registered on");
    if (!registeredOn.isValid())
        errors << fieldError("registeredOn", dateLabel,
                             Text::tr("Registered on: enter the day the opinion was raised."));
    else if (const auto m =
                 validate::dateInRange(dateLabel, registeredOn, QDate(2000, 1, 1), today))
        errors << fieldError("registeredOn", dateLabel, *m);
    const QString nameLabel = Text::tr("Submitter");
    if (!anonymous) {
        if (const auto m = validate::text(nameLabel, submitterName, 40, true))
            errors << fieldError("submitterName", nameLabel, *m);
        if (const auto m = validate::phone(Text::tr("Phone"), submitterPhone))
            errors << fieldError("submitterPhone", Text::tr("Phone"), *m);
    }
    if (const auto m = validate::text(Text::tr("Title"), title, 100, true))
        errors << fieldError("title", Text::tr("Title"), *m);
    if (const auto m = validate::text(Text::tr("Content"), content, 4000, false, true))
        errors << fieldError("content", Text::tr("Content"), *m);
    if (categoryId <= 0)
        errors << fieldError("category", Text::tr("Category"),
                             Text::tr("Category: choose one of the categories."));
    if (!deputyId && !groupId)
        errors << fieldError("receiver", Text::tr("Received by"),
                             Text::tr("Received by: choose the deputy or the group who took "
                                      "the opinion."));
    return errors;
}

QJsonObject Opinion::toJson() const
{
    const auto date = [](const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    const auto ref = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return {{QStringLiteral("id"), this->id},
            {QStringLiteral("registered_on"), date(registeredOn)},
            {QStringLiteral("channel"), channelKey(channel)},
            {QStringLiteral("anonymous"), anonymous},
            {QStringLiteral("submitter_name"), submitterName},
            {QStringLiteral("community_id"), ref(communityId)},
            {QStringLiteral("grid_id"), ref(gridId)},
            {QStringLiteral("deputy_id"), ref(deputyId)},
            {QStringLiteral("group_id"), ref(groupId)},
            {QStringLiteral("title"), title},
            {QStringLiteral("content"), content},
            {QStringLiteral("category_id"), categoryId},
            {QStringLiteral("responsibility"), responsibilityKey(responsibility)},
            {QStringLiteral("priority"), priorityKey(priority)},
            {QStringLiteral("state"), opinionStateKey(state)},
            {QStringLiteral("reject_reason"), rejectReason},
            {QStringLiteral("handling_unit_id"), ref(handlingUnitId)},
            {QStringLiteral("dispatched_on"), date(dispatchedOn)},
            {QStringLiteral("deadline"), date(deadline)},
            {QStringLiteral("result"), result},
            {QStringLiteral("reply"), reply},
            {QStringLiteral("completed_on"), date(completedOn)},
            {QStringLiteral("feedback_on"), date(feedbackOn)},
            {QStringLiteral("evaluation"), evaluationKey(evaluation)},
            {QStringLiteral("evaluated_on"), date(evaluatedOn)},
            {QStringLiteral("archived_on"), date(archivedOn)}};
}

bool Opinion::isOverdue(const QDate& asOf) const
{
    if (!deadline.isValid() || !dispatchedOn.isValid() || dispatchedOn > asOf || deadline >= asOf)
        return false;
    if (completedOn.isValid())
        return completedOn > asOf;
    return state == S::Dispatched || state == S::InProgress;
}

std::optional<StepKind> stepKind(const Opinion& opinion, OpinionState to,
                                 std::optional<OpinionState> archivedFrom)
{
    const std::pair<S, S> step{opinion.state, to};
    if (opinion.state == S::Archived)
        return archivedFrom && *archivedFrom == to ? std::optional(StepKind::Reopen) : std::nullopt;
    if (normalSteps().contains(step))
        return StepKind::Normal;
    if (skipSteps().contains(step))
        return StepKind::Skip;
    if (opinion.state == S::Evaluated && to == S::InProgress &&
        opinion.evaluation == Evaluation::Dissatisfied)
        return StepKind::Redo;
    return std::nullopt;
}

bool stepNeedsReason(StepKind kind, OpinionState to)
{
    return kind != StepKind::Normal || to == S::Rejected;
}

QList<OpinionState> nextStates(const Opinion& opinion, std::optional<OpinionState> archivedFrom)
{
    QList<OpinionState> list;
    for (const OpinionState to : allOpinionStates()) {
        const auto kind = stepKind(opinion, to, archivedFrom);
        if (kind && (*kind != StepKind::Skip || opinion.priority != Priority::Normal))
            list << to;
    }
    return list;
}

QList<FieldError> checkTransition(const Opinion& o, const OpinionTransition& t,
                                  std::optional<OpinionState> archivedFrom)
{
    QList<FieldError> errors;
    const QString stateLabel = Text::tr("State");
    const auto kind = stepKind(o, t.to, archivedFrom);
    if (!kind) {
        QStringList allowed;
        for (const OpinionState s : nextStates(o, archivedFrom))
            allowed << opinionStateName(s);
        errors << fieldError(
            "state", stateLabel,
            Text::tr("State: an opinion that is “%1” cannot go to “%2”; it can go to: %3.")
                .arg(opinionStateName(o.state), opinionStateName(t.to),
                     allowed.isEmpty() ? Text::tr("nothing") : allowed.join(QStringLiteral("、"))));
        return errors;
    }
    if (*kind == StepKind::Skip && o.priority == Priority::Normal)
        errors << fieldError("state", stateLabel,
                             Text::tr("State: only green-channel and immediate-transfer opinions "
                                      "may skip from “%1” to “%2”.")
                                 .arg(opinionStateName(o.state), opinionStateName(t.to)));
    const QString noteLabel = Text::tr("Reason");
    if (stepNeedsReason(*kind, t.to) && t.note.trimmed().isEmpty())
        errors << fieldError(
            "note", noteLabel,
            *kind == StepKind::Skip ? Text::tr("Reason: say why steps are skipped.")
            : *kind == StepKind::Reopen
                ? Text::tr("Reason: say why the archived opinion is reopened.")
            : *kind == StepKind::Redo ? Text::tr("Reason: say what has to be handled again.")
                                      : Text::tr("Reason: say why the opinion is not accepted."));
    if (const auto m = validate::text(noteLabel, t.note, 1000, false, true))
        errors << fieldError("note", noteLabel, *m);
    const QDate on = t.on.isValid() ? t.on : QDate::currentDate();
    if (o.registeredOn.isValid() && on < o.registeredOn)
        errors << fieldError(
            "on", Text::tr("Date"),
            Text::tr("Date: %1 is before the opinion was registered (%2).")
                .arg(on.toString(Qt::ISODate), o.registeredOn.toString(Qt::ISODate)));
    if (*kind == StepKind::Reopen)
        return errors;
    const auto checkDeadline = [&](const QString& beforeMessage) {
        if (!t.deadline.isValid() && t.deadlineWorkingDays <= 0)
            errors << fieldError("deadline", Text::tr("Deadline"),
                                 Text::tr("Deadline: give a date or a number of working days."));
        else if (t.deadline.isValid() && t.deadlineWorkingDays <= 0 && t.deadline < on)
            errors << fieldError("deadline", Text::tr("Deadline"),
                                 beforeMessage.arg(t.deadline.toString(Qt::ISODate)));
    };
    switch (t.to) {
    case S::Dispatched:
        if (!t.handlingUnitId)
            errors << fieldError("handlingUnit", Text::tr("Handling unit"),
                                 Text::tr("Handling unit: choose the unit the opinion is "
                                          "dispatched to."));
        checkDeadline(Text::tr("Deadline: %1 is before the day of dispatch."));
        break;
    case S::InProgress:
        if (*kind == StepKind::Redo) // back to the unit, with a new deadline to be judged by
            checkDeadline(Text::tr("Deadline: %1 is before the day it is sent back."));
        break;
    case S::Completed:
        if (const auto m = validate::text(Text::tr("Result"), t.result, 2000, true, true))
            errors << fieldError("result", Text::tr("Result"), *m);
        if (const auto m = validate::text(Text::tr("Reply"), t.reply, 2000, false, true))
            errors << fieldError("reply", Text::tr("Reply"), *m);
        break;
    case S::Evaluated:
        if (t.evaluation == Evaluation::None)
            errors << fieldError("evaluation", Text::tr("Evaluation"),
                                 Text::tr("Evaluation: choose satisfied, basically satisfied or "
                                          "dissatisfied."));
        break;
    case S::Topic:
        if (!t.activityId)
            errors << fieldError("activity", Text::tr("Meeting"),
                                 Text::tr("Meeting: choose the meeting that deliberates the "
                                          "topic."));
        break;
    case S::Escalated:
        if (!t.suggestionId)
            errors << fieldError("suggestion", Text::tr("Formal suggestion"),
                                 Text::tr("Formal suggestion: choose or create the suggestion."));
        break;
    default:
        break;
    }
    return errors;
}

} // namespace dd
