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
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="218"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Kein Katalog ist geöffnet. Legen Sie mit Datei ▸ Neuer Katalog… einen an oder öffnen Sie einen mit Datei ▸ Öffnen….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="222"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Diese Seite kommt in einer späteren Version. Ihr Katalog ist geöffnet; mit Datei ▸ Sichern… speichern Sie jederzeit eine sichere Kopie.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="155"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Neuer Katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="156"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Eine neue, leere Katalogdatei anlegen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>Open an existing catalogue file</source>
        <translation>Eine vorhandene Katalogdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Eine konsistente Kopie des geöffneten Katalogs speichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="169"/>
        <source>&amp;Navigation Panel</source>
        <translation>&amp;Navigationsleiste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="172"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Ü&amp;ber Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="177"/>
        <source>{name} is already open.</source>
        <translation>{name} ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="187"/>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="205"/>
        <source>Creating {name}…</source>
        <translation>{name} wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="215"/>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="218"/>
        <source>New Catalogue</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="233"/>
        <source>Open Catalogue</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="240"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Der zuletzt verwendete Katalog {path} ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="262"/>
        <source>Back Up Catalogue</source>
        <translation>Katalog sichern</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>Backing up {name}…</source>
        <translation>{name} wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="275"/>
        <source>Backup cancelled.</source>
        <translation>Sicherung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="287"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="304"/>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="313"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Er wurde aus der Liste der zuletzt geöffneten Kataloge entfernt.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="315"/>
        <source>Cannot Open Catalogue</source>
        <translation>Katalog kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="316"/>
        <source>Could not open {path}</source>
        <translation>{path} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="323"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="324"/>
        <source>Could not create {path}</source>
        <translation>{path} konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="333"/>
        <source>Opening {name} was cancelled.</source>
        <translation>Das Öffnen von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved to {path}</source>
        <translation>Sicherung gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="343"/>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="344"/>
        <source>Could not back up to {path}</source>
        <translation>Sicherung nach {path} nicht möglich</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="414"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy-Kataloge (*.advocacy);;Alle Dateien (*)</translation>
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
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Schritt 3 der Methode · Sammeln</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Jede in den Katalog importierte Datei, mit den abgelehnten Zeilen und dem Grund dafür, damit sie korrigiert und erneut importiert werden können.</translation>
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
</TS>
