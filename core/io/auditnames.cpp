#include "auditnames.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

namespace {
// The names by key, looked up in a hash: a list of a thousand entries asks thousands of times.
QHash<QString, const char*> indexed(const AuditNames& names)
{
    QHash<QString, const char*> index;
    for (const auto& [key, name] : names)
        index.insert(QString::fromLatin1(key), name);
    return index;
}

} // namespace

const AuditNames& auditTableNames()
{
    static const AuditNames names = {
        {"activities", QT_TRANSLATE_NOOP("dd::AuditView", "Activity")},
        {"activity_kinds", QT_TRANSLATE_NOOP("dd::AuditView", "Activity kind")},
        {"activity_plans", QT_TRANSLATE_NOOP("dd::AuditView", "Recurring plan")},
        {"calendar_days", QT_TRANSLATE_NOOP("dd::AuditView", "Work calendar")},
        {"committee_members", QT_TRANSLATE_NOOP("dd::AuditView", "Committee member")},
        {"communities", QT_TRANSLATE_NOOP("dd::AuditView", "Community")},
        {"deputies", QT_TRANSLATE_NOOP("dd::AuditView", "Deputy")},
        {"deputy_groups", QT_TRANSLATE_NOOP("dd::AuditView", "Deputy group")},
        {"grids", QT_TRANSLATE_NOOP("dd::AuditView", "Grid")},
        {"group_members", QT_TRANSLATE_NOOP("dd::AuditView", "Group member")},
        {"handling_units", QT_TRANSLATE_NOOP("dd::AuditView", "Handling unit")},
        {"nominations", QT_TRANSLATE_NOOP("dd::AuditView", "Nominee")},
        {"observers", QT_TRANSLATE_NOOP("dd::AuditView", "Observer")},
        {"office", QT_TRANSLATE_NOOP("dd::AuditView", "Office settings")},
        {"opinion_categories", QT_TRANSLATE_NOOP("dd::AuditView", "Opinion category")},
        {"opinion_raisings", QT_TRANSLATE_NOOP("dd::AuditView", "Opinion raised at a meeting")},
        {"opinion_supervisions", QT_TRANSLATE_NOOP("dd::AuditView", "Opinion supervision")},
        {"opinions", QT_TRANSLATE_NOOP("dd::AuditView", "Opinion")},
        {"selection_objections", QT_TRANSLATE_NOOP("dd::AuditView", "Objection")},
        {"selection_quotas", QT_TRANSLATE_NOOP("dd::AuditView", "Seat structure")},
        {"selection_rounds", QT_TRANSLATE_NOOP("dd::AuditView", "Selection round")},
        {"suggestions", QT_TRANSLATE_NOOP("dd::AuditView", "Suggestion")},
        {"supervision_topics", QT_TRANSLATE_NOOP("dd::AuditView", "Supervision topic")},
        {"users", QT_TRANSLATE_NOOP("dd::AuditView", "User")},
        {"venues", QT_TRANSLATE_NOOP("dd::AuditView", "Venue")}};
    return names;
}

// Field labels by key; "table.key" where a key means something else in that table.
const AuditNames& auditFieldNames()
{
    static const AuditNames names = {
        {"deputies.name", QT_TRANSLATE_NOOP("dd::AuditView", "Full name")},
        {"nominations.name", QT_TRANSLATE_NOOP("dd::AuditView", "Full name")},
        {"users.name", QT_TRANSLATE_NOOP("dd::AuditView", "Full name")},
        {"office.name", QT_TRANSLATE_NOOP("dd::AuditView", "Street office")},
        {"opinion_supervisions.by", QT_TRANSLATE_NOOP("dd::AuditView", "Supervised by")},
        // entries about the whole file (a lock broken, a backup restored)
        {".app", QT_TRANSLATE_NOOP("dd::AuditView", "Program")},
        {".from", QT_TRANSLATE_NOOP("dd::AuditView", "Restored from")},
        {".host", QT_TRANSLATE_NOOP("dd::AuditView", "Computer")},
        {".pid", QT_TRANSLATE_NOOP("dd::AuditView", "Process")},
        {".since", QT_TRANSLATE_NOOP("dd::AuditView", "Held since")},
        {".user", QT_TRANSLATE_NOOP("dd::AuditView", "Held by")},
        {"suggestions.deputies", QT_TRANSLATE_NOOP("dd::AuditView", "Deputies submitting")},
        {"group_members.role", QT_TRANSLATE_NOOP("dd::AuditView", "Post in the group")},
        {"action", QT_TRANSLATE_NOOP("dd::AuditView", "Action")},
        {"actions", QT_TRANSLATE_NOOP("dd::AuditView", "Action items")},
        {"active", QT_TRANSLATE_NOOP("dd::AuditView", "Active")},
        {"activity_id", QT_TRANSLATE_NOOP("dd::AuditView", "Meeting")},
        {"address", QT_TRANSLATE_NOOP("dd::AuditView", "Address")},
        {"announced_on", QT_TRANSLATE_NOOP("dd::AuditView", "Announced on")},
        {"anonymous", QT_TRANSLATE_NOOP("dd::AuditView", "Anonymous")},
        {"archived_on", QT_TRANSLATE_NOOP("dd::AuditView", "Archived on")},
        {"attendance_change_reason", QT_TRANSLATE_NOOP("dd::AuditView", "Why attendance changed")},
        {"attendees", QT_TRANSLATE_NOOP("dd::AuditView", "Deputies attending")},
        {"backup", QT_TRANSLATE_NOOP("dd::AuditView", "Copy kept before")},
        {"birth_date", QT_TRANSLATE_NOOP("dd::AuditView", "Birth date")},
        {"category_id", QT_TRANSLATE_NOOP("dd::AuditView", "Category")},
        {"channel", QT_TRANSLATE_NOOP("dd::AuditView", "Channel")},
        {"city", QT_TRANSLATE_NOOP("dd::AuditView", "City")},
        {"community_id", QT_TRANSLATE_NOOP("dd::AuditView", "Community")},
        {"completed_on", QT_TRANSLATE_NOOP("dd::AuditView", "Resolved on")},
        {"confirmed", QT_TRANSLATE_NOOP("dd::AuditView", "Candidates confirmed")},
        {"congress", QT_TRANSLATE_NOOP("dd::AuditView", "Congress session")},
        {"congress_term", QT_TRANSLATE_NOOP("dd::AuditView", "Congress term")},
        {"content", QT_TRANSLATE_NOOP("dd::AuditView", "Content")},
        {"date", QT_TRANSLATE_NOOP("dd::AuditView", "Date")},
        {"day", QT_TRANSLATE_NOOP("dd::AuditView", "Day")},
        {"deadline", QT_TRANSLATE_NOOP("dd::AuditView", "Deadline")},
        {"deputies", QT_TRANSLATE_NOOP("dd::AuditView", "Deputies")},
        {"deputy_id", QT_TRANSLATE_NOOP("dd::AuditView", "Deputy")},
        {"describe", QT_TRANSLATE_NOOP("dd::AuditView", "Recurrence")},
        {"dimension", QT_TRANSLATE_NOOP("dd::AuditView", "Dimension")},
        {"dispatched_on", QT_TRANSLATE_NOOP("dd::AuditView", "Dispatched on")},
        {"display_name", QT_TRANSLATE_NOOP("dd::AuditView", "Display name")},
        {"district", QT_TRANSLATE_NOOP("dd::AuditView", "District")},
        {"education", QT_TRANSLATE_NOOP("dd::AuditView", "Education")},
        {"electoral_district", QT_TRANSLATE_NOOP("dd::AuditView", "Electoral district")},
        {"ends_at", QT_TRANSLATE_NOOP("dd::AuditView", "Ends at")},
        {"ethnicity", QT_TRANSLATE_NOOP("dd::AuditView", "Ethnicity")},
        {"evaluated_on", QT_TRANSLATE_NOOP("dd::AuditView", "Evaluated on")},
        {"evaluation", QT_TRANSLATE_NOOP("dd::AuditView", "Evaluation")},
        {"expertise", QT_TRANSLATE_NOOP("dd::AuditView", "Expertise")},
        {"failed_logins", QT_TRANSLATE_NOOP("dd::AuditView", "Failed log-ins")},
        {"feedback_on", QT_TRANSLATE_NOOP("dd::AuditView", "Feedback on")},
        {"field", QT_TRANSLATE_NOOP("dd::AuditView", "Field")},
        {"file", QT_TRANSLATE_NOOP("dd::AuditView", "File")},
        {"first_day", QT_TRANSLATE_NOOP("dd::AuditView", "From")},
        {"first_id", QT_TRANSLATE_NOOP("dd::AuditView", "First opinion added")},
        {"gender", QT_TRANSLATE_NOOP("dd::AuditView", "Gender")},
        {"grid_id", QT_TRANSLATE_NOOP("dd::AuditView", "Grid")},
        {"group_id", QT_TRANSLATE_NOOP("dd::AuditView", "Deputy group")},
        {"handling_unit_id", QT_TRANSLATE_NOOP("dd::AuditView", "Handling unit")},
        {"has_password", QT_TRANSLATE_NOOP("dd::AuditView", "Has a password")},
        {"headings", QT_TRANSLATE_NOOP("dd::AuditView", "Minutes headings")},
        {"holidays", QT_TRANSLATE_NOOP("dd::AuditView", "Holidays")},
        {"host", QT_TRANSLATE_NOOP("dd::AuditView", "Chaired by")},
        {"id_number", QT_TRANSLATE_NOOP("dd::AuditView", "ID number")},
        {"inserted", QT_TRANSLATE_NOOP("dd::AuditView", "Added")},
        {"kind", QT_TRANSLATE_NOOP("dd::AuditView", "Kind")},
        {"kind_id", QT_TRANSLATE_NOOP("dd::AuditView", "Activity kind")},
        {"last_day", QT_TRANSLATE_NOOP("dd::AuditView", "Until")},
        {"last_id", QT_TRANSLATE_NOOP("dd::AuditView", "Last opinion added")},
        {"levels", QT_TRANSLATE_NOOP("dd::AuditView", "Congress levels")},
        {"login", QT_TRANSLATE_NOOP("dd::AuditView", "User name")},
        {"method", QT_TRANSLATE_NOOP("dd::AuditView", "Method")},
        {"minutes", QT_TRANSLATE_NOOP("dd::AuditView", "Minutes")},
        {"name", QT_TRANSLATE_NOOP("dd::AuditView", "Name")},
        {"nominated_by", QT_TRANSLATE_NOOP("dd::AuditView", "Nominated by")},
        {"nomination_id", QT_TRANSLATE_NOOP("dd::AuditView", "Nominee")},
        {"note", QT_TRANSLATE_NOOP("dd::AuditView", "Note")},
        {"notes", QT_TRANSLATE_NOOP("dd::AuditView", "Notes")},
        {"notice_end", QT_TRANSLATE_NOOP("dd::AuditView", "Notice until")},
        {"notice_start", QT_TRANSLATE_NOOP("dd::AuditView", "Notice from")},
        {"number", QT_TRANSLATE_NOOP("dd::AuditView", "Number")},
        {"on", QT_TRANSLATE_NOOP("dd::AuditView", "Date")},
        {"opinion_id", QT_TRANSLATE_NOOP("dd::AuditView", "Opinion")},
        {"opinions", QT_TRANSLATE_NOOP("dd::AuditView", "Opinions")},
        {"organiser", QT_TRANSLATE_NOOP("dd::AuditView", "Organiser")},
        {"outcome", QT_TRANSLATE_NOOP("dd::AuditView", "Outcome")},
        {"participants", QT_TRANSLATE_NOOP("dd::AuditView", "Other participants")},
        {"party", QT_TRANSLATE_NOOP("dd::AuditView", "Political affiliation")},
        {"phone", QT_TRANSLATE_NOOP("dd::AuditView", "Phone")},
        {"place", QT_TRANSLATE_NOOP("dd::AuditView", "Place")},
        {"previous_copy", QT_TRANSLATE_NOOP("dd::AuditView", "Copy kept before")},
        {"priority", QT_TRANSLATE_NOOP("dd::AuditView", "Priority")},
        {"quotas", QT_TRANSLATE_NOOP("dd::AuditView", "Seat structure")},
        {"raised_on", QT_TRANSLATE_NOOP("dd::AuditView", "Raised again on")},
        {"reason", QT_TRANSLATE_NOOP("dd::AuditView", "Reason")},
        {"received_on", QT_TRANSLATE_NOOP("dd::AuditView", "Received on")},
        {"registered_on", QT_TRANSLATE_NOOP("dd::AuditView", "Registered on")},
        {"reject_reason", QT_TRANSLATE_NOOP("dd::AuditView", "Why not accepted")},
        {"reply", QT_TRANSLATE_NOOP("dd::AuditView", "Reply")},
        {"reply_on", QT_TRANSLATE_NOOP("dd::AuditView", "Replied on")},
        {"residents", QT_TRANSLATE_NOOP("dd::AuditView", "Residents")},
        {"residents_count", QT_TRANSLATE_NOOP("dd::AuditView", "Residents attending")},
        {"responsibility", QT_TRANSLATE_NOOP("dd::AuditView", "Responsibility")},
        {"result", QT_TRANSLATE_NOOP("dd::AuditView", "Result")},
        {"retired", QT_TRANSLATE_NOOP("dd::AuditView", "Retired")},
        {"role", QT_TRANSLATE_NOOP("dd::AuditView", "Role")},
        {"round_id", QT_TRANSLATE_NOOP("dd::AuditView", "Selection round")},
        {"rows", QT_TRANSLATE_NOOP("dd::AuditView", "Rows")},
        {"rule", QT_TRANSLATE_NOOP("dd::AuditView", "Recurrence")},
        {"satisfaction", QT_TRANSLATE_NOOP("dd::AuditView", "Deputy's satisfaction")},
        {"schema_version", QT_TRANSLATE_NOOP("dd::AuditView", "File version")},
        {"seats", QT_TRANSLATE_NOOP("dd::AuditView", "Seats")},
        {"sector", QT_TRANSLATE_NOOP("dd::AuditView", "Sector")},
        {"session_on", QT_TRANSLATE_NOOP("dd::AuditView", "Supervision session on")},
        {"skipped", QT_TRANSLATE_NOOP("dd::AuditView", "Skipped")},
        {"stage", QT_TRANSLATE_NOOP("dd::AuditView", "Stage")},
        {"starts_at", QT_TRANSLATE_NOOP("dd::AuditView", "Starts at")},
        {"state", QT_TRANSLATE_NOOP("dd::AuditView", "State")},
        {"status", QT_TRANSLATE_NOOP("dd::AuditView", "Status")},
        {"status_date", QT_TRANSLATE_NOOP("dd::AuditView", "Date of leaving")},
        {"steps", QT_TRANSLATE_NOOP("dd::AuditView", "Checklist")},
        {"submitted_on", QT_TRANSLATE_NOOP("dd::AuditView", "Submitted on")},
        {"submitter_name", QT_TRANSLATE_NOOP("dd::AuditView", "Submitted by")},
        {"submitter_phone", QT_TRANSLATE_NOOP("dd::AuditView", "Submitter's phone")},
        {"suggestion_id", QT_TRANSLATE_NOOP("dd::AuditView", "Formal suggestion")},
        {"term", QT_TRANSLATE_NOOP("dd::AuditView", "Term")},
        {"title", QT_TRANSLATE_NOOP("dd::AuditView", "Title")},
        {"topics", QT_TRANSLATE_NOOP("dd::AuditView", "Topics")},
        {"updated", QT_TRANSLATE_NOOP("dd::AuditView", "Updated")},
        {"venue_id", QT_TRANSLATE_NOOP("dd::AuditView", "Venue")},
        {"work_unit", QT_TRANSLATE_NOOP("dd::AuditView", "Work unit and post")},
        {"work_year", QT_TRANSLATE_NOOP("dd::AuditView", "Work year")},
        {"workday", QT_TRANSLATE_NOOP("dd::AuditView", "Working day")},
        {"workdays", QT_TRANSLATE_NOOP("dd::AuditView", "Swapped working days")}};
    return names;
}

const char* auditTableNameOf(const QString& table)
{
    static const QHash<QString, const char*> index = indexed(auditTableNames());
    return index.value(table);
}

const char* auditFieldNameOf(const QString& key)
{
    static const QHash<QString, const char*> index = indexed(auditFieldNames());
    return index.value(key);
}

} // namespace dd
