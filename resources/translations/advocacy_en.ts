<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="118"/>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="129"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="130"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="131"/>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="290"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="315"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>%n problem of theirs overdue: fix them first.</numerusform>
            <numerusform>%n problems of theirs overdue: fix them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="322"/>
        <source>Problem overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="324"/>
        <source>Due attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="230"/>
        <source>Finding advocates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="234"/>
        <source>Finding customers at risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Listing people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="279"/>
        <source>Could not read the advocates: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="368"/>
        <source>Log {practice} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="378"/>
        <source>{practice} logged for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="386"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="418"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>Advocates are now due attention after %n day without any.</numerusform>
            <numerusform>Advocates are now due attention after %n days without any.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="438"/>
        <source>Merge customer {other} into {keep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="474"/>
        <source>Erasing the personal data of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="482"/>
        <source>Personal data of {name} erased from %n item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>Personal data of {name} erased from %n item; their scores stay in the statistics.</numerusform>
            <numerusform>Personal data of {name} erased from %n items; their scores stay in the statistics.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="490"/>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="496"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="499"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="508"/>
        <source>Reading the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="510"/>
        <source>Nobody matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="513"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>No advocate needs attention now: each had some within %n day, and none has an overdue problem.</numerusform>
            <numerusform>No advocate needs attention now: each had some within %n days, and none has an overdue problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="521"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="533"/>
        <source>%n advocate(s)</source>
        <translation>
            <numerusform>%n advocate</numerusform>
            <numerusform>%n advocates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="535"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n needs attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="537"/>
        <source>%n with a problem overdue</source>
        <translation>
            <numerusform>%n with a problem overdue</numerusform>
            <numerusform>%n with a problem overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="545"/>
        <source>%n customer(s) at risk</source>
        <translation>
            <numerusform>%n customer at risk</numerusform>
            <numerusform>%n customers at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="546"/>
        <source>%n fallen promoter(s)</source>
        <translation>
            <numerusform>%n fallen promoter</numerusform>
            <numerusform>%n fallen promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%n repeat detractor(s)</source>
        <translation>
            <numerusform>%n repeat detractor</numerusform>
            <numerusform>%n repeat detractors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="550"/>
        <source>Advocates (%n)</source>
        <translation>
            <numerusform>Advocates (%n)</numerusform>
            <numerusform>Advocates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="551"/>
        <source>At Risk (%n)</source>
        <translation>
            <numerusform>At Risk (%n)</numerusform>
            <numerusform>At Risk (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="555"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>day without attention</numerusform>
            <numerusform>days without attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="561"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>Only those needing &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="563"/>
        <source>&amp;Remind after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="565"/>
        <source>Search advocates by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="566"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Search name, e-mail, id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="374"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="376"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="391"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="77"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="77"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="78"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="78"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="78"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="78"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="84"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="86"/>
        <source>Imported, {count} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="87"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="44"/>
        <source>Log a Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="48"/>
        <source>What was done for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="76"/>
        <source>— Not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="83"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="90"/>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="92"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="99"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="119"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>They have %n open item</numerusform>
            <numerusform>They have %n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="121"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="45"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="46"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="48"/>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Thank them for speaking for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="51"/>
        <source>Make it easy for them to reach us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Active listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Ask their opinion, and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Credit them publicly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Be where they speak for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Fallen promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Repeat detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="66"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="67"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="245"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="332"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="403"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="246"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="335"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="407"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="247"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="248"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="406"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="249"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <source>Last care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Their latest answer to the recommend question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Their latest answer against the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="259"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="333"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="334"/>
        <source>Fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="336"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Latest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <source>0–6 in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="404"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="405"/>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="467"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="504"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="468"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="469"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="470"/>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="471"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="505"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="506"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="507"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89"/>
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln feedback</numerusform>
            <numerusform>%Ln feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln need</numerusform>
            <numerusform>%Ln needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>%Ln rejected row to review</numerusform>
            <numerusform>%Ln rejected rows to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="135"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="226"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="185"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="186"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="187"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="190"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="203"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="204"/>
        <source>Could not save the chart to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="217"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%n item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>%n item was changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</numerusform>
            <numerusform>%n items were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%n item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>%n item was changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</numerusform>
            <numerusform>%n items were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="133"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="133"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="133"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="134"/>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="134"/>
        <source>Edited later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="155"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="155"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="158"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="80"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="80"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="80"/>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="80"/>
        <source>Mapped by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="81"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="191"/>
        <source>Reading the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="217"/>
        <source>Erased customer #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="232"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="237"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="239"/>
        <source>advocate since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="244"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>%n problem overdue</numerusform>
            <numerusform>%n problems overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="246"/>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="260"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="261"/>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="264"/>
        <source>Speaks for us on: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>Feedback history (%n)</numerusform>
            <numerusform>Feedback history (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="270"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>Open items (%n)</numerusform>
            <numerusform>Open items (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="271"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>Care log (%n)</numerusform>
            <numerusform>Care log (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="293"/>
        <source>&amp;Log Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="294"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="296"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="448"/>
        <source>Erased customer #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="141"/>
        <source>Listing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="164"/>
        <source>Could not list the customers: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="173"/>
        <source>%n customer(s) listed</source>
        <translation>
            <numerusform>%n customer listed</numerusform>
            <numerusform>%n customers listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="173"/>
        <source>Export Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="173"/>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="174"/>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="192"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="175"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>Exporting items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="182"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{count} item written to {path}.</numerusform>
            <numerusform>{count} items written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="191"/>
        <source>NPS Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="191"/>
        <source>nps-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>Writing the NPS report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="198"/>
        <source>NPS report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="237"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="244"/>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="251"/>
        <source>&amp;Export items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="253"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="254"/>
        <source>NPS &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="256"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="258"/>
        <source>Export items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="231"/>
        <source>Chart saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="343"/>
        <source>Refreshing the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="382"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="392"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="396"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="404"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="407"/>
        <source>Refresh cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="415"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="422"/>
        <source>No catalogue is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="431"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="444"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="449"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="459"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="462"/>
        <source>No answers in the previous period of the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>a significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="464"/>
        <source>within the margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="466"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>No open items match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="474"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="476"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="477"/>
        <source>No 0–10 answers match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="484"/>
        <source>NPS by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="484"/>
        <source>NPS by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>NPS by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>NPS by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="490"/>
        <source>Answers by score (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="491"/>
        <source>NPS by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="492"/>
        <source>Needs that cost the most NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="493"/>
        <source>Open items by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="495"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>rolling %n day</numerusform>
            <numerusform>rolling %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="497"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="498"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="592"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="499"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="500"/>
        <source>fewer than 30 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="502"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="503"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="504"/>
        <source>detractors 0–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="505"/>
        <source>passives 7–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="506"/>
        <source>promoters 9–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="507"/>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="508"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="509"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="510"/>
        <source>NPS points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="511"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="513"/>
        <source>open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="514"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="531"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="532"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="534"/>
        <source>no need yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="536"/>
        <source>promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="536"/>
        <source>passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="541"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="546"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="551"/>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="553"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status(es)</numerusform>
            <numerusform>%n status(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="554"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>%n assignee</numerusform>
            <numerusform>%n assignees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="556"/>
        <source>import #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>All feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="565"/>
        <source>Showing: {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="566"/>
        <source>Filtered: {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="568"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>Rolling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="579"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="589"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="590"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="591"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%n item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>%n item is tagged with it: choose the need it gets instead.</numerusform>
            <numerusform>%n items are tagged with it: choose the need they get instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>The %n need below it goes under:</numerusform>
            <numerusform>The %n needs below it go under:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="123"/>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="126"/>
        <source>Delete the source “{name}”? Its %n item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Delete the source “{name}”? Its %n item stays in the catalogue.</numerusform>
            <numerusform>Delete the source “{name}”? Its %n items stay in the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>&amp;Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="136"/>
        <source>&amp;Leave them without a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="147"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="157"/>
        <source>Deleting a source cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="117"/>
        <source>Duplicate Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="124"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="152"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="161"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="165"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="184"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="188"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="202"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>%n pair to check.</numerusform>
            <numerusform>%n pairs to check.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="206"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="215"/>
        <source>Could not look for duplicates: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="239"/>
        <source>{other} merged into {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %n item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %n item; the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</numerusform>
            <numerusform>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %n items; the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="99"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="101"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="101"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="103"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="104"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="105"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="106"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="107"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="109"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="110"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="111"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="112"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="113"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Original columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>tagged with {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>untagged from {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="141"/>
        <source>source changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="221"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="222"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="226"/>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="231"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="232"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="235"/>
        <source>No need yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="239"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="244"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="245"/>
        <source>All needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="246"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="247"/>
        <source>Any import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="255"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="255"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="258"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="255"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="258"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="261"/>
        <source>Only the items of one import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="298"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="300"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="376"/>
        <source>Import #{batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="389"/>
        <source>More filters ({count}) {arrow}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="391"/>
        <source>More filters {arrow}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="446"/>
        <source>Save current filter as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="449"/>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="455"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="455"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="264"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="304"/>
        <source>Keys: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="306"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="414"/>
        <source>The catalogue is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="422"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="428"/>
        <source>Select one or more items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="441"/>
        <source>Updated with changes made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="483"/>
        <source>No rule matched the selected items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="515"/>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="522"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="526"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="527"/>
        <source>Due Date and Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="528"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="563"/>
        <source>Tag with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="571"/>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="576"/>
        <source>Set source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="583"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="583"/>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="587"/>
        <source>Apply auto-tag rules to selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="33"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="34"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="43"/>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="44"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>Won&apos;t fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="51"/>
        <source>Passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="52"/>
        <source>Detractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="160"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="193"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="193"/>
        <source>Ours (this catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="194"/>
        <source>Theirs (the other)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="148"/>
        <source>Text file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="149"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="155"/>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="158"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="166"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="178"/>
        <source>Choose a File to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="194"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="208"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="217"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="218"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="221"/>
        <source>about {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="239"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="240"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="244"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="248"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%n item(s) selected.</source>
        <translation>
            <numerusform>%n item selected.</numerusform>
            <numerusform>%n items selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="326"/>
        <source>Answer detractors within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="316"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="328"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="329"/>
        <source>Mark contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="330"/>
        <source>Export action list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="331"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="332"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="333"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="334"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Follow-up queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="399"/>
        <source>Reading the follow-up queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="446"/>
        <source>Export action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="446"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="461"/>
        <source>Exporting the action list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="463"/>
        <source>Exported %n action(s).</source>
        <translation>
            <numerusform>Exported %n action.</numerusform>
            <numerusform>Exported %n actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="465"/>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="481"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="494"/>
        <source>Overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="130"/>
        <source>Choose who is {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="137"/>
        <source>Role: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="140"/>
        <source>{kind} for {subject}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="143"/>
        <source>&amp;Holder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %n new item(s).</source>
        <translation>
            <numerusform>Imported {file}: %n new item.</numerusform>
            <numerusform>Imported {file}: %n new items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="44"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Score (0–10 recommend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Feedback ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="62"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="66"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="69"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="72"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="95"/>
        <source>— Not imported (kept as extra)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="221"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="232"/>
        <source>&amp;Stop Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="234"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="236"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="341"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="402"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="461"/>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="248"/>
        <source>Listing imports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="271"/>
        <source>Could not list the imports: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="314"/>
        <source>No rows of {file} were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>Rejected rows of {file}: %n. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>Rejected rows of {file}: %n. Export it, fix it, and import the file again.</numerusform>
            <numerusform>Rejected rows of {file}: %n. Export them, fix them, and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="324"/>
        <source>Listing rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="369"/>
        <source>Remove the %n item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>Remove the %n item that the import of {file} ({when}) added to the catalogue, with its tags and assignments?</numerusform>
            <numerusform>Remove the %n items that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="375"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="389"/>
        <source>Undoing the import of {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="394"/>
        <source>Undo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="395"/>
        <source>Could not undo the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="401"/>
        <source>%n item(s) of {file} removed.</source>
        <translation>
            <numerusform>%n item of {file} removed.</numerusform>
            <numerusform>%n items of {file} removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="410"/>
        <source>No catalogue is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="413"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="418"/>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="419"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="420"/>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="156"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="156"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>&amp;New Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Create a new, empty catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>Open an existing catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="164"/>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="166"/>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="167"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="170"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;Navigation Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="179"/>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="181"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="182"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="183"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="196"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="196"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="199"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="199"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="206"/>
        <source>{name} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="217"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="235"/>
        <source>Creating {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="245"/>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>New Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="263"/>
        <source>Open Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="292"/>
        <source>Back Up Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="300"/>
        <source>Backing up {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="305"/>
        <source>Backup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="317"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="334"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="345"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="347"/>
        <source>Cannot Open Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>Could not open {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="355"/>
        <source>Cannot Create Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="356"/>
        <source>Could not create {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="365"/>
        <source>Opening {name} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="370"/>
        <source>Backup saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="375"/>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="376"/>
        <source>Could not back up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="427"/>
        <source>{name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="455"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="320"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>%n value cannot be read</numerusform>
            <numerusform>%n values cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="175"/>
        <source>Check the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="179"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="209"/>
        <source>Checking the values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="209"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="240"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>%n of the first rows cannot be imported as it is (highlighted).</numerusform>
            <numerusform>%n of the first rows cannot be imported as they are (highlighted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="246"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>No problems in the %n row.</numerusform>
            <numerusform>No problems in the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="257"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="274"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="279"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="283"/>
        <source>You changed the mapping since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="294"/>
        <source>Day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="295"/>
        <source>Month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="302"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="312"/>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="313"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="325"/>
        <source>Go back and choose a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Choose the order of the dates to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="332"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="340"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="341"/>
        <source>The text &amp;looks right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="345"/>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>Columns and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="348"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>Save as &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="63"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="63"/>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="64"/>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="64"/>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="73"/>
        <source>Need or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="79"/>
        <source>Source: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="92"/>
        <source>(from {parent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>Nobody is responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="42"/>
        <source>&amp;Merge Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="44"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="55"/>
        <source>Merge Which Catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="56"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="63"/>
        <source>Cannot Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="64"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="37"/>
        <source>Items</source>
        <extracomment>names the service uses for tables and fields, translated for display (context MergeDialog)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="38"/>
        <source>Item needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="39"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="40"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="41"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="42"/>
        <source>Role holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="43"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="44"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="45"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="46"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="47"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Column mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Tag rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Care log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="236"/>
        <source>Merge Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="241"/>
        <source>Comparing the catalogues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="268"/>
        <source>Keep All Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="269"/>
        <source>Take All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="270"/>
        <source>Take the Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="271"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="284"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="316"/>
        <source>Comparing catalogues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="322"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="329"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="332"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="335"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… and %n more mapped by name</numerusform>
            <numerusform>… and %n more mapped by name</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="351"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="359"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="365"/>
        <source>Merging catalogues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="372"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="379"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %n item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>Merge “{name}” into another need. The %n item tagged with it gets that need instead (none twice), the needs below it move there, and “{name}” is removed.</numerusform>
            <numerusform>Merge “{name}” into another need. The %n items tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="104"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="105"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="369"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="372"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="375"/>
        <source>Needs of the %n selected item(s)</source>
        <translation>
            <numerusform>Needs of the %n selected item</numerusform>
            <numerusform>Needs of the %n selected items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="68"/>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="68"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="68"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="68"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="87"/>
        <source>%n item(s) tagged with this need itself</source>
        <translation>
            <numerusform>%n item tagged with this need itself</numerusform>
            <numerusform>%n items tagged with this need itself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="193"/>
        <source>Listing needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="206"/>
        <source>Could not list the needs: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="289"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="305"/>
        <source>Name of the need under “{parent}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="306"/>
        <source>Name of the need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Add Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="311"/>
        <source>Add need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="323"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="329"/>
        <source>Edit need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="338"/>
        <source>Colour of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="344"/>
        <source>Colour need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="357"/>
        <source>Set the key of need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="364"/>
        <source>Move need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="386"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="411"/>
        <source>Delete need “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="439"/>
        <source>Needs taxonomy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="439"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="447"/>
        <source>Export Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="448"/>
        <source>needs.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="458"/>
        <source>Exporting needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="461"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>%n need exported to {file}.</numerusform>
            <numerusform>%n needs exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="464"/>
        <source>Could not export the needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="473"/>
        <source>Import Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="474"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="474"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="482"/>
        <source>Importing needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="486"/>
        <source>Could not import the needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="493"/>
        <source>Import needs from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="497"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="508"/>
        <source>No catalogue is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="511"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="517"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="520"/>
        <source>Add &amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="392"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="395"/>
        <source>Last choices before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="411"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="411"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="423"/>
        <source>Listing sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="442"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="455"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="457"/>
        <source>Ready to read {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="459"/>
        <source>(about {rows} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="468"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>e.g. Trustpilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="470"/>
        <source>Check &amp;only, do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="473"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="88"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="88"/>
        <source>Older record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="88"/>
        <source>Newer record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="96"/>
        <source>id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="102"/>
        <source>Same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="102"/>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="105"/>
        <source>Both match “{key}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="86"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="86"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="86"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="300"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="557"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="327"/>
        <source>Reading people and responsibilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="340"/>
        <source>Could not read the people: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="359"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>%n need or source without anyone responsible. Double-click a cell or press Enter to choose who holds it.</numerusform>
            <numerusform>%n needs or sources without anyone responsible. Double-click a cell or press Enter to choose who holds it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="369"/>
        <source>Level {level} of 4 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="382"/>
        <source>The highest level is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="384"/>
        <source>Missing for level {level}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="388"/>
        <source>no advocates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="388"/>
        <source>single advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="389"/>
        <source>an advocacy team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="389"/>
        <source>coordination across the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="390"/>
        <source>every strategy and every employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="417"/>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="437"/>
        <source>Role {name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="442"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="446"/>
        <source>Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="442"/>
        <source>Role name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="446"/>
        <source>What does this role do? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="475"/>
        <source>Set {kind} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="486"/>
        <source>Clear {kind} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="529"/>
        <source>Export Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Exporting the matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="543"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n row written to {file}.</numerusform>
            <numerusform>%n rows written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Could not export the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="558"/>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Add &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="560"/>
        <source>&amp;Choose Holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="561"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="562"/>
        <source>E&amp;xport Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="563"/>
        <source>Reached:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="185"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="194"/>
        <source>(extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="205"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="90"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="90"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="90"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="90"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="91"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="91"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="126"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="129"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="263"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="280"/>
        <source>No star ratings match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="281"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="284"/>
        <source>Star ratings by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="287"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="287"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="287"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="287"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="288"/>
        <source>Stars (rounded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="228"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="232"/>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="234"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="244"/>
        <source>%n row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>%n row to fix saved in {path}.</numerusform>
            <numerusform>%n rows to fix saved in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="252"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="259"/>
        <source>Exporting rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="171"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="171"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="171"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="171"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="182"/>
        <source>The whole row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="187"/>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="51"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="52"/>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="60"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="65"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="69"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="263"/>
        <source>Listing rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="278"/>
        <source>Could not list the rules: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="297"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="319"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="334"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="352"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="366"/>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="388"/>
        <source>Previewing rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="405"/>
        <source>Could not preview the rule: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="410"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>Would tag %Ln new item</numerusform>
            <numerusform>Would tag %Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="411"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(%Ln match in all)</numerusform>
            <numerusform>(%Ln matches in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>— all of them already have this need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— the others already have this need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="431"/>
        <source>Applying the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="435"/>
        <source>Applying auto-tag rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="446"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>%Ln item tagged by the rules.</numerusform>
            <numerusform>%Ln items tagged by the rules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="453"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>This cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="466"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Could not apply the rules: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="474"/>
        <source>Auto-tag Rules — {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="479"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="479"/>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="479"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>This need has no rules yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="484"/>
        <source>Keyword, phrase or expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="485"/>
        <source>The first items the rule would tag appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>A&amp;pply All Rules Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="492"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="142"/>
        <source>Check Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="143"/>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="148"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="159"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="162"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="185"/>
        <source>{done} of about {total} rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="192"/>
        <source>{done} rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="196"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="202"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="203"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="210"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="213"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="228"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>%n item(s) added to the catalogue.</source>
        <translation>
            <numerusform>%n item added to the catalogue.</numerusform>
            <numerusform>%n items added to the catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="235"/>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="236"/>
        <source>would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="236"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>already there (duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="259"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="269"/>
        <source>Listing rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="301"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="302"/>
        <source>Show in &amp;Imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="275"/>
        <source>Choose a Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="278"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="294"/>
        <source>{name}   (hidden sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="300"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="332"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="345"/>
        <source>Reading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="68"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>&amp;Collect feedback from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="80"/>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="81"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="82"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="28"/>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="29"/>
        <source>Review site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="30"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="102"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="102"/>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="102"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="103"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="103"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="103"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="103"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="110"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="113"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="182"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>Only %n answer: fewer than 30, so the margin of error is wide.</numerusform>
            <numerusform>Only %n answers: fewer than 30, so the margin of error is wide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="186"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="341"/>
        <source>Listing sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="374"/>
        <source>Could not list the sources: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="387"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n source, </numerusform>
            <numerusform>%n sources, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="388"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n collected</numerusform>
            <numerusform>%n collected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="390"/>
        <source>%n item(s) without a source</source>
        <translation>
            <numerusform>%n item without a source</numerusform>
            <numerusform>%n items without a source</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="392"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="421"/>
        <source>Collect from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="422"/>
        <source>Stop collecting from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="435"/>
        <source>Edit source {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="468"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="476"/>
        <source>A source named “{name}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="482"/>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="492"/>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="520"/>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="521"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="522"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="523"/>
        <source>No catalogue is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %n item(s) with {need}</source>
        <translation>
            <numerusform>Tag %n item with {need}</numerusform>
            <numerusform>Tag %n items with {need}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %n item(s) from {need}</source>
        <translation>
            <numerusform>Untag %n item from {need}</numerusform>
            <numerusform>Untag %n items from {need}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %n item(s) to {source}</source>
        <translation>
            <numerusform>Set source of %n item to {source}</numerusform>
            <numerusform>Set source of %n items to {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %n item(s) by rules</source>
        <translation>
            <numerusform>Auto-tag %n item by rules</numerusform>
            <numerusform>Auto-tag %n items by rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %n item(s) to {person}</source>
        <translation>
            <numerusform>Assign %n item to {person}</numerusform>
            <numerusform>Assign %n items to {person}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %n item(s)</source>
        <translation>
            <numerusform>Unassign %n item</numerusform>
            <numerusform>Unassign %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %n item(s) to {status}</source>
        <translation>
            <numerusform>Set status of %n item to {status}</numerusform>
            <numerusform>Set status of %n items to {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %n item(s) contacted</source>
        <translation>
            <numerusform>Mark %n item contacted</numerusform>
            <numerusform>Mark %n items contacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %n item(s)</source>
        <translation>
            <numerusform>Set the due date of %n item</numerusform>
            <numerusform>Set the due date of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %n item(s)</source>
        <translation>
            <numerusform>Set the notes of %n item</numerusform>
            <numerusform>Set the notes of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="66"/>
        <source>Due date and notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
