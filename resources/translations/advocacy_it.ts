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
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="218"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Nessun catalogo aperto. Creane uno con File ▸ Nuovo catalogo… oppure aprine uno con File ▸ Apri….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="222"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Questa pagina arriverà in una versione successiva. Il catalogo è aperto; File ▸ Backup… ne salva in qualsiasi momento una copia sicura.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="155"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nuovo catalogo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="156"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Crea un nuovo file di catalogo vuoto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>Open an existing catalogue file</source>
        <translation>Apri un file di catalogo esistente</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Svuota menu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Salva una copia coerente del catalogo aperto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="169"/>
        <source>&amp;Navigation Panel</source>
        <translation>Pannello di &amp;navigazione</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="172"/>
        <source>&amp;Full Screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;System Default</source>
        <translation>Predefinita di &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>&amp;Informazioni su Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annulla {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ripeti {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="177"/>
        <source>{name} is already open.</source>
        <translation>{name} è già aperto.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="187"/>
        <source>Opening {name}…</source>
        <translation>Apertura di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="205"/>
        <source>Creating {name}…</source>
        <translation>Creazione di {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="215"/>
        <source>Customer feedback</source>
        <translation>Feedback dei clienti</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="218"/>
        <source>New Catalogue</source>
        <translation>Nuovo catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="233"/>
        <source>Open Catalogue</source>
        <translation>Apri catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="240"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>L&apos;ultimo catalogo usato, {path}, non esiste più.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="262"/>
        <source>Back Up Catalogue</source>
        <translation>Backup del catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>Backing up {name}…</source>
        <translation>Backup di {name} in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="275"/>
        <source>Backup cancelled.</source>
        <translation>Backup annullato.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="287"/>
        <source>Counting…</source>
        <translation>Conteggio in corso…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="304"/>
        <source>Opened {path}</source>
        <translation>Aperto {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="313"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>È stato rimosso dall&apos;elenco dei cataloghi recenti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="315"/>
        <source>Cannot Open Catalogue</source>
        <translation>Impossibile aprire il catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="316"/>
        <source>Could not open {path}</source>
        <translation>Impossibile aprire {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="323"/>
        <source>Cannot Create Catalogue</source>
        <translation>Impossibile creare il catalogo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="324"/>
        <source>Could not create {path}</source>
        <translation>Impossibile creare {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="333"/>
        <source>Opening {name} was cancelled.</source>
        <translation>L&apos;apertura di {name} è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved to {path}</source>
        <translation>Backup salvato in {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="343"/>
        <source>Backup Failed</source>
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="344"/>
        <source>Could not back up to {path}</source>
        <translation>Impossibile eseguire il backup in {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="414"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Cataloghi Advocacy (*.advocacy);;Tutti i file (*)</translation>
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
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Passo 3 del metodo · Raccogliere</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Ogni file importato nel catalogo, con le righe scartate e il motivo, per poterle correggere e importare di nuovo.</translation>
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
</TS>
