<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation>Individuare ogni fonte di informazioni sui clienti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation>Selezionare le fonti da cui vale la pena raccogliere.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation>Raccogliere e catalogare i feedback secondo uno schema chiaro di bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation>Analizzarli: NPS, tendenze, i bisogni che costano più NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation>Definire chi è responsabile di ogni bisogno, fonte ed elemento.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation>Licenza: {licence}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation>Un catalogo offline dei feedback dei clienti per la Customer Advocacy: agire per il bene del cliente finché non vi raccomanda. Supporta i cinque passi del metodo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation>Informazioni su {name}</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="27"/>
        <source>Add Person</source>
        <translation>Aggiungi persona</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="41"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Ruoli:</translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="295"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="320"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>%n loro problema scaduto: risolvilo per primo.</numerusform>
            <numerusform>%n loro problemi scaduti: risolvili per primi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="327"/>
        <source>Problem overdue</source>
        <translation>Problema scaduto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="329"/>
        <source>Due attention</source>
        <translation>Attenzione dovuta</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Finding advocates…</source>
        <translation>Ricerca degli ambasciatori…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="241"/>
        <source>Finding customers at risk…</source>
        <translation>Ricerca dei clienti a rischio…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="244"/>
        <source>Listing people…</source>
        <translation>Elenco delle persone…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="286"/>
        <source>Could not read the advocates: {error}</source>
        <translation>Impossibile leggere gli ambasciatori: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="375"/>
        <source>Log {practice} for {name}</source>
        <translation>Registra {practice} per {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="385"/>
        <source>{practice} logged for {name}.</source>
        <translation>{practice} registrata per {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="393"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation>Elimina {practice} del {day} per {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="425"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>Ora gli ambasciatori richiedono attenzione dopo %n giorno senza attenzioni.</numerusform>
            <numerusform>Ora gli ambasciatori richiedono attenzione dopo %n giorni senza attenzioni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="445"/>
        <source>Merge customer {other} into {keep}</source>
        <translation>Unisci cliente {other} a {keep}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="481"/>
        <source>Erasing the personal data of {name}…</source>
        <translation>Cancellazione dei dati personali di {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="489"/>
        <source>Personal data of {name} erased from %Ln item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>Dati personali di {name} cancellati da %Ln elemento; i suoi punteggi restano nelle statistiche.</numerusform>
            <numerusform>Dati personali di {name} cancellati da %Ln elementi; i suoi punteggi restano nelle statistiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln ambasciatore</numerusform>
            <numerusform>%Ln ambasciatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="542"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln richiede attenzione</numerusform>
            <numerusform>%Ln richiedono attenzione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="544"/>
        <source>%Ln with a problem overdue</source>
        <translation>
            <numerusform>%Ln con un problema scaduto</numerusform>
            <numerusform>%Ln con un problema scaduto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrato</numerusform>
            <numerusform>%Ln mostrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>%Ln customer(s) at risk</source>
        <translation>
            <numerusform>%Ln cliente a rischio</numerusform>
            <numerusform>%Ln clienti a rischio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="553"/>
        <source>%Ln fallen promoter(s)</source>
        <translation>
            <numerusform>%Ln promotore perso</numerusform>
            <numerusform>%Ln promotori persi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="554"/>
        <source>%Ln repeat detractor(s)</source>
        <translation>
            <numerusform>%Ln detrattore ricorrente</numerusform>
            <numerusform>%Ln detrattori ricorrenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="557"/>
        <source>Advocates (%Ln)</source>
        <translation>
            <numerusform>Ambasciatori (%Ln)</numerusform>
            <numerusform>Ambasciatori (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="558"/>
        <source>At Risk (%Ln)</source>
        <translation>
            <numerusform>A rischio (%Ln)</numerusform>
            <numerusform>A rischio (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="497"/>
        <source>Advocates</source>
        <translation>Ambasciatori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="503"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Nessun catalogo aperto. Creane uno con File ▸ Nuovo catalogo… oppure aprine uno con File ▸ Apri….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="506"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation>Ancora nessun cliente. Importa un file con una colonna ID cliente, e-mail o nome (File ▸ Importa file…): ogni risposta viene collegata al suo cliente e chi ha dato 9 o 10 come ultima risposta compare qui come ambasciatore.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="515"/>
        <source>Reading the catalogue…</source>
        <translation>Lettura del catalogo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Nessuno corrisponde a “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="520"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>Nessun ambasciatore richiede attenzione ora: ognuno ne ha ricevuta entro %n giorno e nessuno ha problemi scaduti.</numerusform>
            <numerusform>Nessun ambasciatore richiede attenzione ora: ognuno ne ha ricevuta entro %n giorni e nessuno ha problemi scaduti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation>Ancora nessun ambasciatore: l&apos;ultima risposta di nessun cliente è 9 o 10. La scheda A rischio mostra chi si è allontanato; la scheda Clienti elenca tutti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="528"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation>Nessuno è a rischio: nessun ex promotore ha dato un&apos;ultima risposta sotto 9 e nessun cliente ha risposto 0–6 due volte in un anno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="531"/>
        <source>Reading the customers…</source>
        <translation>Lettura dei clienti…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="559"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>giorno senza attenzioni</numerusform>
            <numerusform>giorni senza attenzioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Only those needing &amp;attention</source>
        <translation>Solo chi richiede &amp;attenzione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Ricorda dopo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Search advocates by name</source>
        <translation>Cerca ambasciatori per nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="573"/>
        <source>Search by name</source>
        <translation>Cerca per nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="575"/>
        <source>Search name, e-mail, id</source>
        <translation>Cerca nome, e-mail, ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="576"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Trova &amp;duplicati…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="578"/>
        <source>Find customers recorded more than once and merge them</source>
        <translation>Trova i clienti registrati più di una volta e uniscili</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="579"/>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="75"/>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Cancella dati personali…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="581"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation>Cancella su richiesta nome, e-mail, ID e commenti del cliente selezionato, conservandone i punteggi anonimi. Non si può annullare.</translation>
    </message>
</context>
<context>
    <name>AdvocatesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="394"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>I dati personali di questo cliente sono stati cancellati: il suo registro delle attenzioni è chiuso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="403"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è nessuna persona con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="417"/>
        <source>“{practice}” is not one of the practices: {practices}.</source>
        <translation>“{practice}” non è una delle pratiche: {practices}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="421"/>
        <source>The day of a care entry must be a date.</source>
        <translation>Il giorno di una voce del registro delle attenzioni deve essere una data.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="424"/>
        <source>{day} is in the future: log what was done.</source>
        <translation>{day} è nel futuro: registra ciò che è già stato fatto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="429"/>
        <source>A note can have at most {limit} characters.</source>
        <translation>Una nota può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="453"/>
        <source>There is no care entry {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è la voce {id} del registro delle attenzioni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="469"/>
        <source>Care entry {id} is in the catalogue already.</source>
        <translation>La voce {id} del registro delle attenzioni è già nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="507"/>
        <source>The care interval must be a whole number of days from 1 to {limit}.</source>
        <translation>L&apos;intervallo per le attenzioni deve essere un numero intero di giorni da 1 a {limit}.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="384"/>
        <source>Step 4 of 5 · Analysis</source>
        <translation>Passo 4 di 5 · Analisi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="385"/>
        <source>What the app measures, and how far to trust it.</source>
        <translation>Che cosa misura l&apos;app e fino a che punto fidarsene.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="387"/>
        <source>Net Promoter Score asks one question: “How likely are you to recommend us?”, answered from 0 to 10. Star ratings are kept apart and never counted as NPS.</source>
        <translation>Il Net Promoter Score pone una sola domanda: “Quanto è probabile che ci raccomandi?”, con una risposta da 0 a 10. Le valutazioni a stelle restano separate e non vengono mai contate nell&apos;NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="390"/>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="392"/>
        <source>NPS = % promoters − % detractors   (−100 to +100)</source>
        <translation>NPS = % promotori − % detrattori   (da −100 a +100)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="394"/>
        <source>Every NPS comes with its margin of error, so that noise in a small sample is not taken for news; the Dashboard shows NPS per source and over time, and ranks the needs by the NPS points they cost.</source>
        <translation>Ogni NPS è accompagnato dal suo margine di errore, così il rumore di un piccolo campione non viene scambiato per una novità; la Dashboard mostra l&apos;NPS per fonte e nel tempo, e ordina i bisogni in base ai punti NPS che costano.</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="379"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n aperto</numerusform>
            <numerusform>%n aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="381"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n scaduto</numerusform>
            <numerusform>%n scaduti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="396"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation>Da {a} il {d1} a {b} il {d2}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Read</source>
        <translation>Lette</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Imported</source>
        <translation>Importate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="83"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="88"/>
        <source>Undone</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="90"/>
        <source>Imported, {count} left</source>
        <translation>Importata, {count} rimaste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="91"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation>Importata</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="45"/>
        <source>Log a Practice</source>
        <translation>Registra una pratica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="49"/>
        <source>What was done for {name}?</source>
        <translation>Che cosa è stato fatto per {name}?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="77"/>
        <source>— Not recorded —</source>
        <translation>— Non registrato —</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="84"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation>Che cosa è stato fatto e come ha reagito (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="91"/>
        <source>&amp;Practice:</source>
        <translation>&amp;Pratica:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>&amp;Chi:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="95"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>&amp;Log</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="120"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>Ha %n elemento aperto</numerusform>
            <numerusform>Ha %n elementi aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="122"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n scaduto</numerusform>
            <numerusform>, %n scaduti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation>Rispetto reciproco</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation>I problemi che segnalano vengono risolti subito.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Appreciation</source>
        <translation>Apprezzamento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Thank them for speaking for us.</source>
        <translation>Ringraziarli perché parlano bene di noi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Make it easy for them to reach us.</source>
        <translation>Rendere facile per loro contattarci.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Active listening</source>
        <translation>Ascolto attivo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Ask their opinion, and act on it.</source>
        <translation>Chiedere la loro opinione e agire di conseguenza.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="58"/>
        <source>Recognition</source>
        <translation>Riconoscimento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="59"/>
        <source>Credit them publicly.</source>
        <translation>Riconoscere pubblicamente il loro merito.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Be where they speak for us.</source>
        <translation>Essere presenti dove parlano bene di noi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>Fallen promoter</source>
        <translation>Promotore perso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Repeat detractor</source>
        <translation>Detrattore ricorrente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Triaged</source>
        <translation>Smistato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="70"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="71"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="72"/>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="73"/>
        <source>Won&apos;t fix</source>
        <translation>Non verrà risolto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="340"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="412"/>
        <source>Latest</source>
        <translation>Ultima</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="253"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="411"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="254"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Last care</source>
        <translation>Ultima attenzione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Attention</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="260"/>
        <source>Their latest answer to the recommend question</source>
        <translation>La sua ultima risposta alla domanda sulla raccomandazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="261"/>
        <source>Their latest answer against the one before</source>
        <translation>La sua ultima risposta rispetto alla precedente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="262"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation>Ambasciatore dal: la prima risposta della sua serie attuale di 9 e 10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="264"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation>Giorni senza attenzioni: dall&apos;ultima attenzione registrata o da quando è diventato ambasciatore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="339"/>
        <source>Fell</source>
        <translation>Calo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="413"/>
        <source>Latest answer</source>
        <translation>Ultima risposta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="342"/>
        <source>0–6 in a year</source>
        <translation>0–6 in un anno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Open items</source>
        <translation>Elementi aperti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="346"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation>Un promotore perso: dal suo ultimo 9 o 10 alla sua ultima risposta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="348"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation>Risposte da 0 a 6 negli ultimi 365 giorni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="409"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="410"/>
        <source>Customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="472"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="509"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="473"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="474"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="475"/>
        <source>What they said</source>
        <translation>Che cosa ha detto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="476"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="510"/>
        <source>Practice</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="511"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="512"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="51"/>
        <source>a file with this name exists already; choose another name</source>
        <extracomment>&quot;ADVC&quot; — stamped in the SQLite header so we recognise our own files. page cache per connection; SQLite&apos;s 2 MiB default makes index inserts on 1M rows 30% slower</extracomment>
        <translation>esiste già un file con questo nome; scegli un altro nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="53"/>
        <source>the folder does not exist</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="54"/>
        <source>this catalogue is open read-only</source>
        <translation>questo catalogo è aperto in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="55"/>
        <source>the file is damaged: {problem}</source>
        <translation>il file è danneggiato: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="214"/>
        <source>no such file</source>
        <extracomment>our hold on the lock file (writable opens); the GUI refreshes its heartbeat &quot;local&quot;, &quot;network&quot; or &quot;cloud&quot; (see locking.location_kind) read-only opens: who has it open for writing, if anyone</extracomment>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="217"/>
        <source>this is a folder, not a catalogue file</source>
        <translation>questa è una cartella, non un file di catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="221"/>
        <source>the file is empty (0 bytes), not a catalogue</source>
        <translation>il file è vuoto (0 byte), non è un catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="225"/>
        <source>this is not a catalogue file (not a SQLite database)</source>
        <translation>questo non è un file di catalogo (non è un database SQLite)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="228"/>
        <source>the file is truncated: its header is incomplete</source>
        <translation>il file è troncato: la sua intestazione è incompleta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="232"/>
        <source>this SQLite database was not made by Advocacy Desktop, so it is not opened</source>
        <translation>questo database SQLite non è stato creato da Advocacy Desktop, quindi non viene aperto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="262"/>
        <source>its schema ({revision}) must be upgraded to {head} first</source>
        <translation>prima il suo schema ({revision}) deve essere aggiornato a {head}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="311"/>
        <source>SQLite cannot open it: {problem}</source>
        <translation>SQLite non riesce ad aprirlo: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="323"/>
        <source>it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>è stato scritto da una versione più recente di Advocacy Desktop (schema {revision}); aggiorna l&apos;app per aprirlo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="355"/>
        <source>upgrading the schema failed ({problem}); the catalogue was restored from {backup}</source>
        <translation>l&apos;aggiornamento dello schema non è riuscito ({problem}); il catalogo è stato ripristinato da {backup}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="386"/>
        <source>the copy failed its check: {problem}</source>
        <translation>la copia non ha superato la verifica: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="406"/>
        <source>the backup cannot overwrite the catalogue itself</source>
        <translation>il backup non può sovrascrivere il catalogo stesso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="421"/>
        <source>exists already; pass overwrite to replace it</source>
        <translation>esiste già; usa l&apos;opzione overwrite per sostituirlo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="23"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="67"/>
        <source>it is locked by {who}, but the lock looks abandoned ({why}); take it over in the app, or open it read-only</source>
        <translation>è bloccato da {who}, ma il blocco sembra abbandonato ({why}); rilevalo nell&apos;app oppure aprilo in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="71"/>
        <source>it is open by {who}; open it read-only, or wait until it is closed there</source>
        <translation>è aperto da {who}; aprilo in sola lettura oppure attendi che venga chiuso lì</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="67"/>
        <source>this is not a database address: {problem}</source>
        <extracomment>SQLSTATEs after which a whole transaction may simply run again</extracomment>
        <translation>questo non è un indirizzo di database: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="71"/>
        <source>{where} is not a PostgreSQL address</source>
        <translation>{where} non è un indirizzo PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="126"/>
        <source>the PostgreSQL driver is missing: install Advocacy Desktop with its &apos;team&apos; extra (pip install &apos;advocacy-desktop[team]&apos;)</source>
        <translation>manca il driver PostgreSQL: installa Advocacy Desktop con l&apos;extra &apos;team&apos; (pip install &apos;advocacy-desktop[team]&apos;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="182"/>
        <source>{where}: this catalogue is open read-only</source>
        <translation>{where}: questo catalogo è aperto in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="215"/>
        <source>{where}: the database uses encoding {encoding} and character type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search finds text in every language. Create the database with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>{where}: il database usa la codifica {encoding} e il tipo di carattere {ctype}; un catalogo richiede UTF8 con un tipo di carattere UTF-8, perché la ricerca trovi il testo in ogni lingua. Crea il database con ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="242"/>
        <source>{where}: cannot connect ({problem})</source>
        <translation>{where}: impossibile connettersi ({problem})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="259"/>
        <source>{where}: this database holds tables that Advocacy Desktop did not make, so it is not opened (nor changed)</source>
        <translation>{where}: questo database contiene tabelle non create da Advocacy Desktop, quindi non viene aperto (né modificato)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="263"/>
        <source>{where}: the database is empty, not a catalogue (create a team catalogue in it instead)</source>
        <translation>{where}: il database è vuoto, non è un catalogo (crea invece un catalogo di team al suo interno)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="267"/>
        <source>{where}: cannot create a catalogue read-only</source>
        <translation>{where}: impossibile creare un catalogo in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="274"/>
        <source>{where}: it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>{where}: è stato scritto da una versione più recente di Advocacy Desktop (schema {revision}); aggiorna l&apos;app per aprirlo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="280"/>
        <source>{where}: its schema ({revision}) must be upgraded to {head} first; everyone using it needs this version then</source>
        <translation>{where}: prima il suo schema ({revision}) deve essere aggiornato a {head}; dopo, chiunque lo usi avrà bisogno di questa versione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="292"/>
        <source>{where}: creating or upgrading the schema failed ({problem}); nothing was changed</source>
        <translation>{where}: la creazione o l&apos;aggiornamento dello schema non è riuscito ({problem}); non è stato modificato nulla</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation>Il catalogo è aperto in sola lettura: si può leggere ma non modificare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation>Nessun catalogo aperto</translation>
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
            <numerusform>%Ln fonte</numerusform>
            <numerusform>%Ln fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln bisogno</numerusform>
            <numerusform>%Ln bisogni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln ruolo</numerusform>
            <numerusform>%Ln ruoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln importazione</numerusform>
            <numerusform>%Ln importazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>%Ln riga scartata da rivedere</numerusform>
            <numerusform>%Ln righe scartate da rivedere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="155"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="246"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="205"/>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="206"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="207"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="210"/>
        <source>Export Chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export Failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Could not save the chart to {path}.</source>
        <translation>Impossibile salvare il grafico in {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="237"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="243"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="244"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Salva questo grafico come PNG, SVG o PDF</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation>Modificato da qualcun altro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation>Non annullato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%Ln item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>%Ln elemento è stato modificato da {who} mentre lo stavi guardando: nulla è stato salvato.

L&apos;elenco è stato ricaricato con le sue modifiche; applica di nuovo la tua modifica se è ancora valida.</numerusform>
            <numerusform>%Ln elementi sono stati modificati da {who} mentre li stavi guardando: nulla è stato salvato.

L&apos;elenco è stato ricaricato con le sue modifiche; applica di nuovo la tua modifica se è ancora valida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%Ln item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>%Ln elemento è stato modificato da {who} dopo la tua modifica, quindi questa non è stata annullata: la sua modifica resta.

L&apos;elenco è stato ricaricato con le sue modifiche.</numerusform>
            <numerusform>%Ln elementi sono stati modificati da {who} dopo la tua modifica, quindi questa non è stata annullata: la sua modifica resta.

L&apos;elenco è stato ricaricato con le sue modifiche.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation>{who} alle {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Take theirs</source>
        <translation>Prendi il loro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Differs in</source>
        <translation>Differisce in</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Edited later</source>
        <translation>Modificato dopo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>ours</source>
        <translation>nostro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>theirs</source>
        <translation>loro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="169"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: nostro “{ours}”, loro “{theirs}”</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Same</source>
        <translation>Uguali</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Mapped by name</source>
        <translation>Abbinati per nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="92"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="194"/>
        <source>Reading the customer…</source>
        <translation>Lettura del cliente…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="220"/>
        <source>Erased customer #{id}</source>
        <translation>Cliente cancellato n. {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="235"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Ultima risposta &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="241"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n risposta</numerusform>
            <numerusform>%n risposte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="243"/>
        <source>advocate since {day}</source>
        <translation>ambasciatore dal {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="249"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>%n problema scaduto</numerusform>
            <numerusform>%n problemi scaduti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="251"/>
        <source>personal data erased</source>
        <translation>dati personali cancellati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="265"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation>{source} ({promoters} su {answers})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="266"/>
        <source>no source</source>
        <translation>nessuna fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Speaks for us on: {sources}</source>
        <translation>Parla bene di noi su: {sources}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>Cronologia dei feedback (%n)</numerusform>
            <numerusform>Cronologia dei feedback (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="275"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>Elementi aperti (%n)</numerusform>
            <numerusform>Elementi aperti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>Registro delle attenzioni (%n)</numerusform>
            <numerusform>Registro delle attenzioni (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="279"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>I dati personali di questo cliente sono stati cancellati: il suo registro delle attenzioni è chiuso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="281"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation>Ancora nulla di registrato. Registra che cosa è stato fatto per questo cliente: un ringraziamento, una correzione, un invito, una menzione pubblica…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="298"/>
        <source>&amp;Log Practice…</source>
        <translation>&amp;Registra pratica…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="299"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="301"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation>Seleziona un cliente per vedere la cronologia dei suoi feedback, i suoi elementi aperti e che cosa è stato fatto per lui.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="453"/>
        <source>Erased customer #{id}</source>
        <translation>Cliente cancellato n. {id}</translation>
    </message>
</context>
<context>
    <name>CustomersService</name>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="44"/>
        <source>There is no customer with id {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è nessun cliente con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="370"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>Un cliente non può essere unito a sé stesso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="375"/>
        <source>An erased customer cannot be merged: their personal data is gone, so there is nothing to match them by.</source>
        <translation>Un cliente cancellato non può essere unito: i suoi dati personali non ci sono più, quindi non c&apos;è nulla con cui abbinarlo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="418"/>
        <source>The kept customer was erased since: the merge cannot be undone.</source>
        <translation>Nel frattempo il cliente conservato è stato cancellato: l&apos;unione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="422"/>
        <source>Customer id {id} is in use again: the merge cannot be undone.</source>
        <translation>L&apos;ID cliente {id} è di nuovo in uso: l&apos;unione non può essere annullata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="435"/>
        <source>A customer with the same key was added since the merge: it cannot be undone.</source>
        <translation>Dopo l&apos;unione è stato aggiunto un cliente con la stessa chiave: l&apos;unione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="142"/>
        <source>Listing customers…</source>
        <translation>Elenco dei clienti…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="165"/>
        <source>Could not list the customers: {error}</source>
        <translation>Impossibile elencare i clienti: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>%Ln customer(s) listed</source>
        <translation>
            <numerusform>%Ln cliente elencato</numerusform>
            <numerusform>%Ln clienti elencati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="177"/>
        <source>scroll down for more</source>
        <translation>scorri in basso per altri</translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>Export Items</source>
        <translation>Esporta elementi</translation>
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
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="187"/>
        <source>Exporting items…</source>
        <translation>Esportazione degli elementi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="188"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{count} elemento scritto in {path}.</numerusform>
            <numerusform>{count} elementi scritti in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>NPS Report</source>
        <translation>Report NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>nps-report</source>
        <translation>report-nps</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="203"/>
        <source>Writing the NPS report…</source>
        <translation>Scrittura del report NPS…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="204"/>
        <source>NPS report written to {path}.</source>
        <translation>Report NPS scritto in {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="243"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation>Impossibile scrivere {file} in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="250"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Esportazione annullata: nulla è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="257"/>
        <source>&amp;Export items…</source>
        <translation>&amp;Esporta elementi…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="259"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Scrive gli elementi mantenuti dal filtro in una cartella di lavoro Excel o in un file CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS &amp;report…</source>
        <translation>&amp;Report NPS…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="262"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation>Scrive il report NPS degli elementi mantenuti dal filtro: cifre, metodo, elementi e grafici in una sola cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="264"/>
        <source>Export items…</source>
        <translation>Esporta elementi…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="266"/>
        <source>NPS report…</source>
        <translation>Report NPS…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="242"/>
        <source>Chart saved to {path}.</source>
        <translation>Grafico salvato in {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="358"/>
        <source>Refreshing the dashboard…</source>
        <translation>Aggiornamento della dashboard…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="399"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation>Query: {timings}; grafici creati in {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="409"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation>Impossibile aggiornare la dashboard: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="413"/>
        <source>Not available</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="421"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation>Aggiornamento annullato. Premi Aggiorna per riprovare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="424"/>
        <source>Refresh cancelled</source>
        <translation>Aggiornamento annullato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="432"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>No catalogue is open.</source>
        <translation>Nessun catalogo aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="450"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation>Nessuna risposta 0–10 corrisponde al filtro (n = 0).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation>±{moe} punti · intervallo al 95% da {low} a {high} · n = {n}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="467"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation>{promoters}% promotori · {passives}% passivi · {detractors}% detrattori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation>Meno di 30 risposte: il margine è ampio, leggi il punteggio con cautela.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="482"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation>Imposta un intervallo di date nel filtro per confrontare con il periodo precedente.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>No answers in the previous period of the same length.</source>
        <translation>Nessuna risposta nel periodo precedente della stessa durata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="486"/>
        <source>a significant change</source>
        <translation>una variazione significativa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="487"/>
        <source>within the margin of error</source>
        <translation>entro il margine di errore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="489"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation>{delta} punti rispetto al periodo precedente (NPS {before}, n = {n}): {verdict}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="20"/>
        <source>No open items match the filter.</source>
        <translation>Nessun elemento aperto corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="22"/>
        <source>No 0–10 answers yet.</source>
        <translation>Ancora nessuna risposta 0–10.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="24"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation>Nessuna risposta che corrisponde al filtro è etichettata con un bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="27"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation>Nessuna risposta 0–10 con data corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="28"/>
        <source>No 0–10 answers match the filter.</source>
        <translation>Nessuna risposta 0–10 corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="35"/>
        <source>File ▸ Import File…</source>
        <translation>File ▸ Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="37"/>
        <source>No 0–10 answers in this catalogue yet.</source>
        <translation>Ancora nessuna risposta 0–10 in questo catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="38"/>
        <source>NPS appears once feedback with a 0–10 “How likely are you to recommend us?” score is imported: choose {command} or drop a spreadsheet on this window.</source>
        <translation>L&apos;NPS compare quando vengono importati feedback con un punteggio 0–10 alla domanda “Quanto è probabile che ci raccomandi?”: scegli {command} o trascina un foglio di calcolo su questa finestra.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="52"/>
        <source>NPS by week</source>
        <translation>NPS per settimana</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="53"/>
        <source>NPS by month</source>
        <translation>NPS per mese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="54"/>
        <source>NPS by quarter</source>
        <translation>NPS per trimestre</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="55"/>
        <source>NPS by year</source>
        <translation>NPS per anno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="60"/>
        <source>Answers by score (0–10)</source>
        <translation>Risposte per punteggio (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="61"/>
        <source>NPS by source</source>
        <translation>NPS per fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="62"/>
        <source>Needs that cost the most NPS</source>
        <translation>Bisogni che costano più NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="63"/>
        <source>Open items by owner</source>
        <translation>Elementi aperti per responsabile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>media mobile su %n giorno</numerusform>
            <numerusform>media mobile su %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="67"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation>NPS = %promotori − %detrattori, intervallo di Wald corretto al 95%</translation>
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
        <translation>intervallo al 95%</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="71"/>
        <source>fewer than 30 answers</source>
        <translation>meno di 30 risposte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="72"/>
        <source>significant change</source>
        <translation>variazione significativa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="524"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="73"/>
        <source>score</source>
        <translation>punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="74"/>
        <source>answers</source>
        <translation>risposte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="75"/>
        <source>detractors 0–6</source>
        <translation>detrattori 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="76"/>
        <source>passives 7–8</source>
        <translation>passivi 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="77"/>
        <source>promoters 9–10</source>
        <translation>promotori 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="78"/>
        <source>no answers</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="79"/>
        <source>(no source)</source>
        <translation>(nessuna fonte)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="80"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation>* tratteggiato: meno di 30 risposte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="81"/>
        <source>NPS points</source>
        <translation>Punti NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="82"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation>punti che l&apos;NPS guadagnerebbe se i detrattori del bisogno fossero passivi, con l&apos;intervallo al 95%</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="84"/>
        <source>open items</source>
        <translation>elementi aperti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="85"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation>elementi non ancora chiusi né accantonati (non verrà risolto)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="87"/>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="88"/>
        <source>no data</source>
        <translation>nessun dato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fonte</numerusform>
            <numerusform>%n fonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n bisogno</numerusform>
            <numerusform>%n bisogni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="518"/>
        <source>no need yet</source>
        <translation>ancora senza bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>promoters</source>
        <translation>promotori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>passives</source>
        <translation>passivi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="521"/>
        <source>detractors</source>
        <translation>detrattori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="525"/>
        <source>rating</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="530"/>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="533"/>
        <source>from {start}</source>
        <translation>dal {start}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="535"/>
        <source>until {end}</source>
        <translation>fino al {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n stato</numerusform>
            <numerusform>%n stati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="538"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>%n assegnatario</numerusform>
            <numerusform>%n assegnatari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>import #{id}</source>
        <translation>importazione n. {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="543"/>
        <source>All feedback</source>
        <translation>Tutti i feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>Showing: {filter}</source>
        <translation>Visualizzati: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="550"/>
        <source>Filtered: {filter}</source>
        <translation>Filtrati: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="552"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation>La dashboard segue i filtri della pagina Feedback.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="558"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>Rolling:</source>
        <translation>Media mobile:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="563"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="573"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Read every figure again from the catalogue</source>
        <translation>Rileggi tutte le cifre dal catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Stop the refresh</source>
        <translation>Interrompi l&apos;aggiornamento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="578"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Importa feedback da un foglio di calcolo o da un file CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="580"/>
        <source>Clear filter</source>
        <translation>Cancella filtro</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="25"/>
        <source>Support desk</source>
        <extracomment>kind -&gt; the seed texts that are translated when shown (marked for lupdate)</extracomment>
        <translation>Assistenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="26"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="27"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="28"/>
        <source>Survey</source>
        <translation>Sondaggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="31"/>
        <source>Customer advocate</source>
        <translation>Customer advocate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="32"/>
        <source>Advocacy team member</source>
        <translation>Membro del team di advocacy</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="33"/>
        <source>Advocacy coordinator</source>
        <translation>Coordinatore dell&apos;advocacy</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="34"/>
        <source>Executive sponsor</source>
        <translation>Sponsor esecutivo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="35"/>
        <source>Support agent</source>
        <translation>Operatore dell&apos;assistenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="36"/>
        <source>Product owner</source>
        <translation>Product owner</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="39"/>
        <source>Acts for the customer&apos;s good on their own: level 1.</source>
        <translation>Agisce in autonomia per il bene del cliente: livello 1.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="41"/>
        <source>Collects and prioritises customer needs in a team: level 2.</source>
        <translation>Raccoglie i bisogni dei clienti e ne stabilisce le priorità in team: livello 2.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="43"/>
        <source>Coordinates advocacy across the company: level 3.</source>
        <translation>Coordina l&apos;advocacy in tutta l&apos;azienda: livello 3.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="44"/>
        <source>Puts advocacy into every strategy and every employee: level 4.</source>
        <translation>Porta l&apos;advocacy in ogni strategia e in ogni dipendente: livello 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="46"/>
        <source>Answers customers and tags their feedback.</source>
        <translation>Risponde ai clienti ed etichetta i loro feedback.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="47"/>
        <source>Decides what the product does about a need.</source>
        <translation>Decide come il prodotto risponde a un bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="50"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="51"/>
        <source>Discounts</source>
        <translation>Sconti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="52"/>
        <source>Value for money</source>
        <translation>Rapporto qualità-prezzo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="53"/>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="54"/>
        <source>Speed</source>
        <translation>Rapidità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="55"/>
        <source>Packaging</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="56"/>
        <source>Product quality</source>
        <translation>Qualità del prodotto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="57"/>
        <source>Customer service</source>
        <translation>Servizio clienti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="58"/>
        <source>Friendliness</source>
        <translation>Cortesia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="59"/>
        <source>Response time</source>
        <translation>Tempi di risposta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="60"/>
        <source>Website and app</source>
        <translation>Sito web e app</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="61"/>
        <source>Checkout</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="62"/>
        <source>Login</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="63"/>
        <source>Returns and refunds</source>
        <translation>Resi e rimborsi</translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation>Elimina bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation>Eliminare “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%Ln item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>%Ln elemento ha questo bisogno: scegli quello da assegnargli al suo posto.</numerusform>
            <numerusform>%Ln elementi hanno questo bisogno: scegli quello da assegnare loro al suo posto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation>Scegli un bisogno…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation>Nessun bisogno: rimuovi il tag dagli elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation>Il livello principale</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation>I suoi elementi vanno a:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>Il bisogno sottostante (%n) va sotto:</numerusform>
            <numerusform>I %n bisogni sottostanti vanno sotto:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete Source</source>
        <translation>Elimina fonte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Eliminare la fonte “{name}”? Il suo elemento (%Ln) resta nel catalogo.</numerusform>
            <numerusform>Eliminare la fonte “{name}”? I suoi %Ln elementi restano nel catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="135"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation>Eliminare la fonte “{name}”? Nessun elemento proviene da essa.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="138"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Spostali in:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="142"/>
        <source>&amp;Leave them without a source</source>
        <translation>&amp;Lasciali senza fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="163"/>
        <source>Deleting a source cannot be undone.</source>
        <translation>L&apos;eliminazione di una fonte non si può annullare.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="118"/>
        <source>Duplicate Customers</source>
        <translation>Clienti duplicati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="125"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation>Questi clienti hanno lo stesso indirizzo e-mail o lo stesso nome, quindi potrebbero essere la stessa persona. L&apos;unione sposta i feedback e il registro delle attenzioni di un record su quello che conservi ed elimina l&apos;altro. Modifica ▸ Annulla annulla un&apos;unione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="153"/>
        <source>Keep:</source>
        <translation>Conserva:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="162"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="166"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="185"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="189"/>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="203"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>%n coppia da verificare.</numerusform>
            <numerusform>%n coppie da verificare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="207"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation>Nessun duplicato trovato: non ci sono due clienti con lo stesso indirizzo e-mail o lo stesso nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="216"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Impossibile cercare i duplicati: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="240"/>
        <source>{other} merged into {keep}.</source>
        <translation>{other} unito a {keep}.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Nessun catalogo aperto. Creane uno con File ▸ Nuovo catalogo… oppure aprine uno con File ▸ Apri….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Questa pagina arriverà in una versione successiva. Il catalogo è aperto; File ▸ Backup… ne salva in qualsiasi momento una copia sicura.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation>Cancella dati personali</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Cancellare i dati personali di {name}?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation>Rimossi definitivamente:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %Ln item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>nome, indirizzo e-mail e ID cliente; il testo, le note e le colonne originali del foglio di calcolo del suo elemento (%Ln); le note del suo registro delle attenzioni; ogni loro copia nella cronologia delle modifiche, nelle righe di importazione rifiutate e nei nomi dei file importati.</numerusform>
            <numerusform>nome, indirizzo e-mail e ID cliente; il testo, le note e le colonne originali del foglio di calcolo dei suoi %Ln elementi; le note del suo registro delle attenzioni; ogni loro copia nella cronologia delle modifiche, nelle righe di importazione rifiutate e nei nomi dei file importati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation>Conservati, in forma anonima:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation>punteggio, valutazione, date, fonte, bisogni, stato e assegnatario di ogni elemento, così l&apos;NPS e ogni statistica restano esattamente uguali. Il cliente diventa “Cliente cancellato” e non si può più trovare per nome o e-mail.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation>Questa operazione non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation>Modifica ▸ Annulla non riporterà indietro i dati. I backup fatti in precedenza li contengono ancora: cancellali anche lì o elimina i backup.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation>Per confermare, digita il nome del cliente ({name}) o {word}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="68"/>
        <source>Select an item to read it.</source>
        <translation>Seleziona un elemento per leggerlo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>(no text)</source>
        <translation>(nessun testo)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="114"/>
        <source>Fields</source>
        <translation>Campi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="117"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="118"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="120"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="123"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="125"/>
        <source>External id</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="126"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="127"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="128"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="131"/>
        <source>Original columns</source>
        <translation>Colonne originali</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="134"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="136"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="146"/>
        <source>No changes yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="156"/>
        <source>Nobody owns this item yet: no one is responsible for its needs or source.</source>
        <translation>Questo elemento non ha ancora un responsabile: nessuno è responsabile dei suoi bisogni o della sua fonte.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="159"/>
        <source>Assigned to {person} because they are Responsible for {need} (through {through}).</source>
        <translation>Assegnato a {person} perché è Responsabile di {need} (tramite {through}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="163"/>
        <source>Assigned to {person} because they are Responsible for {need}.</source>
        <translation>Assegnato a {person} perché è Responsabile di {need}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="166"/>
        <source>Assigned to {person} because they own the source {source}.</source>
        <translation>Assegnato a {person} perché è il responsabile della fonte {source}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="169"/>
        <source>Assigned to {person} because they are Responsible for {source}.</source>
        <translation>Assegnato a {person} perché è Responsabile di {source}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="172"/>
        <source>Assigned to {person} by {actor} by hand.</source>
        <translation>Assegnato manualmente a {person} da {actor}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="174"/>
        <source>Assigned to {person} by hand.</source>
        <translation>Assegnato manualmente a {person}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="179"/>
        <source>tagged with {need}</source>
        <translation>etichettato con {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="181"/>
        <source>untagged from {need}</source>
        <translation>tag {need} rimosso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="183"/>
        <source>source changed</source>
        <translation>fonte cambiata</translation>
    </message>
</context>
<context>
    <name>FeedbackEmptyState</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="49"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="50"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Importa feedback da un foglio di calcolo o da un file CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="53"/>
        <source>Explore the Demo Catalogue…</source>
        <translation>Esplora il catalogo demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="54"/>
        <source>Open a made-up catalogue with a year of feedback, to look around without your own data</source>
        <translation>Apri un catalogo fittizio con un anno di feedback, per dare un&apos;occhiata senza usare i tuoi dati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="57"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="58"/>
        <source>Clear every filter and show all items</source>
        <translation>Cancella tutti i filtri e mostra tutti gli elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="124"/>
        <source>No catalogue is open</source>
        <translation>Nessun catalogo aperto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="125"/>
        <source>Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Creane uno con File ▸ Nuovo catalogo… oppure aprine uno con File ▸ Apri….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="127"/>
        <source>No item matches these filters</source>
        <translation>Nessun elemento corrisponde a questi filtri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="128"/>
        <source>Loosen or clear the filters to see the other items.</source>
        <translation>Allarga o cancella i filtri per vedere gli altri elementi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="129"/>
        <source>File ▸ Import File…</source>
        <translation>File ▸ Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="131"/>
        <source>Import a spreadsheet or CSV file of reviews, survey answers or support tickets: choose {command} or drop the file on this window.</source>
        <translation>Importa un foglio di calcolo o un file CSV di recensioni, risposte a sondaggi o ticket di assistenza: scegli {command} o trascina il file su questa finestra.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="135"/>
        <source>To look around first, explore the demo catalogue.</source>
        <translation>Per dare prima un&apos;occhiata, esplora il catalogo demo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="136"/>
        <source>No feedback yet</source>
        <translation>Ancora nessun feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation>Cerca nel testo (anche coreano e turco)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="224"/>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Promoters</source>
        <translation>Promotori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="228"/>
        <source>Passives</source>
        <translation>Passivi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="229"/>
        <source>Detractors</source>
        <translation>Detrattori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="233"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="236"/>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="237"/>
        <source>No need yet</source>
        <translation>Ancora senza bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="241"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="248"/>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="249"/>
        <source>All needs</source>
        <translation>Tutti i bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="250"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="251"/>
        <source>Any import</source>
        <translation>Qualsiasi importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation>Punteggio di raccomandazione da … a … (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="263"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation>Valutazione da … a …, sulla propria scala (4 – qualsiasi: 4 stelle o più)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="265"/>
        <source>Only the items of one import</source>
        <translation>Solo gli elementi di un&apos;importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="266"/>
        <source>Search the items&apos; text; the list follows as you type</source>
        <translation>Cerca nel testo degli elementi; l&apos;elenco si aggiorna mentre digiti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="268"/>
        <source>Save the current filters as a named view, or apply one</source>
        <translation>Salva i filtri correnti come vista con un nome, o applicane una</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="269"/>
        <source>Clear every filter and show all items</source>
        <translation>Cancella tutti i filtri e mostra tutti gli elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="270"/>
        <source>Score, rating and import filters</source>
        <translation>Filtri per punteggio, valutazione e importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="271"/>
        <source>Only the items not yet tagged with a need</source>
        <translation>Solo gli elementi non ancora etichettati con un bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="273"/>
        <source>Show the promoters: scores 9–10</source>
        <translation>Mostra i promotori: punteggi 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="274"/>
        <source>Show the passives: scores 7–8</source>
        <translation>Mostra i passivi: punteggi 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="275"/>
        <source>Show the detractors: scores 0–6</source>
        <translation>Mostra i detrattori: punteggi 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="318"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="320"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="396"/>
        <source>Import #{batch}</source>
        <translation>Importazione n. {batch}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="409"/>
        <source>More filters ({count}) {arrow}</source>
        <translation>Altri filtri ({count}) {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="411"/>
        <source>More filters {arrow}</source>
        <translation>Altri filtri {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="466"/>
        <source>Save current filter as…</source>
        <translation>Salva il filtro corrente come…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="469"/>
        <source>Delete view</source>
        <translation>Elimina vista</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Save view</source>
        <translation>Salva vista</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Name of the view:</source>
        <translation>Nome della vista:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="242"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation>Elenco di bisogni e fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="284"/>
        <source>Keys: {keys}</source>
        <translation>Tasti: {keys}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="286"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation>Assegna un tasto ai bisogni nella pagina Bisogni per etichettare rapidamente.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="396"/>
        <source>The catalogue is open read-only.</source>
        <translation>Il catalogo è aperto in sola lettura.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="404"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation>Seleziona al massimo {n} elementi alla volta: prima restringi il filtro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="410"/>
        <source>Select one or more items first.</source>
        <translation>Seleziona prima uno o più elementi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="423"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Aggiornato con le modifiche fatte altrove.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="465"/>
        <source>No rule matched the selected items.</source>
        <translation>Nessuna regola corrisponde agli elementi selezionati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="497"/>
        <source>Status not changed</source>
        <translation>Stato non modificato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="504"/>
        <source>Assign to</source>
        <translation>Assegna a</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="508"/>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="509"/>
        <source>Due Date and Notes…</source>
        <translation>Scadenza e note…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="510"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="545"/>
        <source>Tag with</source>
        <translation>Etichetta con</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="553"/>
        <source>Untag</source>
        <translation>Rimuovi tag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="558"/>
        <source>Set source</source>
        <translation>Imposta fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>No source</source>
        <translation>Nessuna fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>no source</source>
        <translation>nessuna fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="570"/>
        <source>Apply auto-tag rules to selection</source>
        <translation>Applica le regole di etichettatura automatica alla selezione</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Score</source>
        <translation>Punteggio NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="40"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="41"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Triaged</source>
        <translation>Smistato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="48"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="49"/>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Won&apos;t fix</source>
        <translation>Non verrà risolto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="53"/>
        <source>Promoter</source>
        <translation>Promotore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="54"/>
        <source>Passive</source>
        <translation>Passivo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="55"/>
        <source>Detractor</source>
        <translation>Detrattore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="163"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation>Conteggio dei feedback</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Ours (this catalogue)</source>
        <translation>Nostro (questo catalogo)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="205"/>
        <source>Theirs (the other)</source>
        <translation>Loro (l&apos;altro)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Text file (CSV)</source>
        <translation>File di testo (CSV)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="152"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation>Cartella di lavoro Excel con macro (le macro non vengono eseguite)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="153"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Foglio di calcolo OpenDocument</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="157"/>
        <source>Choose a File</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="160"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation>Nulla viene scritto nel catalogo prima dell&apos;ultimo passo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>Fogli di calcolo e file CSV ({patterns})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="170"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="180"/>
        <source>Choose a File to Import</source>
        <translation>Scegli il file da importare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="196"/>
        <source>There is no file at {path}.</source>
        <translation>Non c&apos;è alcun file in {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="210"/>
        <source>This file cannot be imported.</source>
        <translation>Questo file non può essere importato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="219"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n foglio</numerusform>
            <numerusform>%n fogli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="220"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonna</numerusform>
            <numerusform>%n colonne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="223"/>
        <source>about {rows} rows</source>
        <translation>circa {rows} righe</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="242"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation>Percorso di un foglio di calcolo o di un file CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="243"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="246"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation>Excel (.xlsx, .xlsm), OpenDocument (.ods) e file di testo (.csv, .tsv, .txt). Puoi anche trascinare un file sulla finestra principale.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="250"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Getting Started Guide…</source>
        <translation>&amp;Guida introduttiva…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="223"/>
        <source>Set up a new catalogue step by step: sources, needs, analysis and roles</source>
        <translation>Configura un nuovo catalogo passo dopo passo: fonti, bisogni, analisi e ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="224"/>
        <source>Open &amp;Demo Catalogue…</source>
        <translation>Apri catalogo &amp;demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="226"/>
        <source>A year of made-up feedback in six languages, to explore without your own data</source>
        <translation>Un anno di feedback fittizi in sei lingue, da esplorare senza usare i tuoi dati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="250"/>
        <source>No catalogue is open: create one with File ▸ New Catalogue…, open one with File ▸ Open…, or run Help ▸ Getting Started Guide… again.</source>
        <translation>Nessun catalogo aperto: creane uno con File ▸ Nuovo catalogo…, aprine uno con File ▸ Apri… oppure avvia di nuovo Aiuto ▸ Guida introduttiva….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="265"/>
        <source>Creating {name}…</source>
        <translation>Creazione di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="267"/>
        <source>Cannot Create Catalogue</source>
        <translation>Impossibile creare il catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="268"/>
        <source>Could not create {path}</source>
        <translation>Impossibile creare {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="270"/>
        <source>No catalogue was created.</source>
        <translation>Nessun catalogo è stato creato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="281"/>
        <source>Building the demo catalogue…</source>
        <translation>Creazione del catalogo demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="284"/>
        <source>Cannot Build the Demo</source>
        <translation>Impossibile creare la demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="285"/>
        <source>Could not build the demo catalogue in {folder}</source>
        <translation>Impossibile creare il catalogo demo in {folder}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="287"/>
        <source>The demo catalogue was not built; nothing was written.</source>
        <translation>Il catalogo demo non è stato creato; nulla è stato scritto.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/first_run.py" line="120"/>
        <source>%n source(s), collected from: {names}</source>
        <translation>
            <numerusform>%n fonte; raccolta da: {names}</numerusform>
            <numerusform>%n fonti; raccolta da: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="122"/>
        <source>none yet</source>
        <translation>ancora nessuna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="125"/>
        <source>Common customer needs, with auto-tag rules</source>
        <translation>Bisogni comuni dei clienti, con regole di etichettatura automatica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="126"/>
        <source>Common customer needs, without rules</source>
        <translation>Bisogni comuni dei clienti, senza regole</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="128"/>
        <source>No needs yet</source>
        <translation>Ancora nessun bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="131"/>
        <source>You: {name}, {role}</source>
        <translation>Tu: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="135"/>
        <source>Then: import a first file</source>
        <translation>Poi: importa un primo file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="141"/>
        <source>Getting Started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="143"/>
        <source>Explore a &amp;Demo Catalogue</source>
        <translation>Esplora un catalogo &amp;demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="144"/>
        <source>&amp;Create Catalogue</source>
        <translation>&amp;Crea catalogo</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation>Scadenza e note</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation>&amp;Scade il</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation>Note interne, mai mostrate ai clienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln elemento selezionato.</numerusform>
            <numerusform>%Ln elementi selezionati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="67"/>
        <source>Due date and notes</source>
        <translation>Scadenza e note</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>Answer detractors within</source>
        <translation>Rispondere ai detrattori entro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="325"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="281"/>
        <source>No open items.</source>
        <translation>Nessun elemento aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <source>Overdue only</source>
        <translation>Solo scaduti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="338"/>
        <source>Mark contacted</source>
        <translation>Segna come contattato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="339"/>
        <source>Export action list…</source>
        <translation>Esporta elenco azioni…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="341"/>
        <source>Record that the selected customers were contacted today</source>
        <translation>Registra che i clienti selezionati sono stati contattati oggi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="343"/>
        <source>Save every open item, with its assignee and due date, as an Excel workbook</source>
        <translation>Salva tutti gli elementi aperti, con assegnatario e scadenza, in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="344"/>
        <source>Workload</source>
        <translation>Carico di lavoro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="346"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>No need</source>
        <translation>Nessun bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="350"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="386"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="359"/>
        <source>Nothing is overdue</source>
        <translation>Nessun elemento scaduto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="361"/>
        <source>No open items for this person</source>
        <translation>Nessun elemento aperto per questa persona</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Give them items on the Feedback page: right-click ▸ Assign to.</source>
        <translation>Assegnale degli elementi nella pagina Feedback: clic destro ▸ Assegna a.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="363"/>
        <source>No detractor is waiting for an answer</source>
        <translation>Nessun detrattore è in attesa di risposta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="364"/>
        <source>Detractors (scores 0–6) appear here once they are imported, to be contacted within the working days set above; Mark contacted takes them off the queue.</source>
        <translation>I detrattori (punteggi 0–6) compaiono qui dopo l&apos;importazione, da contattare entro i giorni lavorativi impostati sopra; Segna come contattato li toglie dalla coda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="369"/>
        <source>Follow-up queue</source>
        <translation>Coda di follow-up</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="371"/>
        <source>My queue</source>
        <translation>La mia coda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="372"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="487"/>
        <source>Exported %Ln action(s).</source>
        <translation>
            <numerusform>%Ln azione esportata.</numerusform>
            <numerusform>%Ln azioni esportate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="423"/>
        <source>Reading the follow-up queue</source>
        <translation>Lettura della coda di follow-up</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Export action list</source>
        <translation>Esporta elenco azioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="485"/>
        <source>Exporting the action list</source>
        <translation>Esportazione dell&apos;elenco azioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="489"/>
        <source>Export failed: {error}</source>
        <translation>Esportazione non riuscita: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="486"/>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="499"/>
        <source>Overdue since {day}</source>
        <translation>Scaduto dal {day}</translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="134"/>
        <source>Choose who is {kind}</source>
        <translation>Scegli chi è {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="141"/>
        <source>Role: {name}</source>
        <translation>Ruolo: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="144"/>
        <source>{kind} for {subject}:</source>
        <translation>{kind} per {subject}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="147"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Titolare:</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation>Prima di importare, apri un catalogo in cui puoi scrivere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %Ln new item(s).</source>
        <translation>
            <numerusform>{file} importato: %Ln nuovo elemento.</numerusform>
            <numerusform>{file} importato: %Ln nuovi elementi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../advocacy_desktop/services/importing/__init__.py" line="149"/>
        <source>The file could not be read ({problem}). Check that it is still there and that you may read it, then try again.</source>
        <translation>Impossibile leggere il file ({problem}). Controlla che esista ancora e che tu abbia il permesso di leggerlo, poi riprova.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="25"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="30"/>
        <source>There is no import batch {batch} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è l&apos;importazione n. {batch}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="203"/>
        <source>Row {row} of {file}: {reason}</source>
        <translation>Riga {row} di {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="44"/>
        <source>The file contains no data (only blank lines).</source>
        <translation>Il file non contiene dati (solo righe vuote).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="133"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; non è una codifica del testo conosciuta.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="209"/>
        <source>Line {line} is not valid {encoding} text (byte {byte}). The file may use another encoding, such as Windows-1252: choose it and import again.</source>
        <translation>La riga {line} non è un testo {encoding} valido (byte {byte}). Il file potrebbe usare un&apos;altra codifica, come Windows-1252: sceglila e importa di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="219"/>
        <source>A value starting on line {line} is longer than {limit} characters. This usually means a quote (&quot;) opened there is never closed: fix that line and import again.</source>
        <translation>Un valore che inizia alla riga {line} supera i {limit} caratteri. Di solito significa che una virgoletta (&quot;) aperta lì non viene mai chiusa: correggi quella riga e importa di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="229"/>
        <source>The quote (&quot;) opened on line {line} is never closed. Close it (or double any quote inside a quoted value: &quot;&quot;) and import again.</source>
        <translation>La virgoletta (&quot;) aperta alla riga {line} non viene mai chiusa. Chiudila (o raddoppia ogni virgoletta all&apos;interno di un valore tra virgolette: &quot;&quot;) e importa di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="238"/>
        <source>On line {line} (or the record starting there) a quoted value is followed by other characters, e.g. &quot;abc&quot;def. Put the whole value in quotes and double any quote inside it (&quot;&quot;), then import again.</source>
        <translation>Alla riga {line} (o nel record che inizia lì) un valore tra virgolette è seguito da altri caratteri, ad es. &quot;abc&quot;def. Metti tutto il valore tra virgolette e raddoppia ogni virgoletta al suo interno (&quot;&quot;), poi importa di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="247"/>
        <source>Line {line} cannot be read: {problem}.</source>
        <translation>Impossibile leggere la riga {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="253"/>
        <source>Line {line} contains NUL (zero) bytes, which never appear in a text file: the file may be damaged or not really CSV. Export the data again.</source>
        <translation>La riga {line} contiene byte NUL (zero), che non compaiono mai in un file di testo: il file potrebbe essere danneggiato o non essere davvero un CSV. Esporta di nuovo i dati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="332"/>
        <source>No row with headers starts on line {line}. Choose another header row.</source>
        <translation>Alla riga {line} non ci sono intestazioni. Scegli un&apos;altra riga di intestazione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="374"/>
        <source>The file has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Il file ha più di {limit} righe, il massimo che una singola importazione può gestire. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="385"/>
        <source>The file could not be read any more ({problem}). Check that it is still there and import again.</source>
        <translation>Impossibile continuare a leggere il file ({problem}). Controlla che esista ancora e importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="394"/>
        <source>{count} empty rows were skipped.</source>
        <translation>Righe vuote saltate: {count}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="409"/>
        <source>Line {line} has {values} values but only {width} columns have headers; the extra values are kept at the end of the row.</source>
        <translation>La riga {line} contiene più valori ({values}) delle colonne con un&apos;intestazione ({width}); i valori in più sono conservati in fondo alla riga.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="45"/>
        <source>{path} (row {row}, column &quot;{column}&quot;): {message}</source>
        <translation>{path} (riga {row}, colonna &quot;{column}&quot;): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="49"/>
        <source>{path} (row {row}): {message}</source>
        <translation>{path} (riga {row}): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="52"/>
        <source>{path} (column &quot;{column}&quot;): {message}</source>
        <translation>{path} (colonna &quot;{column}&quot;): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="55"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="95"/>
        <source>The text encoding is not UTF-8; it looks like {encoding}. Check the preview and confirm the encoding before importing.</source>
        <translation>La codifica del testo non è UTF-8; sembra {encoding}. Controlla l&apos;anteprima e conferma la codifica prima di importare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="106"/>
        <source>Windows-1252 (Western European, &quot;ANSI&quot;)</source>
        <translation>Windows-1252 (Europa occidentale, &quot;ANSI&quot;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="107"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="26"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="27"/>
        <source>a PNG image</source>
        <translation>un&apos;immagine PNG</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="28"/>
        <source>a JPEG image</source>
        <translation>un&apos;immagine JPEG</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="29"/>
        <source>a GIF image</source>
        <translation>un&apos;immagine GIF</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="30"/>
        <source>a gzip-compressed file</source>
        <translation>un file compresso con gzip</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="31"/>
        <source>a 7-Zip archive</source>
        <translation>un archivio 7-Zip</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="32"/>
        <source>a RAR archive</source>
        <translation>un archivio RAR</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="33"/>
        <source>a Rich Text (RTF) document</source>
        <translation>un documento Rich Text (RTF)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="47"/>
        <source>CSV text</source>
        <translation>testo CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="48"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>una cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="49"/>
        <source>a macro-enabled Excel workbook (.xlsm)</source>
        <translation>una cartella di lavoro Excel con macro (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="50"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>un foglio di calcolo OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="75"/>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>Il file non esiste. Controlla il nome e la cartella.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="78"/>
        <source>This is a folder, not a file.</source>
        <translation>Questa è una cartella, non un file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="81"/>
        <source>You do not have permission to read this file. Check its access rights.</source>
        <translation>Non hai il permesso di leggere questo file. Controlla i suoi diritti di accesso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="86"/>
        <source>The file is empty (0 bytes). Check that you chose the right file.</source>
        <translation>Il file è vuoto (0 byte). Controlla di aver scelto il file giusto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="98"/>
        <source>The file is named &apos;{suffix}&apos; but contains {kind}; it was read as such.</source>
        <translation>Il file ha l&apos;estensione &apos;{suffix}&apos; ma contiene {kind}; è stato letto come tale.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="117"/>
        <source>This is an OpenDocument {kind} file, not a spreadsheet. Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback.</source>
        <translation>Questo è un file OpenDocument di tipo {kind}, non un foglio di calcolo. Scegli il foglio di calcolo (.ods, .xlsx o .csv) che contiene i feedback.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="123"/>
        <source>This is a zip archive, not a spreadsheet. It contains {inner}: extract it and import that file.</source>
        <translation>Questo è un archivio zip, non un foglio di calcolo. Contiene {inner}: estrailo e importa quel file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="126"/>
        <source>This is a zip archive, not a spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questo è un archivio zip, non un foglio di calcolo. Aprilo in Excel o LibreOffice, salvalo come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="136"/>
        <source>A part of this file declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Una parte di questo file dichiara entità XML o una DTD, un metodo noto per attaccare i programmi che leggono fogli di calcolo. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="149"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questa è una cartella di lavoro binaria di Excel (.xlsb), che non può essere importata. Aprila in Excel o LibreOffice, salvala come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="154"/>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>Questo è un documento Word, non un foglio di calcolo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="157"/>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>Questa è una presentazione PowerPoint, non un foglio di calcolo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="159"/>
        <source>This Office file holds no spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questo file di Office non contiene alcun foglio di calcolo. Aprilo in Excel o LibreOffice, salvalo come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="179"/>
        <source>This workbook is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import the new file.</source>
        <translation>Questa cartella di lavoro è protetta da password. Aprila in Excel, rimuovi la password (File › Informazioni › Proteggi cartella di lavoro), salvala come .xlsx e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="186"/>
        <source>This is an old Excel 97–2003 (.xls) file, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questo è un vecchio file di Excel 97–2003 (.xls), che non può essere importato. Aprilo in Excel o LibreOffice, salvalo come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="189"/>
        <source>This is an old Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx (without a password) and import again.</source>
        <translation>Questo è un vecchio file di Excel 97–2003 (.xls) o una cartella di lavoro protetta da password. Salvalo come .xlsx (senza password) e importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="197"/>
        <source>This is {what}, not a spreadsheet or CSV file.</source>
        <translation>Il file è {what}, non un foglio di calcolo né un file CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="206"/>
        <source>This is a web page (HTML) saved with a spreadsheet name, as some websites export &apos;Excel&apos; files. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questa è una pagina web (HTML) salvata con il nome di un foglio di calcolo, come fanno alcuni siti web quando esportano file &apos;Excel&apos;. Aprila in Excel o LibreOffice, salvala come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="212"/>
        <source>This is an Excel 2003 XML spreadsheet, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Questo è un foglio di calcolo XML di Excel 2003, che non può essere importato. Aprilo in Excel o LibreOffice, salvalo come .xlsx (o CSV) e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="216"/>
        <source>This is an XML file, not a spreadsheet or CSV file.</source>
        <translation>Questo è un file XML, non un foglio di calcolo né un file CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="220"/>
        <source>This is not a spreadsheet or a text (CSV) file; it holds binary data.</source>
        <translation>Questo non è un foglio di calcolo né un file di testo (CSV): contiene dati binari.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/importer.py" line="302"/>
        <source>The items were imported, but assigning them to their owners failed ({problem}); they can be assigned from the Feedback page.</source>
        <translation>Gli elementi sono stati importati, ma l&apos;assegnazione ai loro responsabili non è riuscita ({problem}); puoi assegnarli dalla pagina Feedback.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="45"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>Il file è danneggiato o incompleto (potrebbe essere stato troncato durante la copia o il download). Aprilo in Excel o LibreOffice, salvalo di nuovo e importa la nuova copia.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="53"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy. ({kind}: {detail})</source>
        <translation>Il file è danneggiato o incompleto (potrebbe essere stato troncato durante la copia o il download). Aprilo in Excel o LibreOffice, salvalo di nuovo e importa la nuova copia. ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="85"/>
        <source>The file holds {parts} parts, far more than any workbook. It was not opened, to protect your computer.</source>
        <translation>Il file contiene {parts} parti, molte più di qualsiasi cartella di lavoro. Non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="100"/>
        <source>A part of this file ({part}) would expand {times} times when unpacked, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Una parte di questo file ({part}) si espanderebbe di {times} volte una volta decompressa, cosa tipica di una &apos;zip bomb&apos;. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="109"/>
        <source>Unpacked, this file would take {size}, more than the {limit} allowed. It was not opened, to protect your computer. Split the data into smaller files or save it as CSV.</source>
        <translation>Decompresso, questo file occuperebbe {size}, più dei {limit} consentiti. Non è stato aperto, per proteggere il tuo computer. Dividi i dati in file più piccoli o salvali come CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="128"/>
        <source>The archive is protected by a password. Remove the password, save the file again and import the new copy.</source>
        <translation>L&apos;archivio è protetto da password. Rimuovi la password, salva di nuovo il file e importa la nuova copia.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="177"/>
        <source>A part of this file ({part}) declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Una parte di questo file ({part}) dichiara entità XML o una DTD, un metodo noto per attaccare i programmi che leggono fogli di calcolo. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="186"/>
        <source>A part of this file ({part}) has no readable content. It was not opened, to protect your computer.</source>
        <translation>Una parte di questo file ({part}) non ha un contenuto leggibile. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="207"/>
        <source>The part {part} is unexpectedly large. It was not opened, to protect your computer.</source>
        <translation>La parte {part} è insolitamente grande. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="257"/>
        <source>A cell holds more than {limit} characters, the most a spreadsheet cell can hold. It was not opened, to protect your computer. Check the file&apos;s origin, or shorten that cell.</source>
        <translation>Una cella contiene più di {limit} caratteri, il massimo che una cella di un foglio di calcolo può contenere. Il file non è stato aperto, per proteggere il tuo computer. Controlla la provenienza del file o accorcia quella cella.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="527"/>
        <source>A part of this file ({part}) repeats its content so often that, unpacked, it would take more than the {limit} allowed, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Una parte di questo file ({part}) ripete il suo contenuto così tante volte che, decompressa, occuperebbe più dei {limit} consentiti, cosa tipica di una &apos;zip bomb&apos;. Il file non è stato aperto, per proteggere il tuo computer.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/templates.py" line="75"/>
        <source>a template needs a name</source>
        <translation>un modello deve avere un nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="151"/>
        <source>The workbook has no worksheet with data.</source>
        <translation>La cartella di lavoro non ha nessun foglio di lavoro con dati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="180"/>
        <source>There is no sheet {sheet} in this workbook. Sheets: {sheets}.</source>
        <translation>In questa cartella di lavoro non c&apos;è il foglio {sheet}. Fogli: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="226"/>
        <source>This workbook is protected by a password. Remove the password, save it again and import the new file.</source>
        <translation>Questa cartella di lavoro è protetta da password. Rimuovi la password, salvala di nuovo e importa il nuovo file.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="328"/>
        <source>The sheet has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Il foglio ha più di {limit} righe, il massimo che una singola importazione può gestire. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="345"/>
        <source>The workbook has {count} sheets; &apos;{sheet}&apos; was read. Other sheets: {others}.</source>
        <translation>La cartella di lavoro ha {count} fogli; è stato letto &apos;{sheet}&apos;. Altri fogli: {others}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="354"/>
        <source>The sheet &apos;{sheet}&apos; is hidden in the workbook.</source>
        <translation>Il foglio &apos;{sheet}&apos; è nascosto nella cartella di lavoro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="125"/>
        <source>{count} formula cells have no saved result and were read as blank. Open the file in Excel or LibreOffice, save it and import again.</source>
        <translation>Celle con formula senza risultato salvato, lette come vuote: {count}. Apri il file in Excel o LibreOffice, salvalo e importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="135"/>
        <source>The sheet has merged cells; each merged value was read in the first cell of its range only, the other cells are blank.</source>
        <translation>Il foglio ha celle unite; ogni valore unito è stato letto solo nella prima cella del suo intervallo, le altre celle sono vuote.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="147"/>
        <source>Cells {cells} are merged with the header row; the rows below the header are blank there.</source>
        <translation>Le celle {cells} sono unite con la riga di intestazione; lì le righe sotto l&apos;intestazione sono vuote.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="152"/>
        <source>Cells {cells} are merged; the value of {cell} was repeated in each row of the range (first column only).</source>
        <translation>Le celle {cells} sono unite; il valore di {cell} è stato ripetuto in ogni riga dell&apos;intervallo (solo nella prima colonna).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="156"/>
        <source>Cells {cells} are merged; the value was read in {cell} only.</source>
        <translation>Le celle {cells} sono unite; il valore è stato letto solo in {cell}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="193"/>
        <source>The header cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); the column is named by its letter.</source>
        <translation>La cella di intestazione {cell} è una formula senza risultato salvato (il file è stato modificato da un programma che non esegue i calcoli; aprilo e salvalo in Excel o LibreOffice per ottenere il valore); la colonna prende il nome dalla sua lettera.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="197"/>
        <source>Cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); it was read as blank.</source>
        <translation>La cella {cell} è una formula senza risultato salvato (il file è stato modificato da un programma che non esegue i calcoli; aprilo e salvalo in Excel o LibreOffice per ottenere il valore); è stata letta come vuota.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="201"/>
        <source>The header cell {cell} holds the Excel error {error}; the column is named by its letter.</source>
        <translation>La cella di intestazione {cell} contiene l&apos;errore di Excel {error}; la colonna prende il nome dalla sua lettera.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="204"/>
        <source>Cell {cell} holds the Excel error {error}; it was read as blank.</source>
        <translation>La cella {cell} contiene l&apos;errore di Excel {error}; è stata letta come vuota.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="247"/>
        <source>The sheet &apos;{sheet}&apos; is empty. Choose the sheet that holds the data.</source>
        <translation>Il foglio &apos;{sheet}&apos; è vuoto. Scegli il foglio che contiene i dati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="252"/>
        <source>Row {row} of the sheet &apos;{sheet}&apos; is empty. Choose another header row.</source>
        <translation>La riga {row} del foglio &apos;{sheet}&apos; è vuota. Scegli un&apos;altra riga di intestazione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="489"/>
        <source>Row {row} has values in {count} columns after the last header; they are kept at the end of the row.</source>
        <translation>La riga {row} contiene valori dopo l&apos;ultima intestazione (colonne: {count}); sono conservati in fondo alla riga.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Score (0–10 recommend)</source>
        <translation>Raccomandazione (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Customer ID</source>
        <translation>ID cliente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Feedback ID</source>
        <translation>ID del feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="60"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="63"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation>Solo la risposta a &apos;Quanto è probabile che ci raccomandi?&apos; (0–10) conta per l&apos;NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="67"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation>Stelle o voti (1–5, 1–10…): restano una valutazione, mai contati nell&apos;NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="70"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation>Nomi dei bisogni separati da virgole, ad es. &apos;Prezzo, Consegna&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="73"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation>Il numero della recensione o del ticket: le righe con lo stesso numero non vengono importate due volte.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="96"/>
        <source>— Not imported (kept as extra)</source>
        <translation>— Non importata (conservata come extra)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="386"/>
        <source>{header} is not a column of this file</source>
        <translation>{header} non è una colonna di questo file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="440"/>
        <source>not a column mapping template</source>
        <translation>non è un modello di abbinamento delle colonne</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="443"/>
        <source>this template was saved by a newer version of the app</source>
        <translation>questo modello è stato salvato da una versione più recente dell&apos;app</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="471"/>
        <source>A 0–10 scale, like the question &apos;how likely are you to recommend us&apos;. It is kept as a rating; map the column to score only if it asks exactly that.</source>
        <translation>Una scala da 0 a 10, come la domanda &apos;quanto è probabile che ci raccomandi&apos;. Viene conservata come valutazione; abbina la colonna al punteggio di raccomandazione solo se chiede esattamente questo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="499"/>
        <source>No sample values: a 1–5 scale is assumed; check it.</source>
        <translation>Nessun valore di esempio: si presume una scala da 1 a 5; verificala.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="550"/>
        <source>Text dates mix day-first and month-first values.</source>
        <translation>Le date in formato testo mescolano valori con il giorno per primo e valori con il mese per primo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="553"/>
        <source>No column asks how likely the customer is to recommend you: no NPS.</source>
        <translation>Nessuna colonna chiede quanto è probabile che il cliente vi raccomandi: niente NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="560"/>
        <source>{order} ({code})</source>
        <translation>“{order}” ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="564"/>
        <source>Text dates need an order: the values fit {first}.</source>
        <translation>Le date in formato testo richiedono un ordine: i valori sono compatibili con {first}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="568"/>
        <source>Text dates need an order: the values fit {first} or {second}.</source>
        <translation>Le date in formato testo richiedono un ordine: i valori sono compatibili con {first} o {second}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="571"/>
        <source>Text dates need an order: the values fit {first} or {second} or {third}.</source>
        <translation>Le date in formato testo richiedono un ordine: i valori sono compatibili con {first}, {second} o {third}.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="431"/>
        <source>{value} is a yes/no value, not a score</source>
        <translation>{value} è un valore sì/no, non un punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="432"/>
        <source>{value} is a yes/no value, not a rating</source>
        <translation>{value} è un valore sì/no, non una valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="433"/>
        <source>{value} is a yes/no value, not a date</source>
        <translation>{value} è un valore sì/no, non una data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="434"/>
        <source>{value} is a yes/no value, not an id</source>
        <translation>{value} è un valore sì/no, non un ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="475"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} supera i {limit} caratteri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="492"/>
        <source>&apos;{text}&apos; is an id a spreadsheet turned into a rounded number; format the column as text and export again</source>
        <translation>&apos;{text}&apos; è un ID che il foglio di calcolo ha trasformato in un numero arrotondato; formatta la colonna come testo ed esporta di nuovo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="506"/>
        <source>{value} is not an id</source>
        <translation>{value} non è un ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="509"/>
        <source>{value} has more digits than a spreadsheet number keeps ({digits}); format the column as text and export again</source>
        <translation>{value} ha più cifre di quante ne conservi un numero in un foglio di calcolo ({digits}); formatta la colonna come testo ed esporta di nuovo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="517"/>
        <source>{value} is a date, not an id: the spreadsheet may have converted it</source>
        <translation>{value} è una data, non un ID: il foglio di calcolo potrebbe averlo convertito</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="541"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} non è un indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="575"/>
        <source>{value} is not a status: use new, triaged, in progress, resolved, closed or won&apos;t fix</source>
        <translation>{value} non è uno stato: usa nuovo, smistato, in corso, risolto, chiuso o non risolvibile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="595"/>
        <source>{value} is not a language</source>
        <translation>{value} non è una lingua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="82"/>
        <source>day-first</source>
        <translation>prima il giorno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="83"/>
        <source>month-first</source>
        <translation>prima il mese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="84"/>
        <source>year-first</source>
        <translation>prima l&apos;anno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="86"/>
        <source>{value} is not a number</source>
        <translation>{value} non è un numero</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="87"/>
        <source>{value} is outside 0–10</source>
        <translation>{value} è fuori dall&apos;intervallo 0–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="88"/>
        <source>{value} is outside {minimum}–{scale}</source>
        <translation>{value} è fuori dall&apos;intervallo {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="89"/>
        <source>{value} is not a rating</source>
        <translation>{value} non è una valutazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="90"/>
        <source>{value} is not a date</source>
        <translation>{value} non è una data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="91"/>
        <source>{value} is not a spreadsheet date</source>
        <translation>{value} non è una data di foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="92"/>
        <source>{value} is not a valid date</source>
        <translation>{value} non è una data valida</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="93"/>
        <source>{value} is not a valid date in {order} order ({code})</source>
        <translation>{value} non è una data valida nell&apos;ordine “{order}” ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="134"/>
        <source>{value} is a date, not a score</source>
        <translation>{value} è una data, non un punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="148"/>
        <source>{value} is not a whole number</source>
        <translation>{value} non è un numero intero</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a score: write the number alone ({top})</source>
        <translation>&apos;{text}&apos; non è un punteggio: scrivi solo il numero ({top})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="178"/>
        <source>&apos;{text}&apos; is not a score: scores are 0–10, not out of {bottom}</source>
        <translation>&apos;{text}&apos; non è un punteggio: i punteggi vanno da 0 a 10, non su {bottom}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="186"/>
        <source>&apos;{text}&apos; is not a number: write it in digits ({digits})</source>
        <translation>&apos;{text}&apos; non è un numero: scrivilo in cifre ({digits})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="249"/>
        <source>&apos;{text}&apos; shows {stars} stars, but the scale is {scale}</source>
        <translation>&apos;{text}&apos;: il numero di stelle ({stars}) non corrisponde alla scala ({scale})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="267"/>
        <source>&apos;{text}&apos; is out of {bottom}, but this column&apos;s scale is {minimum}–{scale}</source>
        <translation>&apos;{text}&apos; è espresso su {bottom}, ma la scala di questa colonna è {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="313"/>
        <source>{value} is 29 February 1900, a day that exists only in Excel</source>
        <translation>{value} è il 29 febbraio 1900, un giorno che esiste solo in Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="397"/>
        <source>{value} is a time of day, not a date</source>
        <translation>{value} è un&apos;ora del giorno, non una data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="408"/>
        <source>{value} is before {earliest}, too early to be feedback</source>
        <translation>{value} è anteriore al {earliest}, troppo presto per essere un feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="417"/>
        <source>{value} is in the future</source>
        <translation>{value} è nel futuro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="466"/>
        <source>{value} is not a date: use a spreadsheet date, 2024-01-05 or day/month/year</source>
        <translation>{value} non è una data: usa una data del foglio di calcolo, 2024-01-05 o giorno/mese/anno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="485"/>
        <source>{value} is ambiguous: it could be {day_first} (day-first) or {month_first} (month-first); choose the date order for this column</source>
        <translation>{value} è ambiguo: potrebbe essere {day_first} (prima il giorno) o {month_first} (prima il mese); scegli l&apos;ordine delle date per questa colonna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="490"/>
        <source>{value} needs a date order: choose day-first (DMY), month-first (MDY) or year-first (YMD) for this column</source>
        <translation>{value} richiede un ordine delle date: per questa colonna scegli “Prima il giorno” (DMY), “Prima il mese” (MDY) o “Prima l&apos;anno” (YMD)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="494"/>
        <source>{value} needs a date order: choose day-first (DMY) or month-first (MDY) for this column</source>
        <translation>{value} richiede un ordine delle date: per questa colonna scegli “Prima il giorno” (DMY) o “Prima il mese” (MDY)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="500"/>
        <source>{value} does not fit in {order} order ({code})</source>
        <translation>{value} non corrisponde all&apos;ordine “{order}” ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/convert.py" line="23"/>
        <source>The row has no score, rating or text, so there is nothing to import.</source>
        <translation>La riga non ha punteggio, valutazione né testo, quindi non c&apos;è nulla da importare.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="222"/>
        <source>Step {n} of {total}</source>
        <translation>Passo {n} di {total}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="233"/>
        <source>&amp;Stop Import</source>
        <translation>&amp;Interrompi importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="235"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="237"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="403"/>
        <source>Importing {name}…</source>
        <translation>Importazione di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>Import File</source>
        <translation>Importa file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="464"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="252"/>
        <source>Listing imports…</source>
        <translation>Elenco delle importazioni…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="275"/>
        <source>Could not list the imports: {error}</source>
        <translation>Impossibile elencare le importazioni: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>No rows of {file} were rejected.</source>
        <translation>Nessuna riga di {file} è stata rifiutata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="328"/>
        <source>Listing rejected rows…</source>
        <translation>Elenco delle righe rifiutate…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="322"/>
        <source>Rejected rows of {file}: %Ln. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>Righe rifiutate di {file}: %Ln. Esportale, correggile e importa di nuovo il file.</numerusform>
            <numerusform>Righe rifiutate di {file}: %Ln. Esportale, correggile e importa di nuovo il file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="373"/>
        <source>Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>Rimuovere l&apos;elemento (%Ln) che l&apos;importazione di {file} ({when}) ha aggiunto al catalogo, con i suoi tag e le sue assegnazioni?</numerusform>
            <numerusform>Rimuovere i %Ln elementi che l&apos;importazione di {file} ({when}) ha aggiunto al catalogo, con i loro tag e le loro assegnazioni?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation>Non si può annullare, ma potrai importare di nuovo il file più tardi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="383"/>
        <source>Undo Import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="393"/>
        <source>Undoing the import of {file}…</source>
        <translation>Annullamento dell&apos;importazione di {file}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="398"/>
        <source>Undo Failed</source>
        <translation>Annullamento non riuscito</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="399"/>
        <source>Could not undo the import.</source>
        <translation>Impossibile annullare l&apos;importazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="405"/>
        <source>%Ln item(s) of {file} removed.</source>
        <translation>
            <numerusform>%Ln elemento di {file} rimosso.</numerusform>
            <numerusform>%Ln elementi di {file} rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="414"/>
        <source>No catalogue is open.</source>
        <translation>Nessun catalogo aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="417"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation>Ancora nessuna importazione. Trascina qui un foglio di calcolo o scegli File ▸ Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="422"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="423"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>E&amp;sporta righe rifiutate…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="424"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annulla importazione…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="425"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Importa feedback da un foglio di calcolo o da un file CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="427"/>
        <source>Save the rejected rows of the selected import, to fix them and import them again</source>
        <translation>Salva le righe rifiutate dell&apos;importazione selezionata, per correggerle e importarle di nuovo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="429"/>
        <source>Remove the items the selected import added</source>
        <translation>Rimuovi gli elementi aggiunti dall&apos;importazione selezionata</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Open</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Overdue</source>
        <translation>Scaduti</translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation>Cartella condivisa o sincronizzata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation>{file} si trova in una cartella sincronizzata con il cloud.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation>{file} si trova in una condivisione di rete.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation>SQLite in una cartella condivisa o sincronizzata può danneggiare il catalogo quando due persone scrivono contemporaneamente. Lavora su una copia locale oppure usa un catalogo di team su PostgreSQL.

Finché lo tieni aperto, un file di blocco accanto al catalogo indica agli altri chi ci sta lavorando, e loro possono aprirlo in sola lettura.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation>Non avvisare più per questo file</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation>Sola lettura: è aperto da {user} su {host}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation>Conferma del blocco…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation>{user} su {host}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation>qualcun altro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation>Catalogo rilevato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation>{who} ha rilevato {file}. Le modifiche fatte finora sono salvate; ora il catalogo è riaperto in sola lettura.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation>oggi alle {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation>Catalogo in uso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation>{file} è aperto da {user} su {host} dal {time}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation>Sembra abbandonato: il programma che l&apos;ha aperto non è più in esecuzione su questo computer (forse si è chiuso inaspettatamente).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation>Sembra abbandonato: {host} non lo conferma dal {time}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation>Il suo file di blocco non è leggibile e non cambia da un po&apos; di tempo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation>Puoi aprirlo in sola lettura per consultarlo. Per modificarlo, chiedi prima a {user} di chiuderlo: due persone che scrivono nello stesso file di catalogo possono danneggiarlo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation>Rilevalo solo se sei sicuro che nessuno ci stia più lavorando.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation>Processo {pid}, Advocacy Desktop {version}
Ultima conferma: {heartbeat}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation>Rileva</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="208"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nuovo catalogo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="209"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Crea un nuovo file di catalogo vuoto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="211"/>
        <source>Open an existing catalogue file</source>
        <translation>Apri un file di catalogo esistente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="213"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Svuota menu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="214"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="215"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Importa feedback da un foglio di calcolo o da un file CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="216"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="217"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Salva una copia coerente del catalogo aperto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="222"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="223"/>
        <source>Choose the language and the theme</source>
        <translation>Scegli la lingua e il tema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="226"/>
        <source>&amp;Navigation Panel</source>
        <translation>Pannello di &amp;navigazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="229"/>
        <source>&amp;Full Screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="231"/>
        <source>&amp;System Default</source>
        <translation>Predefinita di &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="232"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="233"/>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="234"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="238"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Manuale utente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="239"/>
        <source>How the app serves the five steps of the method</source>
        <translation>Come l&apos;app supporta i cinque passi del metodo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="241"/>
        <source>Every keyboard shortcut of the app, by area</source>
        <translation>Tutte le scorciatoie da tastiera dell&apos;app, per area</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="242"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>&amp;Informazioni su Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="243"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annulla {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ripeti {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="209"/>
        <source>{name} is already open.</source>
        <translation>{name} è già aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="220"/>
        <source>Opening {name}…</source>
        <translation>Apertura di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="238"/>
        <source>Creating {name}…</source>
        <translation>Creazione di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>Customer feedback</source>
        <translation>Feedback dei clienti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="251"/>
        <source>New Catalogue</source>
        <translation>Nuovo catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="266"/>
        <source>Open Catalogue</source>
        <translation>Apri catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="273"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>L&apos;ultimo catalogo usato, {path}, non esiste più.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="295"/>
        <source>Back Up Catalogue</source>
        <translation>Backup del catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="303"/>
        <source>Backing up {name}…</source>
        <translation>Backup di {name} in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="308"/>
        <source>Backup cancelled.</source>
        <translation>Backup annullato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="320"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="337"/>
        <source>Opened {path}</source>
        <translation>Aperto {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>È stato rimosso dall&apos;elenco dei cataloghi recenti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="350"/>
        <source>Cannot Open Catalogue</source>
        <translation>Impossibile aprire il catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="351"/>
        <source>Could not open {path}</source>
        <translation>Impossibile aprire {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="358"/>
        <source>Cannot Create Catalogue</source>
        <translation>Impossibile creare il catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="359"/>
        <source>Could not create {path}</source>
        <translation>Impossibile creare {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="368"/>
        <source>Opening {name} was cancelled.</source>
        <translation>L&apos;apertura di {name} è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="373"/>
        <source>Backup saved to {path}</source>
        <translation>Backup salvato in {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="378"/>
        <source>Backup Failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="379"/>
        <source>Could not back up to {path}</source>
        <translation>Impossibile eseguire il backup in {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="430"/>
        <source>{name} (read-only)</source>
        <translation>{name} (sola lettura)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="458"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Cataloghi Advocacy (*.advocacy);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="328"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>%n valore non leggibile</numerusform>
            <numerusform>%n valori non leggibili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="177"/>
        <source>Check the Columns</source>
        <translation>Controlla le colonne</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="181"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation>Scegli che cosa contiene ogni colonna. Le celle evidenziate non sono leggibili: le loro righe saranno rifiutate ed elencate dopo l&apos;importazione, così potrai correggerle.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Checking the values…</source>
        <translation>Controllo dei valori…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="242"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>%n delle prime righe non può essere importata così com&apos;è (evidenziata).</numerusform>
            <numerusform>%n delle prime righe non possono essere importate così come sono (evidenziate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="248"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Nessun problema nella prima riga (%n).</numerusform>
            <numerusform>Nessun problema nelle prime %n righe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="259"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation>Il file non è UTF-8; sembra {encoding}. Controlla gli accenti nell&apos;anteprima (é, ü, ñ…): se sembrano sbagliati, prova un&apos;altra codifica.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="276"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation>Le date della colonna “{column}” si possono leggere in più modi (05/01/2024 è il 5 gennaio o il 1° maggio?). Scegli il loro ordine per continuare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="281"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation>Colonne abbinate con il modello salvato “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="285"/>
        <source>You changed the mapping since.</source>
        <translation>Da allora hai modificato l&apos;abbinamento.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Day first</source>
        <translation>Prima il giorno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="297"/>
        <source>Month first</source>
        <translation>Prima il mese</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="298"/>
        <source>Year first</source>
        <translation>Prima l&apos;anno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="304"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="314"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="315"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Go back and choose a file that can be read.</source>
        <translation>Torna indietro e scegli un file leggibile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation>Spunta “Il testo è corretto” per continuare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="331"/>
        <source>Choose the order of the dates to go on.</source>
        <translation>Scegli l&apos;ordine delle date per continuare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="334"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation>Scegli una colonna per la raccomandazione, la valutazione o il testo: le righe senza nessuno di questi non possono essere importate.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="342"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="343"/>
        <source>The text &amp;looks right</source>
        <translation>Il testo è &amp;corretto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>&amp;Date order:</source>
        <translation>Ordine delle &amp;date:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Columns and fields</source>
        <translation>Colonne e campi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>First rows of the file</source>
        <translation>Prime righe del file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="351"/>
        <source>Only rows with &amp;problems</source>
        <translation>Solo righe con &amp;problemi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Save as &amp;template:</source>
        <translation>Salva come &amp;modello:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="354"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation>Nome (facoltativo): riutilizzato per i file con le stesse colonne</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Accountable</source>
        <translation>Approvatore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Consulted</source>
        <translation>Consultato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Informed</source>
        <translation>Informato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="76"/>
        <source>Need or source</source>
        <translation>Bisogno o fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="82"/>
        <source>Source: {name}</source>
        <translation>Fonte: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>(from {parent})</source>
        <translation>(da {parent})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="100"/>
        <source>Nobody is responsible</source>
        <translation>Nessun responsabile</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="22"/>
        <source>An active person is a customer advocate.</source>
        <translation>Una persona attiva ha il ruolo di customer advocate.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="23"/>
        <source>A team role with 2 or more active members is responsible for needs.</source>
        <translation>Un ruolo di team con almeno 2 membri attivi è Responsabile di alcuni bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="25"/>
        <source>An active person is an advocacy coordinator.</source>
        <translation>Una persona attiva ha il ruolo di coordinatore dell&apos;advocacy.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="26"/>
        <source>A coordinator is Accountable for most needs.</source>
        <translation>Un coordinatore è Approvatore per la maggior parte dei bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="27"/>
        <source>Every collected source has an owner.</source>
        <translation>Ogni fonte in raccolta ha un responsabile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="28"/>
        <source>An active person is an executive sponsor.</source>
        <translation>Una persona attiva ha il ruolo di sponsor esecutivo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="29"/>
        <source>Every need has a Responsible and an Accountable.</source>
        <translation>Ogni bisogno ha un Responsabile e un Approvatore.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="30"/>
        <source>Most active people have a role.</source>
        <translation>La maggior parte delle persone attive ha un ruolo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="39"/>
        <source>Give an active person the customer advocate role.</source>
        <translation>Assegna a una persona attiva il ruolo di customer advocate.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="41"/>
        <source>Make a role with at least 2 active members Responsible for at least one need.</source>
        <translation>Rendi un ruolo con almeno 2 membri attivi Responsabile di almeno un bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="44"/>
        <source>Give an active person the advocacy coordinator role.</source>
        <translation>Assegna a una persona attiva il ruolo di coordinatore dell&apos;advocacy.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="46"/>
        <source>Make a coordinator Accountable for more than half of the needs (now {coordinated} of {needs}).</source>
        <translation>Rendi un coordinatore Approvatore per più della metà dei bisogni (ora {coordinated} su {needs}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="49"/>
        <source>Give every collected source a Responsible or an owner (%Ln without one).</source>
        <translation>
            <numerusform>Assegna a ogni fonte in raccolta un Responsabile, nella matrice o nella scheda della fonte (%Ln fonte ne è priva).</numerusform>
            <numerusform>Assegna a ogni fonte in raccolta un Responsabile, nella matrice o nella scheda della fonte (%Ln fonti ne sono prive).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="52"/>
        <source>Give an active person the executive sponsor role.</source>
        <translation>Assegna a una persona attiva il ruolo di sponsor esecutivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="54"/>
        <source>Give every need a Responsible and an Accountable (%Ln without them).</source>
        <translation>
            <numerusform>Assegna a ogni bisogno un Responsabile e un Approvatore (%Ln bisogno ne è privo).</numerusform>
            <numerusform>Assegna a ogni bisogno un Responsabile e un Approvatore (%Ln bisogni ne sono privi).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="57"/>
        <source>Give more than half of the active people a role (now {with_role} of {active}).</source>
        <translation>Assegna un ruolo a più della metà delle persone attive (ora {with_role} su {active}).</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="46"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>&amp;Unisci catalogo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="48"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation>Porta in questo catalogo gli elementi, i bisogni, le persone e le assegnazioni di un altro catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="59"/>
        <source>Merge Which Catalogue?</source>
        <translation>Quale catalogo unire?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="60"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation>Cataloghi (*.advocacy);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="67"/>
        <source>Cannot Merge</source>
        <translation>Impossibile unire</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="68"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Impossibile aprire {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Items</source>
        <extracomment>names the service uses for tables, marked for lupdate and translated where shown (context MergeDialog), so a language switch after import changes them too</extracomment>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Item needs</source>
        <translation>Bisogni degli elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="52"/>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="53"/>
        <source>Role holders</source>
        <translation>Titolari dei ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="54"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="55"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="56"/>
        <source>Responsibilities</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="57"/>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="58"/>
        <source>Rejected rows</source>
        <translation>Righe rifiutate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="59"/>
        <source>Column mappings</source>
        <translation>Abbinamenti delle colonne</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="60"/>
        <source>Tag rules</source>
        <translation>Regole di etichettatura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="61"/>
        <source>Care log</source>
        <translation>Registro delle attenzioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="62"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="247"/>
        <source>Merge Catalogue</source>
        <translation>Unisci catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="252"/>
        <source>Comparing the catalogues…</source>
        <translation>Confronto dei cataloghi…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="279"/>
        <source>Keep All Ours</source>
        <translation>Mantieni tutti i nostri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="280"/>
        <source>Take All Theirs</source>
        <translation>Prendi tutti i loro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="281"/>
        <source>Take the Newer</source>
        <translation>Prendi il più recente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="282"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation>Prendi il loro ovunque il loro sia stato modificato dopo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="327"/>
        <source>Comparing catalogues…</source>
        <translation>Confronto dei cataloghi in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="333"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation>Unione di “{source}” in questo catalogo ({target}). Simulazione: verrebbero aggiunte {new:n} righe. Le righe che differiscono in entrambi sono conflitti: spunta “Prendi il loro” dove ha ragione l&apos;altro catalogo; le altre mantengono il nostro. Nulla viene eliminato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="340"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="343"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation>Abbinato per {by}: {what} “{label}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="346"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… e %n altro abbinato per nome</numerusform>
            <numerusform>… e altri %n abbinati per nome</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="362"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation>Loro: {theirs} · nostro: {ours}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="370"/>
        <source>Merging…</source>
        <translation>Unione…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="376"/>
        <source>Merging catalogues…</source>
        <translation>Unione dei cataloghi in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation>Unione completata: {added:n} righe aggiunte, {theirs:n} conflitti risolti con il loro, {ours:n} con il nostro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="390"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation>L&apos;unione è stata annullata: nulla è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="394"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation>L&apos;unione non è riuscita: {error}. Nulla è stato modificato.</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation>Unisci bisogno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %Ln item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>Unisci “{name}” a un altro bisogno. L&apos;elemento (%Ln) etichettato con esso riceve al suo posto quel bisogno (mai due volte), i bisogni sottostanti vi vengono spostati e “{name}” viene rimosso.</numerusform>
            <numerusform>Unisci “{name}” a un altro bisogno. I %Ln elementi etichettati con esso ricevono al suo posto quel bisogno (mai due volte), i bisogni sottostanti vi vengono spostati e “{name}” viene rimosso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation>Unisci a:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="108"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="109"/>
        <source>Hide this message</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="371"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation>Aggiungi bisogni nella pagina Bisogni per etichettare qui gli elementi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="374"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation>Selezione ampia ({n} elementi): le caselle non mostrano lo stato; un clic etichetta tutti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Needs of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Bisogni dell&apos;elemento selezionato (%Ln)</numerusform>
            <numerusform>Bisogni dei %Ln elementi selezionati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="379"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation>Seleziona gli elementi per etichettarli o trascinali su un bisogno.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="84"/>
        <source>%Ln item(s) tagged with this need itself</source>
        <translation>
            <numerusform>%Ln elemento etichettato direttamente con questo bisogno</numerusform>
            <numerusform>%Ln elementi etichettati direttamente con questo bisogno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="195"/>
        <source>Listing needs…</source>
        <translation>Elenco dei bisogni…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="208"/>
        <source>Could not list the needs: {error}</source>
        <translation>Impossibile elencare i bisogni: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="291"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Name of the need under “{parent}”:</source>
        <translation>Nome del bisogno sotto “{parent}”:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="308"/>
        <source>Name of the need:</source>
        <translation>Nome del bisogno:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="309"/>
        <source>Add Need</source>
        <translation>Aggiungi bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="313"/>
        <source>Add need “{name}”</source>
        <translation>Aggiungi bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="325"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation>Rinomina bisogno “{old}” in “{new}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="331"/>
        <source>Edit need “{name}”</source>
        <translation>Modifica bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="340"/>
        <source>Colour of “{name}”</source>
        <translation>Colore di “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="346"/>
        <source>Colour need “{name}”</source>
        <translation>Colora bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="359"/>
        <source>Set the key of need “{name}”</source>
        <translation>Imposta il tasto del bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="366"/>
        <source>Move need “{name}”</source>
        <translation>Sposta bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="388"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation>Unisci bisogno “{source}” a “{target}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="413"/>
        <source>Delete need “{name}”</source>
        <translation>Elimina bisogno “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>Needs taxonomy (*.json)</source>
        <translation>Tassonomia dei bisogni (*.json)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="449"/>
        <source>Export Needs</source>
        <translation>Esporta bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="450"/>
        <source>needs.json</source>
        <translation>bisogni.json</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="460"/>
        <source>Exporting needs…</source>
        <translation>Esportazione dei bisogni…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="463"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>%n bisogno esportato in {file}.</numerusform>
            <numerusform>%n bisogni esportati in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="466"/>
        <source>Could not export the needs.</source>
        <translation>Impossibile esportare i bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="475"/>
        <source>Import Needs</source>
        <translation>Importa bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation>Tassonomia dei bisogni (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="484"/>
        <source>Importing needs…</source>
        <translation>Importazione dei bisogni…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="488"/>
        <source>Could not import the needs.</source>
        <translation>Impossibile importare i bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="495"/>
        <source>Import needs from {file}</source>
        <translation>Importa bisogni da {file}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="499"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>Bisogni da {file}: {added} aggiunti, {updated} aggiornati, {same} invariati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="510"/>
        <source>No catalogue is open.</source>
        <translation>Nessun catalogo aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="513"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation>Ancora nessun bisogno. Aggiungi i bisogni espressi dai tuoi clienti (Prezzo, poi Prezzo ▸ Sconti…) oppure importa un file di tassonomia condiviso da un altro team.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation>Trascina un bisogno su un altro per spostarlo sotto di esso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>Add &amp;Child</source>
        <translation>Aggiungi &amp;sottobisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Colore…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Key…</source>
        <translation>&amp;Tasto…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Unisci a…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="529"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="530"/>
        <source>R&amp;ules…</source>
        <translation>&amp;Regole…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="534"/>
        <source>Add a need at the top of the taxonomy</source>
        <translation>Aggiungi un bisogno al livello principale della tassonomia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="535"/>
        <source>Add a need under the selected one</source>
        <translation>Aggiungi un bisogno sotto quello selezionato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="536"/>
        <source>Rename the selected need</source>
        <translation>Rinomina il bisogno selezionato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="537"/>
        <source>Choose the colour the need is shown in</source>
        <translation>Scegli il colore con cui viene mostrato il bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="538"/>
        <source>Give the need a key that tags the selected items on the Feedback page</source>
        <translation>Assegna al bisogno un tasto che etichetta gli elementi selezionati nella pagina Feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="540"/>
        <source>Move the need&apos;s items into another need and remove it</source>
        <translation>Sposta gli elementi del bisogno in un altro bisogno e rimuovilo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="541"/>
        <source>Delete the selected need</source>
        <translation>Elimina il bisogno selezionato</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="542"/>
        <source>Save the taxonomy as a file another team can import</source>
        <translation>Salva la tassonomia in un file che un altro team può importare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="543"/>
        <source>Add or update needs from a taxonomy file</source>
        <translation>Aggiungi o aggiorna bisogni da un file di tassonomia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="545"/>
        <source>Auto-tag rules: tag a need on the items whose text matches</source>
        <translation>Regole di etichettatura automatica: etichetta con un bisogno gli elementi il cui testo corrisponde</translation>
    </message>
</context>
<context>
    <name>NeedsService</name>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="29"/>
        <source>There is no need with id {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è nessun bisogno con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="105"/>
        <source>The needs changed since; this step can no longer be undone or redone.</source>
        <translation>Nel frattempo i bisogni sono cambiati; questo passaggio non può più essere annullato o ripetuto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="170"/>
        <source>A need to be removed has been given items or needs since; this step can no longer be undone or redone.</source>
        <translation>Nel frattempo un bisogno da rimuovere ha ricevuto elementi o bisogni; questo passaggio non può più essere annullato o ripetuto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="113"/>
        <source>A need needs a name.</source>
        <translation>Un bisogno deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="115"/>
        <source>A need&apos;s name cannot contain &apos;&gt;&apos; or &apos;›&apos; (they join paths): {name}.</source>
        <translation>Il nome di un bisogno non può contenere &apos;&gt;&apos; o &apos;›&apos; (servono a unire i percorsi): {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="119"/>
        <source>A need&apos;s name is at most {limit} characters long.</source>
        <translation>Il nome di un bisogno può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="129"/>
        <source>{colour} is not a colour; use #rrggbb, e.g. #3a7bd5.</source>
        <translation>{colour} non è un colore; usa #rrggbb, ad es. #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="142"/>
        <source>A shortcut is one key, a letter or a sign: {key} is not.</source>
        <translation>Una scorciatoia è un solo tasto, una lettera o un simbolo: {key} non lo è.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="146"/>
        <source>Digits are reserved for scores; choose a letter or a sign.</source>
        <translation>Le cifre sono riservate ai punteggi; scegli una lettera o un simbolo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="212"/>
        <source>There is already a need called {name} under {parent}.</source>
        <translation>Esiste già un bisogno chiamato {name} sotto {parent}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="215"/>
        <source>There is already a need called {name} at the top level.</source>
        <translation>Esiste già un bisogno chiamato {name} al livello principale.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="224"/>
        <source>The key {key} is already the shortcut of {name}.</source>
        <translation>Il tasto {key} è già la scorciatoia di {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="256"/>
        <source>{name} cannot go under {parent}: that need is {name} itself or below it.</source>
        <translation>{name} non può andare sotto {parent}: quel bisogno è {name} stesso o si trova sotto di esso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="467"/>
        <source>A need cannot be merged into itself.</source>
        <translation>Un bisogno non può essere unito a sé stesso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="470"/>
        <source>{source} cannot be merged into {target}, which is below it; move {target} out first.</source>
        <translation>{source} non può essere unito a {target}, che si trova sotto di esso; prima sposta {target} altrove.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="500"/>
        <source>The items of a deleted need cannot stay on it.</source>
        <translation>Gli elementi di un bisogno eliminato non possono restare associati a esso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="505"/>
        <source>The needs below a deleted need must go to another need.</source>
        <translation>I bisogni sotto un bisogno eliminato devono passare a un altro bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="511"/>
        <source>{count} item(s) are tagged {name}: choose a need for them, or confirm that they lose this tag.</source>
        <translation>Elementi etichettati con {name}: {count}. Scegli un bisogno per loro o conferma che perdano questo tag.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="394"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="397"/>
        <source>Last choices before the import.</source>
        <translation>Ultime scelte prima dell&apos;importazione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="429"/>
        <source>Listing sources…</source>
        <translation>Elenco delle fonti…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation>Il file ha una colonna della fonte (“{column}”): questa fonte viene data solo alle righe in cui quella cella è vuota.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="456"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation>Il file non ha una colonna della fonte: ogni riga riceve questa fonte, ad es. Trustpilot o Assistenza. Lasciala vuota se non la conosci.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, foglio “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="464"/>
        <source>Ready to read {where}</source>
        <translation>Pronto a leggere {where}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="466"/>
        <source>(about {rows} rows)</source>
        <translation>(circa {rows} righe)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation>L&apos;abbinamento sarà salvato come modello “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="475"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="476"/>
        <source>e.g. Trustpilot</source>
        <translation>ad es. Trustpilot</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="477"/>
        <source>Check &amp;only, do not import</source>
        <translation>&amp;Solo verifica, non importare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="480"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation>Legge ogni riga e conta che cosa verrebbe importato, che cosa è già nel catalogo e che cosa verrebbe rifiutato. Il catalogo non viene modificato.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation>Passo 4 del metodo · Analizzare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation>Lo stato del catalogo a colpo d&apos;occhio: l&apos;NPS con il suo margine di errore, il suo andamento nel tempo e i bisogni dei clienti che costano più NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation>Passo 3 del metodo · Raccogliere e catalogare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation>Ogni feedback dei clienti presente nel catalogo, da leggere, etichettare con i bisogni che esprime e assegnare alla persona che se ne occupa.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation>Passi 1 e 2 del metodo · Individuare e selezionare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation>Da dove arrivano i feedback: siti di recensioni, social media, l&apos;assistenza clienti, sondaggi. Ogni fonte si può disattivare senza perdere ciò che ha già portato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation>Passo 3 del metodo · Uno schema condiviso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation>La tassonomia dei bisogni dei clienti con cui si catalogano i feedback, abbastanza chiara da condividerla come file con un team o un cliente.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation>Persone e ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation>Passo 5 del metodo · Ruoli e responsabilità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation>Chi si occupa di quale bisogno, quale fonte e quale feedback: le persone dell&apos;organizzazione, i loro ruoli e chi è responsabile di cosa.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Advocates</source>
        <translation>Ambasciatori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation>Ambasciatori del marchio · Trovarli, mantenerli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation>I clienti la cui ultima risposta è 9 o 10, che cosa è stato fatto per loro l&apos;ultima volta e chi rischia di allontanarsi: i promotori che vi raccomandano spontaneamente.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Passo 3 del metodo · Raccogliere</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Ogni file importato nel catalogo, con le righe scartate e il motivo, per poterle correggere e importare di nuovo.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Older record</source>
        <translation>Record più vecchio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Newer record</source>
        <translation>Record più recente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="97"/>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same e-mail</source>
        <translation>Stessa e-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same name</source>
        <translation>Stesso nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="106"/>
        <source>Both match “{key}”</source>
        <translation>Entrambi corrispondono a “{key}”</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="182"/>
        <source>No people yet</source>
        <translation>Ancora nessuna persona</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="183"/>
        <source>Add the people who follow up feedback with Add Person…, and give them roles: the customer advocate, the owner of a need or of a source.</source>
        <translation>Aggiungi con Aggiungi persona… le persone che si occupano dei feedback e assegna loro dei ruoli: il customer advocate, il responsabile di un bisogno o di una fonte.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="219"/>
        <source>No needs or sources yet</source>
        <translation>Ancora nessun bisogno e nessuna fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="220"/>
        <source>List your sources on the Sources page and your customers&apos; needs on the Needs page; then give each of them a Responsible here.</source>
        <translation>Elenca le tue fonti nella pagina Fonti e i bisogni dei tuoi clienti nella pagina Bisogni; poi assegna qui un Responsabile a ciascuno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="245"/>
        <source>Nothing yet: the list below says what the next level needs.</source>
        <translation>Ancora niente: l&apos;elenco qui sotto indica che cosa serve per il livello successivo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="275"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="544"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="302"/>
        <source>Reading people and responsibilities…</source>
        <translation>Lettura di persone e responsabilità…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="315"/>
        <source>Could not read the people: {error}</source>
        <translation>Impossibile leggere le persone: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="335"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>%n bisogno o fonte senza alcun responsabile. Fai doppio clic su una cella o premi Invio per scegliere chi la ricopre.</numerusform>
            <numerusform>%n bisogni o fonti senza alcun responsabile. Fai doppio clic su una cella o premi Invio per scegliere chi la ricopre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="345"/>
        <source>Level {level} of 4 — {name}</source>
        <translation>Livello {level} di 4 — {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="368"/>
        <source>The highest level is reached.</source>
        <translation>È stato raggiunto il livello più alto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="370"/>
        <source>Missing for level {level}:</source>
        <translation>Manca per il livello {level}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>no advocates yet</source>
        <translation>ancora nessun advocate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>single advocates</source>
        <translation>singoli advocate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>an advocacy team</source>
        <translation>un team di advocacy</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>coordination across the company</source>
        <translation>coordinamento in tutta l&apos;azienda</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="376"/>
        <source>every strategy and every employee</source>
        <translation>ogni strategia e ogni dipendente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="403"/>
        <source>{name} added.</source>
        <translation>{name} aggiunto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="423"/>
        <source>Role {name} added.</source>
        <translation>Ruolo {name} aggiunto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>Add Role</source>
        <translation>Aggiungi ruolo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <source>Role name:</source>
        <translation>Nome del ruolo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>What does this role do? (optional)</source>
        <translation>Che cosa fa questo ruolo? (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="462"/>
        <source>Set {kind} for {name}</source>
        <translation>Imposta {kind} per {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="473"/>
        <source>Clear {kind} for {name}</source>
        <translation>Cancella {kind} per {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="504"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation>Scegli prima una cella Responsabile, Approvatore, Consultato o Informato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="516"/>
        <source>Export Matrix</source>
        <translation>Esporta matrice</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="528"/>
        <source>Exporting the matrix…</source>
        <translation>Esportazione della matrice…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n riga scritta in {file}.</numerusform>
            <numerusform>%n righe scritte in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="532"/>
        <source>Export Failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="533"/>
        <source>Could not export the matrix.</source>
        <translation>Impossibile esportare la matrice.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="540"/>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Responsibilities</source>
        <translation>Responsabilità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="542"/>
        <source>Maturity</source>
        <translation>Maturità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Aggiungi persona…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Add &amp;Role…</source>
        <translation>Aggiungi &amp;ruolo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="547"/>
        <source>&amp;Choose Holder…</source>
        <translation>&amp;Scegli titolare…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="548"/>
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="549"/>
        <source>E&amp;xport Matrix…</source>
        <translation>E&amp;sporta matrice…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="551"/>
        <source>Add someone who follows up feedback, with roles</source>
        <translation>Aggiungi una persona che si occupa dei feedback, con i suoi ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="552"/>
        <source>Add a role of your own beside the pre-filled ones</source>
        <translation>Aggiungi un ruolo tuo accanto a quelli predefiniti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>Choose who holds the selected cell of the matrix</source>
        <translation>Scegli chi ricopre la cella selezionata della matrice</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Remove every holder of the selected cell</source>
        <translation>Rimuovi tutti i titolari della cella selezionata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Save the matrix as an Excel workbook</source>
        <translation>Salva la matrice in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Reached:</source>
        <translation>Raggiunto:</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="133"/>
        <source>A person needs a name.</source>
        <extracomment>The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.</extracomment>
        <translation>Una persona deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="134"/>
        <source>A role needs a name.</source>
        <translation>Un ruolo deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="136"/>
        <source>A person name can have at most {limit} characters.</source>
        <translation>Il nome di una persona può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="138"/>
        <source>A role name can have at most {limit} characters.</source>
        <translation>Il nome di un ruolo può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="140"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è nessuna persona con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="149"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="173"/>
        <source>There is no role with id {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è nessun ruolo con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="187"/>
        <source>{name} has the e-mail address {email} already.</source>
        <translation>{name} ha già l&apos;indirizzo e-mail {email}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="195"/>
        <source>There is a role called “{name}” already.</source>
        <translation>Esiste già un ruolo chiamato “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="329"/>
        <source>A maturity level is 1, 2, 3 or 4.</source>
        <translation>Un livello di maturità è 1, 2, 3 o 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="374"/>
        <source>The role “{name}” is in use ({members} member(s), {cells} responsibility(ies)): remove them first.</source>
        <translation>Il ruolo “{name}” è in uso (membri: {members}, responsabilità: {cells}): prima rimuovili.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="90"/>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="92"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="95"/>
        <source>Both apply at once and are remembered.</source>
        <translation>Entrambe le impostazioni si applicano subito e vengono ricordate.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="192"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation>La riga {row} sarà rifiutata:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>(extra)</source>
        <translation>(extra)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="208"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation>La colonna {letter} “{header}” viene importata come {field}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="212"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation>La colonna {letter} “{header}” non viene importata in un campo; i suoi valori restano con ogni elemento come informazioni extra.</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="135"/>
        <source>this catalogue has no pseudonym secret yet: open it for writing once to create one</source>
        <extracomment>audit_log copies about the erased customer and their items are replaced by this shorter names or ids are only matched as whole values, never inside longer text</extracomment>
        <translation>questo catalogo non ha ancora un segreto per gli pseudonimi: aprilo una volta in scrittura per crearne uno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="392"/>
        <source>There is no customer with id {id}.</source>
        <translation>Non c&apos;è nessun cliente con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="396"/>
        <source>Customer {uuid} was already erased: nothing personal is left.</source>
        <translation>Il cliente {uuid} è già stato cancellato: non resta nulla di personale.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="132"/>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="135"/>
        <source>Overdue</source>
        <translation>Scaduto</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="283"/>
        <source>(no source)</source>
        <translation>(nessuna fonte)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="300"/>
        <source>No star ratings match the filter.</source>
        <translation>Nessuna valutazione a stelle corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="301"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation>Le valutazioni a stelle mantengono la propria scala e non sono mai contate nell&apos;NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="304"/>
        <source>Star ratings by source</source>
        <translation>Valutazioni a stelle per fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="308"/>
        <source>Stars (rounded)</source>
        <translation>Stelle (arrotondate)</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="490"/>
        <source>Say where to save the catalogue.</source>
        <translation>Indica dove salvare il catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="493"/>
        <source>{name} exists already: choose another name (an existing file is never replaced).</source>
        <translation>{name} esiste già: scegli un altro nome (un file esistente non viene mai sostituito).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="514"/>
        <source>Save the Catalogue As</source>
        <translation>Salva il catalogo come</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="515"/>
        <source>Advocacy catalogues (*.advocacy)</source>
        <translation>Cataloghi Advocacy (*.advocacy)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="524"/>
        <source>Your catalogue</source>
        <translation>Il tuo catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="526"/>
        <source>Everything goes into one file you can back up, copy and carry. Finish creates it and opens it.</source>
        <translation>Tutto viene salvato in un unico file che puoi copiare, portare con te e di cui puoi fare il backup. “Crea catalogo” lo crea e lo apre.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="528"/>
        <source>Save the catalogue as:</source>
        <translation>Salva il catalogo come:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="529"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="229"/>
        <source>rejected</source>
        <translation>rifiutate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="233"/>
        <source>Export Rejected Rows</source>
        <translation>Esporta righe rifiutate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="245"/>
        <source>%Ln row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>%Ln riga da correggere salvata in {path}.</numerusform>
            <numerusform>%Ln righe da correggere salvate in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Export Failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="254"/>
        <source>Could not write {path}</source>
        <translation>Impossibile scrivere {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="260"/>
        <source>Exporting rejected rows…</source>
        <translation>Esportazione delle righe rifiutate…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="183"/>
        <source>The whole row:</source>
        <translation>L&apos;intera riga:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="188"/>
        <source>(whole row)</source>
        <translation>(intera riga)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="434"/>
        <source>Step 5 of 5 · Roles</source>
        <translation>Passo 5 di 5 · Ruoli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="436"/>
        <source>Advocacy works when someone owns each need and each source. Start with yourself.</source>
        <translation>L&apos;advocacy funziona quando qualcuno si occupa di ogni bisogno e di ogni fonte. Inizia da te.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="437"/>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="439"/>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;E-mail (facoltativa):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="441"/>
        <source>Your &amp;role:</source>
        <translation>Il tuo &amp;ruolo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="443"/>
        <source>e.g. Alex Morgan</source>
        <translation>ad es. Giulia Rossi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="447"/>
        <source>Leave the name empty to add people later. Your team, their roles and who is Responsible, Accountable, Consulted or Informed for each need go on the People page.</source>
        <translation>Lascia vuoto il nome per aggiungere le persone più tardi. Il tuo team, i ruoli e chi è Responsabile, Approvatore, Consultato o Informato per ogni bisogno si gestiscono nella pagina Persone e ruoli.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Keyword</source>
        <translation>Parola chiave</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="54"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="55"/>
        <source>Regular expression</source>
        <translation>Espressione regolare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="62"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation>Trova le parole che iniziano così, ignorando maiuscole e accenti (“consegn” trova “consegnato”); in coreano, giapponese o cinese, in qualsiasi punto del testo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="67"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation>Trova queste parole in quest&apos;ordine, come parole intere, ignorando maiuscole e accenti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="71"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation>Un&apos;espressione regolare Python, senza distinzione tra maiuscole e minuscole, sul testo così come è scritto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="265"/>
        <source>Listing rules…</source>
        <translation>Elenco delle regole…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="280"/>
        <source>Could not list the rules: {error}</source>
        <translation>Impossibile elencare le regole: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation>Le regole attive vengono eseguite a ogni importazione e con “Applica”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="301"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="321"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation>Regola eliminata. Gli elementi che ha etichettato conservano il tag.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="336"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation>Regola aggiunta. Viene eseguita a ogni importazione; premi “Applica ora tutte le regole” per eseguirla sugli elementi già presenti nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="354"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation>Digita una parola chiave, una frase o un&apos;espressione per vedere che cosa etichetterebbe.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="368"/>
        <source>Previewing…</source>
        <translation>Anteprima in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="390"/>
        <source>Previewing rule…</source>
        <translation>Anteprima della regola…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="407"/>
        <source>Could not preview the rule: {error}</source>
        <translation>Impossibile mostrare l&apos;anteprima della regola: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="412"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>Etichetterebbe %Ln nuovo elemento</numerusform>
            <numerusform>Etichetterebbe %Ln nuovi elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(%Ln corrispondenza in tutto)</numerusform>
            <numerusform>(%Ln corrispondenze in tutto)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— all of them already have this need.</source>
        <translation>— hanno già tutti questo bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="417"/>
        <source>— the others already have this need.</source>
        <translation>— gli altri hanno già questo bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="433"/>
        <source>Applying the rules…</source>
        <translation>Applicazione delle regole…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="437"/>
        <source>Applying auto-tag rules…</source>
        <translation>Applicazione delle regole di etichettatura automatica…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="448"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>%Ln elemento etichettato dalle regole.</numerusform>
            <numerusform>%Ln elementi etichettati dalle regole.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation>Modifica ▸ Annulla rimuove di nuovo questi tag.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="457"/>
        <source>This cannot be undone here.</source>
        <translation>Qui non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation>Annullato: nulla è stato etichettato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="470"/>
        <source>Could not apply the rules: {error}</source>
        <translation>Impossibile applicare le regole: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Auto-tag Rules — {need}</source>
        <translation>Regole di etichettatura automatica — {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="478"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation>Gli elementi il cui testo corrisponde a una regola vengono etichettati con “{need}”. Le regole attive vengono eseguite a ogni importazione; le regole funzionano in qualsiasi lingua.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Pattern</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="483"/>
        <source>This need has no rules yet.</source>
        <translation>Questo bisogno non ha ancora regole.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>Keyword, phrase or expression</source>
        <translation>Parola chiave, frase o espressione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>The first items the rule would tag appear here.</source>
        <translation>Qui compaiono i primi elementi che la regola etichetterebbe.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="488"/>
        <source>&amp;Add Rule</source>
        <translation>&amp;Aggiungi regola</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>New rule</source>
        <translation>Nuova regola</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>A&amp;pply All Rules Now</source>
        <translation>A&amp;pplica ora tutte le regole</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="493"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation>Esegue ogni regola attiva di ogni bisogno su tutto il catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="494"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="144"/>
        <source>Check Finished</source>
        <translation>Verifica completata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="149"/>
        <source>Import Cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="150"/>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="161"/>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="164"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation>Le righe vengono scritte tutte insieme alla fine. Se interrompi l&apos;importazione, nulla viene scritto e il catalogo resta com&apos;era.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="187"/>
        <source>{done} of about {total} rows read</source>
        <translation>{done} di circa {total} righe lette</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="194"/>
        <source>{done} rows read</source>
        <translation>{done} righe lette</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="198"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation>Interruzione… nulla viene scritto nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="204"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation>L&apos;importazione è stata interrotta. Nulla è stato scritto nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="205"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation>Torna indietro per cambiare le tue scelte e importare di nuovo, oppure chiudi la procedura guidata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="212"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation>Impossibile importare il file. Nulla è stato scritto nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="215"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation>Torna indietro per cambiare le tue scelte, oppure correggi il file e importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation>Ogni riga del file è stata verificata. Nulla è stato importato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>%Ln item(s) added to the catalogue.</source>
        <translation>
            <numerusform>%Ln elemento aggiunto al catalogo.</numerusform>
            <numerusform>%Ln elementi aggiunti al catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="234"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation>Nessun nuovo elemento: il catalogo conteneva già ogni riga leggibile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>rows read</source>
        <translation>righe lette</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>would be imported</source>
        <translation>sarebbero importate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>imported</source>
        <translation>importate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="239"/>
        <source>already there (duplicates)</source>
        <translation>già presenti (duplicati)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="240"/>
        <source>rejected</source>
        <translation>rifiutate</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="261"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation>Righe rifiutate: esportale per correggerle e importa di nuovo il file</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="271"/>
        <source>Listing rejected rows…</source>
        <translation>Elenco delle righe rifiutate…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="303"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>&amp;Esporta righe rifiutate…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="304"/>
        <source>Show in &amp;Imports</source>
        <translation>Mostra in &amp;Importazioni</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="329"/>
        <source>Step 3 of 5 · A scheme to catalogue by</source>
        <translation>Passo 3 di 5 · Uno schema per catalogare</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="331"/>
        <source>Feedback is tagged with the customer needs it speaks of. A clear, shared list of needs lets a team, or a client, read the catalogue the same way.</source>
        <translation>Ogni feedback viene etichettato con i bisogni dei clienti di cui parla. Un elenco di bisogni chiaro e condiviso permette a un team, o a un cliente, di leggere il catalogo allo stesso modo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="333"/>
        <source>&amp;Start with common needs (rename, move or delete them any time on the Needs page)</source>
        <translation>&amp;Inizia con i bisogni comuni (puoi rinominarli, spostarli o eliminarli in qualsiasi momento nella pagina Bisogni)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="336"/>
        <source>Tag feedback &amp;automatically: keyword rules in English, German, Italian, Indonesian, Turkish and Korean</source>
        <translation>Etichetta i feedback &amp;automaticamente: regole con parole chiave in inglese, tedesco, italiano, indonesiano, turco e coreano</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="338"/>
        <source>Start &amp;without needs: I will build my own</source>
        <translation>Inizia &amp;senza bisogni: creerò i miei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="339"/>
        <source>&amp;Import a first file once the catalogue is open</source>
        <translation>Importa un primo &amp;file quando il catalogo è aperto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="341"/>
        <source>A spreadsheet or CSV export from a review site, a survey tool or the help desk; the columns are recognised in six languages.</source>
        <translation>Un foglio di calcolo o un&apos;esportazione CSV da un sito di recensioni, da uno strumento per sondaggi o dal sistema di assistenza; le colonne vengono riconosciute in sei lingue.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="252"/>
        <source>Collect from {name} ({kind})</source>
        <translation>Raccogli da {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="269"/>
        <source>Step 2 of 5 · What to collect now</source>
        <translation>Passo 2 di 5 · Che cosa raccogliere ora</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="271"/>
        <source>Collecting takes time: tick the sources worth it now. The others stay in the catalogue, switched off, and can be switched on any time on the Sources page.</source>
        <translation>La raccolta richiede tempo: spunta le fonti da cui vale la pena raccogliere ora. Le altre restano nel catalogo, disattivate, e si possono attivare in qualsiasi momento nella pagina Fonti.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="277"/>
        <source>Choose a Sheet</source>
        <translation>Scegli un foglio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="280"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation>Questa cartella di lavoro ha più fogli. Quale contiene il feedback?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="296"/>
        <source>{name}   (hidden sheet)</source>
        <translation>{name}   (foglio nascosto)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="302"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation>Questo foglio è nascosto nella cartella di lavoro. Verifica che contenga i dati che vuoi prima di importarlo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="334"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation>Colonne di “{sheet}”: {columns}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="347"/>
        <source>Reading the sheet…</source>
        <translation>Lettura del foglio…</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation>Scorciatoia del bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation>Il tasto che etichetta i feedback con “{name}”: una lettera o un simbolo. Le cifre sono riservate ai punteggi. Lascialo vuoto per non avere una scorciatoia.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation>Tasto:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="65"/>
        <source>Tag the selected items with that need, or untag it when all have it</source>
        <translation>Etichetta gli elementi selezionati con quel bisogno, o rimuovi il tag se lo hanno già tutti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="67"/>
        <source>A need’s key</source>
        <translation>Il tasto di un bisogno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="68"/>
        <source>Select every item in the list</source>
        <translation>Seleziona tutti gli elementi dell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="70"/>
        <source>Extend the selection</source>
        <translation>Estendi la selezione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="72"/>
        <source>Bulk actions on the selection (tag, source, assign, status…)</source>
        <translation>Azioni di gruppo sulla selezione (tag, fonte, assegnazione, stato…)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="75"/>
        <source>Edit the selected cell of the responsibilities matrix</source>
        <translation>Modifica la cella selezionata della matrice delle responsabilità</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="146"/>
        <source>Tag or untag “{need}”</source>
        <translation>Aggiungi o rimuovi il tag “{need}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="162"/>
        <source>Main window</source>
        <translation>Finestra principale</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="254"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Nessuna scorciatoia corrisponde a “{text}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="267"/>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="268"/>
        <source>Filter by key or action</source>
        <translation>Filtra per tasto o azione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>Nobody yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Collect feedback from this source</source>
        <translation>&amp;Raccogli feedback da questa fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="85"/>
        <source>&amp;Web address:</source>
        <translation>Indirizzo &amp;web:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="86"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsabile:</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="29"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="30"/>
        <source>Review site</source>
        <translation>Sito di recensioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>Support desk</source>
        <translation>Assistenza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Survey</source>
        <translation>Sondaggio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="36"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Collect</source>
        <translation>Raccolta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="111"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation>Raccogli feedback da questa fonte. Se disattivata, una fonte conserva gli elementi che ha portato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="114"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation>Net Promoter Score delle risposte 0–10, con il margine di errore al 95% e il numero di risposte. * indica meno di 30.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="117"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation>La quota di questa fonte su tutti gli elementi del catalogo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="187"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>Solo %n risposta: meno di 30, quindi il margine di errore è ampio.</numerusform>
            <numerusform>Solo %n risposte: meno di 30, quindi il margine di errore è ampio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>{promoters} promotori, {passives} passivi, {detractors} detrattori</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="196"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation>Non in raccolta: è disattivata, i suoi elementi restano nel catalogo.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="301"/>
        <source>No sources yet</source>
        <translation>Ancora nessuna fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="302"/>
        <source>Add the places feedback comes from with Add Source…: review sites, social media, the support desk, surveys.</source>
        <translation>Aggiungi con Aggiungi fonte… i luoghi da cui arrivano i feedback: siti di recensioni, social media, l&apos;assistenza clienti, sondaggi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="350"/>
        <source>Listing sources…</source>
        <translation>Elenco delle fonti…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="383"/>
        <source>Could not list the sources: {error}</source>
        <translation>Impossibile elencare le fonti: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="396"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n fonte, </numerusform>
            <numerusform>%n fonti, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="397"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n in raccolta</numerusform>
            <numerusform>%n in raccolta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="399"/>
        <source>%Ln item(s) without a source</source>
        <translation>
            <numerusform>%Ln elemento senza fonte</numerusform>
            <numerusform>%Ln elementi senza fonte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="401"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation>* meno di 30 risposte: margine di errore ampio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="430"/>
        <source>Collect from {name}</source>
        <translation>Raccogli da {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="431"/>
        <source>Stop collecting from {name}</source>
        <translation>Interrompi la raccolta da {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="444"/>
        <source>Edit source {name}</source>
        <translation>Modifica fonte {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="477"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="488"/>
        <source>A source named “{name}” exists already.</source>
        <translation>Esiste già una fonte chiamata “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="494"/>
        <source>Add Source</source>
        <translation>Aggiungi fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="504"/>
        <source>Edit Source</source>
        <translation>Modifica fonte</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="532"/>
        <source>&amp;Add Source…</source>
        <translation>&amp;Aggiungi fonte…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="533"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="534"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="535"/>
        <source>Add a place feedback comes from</source>
        <translation>Aggiungi un luogo da cui arrivano i feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="536"/>
        <source>Change the selected source&apos;s name, kind, web address, notes or owner</source>
        <translation>Modifica nome, tipo, indirizzo web, note o responsabile della fonte selezionata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="538"/>
        <source>Delete the selected source; its items stay in the catalogue</source>
        <translation>Elimina la fonte selezionata; i suoi elementi restano nel catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="540"/>
        <source>No catalogue is open.</source>
        <translation>Nessun catalogo aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="183"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="194"/>
        <source>{name} is listed already.</source>
        <translation>{name} è già in elenco.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="221"/>
        <source>Step 1 of 5 · Your sources</source>
        <translation>Passo 1 di 5 · Le tue fonti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="223"/>
        <source>Every place customers talk about you is a source: marketplace reviews, social media, the support desk, surveys. Untick those you do not have and add your own.</source>
        <translation>Ogni luogo in cui i clienti parlano di te è una fonte: recensioni sui marketplace, social media, l&apos;assistenza clienti, sondaggi. Togli la spunta a quelle che non hai e aggiungi le tue.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="225"/>
        <source>Another source:</source>
        <translation>Altra fonte:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="226"/>
        <source>Name, e.g. Etsy or the shop&apos;s guest book</source>
        <translation>Nome, ad es. Etsy o il libro degli ospiti del negozio</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="227"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
</context>
<context>
    <name>SourcesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="70"/>
        <source>There is no source {id} in this catalogue.</source>
        <extracomment>Stored in source.kind; the UI shows a translated label for each. The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).</extracomment>
        <translation>In questo catalogo non c&apos;è la fonte {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="201"/>
        <source>A source needs a name.</source>
        <translation>Una fonte deve avere un nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="204"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>Il nome di una fonte può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="229"/>
        <source>A source named {name} exists already; names must differ by more than upper and lower case.</source>
        <translation>Esiste già una fonte chiamata {name}; i nomi devono differire per qualcosa di più delle maiuscole e minuscole.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="240"/>
        <source>There is no person {id} in this catalogue.</source>
        <translation>In questo catalogo non c&apos;è la persona {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="362"/>
        <source>Items cannot be moved to the source being deleted.</source>
        <translation>Gli elementi non possono essere spostati nella fonte che si sta eliminando.</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="49"/>
        <source>A rule needs a keyword, phrase or expression.</source>
        <translation>Una regola richiede una parola chiave, una frase o un&apos;espressione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="52"/>
        <source>A rule may be at most {limit} characters long.</source>
        <translation>Una regola può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="58"/>
        <source>The regular expression is not valid: {problem}.</source>
        <translation>L&apos;espressione regolare non è valida: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/rules.py" line="81"/>
        <source>There is no need with id {id}.</source>
        <translation>Non c&apos;è nessun bisogno con ID {id}.</translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %Ln item(s) with {need}</source>
        <translation>
            <numerusform>Etichetta %Ln elemento con {need}</numerusform>
            <numerusform>Etichetta %Ln elementi con {need}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %Ln item(s) from {need}</source>
        <translation>
            <numerusform>Rimuovi {need} da %Ln elemento</numerusform>
            <numerusform>Rimuovi {need} da %Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %Ln item(s) to {source}</source>
        <translation>
            <numerusform>Imposta la fonte di %Ln elemento su {source}</numerusform>
            <numerusform>Imposta la fonte di %Ln elementi su {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %Ln item(s) by rules</source>
        <translation>
            <numerusform>Etichetta %Ln elemento con le regole</numerusform>
            <numerusform>Etichetta %Ln elementi con le regole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation>Elaborazione in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>TaxonomyFiles</name>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="43"/>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
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
        <translation>riga {line}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="112"/>
        <source>{file}: a taxonomy file ends in .json or .csv.</source>
        <translation>{file}: un file di tassonomia deve avere estensione .json o .csv.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="163"/>
        <source>no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="166"/>
        <source>too large for a taxonomy of needs.</source>
        <translation>troppo grande per una tassonomia di bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="170"/>
        <source>this is not a taxonomy file (binary content).</source>
        <translation>questo non è un file di tassonomia (contenuto binario).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="176"/>
        <source>the text is not UTF-8.</source>
        <translation>il testo non è UTF-8.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="184"/>
        <source>{name} must be text, not {value}.</source>
        <translation>{name} deve essere un testo, non {value}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="199"/>
        <source>a uuid is at most {limit} characters long.</source>
        <translation>un uuid può contenere al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="208"/>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="210"/>
        <source>not valid JSON ({problem}).</source>
        <translation>JSON non valido ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="213"/>
        <source>this JSON is not a taxonomy of needs (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>questo JSON non è una tassonomia di bisogni (manca &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="218"/>
        <source>the taxonomy has no valid version number.</source>
        <translation>la tassonomia non ha un numero di versione valido.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="221"/>
        <source>written by a newer version of Advocacy Desktop (format {version}).</source>
        <translation>scritto da una versione più recente di Advocacy Desktop (formato {version}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="228"/>
        <source>must be a list of needs.</source>
        <translation>deve essere un elenco di bisogni.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="231"/>
        <source>needs nest deeper than {limit} levels.</source>
        <translation>i bisogni sono annidati oltre {limit} livelli.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="236"/>
        <source>a need must be an object.</source>
        <translation>un bisogno deve essere un oggetto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="240"/>
        <source>a need has no name.</source>
        <translation>un bisogno non ha nome.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="268"/>
        <source>this is not a taxonomy of needs: it has no &apos;path&apos; column.</source>
        <translation>questo non è una tassonomia di bisogni: manca la colonna &apos;path&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="284"/>
        <source>the path is empty.</source>
        <translation>il percorso è vuoto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="288"/>
        <source>the path is deeper than {limit}.</source>
        <translation>il percorso supera i {limit} livelli.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="291"/>
        <source>the path {path} has an empty name.</source>
        <translation>il percorso {path} contiene un nome vuoto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="296"/>
        <source>not valid CSV ({problem}).</source>
        <translation>CSV non valido ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="311"/>
        <source>this is not a taxonomy file (it looks like HTML).</source>
        <translation>questo non è un file di tassonomia (sembra HTML).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="378"/>
        <source>{where}: the key {key} stays the shortcut of {holder}; {need} gets none.</source>
        <translation>{where}: il tasto {key} resta la scorciatoia di {holder}; {need} non ne riceve nessuna.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="397"/>
        <source>{where}: {need} stays where it is: {problem}</source>
        <translation>{where}: {need} resta dov&apos;è: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="405"/>
        <source>{where}: not renamed: {problem}</source>
        <translation>{where}: non rinominato: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation>Connetti al catalogo di team</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation>Oppure un indirizzo completo (viene aggiunta la password indicata sopra)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation>Cataloghi di team recenti:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation>Non salvata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation>La password non viene salvata. Un catalogo di team risiede sul server: più persone possono lavorarci contemporaneamente e l&apos;amministratore del server ne conserva i backup.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation>Memorizza la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation>Connetti al catalogo di &amp;team…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation>Apri un catalogo condiviso in un database PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation>Connessione a {address}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation>Creare lo schema?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation>Il database {address} è vuoto. Creare un nuovo catalogo di team al suo interno?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation>Aggiornare il catalogo di team?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation>{address} è stato creato con una versione precedente. Aggiornarlo ora? Dopo l&apos;aggiornamento, chiunque lo usi avrà bisogno di questa versione di Advocacy Desktop.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation>Impossibile connettersi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation>Impossibile aprire il catalogo di team {address}</translation>
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
        <translation>Il metodo in cinque passi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="78"/>
        <source>Customer Advocacy means acting for the customer’s good until they recommend you. The app serves the five steps of the method, each on its own page:</source>
        <translation>Customer Advocacy significa agire per il bene del cliente finché non vi raccomanda. L&apos;app supporta i cinque passi del metodo, ognuno nella sua pagina:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="81"/>
        <source>The pages are listed on the left; {first} to {last} switch between them.</source>
        <translation>Le pagine sono elencate a sinistra; si passa dall&apos;una all&apos;altra con i tasti da {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="84"/>
        <source>Identify every source of information about your customers: {page}.</source>
        <translation>Individuare ogni fonte di informazioni sui clienti: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="86"/>
        <source>Select the sources worth collecting from: the “collect from this source” switch on {page}.</source>
        <translation>Selezionare le fonti da cui vale la pena raccogliere: l&apos;opzione “raccogli feedback da questa fonte” nella pagina {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="88"/>
        <source>Collect and catalogue feedback under a shared scheme of needs: {import_file}, {needs} and {feedback}.</source>
        <translation>Raccogliere e catalogare i feedback secondo uno schema condiviso di bisogni: {import_file} e le pagine {needs} e {feedback}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="91"/>
        <source>Analyse it: NPS with its margin of error, its trend and the needs that cost the most NPS, on {page}.</source>
        <translation>Analizzarli: l&apos;NPS con il suo margine di errore, la sua tendenza e i bisogni che costano più NPS, nella pagina {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="94"/>
        <source>Define who is responsible for each need, source and item, and answer detractors in time: {page}.</source>
        <translation>Definire chi è responsabile di ogni bisogno, fonte ed elemento, e rispondere in tempo ai detrattori: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="99"/>
        <source>Every catalogue starts with Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and survey. Each source has a kind, a web address, notes and an owner, and shows its items, its share and its NPS with the margin of error.</source>
        <translation>Ogni catalogo parte con Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, l&apos;assistenza, l&apos;e-mail, il telefono e il sondaggio. Ogni fonte ha un tipo, un indirizzo web, delle note e un responsabile, e mostra i suoi elementi, la sua quota e il suo NPS con il margine di errore.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="103"/>
        <source>Switching a source off stops collecting from it; what it brought stays in the catalogue.</source>
        <translation>Disattivare una fonte interrompe la raccolta da essa; ciò che ha già portato resta nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="106"/>
        <source>Importing feedback</source>
        <translation>Importare i feedback</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="107"/>
        <source>{import_file}, or drop a spreadsheet on the window, opens the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt files, tells the format from the content, and maps the columns from their headers in English, German, Italian, Indonesian, Turkish or Korean.</source>
        <translation>{import_file}, o il trascinamento di un foglio di calcolo sulla finestra, apre la procedura guidata di importazione. Legge file .xlsx, .xlsm, .ods, .csv, .tsv e .txt, riconosce il formato dal contenuto e abbina le colonne in base alle intestazioni in inglese, tedesco, italiano, indonesiano, turco o coreano.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="112"/>
        <source>Every value is checked. A score must be a whole number from 0 to 10 from a column that asks about recommending; star ratings are kept apart and never counted as NPS. When text dates are ambiguous (05/01/2025) you are asked for their order; nothing is guessed.</source>
        <translation>Ogni valore viene controllato. Un punteggio deve essere un numero intero da 0 a 10 proveniente da una colonna che chiede della raccomandazione; le valutazioni a stelle restano separate e non vengono mai contate nell&apos;NPS. Quando le date scritte come testo sono ambigue (05/01/2025) ti viene chiesto il loro ordine: niente viene lasciato al caso.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="116"/>
        <source>All valid rows are written at once: a crash or Cancel leaves all or nothing. Importing the same rows again adds nothing. Columns mapped to no field are kept with each item.</source>
        <translation>Tutte le righe valide vengono scritte in un colpo solo: se il programma si blocca o premi Annulla, viene scritto tutto o niente. Importare di nuovo le stesse righe non aggiunge nulla. Le colonne non abbinate a nessun campo vengono conservate con ogni elemento.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="119"/>
        <source>Rejected rows are kept with their row, column, value and reason. {imports} lists every import with its rejected rows; export them to a spreadsheet, fix them and import that file again. An import can also be undone there.</source>
        <translation>Le righe rifiutate vengono conservate con riga, colonna, valore e motivo. La pagina {imports} elenca ogni importazione con le sue righe rifiutate: esportale in un foglio di calcolo, correggile e importa di nuovo quel file. Lì si può anche annullare un&apos;importazione.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="124"/>
        <source>Needs and tagging</source>
        <translation>Bisogni ed etichettatura</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="125"/>
        <source>{needs} holds the taxonomy of customer needs, as a tree (Price ▸ Discounts), each with a colour and a one-key shortcut. Renaming, moving, merging and deleting never lose tagged items, and every change can be undone. The taxonomy travels as a JSON or CSV file that a team or a client can adopt.</source>
        <translation>La pagina {needs} contiene la tassonomia dei bisogni dei clienti, organizzata ad albero (Prezzo ▸ Sconti), ognuno con un colore e una scorciatoia da un tasto. Rinominando, spostando, unendo o eliminando i bisogni non si perde mai nessun elemento etichettato, e ogni modifica si può annullare. La tassonomia si condivide come file JSON o CSV che un team o un cliente può adottare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="130"/>
        <source>On {feedback}, filter the list, select items and press a need’s key to tag them all; press it again to untag. You can also tick the needs beside the list or drag the items onto a need. The context menu tags, untags, sets the source, assigns and sets the status of every selected item at once.</source>
        <translation>Nella pagina {feedback} filtra l&apos;elenco, seleziona gli elementi e premi il tasto di un bisogno per etichettarli tutti; premilo di nuovo per rimuovere il tag. Puoi anche spuntare i bisogni accanto all&apos;elenco o trascinare gli elementi su un bisogno. Il menu contestuale aggiunge e rimuove tag, imposta la fonte, assegna e imposta lo stato di tutti gli elementi selezionati in una volta sola.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="135"/>
        <source>Auto-tag rules (keywords, phrases or regular expressions, in all six languages) run on every import and on demand.</source>
        <translation>Le regole di etichettatura automatica (parole chiave, frasi o espressioni regolari, in tutte e sei le lingue) vengono eseguite a ogni importazione e su richiesta.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="138"/>
        <source>NPS and its margin of error</source>
        <translation>L&apos;NPS e il suo margine di errore</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="139"/>
        <source>Only answers to “How likely are you to recommend us?” on 0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.</source>
        <translation>Contano solo le risposte da 0 a 10 alla domanda “Quanto è probabile che ci raccomandi?”. I promotori rispondono 9 o 10, i passivi 7 o 8, i detrattori da 0 a 6. L&apos;NPS è la percentuale di promotori meno la percentuale di detrattori, da −100 a +100.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="143"/>
        <source>Every NPS comes with its 95% margin of error (the adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give −35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change between two periods is called significant only when their intervals do not overlap.</source>
        <translation>Ogni NPS è accompagnato dal suo margine di errore al 95% (metodo di Wald corretto): 8 promotori, 9 passivi e 22 detrattori danno −35,9 ± 24,2. Un gruppo con meno di 30 risposte viene segnalato, e una variazione tra due periodi è considerata significativa solo quando i loro intervalli non si sovrappongono.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="148"/>
        <source>{dashboard} shows what the filter of {feedback} keeps: the NPS, its trend (also over rolling 30 or 90 days), the answers by score, NPS by source, and the open items by owner.</source>
        <translation>La pagina {dashboard} mostra ciò che il filtro della pagina {feedback} mantiene: l&apos;NPS, la sua tendenza (anche come media mobile su 30 o 90 giorni), le risposte per punteggio, l&apos;NPS per fonte e gli elementi aperti per responsabile.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="153"/>
        <source>Needs ranked by their cost in NPS</source>
        <translation>Bisogni ordinati per costo in NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="154"/>
        <source>A need whose items hold d of the n answers’ detractors costs 100 × d / n NPS points: had those detractors been passives, the NPS would be that much higher. With 1,000 answers and 60 detractors tagged “Delivery”, Delivery costs 6 points.</source>
        <translation>Un bisogno i cui elementi contengono d dei detrattori delle n risposte costa 100 × d / n punti NPS: se quei detrattori fossero stati passivi, l&apos;NPS sarebbe stato più alto di altrettanto. Con 1.000 risposte e 60 detrattori etichettati “Consegna”, Consegna costa 6 punti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="158"/>
        <source>The dashboard ranks the needs by this cost, with its interval and the need’s share of all detractors. An item with two needs counts for both, so the costs do not add up.</source>
        <translation>La dashboard ordina i bisogni in base a questo costo, con il suo intervallo e la quota del bisogno su tutti i detrattori. Un elemento con due bisogni conta per entrambi, quindi i costi non si sommano.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="162"/>
        <source>Roles and the follow-up queue</source>
        <translation>Ruoli e coda di follow-up</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="163"/>
        <source>{people} lists the people and their roles (the four maturity levels, support agent, product owner and your own), a matrix of who is Responsible, Accountable, Consulted and Informed for every need and source with the gaps in red, and the maturity level reached with what the next one needs.</source>
        <translation>La pagina {people} elenca le persone e i loro ruoli (i quattro livelli di maturità, operatore dell&apos;assistenza, product owner e i tuoi), una matrice di chi è Responsabile, Approvatore, Consultato e Informato per ogni bisogno e fonte, con le lacune in rosso, e il livello di maturità raggiunto con ciò che serve per il successivo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="168"/>
        <source>New and newly tagged items go to whoever is responsible for their need or source. The follow-up queue lists the detractors not yet contacted, due a set number of working days after their feedback (2 by default); overdue ones are red. Choose a person to see their own queue; the workload per person and per need is shown beside it.</source>
        <translation>Gli elementi nuovi o appena etichettati vengono assegnati a chi è responsabile del loro bisogno o della loro fonte. La coda di follow-up elenca i detrattori non ancora contattati, con scadenza un certo numero di giorni lavorativi dopo il loro feedback (2 per impostazione predefinita); quelli scaduti sono in rosso. Scegli una persona per vedere la sua coda; accanto è mostrato il carico di lavoro per persona e per bisogno.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="175"/>
        <source>Brand advocates are customers whose latest answer is 9 or 10. {advocates} lists them with what was last done for them, most in need of attention first, and the customers at risk: fallen promoters and repeat detractors.</source>
        <translation>Gli ambasciatori del marchio sono i clienti la cui ultima risposta è 9 o 10. La pagina {advocates} li elenca con ciò che è stato fatto per loro l&apos;ultima volta, prima quelli che hanno più bisogno di attenzione, e mostra i clienti a rischio: promotori persi e detrattori ricorrenti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="179"/>
        <source>The care log records the six practices that keep advocates: mutual respect, appreciation, accessibility, active listening, recognition and presence. Duplicate customers can be found and merged.</source>
        <translation>Il registro delle attenzioni tiene traccia delle sei pratiche che mantengono gli ambasciatori: rispetto reciproco, apprezzamento, accessibilità, ascolto attivo, riconoscimento e presenza. I clienti duplicati si possono trovare e unire.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="184"/>
        <source>Catalogue files, backups and teams</source>
        <translation>File di catalogo, backup e team</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="185"/>
        <source>A catalogue is one .advocacy file you can carry around. It is checked when opened; a damaged file or another application’s is refused, and an older catalogue is upgraded only after a backup beside it.</source>
        <translation>Un catalogo è un unico file .advocacy che puoi portare con te. Viene controllato all&apos;apertura: un file danneggiato o di un&apos;altra applicazione viene rifiutato, e un catalogo di una versione precedente viene aggiornato solo dopo averne salvato un backup accanto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="189"/>
        <source>{backup} saves a consistent copy at any time, even while you work. When someone else has the catalogue open you are told who, and offered to open it read-only.</source>
        <translation>{backup} salva una copia coerente in qualsiasi momento, anche mentre lavori. Quando qualcun altro ha aperto il catalogo, ti viene detto chi è e ti viene proposto di aprirlo in sola lettura.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="192"/>
        <source>{merge} brings in another catalogue (from a laptop in the field, say): conflicts are listed with both values and nothing is overwritten unless you choose so.</source>
        <translation>{merge} porta in questo catalogo un altro catalogo (ad esempio da un portatile usato sul campo): i conflitti vengono elencati con entrambi i valori e nulla viene sovrascritto se non sei tu a sceglierlo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="195"/>
        <source>A team shares one PostgreSQL database instead of a file: {team}. The password is never written to the settings (where a system keyring is available you may keep it there). Two people editing the same item never lose a change: the second is told who changed it.</source>
        <translation>Un team condivide un unico database PostgreSQL invece di un file: {team}. La password non viene mai scritta nelle impostazioni (se è disponibile un portachiavi di sistema, puoi conservarla lì). Due persone che modificano lo stesso elemento non perdono mai una modifica: la seconda viene informata di chi l&apos;ha cambiato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="202"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="203"/>
        <source>{erase} on {advocates} erases one customer’s personal data for good; their anonymous scores stay in the statistics. This cannot be undone.</source>
        <translation>{erase} nella pagina {advocates} cancella definitivamente i dati personali di un cliente; i suoi punteggi anonimi restano nelle statistiche. Questa operazione non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="206"/>
        <source>To share data outside the organisation, export it pseudonymised from the command line (advocacy export … --pseudonymise, also for the NPS report): customers become stable pseudonyms and their contact data is removed; the export is recorded.</source>
        <translation>Per condividere i dati fuori dall&apos;organizzazione, esportali pseudonimizzati dalla riga di comando (advocacy export … --pseudonymise, anche per il report NPS): i clienti diventano pseudonimi stabili e i loro dati di contatto vengono rimossi; l&apos;esportazione viene registrata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="211"/>
        <source>Language, theme and keys</source>
        <translation>Lingua, tema e tasti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="212"/>
        <source>{preferences} chooses the language and a light or dark theme; both apply at once. {shortcuts} lists every key.</source>
        <translation>{preferences} permette di scegliere la lingua e un tema chiaro o scuro; entrambi si applicano subito. {shortcuts} elenca tutti i tasti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="223"/>
        <source>Advocacy Desktop User Guide</source>
        <translation>Manuale utente di Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="224"/>
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="264"/>
        <source>User Guide</source>
        <translation>Manuale utente</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="111"/>
        <source>Welcome to Advocacy Desktop</source>
        <translation>Ti diamo il benvenuto in Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="113"/>
        <source>Five short steps set up your first catalogue, following the method the app is built on. Every choice can be changed later.</source>
        <translation>In cinque brevi passi configuri il tuo primo catalogo, seguendo il metodo su cui si basa l&apos;app. Potrai cambiare ogni scelta in seguito.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="116"/>
        <source>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; — where your customers talk about you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selection&lt;/b&gt; — which sources are worth collecting from now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A scheme&lt;/b&gt; — the customer needs you catalogue feedback by.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis&lt;/b&gt; — Net Promoter Score and what each need costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roles&lt;/b&gt; — who takes care of what.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Fonti&lt;/b&gt; — dove i tuoi clienti parlano di te.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selezione&lt;/b&gt; — da quali fonti vale la pena raccogliere ora.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uno schema&lt;/b&gt; — i bisogni dei clienti in base ai quali catalogare i feedback.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analisi&lt;/b&gt; — il Net Promoter Score e quanto costa ogni bisogno.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ruoli&lt;/b&gt; — chi si occupa di cosa.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="123"/>
        <source>No data of your own yet? Look around a demo first: it is a separate file, and this guide can be run again from the Help menu.</source>
        <translation>Non hai ancora dati tuoi? Dai prima un&apos;occhiata a una demo: è un file separato, e questa guida si può riavviare dal menu Aiuto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="125"/>
        <source>Explore a Demo Catalogue</source>
        <translation>Esplora un catalogo demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="127"/>
        <source>A year of a small shop&apos;s feedback in six languages, tagged, assigned and followed up.</source>
        <translation>Un anno di feedback di un piccolo negozio, in sei lingue, etichettati, assegnati e seguiti.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="67"/>
        <source>There is no item with id {id}.</source>
        <translation>Non c&apos;è nessun elemento con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="182"/>
        <source>There is no person with id {id}.</source>
        <translation>Non c&apos;è nessuna persona con ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="203"/>
        <source>&quot;{status}&quot; is not a status (statuses: {statuses}).</source>
        <translation>&quot;{status}&quot; non è uno stato (stati: {statuses}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="217"/>
        <source>Item {item} is {status}: it cannot move to {wanted} (allowed: {allowed}).</source>
        <translation>L&apos;elemento {item} è nello stato {status}: non può passare a {wanted} (consentiti: {allowed}).</translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %Ln item(s) to {person}</source>
        <translation>
            <numerusform>Assegna %Ln elemento a {person}</numerusform>
            <numerusform>Assegna %Ln elementi a {person}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %Ln item(s)</source>
        <translation>
            <numerusform>Rimuovi l&apos;assegnazione di %Ln elemento</numerusform>
            <numerusform>Rimuovi l&apos;assegnazione di %Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %Ln item(s) to {status}</source>
        <translation>
            <numerusform>Imposta lo stato di %Ln elemento su {status}</numerusform>
            <numerusform>Imposta lo stato di %Ln elementi su {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %Ln item(s) contacted</source>
        <translation>
            <numerusform>Segna %Ln elemento come contattato</numerusform>
            <numerusform>Segna %Ln elementi come contattati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %Ln item(s)</source>
        <translation>
            <numerusform>Imposta la scadenza di %Ln elemento</numerusform>
            <numerusform>Imposta la scadenza di %Ln elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %Ln item(s)</source>
        <translation>
            <numerusform>Imposta le note di %Ln elemento</numerusform>
            <numerusform>Imposta le note di %Ln elementi</numerusform>
        </translation>
    </message>
</context>
</TS>
