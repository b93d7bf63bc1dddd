<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dd::Activity</name>
    <message numerus="yes">
        <location filename="../core/activity/activityrepository.cpp" line="+584"/>
        <source>Topics: %n resident&apos;s opinion(s) were turned into topics of this meeting (%1); it is kept as their record.</source>
        <translation>
            <numerusform>Topics: %n resident&apos;s opinion was turned into a topic of this meeting (%1); it is kept as its record.</numerusform>
            <numerusform>Topics: %n residents&apos; opinions were turned into topics of this meeting (%1); it is kept as their record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::AuditView</name>
    <message numerus="yes">
        <location filename="../core/io/auditview.cpp" line="+443"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DeputyGroup</name>
    <message numerus="yes">
        <location filename="../core/org/deputygroup.cpp" line="+176"/>
        <source>A group has one leader; %n members are marked as leader.</source>
        <translation>
            <numerusform>A group has one leader; %n member is marked as leader.</numerusform>
            <numerusform>A group has one leader; %n members are marked as leader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Import</name>
    <message numerus="yes">
        <location filename="../core/io/importreport.cpp" line="+104"/>
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Integrity</name>
    <message numerus="yes">
        <location filename="../core/storage/integrity.cpp" line="+103"/>
        <source>%n row(s), chain unbroken.</source>
        <translation>
            <numerusform>%n row, chain unbroken.</numerusform>
            <numerusform>%n rows, chain unbroken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Minutes</name>
    <message numerus="yes">
        <location filename="../core/activity/minutes.cpp" line="+52"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>residents (%n)</source>
        <translation>
            <numerusform>residents (%n)</numerusform>
            <numerusform>residents (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Roster</name>
    <message numerus="yes">
        <location filename="../core/io/roster.cpp" line="+156"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::SelectionNotice</name>
    <message numerus="yes">
        <location filename="../core/org/selectionnotice.cpp" line="+42"/>
        <source>After nomination, preliminary review and joint review (“two down, two up”), the %n proposed representative(s) of %1 are announced below. The notice runs from %2 to %3 (3 working days). Objections may be raised with the office&apos;s people&apos;s congress work committee during the notice.</source>
        <translation>
            <numerusform>After nomination, preliminary review and joint review (“two down, two up”), the %n proposed representative of %1 is announced below. The notice runs from %2 to %3 (3 working days). Objections may be raised with the office&apos;s people&apos;s congress work committee during the notice.</numerusform>
            <numerusform>After nomination, preliminary review and joint review (“two down, two up”), the %n proposed representatives of %1 are announced below. The notice runs from %2 to %3 (3 working days). Objections may be raised with the office&apos;s people&apos;s congress work committee during the notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n resident(s) jointly</source>
        <translation>
            <numerusform>%n resident jointly</numerusform>
            <numerusform>%n residents jointly</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Suggestion</name>
    <message numerus="yes">
        <location filename="../core/opinion/suggestion.cpp" line="+327"/>
        <source>Opinions: %n opinion(s) were escalated to this suggestion; it is kept as their record.</source>
        <translation>
            <numerusform>Opinions: %n opinion was escalated to this suggestion; it is kept as its record.</numerusform>
            <numerusform>Opinions: %n opinions were escalated to this suggestion; it is kept as their record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+342"/>
        <source>%n deputies</source>
        <translation>
            <numerusform>%n deputy</numerusform>
            <numerusform>%n deputies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliactivities.cpp" line="+71"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cliopinions.cpp" line="+96"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.h" line="+70"/>
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported</numerusform>
            <numerusform>%n problems in %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+78"/>
        <source>%1	leader: %2	%n member(s)</source>
        <translation>
            <numerusform>%1	leader: %2	%n member</numerusform>
            <numerusform>%1	leader: %2	%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliopinions.cpp" line="-1"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>%n opinion</numerusform>
            <numerusform>%n opinions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ActionItemsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/actionitemspage.cpp" line="+93"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ActivitiesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/activitiespage.cpp" line="+195"/>
        <source>%n activities held</source>
        <translation>
            <numerusform>%n activity held</numerusform>
            <numerusform>%n activities held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Delete “%1” with its attendance, minutes and %n action item(s)? This cannot be undone (the audit log keeps what it held).</source>
        <translation>
            <numerusform>Delete “%1” with its attendance, minutes and %n open action item? This cannot be undone (the audit log keeps what it held).</numerusform>
            <numerusform>Delete “%1” with its attendance, minutes and %n open action items? This cannot be undone (the audit log keeps what it held).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/auditdialog.cpp" line="+143"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputiesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/deputiespage.cpp" line="+185"/>
        <source>%n deputies shown</source>
        <translation>
            <numerusform>%n deputy shown</numerusform>
            <numerusform>%n deputies shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::GroupsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/groupspage.cpp" line="+100"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::OpinionsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/opinionspage.cpp" line="+220"/>
        <source>%n opinion(s)</source>
        <translation>
            <numerusform>%n opinion</numerusform>
            <numerusform>%n opinions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::RecordTable</name>
    <message numerus="yes">
        <location filename="../ui/widgets/recordtable.cpp" line="+82"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::SelectionPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/selectionpage.cpp" line="+212"/>
        <source>%n resident(s) jointly</source>
        <translation>
            <numerusform>%n resident jointly</numerusform>
            <numerusform>%n residents jointly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n deliberation representative(s) confirmed.</source>
        <translation>
            <numerusform>%n deliberation representative confirmed.</numerusform>
            <numerusform>%n deliberation representatives confirmed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::SuggestionsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/suggestionspage.cpp" line="+301"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replied</source>
        <translation>
            <numerusform>%n replied</numerusform>
            <numerusform>%n replied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::VenuesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/venuespage.cpp" line="+65"/>
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
</context>
</TS>
