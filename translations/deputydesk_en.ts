<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dd::Roster</name>
    <message numerus="yes">
        <location filename="../core/io/roster.cpp" line="+139"/>
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
        <location filename="../app/cli/clicommands.cpp" line="+223"/>
        <source>%n deputies</source>
        <translation>
            <numerusform>%n deputy</numerusform>
            <numerusform>%n deputies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DeputiesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/deputiespage.cpp" line="+141"/>
        <source>%n deputies shown</source>
        <translation>
            <numerusform>%n deputy shown</numerusform>
            <numerusform>%n deputies shown</numerusform>
        </translation>
    </message>
</context>
</TS>
