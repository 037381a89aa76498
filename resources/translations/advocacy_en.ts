<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogueStatus</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89" />
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln feedback</numerusform>
            <numerusform>%Ln feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90" />
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91" />
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln need</numerusform>
            <numerusform>%Ln needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99" />
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100" />
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101" />
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102" />
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>%Ln rejected row to review</numerusform>
            <numerusform>%Ln rejected rows to review</numerusform>
        </translation>
    </message>
</context>
</TS>
