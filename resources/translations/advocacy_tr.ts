<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation>Müşterileriniz hakkındaki her bilgi kaynağını belirleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation>Toplamaya değer kaynakları seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation>Geri bildirimleri toplayın ve açık bir ihtiyaç şemasına göre kataloglayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation>Analiz edin: NPS, eğilimler ve NPS&apos;yi en çok düşüren ihtiyaçlar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation>Her ihtiyaç, kaynak ve öğeden kimin sorumlu olduğunu tanımlayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation>Lisans: {licence}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation>Customer Advocacy için çevrimdışı bir müşteri geri bildirimi kataloğu: müşteri sizi tavsiye edene kadar onun iyiliği için hareket etmek. Yöntemin beş adımına hizmet eder:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation>{name} Hakkında</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation>Katalog salt okunur açıldı: okunabilir ancak değiştirilemez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation>Açık katalog yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89"/>
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln geri bildirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln ihtiyaç</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln rol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln içe aktarma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>gözden geçirilecek %Ln reddedilmiş satır</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="218"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Açık katalog yok. Dosya ▸ Yeni Katalog… ile bir katalog oluşturun veya Dosya ▸ Aç… ile bir katalog açın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="222"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Bu sayfa sonraki bir sürümde gelecek. Kataloğunuz açık; Dosya ▸ Yedekle… ile istediğiniz zaman güvenli bir kopyasını kaydedebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="155"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Yeni Katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="156"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Yeni, boş bir katalog dosyası oluştur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>Open an existing catalogue file</source>
        <translation>Var olan bir katalog dosyasını aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Open &amp;Recent</source>
        <translation>Son &amp;Kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Clear Menu</source>
        <translation>Menüyü &amp;Temizle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>&amp;Backup…</source>
        <translation>Y&amp;edekle…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Açık kataloğun tutarlı bir kopyasını kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="169"/>
        <source>&amp;Navigation Panel</source>
        <translation>&amp;Gezinme Paneli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="172"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam Ekran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;System Default</source>
        <translation>&amp;Sistem Varsayılanı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Advocacy Desktop &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Geri Al: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Yinele: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="177"/>
        <source>{name} is already open.</source>
        <translation>{name} zaten açık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="187"/>
        <source>Opening {name}…</source>
        <translation>{name} açılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="205"/>
        <source>Creating {name}…</source>
        <translation>{name} oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="215"/>
        <source>Customer feedback</source>
        <translation>Müşteri geri bildirimleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="218"/>
        <source>New Catalogue</source>
        <translation>Yeni Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="233"/>
        <source>Open Catalogue</source>
        <translation>Katalog Aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="240"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Son kullanılan katalog ({path}) artık yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="262"/>
        <source>Back Up Catalogue</source>
        <translation>Kataloğu Yedekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>Backing up {name}…</source>
        <translation>{name} yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="275"/>
        <source>Backup cancelled.</source>
        <translation>Yedekleme iptal edildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="287"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="304"/>
        <source>Opened {path}</source>
        <translation>{path} açıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="313"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Son kullanılan kataloglar listesinden kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="315"/>
        <source>Cannot Open Catalogue</source>
        <translation>Katalog Açılamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="316"/>
        <source>Could not open {path}</source>
        <translation>{path} açılamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="323"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog Oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="324"/>
        <source>Could not create {path}</source>
        <translation>{path} oluşturulamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="333"/>
        <source>Opening {name} was cancelled.</source>
        <translation>{name} açma işlemi iptal edildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved to {path}</source>
        <translation>Yedek kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="343"/>
        <source>Backup Failed</source>
        <translation>Yedekleme Başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="344"/>
        <source>Could not back up to {path}</source>
        <translation>{path} konumuna yedeklenemedi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="414"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy katalogları (*.advocacy);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation>Yöntemin 4. adımı · Analiz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation>Kataloğun bir bakışta durumu: hata payıyla birlikte NPS, zaman içindeki eğilimi ve NPS&apos;yi en çok düşüren müşteri ihtiyaçları.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation>Geri Bildirim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation>Yöntemin 3. adımı · Toplama ve kataloglama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation>Katalogdaki her müşteri geri bildirimi: okumak, dile getirdiği ihtiyaçlarla etiketlemek ve takip edecek kişiye atamak için.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation>Yöntemin 1. ve 2. adımları · Belirleme ve seçme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation>Geri bildirimlerin geldiği yerler: inceleme siteleri, sosyal medya, destek masası, anketler. Her kaynak, getirdiklerini kaybetmeden kapatılabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation>Yöntemin 3. adımı · Ortak bir şema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation>Geri bildirimlerin altında kataloglandığı müşteri ihtiyaçları taksonomisi; bir ekip veya müşteriyle dosya olarak paylaşılacak kadar açık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation>Kişiler ve roller</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation>Yöntemin 5. adımı · Roller ve sorumluluklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation>Hangi ihtiyacın, kaynağın ve geri bildirimin sahibinin kim olduğu: kuruluştaki kişiler, rolleri ve kimin neyden sorumlu olduğu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Imports</source>
        <translation>İçe Aktarmalar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Yöntemin 3. adımı · Toplama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Kataloğa aktarılan her dosya; reddedilen satırlar ve nedenleriyle birlikte, düzeltilip yeniden içe aktarılabilmeleri için.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation>İşleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
</TS>
