<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation>Jede Informationsquelle über Ihre Kunden ermitteln.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation>Die Quellen auswählen, aus denen sich das Sammeln lohnt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation>Feedback sammeln und nach einem klaren Schema von Bedürfnissen katalogisieren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation>Auswerten: NPS, Trends und die Bedürfnisse, die den NPS am meisten senken.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation>Festlegen, wer für welches Bedürfnis, welche Quelle und welchen Eintrag verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation>Ein Offline-Katalog für Kundenfeedback im Sinne von Customer Advocacy: zum Wohl der Kunden handeln, bis sie Sie weiterempfehlen. Er unterstützt die fünf Schritte der Methode:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="27"/>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="41"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="295"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="320"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>%n Problem von ihnen ist überfällig: zuerst beheben.</numerusform>
            <numerusform>%n Probleme von ihnen sind überfällig: zuerst beheben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="327"/>
        <source>Problem overdue</source>
        <translation>Problem überfällig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="329"/>
        <source>Due attention</source>
        <translation>Zuwendung fällig</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Finding advocates…</source>
        <translation>Markenbotschafter werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="241"/>
        <source>Finding customers at risk…</source>
        <translation>Gefährdete Kunden werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="244"/>
        <source>Listing people…</source>
        <translation>Personen werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="286"/>
        <source>Could not read the advocates: {error}</source>
        <translation>Die Markenbotschafter konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="375"/>
        <source>Log {practice} for {name}</source>
        <translation>{practice} für {name} erfassen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="385"/>
        <source>{practice} logged for {name}.</source>
        <translation>{practice} für {name} erfasst.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="393"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation>{practice} vom {day} für {name} löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="425"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>Markenbotschafter brauchen jetzt nach %n Tag ohne Zuwendung wieder Zuwendung.</numerusform>
            <numerusform>Markenbotschafter brauchen jetzt nach %n Tagen ohne Zuwendung wieder Zuwendung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="445"/>
        <source>Merge customer {other} into {keep}</source>
        <translation>Kunde {other} mit {keep} zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="481"/>
        <source>Erasing the personal data of {name}…</source>
        <translation>Personenbezogene Daten von {name} werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="489"/>
        <source>Personal data of {name} erased from %Ln item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>Personenbezogene Daten von {name} aus %Ln Eintrag gelöscht; die Empfehlungswerte bleiben in der Statistik.</numerusform>
            <numerusform>Personenbezogene Daten von {name} aus %Ln Einträgen gelöscht; die Empfehlungswerte bleiben in der Statistik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln Markenbotschafter</numerusform>
            <numerusform>%Ln Markenbotschafter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="542"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln braucht Zuwendung</numerusform>
            <numerusform>%Ln brauchen Zuwendung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="544"/>
        <source>%Ln with a problem overdue</source>
        <translation>
            <numerusform>%Ln mit überfälligem Problem</numerusform>
            <numerusform>%Ln mit überfälligem Problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>%Ln customer(s) at risk</source>
        <translation>
            <numerusform>%Ln gefährdeter Kunde</numerusform>
            <numerusform>%Ln gefährdete Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="553"/>
        <source>%Ln fallen promoter(s)</source>
        <translation>
            <numerusform>%Ln abgesprungener Promotor</numerusform>
            <numerusform>%Ln abgesprungene Promotoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="554"/>
        <source>%Ln repeat detractor(s)</source>
        <translation>
            <numerusform>%Ln wiederholter Kritiker</numerusform>
            <numerusform>%Ln wiederholte Kritiker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="557"/>
        <source>Advocates (%Ln)</source>
        <translation>
            <numerusform>Markenbotschafter (%Ln)</numerusform>
            <numerusform>Markenbotschafter (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="558"/>
        <source>At Risk (%Ln)</source>
        <translation>
            <numerusform>Gefährdet (%Ln)</numerusform>
            <numerusform>Gefährdet (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="497"/>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="503"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Kein Katalog ist geöffnet. Legen Sie mit Datei ▸ Neuer Katalog… einen an oder öffnen Sie einen mit Datei ▸ Öffnen….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="506"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation>Noch keine Kunden. Importieren Sie eine Datei mit einer Spalte für Kundennummer, E-Mail oder Name (Datei ▸ Datei importieren…): Jede Antwort wird dann ihrem Kunden zugeordnet, und wer zuletzt 9 oder 10 gegeben hat, erscheint hier als Markenbotschafter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="515"/>
        <source>Reading the catalogue…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="520"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>Kein Markenbotschafter braucht jetzt Zuwendung: Alle haben innerhalb von %n Tag welche erhalten, und keiner hat ein überfälliges Problem.</numerusform>
            <numerusform>Kein Markenbotschafter braucht jetzt Zuwendung: Alle haben innerhalb von %n Tagen welche erhalten, und keiner hat ein überfälliges Problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation>Noch keine Markenbotschafter: Kein Kunde hat zuletzt 9 oder 10 gegeben. Der Reiter „Gefährdet“ zeigt, wer abgesprungen ist; der Reiter „Kunden“ listet alle auf.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="528"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation>Niemand ist gefährdet: Bei keinem früheren Promotor ist die letzte Antwort unter 9 gefallen, und kein Kunde hat innerhalb eines Jahres zweimal 0–6 gegeben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="531"/>
        <source>Reading the customers…</source>
        <translation>Kunden werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="559"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>Tag ohne Zuwendung</numerusform>
            <numerusform>Tage ohne Zuwendung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Only those needing &amp;attention</source>
        <translation>Nur mit fälliger &amp;Zuwendung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Erinnern nach</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Search advocates by name</source>
        <translation>Markenbotschafter nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="573"/>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="575"/>
        <source>Search name, e-mail, id</source>
        <translation>Name, E-Mail, Nummer suchen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="576"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="578"/>
        <source>Find customers recorded more than once and merge them</source>
        <translation>Mehrfach erfasste Kunden finden und zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="579"/>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="75"/>
        <source>&amp;Erase Personal Data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="581"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation>Name, E-Mail, Kundennummer und Kommentare des ausgewählten Kunden auf Anfrage löschen; die anonymen Empfehlungswerte bleiben erhalten. Lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>AdvocatesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="394"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Die personenbezogenen Daten dieses Kunden wurden gelöscht: Sein Maßnahmenprotokoll ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="403"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keine Person mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="417"/>
        <source>“{practice}” is not one of the practices: {practices}.</source>
        <translation>„{practice}“ ist keine der Maßnahmen: {practices}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="421"/>
        <source>The day of a care entry must be a date.</source>
        <translation>Der Tag eines Protokolleintrags muss ein Datum sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="424"/>
        <source>{day} is in the future: log what was done.</source>
        <translation>{day} liegt in der Zukunft: Erfassen Sie, was bereits getan wurde.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="429"/>
        <source>A note can have at most {limit} characters.</source>
        <translation>Eine Notiz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="453"/>
        <source>There is no care entry {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keinen Protokolleintrag {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="469"/>
        <source>Care entry {id} is in the catalogue already.</source>
        <translation>Protokolleintrag {id} ist bereits im Katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="507"/>
        <source>The care interval must be a whole number of days from 1 to {limit}.</source>
        <translation>Das Zuwendungsintervall muss eine ganze Zahl von Tagen zwischen 1 und {limit} sein.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="384"/>
        <source>Step 4 of 5 · Analysis</source>
        <translation>Schritt 4 von 5 · Auswertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="385"/>
        <source>What the app measures, and how far to trust it.</source>
        <translation>Was die App misst und wie weit Sie den Werten trauen können.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="387"/>
        <source>Net Promoter Score asks one question: “How likely are you to recommend us?”, answered from 0 to 10. Star ratings are kept apart and never counted as NPS.</source>
        <translation>Der Net Promoter Score beruht auf einer einzigen Frage: „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“, beantwortet von 0 bis 10. Sternebewertungen werden getrennt gehalten und nie für den NPS gezählt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="390"/>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="392"/>
        <source>NPS = % promoters − % detractors   (−100 to +100)</source>
        <translation>NPS = % Promotoren − % Kritiker   (−100 bis +100)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="394"/>
        <source>Every NPS comes with its margin of error, so that noise in a small sample is not taken for news; the Dashboard shows NPS per source and over time, and ranks the needs by the NPS points they cost.</source>
        <translation>Jeder NPS wird mit seiner Fehlermarge angegeben, damit Zufallsschwankungen in einer kleinen Stichprobe nicht für Neuigkeiten gehalten werden; die Übersicht zeigt den NPS je Quelle und im Zeitverlauf und ordnet die Bedürfnisse nach den NPS-Punkten, die sie kosten.</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="379"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="381"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="396"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation>Von {a} am {d1} auf {b} am {d2}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Sheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="88"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="90"/>
        <source>Imported, {count} left</source>
        <translation>Importiert, {count} übrig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="91"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="45"/>
        <source>Log a Practice</source>
        <translation>Maßnahme erfassen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="49"/>
        <source>What was done for {name}?</source>
        <translation>Was wurde für {name} getan?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="77"/>
        <source>— Not recorded —</source>
        <translation>— Nicht erfasst —</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="84"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation>Was getan wurde und wie reagiert wurde (optional)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="91"/>
        <source>&amp;Practice:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="95"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="120"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>Offen: %n Eintrag</numerusform>
            <numerusform>Offen: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="122"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation>Gegenseitiger Respekt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation>Gemeldete Probleme werden umgehend behoben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Thank them for speaking for us.</source>
        <translation>Für ihre Fürsprache danken.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Accessibility</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Make it easy for them to reach us.</source>
        <translation>Es ihnen leicht machen, uns zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Active listening</source>
        <translation>Aktives Zuhören</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Ask their opinion, and act on it.</source>
        <translation>Nach ihrer Meinung fragen und danach handeln.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="58"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="59"/>
        <source>Credit them publicly.</source>
        <translation>Sie öffentlich würdigen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Be where they speak for us.</source>
        <translation>Dort präsent sein, wo sie für uns sprechen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>Fallen promoter</source>
        <translation>Abgesprungener Promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Repeat detractor</source>
        <translation>Wiederholter Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="70"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="71"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="72"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="73"/>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="340"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="412"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="253"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="411"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="254"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Last care</source>
        <translation>Letzte Zuwendung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Attention</source>
        <translation>Zuwendung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="260"/>
        <source>Their latest answer to the recommend question</source>
        <translation>Ihre letzte Antwort auf die Empfehlungsfrage</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="261"/>
        <source>Their latest answer against the one before</source>
        <translation>Ihre letzte Antwort im Vergleich zur vorherigen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="262"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation>Markenbotschafter seit: die erste Antwort ihrer aktuellen Serie von 9en und 10en</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="264"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation>Tage ohne Zuwendung: seit der letzten erfassten Maßnahme oder seit sie Markenbotschafter wurden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="339"/>
        <source>Fell</source>
        <translation>Gefallen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="413"/>
        <source>Latest answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="342"/>
        <source>0–6 in a year</source>
        <translation>0–6 in einem Jahr</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Open items</source>
        <translation>Offene Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="346"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation>Ein abgesprungener Promotor: von der letzten 9 oder 10 zur neuesten Antwort</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="348"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation>Antworten von 0 bis 6 in den letzten 365 Tagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="409"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="410"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="472"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="509"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="473"/>
        <source>Score</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="474"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="475"/>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="476"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="510"/>
        <source>Practice</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="511"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="512"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="51"/>
        <source>a file with this name exists already; choose another name</source>
        <extracomment>&quot;ADVC&quot; — stamped in the SQLite header so we recognise our own files. page cache per connection; SQLite&apos;s 2 MiB default makes index inserts on 1M rows 30% slower</extracomment>
        <translation>eine Datei mit diesem Namen ist bereits vorhanden; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="53"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="54"/>
        <source>this catalogue is open read-only</source>
        <translation>dieser Katalog ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="55"/>
        <source>the file is damaged: {problem}</source>
        <translation>die Datei ist beschädigt: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="214"/>
        <source>no such file</source>
        <extracomment>our hold on the lock file (writable opens); the GUI refreshes its heartbeat &quot;local&quot;, &quot;network&quot; or &quot;cloud&quot; (see locking.location_kind) read-only opens: who has it open for writing, if anyone</extracomment>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="217"/>
        <source>this is a folder, not a catalogue file</source>
        <translation>dies ist ein Ordner, keine Katalogdatei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="221"/>
        <source>the file is empty (0 bytes), not a catalogue</source>
        <translation>die Datei ist leer (0 Byte), kein Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="225"/>
        <source>this is not a catalogue file (not a SQLite database)</source>
        <translation>dies ist keine Katalogdatei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="228"/>
        <source>the file is truncated: its header is incomplete</source>
        <translation>die Datei ist abgeschnitten: Der Dateikopf ist unvollständig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="232"/>
        <source>this SQLite database was not made by Advocacy Desktop, so it is not opened</source>
        <translation>diese SQLite-Datenbank wurde nicht von Advocacy Desktop erstellt und wird daher nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="262"/>
        <source>its schema ({revision}) must be upgraded to {head} first</source>
        <translation>das Schema des Katalogs ({revision}) muss zuerst auf {head} aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="311"/>
        <source>SQLite cannot open it: {problem}</source>
        <translation>SQLite kann die Datei nicht öffnen: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="323"/>
        <source>it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>der Katalog wurde von einer neueren Version von Advocacy Desktop geschrieben (Schema {revision}); aktualisieren Sie die App, um ihn zu öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="355"/>
        <source>upgrading the schema failed ({problem}); the catalogue was restored from {backup}</source>
        <translation>die Aktualisierung des Schemas ist fehlgeschlagen ({problem}); der Katalog wurde aus {backup} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="386"/>
        <source>the copy failed its check: {problem}</source>
        <translation>die Kopie hat die Prüfung nicht bestanden: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="406"/>
        <source>the backup cannot overwrite the catalogue itself</source>
        <translation>die Sicherung kann nicht den Katalog selbst überschreiben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="421"/>
        <source>exists already; pass overwrite to replace it</source>
        <translation>ist bereits vorhanden; geben Sie overwrite an, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="23"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="67"/>
        <source>it is locked by {who}, but the lock looks abandoned ({why}); take it over in the app, or open it read-only</source>
        <translation>der Katalog ist von {who} gesperrt, aber die Sperre scheint verwaist ({why}); übernehmen Sie ihn in der App oder öffnen Sie ihn schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="71"/>
        <source>it is open by {who}; open it read-only, or wait until it is closed there</source>
        <translation>der Katalog ist von {who} geöffnet; öffnen Sie ihn schreibgeschützt oder warten Sie, bis er dort geschlossen wird</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="67"/>
        <source>this is not a database address: {problem}</source>
        <extracomment>SQLSTATEs after which a whole transaction may simply run again</extracomment>
        <translation>dies ist keine Datenbankadresse: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="71"/>
        <source>{where} is not a PostgreSQL address</source>
        <translation>{where} ist keine PostgreSQL-Adresse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="126"/>
        <source>the PostgreSQL driver is missing: install Advocacy Desktop with its &apos;team&apos; extra (pip install &apos;advocacy-desktop[team]&apos;)</source>
        <translation>der PostgreSQL-Treiber fehlt: Installieren Sie Advocacy Desktop mit dem Extra &apos;team&apos; (pip install &apos;advocacy-desktop[team]&apos;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="182"/>
        <source>{where}: this catalogue is open read-only</source>
        <translation>{where}: dieser Katalog ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="215"/>
        <source>{where}: the database uses encoding {encoding} and character type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search finds text in every language. Create the database with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>{where}: die Datenbank verwendet die Kodierung {encoding} und den Zeichentyp {ctype}; ein Katalog braucht UTF8 mit einem UTF-8-Zeichentyp, damit die Suche Text in jeder Sprache findet. Legen Sie die Datenbank mit ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0 an</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="242"/>
        <source>{where}: cannot connect ({problem})</source>
        <translation>{where}: keine Verbindung möglich ({problem})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="259"/>
        <source>{where}: this database holds tables that Advocacy Desktop did not make, so it is not opened (nor changed)</source>
        <translation>{where}: diese Datenbank enthält Tabellen, die nicht von Advocacy Desktop stammen, daher wird sie weder geöffnet noch geändert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="263"/>
        <source>{where}: the database is empty, not a catalogue (create a team catalogue in it instead)</source>
        <translation>{where}: die Datenbank ist leer und kein Katalog (legen Sie stattdessen einen Team-Katalog darin an)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="267"/>
        <source>{where}: cannot create a catalogue read-only</source>
        <translation>{where}: ein Katalog kann nicht schreibgeschützt angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="274"/>
        <source>{where}: it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>{where}: der Katalog wurde von einer neueren Version von Advocacy Desktop geschrieben (Schema {revision}); aktualisieren Sie die App, um ihn zu öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="280"/>
        <source>{where}: its schema ({revision}) must be upgraded to {head} first; everyone using it needs this version then</source>
        <translation>{where}: das Schema des Katalogs ({revision}) muss zuerst auf {head} aktualisiert werden; alle, die ihn nutzen, brauchen danach diese Version</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="292"/>
        <source>{where}: creating or upgrading the schema failed ({problem}); nothing was changed</source>
        <translation>{where}: das Anlegen oder Aktualisieren des Schemas ist fehlgeschlagen ({problem}); es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation>Der Katalog ist schreibgeschützt geöffnet: Er kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation>Kein Katalog geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89"/>
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln Feedback-Eintrag</numerusform>
            <numerusform>%Ln Feedback-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln Bedürfnis</numerusform>
            <numerusform>%Ln Bedürfnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln Import</numerusform>
            <numerusform>%Ln Importe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile zur Prüfung</numerusform>
            <numerusform>%Ln abgelehnte Zeilen zur Prüfung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="155"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="246"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="205"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="206"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="207"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="210"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Could not save the chart to {path}.</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="237"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="243"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="244"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%Ln item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>%Ln Eintrag wurde von {who} geändert, während Sie ihn angesehen haben: Es wurde nichts gespeichert.

Die Liste wurde mit diesen Änderungen neu geladen; nehmen Sie Ihre Änderung erneut vor, wenn sie noch zutrifft.</numerusform>
            <numerusform>%Ln Einträge wurden von {who} geändert, während Sie sie angesehen haben: Es wurde nichts gespeichert.

Die Liste wurde mit diesen Änderungen neu geladen; nehmen Sie Ihre Änderung erneut vor, wenn sie noch zutrifft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%Ln item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>%Ln Eintrag wurde nach Ihrer Änderung von {who} geändert, daher wurde sie nicht rückgängig gemacht: Die andere Änderung bleibt.

Die Liste wurde mit diesen Änderungen neu geladen.</numerusform>
            <numerusform>%Ln Einträge wurden nach Ihrer Änderung von {who} geändert, daher wurde sie nicht rückgängig gemacht: Die andere Änderung bleibt.

Die Liste wurde mit diesen Änderungen neu geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation>{who} ({time})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Take theirs</source>
        <translation>Fremde übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Differs in</source>
        <translation>Unterschied in</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Edited later</source>
        <translation>Später bearbeitet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>theirs</source>
        <translation>fremde</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="169"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: eigene „{ours}“, fremde „{theirs}“</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Mapped by name</source>
        <translation>Über Namen zugeordnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="92"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="194"/>
        <source>Reading the customer…</source>
        <translation>Kunde wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="220"/>
        <source>Erased customer #{id}</source>
        <translation>Gelöschter Kunde #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="235"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Letzte Antwort &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="241"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="243"/>
        <source>advocate since {day}</source>
        <translation>Markenbotschafter seit {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="249"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>%n Problem überfällig</numerusform>
            <numerusform>%n Probleme überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="251"/>
        <source>personal data erased</source>
        <translation>personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="265"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation>{source} ({promoters} von {answers})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="266"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Speaks for us on: {sources}</source>
        <translation>Spricht für uns auf: {sources}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>Feedback-Verlauf (%n)</numerusform>
            <numerusform>Feedback-Verlauf (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="275"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>Offene Einträge (%n)</numerusform>
            <numerusform>Offene Einträge (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>Maßnahmenprotokoll (%n)</numerusform>
            <numerusform>Maßnahmenprotokoll (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="279"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Die personenbezogenen Daten dieses Kunden wurden gelöscht: Sein Maßnahmenprotokoll ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="281"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation>Noch nichts erfasst. Erfassen Sie, was für den Kunden getan wurde: ein Dank, eine Behebung, eine Einladung, eine öffentliche Erwähnung…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="298"/>
        <source>&amp;Log Practice…</source>
        <translation>Maßnahme &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="299"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="301"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation>Wählen Sie einen Kunden, um seinen Feedback-Verlauf, seine offenen Einträge und die für ihn ergriffenen Maßnahmen zu sehen.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="453"/>
        <source>Erased customer #{id}</source>
        <translation>Gelöschter Kunde #{id}</translation>
    </message>
</context>
<context>
    <name>CustomersService</name>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="44"/>
        <source>There is no customer with id {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keinen Kunden mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="370"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="375"/>
        <source>An erased customer cannot be merged: their personal data is gone, so there is nothing to match them by.</source>
        <translation>Ein gelöschter Kunde kann nicht zusammengeführt werden: Seine personenbezogenen Daten sind entfernt, es gibt also nichts, woran er sich zuordnen ließe.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="418"/>
        <source>The kept customer was erased since: the merge cannot be undone.</source>
        <translation>Der behaltene Kunde wurde inzwischen gelöscht: Das Zusammenführen lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="422"/>
        <source>Customer id {id} is in use again: the merge cannot be undone.</source>
        <translation>Die Kunden-ID {id} ist wieder vergeben: Das Zusammenführen lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="435"/>
        <source>A customer with the same key was added since the merge: it cannot be undone.</source>
        <translation>Seit dem Zusammenführen wurde ein Kunde mit demselben Schlüssel hinzugefügt: Es lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="142"/>
        <source>Listing customers…</source>
        <translation>Kunden werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="165"/>
        <source>Could not list the customers: {error}</source>
        <translation>Die Kunden konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>%Ln customer(s) listed</source>
        <translation>
            <numerusform>%Ln Kunde aufgelistet</numerusform>
            <numerusform>%Ln Kunden aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="177"/>
        <source>scroll down for more</source>
        <translation>für weitere nach unten scrollen</translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>Export Items</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="180"/>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="187"/>
        <source>Exporting items…</source>
        <translation>Einträge werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="188"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{count} Eintrag nach {path} geschrieben.</numerusform>
            <numerusform>{count} Einträge nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>NPS Report</source>
        <translation>NPS-Bericht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>nps-report</source>
        <translation>nps-bericht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="203"/>
        <source>Writing the NPS report…</source>
        <translation>NPS-Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="204"/>
        <source>NPS report written to {path}.</source>
        <translation>NPS-Bericht nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="243"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation>{file} konnte nicht in {folder} geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="250"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="257"/>
        <source>&amp;Export items…</source>
        <translation>Einträge &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="259"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Die vom Filter erfassten Einträge in eine Excel-Arbeitsmappe oder CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS &amp;report…</source>
        <translation>NPS-&amp;Bericht…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="262"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation>Den NPS-Bericht der vom Filter erfassten Einträge schreiben: Kennzahlen, Methode, Einträge und Diagramme in einer Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="264"/>
        <source>Export items…</source>
        <translation>Einträge exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="266"/>
        <source>NPS report…</source>
        <translation>NPS-Bericht…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="242"/>
        <source>Chart saved to {path}.</source>
        <translation>Diagramm unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="358"/>
        <source>Refreshing the dashboard…</source>
        <translation>Übersicht wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="399"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation>Abfragen: {timings}; Diagramme in {ms:.0f} ms erstellt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="409"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation>Die Übersicht konnte nicht aktualisiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="413"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="421"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation>Aktualisierung abgebrochen. Klicken Sie auf „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="424"/>
        <source>Refresh cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="432"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>No catalogue is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="450"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation>Keine Antworten von 0–10 passen zum Filter (n = 0).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation>±{moe} Punkte · 95-%-Intervall {low} bis {high} · n = {n}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="467"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation>{promoters} % Promotoren · {passives} % Passive · {detractors} % Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation>Weniger als 30 Antworten: Die Fehlermarge ist groß, den Wert mit Vorsicht lesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="482"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation>Legen Sie im Filter einen Zeitraum fest, um mit dem vorherigen Zeitraum zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>No answers in the previous period of the same length.</source>
        <translation>Keine Antworten im vorherigen, gleich langen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="486"/>
        <source>a significant change</source>
        <translation>eine signifikante Veränderung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="487"/>
        <source>within the margin of error</source>
        <translation>innerhalb der Fehlermarge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="489"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation>{delta} Punkte gegenüber dem vorherigen Zeitraum (NPS {before}, n = {n}): {verdict}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="20"/>
        <source>No open items match the filter.</source>
        <translation>Keine offenen Einträge passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="22"/>
        <source>No 0–10 answers yet.</source>
        <translation>Noch keine Antworten von 0–10.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="24"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation>Keine zum Filter passende Antwort ist mit einem Bedürfnis verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="27"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation>Keine datierten Antworten von 0–10 passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="28"/>
        <source>No 0–10 answers match the filter.</source>
        <translation>Keine Antworten von 0–10 passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="35"/>
        <source>File ▸ Import File…</source>
        <translation>Datei ▸ Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="37"/>
        <source>No 0–10 answers in this catalogue yet.</source>
        <translation>Dieser Katalog enthält noch keine Antworten von 0–10.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="38"/>
        <source>NPS appears once feedback with a 0–10 “How likely are you to recommend us?” score is imported: choose {command} or drop a spreadsheet on this window.</source>
        <translation>Der NPS erscheint, sobald Feedback mit einer Empfehlung von 0–10 („Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“) importiert ist: Wählen Sie {command} oder ziehen Sie eine Tabelle in dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="52"/>
        <source>NPS by week</source>
        <translation>NPS nach Woche</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="53"/>
        <source>NPS by month</source>
        <translation>NPS nach Monat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="54"/>
        <source>NPS by quarter</source>
        <translation>NPS nach Quartal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="55"/>
        <source>NPS by year</source>
        <translation>NPS nach Jahr</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="60"/>
        <source>Answers by score (0–10)</source>
        <translation>Antworten nach Empfehlungswert (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="61"/>
        <source>NPS by source</source>
        <translation>NPS nach Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="62"/>
        <source>Needs that cost the most NPS</source>
        <translation>Bedürfnisse, die den NPS am meisten kosten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="63"/>
        <source>Open items by owner</source>
        <translation>Offene Einträge nach Verantwortlichem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>gleitend über %n Tag</numerusform>
            <numerusform>gleitend über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="67"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation>NPS = %Promotoren − %Kritiker, 95-%-Intervall nach angepasstem Wald-Verfahren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="581"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="69"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="70"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="71"/>
        <source>fewer than 30 answers</source>
        <translation>weniger als 30 Antworten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="72"/>
        <source>significant change</source>
        <translation>signifikante Veränderung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="524"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="73"/>
        <source>score</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="74"/>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="75"/>
        <source>detractors 0–6</source>
        <translation>Kritiker 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="76"/>
        <source>passives 7–8</source>
        <translation>Passive 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="77"/>
        <source>promoters 9–10</source>
        <translation>Promotoren 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="78"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="79"/>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="80"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation>* schraffiert: weniger als 30 Antworten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="81"/>
        <source>NPS points</source>
        <translation>NPS-Punkte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="82"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation>Punkte, die der NPS gewänne, wenn die Kritiker dieses Bedürfnisses Passive wären, mit 95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="84"/>
        <source>open items</source>
        <translation>offene Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="85"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation>Einträge, die noch nicht geschlossen oder zurückgestellt sind (wird nicht behoben)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="87"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="88"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n Bedürfnis</numerusform>
            <numerusform>%n Bedürfnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="518"/>
        <source>no need yet</source>
        <translation>noch kein Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="521"/>
        <source>detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="525"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="530"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="533"/>
        <source>from {start}</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="535"/>
        <source>until {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="538"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>%n Zuständiger</numerusform>
            <numerusform>%n Zuständige</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>import #{id}</source>
        <translation>Import #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="543"/>
        <source>All feedback</source>
        <translation>Gesamtes Feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>Showing: {filter}</source>
        <translation>Angezeigt: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="550"/>
        <source>Filtered: {filter}</source>
        <translation>Gefiltert: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="552"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation>Die Übersicht folgt den Filtern der Seite „Feedback“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="558"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>Rolling:</source>
        <translation>Gleitend:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="563"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="573"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Read every figure again from the catalogue</source>
        <translation>Alle Kennzahlen neu aus dem Katalog lesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Stop the refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="578"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Feedback aus einer Tabelle oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="580"/>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="25"/>
        <source>Support desk</source>
        <extracomment>kind -&gt; the seed texts that are translated when shown (marked for lupdate)</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="26"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="27"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="28"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="31"/>
        <source>Customer advocate</source>
        <translation>Kundenfürsprecher</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="32"/>
        <source>Advocacy team member</source>
        <translation>Mitglied im Advocacy-Team</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="33"/>
        <source>Advocacy coordinator</source>
        <translation>Advocacy-Koordinator</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="34"/>
        <source>Executive sponsor</source>
        <translation>Sponsor aus der Geschäftsleitung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="35"/>
        <source>Support agent</source>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="36"/>
        <source>Product owner</source>
        <translation>Product Owner</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="39"/>
        <source>Acts for the customer&apos;s good on their own: level 1.</source>
        <translation>Handelt eigenständig zum Wohl der Kunden: Stufe 1.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="41"/>
        <source>Collects and prioritises customer needs in a team: level 2.</source>
        <translation>Sammelt und priorisiert Kundenbedürfnisse im Team: Stufe 2.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="43"/>
        <source>Coordinates advocacy across the company: level 3.</source>
        <translation>Koordiniert Customer Advocacy im gesamten Unternehmen: Stufe 3.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="44"/>
        <source>Puts advocacy into every strategy and every employee: level 4.</source>
        <translation>Verankert Customer Advocacy in jeder Strategie und bei jedem Mitarbeiter: Stufe 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="46"/>
        <source>Answers customers and tags their feedback.</source>
        <translation>Antwortet Kunden und verschlagwortet ihr Feedback.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="47"/>
        <source>Decides what the product does about a need.</source>
        <translation>Entscheidet, wie das Produkt auf ein Bedürfnis eingeht.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="50"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="51"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="52"/>
        <source>Value for money</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="53"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="54"/>
        <source>Speed</source>
        <translation>Schnelligkeit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="55"/>
        <source>Packaging</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="56"/>
        <source>Product quality</source>
        <translation>Produktqualität</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="57"/>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="58"/>
        <source>Friendliness</source>
        <translation>Freundlichkeit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="59"/>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="60"/>
        <source>Website and app</source>
        <translation>Website und App</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="61"/>
        <source>Checkout</source>
        <translation>Bestellvorgang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="62"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="63"/>
        <source>Returns and refunds</source>
        <translation>Rückgabe und Erstattung</translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation>Bedürfnis löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%Ln item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>%Ln Eintrag ist damit verschlagwortet: Wählen Sie das Bedürfnis, das er stattdessen erhält.</numerusform>
            <numerusform>%Ln Einträge sind damit verschlagwortet: Wählen Sie das Bedürfnis, das sie stattdessen erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation>Bedürfnis wählen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation>Kein Bedürfnis: Schlagwort von den Einträgen entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation>Die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation>Seine Einträge gehen an:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>Das %n untergeordnete Bedürfnis kommt unter:</numerusform>
            <numerusform>Die %n untergeordneten Bedürfnisse kommen unter:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete Source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Die Quelle „{name}“ löschen? Ihr %Ln Eintrag bleibt im Katalog.</numerusform>
            <numerusform>Die Quelle „{name}“ löschen? Ihre %Ln Einträge bleiben im Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="135"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation>Die Quelle „{name}“ löschen? Aus ihr stammen keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="138"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verschieben nach:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="142"/>
        <source>&amp;Leave them without a source</source>
        <translation>Ohne Quelle &amp;belassen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="163"/>
        <source>Deleting a source cannot be undone.</source>
        <translation>Das Löschen einer Quelle lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="118"/>
        <source>Duplicate Customers</source>
        <translation>Doppelte Kunden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="125"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation>Diese Kunden haben dieselbe E-Mail-Adresse oder denselben Namen und sind daher möglicherweise dieselbe Person. Beim Zusammenführen werden Feedback und Maßnahmenprotokoll eines Datensatzes in den behaltenen verschoben und der andere gelöscht. Bearbeiten ▸ Rückgängig macht ein Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="153"/>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="162"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="166"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="185"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="189"/>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="203"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>%n Paar zu prüfen.</numerusform>
            <numerusform>%n Paare zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="207"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation>Keine Duplikate gefunden: Keine zwei Kunden haben dieselbe E-Mail-Adresse oder denselben Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="216"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="240"/>
        <source>{other} merged into {keep}.</source>
        <translation>{other} mit {keep} zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Kein Katalog ist geöffnet. Legen Sie mit Datei ▸ Neuer Katalog… einen an oder öffnen Sie einen mit Datei ▸ Öffnen….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Diese Seite kommt in einer späteren Version. Ihr Katalog ist geöffnet; mit Datei ▸ Sichern… speichern Sie jederzeit eine sichere Kopie.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Die personenbezogenen Daten von {name} löschen?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation>Endgültig entfernt:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %Ln item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>Name, E-Mail-Adresse und Kundennummer; Text, Notizen und ursprüngliche Tabellenspalten des %Ln Eintrags; die Notizen des Maßnahmenprotokolls; jede Kopie davon im Änderungsverlauf, in abgelehnten Importzeilen und in Namen von Importdateien.</numerusform>
            <numerusform>Name, E-Mail-Adresse und Kundennummer; Text, Notizen und ursprüngliche Tabellenspalten der %Ln Einträge; die Notizen des Maßnahmenprotokolls; jede Kopie davon im Änderungsverlauf, in abgelehnten Importzeilen und in Namen von Importdateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation>Anonym erhalten:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation>Empfehlung, Bewertung, Daten, Quelle, Bedürfnisse, Status und Zuständigkeit jedes Eintrags, sodass der NPS und jede Statistik genau gleich bleiben. Der Kunde wird zu „Gelöschter Kunde“ und ist nicht mehr über Name oder E-Mail auffindbar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation>Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation>Bearbeiten ▸ Rückgängig holt die Daten nicht zurück. Früher erstellte Sicherungen enthalten sie noch: Löschen Sie sie auch dort oder löschen Sie die Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Kunden ({name}) oder {word} ein:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="68"/>
        <source>Select an item to read it.</source>
        <translation>Wählen Sie einen Eintrag aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="114"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="118"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="120"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="123"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="125"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="126"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="127"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="128"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="131"/>
        <source>Original columns</source>
        <translation>Ursprüngliche Spalten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="134"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="146"/>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="156"/>
        <source>Nobody owns this item yet: no one is responsible for its needs or source.</source>
        <translation>Dieser Eintrag ist noch niemandem zugewiesen: Niemand ist für seine Bedürfnisse oder seine Quelle verantwortlich.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="159"/>
        <source>Assigned to {person} because they are Responsible for {need} (through {through}).</source>
        <translation>An {person} zugewiesen, weil diese Person für {need} verantwortlich ist (über {through}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="163"/>
        <source>Assigned to {person} because they are Responsible for {need}.</source>
        <translation>An {person} zugewiesen, weil diese Person für {need} verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="166"/>
        <source>Assigned to {person} because they own the source {source}.</source>
        <translation>An {person} zugewiesen, weil diese Person die Quelle {source} betreut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="169"/>
        <source>Assigned to {person} because they are Responsible for {source}.</source>
        <translation>An {person} zugewiesen, weil diese Person für {source} verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="172"/>
        <source>Assigned to {person} by {actor} by hand.</source>
        <translation>Von {actor} manuell an {person} zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="174"/>
        <source>Assigned to {person} by hand.</source>
        <translation>Manuell an {person} zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="179"/>
        <source>tagged with {need}</source>
        <translation>mit {need} verschlagwortet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="181"/>
        <source>untagged from {need}</source>
        <translation>Schlagwort {need} entfernt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="183"/>
        <source>source changed</source>
        <translation>Quelle geändert</translation>
    </message>
</context>
<context>
    <name>FeedbackEmptyState</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="49"/>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="50"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Feedback aus einer Tabelle oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="53"/>
        <source>Explore the Demo Catalogue…</source>
        <translation>Demo-Katalog erkunden…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="54"/>
        <source>Open a made-up catalogue with a year of feedback, to look around without your own data</source>
        <translation>Einen erfundenen Katalog mit dem Feedback eines Jahres öffnen, um sich ohne eigene Daten umzusehen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="57"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="58"/>
        <source>Clear every filter and show all items</source>
        <translation>Alle Filter zurücksetzen und alle Einträge anzeigen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="124"/>
        <source>No catalogue is open</source>
        <translation>Kein Katalog geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="125"/>
        <source>Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Legen Sie mit Datei ▸ Neuer Katalog… einen an oder öffnen Sie einen mit Datei ▸ Öffnen….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="127"/>
        <source>No item matches these filters</source>
        <translation>Kein Eintrag passt zu diesen Filtern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="128"/>
        <source>Loosen or clear the filters to see the other items.</source>
        <translation>Lockern Sie die Filter oder setzen Sie sie zurück, um die übrigen Einträge zu sehen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="129"/>
        <source>File ▸ Import File…</source>
        <translation>Datei ▸ Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="131"/>
        <source>Import a spreadsheet or CSV file of reviews, survey answers or support tickets: choose {command} or drop the file on this window.</source>
        <translation>Importieren Sie eine Tabelle oder CSV-Datei mit Bewertungen, Umfrageantworten oder Support-Tickets: Wählen Sie {command} oder ziehen Sie die Datei in dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="135"/>
        <source>To look around first, explore the demo catalogue.</source>
        <translation>Wenn Sie sich zuerst umsehen möchten, erkunden Sie den Demo-Katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="136"/>
        <source>No feedback yet</source>
        <translation>Noch kein Feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation>Text durchsuchen (auch Koreanisch und Türkisch)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="224"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="228"/>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="229"/>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="233"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="236"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="237"/>
        <source>No need yet</source>
        <translation>Noch kein Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="241"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="248"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="249"/>
        <source>All needs</source>
        <translation>Alle Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="250"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="251"/>
        <source>Any import</source>
        <translation>Jeder Import</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Score</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation>Empfehlung von … bis … (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="263"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation>Bewertung von … bis …, auf ihrer eigenen Skala (4 – beliebig: 4 Sterne oder mehr)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="265"/>
        <source>Only the items of one import</source>
        <translation>Nur die Einträge eines Imports</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="266"/>
        <source>Search the items&apos; text; the list follows as you type</source>
        <translation>Den Text der Einträge durchsuchen; die Liste aktualisiert sich während der Eingabe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="268"/>
        <source>Save the current filters as a named view, or apply one</source>
        <translation>Die aktuellen Filter als benannte Ansicht speichern oder eine Ansicht anwenden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="269"/>
        <source>Clear every filter and show all items</source>
        <translation>Alle Filter zurücksetzen und alle Einträge anzeigen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="270"/>
        <source>Score, rating and import filters</source>
        <translation>Filter für Empfehlung, Bewertung und Import</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="271"/>
        <source>Only the items not yet tagged with a need</source>
        <translation>Nur Einträge, die noch mit keinem Bedürfnis verschlagwortet sind</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="273"/>
        <source>Show the promoters: scores 9–10</source>
        <translation>Promotoren anzeigen: Empfehlung 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="274"/>
        <source>Show the passives: scores 7–8</source>
        <translation>Passive anzeigen: Empfehlung 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="275"/>
        <source>Show the detractors: scores 0–6</source>
        <translation>Kritiker anzeigen: Empfehlung 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="318"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="320"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="396"/>
        <source>Import #{batch}</source>
        <translation>Import Nr. {batch}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="409"/>
        <source>More filters ({count}) {arrow}</source>
        <translation>Weitere Filter ({count}) {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="411"/>
        <source>More filters {arrow}</source>
        <translation>Weitere Filter {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="466"/>
        <source>Save current filter as…</source>
        <translation>Aktuellen Filter speichern als…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="469"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="242"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation>Bedürfnisse und Quellen werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="284"/>
        <source>Keys: {keys}</source>
        <translation>Tasten: {keys}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="286"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation>Weisen Sie Bedürfnissen auf der Seite „Bedürfnisse“ eine Taste zu, um schnell zu verschlagworten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="396"/>
        <source>The catalogue is open read-only.</source>
        <translation>Der Katalog ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="404"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation>Wählen Sie höchstens {n} Einträge auf einmal: Schränken Sie zuerst den Filter ein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="410"/>
        <source>Select one or more items first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Einträge.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="423"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Mit anderswo vorgenommenen Änderungen aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="465"/>
        <source>No rule matched the selected items.</source>
        <translation>Keine Regel passte auf die ausgewählten Einträge.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="497"/>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="504"/>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="508"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="509"/>
        <source>Due Date and Notes…</source>
        <translation>Fälligkeit und Notizen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="510"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="545"/>
        <source>Tag with</source>
        <translation>Verschlagworten mit</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="553"/>
        <source>Untag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="558"/>
        <source>Set source</source>
        <translation>Quelle festlegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="570"/>
        <source>Apply auto-tag rules to selection</source>
        <translation>Verschlagwortungsregeln auf Auswahl anwenden</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Score</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="40"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="41"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="48"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="49"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="53"/>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="54"/>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="55"/>
        <source>Detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="163"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation>Feedback wird gezählt</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Ours (this catalogue)</source>
        <translation>Eigene (dieser Katalog)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="205"/>
        <source>Theirs (the other)</source>
        <translation>Fremde (der andere)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Text file (CSV)</source>
        <translation>Textdatei (CSV)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="152"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation>Excel-Arbeitsmappe mit Makros (die Makros werden nicht ausgeführt)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="153"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-Tabelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="157"/>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="160"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation>Vor dem letzten Schritt wird nichts in den Katalog geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>Tabellen und CSV-Dateien ({patterns})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="170"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="180"/>
        <source>Choose a File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="196"/>
        <source>There is no file at {path}.</source>
        <translation>Unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="210"/>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="219"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="220"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="223"/>
        <source>about {rows} rows</source>
        <translation>etwa {rows} Zeilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="242"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation>Pfad einer Tabelle oder CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="243"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="246"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation>Excel (.xlsx, .xlsm), OpenDocument (.ods) und Textdateien (.csv, .tsv, .txt). Sie können eine Datei auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="250"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Getting Started Guide…</source>
        <translation>Erste &amp;Schritte…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="223"/>
        <source>Set up a new catalogue step by step: sources, needs, analysis and roles</source>
        <translation>Einen neuen Katalog Schritt für Schritt einrichten: Quellen, Bedürfnisse, Auswertung und Rollen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="224"/>
        <source>Open &amp;Demo Catalogue…</source>
        <translation>&amp;Demo-Katalog öffnen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="226"/>
        <source>A year of made-up feedback in six languages, to explore without your own data</source>
        <translation>Ein Jahr erfundenes Feedback in sechs Sprachen, zum Ausprobieren ohne eigene Daten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="250"/>
        <source>No catalogue is open: create one with File ▸ New Catalogue…, open one with File ▸ Open…, or run Help ▸ Getting Started Guide… again.</source>
        <translation>Kein Katalog ist geöffnet: Legen Sie mit Datei ▸ Neuer Katalog… einen an, öffnen Sie einen mit Datei ▸ Öffnen… oder starten Sie Hilfe ▸ Erste Schritte… erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="265"/>
        <source>Creating {name}…</source>
        <translation>{name} wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="267"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="268"/>
        <source>Could not create {path}</source>
        <translation>{path} konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="270"/>
        <source>No catalogue was created.</source>
        <translation>Es wurde kein Katalog angelegt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="281"/>
        <source>Building the demo catalogue…</source>
        <translation>Demo-Katalog wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="284"/>
        <source>Cannot Build the Demo</source>
        <translation>Demo kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="285"/>
        <source>Could not build the demo catalogue in {folder}</source>
        <translation>Der Demo-Katalog konnte nicht in {folder} erstellt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="287"/>
        <source>The demo catalogue was not built; nothing was written.</source>
        <translation>Der Demo-Katalog wurde nicht erstellt; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/first_run.py" line="120"/>
        <source>%n source(s), collected from: {names}</source>
        <translation>
            <numerusform>%n Quelle, gesammelt wird aus: {names}</numerusform>
            <numerusform>%n Quellen, gesammelt wird aus: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="122"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="125"/>
        <source>Common customer needs, with auto-tag rules</source>
        <translation>Gängige Kundenbedürfnisse, mit Verschlagwortungsregeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="126"/>
        <source>Common customer needs, without rules</source>
        <translation>Gängige Kundenbedürfnisse, ohne Regeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="128"/>
        <source>No needs yet</source>
        <translation>Noch keine Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="131"/>
        <source>You: {name}, {role}</source>
        <translation>Sie: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="135"/>
        <source>Then: import a first file</source>
        <translation>Danach: eine erste Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="141"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="143"/>
        <source>Explore a &amp;Demo Catalogue</source>
        <translation>&amp;Demo-Katalog erkunden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="144"/>
        <source>&amp;Create Catalogue</source>
        <translation>Katalog &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation>Fälligkeit und Notizen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation>Interne Notizen, nie für Kunden sichtbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln Eintrag ausgewählt.</numerusform>
            <numerusform>%Ln Einträge ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="67"/>
        <source>Due date and notes</source>
        <translation>Fälligkeit und Notizen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>Answer detractors within</source>
        <translation>Kritikern antworten innerhalb von</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="325"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="281"/>
        <source>No open items.</source>
        <translation>Keine offenen Einträge.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="338"/>
        <source>Mark contacted</source>
        <translation>Als kontaktiert markieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="339"/>
        <source>Export action list…</source>
        <translation>Aktionsliste exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="341"/>
        <source>Record that the selected customers were contacted today</source>
        <translation>Erfassen, dass die ausgewählten Kunden heute kontaktiert wurden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="343"/>
        <source>Save every open item, with its assignee and due date, as an Excel workbook</source>
        <translation>Alle offenen Einträge mit Zuständigen und Fälligkeit als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="344"/>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="346"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>No need</source>
        <translation>Kein Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="350"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="386"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="359"/>
        <source>Nothing is overdue</source>
        <translation>Nichts ist überfällig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="361"/>
        <source>No open items for this person</source>
        <translation>Keine offenen Einträge für diese Person</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Give them items on the Feedback page: right-click ▸ Assign to.</source>
        <translation>Weisen Sie ihr auf der Seite „Feedback“ Einträge zu: Rechtsklick ▸ Zuweisen an.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="363"/>
        <source>No detractor is waiting for an answer</source>
        <translation>Kein Kritiker wartet auf eine Antwort</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="364"/>
        <source>Detractors (scores 0–6) appear here once they are imported, to be contacted within the working days set above; Mark contacted takes them off the queue.</source>
        <translation>Kritiker (Empfehlung 0–6) erscheinen hier, sobald sie importiert sind, damit sie innerhalb der oben festgelegten Arbeitstage kontaktiert werden; „Als kontaktiert markieren“ nimmt sie von der Liste.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="369"/>
        <source>Follow-up queue</source>
        <translation>Nachverfolgungsliste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="371"/>
        <source>My queue</source>
        <translation>Meine Liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="372"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="487"/>
        <source>Exported %Ln action(s).</source>
        <translation>
            <numerusform>%Ln Aktion exportiert.</numerusform>
            <numerusform>%Ln Aktionen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="423"/>
        <source>Reading the follow-up queue</source>
        <translation>Nachverfolgungsliste wird gelesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Export action list</source>
        <translation>Aktionsliste exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="485"/>
        <source>Exporting the action list</source>
        <translation>Aktionsliste wird exportiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="489"/>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="486"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="499"/>
        <source>Overdue since {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="134"/>
        <source>Choose who is {kind}</source>
        <translation>Wählen, wer {kind} ist</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="141"/>
        <source>Role: {name}</source>
        <translation>Rolle: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="144"/>
        <source>{kind} for {subject}:</source>
        <translation>{kind} für {subject}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="147"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Inhaber:</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation>Öffnen Sie vor dem Import einen Katalog, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %Ln new item(s).</source>
        <translation>
            <numerusform>{file} importiert: %Ln neuer Eintrag.</numerusform>
            <numerusform>{file} importiert: %Ln neue Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../advocacy_desktop/services/importing/__init__.py" line="149"/>
        <source>The file could not be read ({problem}). Check that it is still there and that you may read it, then try again.</source>
        <translation>Die Datei konnte nicht gelesen werden ({problem}). Prüfen Sie, ob sie noch vorhanden ist und ob Sie sie lesen dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="25"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="30"/>
        <source>There is no import batch {batch} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keinen Import Nr. {batch}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="203"/>
        <source>Row {row} of {file}: {reason}</source>
        <translation>Zeile {row} von {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="44"/>
        <source>The file contains no data (only blank lines).</source>
        <translation>Die Datei enthält keine Daten (nur leere Zeilen).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="133"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>„{encoding}“ ist keine bekannte Textkodierung.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="209"/>
        <source>Line {line} is not valid {encoding} text (byte {byte}). The file may use another encoding, such as Windows-1252: choose it and import again.</source>
        <translation>Zeile {line} ist kein gültiger Text in der Kodierung {encoding} (Byte {byte}). Die Datei verwendet möglicherweise eine andere Kodierung, etwa Windows-1252: Wählen Sie diese und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="219"/>
        <source>A value starting on line {line} is longer than {limit} characters. This usually means a quote (&quot;) opened there is never closed: fix that line and import again.</source>
        <translation>Ein Wert, der in Zeile {line} beginnt, ist länger als {limit} Zeichen. Meist bedeutet das, dass ein dort geöffnetes Anführungszeichen (&quot;) nie geschlossen wird: Korrigieren Sie diese Zeile und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="229"/>
        <source>The quote (&quot;) opened on line {line} is never closed. Close it (or double any quote inside a quoted value: &quot;&quot;) and import again.</source>
        <translation>Das in Zeile {line} geöffnete Anführungszeichen (&quot;) wird nie geschlossen. Schließen Sie es (oder verdoppeln Sie jedes Anführungszeichen innerhalb eines Werts in Anführungszeichen: &quot;&quot;) und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="238"/>
        <source>On line {line} (or the record starting there) a quoted value is followed by other characters, e.g. &quot;abc&quot;def. Put the whole value in quotes and double any quote inside it (&quot;&quot;), then import again.</source>
        <translation>In Zeile {line} (oder dem dort beginnenden Datensatz) folgen auf einen Wert in Anführungszeichen weitere Zeichen, z. B. &quot;abc&quot;def. Setzen Sie den ganzen Wert in Anführungszeichen, verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="247"/>
        <source>Line {line} cannot be read: {problem}.</source>
        <translation>Zeile {line} kann nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="253"/>
        <source>Line {line} contains NUL (zero) bytes, which never appear in a text file: the file may be damaged or not really CSV. Export the data again.</source>
        <translation>Zeile {line} enthält NUL-Bytes (Nullbytes), die in einer Textdatei nie vorkommen: Die Datei ist möglicherweise beschädigt oder gar keine CSV-Datei. Exportieren Sie die Daten erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="332"/>
        <source>No row with headers starts on line {line}. Choose another header row.</source>
        <translation>In Zeile {line} beginnt keine Zeile mit Überschriften. Wählen Sie eine andere Überschriftenzeile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="374"/>
        <source>The file has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Die Datei hat mehr als {limit} Zeilen, das Maximum für einen Import. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="385"/>
        <source>The file could not be read any more ({problem}). Check that it is still there and import again.</source>
        <translation>Die Datei konnte nicht mehr gelesen werden ({problem}). Prüfen Sie, ob sie noch vorhanden ist, und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="394"/>
        <source>{count} empty rows were skipped.</source>
        <translation>Übersprungene leere Zeilen: {count}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="409"/>
        <source>Line {line} has {values} values but only {width} columns have headers; the extra values are kept at the end of the row.</source>
        <translation>Zeile {line} enthält mehr Werte ({values}) als Spalten mit Überschrift ({width}); die zusätzlichen Werte bleiben am Ende der Zeile erhalten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="45"/>
        <source>{path} (row {row}, column &quot;{column}&quot;): {message}</source>
        <translation>{path} (Zeile {row}, Spalte „{column}“): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="49"/>
        <source>{path} (row {row}): {message}</source>
        <translation>{path} (Zeile {row}): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="52"/>
        <source>{path} (column &quot;{column}&quot;): {message}</source>
        <translation>{path} (Spalte „{column}“): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="55"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="95"/>
        <source>The text encoding is not UTF-8; it looks like {encoding}. Check the preview and confirm the encoding before importing.</source>
        <translation>Die Textkodierung ist nicht UTF-8; sie scheint {encoding} zu sein. Prüfen Sie die Vorschau und bestätigen Sie die Kodierung vor dem Import.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="106"/>
        <source>Windows-1252 (Western European, &quot;ANSI&quot;)</source>
        <translation>Windows-1252 (westeuropäisch, „ANSI“)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="107"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="26"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="27"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="28"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="29"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="30"/>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="31"/>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="32"/>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="33"/>
        <source>a Rich Text (RTF) document</source>
        <translation>ein Rich-Text-Dokument (RTF)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="47"/>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="48"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="49"/>
        <source>a macro-enabled Excel workbook (.xlsm)</source>
        <translation>eine Excel-Arbeitsmappe mit Makros (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="50"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>eine OpenDocument-Tabelle (.ods)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="75"/>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="78"/>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="81"/>
        <source>You do not have permission to read this file. Check its access rights.</source>
        <translation>Sie haben keine Berechtigung, diese Datei zu lesen. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="86"/>
        <source>The file is empty (0 bytes). Check that you chose the right file.</source>
        <translation>Die Datei ist leer (0 Byte). Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="98"/>
        <source>The file is named &apos;{suffix}&apos; but contains {kind}; it was read as such.</source>
        <translation>Die Datei hat die Endung „{suffix}“, enthält aber {kind}; sie wurde entsprechend gelesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="117"/>
        <source>This is an OpenDocument {kind} file, not a spreadsheet. Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback.</source>
        <translation>Dies ist eine OpenDocument-Datei vom Typ „{kind}“, keine Tabelle. Wählen Sie die Tabelle (.ods, .xlsx oder .csv), die das Feedback enthält.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="123"/>
        <source>This is a zip archive, not a spreadsheet. It contains {inner}: extract it and import that file.</source>
        <translation>Dies ist ein ZIP-Archiv, keine Tabelle. Es enthält {inner}: Entpacken Sie es und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="126"/>
        <source>This is a zip archive, not a spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Dies ist ein ZIP-Archiv, keine Tabelle. Öffnen Sie es in Excel oder LibreOffice, speichern Sie es als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="136"/>
        <source>A part of this file declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Ein Teil dieser Datei deklariert XML-Entitäten oder eine DTD – ein bekannter Weg, Programme anzugreifen, die Tabellen lesen. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="149"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Dies ist eine binäre Excel-Arbeitsmappe (.xlsb), die nicht importiert werden kann. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="154"/>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>Dies ist ein Word-Dokument, keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="157"/>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>Dies ist eine PowerPoint-Präsentation, keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="159"/>
        <source>This Office file holds no spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Diese Office-Datei enthält keine Tabelle. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="179"/>
        <source>This workbook is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import the new file.</source>
        <translation>Diese Arbeitsmappe ist durch ein Passwort geschützt. Öffnen Sie sie in Excel, entfernen Sie das Passwort (Datei › Informationen › Arbeitsmappe schützen), speichern Sie sie als .xlsx und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="186"/>
        <source>This is an old Excel 97–2003 (.xls) file, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Dies ist eine alte Excel-97–2003-Datei (.xls), die nicht importiert werden kann. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="189"/>
        <source>This is an old Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx (without a password) and import again.</source>
        <translation>Dies ist eine alte Excel-97–2003-Datei (.xls) oder eine passwortgeschützte Arbeitsmappe. Speichern Sie sie als .xlsx (ohne Passwort) und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="197"/>
        <source>This is {what}, not a spreadsheet or CSV file.</source>
        <translation>Dies ist {what}, keine Tabelle oder CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="206"/>
        <source>This is a web page (HTML) saved with a spreadsheet name, as some websites export &apos;Excel&apos; files. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Dies ist eine Webseite (HTML), die unter einem Tabellennamen gespeichert wurde, wie manche Websites „Excel“-Dateien exportieren. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="212"/>
        <source>This is an Excel 2003 XML spreadsheet, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Dies ist eine XML-Tabelle aus Excel 2003, die nicht importiert werden kann. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx (oder CSV) und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="216"/>
        <source>This is an XML file, not a spreadsheet or CSV file.</source>
        <translation>Dies ist eine XML-Datei, keine Tabelle oder CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="220"/>
        <source>This is not a spreadsheet or a text (CSV) file; it holds binary data.</source>
        <translation>Dies ist weder eine Tabelle noch eine Textdatei (CSV); die Datei enthält Binärdaten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/importer.py" line="302"/>
        <source>The items were imported, but assigning them to their owners failed ({problem}); they can be assigned from the Feedback page.</source>
        <translation>Die Einträge wurden importiert, aber ihre Zuweisung an die Verantwortlichen ist fehlgeschlagen ({problem}); Sie können sie auf der Seite „Feedback“ zuweisen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="45"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>Die Datei ist beschädigt oder unvollständig (vielleicht wurde sie beim Kopieren oder Herunterladen abgeschnitten). Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="53"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy. ({kind}: {detail})</source>
        <translation>Die Datei ist beschädigt oder unvollständig (vielleicht wurde sie beim Kopieren oder Herunterladen abgeschnitten). Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie erneut und importieren Sie die neue Kopie. ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="85"/>
        <source>The file holds {parts} parts, far more than any workbook. It was not opened, to protect your computer.</source>
        <translation>Die Datei besteht aus {parts} Teilen, weit mehr als jede Arbeitsmappe. Zum Schutz Ihres Computers wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="100"/>
        <source>A part of this file ({part}) would expand {times} times when unpacked, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Ein Teil dieser Datei ({part}) würde sich beim Entpacken auf das {times}-Fache vergrößern, wie es für eine „Zip-Bombe“ typisch ist. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="109"/>
        <source>Unpacked, this file would take {size}, more than the {limit} allowed. It was not opened, to protect your computer. Split the data into smaller files or save it as CSV.</source>
        <translation>Entpackt würde diese Datei {size} belegen, mehr als die erlaubten {limit}. Zum Schutz Ihres Computers wurde sie nicht geöffnet. Teilen Sie die Daten in kleinere Dateien auf oder speichern Sie sie als CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="128"/>
        <source>The archive is protected by a password. Remove the password, save the file again and import the new copy.</source>
        <translation>Das Archiv ist durch ein Passwort geschützt. Entfernen Sie das Passwort, speichern Sie die Datei erneut und importieren Sie die neue Kopie.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="177"/>
        <source>A part of this file ({part}) declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Ein Teil dieser Datei ({part}) deklariert XML-Entitäten oder eine DTD – ein bekannter Weg, Programme anzugreifen, die Tabellen lesen. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="186"/>
        <source>A part of this file ({part}) has no readable content. It was not opened, to protect your computer.</source>
        <translation>Ein Teil dieser Datei ({part}) hat keinen lesbaren Inhalt. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="207"/>
        <source>The part {part} is unexpectedly large. It was not opened, to protect your computer.</source>
        <translation>Der Teil {part} ist unerwartet groß. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="257"/>
        <source>A cell holds more than {limit} characters, the most a spreadsheet cell can hold. It was not opened, to protect your computer. Check the file&apos;s origin, or shorten that cell.</source>
        <translation>Eine Zelle enthält mehr als {limit} Zeichen, das Maximum für eine Tabellenzelle. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet. Prüfen Sie die Herkunft der Datei oder kürzen Sie diese Zelle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="527"/>
        <source>A part of this file ({part}) repeats its content so often that, unpacked, it would take more than the {limit} allowed, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Ein Teil dieser Datei ({part}) wiederholt seinen Inhalt so oft, dass er entpackt mehr als die erlaubten {limit} belegen würde, wie es für eine „Zip-Bombe“ typisch ist. Zum Schutz Ihres Computers wurde die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/templates.py" line="75"/>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="151"/>
        <source>The workbook has no worksheet with data.</source>
        <translation>Die Arbeitsmappe hat keine Tabelle mit Daten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="180"/>
        <source>There is no sheet {sheet} in this workbook. Sheets: {sheets}.</source>
        <translation>In dieser Arbeitsmappe gibt es keine Tabelle {sheet}. Tabellen: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="226"/>
        <source>This workbook is protected by a password. Remove the password, save it again and import the new file.</source>
        <translation>Diese Arbeitsmappe ist durch ein Passwort geschützt. Entfernen Sie das Passwort, speichern Sie sie erneut und importieren Sie die neue Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="328"/>
        <source>The sheet has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Die Tabelle hat mehr als {limit} Zeilen, das Maximum für einen Import. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="345"/>
        <source>The workbook has {count} sheets; &apos;{sheet}&apos; was read. Other sheets: {others}.</source>
        <translation>Die Arbeitsmappe hat {count} Tabellen; „{sheet}“ wurde gelesen. Weitere Tabellen: {others}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="354"/>
        <source>The sheet &apos;{sheet}&apos; is hidden in the workbook.</source>
        <translation>Die Tabelle „{sheet}“ ist in der Arbeitsmappe ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="125"/>
        <source>{count} formula cells have no saved result and were read as blank. Open the file in Excel or LibreOffice, save it and import again.</source>
        <translation>Formelzellen ohne gespeichertes Ergebnis: {count}; sie wurden als leer gelesen. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="135"/>
        <source>The sheet has merged cells; each merged value was read in the first cell of its range only, the other cells are blank.</source>
        <translation>Die Tabelle enthält verbundene Zellen; jeder verbundene Wert wurde nur in der ersten Zelle seines Bereichs gelesen, die anderen Zellen sind leer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="147"/>
        <source>Cells {cells} are merged with the header row; the rows below the header are blank there.</source>
        <translation>Die Zellen {cells} sind mit der Überschriftenzeile verbunden; die Zeilen unter der Überschrift sind dort leer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="152"/>
        <source>Cells {cells} are merged; the value of {cell} was repeated in each row of the range (first column only).</source>
        <translation>Die Zellen {cells} sind verbunden; der Wert von {cell} wurde in jeder Zeile des Bereichs wiederholt (nur in der ersten Spalte).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="156"/>
        <source>Cells {cells} are merged; the value was read in {cell} only.</source>
        <translation>Die Zellen {cells} sind verbunden; der Wert wurde nur in {cell} gelesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="193"/>
        <source>The header cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); the column is named by its letter.</source>
        <translation>Die Überschriftenzelle {cell} ist eine Formel ohne gespeichertes Ergebnis (die Datei wurde von einem Programm geändert, das nicht rechnet; öffnen und speichern Sie sie in Excel oder LibreOffice, um den Wert zu erhalten); die Spalte wird nach ihrem Buchstaben benannt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="197"/>
        <source>Cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); it was read as blank.</source>
        <translation>Zelle {cell} ist eine Formel ohne gespeichertes Ergebnis (die Datei wurde von einem Programm geändert, das nicht rechnet; öffnen und speichern Sie sie in Excel oder LibreOffice, um den Wert zu erhalten); sie wurde als leer gelesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="201"/>
        <source>The header cell {cell} holds the Excel error {error}; the column is named by its letter.</source>
        <translation>Die Überschriftenzelle {cell} enthält den Excel-Fehler {error}; die Spalte wird nach ihrem Buchstaben benannt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="204"/>
        <source>Cell {cell} holds the Excel error {error}; it was read as blank.</source>
        <translation>Zelle {cell} enthält den Excel-Fehler {error}; sie wurde als leer gelesen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="247"/>
        <source>The sheet &apos;{sheet}&apos; is empty. Choose the sheet that holds the data.</source>
        <translation>Die Tabelle „{sheet}“ ist leer. Wählen Sie die Tabelle, die die Daten enthält.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="252"/>
        <source>Row {row} of the sheet &apos;{sheet}&apos; is empty. Choose another header row.</source>
        <translation>Zeile {row} der Tabelle „{sheet}“ ist leer. Wählen Sie eine andere Überschriftenzeile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="489"/>
        <source>Row {row} has values in {count} columns after the last header; they are kept at the end of the row.</source>
        <translation>Zeile {row} enthält nach der letzten Überschrift noch Werte (Anzahl Spalten: {count}); sie bleiben am Ende der Zeile erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Score (0–10 recommend)</source>
        <translation>Empfehlung (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Feedback ID</source>
        <translation>Feedback-ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="63"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation>Nur die Antwort auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ (0–10) zählt für den NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="67"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation>Sterne oder Noten (1–5, 1–10…): bleiben eine Bewertung und zählen nie für den NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="70"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation>Namen von Bedürfnissen, durch Kommas getrennt, z. B. „Preis, Lieferung“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="73"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation>Die Nummer der Bewertung oder des Tickets: Zeilen mit derselben werden nicht doppelt importiert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="96"/>
        <source>— Not imported (kept as extra)</source>
        <translation>— Nicht importiert (als Zusatz behalten)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="386"/>
        <source>{header} is not a column of this file</source>
        <translation>{header} ist keine Spalte dieser Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="440"/>
        <source>not a column mapping template</source>
        <translation>keine Vorlage für eine Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="443"/>
        <source>this template was saved by a newer version of the app</source>
        <translation>diese Vorlage wurde mit einer neueren Version der App gespeichert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="471"/>
        <source>A 0–10 scale, like the question &apos;how likely are you to recommend us&apos;. It is kept as a rating; map the column to score only if it asks exactly that.</source>
        <translation>Eine Skala von 0–10 wie bei der Frage „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“. Sie bleibt eine Bewertung; ordnen Sie die Spalte nur dann der Empfehlung zu, wenn sie genau das fragt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="499"/>
        <source>No sample values: a 1–5 scale is assumed; check it.</source>
        <translation>Keine Beispielwerte: Eine Skala von 1–5 wird angenommen; prüfen Sie das.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="550"/>
        <source>Text dates mix day-first and month-first values.</source>
        <translation>Die Datumsangaben als Text mischen Werte mit Tag zuerst und mit Monat zuerst.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="553"/>
        <source>No column asks how likely the customer is to recommend you: no NPS.</source>
        <translation>Keine Spalte fragt, wie wahrscheinlich der Kunde Sie weiterempfiehlt: kein NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="560"/>
        <source>{order} ({code})</source>
        <translation>„{order}“ ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="564"/>
        <source>Text dates need an order: the values fit {first}.</source>
        <translation>Datumsangaben als Text brauchen eine Reihenfolge: Die Werte passen zu {first}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="568"/>
        <source>Text dates need an order: the values fit {first} or {second}.</source>
        <translation>Datumsangaben als Text brauchen eine Reihenfolge: Die Werte passen zu {first} oder {second}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="571"/>
        <source>Text dates need an order: the values fit {first} or {second} or {third}.</source>
        <translation>Datumsangaben als Text brauchen eine Reihenfolge: Die Werte passen zu {first}, {second} oder {third}.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="431"/>
        <source>{value} is a yes/no value, not a score</source>
        <translation>{value} ist ein Ja/Nein-Wert, kein Empfehlungswert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="432"/>
        <source>{value} is a yes/no value, not a rating</source>
        <translation>{value} ist ein Ja/Nein-Wert, keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="433"/>
        <source>{value} is a yes/no value, not a date</source>
        <translation>{value} ist ein Ja/Nein-Wert, kein Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="434"/>
        <source>{value} is a yes/no value, not an id</source>
        <translation>{value} ist ein Ja/Nein-Wert, keine ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="475"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="492"/>
        <source>&apos;{text}&apos; is an id a spreadsheet turned into a rounded number; format the column as text and export again</source>
        <translation>&apos;{text}&apos; ist eine ID, die eine Tabellenkalkulation in eine gerundete Zahl umgewandelt hat; formatieren Sie die Spalte als Text und exportieren Sie erneut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="506"/>
        <source>{value} is not an id</source>
        <translation>{value} ist keine ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="509"/>
        <source>{value} has more digits than a spreadsheet number keeps ({digits}); format the column as text and export again</source>
        <translation>{value} hat mehr Stellen, als eine Tabellenkalkulation für eine Zahl speichert ({digits}); formatieren Sie die Spalte als Text und exportieren Sie erneut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="517"/>
        <source>{value} is a date, not an id: the spreadsheet may have converted it</source>
        <translation>{value} ist ein Datum, keine ID: Die Tabellenkalkulation hat den Wert möglicherweise umgewandelt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="541"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="575"/>
        <source>{value} is not a status: use new, triaged, in progress, resolved, closed or won&apos;t fix</source>
        <translation>{value} ist kein Status: Verwenden Sie „neu“, „gesichtet“, „in Bearbeitung“, „gelöst“, „geschlossen“ oder „wird nicht behoben“</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="595"/>
        <source>{value} is not a language</source>
        <translation>{value} ist keine Sprache</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="82"/>
        <source>day-first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="83"/>
        <source>month-first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="84"/>
        <source>year-first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="86"/>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="87"/>
        <source>{value} is outside 0–10</source>
        <translation>{value} liegt außerhalb von 0–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="88"/>
        <source>{value} is outside {minimum}–{scale}</source>
        <translation>{value} liegt außerhalb von {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="89"/>
        <source>{value} is not a rating</source>
        <translation>{value} ist keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="90"/>
        <source>{value} is not a date</source>
        <translation>{value} ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="91"/>
        <source>{value} is not a spreadsheet date</source>
        <translation>{value} ist kein Datumswert einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="92"/>
        <source>{value} is not a valid date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="93"/>
        <source>{value} is not a valid date in {order} order ({code})</source>
        <translation>{value} ist in der Reihenfolge „{order}“ ({code}) kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="134"/>
        <source>{value} is a date, not a score</source>
        <translation>{value} ist ein Datum, kein Empfehlungswert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="148"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a score: write the number alone ({top})</source>
        <translation>&apos;{text}&apos; ist kein Empfehlungswert: Schreiben Sie nur die Zahl ({top})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="178"/>
        <source>&apos;{text}&apos; is not a score: scores are 0–10, not out of {bottom}</source>
        <translation>&apos;{text}&apos; ist kein Empfehlungswert: Empfehlungswerte liegen bei 0–10, nicht auf einer Skala bis {bottom}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="186"/>
        <source>&apos;{text}&apos; is not a number: write it in digits ({digits})</source>
        <translation>&apos;{text}&apos; ist keine Zahl: Schreiben Sie sie in Ziffern ({digits})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="249"/>
        <source>&apos;{text}&apos; shows {stars} stars, but the scale is {scale}</source>
        <translation>&apos;{text}&apos; zeigt {stars} Sterne, aber die Skala geht bis {scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="267"/>
        <source>&apos;{text}&apos; is out of {bottom}, but this column&apos;s scale is {minimum}–{scale}</source>
        <translation>&apos;{text}&apos; bezieht sich auf eine Skala bis {bottom}, aber die Skala dieser Spalte ist {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="313"/>
        <source>{value} is 29 February 1900, a day that exists only in Excel</source>
        <translation>{value} ist der 29. Februar 1900, ein Tag, den es nur in Excel gibt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="397"/>
        <source>{value} is a time of day, not a date</source>
        <translation>{value} ist eine Uhrzeit, kein Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="408"/>
        <source>{value} is before {earliest}, too early to be feedback</source>
        <translation>{value} liegt vor {earliest} und ist damit zu früh für Feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="417"/>
        <source>{value} is in the future</source>
        <translation>{value} liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="466"/>
        <source>{value} is not a date: use a spreadsheet date, 2024-01-05 or day/month/year</source>
        <translation>{value} ist kein Datum: Verwenden Sie einen Datumswert der Tabellenkalkulation, 2024-01-05 oder Tag/Monat/Jahr</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="485"/>
        <source>{value} is ambiguous: it could be {day_first} (day-first) or {month_first} (month-first); choose the date order for this column</source>
        <translation>{value} ist mehrdeutig: Es könnte {day_first} (Tag zuerst) oder {month_first} (Monat zuerst) sein; wählen Sie die Datumsreihenfolge für diese Spalte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="490"/>
        <source>{value} needs a date order: choose day-first (DMY), month-first (MDY) or year-first (YMD) for this column</source>
        <translation>{value} braucht eine Datumsreihenfolge: Wählen Sie für diese Spalte „Tag zuerst“ (DMY), „Monat zuerst“ (MDY) oder „Jahr zuerst“ (YMD)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="494"/>
        <source>{value} needs a date order: choose day-first (DMY) or month-first (MDY) for this column</source>
        <translation>{value} braucht eine Datumsreihenfolge: Wählen Sie für diese Spalte „Tag zuerst“ (DMY) oder „Monat zuerst“ (MDY)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="500"/>
        <source>{value} does not fit in {order} order ({code})</source>
        <translation>{value} passt nicht in die Reihenfolge „{order}“ ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/convert.py" line="23"/>
        <source>The row has no score, rating or text, so there is nothing to import.</source>
        <translation>Die Zeile hat weder Empfehlung noch Bewertung noch Text, es gibt also nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="222"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="233"/>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="235"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="237"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="403"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="464"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="252"/>
        <source>Listing imports…</source>
        <translation>Importe werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="275"/>
        <source>Could not list the imports: {error}</source>
        <translation>Die Importe konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>No rows of {file} were rejected.</source>
        <translation>Keine Zeile von {file} wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="328"/>
        <source>Listing rejected rows…</source>
        <translation>Abgelehnte Zeilen werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="322"/>
        <source>Rejected rows of {file}: %Ln. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>Abgelehnte Zeilen von {file}: %Ln. Exportieren, korrigieren und die Datei erneut importieren.</numerusform>
            <numerusform>Abgelehnte Zeilen von {file}: %Ln. Exportieren, korrigieren und die Datei erneut importieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="373"/>
        <source>Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>Den %Ln Eintrag, den der Import von {file} ({when}) dem Katalog hinzugefügt hat, mit seinen Schlagwörtern und Zuweisungen entfernen?</numerusform>
            <numerusform>Die %Ln Einträge, die der Import von {file} ({when}) dem Katalog hinzugefügt hat, mit ihren Schlagwörtern und Zuweisungen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation>Das lässt sich nicht rückgängig machen, aber Sie können die Datei später erneut importieren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="383"/>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="393"/>
        <source>Undoing the import of {file}…</source>
        <translation>Import von {file} wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="398"/>
        <source>Undo Failed</source>
        <translation>Rückgängig machen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="399"/>
        <source>Could not undo the import.</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="405"/>
        <source>%Ln item(s) of {file} removed.</source>
        <translation>
            <numerusform>%Ln Eintrag aus {file} entfernt.</numerusform>
            <numerusform>%Ln Einträge aus {file} entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="414"/>
        <source>No catalogue is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="417"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation>Noch keine Importe. Ziehen Sie eine Tabelle hierher oder wählen Sie Datei ▸ Datei importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="422"/>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="423"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>Abgelehnte Zeilen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="424"/>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="425"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Feedback aus einer Tabelle oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="427"/>
        <source>Save the rejected rows of the selected import, to fix them and import them again</source>
        <translation>Die abgelehnten Zeilen des ausgewählten Imports speichern, um sie zu korrigieren und erneut zu importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="429"/>
        <source>Remove the items the selected import added</source>
        <translation>Die Einträge entfernen, die der ausgewählte Import hinzugefügt hat</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation>Freigegebener oder synchronisierter Ordner</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation>{file} liegt in einem Cloud-Sync-Ordner.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation>{file} liegt auf einer Netzwerkfreigabe.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation>SQLite in einem freigegebenen oder synchronisierten Ordner kann den Katalog beschädigen, wenn zwei Personen gleichzeitig schreiben. Arbeiten Sie mit einer lokalen Kopie oder verwenden Sie einen Team-Katalog auf PostgreSQL.

Solange Sie ihn geöffnet haben, zeigt eine Sperrdatei daneben anderen, wer darin arbeitet, und sie können ihn schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation>Für diese Datei nicht mehr warnen</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation>Schreibgeschützt: {user} auf {host} hat ihn geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation>Sperre wird bestätigt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation>{user} auf {host}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation>Katalog übernommen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation>{who} hat {file} übernommen. Ihre bisherigen Änderungen sind gespeichert; der Katalog ist jetzt erneut schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation>Katalog in Verwendung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation>{file} ist seit {time} von {user} auf {host} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation>Er scheint verwaist: Das Programm, das ihn geöffnet hat, läuft auf diesem Computer nicht mehr (vielleicht wurde es unerwartet beendet).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation>Er scheint verwaist: {host} hat ihn seit {time} nicht mehr bestätigt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation>Seine Sperrdatei ist nicht lesbar und hat sich seit einer Weile nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation>Sie können ihn schreibgeschützt öffnen, um ihn anzusehen. Um ihn zu ändern, bitten Sie zuerst {user}, ihn zu schließen: Wenn zwei Personen in dieselbe Katalogdatei schreiben, kann sie beschädigt werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation>Übernehmen Sie ihn nur, wenn Sie sicher sind, dass niemand mehr darin arbeitet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation>Prozess {pid}, Advocacy Desktop {version}
Zuletzt bestätigt: {heartbeat}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="208"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Neuer Katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="209"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Eine neue, leere Katalogdatei anlegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="211"/>
        <source>Open an existing catalogue file</source>
        <translation>Eine vorhandene Katalogdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="213"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="214"/>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="215"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Feedback aus einer Tabelle oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="216"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="217"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Eine konsistente Kopie des geöffneten Katalogs speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="222"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="223"/>
        <source>Choose the language and the theme</source>
        <translation>Sprache und Design wählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="226"/>
        <source>&amp;Navigation Panel</source>
        <translation>&amp;Navigationsleiste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="229"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="231"/>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="232"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="233"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systemeinstellung übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="234"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="238"/>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="239"/>
        <source>How the app serves the five steps of the method</source>
        <translation>Wie die App die fünf Schritte der Methode unterstützt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="241"/>
        <source>Every keyboard shortcut of the app, by area</source>
        <translation>Alle Tastenkürzel der App, nach Bereich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="242"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Ü&amp;ber Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="243"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="209"/>
        <source>{name} is already open.</source>
        <translation>{name} ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="220"/>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="238"/>
        <source>Creating {name}…</source>
        <translation>{name} wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="251"/>
        <source>New Catalogue</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="266"/>
        <source>Open Catalogue</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="273"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Der zuletzt verwendete Katalog {path} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="295"/>
        <source>Back Up Catalogue</source>
        <translation>Katalog sichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="303"/>
        <source>Backing up {name}…</source>
        <translation>{name} wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="308"/>
        <source>Backup cancelled.</source>
        <translation>Sicherung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="320"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="337"/>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Er wurde aus der Liste der zuletzt geöffneten Kataloge entfernt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="350"/>
        <source>Cannot Open Catalogue</source>
        <translation>Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="351"/>
        <source>Could not open {path}</source>
        <translation>{path} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="358"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="359"/>
        <source>Could not create {path}</source>
        <translation>{path} konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="368"/>
        <source>Opening {name} was cancelled.</source>
        <translation>Das Öffnen von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="373"/>
        <source>Backup saved to {path}</source>
        <translation>Sicherung gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="378"/>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="379"/>
        <source>Could not back up to {path}</source>
        <translation>Sicherung nach {path} nicht möglich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="430"/>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="458"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy-Kataloge (*.advocacy);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="328"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>%n Wert ist nicht lesbar</numerusform>
            <numerusform>%n Werte sind nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="177"/>
        <source>Check the Columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="181"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation>Wählen Sie, was jede Spalte enthält. Markierte Zellen sind nicht lesbar: Ihre Zeilen werden abgelehnt und nach dem Import aufgelistet, damit Sie sie korrigieren können.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Checking the values…</source>
        <translation>Werte werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="242"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>%n der ersten Zeilen kann so nicht importiert werden (markiert).</numerusform>
            <numerusform>%n der ersten Zeilen können so nicht importiert werden (markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="248"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Keine Probleme in der ersten Zeile (%n).</numerusform>
            <numerusform>Keine Probleme in den ersten %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="259"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation>Die Datei ist nicht UTF-8; sie scheint {encoding} zu sein. Prüfen Sie die Akzente in der Vorschau (é, ü, ñ…): Wenn sie falsch aussehen, versuchen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="276"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation>Die Datumsangaben in der Spalte „{column}“ lassen sich mehrdeutig lesen (ist 05/01/2024 der 5. Januar oder der 1. Mai?). Wählen Sie ihre Reihenfolge, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="281"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation>Spalten mit der gespeicherten Vorlage „{name}“ zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="285"/>
        <source>You changed the mapping since.</source>
        <translation>Sie haben die Zuordnung seitdem geändert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="297"/>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="298"/>
        <source>Year first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="304"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="314"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="315"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Go back and choose a file that can be read.</source>
        <translation>Gehen Sie zurück und wählen Sie eine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation>Setzen Sie „Der Text sieht richtig aus“, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="331"/>
        <source>Choose the order of the dates to go on.</source>
        <translation>Wählen Sie die Reihenfolge der Datumsangaben, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="334"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation>Wählen Sie eine Spalte für die Empfehlung, die Bewertung oder den Text: Zeilen ohne diese können nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="342"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="343"/>
        <source>The text &amp;looks right</source>
        <translation>Der Text sieht &amp;richtig aus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumsreihenfolge:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Columns and fields</source>
        <translation>Spalten und Felder</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="351"/>
        <source>Only rows with &amp;problems</source>
        <translation>Nur Zeilen mit &amp;Problemen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Save as &amp;template:</source>
        <translation>Als &amp;Vorlage speichern:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="354"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation>Name (optional): für Dateien mit denselben Spalten wiederverwendet</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="76"/>
        <source>Need or source</source>
        <translation>Bedürfnis oder Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="82"/>
        <source>Source: {name}</source>
        <translation>Quelle: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>(from {parent})</source>
        <translation>(von {parent})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="100"/>
        <source>Nobody is responsible</source>
        <translation>Niemand ist verantwortlich</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="22"/>
        <source>An active person is a customer advocate.</source>
        <translation>Eine aktive Person hat die Rolle „Kundenfürsprecher“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="23"/>
        <source>A team role with 2 or more active members is responsible for needs.</source>
        <translation>Eine Teamrolle mit 2 oder mehr aktiven Mitgliedern ist für Bedürfnisse verantwortlich.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="25"/>
        <source>An active person is an advocacy coordinator.</source>
        <translation>Eine aktive Person hat die Rolle „Advocacy-Koordinator“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="26"/>
        <source>A coordinator is Accountable for most needs.</source>
        <translation>Ein Koordinator ist für die meisten Bedürfnisse rechenschaftspflichtig.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="27"/>
        <source>Every collected source has an owner.</source>
        <translation>Jede gesammelte Quelle hat einen Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="28"/>
        <source>An active person is an executive sponsor.</source>
        <translation>Eine aktive Person hat die Rolle „Sponsor aus der Geschäftsleitung“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="29"/>
        <source>Every need has a Responsible and an Accountable.</source>
        <translation>Jedes Bedürfnis hat einen Verantwortlichen und einen Rechenschaftspflichtigen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="30"/>
        <source>Most active people have a role.</source>
        <translation>Die meisten aktiven Personen haben eine Rolle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="39"/>
        <source>Give an active person the customer advocate role.</source>
        <translation>Geben Sie einer aktiven Person die Rolle „Kundenfürsprecher“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="41"/>
        <source>Make a role with at least 2 active members Responsible for at least one need.</source>
        <translation>Machen Sie eine Rolle mit mindestens 2 aktiven Mitgliedern für mindestens ein Bedürfnis verantwortlich.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="44"/>
        <source>Give an active person the advocacy coordinator role.</source>
        <translation>Geben Sie einer aktiven Person die Rolle „Advocacy-Koordinator“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="46"/>
        <source>Make a coordinator Accountable for more than half of the needs (now {coordinated} of {needs}).</source>
        <translation>Machen Sie einen Koordinator für mehr als die Hälfte der Bedürfnisse rechenschaftspflichtig (derzeit {coordinated} von {needs}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="49"/>
        <source>Give every collected source a Responsible or an owner (%Ln without one).</source>
        <translation>
            <numerusform>Geben Sie jeder gesammelten Quelle einen Verantwortlichen, in der Matrix oder bei der Quelle selbst (%Ln Quelle ohne).</numerusform>
            <numerusform>Geben Sie jeder gesammelten Quelle einen Verantwortlichen, in der Matrix oder bei der Quelle selbst (%Ln Quellen ohne).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="52"/>
        <source>Give an active person the executive sponsor role.</source>
        <translation>Geben Sie einer aktiven Person die Rolle „Sponsor aus der Geschäftsleitung“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="54"/>
        <source>Give every need a Responsible and an Accountable (%Ln without them).</source>
        <translation>
            <numerusform>Geben Sie jedem Bedürfnis einen Verantwortlichen und einen Rechenschaftspflichtigen (%Ln Bedürfnis ohne).</numerusform>
            <numerusform>Geben Sie jedem Bedürfnis einen Verantwortlichen und einen Rechenschaftspflichtigen (%Ln Bedürfnisse ohne).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="57"/>
        <source>Give more than half of the active people a role (now {with_role} of {active}).</source>
        <translation>Geben Sie mehr als der Hälfte der aktiven Personen eine Rolle (derzeit {with_role} von {active}).</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="46"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>&amp;Katalog zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="48"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation>Die Einträge, Bedürfnisse, Personen und Zuweisungen eines anderen Katalogs in diesen übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="59"/>
        <source>Merge Which Catalogue?</source>
        <translation>Welchen Katalog zusammenführen?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="60"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation>Kataloge (*.advocacy);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="67"/>
        <source>Cannot Merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="68"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} kann nicht geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Items</source>
        <extracomment>names the service uses for tables, marked for lupdate and translated where shown (context MergeDialog), so a language switch after import changes them too</extracomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Item needs</source>
        <translation>Bedürfnisse der Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="52"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="53"/>
        <source>Role holders</source>
        <translation>Rolleninhaber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="54"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="55"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="56"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="57"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="58"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="59"/>
        <source>Column mappings</source>
        <translation>Spaltenzuordnungen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="60"/>
        <source>Tag rules</source>
        <translation>Verschlagwortungsregeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="61"/>
        <source>Care log</source>
        <translation>Maßnahmenprotokoll</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="62"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="247"/>
        <source>Merge Catalogue</source>
        <translation>Katalog zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="252"/>
        <source>Comparing the catalogues…</source>
        <translation>Die Kataloge werden verglichen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="279"/>
        <source>Keep All Ours</source>
        <translation>Alle eigenen behalten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="280"/>
        <source>Take All Theirs</source>
        <translation>Alle fremden übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="281"/>
        <source>Take the Newer</source>
        <translation>Jeweils neuere übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="282"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation>Fremde übernehmen, wo sie später bearbeitet wurden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="327"/>
        <source>Comparing catalogues…</source>
        <translation>Kataloge werden verglichen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="333"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation>„{source}“ wird mit diesem Katalog ({target}) zusammengeführt. Probelauf: {new:n} Zeilen würden hinzugefügt. Zeilen, die in beiden abweichen, sind Konflikte: Haken Sie „Fremde übernehmen“ an, wo der andere Katalog recht hat; die übrigen behalten die eigenen Werte. Nichts wird gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="340"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="343"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation>Zugeordnet über {by}: {what} „{label}“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="346"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… und %n weiterer über Namen zugeordnet</numerusform>
            <numerusform>… und %n weitere über Namen zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="362"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation>Fremde: {theirs} · eigene: {ours}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="370"/>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="376"/>
        <source>Merging catalogues…</source>
        <translation>Kataloge werden zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation>Zusammengeführt: {added:n} Zeilen hinzugefügt, {theirs:n} Konflikt(e) mit fremden Werten, {ours:n} mit eigenen behalten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="390"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation>Das Zusammenführen wurde abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="394"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation>Das Zusammenführen ist fehlgeschlagen: {error}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation>Bedürfnis zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %Ln item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>„{name}“ mit einem anderen Bedürfnis zusammenführen. Der %Ln damit verschlagwortete Eintrag erhält stattdessen dieses Bedürfnis (keiner doppelt), die untergeordneten Bedürfnisse werden dorthin verschoben und „{name}“ wird entfernt.</numerusform>
            <numerusform>„{name}“ mit einem anderen Bedürfnis zusammenführen. Die %Ln damit verschlagworteten Einträge erhalten stattdessen dieses Bedürfnis (keiner doppelt), die untergeordneten Bedürfnisse werden dorthin verschoben und „{name}“ wird entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation>Zusammenführen mit:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="108"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="109"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="371"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation>Legen Sie auf der Seite „Bedürfnisse“ Bedürfnisse an, um hier Einträge zu verschlagworten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="374"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation>Große Auswahl ({n} Einträge): Die Kästchen zeigen keinen Zustand; ein Klick verschlagwortet alle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Needs of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Bedürfnisse des %Ln ausgewählten Eintrags</numerusform>
            <numerusform>Bedürfnisse der %Ln ausgewählten Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="379"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation>Wählen Sie Einträge zum Verschlagworten aus oder ziehen Sie sie auf ein Bedürfnis.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="84"/>
        <source>%Ln item(s) tagged with this need itself</source>
        <translation>
            <numerusform>%Ln Eintrag direkt mit diesem Bedürfnis verschlagwortet</numerusform>
            <numerusform>%Ln Einträge direkt mit diesem Bedürfnis verschlagwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="195"/>
        <source>Listing needs…</source>
        <translation>Bedürfnisse werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="208"/>
        <source>Could not list the needs: {error}</source>
        <translation>Die Bedürfnisse konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="291"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Name of the need under “{parent}”:</source>
        <translation>Name des Bedürfnisses unter „{parent}“:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="308"/>
        <source>Name of the need:</source>
        <translation>Name des Bedürfnisses:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="309"/>
        <source>Add Need</source>
        <translation>Bedürfnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="313"/>
        <source>Add need “{name}”</source>
        <translation>Bedürfnis „{name}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="325"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation>Bedürfnis „{old}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="331"/>
        <source>Edit need “{name}”</source>
        <translation>Bedürfnis „{name}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="340"/>
        <source>Colour of “{name}”</source>
        <translation>Farbe von „{name}“</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="346"/>
        <source>Colour need “{name}”</source>
        <translation>Bedürfnis „{name}“ einfärben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="359"/>
        <source>Set the key of need “{name}”</source>
        <translation>Taste für Bedürfnis „{name}“ festlegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="366"/>
        <source>Move need “{name}”</source>
        <translation>Bedürfnis „{name}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="388"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation>Bedürfnis „{source}“ mit „{target}“ zusammenführen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="413"/>
        <source>Delete need “{name}”</source>
        <translation>Bedürfnis „{name}“ löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>Needs taxonomy (*.json)</source>
        <translation>Bedürfnis-Taxonomie (*.json)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="449"/>
        <source>Export Needs</source>
        <translation>Bedürfnisse exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="450"/>
        <source>needs.json</source>
        <translation>beduerfnisse.json</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="460"/>
        <source>Exporting needs…</source>
        <translation>Bedürfnisse werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="463"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>%n Bedürfnis nach {file} exportiert.</numerusform>
            <numerusform>%n Bedürfnisse nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="466"/>
        <source>Could not export the needs.</source>
        <translation>Die Bedürfnisse konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="475"/>
        <source>Import Needs</source>
        <translation>Bedürfnisse importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation>Bedürfnis-Taxonomie (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="484"/>
        <source>Importing needs…</source>
        <translation>Bedürfnisse werden importiert…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="488"/>
        <source>Could not import the needs.</source>
        <translation>Die Bedürfnisse konnten nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="495"/>
        <source>Import needs from {file}</source>
        <translation>Bedürfnisse aus {file} importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="499"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>Bedürfnisse aus {file}: {added} hinzugefügt, {updated} aktualisiert, {same} unverändert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="510"/>
        <source>No catalogue is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="513"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation>Noch keine Bedürfnisse. Fügen Sie die Bedürfnisse hinzu, die Ihre Kunden äußern (Preis, dann Preis ▸ Rabatte…), oder importieren Sie eine Taxonomie-Datei, die ein anderes Team geteilt hat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation>Ziehen Sie ein Bedürfnis auf ein anderes, um es darunter zu verschieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>Add &amp;Child</source>
        <translation>&amp;Untergeordnetes hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Key…</source>
        <translation>&amp;Taste…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="529"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="530"/>
        <source>R&amp;ules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="534"/>
        <source>Add a need at the top of the taxonomy</source>
        <translation>Ein Bedürfnis auf der obersten Ebene der Taxonomie hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="535"/>
        <source>Add a need under the selected one</source>
        <translation>Ein Bedürfnis unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="536"/>
        <source>Rename the selected need</source>
        <translation>Das ausgewählte Bedürfnis umbenennen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="537"/>
        <source>Choose the colour the need is shown in</source>
        <translation>Die Farbe wählen, in der das Bedürfnis angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="538"/>
        <source>Give the need a key that tags the selected items on the Feedback page</source>
        <translation>Dem Bedürfnis eine Taste zuweisen, mit der die ausgewählten Einträge auf der Seite „Feedback“ verschlagwortet werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="540"/>
        <source>Move the need&apos;s items into another need and remove it</source>
        <translation>Die Einträge des Bedürfnisses in ein anderes Bedürfnis verschieben und es entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="541"/>
        <source>Delete the selected need</source>
        <translation>Das ausgewählte Bedürfnis löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="542"/>
        <source>Save the taxonomy as a file another team can import</source>
        <translation>Die Taxonomie als Datei speichern, die ein anderes Team importieren kann</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="543"/>
        <source>Add or update needs from a taxonomy file</source>
        <translation>Bedürfnisse aus einer Taxonomie-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="545"/>
        <source>Auto-tag rules: tag a need on the items whose text matches</source>
        <translation>Verschlagwortungsregeln: Einträge, deren Text passt, mit einem Bedürfnis verschlagworten</translation>
    </message>
</context>
<context>
    <name>NeedsService</name>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="29"/>
        <source>There is no need with id {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es kein Bedürfnis mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="105"/>
        <source>The needs changed since; this step can no longer be undone or redone.</source>
        <translation>Die Bedürfnisse haben sich inzwischen geändert; dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="170"/>
        <source>A need to be removed has been given items or needs since; this step can no longer be undone or redone.</source>
        <translation>Ein zu entfernendes Bedürfnis hat inzwischen Einträge oder untergeordnete Bedürfnisse erhalten; dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="113"/>
        <source>A need needs a name.</source>
        <translation>Ein Bedürfnis braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="115"/>
        <source>A need&apos;s name cannot contain &apos;&gt;&apos; or &apos;›&apos; (they join paths): {name}.</source>
        <translation>Der Name eines Bedürfnisses darf weder „&gt;“ noch „›“ enthalten (sie verbinden Pfade): {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="119"/>
        <source>A need&apos;s name is at most {limit} characters long.</source>
        <translation>Der Name eines Bedürfnisses darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="129"/>
        <source>{colour} is not a colour; use #rrggbb, e.g. #3a7bd5.</source>
        <translation>{colour} ist keine Farbe; verwenden Sie #rrggbb, z. B. #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="142"/>
        <source>A shortcut is one key, a letter or a sign: {key} is not.</source>
        <translation>Ein Tastenkürzel ist eine einzelne Taste, ein Buchstabe oder ein Zeichen: {key} ist das nicht.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="146"/>
        <source>Digits are reserved for scores; choose a letter or a sign.</source>
        <translation>Ziffern sind für Empfehlungswerte reserviert; wählen Sie einen Buchstaben oder ein Zeichen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="212"/>
        <source>There is already a need called {name} under {parent}.</source>
        <translation>Unter {parent} gibt es bereits ein Bedürfnis namens {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="215"/>
        <source>There is already a need called {name} at the top level.</source>
        <translation>Auf der obersten Ebene gibt es bereits ein Bedürfnis namens {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="224"/>
        <source>The key {key} is already the shortcut of {name}.</source>
        <translation>Die Taste {key} ist bereits das Tastenkürzel von {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="256"/>
        <source>{name} cannot go under {parent}: that need is {name} itself or below it.</source>
        <translation>{name} kann nicht unter {parent} verschoben werden: Dieses Bedürfnis ist {name} selbst oder liegt darunter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="467"/>
        <source>A need cannot be merged into itself.</source>
        <translation>Ein Bedürfnis kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="470"/>
        <source>{source} cannot be merged into {target}, which is below it; move {target} out first.</source>
        <translation>{source} kann nicht mit {target} zusammengeführt werden, das darunter liegt; verschieben Sie {target} zuerst an eine andere Stelle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="500"/>
        <source>The items of a deleted need cannot stay on it.</source>
        <translation>Die Einträge eines gelöschten Bedürfnisses können nicht bei ihm bleiben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="505"/>
        <source>The needs below a deleted need must go to another need.</source>
        <translation>Die Bedürfnisse unter einem gelöschten Bedürfnis müssen unter ein anderes Bedürfnis verschoben werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="511"/>
        <source>{count} item(s) are tagged {name}: choose a need for them, or confirm that they lose this tag.</source>
        <translation>Mit {name} verschlagwortete Einträge: {count}. Wählen Sie ein Bedürfnis für sie oder bestätigen Sie, dass sie dieses Schlagwort verlieren.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="394"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="397"/>
        <source>Last choices before the import.</source>
        <translation>Letzte Entscheidungen vor dem Import.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="429"/>
        <source>Listing sources…</source>
        <translation>Quellen werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation>Die Datei hat eine Quellspalte („{column}“): Diese Quelle erhalten nur Zeilen, in denen diese Zelle leer ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="456"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation>Die Datei hat keine Quellspalte: Jede Zeile erhält diese Quelle, z. B. Trustpilot oder Support. Lassen Sie das Feld leer, wenn Sie es nicht wissen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, Tabelle „{sheet}“</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="464"/>
        <source>Ready to read {where}</source>
        <translation>Bereit, {where} zu lesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="466"/>
        <source>(about {rows} rows)</source>
        <translation>(etwa {rows} Zeilen)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation>Die Zuordnung wird als Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="475"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="476"/>
        <source>e.g. Trustpilot</source>
        <translation>z. B. Trustpilot</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="477"/>
        <source>Check &amp;only, do not import</source>
        <translation>&amp;Nur prüfen, nicht importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="480"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation>Liest jede Zeile und zählt, was importiert würde, was schon im Katalog ist und was abgelehnt würde. Der Katalog wird nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation>Schritt 4 der Methode · Auswerten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation>Der Stand des Katalogs auf einen Blick: der NPS mit seiner Fehlermarge, sein Verlauf über die Zeit und die Kundenbedürfnisse, die den NPS am meisten kosten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation>Schritt 3 der Methode · Sammeln und katalogisieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation>Jedes Kundenfeedback im Katalog: lesen, mit den darin geäußerten Bedürfnissen verschlagworten und der Person zuweisen, die sich darum kümmert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation>Schritte 1 und 2 der Methode · Ermitteln und auswählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation>Woher Feedback kommt: Bewertungsportale, soziale Medien, der Support, Umfragen. Jede Quelle lässt sich abschalten, ohne zu verlieren, was sie bereits geliefert hat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation>Schritt 3 der Methode · Ein gemeinsames Schema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation>Die Taxonomie der Kundenbedürfnisse, nach der Feedback katalogisiert wird – klar genug, um sie als Datei mit einem Team oder einem Kunden zu teilen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation>Personen &amp; Rollen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation>Schritt 5 der Methode · Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation>Wer für welches Bedürfnis, welche Quelle und welches Feedback zuständig ist: die Personen der Organisation, ihre Rollen und wer wofür verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation>Markenbotschafter · Finden und halten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation>Kunden, deren letzte Antwort 9 oder 10 ist, was zuletzt für sie getan wurde und wer abzuspringen droht: die Promotoren, die Sie unaufgefordert weiterempfehlen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Schritt 3 der Methode · Sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Jede in den Katalog importierte Datei, mit den abgelehnten Zeilen und dem Grund dafür, damit sie korrigiert und erneut importiert werden können.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Older record</source>
        <translation>Älterer Datensatz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Newer record</source>
        <translation>Neuerer Datensatz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="97"/>
        <source>id {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same e-mail</source>
        <translation>Gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="106"/>
        <source>Both match “{key}”</source>
        <translation>Beide passen zu „{key}“</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="182"/>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="183"/>
        <source>Add the people who follow up feedback with Add Person…, and give them roles: the customer advocate, the owner of a need or of a source.</source>
        <translation>Fügen Sie mit „Person hinzufügen…“ die Personen hinzu, die sich um Feedback kümmern, und weisen Sie ihnen Rollen zu: Kundenfürsprecher, Verantwortliche für ein Bedürfnis oder eine Quelle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="219"/>
        <source>No needs or sources yet</source>
        <translation>Noch keine Bedürfnisse oder Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="220"/>
        <source>List your sources on the Sources page and your customers&apos; needs on the Needs page; then give each of them a Responsible here.</source>
        <translation>Erfassen Sie Ihre Quellen auf der Seite „Quellen“ und die Bedürfnisse Ihrer Kunden auf der Seite „Bedürfnisse“; legen Sie dann hier jeweils fest, wer verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="245"/>
        <source>Nothing yet: the list below says what the next level needs.</source>
        <translation>Noch nichts: Die Liste unten zeigt, was für die nächste Stufe fehlt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="275"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="544"/>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="302"/>
        <source>Reading people and responsibilities…</source>
        <translation>Personen und Verantwortlichkeiten werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="315"/>
        <source>Could not read the people: {error}</source>
        <translation>Die Personen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="335"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>%n Bedürfnis oder Quelle ohne Verantwortlichen. Doppelklicken Sie auf eine Zelle oder drücken Sie die Eingabetaste, um den Inhaber zu wählen.</numerusform>
            <numerusform>%n Bedürfnisse oder Quellen ohne Verantwortlichen. Doppelklicken Sie auf eine Zelle oder drücken Sie die Eingabetaste, um den Inhaber zu wählen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="345"/>
        <source>Level {level} of 4 — {name}</source>
        <translation>Stufe {level} von 4 — {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="368"/>
        <source>The highest level is reached.</source>
        <translation>Die höchste Stufe ist erreicht.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="370"/>
        <source>Missing for level {level}:</source>
        <translation>Fehlt für Stufe {level}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>no advocates yet</source>
        <translation>noch keine Fürsprecher</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>single advocates</source>
        <translation>einzelne Fürsprecher</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>an advocacy team</source>
        <translation>ein Advocacy-Team</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>coordination across the company</source>
        <translation>unternehmensweite Koordination</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="376"/>
        <source>every strategy and every employee</source>
        <translation>jede Strategie und jeder Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="403"/>
        <source>{name} added.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="423"/>
        <source>Role {name} added.</source>
        <translation>Rolle {name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <source>Role name:</source>
        <translation>Name der Rolle:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>What does this role do? (optional)</source>
        <translation>Was macht diese Rolle? (optional)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="462"/>
        <source>Set {kind} for {name}</source>
        <translation>{kind} für {name} festlegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="473"/>
        <source>Clear {kind} for {name}</source>
        <translation>{kind} für {name} entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="504"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation>Wählen Sie zuerst eine Zelle „Verantwortlich“, „Rechenschaftspflichtig“, „Konsultiert“ oder „Informiert“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="516"/>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="528"/>
        <source>Exporting the matrix…</source>
        <translation>Matrix wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n Zeile nach {file} geschrieben.</numerusform>
            <numerusform>%n Zeilen nach {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="532"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="533"/>
        <source>Could not export the matrix.</source>
        <translation>Die Matrix konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="540"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="542"/>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Add &amp;Role…</source>
        <translation>&amp;Rolle hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="547"/>
        <source>&amp;Choose Holder…</source>
        <translation>Inhaber &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="548"/>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="549"/>
        <source>E&amp;xport Matrix…</source>
        <translation>Matrix e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="551"/>
        <source>Add someone who follows up feedback, with roles</source>
        <translation>Eine Person mit ihren Rollen hinzufügen, die sich um Feedback kümmert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="552"/>
        <source>Add a role of your own beside the pre-filled ones</source>
        <translation>Eine eigene Rolle zusätzlich zu den vorgegebenen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>Choose who holds the selected cell of the matrix</source>
        <translation>Den Inhaber der ausgewählten Zelle der Matrix wählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Remove every holder of the selected cell</source>
        <translation>Alle Inhaber der ausgewählten Zelle entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Save the matrix as an Excel workbook</source>
        <translation>Die Matrix als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Reached:</source>
        <translation>Erreicht:</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="133"/>
        <source>A person needs a name.</source>
        <extracomment>The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.</extracomment>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="134"/>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="136"/>
        <source>A person name can have at most {limit} characters.</source>
        <translation>Ein Personenname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="138"/>
        <source>A role name can have at most {limit} characters.</source>
        <translation>Ein Rollenname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="140"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keine Person mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="149"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="173"/>
        <source>There is no role with id {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keine Rolle mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="187"/>
        <source>{name} has the e-mail address {email} already.</source>
        <translation>{name} hat bereits die E-Mail-Adresse {email}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="195"/>
        <source>There is a role called “{name}” already.</source>
        <translation>Es gibt bereits eine Rolle namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="329"/>
        <source>A maturity level is 1, 2, 3 or 4.</source>
        <translation>Eine Reifegradstufe ist 1, 2, 3 oder 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="374"/>
        <source>The role “{name}” is in use ({members} member(s), {cells} responsibility(ies)): remove them first.</source>
        <translation>Die Rolle „{name}“ wird verwendet (Mitglieder: {members}, Verantwortlichkeiten: {cells}): Entfernen Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="90"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung übernehmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="92"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="95"/>
        <source>Both apply at once and are remembered.</source>
        <translation>Beides gilt sofort und wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="192"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation>Zeile {row} wird abgelehnt:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>(extra)</source>
        <translation>(Zusatz)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="208"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation>Spalte {letter} „{header}“ wird als {field} importiert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="212"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation>Spalte {letter} „{header}“ wird keinem Feld zugeordnet; ihre Werte bleiben bei jedem Eintrag als Zusatzinformation erhalten.</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="135"/>
        <source>this catalogue has no pseudonym secret yet: open it for writing once to create one</source>
        <extracomment>audit_log copies about the erased customer and their items are replaced by this shorter names or ids are only matched as whole values, never inside longer text</extracomment>
        <translation>dieser Katalog hat noch keinen geheimen Schlüssel für Pseudonyme: Öffnen Sie ihn einmal mit Schreibzugriff, um einen anzulegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="392"/>
        <source>There is no customer with id {id}.</source>
        <translation>Es gibt keinen Kunden mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="396"/>
        <source>Customer {uuid} was already erased: nothing personal is left.</source>
        <translation>Kunde {uuid} wurde bereits gelöscht: Es sind keine personenbezogenen Daten mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Score</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="132"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="135"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="283"/>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="300"/>
        <source>No star ratings match the filter.</source>
        <translation>Keine Sternebewertungen passen zum Filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="301"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation>Sternebewertungen behalten ihre eigene Skala und zählen nie für den NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="304"/>
        <source>Star ratings by source</source>
        <translation>Sternebewertungen nach Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="308"/>
        <source>Stars (rounded)</source>
        <translation>Sterne (gerundet)</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="490"/>
        <source>Say where to save the catalogue.</source>
        <translation>Geben Sie an, wo der Katalog gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="493"/>
        <source>{name} exists already: choose another name (an existing file is never replaced).</source>
        <translation>{name} ist bereits vorhanden: Wählen Sie einen anderen Namen (eine vorhandene Datei wird nie ersetzt).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="514"/>
        <source>Save the Catalogue As</source>
        <translation>Katalog speichern unter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="515"/>
        <source>Advocacy catalogues (*.advocacy)</source>
        <translation>Advocacy-Kataloge (*.advocacy)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="524"/>
        <source>Your catalogue</source>
        <translation>Ihr Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="526"/>
        <source>Everything goes into one file you can back up, copy and carry. Finish creates it and opens it.</source>
        <translation>Alles kommt in eine einzige Datei, die Sie sichern, kopieren und mitnehmen können. „Katalog anlegen“ legt sie an und öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="528"/>
        <source>Save the catalogue as:</source>
        <translation>Katalog speichern unter:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="529"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="229"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="233"/>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="245"/>
        <source>%Ln row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>%Ln zu korrigierende Zeile in {path} gespeichert.</numerusform>
            <numerusform>%Ln zu korrigierende Zeilen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="254"/>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="260"/>
        <source>Exporting rejected rows…</source>
        <translation>Abgelehnte Zeilen werden exportiert…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="183"/>
        <source>The whole row:</source>
        <translation>Die ganze Zeile:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="188"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="434"/>
        <source>Step 5 of 5 · Roles</source>
        <translation>Schritt 5 von 5 · Rollen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="436"/>
        <source>Advocacy works when someone owns each need and each source. Start with yourself.</source>
        <translation>Customer Advocacy funktioniert, wenn für jedes Bedürfnis und jede Quelle jemand zuständig ist. Fangen Sie bei sich selbst an.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="437"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="439"/>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;E-Mail (optional):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="441"/>
        <source>Your &amp;role:</source>
        <translation>Ihre &amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="443"/>
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Schneider</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="447"/>
        <source>Leave the name empty to add people later. Your team, their roles and who is Responsible, Accountable, Consulted or Informed for each need go on the People page.</source>
        <translation>Lassen Sie den Namen leer, um Personen später hinzuzufügen. Ihr Team, seine Rollen und wer für welches Bedürfnis verantwortlich, rechenschaftspflichtig, konsultiert oder informiert ist, tragen Sie auf der Seite „Personen &amp; Rollen“ ein.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="54"/>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="55"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="62"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation>Findet Wörter, die damit beginnen, unabhängig von Groß-/Kleinschreibung und Akzenten („liefer“ findet „Lieferung“); bei Koreanisch, Japanisch oder Chinesisch an beliebiger Stelle im Text.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="67"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation>Findet diese Wörter in dieser Reihenfolge als ganze Wörter, unabhängig von Groß-/Kleinschreibung und Akzenten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="71"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation>Ein regulärer Ausdruck in Python, ohne Beachtung der Groß-/Kleinschreibung, angewendet auf den Text, wie er geschrieben ist.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="265"/>
        <source>Listing rules…</source>
        <translation>Regeln werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="280"/>
        <source>Could not list the rules: {error}</source>
        <translation>Die Regeln konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation>Aktive Regeln laufen bei jedem Import und bei „Anwenden“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="301"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="321"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation>Regel gelöscht. Von ihr verschlagwortete Einträge behalten ihr Schlagwort.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="336"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation>Regel hinzugefügt. Sie läuft bei jedem Import; klicken Sie auf „Alle Regeln jetzt anwenden“, um sie auf die Einträge anzuwenden, die schon im Katalog sind.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="354"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation>Geben Sie ein Stichwort, eine Phrase oder einen Ausdruck ein, um zu sehen, was verschlagwortet würde.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="368"/>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="390"/>
        <source>Previewing rule…</source>
        <translation>Vorschau der Regel wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="407"/>
        <source>Could not preview the rule: {error}</source>
        <translation>Für die Regel konnte keine Vorschau erstellt werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="412"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>Würde %Ln neuen Eintrag verschlagworten</numerusform>
            <numerusform>Würde %Ln neue Einträge verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(%Ln Treffer insgesamt)</numerusform>
            <numerusform>(%Ln Treffer insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— all of them already have this need.</source>
        <translation>— alle haben dieses Bedürfnis bereits.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="417"/>
        <source>— the others already have this need.</source>
        <translation>— die übrigen haben dieses Bedürfnis bereits.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="433"/>
        <source>Applying the rules…</source>
        <translation>Regeln werden angewendet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="437"/>
        <source>Applying auto-tag rules…</source>
        <translation>Verschlagwortungsregeln werden angewendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="448"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>%Ln Eintrag durch die Regeln verschlagwortet.</numerusform>
            <numerusform>%Ln Einträge durch die Regeln verschlagwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation>Bearbeiten ▸ Rückgängig entfernt diese Schlagwörter wieder.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="457"/>
        <source>This cannot be undone here.</source>
        <translation>Das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation>Abgebrochen: Es wurde nichts verschlagwortet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="470"/>
        <source>Could not apply the rules: {error}</source>
        <translation>Die Regeln konnten nicht angewendet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Auto-tag Rules — {need}</source>
        <translation>Verschlagwortungsregeln — {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="478"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation>Einträge, deren Text zu einer Regel passt, werden mit „{need}“ verschlagwortet. Aktive Regeln laufen bei jedem Import; Regeln funktionieren in jeder Sprache.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="483"/>
        <source>This need has no rules yet.</source>
        <translation>Dieses Bedürfnis hat noch keine Regeln.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>Keyword, phrase or expression</source>
        <translation>Stichwort, Phrase oder Ausdruck</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>The first items the rule would tag appear here.</source>
        <translation>Hier erscheinen die ersten Einträge, die die Regel verschlagworten würde.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="488"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>A&amp;pply All Rules Now</source>
        <translation>Alle Regeln jetzt &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="493"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation>Wendet jede aktive Regel jedes Bedürfnisses auf den gesamten Katalog an.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="494"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="144"/>
        <source>Check Finished</source>
        <translation>Prüfung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="149"/>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="150"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="161"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="164"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation>Die Zeilen werden am Ende auf einmal geschrieben. Wenn Sie den Import stoppen, wird nichts geschrieben und der Katalog bleibt, wie er war.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="187"/>
        <source>{done} of about {total} rows read</source>
        <translation>{done} von etwa {total} Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="194"/>
        <source>{done} rows read</source>
        <translation>{done} Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="198"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation>Wird gestoppt… nichts wird in den Katalog geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="204"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation>Der Import wurde gestoppt. Es wurde nichts in den Katalog geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="205"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation>Gehen Sie zurück, um Ihre Auswahl zu ändern und erneut zu importieren, oder schließen Sie den Assistenten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="212"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation>Die Datei konnte nicht importiert werden. Es wurde nichts in den Katalog geschrieben.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="215"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation>Gehen Sie zurück, um Ihre Auswahl zu ändern, oder korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation>Alle Zeilen der Datei wurden geprüft. Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>%Ln item(s) added to the catalogue.</source>
        <translation>
            <numerusform>%Ln Eintrag zum Katalog hinzugefügt.</numerusform>
            <numerusform>%Ln Einträge zum Katalog hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="234"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation>Keine neuen Einträge: Der Katalog enthielt bereits jede lesbare Zeile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>rows read</source>
        <translation>Zeilen gelesen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>would be imported</source>
        <translation>würden importiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="239"/>
        <source>already there (duplicates)</source>
        <translation>schon vorhanden (Duplikate)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="240"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="261"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation>Abgelehnte Zeilen: exportieren, korrigieren und die Datei erneut importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="271"/>
        <source>Listing rejected rows…</source>
        <translation>Abgelehnte Zeilen werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="303"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="304"/>
        <source>Show in &amp;Imports</source>
        <translation>In &amp;Importe zeigen</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="329"/>
        <source>Step 3 of 5 · A scheme to catalogue by</source>
        <translation>Schritt 3 von 5 · Ein Schema zum Katalogisieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="331"/>
        <source>Feedback is tagged with the customer needs it speaks of. A clear, shared list of needs lets a team, or a client, read the catalogue the same way.</source>
        <translation>Feedback wird mit den Kundenbedürfnissen verschlagwortet, um die es darin geht. Mit einer klaren, gemeinsamen Liste von Bedürfnissen liest ein Team oder ein Kunde den Katalog auf dieselbe Weise.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="333"/>
        <source>&amp;Start with common needs (rename, move or delete them any time on the Needs page)</source>
        <translation>Mit gängigen Bedürfnissen &amp;beginnen (jederzeit auf der Seite „Bedürfnisse“ umbenennen, verschieben oder löschen)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="336"/>
        <source>Tag feedback &amp;automatically: keyword rules in English, German, Italian, Indonesian, Turkish and Korean</source>
        <translation>Feedback &amp;automatisch verschlagworten: Stichwortregeln auf Englisch, Deutsch, Italienisch, Indonesisch, Türkisch und Koreanisch</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="338"/>
        <source>Start &amp;without needs: I will build my own</source>
        <translation>&amp;Ohne Bedürfnisse beginnen: Ich lege eigene an</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="339"/>
        <source>&amp;Import a first file once the catalogue is open</source>
        <translation>Eine erste Datei &amp;importieren, sobald der Katalog geöffnet ist</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="341"/>
        <source>A spreadsheet or CSV export from a review site, a survey tool or the help desk; the columns are recognised in six languages.</source>
        <translation>Eine Tabelle oder ein CSV-Export aus einem Bewertungsportal, einem Umfragetool oder dem Support; die Spalten werden in sechs Sprachen erkannt.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="252"/>
        <source>Collect from {name} ({kind})</source>
        <translation>Aus {name} sammeln ({kind})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="269"/>
        <source>Step 2 of 5 · What to collect now</source>
        <translation>Schritt 2 von 5 · Was jetzt gesammelt wird</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="271"/>
        <source>Collecting takes time: tick the sources worth it now. The others stay in the catalogue, switched off, and can be switched on any time on the Sources page.</source>
        <translation>Sammeln kostet Zeit: Haken Sie die Quellen an, bei denen es sich jetzt lohnt. Die übrigen bleiben abgeschaltet im Katalog und lassen sich jederzeit auf der Seite „Quellen“ einschalten.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="277"/>
        <source>Choose a Sheet</source>
        <translation>Tabelle wählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="280"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation>Diese Arbeitsmappe hat mehrere Tabellen. Welche enthält das Feedback?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="296"/>
        <source>{name}   (hidden sheet)</source>
        <translation>{name}   (ausgeblendete Tabelle)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="302"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation>Diese Tabelle ist in der Arbeitsmappe ausgeblendet. Prüfen Sie vor dem Import, ob sie die gewünschten Daten enthält.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="334"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation>Spalten von „{sheet}“: {columns}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="347"/>
        <source>Reading the sheet…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation>Tastenkürzel für Bedürfnis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation>Die Taste, mit der Feedback mit „{name}“ verschlagwortet wird: ein Buchstabe oder Zeichen. Ziffern sind für Empfehlungswerte reserviert. Leer lassen für kein Tastenkürzel.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation>Taste:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="65"/>
        <source>Tag the selected items with that need, or untag it when all have it</source>
        <translation>Ausgewählte Einträge mit diesem Bedürfnis verschlagworten oder das Schlagwort entfernen, wenn alle es haben</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="67"/>
        <source>A need’s key</source>
        <translation>Taste eines Bedürfnisses</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="68"/>
        <source>Select every item in the list</source>
        <translation>Alle Einträge der Liste auswählen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="70"/>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="72"/>
        <source>Bulk actions on the selection (tag, source, assign, status…)</source>
        <translation>Sammelaktionen für die Auswahl (Schlagwort, Quelle, Zuweisung, Status…)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="75"/>
        <source>Edit the selected cell of the responsibilities matrix</source>
        <translation>Ausgewählte Zelle der Verantwortlichkeitsmatrix bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="146"/>
        <source>Tag or untag “{need}”</source>
        <translation>Mit „{need}“ verschlagworten oder Schlagwort entfernen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="162"/>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="254"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Kein Tastenkürzel passt zu „{text}“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="267"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="268"/>
        <source>Filter by key or action</source>
        <translation>Nach Taste oder Aktion filtern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Collect feedback from this source</source>
        <translation>Feedback aus dieser Quelle &amp;sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="85"/>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="86"/>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="29"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="30"/>
        <source>Review site</source>
        <translation>Bewertungsportal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>Support desk</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="36"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Collect</source>
        <translation>Sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="111"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation>Feedback aus dieser Quelle sammeln. Abgeschaltet behält eine Quelle die Einträge, die sie geliefert hat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="114"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation>Net Promoter Score der Antworten von 0–10, mit seiner Fehlermarge (95 % Konfidenz) und der Anzahl der Antworten. * kennzeichnet weniger als 30.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="117"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation>Anteil dieser Quelle an allen Einträgen im Katalog.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="187"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>Nur %n Antwort: weniger als 30, daher ist die Fehlermarge groß.</numerusform>
            <numerusform>Nur %n Antworten: weniger als 30, daher ist die Fehlermarge groß.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>{promoters} Promotoren, {passives} Passive, {detractors} Kritiker</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="196"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation>Wird nicht gesammelt: abgeschaltet, ihre Einträge bleiben im Katalog.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="301"/>
        <source>No sources yet</source>
        <translation>Noch keine Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="302"/>
        <source>Add the places feedback comes from with Add Source…: review sites, social media, the support desk, surveys.</source>
        <translation>Fügen Sie mit „Quelle hinzufügen…“ die Orte hinzu, von denen Feedback kommt: Bewertungsportale, soziale Medien, den Support, Umfragen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="350"/>
        <source>Listing sources…</source>
        <translation>Quellen werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="383"/>
        <source>Could not list the sources: {error}</source>
        <translation>Die Quellen konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="396"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n Quelle, </numerusform>
            <numerusform>%n Quellen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="397"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n gesammelt</numerusform>
            <numerusform>%n gesammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="399"/>
        <source>%Ln item(s) without a source</source>
        <translation>
            <numerusform>%Ln Eintrag ohne Quelle</numerusform>
            <numerusform>%Ln Einträge ohne Quelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="401"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation>* weniger als 30 Antworten: große Fehlermarge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="430"/>
        <source>Collect from {name}</source>
        <translation>Aus {name} sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="431"/>
        <source>Stop collecting from {name}</source>
        <translation>Nicht mehr aus {name} sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="444"/>
        <source>Edit source {name}</source>
        <translation>Quelle {name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="477"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="488"/>
        <source>A source named “{name}” exists already.</source>
        <translation>Eine Quelle namens „{name}“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="494"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="504"/>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="532"/>
        <source>&amp;Add Source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="533"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="534"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="535"/>
        <source>Add a place feedback comes from</source>
        <translation>Einen Ort hinzufügen, von dem Feedback kommt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="536"/>
        <source>Change the selected source&apos;s name, kind, web address, notes or owner</source>
        <translation>Name, Art, Webadresse, Notizen oder Verantwortliche der ausgewählten Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="538"/>
        <source>Delete the selected source; its items stay in the catalogue</source>
        <translation>Die ausgewählte Quelle löschen; ihre Einträge bleiben im Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="540"/>
        <source>No catalogue is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="183"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="194"/>
        <source>{name} is listed already.</source>
        <translation>{name} ist bereits aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="221"/>
        <source>Step 1 of 5 · Your sources</source>
        <translation>Schritt 1 von 5 · Ihre Quellen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="223"/>
        <source>Every place customers talk about you is a source: marketplace reviews, social media, the support desk, surveys. Untick those you do not have and add your own.</source>
        <translation>Jeder Ort, an dem Kunden über Sie sprechen, ist eine Quelle: Bewertungen auf Marktplätzen, soziale Medien, der Support, Umfragen. Entfernen Sie den Haken bei denen, die Sie nicht haben, und fügen Sie eigene hinzu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="225"/>
        <source>Another source:</source>
        <translation>Weitere Quelle:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="226"/>
        <source>Name, e.g. Etsy or the shop&apos;s guest book</source>
        <translation>Name, z. B. Etsy oder das Gästebuch des Ladens</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="227"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>SourcesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="70"/>
        <source>There is no source {id} in this catalogue.</source>
        <extracomment>Stored in source.kind; the UI shows a translated label for each. The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).</extracomment>
        <translation>In diesem Katalog gibt es keine Quelle {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="201"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="204"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>Ein Quellenname darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="229"/>
        <source>A source named {name} exists already; names must differ by more than upper and lower case.</source>
        <translation>Eine Quelle namens {name} ist bereits vorhanden; Namen müssen sich durch mehr als Groß- und Kleinschreibung unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="240"/>
        <source>There is no person {id} in this catalogue.</source>
        <translation>In diesem Katalog gibt es keine Person {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="362"/>
        <source>Items cannot be moved to the source being deleted.</source>
        <translation>Einträge können nicht in die Quelle verschoben werden, die gerade gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="49"/>
        <source>A rule needs a keyword, phrase or expression.</source>
        <translation>Eine Regel braucht ein Stichwort, eine Phrase oder einen Ausdruck.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="52"/>
        <source>A rule may be at most {limit} characters long.</source>
        <translation>Eine Regel darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="58"/>
        <source>The regular expression is not valid: {problem}.</source>
        <translation>Der reguläre Ausdruck ist ungültig: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/rules.py" line="81"/>
        <source>There is no need with id {id}.</source>
        <translation>Es gibt kein Bedürfnis mit der ID {id}.</translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %Ln item(s) with {need}</source>
        <translation>
            <numerusform>%Ln Eintrag mit {need} verschlagworten</numerusform>
            <numerusform>%Ln Einträge mit {need} verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %Ln item(s) from {need}</source>
        <translation>
            <numerusform>Schlagwort {need} von %Ln Eintrag entfernen</numerusform>
            <numerusform>Schlagwort {need} von %Ln Einträgen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %Ln item(s) to {source}</source>
        <translation>
            <numerusform>Quelle von %Ln Eintrag auf {source} setzen</numerusform>
            <numerusform>Quelle von %Ln Einträgen auf {source} setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %Ln item(s) by rules</source>
        <translation>
            <numerusform>%Ln Eintrag nach Regeln verschlagworten</numerusform>
            <numerusform>%Ln Einträge nach Regeln verschlagworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TaxonomyFiles</name>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="43"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="53"/>
        <source>{file}, {where}: {problem}</source>
        <translation>{file}, {where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="56"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="65"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="112"/>
        <source>{file}: a taxonomy file ends in .json or .csv.</source>
        <translation>{file}: eine Taxonomie-Datei endet auf .json oder .csv.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="163"/>
        <source>no such file.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="166"/>
        <source>too large for a taxonomy of needs.</source>
        <translation>zu groß für eine Taxonomie von Bedürfnissen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="170"/>
        <source>this is not a taxonomy file (binary content).</source>
        <translation>dies ist keine Taxonomie-Datei (binärer Inhalt).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="176"/>
        <source>the text is not UTF-8.</source>
        <translation>der Text ist nicht UTF-8.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="184"/>
        <source>{name} must be text, not {value}.</source>
        <translation>{name} muss Text sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="199"/>
        <source>a uuid is at most {limit} characters long.</source>
        <translation>eine UUID ist höchstens {limit} Zeichen lang.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="208"/>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="210"/>
        <source>not valid JSON ({problem}).</source>
        <translation>kein gültiges JSON ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="213"/>
        <source>this JSON is not a taxonomy of needs (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>dieses JSON ist keine Taxonomie von Bedürfnissen (kein &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="218"/>
        <source>the taxonomy has no valid version number.</source>
        <translation>die Taxonomie hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="221"/>
        <source>written by a newer version of Advocacy Desktop (format {version}).</source>
        <translation>von einer neueren Version von Advocacy Desktop geschrieben (Format {version}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="228"/>
        <source>must be a list of needs.</source>
        <translation>muss eine Liste von Bedürfnissen sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="231"/>
        <source>needs nest deeper than {limit} levels.</source>
        <translation>die Bedürfnisse sind tiefer als {limit} Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="236"/>
        <source>a need must be an object.</source>
        <translation>ein Bedürfnis muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="240"/>
        <source>a need has no name.</source>
        <translation>ein Bedürfnis hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="268"/>
        <source>this is not a taxonomy of needs: it has no &apos;path&apos; column.</source>
        <translation>dies ist keine Taxonomie von Bedürfnissen: Es gibt keine Spalte „path“.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="284"/>
        <source>the path is empty.</source>
        <translation>der Pfad ist leer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="288"/>
        <source>the path is deeper than {limit}.</source>
        <translation>der Pfad ist tiefer als {limit} Ebenen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="291"/>
        <source>the path {path} has an empty name.</source>
        <translation>der Pfad {path} enthält einen leeren Namen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="296"/>
        <source>not valid CSV ({problem}).</source>
        <translation>kein gültiges CSV ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="311"/>
        <source>this is not a taxonomy file (it looks like HTML).</source>
        <translation>dies ist keine Taxonomie-Datei (sie sieht nach HTML aus).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="378"/>
        <source>{where}: the key {key} stays the shortcut of {holder}; {need} gets none.</source>
        <translation>{where}: die Taste {key} bleibt das Tastenkürzel von {holder}; {need} erhält keines.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="397"/>
        <source>{where}: {need} stays where it is: {problem}</source>
        <translation>{where}: {need} bleibt, wo es ist: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="405"/>
        <source>{where}: not renamed: {problem}</source>
        <translation>{where}: nicht umbenannt: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation>Mit Team-Katalog verbinden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation>Oder eine vollständige Adresse (das Passwort oben wird ergänzt)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation>Zuletzt verwendete Team-Kataloge:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation>Das Passwort wird nicht gespeichert. Ein Team-Katalog liegt auf dem Server: Mehrere Personen können gleichzeitig darin arbeiten, und die Administration des Servers kümmert sich um die Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation>Mit &amp;Team-Katalog verbinden…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation>Einen in einer PostgreSQL-Datenbank gemeinsam genutzten Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation>Verbindung mit {address} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation>Schema anlegen?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation>Die Datenbank {address} ist leer. Einen neuen Team-Katalog darin anlegen?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation>Team-Katalog aktualisieren?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation>{address} wurde mit einer älteren Version erstellt. Jetzt aktualisieren? Alle, die den Team-Katalog nutzen, brauchen danach diese Version von Advocacy Desktop.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation>Der Team-Katalog {address} konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tooltips.py" line="18"/>
        <source>{text} ({keys})</source>
        <translation>{text} ({keys})</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="77"/>
        <source>The method in five steps</source>
        <translation>Die Methode in fünf Schritten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="78"/>
        <source>Customer Advocacy means acting for the customer’s good until they recommend you. The app serves the five steps of the method, each on its own page:</source>
        <translation>Customer Advocacy heißt, zum Wohl der Kunden zu handeln, bis sie Sie weiterempfehlen. Die App unterstützt die fünf Schritte der Methode, jeden auf einer eigenen Seite:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="81"/>
        <source>The pages are listed on the left; {first} to {last} switch between them.</source>
        <translation>Die Seiten sind links aufgeführt; mit {first} bis {last} wechseln Sie zwischen ihnen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="84"/>
        <source>Identify every source of information about your customers: {page}.</source>
        <translation>Jede Informationsquelle über Ihre Kunden ermitteln: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="86"/>
        <source>Select the sources worth collecting from: the “collect from this source” switch on {page}.</source>
        <translation>Die Quellen auswählen, aus denen sich das Sammeln lohnt: der Schalter „Feedback aus dieser Quelle sammeln“ auf der Seite {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="88"/>
        <source>Collect and catalogue feedback under a shared scheme of needs: {import_file}, {needs} and {feedback}.</source>
        <translation>Feedback nach einem gemeinsamen Schema von Bedürfnissen sammeln und katalogisieren: {import_file}, {needs} und {feedback}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="91"/>
        <source>Analyse it: NPS with its margin of error, its trend and the needs that cost the most NPS, on {page}.</source>
        <translation>Auswerten: der NPS mit seiner Fehlermarge, sein Verlauf und die Bedürfnisse, die den NPS am meisten kosten, auf der Seite {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="94"/>
        <source>Define who is responsible for each need, source and item, and answer detractors in time: {page}.</source>
        <translation>Festlegen, wer für welches Bedürfnis, welche Quelle und welchen Eintrag verantwortlich ist, und Kritikern rechtzeitig antworten: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="99"/>
        <source>Every catalogue starts with Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and survey. Each source has a kind, a web address, notes and an owner, and shows its items, its share and its NPS with the margin of error.</source>
        <translation>Jeder Katalog beginnt mit Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, Support, E-Mail, Telefon und Umfrage. Jede Quelle hat eine Art, eine Webadresse, Notizen und einen Verantwortlichen und zeigt ihre Einträge, ihren Anteil und ihren NPS mit der Fehlermarge.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="103"/>
        <source>Switching a source off stops collecting from it; what it brought stays in the catalogue.</source>
        <translation>Wird eine Quelle abgeschaltet, wird aus ihr nicht mehr gesammelt; was sie geliefert hat, bleibt im Katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="106"/>
        <source>Importing feedback</source>
        <translation>Feedback importieren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="107"/>
        <source>{import_file}, or drop a spreadsheet on the window, opens the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt files, tells the format from the content, and maps the columns from their headers in English, German, Italian, Indonesian, Turkish or Korean.</source>
        <translation>{import_file} – oder eine auf das Fenster gezogene Tabelle – öffnet den Import-Assistenten. Er liest .xlsx-, .xlsm-, .ods-, .csv-, .tsv- und .txt-Dateien, erkennt das Format am Inhalt und ordnet die Spalten anhand ihrer Überschriften auf Englisch, Deutsch, Italienisch, Indonesisch, Türkisch oder Koreanisch zu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="112"/>
        <source>Every value is checked. A score must be a whole number from 0 to 10 from a column that asks about recommending; star ratings are kept apart and never counted as NPS. When text dates are ambiguous (05/01/2025) you are asked for their order; nothing is guessed.</source>
        <translation>Jeder Wert wird geprüft. Ein Empfehlungswert muss eine ganze Zahl von 0 bis 10 aus einer Spalte sein, die nach der Weiterempfehlung fragt; Sternebewertungen werden getrennt gehalten und nie für den NPS gezählt. Sind Datumsangaben als Text mehrdeutig (05/01/2025), werden Sie nach ihrer Reihenfolge gefragt; nichts wird geraten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="116"/>
        <source>All valid rows are written at once: a crash or Cancel leaves all or nothing. Importing the same rows again adds nothing. Columns mapped to no field are kept with each item.</source>
        <translation>Alle gültigen Zeilen werden auf einmal geschrieben: Nach einem Absturz oder „Abbrechen“ ist entweder alles oder nichts importiert. Werden dieselben Zeilen erneut importiert, kommt nichts hinzu. Spalten, die keinem Feld zugeordnet sind, bleiben bei jedem Eintrag erhalten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="119"/>
        <source>Rejected rows are kept with their row, column, value and reason. {imports} lists every import with its rejected rows; export them to a spreadsheet, fix them and import that file again. An import can also be undone there.</source>
        <translation>Abgelehnte Zeilen werden mit Zeile, Spalte, Wert und Grund aufbewahrt. Die Seite {imports} listet jeden Import mit seinen abgelehnten Zeilen auf; exportieren Sie diese in eine Tabelle, korrigieren Sie sie und importieren Sie die Datei erneut. Dort lässt sich ein Import auch rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="124"/>
        <source>Needs and tagging</source>
        <translation>Bedürfnisse und Verschlagwortung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="125"/>
        <source>{needs} holds the taxonomy of customer needs, as a tree (Price ▸ Discounts), each with a colour and a one-key shortcut. Renaming, moving, merging and deleting never lose tagged items, and every change can be undone. The taxonomy travels as a JSON or CSV file that a team or a client can adopt.</source>
        <translation>Die Seite {needs} enthält die Taxonomie der Kundenbedürfnisse als Baum (Preis ▸ Rabatte), jedes Bedürfnis mit einer Farbe und einem Tastenkürzel aus einer einzigen Taste. Beim Umbenennen, Verschieben, Zusammenführen und Löschen gehen verschlagwortete Einträge nie verloren, und jede Änderung lässt sich rückgängig machen. Die Taxonomie lässt sich als JSON- oder CSV-Datei weitergeben, die ein Team oder ein Kunde übernehmen kann.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="130"/>
        <source>On {feedback}, filter the list, select items and press a need’s key to tag them all; press it again to untag. You can also tick the needs beside the list or drag the items onto a need. The context menu tags, untags, sets the source, assigns and sets the status of every selected item at once.</source>
        <translation>Filtern Sie auf der Seite {feedback} die Liste, wählen Sie Einträge aus und drücken Sie die Taste eines Bedürfnisses, um alle damit zu verschlagworten; erneutes Drücken entfernt das Schlagwort wieder. Sie können auch die Bedürfnisse neben der Liste anhaken oder die Einträge auf ein Bedürfnis ziehen. Über das Kontextmenü verschlagworten Sie alle ausgewählten Einträge auf einmal, entfernen Schlagwörter, legen die Quelle fest, weisen sie zu oder setzen ihren Status.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="135"/>
        <source>Auto-tag rules (keywords, phrases or regular expressions, in all six languages) run on every import and on demand.</source>
        <translation>Verschlagwortungsregeln (Stichwörter, Phrasen oder reguläre Ausdrücke, in allen sechs Sprachen) laufen bei jedem Import und auf Wunsch.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="138"/>
        <source>NPS and its margin of error</source>
        <translation>Der NPS und seine Fehlermarge</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="139"/>
        <source>Only answers to “How likely are you to recommend us?” on 0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.</source>
        <translation>Es zählen nur Antworten von 0 bis 10 auf die Frage „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“. Promotoren antworten mit 9 oder 10, Passive mit 7 oder 8, Kritiker mit 0 bis 6. Der NPS ist der Prozentsatz der Promotoren minus der Prozentsatz der Kritiker, von −100 bis +100.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="143"/>
        <source>Every NPS comes with its 95% margin of error (the adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give −35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change between two periods is called significant only when their intervals do not overlap.</source>
        <translation>Jeder NPS wird mit seiner Fehlermarge bei 95 % Konfidenz angegeben (angepasstes Wald-Verfahren): 8 Promotoren, 9 Passive und 22 Kritiker ergeben −35,9 ± 24,2. Eine Gruppe mit weniger als 30 Antworten wird gekennzeichnet, und eine Veränderung zwischen zwei Zeiträumen gilt nur dann als signifikant, wenn sich ihre Intervalle nicht überschneiden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="148"/>
        <source>{dashboard} shows what the filter of {feedback} keeps: the NPS, its trend (also over rolling 30 or 90 days), the answers by score, NPS by source, and the open items by owner.</source>
        <translation>Die Seite {dashboard} zeigt, was der Filter der Seite {feedback} erfasst: den NPS, seinen Verlauf (auch gleitend über 30 oder 90 Tage), die Antworten nach Empfehlungswert, den NPS nach Quelle und die offenen Einträge nach Verantwortlichem.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="153"/>
        <source>Needs ranked by their cost in NPS</source>
        <translation>Bedürfnisse nach ihren Kosten im NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="154"/>
        <source>A need whose items hold d of the n answers’ detractors costs 100 × d / n NPS points: had those detractors been passives, the NPS would be that much higher. With 1,000 answers and 60 detractors tagged “Delivery”, Delivery costs 6 points.</source>
        <translation>Ein Bedürfnis, dessen Einträge d der Kritiker unter den n Antworten enthalten, kostet 100 × d / n NPS-Punkte: Wären diese Kritiker Passive gewesen, läge der NPS um so viel höher. Bei 1.000 Antworten und 60 mit „Lieferung“ verschlagworteten Kritikern kostet Lieferung 6 Punkte.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="158"/>
        <source>The dashboard ranks the needs by this cost, with its interval and the need’s share of all detractors. An item with two needs counts for both, so the costs do not add up.</source>
        <translation>Die Übersicht ordnet die Bedürfnisse nach diesen Kosten, mit ihrem Intervall und dem Anteil des Bedürfnisses an allen Kritikern. Ein Eintrag mit zwei Bedürfnissen zählt für beide, daher lassen sich die Kosten nicht addieren.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="162"/>
        <source>Roles and the follow-up queue</source>
        <translation>Rollen und die Nachverfolgungsliste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="163"/>
        <source>{people} lists the people and their roles (the four maturity levels, support agent, product owner and your own), a matrix of who is Responsible, Accountable, Consulted and Informed for every need and source with the gaps in red, and the maturity level reached with what the next one needs.</source>
        <translation>Die Seite {people} zeigt die Personen und ihre Rollen (die vier Reifegradstufen, Support-Mitarbeiter, Product Owner und Ihre eigenen), eine Matrix darüber, wer für jedes Bedürfnis und jede Quelle verantwortlich, rechenschaftspflichtig, konsultiert und informiert ist – Lücken in Rot –, sowie die erreichte Reifegradstufe und was für die nächste fehlt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="168"/>
        <source>New and newly tagged items go to whoever is responsible for their need or source. The follow-up queue lists the detractors not yet contacted, due a set number of working days after their feedback (2 by default); overdue ones are red. Choose a person to see their own queue; the workload per person and per need is shown beside it.</source>
        <translation>Neue und neu verschlagwortete Einträge gehen an die Person, die für ihr Bedürfnis oder ihre Quelle verantwortlich ist. Die Nachverfolgungsliste zeigt die noch nicht kontaktierten Kritiker, fällig eine festgelegte Anzahl von Arbeitstagen nach ihrem Feedback (standardmäßig 2); überfällige sind rot. Wählen Sie eine Person, um ihre eigene Liste zu sehen; daneben wird die Arbeitslast je Person und je Bedürfnis angezeigt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="175"/>
        <source>Brand advocates are customers whose latest answer is 9 or 10. {advocates} lists them with what was last done for them, most in need of attention first, and the customers at risk: fallen promoters and repeat detractors.</source>
        <translation>Markenbotschafter sind Kunden, deren letzte Antwort 9 oder 10 ist. Die Seite {advocates} listet sie mit dem auf, was zuletzt für sie getan wurde – wer Zuwendung am dringendsten braucht, zuerst –, dazu die gefährdeten Kunden: abgesprungene Promotoren und wiederholte Kritiker.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="179"/>
        <source>The care log records the six practices that keep advocates: mutual respect, appreciation, accessibility, active listening, recognition and presence. Duplicate customers can be found and merged.</source>
        <translation>Das Maßnahmenprotokoll erfasst die sechs Maßnahmen, die Markenbotschafter halten: gegenseitiger Respekt, Wertschätzung, Erreichbarkeit, aktives Zuhören, Anerkennung und Präsenz. Doppelte Kunden lassen sich finden und zusammenführen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="184"/>
        <source>Catalogue files, backups and teams</source>
        <translation>Katalogdateien, Sicherungen und Teams</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="185"/>
        <source>A catalogue is one .advocacy file you can carry around. It is checked when opened; a damaged file or another application’s is refused, and an older catalogue is upgraded only after a backup beside it.</source>
        <translation>Ein Katalog ist eine einzige .advocacy-Datei, die Sie mitnehmen können. Sie wird beim Öffnen geprüft; eine beschädigte Datei oder die Datei einer anderen Anwendung wird abgelehnt, und ein älterer Katalog wird erst aktualisiert, nachdem daneben eine Sicherung angelegt wurde.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="189"/>
        <source>{backup} saves a consistent copy at any time, even while you work. When someone else has the catalogue open you are told who, and offered to open it read-only.</source>
        <translation>{backup} speichert jederzeit eine konsistente Kopie, auch während Sie arbeiten. Hat jemand anderes den Katalog geöffnet, erfahren Sie, wer, und können ihn schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="192"/>
        <source>{merge} brings in another catalogue (from a laptop in the field, say): conflicts are listed with both values and nothing is overwritten unless you choose so.</source>
        <translation>{merge} übernimmt einen anderen Katalog (etwa von einem Laptop im Außendienst): Konflikte werden mit beiden Werten aufgelistet, und nichts wird überschrieben, sofern Sie es nicht ausdrücklich wählen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="195"/>
        <source>A team shares one PostgreSQL database instead of a file: {team}. The password is never written to the settings (where a system keyring is available you may keep it there). Two people editing the same item never lose a change: the second is told who changed it.</source>
        <translation>Ein Team nutzt statt einer Datei gemeinsam eine PostgreSQL-Datenbank: {team}. Das Passwort wird nie in die Einstellungen geschrieben (wo ein Schlüsselbund des Systems verfügbar ist, können Sie es dort speichern). Bearbeiten zwei Personen denselben Eintrag, geht keine Änderung verloren: Die zweite Person erfährt, wer ihn geändert hat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="202"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="203"/>
        <source>{erase} on {advocates} erases one customer’s personal data for good; their anonymous scores stay in the statistics. This cannot be undone.</source>
        <translation>Mit {erase} auf der Seite {advocates} löschen Sie die personenbezogenen Daten eines Kunden endgültig; seine anonymen Empfehlungswerte bleiben in der Statistik. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="206"/>
        <source>To share data outside the organisation, export it pseudonymised from the command line (advocacy export … --pseudonymise, also for the NPS report): customers become stable pseudonyms and their contact data is removed; the export is recorded.</source>
        <translation>Um Daten außerhalb der Organisation weiterzugeben, exportieren Sie sie pseudonymisiert über die Kommandozeile (advocacy export … --pseudonymise, auch für den NPS-Bericht): Kunden werden zu stabilen Pseudonymen, ihre Kontaktdaten werden entfernt, und der Export wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="211"/>
        <source>Language, theme and keys</source>
        <translation>Sprache, Design und Tasten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="212"/>
        <source>{preferences} chooses the language and a light or dark theme; both apply at once. {shortcuts} lists every key.</source>
        <translation>Unter {preferences} wählen Sie die Sprache und ein helles oder dunkles Design; beides gilt sofort. {shortcuts} listet alle Tasten auf.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="223"/>
        <source>Advocacy Desktop User Guide</source>
        <translation>Benutzerhandbuch für Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="224"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="264"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="111"/>
        <source>Welcome to Advocacy Desktop</source>
        <translation>Willkommen bei Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="113"/>
        <source>Five short steps set up your first catalogue, following the method the app is built on. Every choice can be changed later.</source>
        <translation>In fünf kurzen Schritten richten Sie Ihren ersten Katalog ein – nach der Methode, auf der die App beruht. Jede Entscheidung lässt sich später ändern.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="116"/>
        <source>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; — where your customers talk about you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selection&lt;/b&gt; — which sources are worth collecting from now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A scheme&lt;/b&gt; — the customer needs you catalogue feedback by.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis&lt;/b&gt; — Net Promoter Score and what each need costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roles&lt;/b&gt; — who takes care of what.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Quellen&lt;/b&gt; — wo Ihre Kunden über Sie sprechen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Auswahl&lt;/b&gt; — aus welchen Quellen sich das Sammeln jetzt lohnt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ein Schema&lt;/b&gt; — die Kundenbedürfnisse, nach denen Sie Feedback katalogisieren.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Auswertung&lt;/b&gt; — der Net Promoter Score und was jedes Bedürfnis kostet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rollen&lt;/b&gt; — wer sich um was kümmert.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="123"/>
        <source>No data of your own yet? Look around a demo first: it is a separate file, and this guide can be run again from the Help menu.</source>
        <translation>Noch keine eigenen Daten? Sehen Sie sich zuerst eine Demo an: Sie liegt in einer eigenen Datei, und dieser Assistent lässt sich über das Menü „Hilfe“ erneut starten.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="125"/>
        <source>Explore a Demo Catalogue</source>
        <translation>Demo-Katalog erkunden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="127"/>
        <source>A year of a small shop&apos;s feedback in six languages, tagged, assigned and followed up.</source>
        <translation>Ein Jahr Feedback eines kleinen Ladens in sechs Sprachen – verschlagwortet, zugewiesen und nachverfolgt.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="67"/>
        <source>There is no item with id {id}.</source>
        <translation>Es gibt keinen Eintrag mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="182"/>
        <source>There is no person with id {id}.</source>
        <translation>Es gibt keine Person mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="203"/>
        <source>&quot;{status}&quot; is not a status (statuses: {statuses}).</source>
        <translation>„{status}“ ist kein Status (gültige Status: {statuses}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="217"/>
        <source>Item {item} is {status}: it cannot move to {wanted} (allowed: {allowed}).</source>
        <translation>Eintrag {item} hat den Status {status}: Er kann nicht zu {wanted} wechseln (erlaubt: {allowed}).</translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %Ln item(s) to {person}</source>
        <translation>
            <numerusform>%Ln Eintrag an {person} zuweisen</numerusform>
            <numerusform>%Ln Einträge an {person} zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %Ln item(s)</source>
        <translation>
            <numerusform>Zuweisung von %Ln Eintrag aufheben</numerusform>
            <numerusform>Zuweisung von %Ln Einträgen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %Ln item(s) to {status}</source>
        <translation>
            <numerusform>Status von %Ln Eintrag auf {status} setzen</numerusform>
            <numerusform>Status von %Ln Einträgen auf {status} setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %Ln item(s) contacted</source>
        <translation>
            <numerusform>%Ln Eintrag als kontaktiert markieren</numerusform>
            <numerusform>%Ln Einträge als kontaktiert markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %Ln item(s)</source>
        <translation>
            <numerusform>Fälligkeit von %Ln Eintrag setzen</numerusform>
            <numerusform>Fälligkeit von %Ln Einträgen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %Ln item(s)</source>
        <translation>
            <numerusform>Notizen von %Ln Eintrag setzen</numerusform>
            <numerusform>Notizen von %Ln Einträgen setzen</numerusform>
        </translation>
    </message>
</context>
</TS>
