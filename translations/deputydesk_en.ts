<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dd::Roster</name>
    <message numerus="yes">
        <location filename="../core/io/roster.cpp" line="+152"/>
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+235"/>
        <source>%n deputies</source>
        <translation>
            <numerusform>%n deputy</numerusform>
            <numerusform>%n deputies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n problem(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported</numerusform>
            <numerusform>%n problems in %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1	leader: %2	%n member(s)</source>
        <translation>
            <numerusform>%1	leader: %2	%n member</numerusform>
            <numerusform>%1	leader: %2	%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputiesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/deputiespage.cpp" line="+155"/>
        <source>%n deputies shown</source>
        <translation>
            <numerusform>%n deputy shown</numerusform>
            <numerusform>%n deputies shown</numerusform>
        </translation>
    </message>
</context>
</TS>
