<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
