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
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="27"/>
        <source>Add Person</source>
        <translation>Kişi Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="41"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Roller:</translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="295"/>
        <source>Never</source>
        <translation>Hiç</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="320"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>Gecikmiş %n sorunu var: önce bunları çözün.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="327"/>
        <source>Problem overdue</source>
        <translation>Gecikmiş sorun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="329"/>
        <source>Due attention</source>
        <translation>İlgi bekliyor</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Finding advocates…</source>
        <translation>Marka elçileri bulunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="241"/>
        <source>Finding customers at risk…</source>
        <translation>Risk altındaki müşteriler bulunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="244"/>
        <source>Listing people…</source>
        <translation>Kişiler listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="286"/>
        <source>Could not read the advocates: {error}</source>
        <translation>Marka elçileri okunamadı: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="375"/>
        <source>Log {practice} for {name}</source>
        <translation>{name} için {practice} kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="385"/>
        <source>{practice} logged for {name}.</source>
        <translation>{name} için {practice} kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="393"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation>{name} için {day} tarihli {practice} kaydını sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="425"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>Marka elçileri artık %n gün ilgi görmediğinde ilgi bekliyor olarak işaretlenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="445"/>
        <source>Merge customer {other} into {keep}</source>
        <translation>{other} müşterisini {keep} ile birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="481"/>
        <source>Erasing the personal data of {name}…</source>
        <translation>{name} kişisel verileri siliniyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="489"/>
        <source>Personal data of {name} erased from %Ln item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>{name} kişisel verileri %Ln kayıttan silindi; puanları istatistiklerde kalır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln marka elçisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="542"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln ilgi bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="544"/>
        <source>%Ln with a problem overdue</source>
        <translation>
            <numerusform>gecikmiş sorunu olan %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>%Ln customer(s) at risk</source>
        <translation>
            <numerusform>risk altında %Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="553"/>
        <source>%Ln fallen promoter(s)</source>
        <translation>
            <numerusform>%Ln gerileyen destekçi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="554"/>
        <source>%Ln repeat detractor(s)</source>
        <translation>
            <numerusform>%Ln tekrarlayan eleştirmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="557"/>
        <source>Advocates (%Ln)</source>
        <translation>
            <numerusform>Marka Elçileri (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="558"/>
        <source>At Risk (%Ln)</source>
        <translation>
            <numerusform>Risk Altında (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="497"/>
        <source>Advocates</source>
        <translation>Marka Elçileri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="503"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Açık katalog yok. Dosya ▸ Yeni Katalog… ile bir katalog oluşturun veya Dosya ▸ Aç… ile bir katalog açın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="506"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation>Henüz müşteri yok. Müşteri numarası, e-posta veya ad sütunu olan bir dosya içe aktarın (Dosya ▸ Dosya İçe Aktar…): her yanıt müşterisine bağlanır ve son yanıtı 9 veya 10 olanlar burada marka elçisi olarak görünür.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="515"/>
        <source>Reading the catalogue…</source>
        <translation>Katalog okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>Nobody matches “{text}”.</source>
        <translation>“{text}” ile eşleşen kimse yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="520"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>Şu anda ilgi bekleyen marka elçisi yok: her biri son %n gün içinde ilgi gördü ve hiçbirinin gecikmiş sorunu yok.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation>Henüz marka elçisi yok: hiçbir müşterinin son yanıtı 9 veya 10 değil. Risk Altında sekmesi uzaklaşanları gösterir; Müşteriler sekmesi herkesi listeler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="528"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation>Risk altında kimse yok: eski destekçilerin hiçbirinin son yanıtı 9&apos;un altına düşmedi ve hiçbir müşteri bir yıl içinde iki kez 0–6 yanıtı vermedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="531"/>
        <source>Reading the customers…</source>
        <translation>Müşteriler okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="559"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>gün ilgi görmeyince</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Only those needing &amp;attention</source>
        <translation>Yalnızca &amp;ilgi bekleyenler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Hatırlatma süresi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Search advocates by name</source>
        <translation>Marka elçilerini ada göre ara</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="573"/>
        <source>Search by name</source>
        <translation>Ada göre ara</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="575"/>
        <source>Search name, e-mail, id</source>
        <translation>Ad, e-posta, numara ara</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="576"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Yinelenenleri Bul…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="578"/>
        <source>Find customers recorded more than once and merge them</source>
        <translation>Birden fazla kez kaydedilmiş müşterileri bul ve birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="579"/>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="75"/>
        <source>&amp;Erase Personal Data…</source>
        <translation>Kişisel Verileri &amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="581"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation>Talep üzerine seçili müşterinin adını, e-postasını, numarasını ve yorumlarını siler; anonim puanları korunur. Geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>AdvocatesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="394"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Bu müşterinin kişisel verileri silindi: ilgi günlüğü kapatıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="403"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı kişi yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="417"/>
        <source>“{practice}” is not one of the practices: {practices}.</source>
        <translation>“{practice}” uygulamalardan biri değil: {practices}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="421"/>
        <source>The day of a care entry must be a date.</source>
        <translation>Bir ilgi kaydının günü bir tarih olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="424"/>
        <source>{day} is in the future: log what was done.</source>
        <translation>{day} gelecekte bir tarih: yapılmış olanı kaydedin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="429"/>
        <source>A note can have at most {limit} characters.</source>
        <translation>Bir not en fazla {limit} karakter olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="453"/>
        <source>There is no care entry {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı ilgi kaydı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="469"/>
        <source>Care entry {id} is in the catalogue already.</source>
        <translation>{id} numaralı ilgi kaydı katalogda zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="507"/>
        <source>The care interval must be a whole number of days from 1 to {limit}.</source>
        <translation>İlgi aralığı, 1 ile {limit} arasında tam bir gün sayısı olmalıdır.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="384"/>
        <source>Step 4 of 5 · Analysis</source>
        <translation>Adım 4 / 5 · Analiz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="385"/>
        <source>What the app measures, and how far to trust it.</source>
        <translation>Uygulamanın neyi ölçtüğü ve buna ne kadar güvenilebileceği.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="387"/>
        <source>Net Promoter Score asks one question: “How likely are you to recommend us?”, answered from 0 to 10. Star ratings are kept apart and never counted as NPS.</source>
        <translation>Net Tavsiye Skoru tek bir soru sorar: “Bizi tavsiye etme olasılığınız nedir?” Yanıt 0 ile 10 arasında verilir. Yıldız değerlendirmeleri ayrı tutulur ve asla NPS&apos;e sayılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Detractors</source>
        <translation>Eleştirmenler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Passives</source>
        <translation>Pasifler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="390"/>
        <source>Promoters</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="392"/>
        <source>NPS = % promoters − % detractors   (−100 to +100)</source>
        <translation>NPS = %destekçi − %eleştirmen   (−100 ile +100 arası)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="394"/>
        <source>Every NPS comes with its margin of error, so that noise in a small sample is not taken for news; the Dashboard shows NPS per source and over time, and ranks the needs by the NPS points they cost.</source>
        <translation>Her NPS hata payıyla birlikte verilir; böylece küçük bir örneklemdeki rastlantısal oynamalar gerçek bir değişim sanılmaz. Pano, NPS&apos;yi kaynağa göre ve zaman içinde gösterir; ihtiyaçları da NPS&apos;den götürdükleri puana göre sıralar.</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="379"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n açık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="381"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n gecikmiş</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="396"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation>{d1} tarihinde {a}, {d2} tarihinde {b}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Read</source>
        <translation>Okunan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Imported</source>
        <translation>İçe aktarılan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Duplicates</source>
        <translation>Yinelenen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="83"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="88"/>
        <source>Undone</source>
        <translation>Geri alındı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="90"/>
        <source>Imported, {count} left</source>
        <translation>İçe aktarıldı, {count} kaldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="91"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation>İçe aktarıldı</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="45"/>
        <source>Log a Practice</source>
        <translation>Uygulama Kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="49"/>
        <source>What was done for {name}?</source>
        <translation>{name} için ne yapıldı?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="77"/>
        <source>— Not recorded —</source>
        <translation>— Kaydedilmedi —</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="84"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation>Ne yapıldı ve nasıl tepki verdi (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="91"/>
        <source>&amp;Practice:</source>
        <translation>&amp;Uygulama:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Day:</source>
        <translation>&amp;Gün:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>&amp;Kim:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="95"/>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>&amp;Log</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="120"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>%n açık kaydı var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="122"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n gecikmiş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation>Karşılıklı saygı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation>Bildirdikleri sorunlar hızla çözülür.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Appreciation</source>
        <translation>Takdir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Thank them for speaking for us.</source>
        <translation>Bizi savundukları için onlara teşekkür edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Accessibility</source>
        <translation>Erişilebilirlik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Make it easy for them to reach us.</source>
        <translation>Bize kolayca ulaşabilmelerini sağlayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Active listening</source>
        <translation>Aktif dinleme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Ask their opinion, and act on it.</source>
        <translation>Görüşlerini sorun ve buna göre harekete geçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="58"/>
        <source>Recognition</source>
        <translation>Tanıma</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="59"/>
        <source>Credit them publicly.</source>
        <translation>Katkılarını herkesin önünde belirtin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Presence</source>
        <translation>Varlık gösterme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Be where they speak for us.</source>
        <translation>Bizi savundukları yerlerde bulunun.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>Fallen promoter</source>
        <translation>Gerileyen destekçi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Repeat detractor</source>
        <translation>Tekrarlayan eleştirmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Triaged</source>
        <translation>Sınıflandırıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="70"/>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="71"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="72"/>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="73"/>
        <source>Won&apos;t fix</source>
        <translation>Düzeltilmeyecek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="340"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="412"/>
        <source>Latest</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Trend</source>
        <translation>Eğilim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="253"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="411"/>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="254"/>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Last care</source>
        <translation>Son ilgi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Days</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Attention</source>
        <translation>İlgi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="260"/>
        <source>Their latest answer to the recommend question</source>
        <translation>Tavsiye sorusuna verdikleri son yanıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="261"/>
        <source>Their latest answer against the one before</source>
        <translation>Son yanıtlarının bir öncekine göre durumu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="262"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation>Marka elçisi olduğu tarih: süregelen 9 ve 10 yanıtları serisinin ilk yanıtı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="264"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation>İlgi görmeden geçen gün: son ilgi kaydından veya marka elçisi olduğundan beri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="339"/>
        <source>Fell</source>
        <translation>Düşüş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="413"/>
        <source>Latest answer</source>
        <translation>Son yanıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="342"/>
        <source>0–6 in a year</source>
        <translation>Bir yılda 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Open items</source>
        <translation>Açık kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="346"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation>Gerileyen destekçi: en son 9 veya 10 yanıtından en son yanıtına</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="348"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation>Son 365 gün içindeki 0–6 arası yanıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="409"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="410"/>
        <source>Customer ID</source>
        <translation>Müşteri numarası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="472"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="509"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="473"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="474"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="475"/>
        <source>What they said</source>
        <translation>Söyledikleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="476"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="510"/>
        <source>Practice</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="511"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="512"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="51"/>
        <source>a file with this name exists already; choose another name</source>
        <extracomment>&quot;ADVC&quot; — stamped in the SQLite header so we recognise our own files. page cache per connection; SQLite&apos;s 2 MiB default makes index inserts on 1M rows 30% slower</extracomment>
        <translation>bu adda bir dosya zaten var; başka bir ad seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="53"/>
        <source>the folder does not exist</source>
        <translation>klasör yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="54"/>
        <source>this catalogue is open read-only</source>
        <translation>bu katalog salt okunur açık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="55"/>
        <source>the file is damaged: {problem}</source>
        <translation>dosya hasarlı: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="214"/>
        <source>no such file</source>
        <extracomment>our hold on the lock file (writable opens); the GUI refreshes its heartbeat &quot;local&quot;, &quot;network&quot; or &quot;cloud&quot; (see locking.location_kind) read-only opens: who has it open for writing, if anyone</extracomment>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="217"/>
        <source>this is a folder, not a catalogue file</source>
        <translation>bu bir klasör, katalog dosyası değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="221"/>
        <source>the file is empty (0 bytes), not a catalogue</source>
        <translation>dosya boş (0 bayt), bir katalog değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="225"/>
        <source>this is not a catalogue file (not a SQLite database)</source>
        <translation>bu bir katalog dosyası değil (SQLite veritabanı değil)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="228"/>
        <source>the file is truncated: its header is incomplete</source>
        <translation>dosya yarım kalmış: başlık bölümü eksik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="232"/>
        <source>this SQLite database was not made by Advocacy Desktop, so it is not opened</source>
        <translation>bu SQLite veritabanı Advocacy Desktop ile oluşturulmamış, bu yüzden açılmadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="262"/>
        <source>its schema ({revision}) must be upgraded to {head} first</source>
        <translation>önce şemasının ({revision}) {head} sürümüne yükseltilmesi gerekiyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="311"/>
        <source>SQLite cannot open it: {problem}</source>
        <translation>SQLite dosyayı açamıyor: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="323"/>
        <source>it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>Advocacy Desktop&apos;ın daha yeni bir sürümüyle yazılmış (şema {revision}); açmak için uygulamayı güncelleyin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="355"/>
        <source>upgrading the schema failed ({problem}); the catalogue was restored from {backup}</source>
        <translation>şema yükseltilemedi ({problem}); katalog {backup} yedeğinden geri yüklendi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="386"/>
        <source>the copy failed its check: {problem}</source>
        <translation>kopya denetimden geçemedi: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="406"/>
        <source>the backup cannot overwrite the catalogue itself</source>
        <translation>yedek, kataloğun kendisinin üzerine yazılamaz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="421"/>
        <source>exists already; pass overwrite to replace it</source>
        <translation>zaten var; üzerine yazmak için overwrite seçeneğini kullanın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="23"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="67"/>
        <source>it is locked by {who}, but the lock looks abandoned ({why}); take it over in the app, or open it read-only</source>
        <translation>katalog {who} tarafından kilitli, ancak kilit terk edilmiş görünüyor ({why}); uygulamada devralın veya salt okunur açın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="71"/>
        <source>it is open by {who}; open it read-only, or wait until it is closed there</source>
        <translation>katalog {who} tarafından açık; salt okunur açın veya orada kapatılmasını bekleyin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="67"/>
        <source>this is not a database address: {problem}</source>
        <extracomment>SQLSTATEs after which a whole transaction may simply run again</extracomment>
        <translation>bu bir veritabanı adresi değil: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="71"/>
        <source>{where} is not a PostgreSQL address</source>
        <translation>{where} bir PostgreSQL adresi değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="126"/>
        <source>the PostgreSQL driver is missing: install Advocacy Desktop with its &apos;team&apos; extra (pip install &apos;advocacy-desktop[team]&apos;)</source>
        <translation>PostgreSQL sürücüsü eksik: Advocacy Desktop&apos;ı &apos;team&apos; ekiyle kurun (pip install &apos;advocacy-desktop[team]&apos;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="182"/>
        <source>{where}: this catalogue is open read-only</source>
        <translation>{where}: bu katalog salt okunur açık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="215"/>
        <source>{where}: the database uses encoding {encoding} and character type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search finds text in every language. Create the database with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>{where}: veritabanı {encoding} kodlamasını ve {ctype} karakter türünü kullanıyor; aramanın her dilde metin bulabilmesi için bir katalog, UTF-8 karakter türüyle UTF8 kodlaması gerektirir. Veritabanını ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0 ile oluşturun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="242"/>
        <source>{where}: cannot connect ({problem})</source>
        <translation>{where}: bağlanılamıyor ({problem})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="259"/>
        <source>{where}: this database holds tables that Advocacy Desktop did not make, so it is not opened (nor changed)</source>
        <translation>{where}: bu veritabanında Advocacy Desktop&apos;ın oluşturmadığı tablolar var, bu yüzden açılmadı (ve değiştirilmedi)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="263"/>
        <source>{where}: the database is empty, not a catalogue (create a team catalogue in it instead)</source>
        <translation>{where}: veritabanı boş, bir katalog değil (bunun yerine içinde bir ekip kataloğu oluşturun)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="267"/>
        <source>{where}: cannot create a catalogue read-only</source>
        <translation>{where}: salt okunur modda katalog oluşturulamaz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="274"/>
        <source>{where}: it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>{where}: Advocacy Desktop&apos;ın daha yeni bir sürümüyle yazılmış (şema {revision}); açmak için uygulamayı güncelleyin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="280"/>
        <source>{where}: its schema ({revision}) must be upgraded to {head} first; everyone using it needs this version then</source>
        <translation>{where}: önce şemasının ({revision}) {head} sürümüne yükseltilmesi gerekiyor; ardından onu kullanan herkesin bu sürüme ihtiyacı olur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="292"/>
        <source>{where}: creating or upgrading the schema failed ({problem}); nothing was changed</source>
        <translation>{where}: şema oluşturulamadı veya yükseltilemedi ({problem}); hiçbir şey değiştirilmedi</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="155"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="246"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="205"/>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="206"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="207"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="210"/>
        <source>Export Chart</source>
        <translation>Grafiği Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export Failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Could not save the chart to {path}.</source>
        <translation>Grafik {path} konumuna kaydedilemedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="237"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="243"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="244"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Bu grafiği PNG, SVG veya PDF olarak kaydet</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation>Başka Biri Tarafından Değiştirildi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation>Geri Alınmadı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%Ln item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>%Ln kayıt, siz bakarken {who} tarafından değiştirildi: hiçbir şey kaydedilmedi.

Liste, yapılan değişikliklerle yeniden yüklendi; değişikliğiniz hâlâ geçerliyse yeniden uygulayın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%Ln item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>%Ln kayıt, sizin değişikliğinizden sonra {who} tarafından değiştirildi; bu nedenle geri alınmadı: onların değişikliği geçerli kalır.

Liste, yapılan değişikliklerle yeniden yüklendi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation>{who}, {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation>başka biri</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Take theirs</source>
        <translation>Onlarınkini al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>What</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Item</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Differs in</source>
        <translation>Farklı olan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Edited later</source>
        <translation>Sonra düzenlenen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>ours</source>
        <translation>bizimki</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>theirs</source>
        <translation>onlarınki</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="169"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: bizimki “{ours}”, onlarınki “{theirs}”</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>What</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Same</source>
        <translation>Aynı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Mapped by name</source>
        <translation>Ada göre eşleştirilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="92"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="194"/>
        <source>Reading the customer…</source>
        <translation>Müşteri okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="220"/>
        <source>Erased customer #{id}</source>
        <translation>Silinmiş müşteri #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="235"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Son yanıt &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="241"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n yanıt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="243"/>
        <source>advocate since {day}</source>
        <translation>{day} tarihinden beri marka elçisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="249"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>%n gecikmiş sorun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="251"/>
        <source>personal data erased</source>
        <translation>kişisel veriler silindi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="265"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation>{source} ({answers} yanıttan {promoters} destekçi)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="266"/>
        <source>no source</source>
        <translation>kaynak yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Speaks for us on: {sources}</source>
        <translation>Bizi savunduğu yerler: {sources}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>Geri bildirim geçmişi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="275"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>Açık kayıtlar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>İlgi günlüğü (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="279"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Bu müşterinin kişisel verileri silindi: ilgi günlüğü kapatıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="281"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation>Henüz kayıt yok. Onlar için yapılanları kaydedin: teşekkür, bir düzeltme, bir davet, herkese açık bir anma…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="298"/>
        <source>&amp;Log Practice…</source>
        <translation>Uygulama &amp;Kaydet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="299"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="301"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation>Geri bildirim geçmişini, açık kayıtlarını ve onlar için yapılanları görmek için bir müşteri seçin.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="453"/>
        <source>Erased customer #{id}</source>
        <translation>Silinmiş müşteri #{id}</translation>
    </message>
</context>
<context>
    <name>CustomersService</name>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="44"/>
        <source>There is no customer with id {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı müşteri yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="370"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>Bir müşteri kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="375"/>
        <source>An erased customer cannot be merged: their personal data is gone, so there is nothing to match them by.</source>
        <translation>Silinmiş bir müşteri birleştirilemez: kişisel verileri artık yok, bu yüzden eşleştirilebileceği hiçbir şey kalmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="418"/>
        <source>The kept customer was erased since: the merge cannot be undone.</source>
        <translation>Korunan müşteri o zamandan beri silindi: birleştirme geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="422"/>
        <source>Customer id {id} is in use again: the merge cannot be undone.</source>
        <translation>{id} müşteri numarası yeniden kullanımda: birleştirme geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="435"/>
        <source>A customer with the same key was added since the merge: it cannot be undone.</source>
        <translation>Birleştirmeden sonra aynı anahtara sahip bir müşteri eklendi: birleştirme geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="142"/>
        <source>Listing customers…</source>
        <translation>Müşteriler listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="165"/>
        <source>Could not list the customers: {error}</source>
        <translation>Müşteriler listelenemedi: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>%Ln customer(s) listed</source>
        <translation>
            <numerusform>%Ln müşteri listelendi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="177"/>
        <source>scroll down for more</source>
        <translation>daha fazlası için aşağı kaydırın</translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>Export Items</source>
        <translation>Kayıtları Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>feedback</source>
        <translation>geri-bildirim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="180"/>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="187"/>
        <source>Exporting items…</source>
        <translation>Kayıtlar dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="188"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{count} kayıt {path} konumuna yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>NPS Report</source>
        <translation>NPS Raporu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>nps-report</source>
        <translation>nps-raporu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="203"/>
        <source>Writing the NPS report…</source>
        <translation>NPS raporu yazılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="204"/>
        <source>NPS report written to {path}.</source>
        <translation>NPS raporu {path} konumuna yazıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="243"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation>{file}, {folder} klasörüne yazılamadı: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="250"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Dışa aktarma iptal edildi: hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="257"/>
        <source>&amp;Export items…</source>
        <translation>Kayıtları &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="259"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Filtrenin gösterdiği kayıtları bir Excel çalışma kitabına veya CSV dosyasına yaz (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS &amp;report…</source>
        <translation>NPS &amp;raporu…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="262"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation>Filtrenin gösterdiği kayıtların NPS raporunu yaz: rakamlar, yöntem, kayıtlar ve grafikler tek bir Excel çalışma kitabında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="264"/>
        <source>Export items…</source>
        <translation>Kayıtları dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="266"/>
        <source>NPS report…</source>
        <translation>NPS raporu…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="242"/>
        <source>Chart saved to {path}.</source>
        <translation>Grafik {path} konumuna kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="358"/>
        <source>Refreshing the dashboard…</source>
        <translation>Pano yenileniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="399"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation>Sorgular: {timings}; grafikler {ms:.0f} ms içinde oluşturuldu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="409"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation>Pano yenilenemedi: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="413"/>
        <source>Not available</source>
        <translation>Kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="421"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation>Yenileme iptal edildi. Yeniden denemek için Yenile düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="424"/>
        <source>Refresh cancelled</source>
        <translation>Yenileme iptal edildi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="432"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>No catalogue is open.</source>
        <translation>Açık katalog yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="450"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation>Filtreyle eşleşen 0–10 yanıtı yok (n = 0).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation>±{moe} puan · %95 aralık {low} ile {high} arası · n = {n}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="467"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation>%{promoters} destekçi · %{passives} pasif · %{detractors} eleştirmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation>30&apos;dan az yanıt: hata payı geniş, puanı dikkatle yorumlayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="482"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation>Önceki dönemle karşılaştırmak için filtrede bir tarih aralığı belirleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>No answers in the previous period of the same length.</source>
        <translation>Aynı uzunluktaki önceki dönemde yanıt yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="486"/>
        <source>a significant change</source>
        <translation>anlamlı bir değişim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="487"/>
        <source>within the margin of error</source>
        <translation>hata payı içinde</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="489"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation>Önceki döneme göre {delta} puan (NPS {before}, n = {n}): {verdict}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="20"/>
        <source>No open items match the filter.</source>
        <translation>Filtreyle eşleşen açık kayıt yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="22"/>
        <source>No 0–10 answers yet.</source>
        <translation>Henüz 0–10 yanıtı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="24"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation>Filtreyle eşleşen yanıtların hiçbiri bir ihtiyaçla etiketlenmemiş.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="27"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation>Filtreyle eşleşen tarihli 0–10 yanıtı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="28"/>
        <source>No 0–10 answers match the filter.</source>
        <translation>Filtreyle eşleşen 0–10 yanıtı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="35"/>
        <source>File ▸ Import File…</source>
        <translation>Dosya ▸ Dosya İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="37"/>
        <source>No 0–10 answers in this catalogue yet.</source>
        <translation>Bu katalogda henüz 0–10 yanıtı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="38"/>
        <source>NPS appears once feedback with a 0–10 “How likely are you to recommend us?” score is imported: choose {command} or drop a spreadsheet on this window.</source>
        <translation>NPS, 0–10 arası “Bizi tavsiye etme olasılığınız nedir?” puanı içeren geri bildirimler içe aktarıldığında görünür: {command} seçeneğini kullanın veya bu pencereye bir elektronik tablo bırakın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="52"/>
        <source>NPS by week</source>
        <translation>Haftalara göre NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="53"/>
        <source>NPS by month</source>
        <translation>Aylara göre NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="54"/>
        <source>NPS by quarter</source>
        <translation>Çeyreklere göre NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="55"/>
        <source>NPS by year</source>
        <translation>Yıllara göre NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="60"/>
        <source>Answers by score (0–10)</source>
        <translation>Puana göre yanıtlar (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="61"/>
        <source>NPS by source</source>
        <translation>Kaynağa göre NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="62"/>
        <source>Needs that cost the most NPS</source>
        <translation>NPS&apos;yi en çok düşüren ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="63"/>
        <source>Open items by owner</source>
        <translation>Sahibine göre açık kayıtlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>kayan %n gün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="67"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation>NPS = %destekçi − %eleştirmen, %95 düzeltilmiş Wald aralığı</translation>
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
        <translation>%95 aralık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="71"/>
        <source>fewer than 30 answers</source>
        <translation>30&apos;dan az yanıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="72"/>
        <source>significant change</source>
        <translation>anlamlı değişim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="524"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="73"/>
        <source>score</source>
        <translation>puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="74"/>
        <source>answers</source>
        <translation>yanıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="75"/>
        <source>detractors 0–6</source>
        <translation>eleştirmenler 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="76"/>
        <source>passives 7–8</source>
        <translation>pasifler 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="77"/>
        <source>promoters 9–10</source>
        <translation>destekçiler 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="78"/>
        <source>no answers</source>
        <translation>yanıt yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="79"/>
        <source>(no source)</source>
        <translation>(kaynak yok)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="80"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation>* taralı: 30&apos;dan az yanıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="81"/>
        <source>NPS points</source>
        <translation>NPS puanı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="82"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation>ihtiyacın eleştirmenleri pasif olsaydı NPS&apos;nin kazanacağı puan, %95 aralığıyla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="84"/>
        <source>open items</source>
        <translation>açık kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="85"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation>henüz kapatılmamış veya bir kenara bırakılmamış (düzeltilmeyecek) kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="87"/>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="88"/>
        <source>no data</source>
        <translation>veri yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n ihtiyaç</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="518"/>
        <source>no need yet</source>
        <translation>henüz ihtiyaç yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>promoters</source>
        <translation>destekçiler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>passives</source>
        <translation>pasifler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="521"/>
        <source>detractors</source>
        <translation>eleştirmenler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="525"/>
        <source>rating</source>
        <translation>değerlendirme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="530"/>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="533"/>
        <source>from {start}</source>
        <translation>{start} itibarıyla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="535"/>
        <source>until {end}</source>
        <translation>{end} tarihine kadar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n durum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="538"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>%n atanan kişi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>import #{id}</source>
        <translation>içe aktarma #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="543"/>
        <source>All feedback</source>
        <translation>Tüm geri bildirimler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>Showing: {filter}</source>
        <translation>Gösterilen: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="550"/>
        <source>Filtered: {filter}</source>
        <translation>Filtrelenen: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="552"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation>Pano, Geri Bildirim sayfasının filtrelerini izler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="558"/>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>Rolling:</source>
        <translation>Kayan:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Quarter</source>
        <translation>Çeyrek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="563"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="573"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>&amp;Import File…</source>
        <translation>Dosya &amp;İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Read every figure again from the catalogue</source>
        <translation>Tüm rakamları katalogdan yeniden oku</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Stop the refresh</source>
        <translation>Yenilemeyi durdur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="578"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Bir elektronik tablodan veya CSV dosyasından geri bildirim içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="580"/>
        <source>Clear filter</source>
        <translation>Filtreyi temizle</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="25"/>
        <source>Support desk</source>
        <extracomment>kind -&gt; the seed texts that are translated when shown (marked for lupdate)</extracomment>
        <translation>Destek masası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="26"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="27"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="28"/>
        <source>Survey</source>
        <translation>Anket</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="31"/>
        <source>Customer advocate</source>
        <translation>Müşteri savunucusu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="32"/>
        <source>Advocacy team member</source>
        <translation>Savunuculuk ekibi üyesi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="33"/>
        <source>Advocacy coordinator</source>
        <translation>Savunuculuk koordinatörü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="34"/>
        <source>Executive sponsor</source>
        <translation>Üst yönetim sponsoru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="35"/>
        <source>Support agent</source>
        <translation>Destek temsilcisi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="36"/>
        <source>Product owner</source>
        <translation>Ürün sahibi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="39"/>
        <source>Acts for the customer&apos;s good on their own: level 1.</source>
        <translation>Müşterinin iyiliği için tek başına hareket eder: 1. düzey.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="41"/>
        <source>Collects and prioritises customer needs in a team: level 2.</source>
        <translation>Bir ekip içinde müşteri ihtiyaçlarını toplar ve önceliklendirir: 2. düzey.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="43"/>
        <source>Coordinates advocacy across the company: level 3.</source>
        <translation>Şirket genelinde savunuculuğu koordine eder: 3. düzey.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="44"/>
        <source>Puts advocacy into every strategy and every employee: level 4.</source>
        <translation>Savunuculuğu her stratejiye ve her çalışana yayar: 4. düzey.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="46"/>
        <source>Answers customers and tags their feedback.</source>
        <translation>Müşterilere yanıt verir ve geri bildirimlerini etiketler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="47"/>
        <source>Decides what the product does about a need.</source>
        <translation>Bir ihtiyaç karşısında ürünün ne yapacağına karar verir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="50"/>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="51"/>
        <source>Discounts</source>
        <translation>İndirimler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="52"/>
        <source>Value for money</source>
        <translation>Fiyat-performans</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="53"/>
        <source>Delivery</source>
        <translation>Teslimat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="54"/>
        <source>Speed</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="55"/>
        <source>Packaging</source>
        <translation>Ambalaj</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="56"/>
        <source>Product quality</source>
        <translation>Ürün kalitesi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="57"/>
        <source>Customer service</source>
        <translation>Müşteri hizmetleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="58"/>
        <source>Friendliness</source>
        <translation>Güler yüz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="59"/>
        <source>Response time</source>
        <translation>Yanıt süresi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="60"/>
        <source>Website and app</source>
        <translation>Web sitesi ve uygulama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="61"/>
        <source>Checkout</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="62"/>
        <source>Login</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="63"/>
        <source>Returns and refunds</source>
        <translation>İade ve geri ödeme</translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation>İhtiyacı Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation>“{name}” silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%Ln item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>Bununla etiketlenmiş %Ln kayıt var: bunun yerine alacakları ihtiyacı seçin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation>Bir ihtiyaç seçin…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation>İhtiyaç yok: etiketi kayıtlardan kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation>En üst düzey</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation>Kayıtları şuraya gider:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>Altındaki %n ihtiyaç şunun altına taşınır:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete Source</source>
        <translation>Kaynağı Sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>“{name}” kaynağı silinsin mi? %Ln kaydı katalogda kalır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="135"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation>“{name}” kaynağı silinsin mi? Bu kaynaktan gelen kayıt yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="138"/>
        <source>&amp;Move them to:</source>
        <translation>Şuraya &amp;taşı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="142"/>
        <source>&amp;Leave them without a source</source>
        <translation>Kaynaksız &amp;bırak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="163"/>
        <source>Deleting a source cannot be undone.</source>
        <translation>Kaynak silme işlemi geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="118"/>
        <source>Duplicate Customers</source>
        <translation>Yinelenen Müşteriler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="125"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation>Bu müşteriler aynı e-posta adresini veya adı paylaşıyor, bu yüzden aynı kişi olabilirler. Birleştirme, bir kaydın geri bildirimlerini ve ilgi günlüğünü koruduğunuz kayda taşır ve diğerini siler. Düzen ▸ Geri Al birleştirmeyi geri alır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="153"/>
        <source>Keep:</source>
        <translation>Koru:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="162"/>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="166"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="185"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="189"/>
        <source>Looking for duplicates…</source>
        <translation>Yinelenenler aranıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="203"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>Kontrol edilecek %n çift.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="207"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation>Yinelenen bulunamadı: aynı e-posta adresini veya adı paylaşan iki müşteri yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="216"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Yinelenenler aranamadı: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="240"/>
        <source>{other} merged into {keep}.</source>
        <translation>{other}, {keep} ile birleştirildi.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Açık katalog yok. Dosya ▸ Yeni Katalog… ile bir katalog oluşturun veya Dosya ▸ Aç… ile bir katalog açın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Bu sayfa sonraki bir sürümde gelecek. Kataloğunuz açık; Dosya ▸ Yedekle… ile istediğiniz zaman güvenli bir kopyasını kaydedebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation>Kişisel Verileri Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation>{name} kişisel verileri silinsin mi?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation>Kalıcı olarak silinenler:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %Ln item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>adı, e-posta adresi ve müşteri numarası; %Ln kaydının metni, notları ve özgün elektronik tablo sütunları; ilgi günlüğünün notları; bunların değişiklik geçmişindeki, reddedilen içe aktarma satırlarındaki ve içe aktarma dosya adlarındaki tüm kopyaları.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation>Anonim olarak korunanlar:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation>her kaydın puanı, değerlendirmesi, tarihleri, kaynağı, ihtiyaçları, durumu ve atanan kişisi; böylece NPS ve tüm istatistikler aynen kalır. Müşteri “Silinmiş müşteri” olur ve artık ada veya e-postaya göre bulunamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation>Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation>Düzen ▸ Geri Al verileri geri getirmez. Daha önce alınan yedekler verileri hâlâ içerir: orada da silin veya yedekleri silin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation>Onaylamak için müşterinin adını ({name}) veya {word} yazın:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="68"/>
        <source>Select an item to read it.</source>
        <translation>Okumak için bir kayıt seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>(no text)</source>
        <translation>(metin yok)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="114"/>
        <source>Fields</source>
        <translation>Alanlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>none yet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="117"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="118"/>
        <source>Assignee</source>
        <translation>Atanan kişi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="120"/>
        <source>Rating</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="123"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="125"/>
        <source>External id</source>
        <translation>Harici kimlik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="126"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="127"/>
        <source>Import</source>
        <translation>İçe aktarma</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="128"/>
        <source>Item</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="131"/>
        <source>Original columns</source>
        <translation>Özgün sütunlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="134"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="136"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="146"/>
        <source>No changes yet.</source>
        <translation>Henüz değişiklik yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="156"/>
        <source>Nobody owns this item yet: no one is responsible for its needs or source.</source>
        <translation>Bu kaydın henüz sahibi yok: ihtiyaçlarından veya kaynağından sorumlu kimse yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="159"/>
        <source>Assigned to {person} because they are Responsible for {need} (through {through}).</source>
        <translation>{person} kişisine atandı, çünkü {need} ihtiyacı için Sorumlu ({through} üzerinden).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="163"/>
        <source>Assigned to {person} because they are Responsible for {need}.</source>
        <translation>{person} kişisine atandı, çünkü {need} ihtiyacı için Sorumlu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="166"/>
        <source>Assigned to {person} because they own the source {source}.</source>
        <translation>{person} kişisine atandı, çünkü {source} kaynağının sahibi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="169"/>
        <source>Assigned to {person} because they are Responsible for {source}.</source>
        <translation>{person} kişisine atandı, çünkü {source} kaynağı için Sorumlu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="172"/>
        <source>Assigned to {person} by {actor} by hand.</source>
        <translation>{actor} tarafından elle {person} kişisine atandı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="174"/>
        <source>Assigned to {person} by hand.</source>
        <translation>Elle {person} kişisine atandı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="179"/>
        <source>tagged with {need}</source>
        <translation>{need} ile etiketlendi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="181"/>
        <source>untagged from {need}</source>
        <translation>{need} etiketi kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="183"/>
        <source>source changed</source>
        <translation>kaynak değiştirildi</translation>
    </message>
</context>
<context>
    <name>FeedbackEmptyState</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="49"/>
        <source>&amp;Import File…</source>
        <translation>Dosya &amp;İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="50"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Bir elektronik tablodan veya CSV dosyasından geri bildirim içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="53"/>
        <source>Explore the Demo Catalogue…</source>
        <translation>Demo Kataloğu Keşfet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="54"/>
        <source>Open a made-up catalogue with a year of feedback, to look around without your own data</source>
        <translation>Kendi verileriniz olmadan göz atmak için bir yıllık geri bildirim içeren kurgusal bir katalog aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="57"/>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="58"/>
        <source>Clear every filter and show all items</source>
        <translation>Tüm filtreleri temizle ve tüm kayıtları göster</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="124"/>
        <source>No catalogue is open</source>
        <translation>Açık katalog yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="125"/>
        <source>Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Dosya ▸ Yeni Katalog… ile bir katalog oluşturun veya Dosya ▸ Aç… ile bir katalog açın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="127"/>
        <source>No item matches these filters</source>
        <translation>Bu filtrelerle eşleşen kayıt yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="128"/>
        <source>Loosen or clear the filters to see the other items.</source>
        <translation>Diğer kayıtları görmek için filtreleri gevşetin veya temizleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="129"/>
        <source>File ▸ Import File…</source>
        <translation>Dosya ▸ Dosya İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="131"/>
        <source>Import a spreadsheet or CSV file of reviews, survey answers or support tickets: choose {command} or drop the file on this window.</source>
        <translation>Yorumlar, anket yanıtları veya destek talepleri içeren bir elektronik tablo ya da CSV dosyası içe aktarın: {command} seçeneğini kullanın veya dosyayı bu pencereye bırakın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="135"/>
        <source>To look around first, explore the demo catalogue.</source>
        <translation>Önce göz atmak isterseniz demo kataloğu keşfedin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="136"/>
        <source>No feedback yet</source>
        <translation>Henüz geri bildirim yok</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation>Metinde ara (Korece ve Türkçe de)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="224"/>
        <source>Views</source>
        <translation>Görünümler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Promoters</source>
        <translation>Destekçiler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="228"/>
        <source>Passives</source>
        <translation>Pasifler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="229"/>
        <source>Detractors</source>
        <translation>Eleştirmenler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="233"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="236"/>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="237"/>
        <source>No need yet</source>
        <translation>Henüz ihtiyaç yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="241"/>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="248"/>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="249"/>
        <source>All needs</source>
        <translation>Tüm ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="250"/>
        <source>Anyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="251"/>
        <source>Any import</source>
        <translation>Tüm içe aktarmalar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>any</source>
        <translation>herhangi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation>Tavsiye puanı … ile … arası (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>Rating</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="263"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation>Değerlendirme … ile … arası, kendi ölçeğinde (4 – herhangi: 4 yıldız veya üzeri)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="265"/>
        <source>Only the items of one import</source>
        <translation>Yalnızca bir içe aktarmanın kayıtları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="266"/>
        <source>Search the items&apos; text; the list follows as you type</source>
        <translation>Kayıtların metninde ara; liste siz yazdıkça güncellenir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="268"/>
        <source>Save the current filters as a named view, or apply one</source>
        <translation>Geçerli filtreleri adlandırılmış bir görünüm olarak kaydet veya kayıtlı bir görünümü uygula</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="269"/>
        <source>Clear every filter and show all items</source>
        <translation>Tüm filtreleri temizle ve tüm kayıtları göster</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="270"/>
        <source>Score, rating and import filters</source>
        <translation>Puan, değerlendirme ve içe aktarma filtreleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="271"/>
        <source>Only the items not yet tagged with a need</source>
        <translation>Yalnızca henüz bir ihtiyaçla etiketlenmemiş kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="273"/>
        <source>Show the promoters: scores 9–10</source>
        <translation>Destekçileri göster: 9–10 puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="274"/>
        <source>Show the passives: scores 7–8</source>
        <translation>Pasifleri göster: 7–8 puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="275"/>
        <source>Show the detractors: scores 0–6</source>
        <translation>Eleştirmenleri göster: 0–6 puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="318"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="320"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln kayıt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="396"/>
        <source>Import #{batch}</source>
        <translation>İçe aktarma #{batch}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="409"/>
        <source>More filters ({count}) {arrow}</source>
        <translation>Diğer filtreler ({count}) {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="411"/>
        <source>More filters {arrow}</source>
        <translation>Diğer filtreler {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="466"/>
        <source>Save current filter as…</source>
        <translation>Geçerli filtreyi farklı kaydet…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="469"/>
        <source>Delete view</source>
        <translation>Görünümü sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Save view</source>
        <translation>Görünümü kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Name of the view:</source>
        <translation>Görünümün adı:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="242"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation>İhtiyaçlar ve kaynaklar listeleniyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="284"/>
        <source>Keys: {keys}</source>
        <translation>Tuşlar: {keys}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="286"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation>Hızlı etiketlemek için İhtiyaçlar sayfasında ihtiyaçlara bir tuş atayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="396"/>
        <source>The catalogue is open read-only.</source>
        <translation>Katalog salt okunur açık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="404"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation>Bir seferde en fazla {n} kayıt seçin: önce filtreyi daraltın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="410"/>
        <source>Select one or more items first.</source>
        <translation>Önce bir veya daha fazla kayıt seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="423"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Başka yerde yapılan değişikliklerle güncellendi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="465"/>
        <source>No rule matched the selected items.</source>
        <translation>Seçili kayıtlarla eşleşen kural yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="497"/>
        <source>Status not changed</source>
        <translation>Durum değiştirilmedi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="504"/>
        <source>Assign to</source>
        <translation>Şuna ata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="508"/>
        <source>Nobody</source>
        <translation>Hiç kimse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="509"/>
        <source>Due Date and Notes…</source>
        <translation>Son Tarih ve Notlar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="510"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="545"/>
        <source>Tag with</source>
        <translation>Etiketle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="553"/>
        <source>Untag</source>
        <translation>Etiketi kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="558"/>
        <source>Set source</source>
        <translation>Kaynağı ayarla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>No source</source>
        <translation>Kaynak yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>no source</source>
        <translation>kaynak yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="570"/>
        <source>Apply auto-tag rules to selection</source>
        <translation>Otomatik etiketleme kurallarını seçime uygula</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Rating</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="40"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="41"/>
        <source>Assignee</source>
        <translation>Atanan kişi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Triaged</source>
        <translation>Sınıflandırıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="48"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="49"/>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Won&apos;t fix</source>
        <translation>Düzeltilmeyecek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="53"/>
        <source>Promoter</source>
        <translation>Destekçi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="54"/>
        <source>Passive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="55"/>
        <source>Detractor</source>
        <translation>Eleştirmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="163"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation>Geri bildirimler sayılıyor</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Ours (this catalogue)</source>
        <translation>Bizimki (bu katalog)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="205"/>
        <source>Theirs (the other)</source>
        <translation>Onlarınki (diğer katalog)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Text file (CSV)</source>
        <translation>Metin dosyası (CSV)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Excel çalışma kitabı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="152"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation>Makrolu Excel çalışma kitabı (makrolar çalıştırılmaz)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="153"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument elektronik tablosu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="157"/>
        <source>Choose a File</source>
        <translation>Dosya seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="160"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation>Son adımdan önce kataloğa hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>Elektronik tablolar ve CSV dosyaları ({patterns})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="170"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="180"/>
        <source>Choose a File to Import</source>
        <translation>İçe aktarılacak dosyayı seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="196"/>
        <source>There is no file at {path}.</source>
        <translation>{path} konumunda dosya yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="210"/>
        <source>This file cannot be imported.</source>
        <translation>Bu dosya içe aktarılamaz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="219"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sayfa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="220"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n sütun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="223"/>
        <source>about {rows} rows</source>
        <translation>yaklaşık {rows} satır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="242"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation>Elektronik tablo veya CSV dosyasının yolu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="243"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="246"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation>Excel (.xlsx, .xlsm), OpenDocument (.ods) ve metin dosyaları (.csv, .tsv, .txt). Bir dosyayı ana pencereye sürükleyip bırakabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="250"/>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Getting Started Guide…</source>
        <translation>&amp;Başlangıç Kılavuzu…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="223"/>
        <source>Set up a new catalogue step by step: sources, needs, analysis and roles</source>
        <translation>Yeni bir kataloğu adım adım kur: kaynaklar, ihtiyaçlar, analiz ve roller</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="224"/>
        <source>Open &amp;Demo Catalogue…</source>
        <translation>&amp;Demo Kataloğu Aç…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="226"/>
        <source>A year of made-up feedback in six languages, to explore without your own data</source>
        <translation>Kendi verileriniz olmadan keşfetmek için altı dilde bir yıllık kurgusal geri bildirim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="250"/>
        <source>No catalogue is open: create one with File ▸ New Catalogue…, open one with File ▸ Open…, or run Help ▸ Getting Started Guide… again.</source>
        <translation>Açık katalog yok: Dosya ▸ Yeni Katalog… ile bir katalog oluşturun, Dosya ▸ Aç… ile bir katalog açın veya Yardım ▸ Başlangıç Kılavuzu… ile kılavuzu yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="265"/>
        <source>Creating {name}…</source>
        <translation>{name} oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="267"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog Oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="268"/>
        <source>Could not create {path}</source>
        <translation>{path} oluşturulamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="270"/>
        <source>No catalogue was created.</source>
        <translation>Hiçbir katalog oluşturulmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="281"/>
        <source>Building the demo catalogue…</source>
        <translation>Demo kataloğu oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="284"/>
        <source>Cannot Build the Demo</source>
        <translation>Demo Oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="285"/>
        <source>Could not build the demo catalogue in {folder}</source>
        <translation>Demo kataloğu {folder} klasöründe oluşturulamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="287"/>
        <source>The demo catalogue was not built; nothing was written.</source>
        <translation>Demo kataloğu oluşturulmadı; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/first_run.py" line="120"/>
        <source>%n source(s), collected from: {names}</source>
        <translation>
            <numerusform>%n kaynak; toplanacak olanlar: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="122"/>
        <source>none yet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="125"/>
        <source>Common customer needs, with auto-tag rules</source>
        <translation>Yaygın müşteri ihtiyaçları, otomatik etiketleme kurallarıyla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="126"/>
        <source>Common customer needs, without rules</source>
        <translation>Yaygın müşteri ihtiyaçları, kurallar olmadan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="128"/>
        <source>No needs yet</source>
        <translation>Henüz ihtiyaç yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="131"/>
        <source>You: {name}, {role}</source>
        <translation>Siz: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="135"/>
        <source>Then: import a first file</source>
        <translation>Ardından: ilk dosya içe aktarılacak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="141"/>
        <source>Getting Started</source>
        <translation>Başlarken</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="143"/>
        <source>Explore a &amp;Demo Catalogue</source>
        <translation>&amp;Demo Kataloğu Keşfet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="144"/>
        <source>&amp;Create Catalogue</source>
        <translation>Katalog &amp;Oluştur</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation>Son Tarih ve Notlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation>&amp;Son tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation>İç notlar, müşterilere asla gösterilmez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln kayıt seçildi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="67"/>
        <source>Due date and notes</source>
        <translation>Son tarih ve notlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>Answer detractors within</source>
        <translation>Eleştirmenlere yanıt süresi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="325"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n iş günü</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="281"/>
        <source>No open items.</source>
        <translation>Açık kayıt yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <source>Overdue only</source>
        <translation>Yalnızca gecikenler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="338"/>
        <source>Mark contacted</source>
        <translation>İletişime geçildi olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="339"/>
        <source>Export action list…</source>
        <translation>Eylem listesini dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="341"/>
        <source>Record that the selected customers were contacted today</source>
        <translation>Seçili müşterilerle bugün iletişime geçildiğini kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="343"/>
        <source>Save every open item, with its assignee and due date, as an Excel workbook</source>
        <translation>Tüm açık kayıtları, atanan kişileri ve son tarihleriyle birlikte Excel çalışma kitabı olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="344"/>
        <source>Workload</source>
        <translation>İş yükü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="346"/>
        <source>Need</source>
        <translation>İhtiyaç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>No need</source>
        <translation>İhtiyaç yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="350"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="386"/>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="359"/>
        <source>Nothing is overdue</source>
        <translation>Geciken kayıt yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="361"/>
        <source>No open items for this person</source>
        <translation>Bu kişinin açık kaydı yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Give them items on the Feedback page: right-click ▸ Assign to.</source>
        <translation>Geri Bildirim sayfasında bu kişiye kayıt atayın: sağ tıklama ▸ Şuna ata.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="363"/>
        <source>No detractor is waiting for an answer</source>
        <translation>Yanıt bekleyen eleştirmen yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="364"/>
        <source>Detractors (scores 0–6) appear here once they are imported, to be contacted within the working days set above; Mark contacted takes them off the queue.</source>
        <translation>Eleştirmenler (0–6 puan) içe aktarıldıklarında burada görünür ve yukarıda belirlenen iş günü içinde kendileriyle iletişime geçilmelidir; “İletişime geçildi olarak işaretle” düğmesi onları kuyruktan çıkarır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="369"/>
        <source>Follow-up queue</source>
        <translation>Takip kuyruğu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="371"/>
        <source>My queue</source>
        <translation>Kuyruğum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="372"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="487"/>
        <source>Exported %Ln action(s).</source>
        <translation>
            <numerusform>%Ln eylem dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="423"/>
        <source>Reading the follow-up queue</source>
        <translation>Takip kuyruğu okunuyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Export action list</source>
        <translation>Eylem listesini dışa aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="485"/>
        <source>Exporting the action list</source>
        <translation>Eylem listesi dışa aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="489"/>
        <source>Export failed: {error}</source>
        <translation>Dışa aktarma başarısız: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="486"/>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="499"/>
        <source>Overdue since {day}</source>
        <translation>{day} tarihinden beri gecikmiş</translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="134"/>
        <source>Choose who is {kind}</source>
        <translation>{kind} kişiyi seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="141"/>
        <source>Role: {name}</source>
        <translation>Rol: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="144"/>
        <source>{kind} for {subject}:</source>
        <translation>{subject} için {kind}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="147"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Sahip:</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation>İçe aktarmadan önce yazabileceğiniz bir katalog açın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %Ln new item(s).</source>
        <translation>
            <numerusform>{file} içe aktarıldı: %Ln yeni kayıt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../advocacy_desktop/services/importing/__init__.py" line="149"/>
        <source>The file could not be read ({problem}). Check that it is still there and that you may read it, then try again.</source>
        <translation>Dosya okunamadı ({problem}). Dosyanın hâlâ yerinde olduğunu ve okuma izniniz olduğunu kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="25"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="30"/>
        <source>There is no import batch {batch} in this catalogue.</source>
        <translation>Bu katalogda {batch} numaralı içe aktarma yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="203"/>
        <source>Row {row} of {file}: {reason}</source>
        <translation>{file}, {row}. satır: {reason}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="44"/>
        <source>The file contains no data (only blank lines).</source>
        <translation>Dosyada veri yok (yalnızca boş satırlar var).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="133"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; bilinen bir metin kodlaması değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="209"/>
        <source>Line {line} is not valid {encoding} text (byte {byte}). The file may use another encoding, such as Windows-1252: choose it and import again.</source>
        <translation>{line}. satır geçerli bir {encoding} metni değil (bayt {byte}). Dosya, Windows-1252 gibi başka bir kodlama kullanıyor olabilir: o kodlamayı seçip yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="219"/>
        <source>A value starting on line {line} is longer than {limit} characters. This usually means a quote (&quot;) opened there is never closed: fix that line and import again.</source>
        <translation>{line}. satırda başlayan bir değer {limit} karakterden uzun. Bu genellikle orada açılan bir tırnağın (&quot;) hiç kapatılmadığı anlamına gelir: o satırı düzeltip yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="229"/>
        <source>The quote (&quot;) opened on line {line} is never closed. Close it (or double any quote inside a quoted value: &quot;&quot;) and import again.</source>
        <translation>{line}. satırda açılan tırnak (&quot;) hiç kapatılmamış. Tırnağı kapatın (veya tırnak içindeki bir değerde geçen her tırnağı ikileyin: &quot;&quot;) ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="238"/>
        <source>On line {line} (or the record starting there) a quoted value is followed by other characters, e.g. &quot;abc&quot;def. Put the whole value in quotes and double any quote inside it (&quot;&quot;), then import again.</source>
        <translation>{line}. satırda (veya orada başlayan kayıtta) tırnak içindeki bir değerin ardından başka karakterler geliyor, ör. &quot;abc&quot;def. Değerin tamamını tırnak içine alın ve içindeki her tırnağı ikileyin (&quot;&quot;), ardından yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="247"/>
        <source>Line {line} cannot be read: {problem}.</source>
        <translation>{line}. satır okunamıyor: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="253"/>
        <source>Line {line} contains NUL (zero) bytes, which never appear in a text file: the file may be damaged or not really CSV. Export the data again.</source>
        <translation>{line}. satır, bir metin dosyasında asla bulunmayan NUL (sıfır) baytları içeriyor: dosya hasarlı olabilir veya aslında CSV olmayabilir. Verileri yeniden dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="332"/>
        <source>No row with headers starts on line {line}. Choose another header row.</source>
        <translation>{line}. satırda başlıklar içeren bir satır yok. Başka bir başlık satırı seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="374"/>
        <source>The file has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Dosyada, bir içe aktarmanın alabileceği en yüksek satır sayısı olan {limit} satırdan fazlası var. Dosyayı daha küçük dosyalara bölün.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="385"/>
        <source>The file could not be read any more ({problem}). Check that it is still there and import again.</source>
        <translation>Dosya artık okunamadı ({problem}). Dosyanın hâlâ yerinde olduğunu kontrol edip yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="394"/>
        <source>{count} empty rows were skipped.</source>
        <translation>{count} boş satır atlandı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="409"/>
        <source>Line {line} has {values} values but only {width} columns have headers; the extra values are kept at the end of the row.</source>
        <translation>{line}. satırda {values} değer var, ancak yalnızca {width} sütunun başlığı var; fazla değerler satırın sonunda saklanır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="45"/>
        <source>{path} (row {row}, column &quot;{column}&quot;): {message}</source>
        <translation>{path} ({row}. satır, &quot;{column}&quot; sütunu): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="49"/>
        <source>{path} (row {row}): {message}</source>
        <translation>{path} ({row}. satır): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="52"/>
        <source>{path} (column &quot;{column}&quot;): {message}</source>
        <translation>{path} (&quot;{column}&quot; sütunu): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="55"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="95"/>
        <source>The text encoding is not UTF-8; it looks like {encoding}. Check the preview and confirm the encoding before importing.</source>
        <translation>Metin kodlaması UTF-8 değil; {encoding} gibi görünüyor. İçe aktarmadan önce önizlemeyi kontrol edin ve kodlamayı onaylayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="106"/>
        <source>Windows-1252 (Western European, &quot;ANSI&quot;)</source>
        <translation>Windows-1252 (Batı Avrupa, &quot;ANSI&quot;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="107"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="26"/>
        <source>a PDF document</source>
        <translation>bir PDF belgesi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="27"/>
        <source>a PNG image</source>
        <translation>bir PNG görüntüsü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="28"/>
        <source>a JPEG image</source>
        <translation>bir JPEG görüntüsü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="29"/>
        <source>a GIF image</source>
        <translation>bir GIF görüntüsü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="30"/>
        <source>a gzip-compressed file</source>
        <translation>gzip ile sıkıştırılmış bir dosya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="31"/>
        <source>a 7-Zip archive</source>
        <translation>bir 7-Zip arşivi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="32"/>
        <source>a RAR archive</source>
        <translation>bir RAR arşivi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="33"/>
        <source>a Rich Text (RTF) document</source>
        <translation>bir Zengin Metin (RTF) belgesi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="47"/>
        <source>CSV text</source>
        <translation>CSV metni</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="48"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>bir Excel çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="49"/>
        <source>a macro-enabled Excel workbook (.xlsm)</source>
        <translation>makrolu bir Excel çalışma kitabı (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="50"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>bir OpenDocument elektronik tablosu (.ods)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="75"/>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>Dosya yok. Adını ve klasörünü kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="78"/>
        <source>This is a folder, not a file.</source>
        <translation>Bu bir klasör, dosya değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="81"/>
        <source>You do not have permission to read this file. Check its access rights.</source>
        <translation>Bu dosyayı okuma izniniz yok. Dosyanın erişim haklarını kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="86"/>
        <source>The file is empty (0 bytes). Check that you chose the right file.</source>
        <translation>Dosya boş (0 bayt). Doğru dosyayı seçtiğinizi kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="98"/>
        <source>The file is named &apos;{suffix}&apos; but contains {kind}; it was read as such.</source>
        <translation>Dosyanın uzantısı &apos;{suffix}&apos;, ancak içeriği {kind}; dosya buna göre okundu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="117"/>
        <source>This is an OpenDocument {kind} file, not a spreadsheet. Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback.</source>
        <translation>Bu bir OpenDocument {kind} dosyası, elektronik tablo değil. Geri bildirimleri içeren elektronik tabloyu (.ods, .xlsx veya .csv) seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="123"/>
        <source>This is a zip archive, not a spreadsheet. It contains {inner}: extract it and import that file.</source>
        <translation>Bu bir zip arşivi, elektronik tablo değil. İçinde {inner} dosyası var: arşivden çıkarıp o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="126"/>
        <source>This is a zip archive, not a spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu bir zip arşivi, elektronik tablo değil. Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="136"/>
        <source>A part of this file declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Bu dosyanın bir bölümü XML varlıkları veya bir DTD tanımlıyor; bu, elektronik tablo okuyucularına karşı bilinen bir saldırı yöntemidir. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="149"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu bir Excel ikili çalışma kitabı (.xlsb) ve içe aktarılamaz. Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="154"/>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>Bu bir Word belgesi, elektronik tablo değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="157"/>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>Bu bir PowerPoint sunusu, elektronik tablo değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="159"/>
        <source>This Office file holds no spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu Office dosyasında elektronik tablo yok. Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="179"/>
        <source>This workbook is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import the new file.</source>
        <translation>Bu çalışma kitabı parolayla korunuyor. Excel ile açın, parolayı kaldırın (Dosya › Bilgi › Çalışma Kitabını Koru), .xlsx olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="186"/>
        <source>This is an old Excel 97–2003 (.xls) file, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu eski bir Excel 97–2003 (.xls) dosyası ve içe aktarılamaz. Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="189"/>
        <source>This is an old Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx (without a password) and import again.</source>
        <translation>Bu, eski bir Excel 97–2003 (.xls) dosyası veya parolayla korunan bir çalışma kitabı. Dosyayı .xlsx olarak (parolasız) kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="197"/>
        <source>This is {what}, not a spreadsheet or CSV file.</source>
        <translation>Bu dosya {what}; elektronik tablo veya CSV dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="206"/>
        <source>This is a web page (HTML) saved with a spreadsheet name, as some websites export &apos;Excel&apos; files. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu, bazı web sitelerinin &apos;Excel&apos; dosyası olarak dışa aktardığı türden, elektronik tablo adıyla kaydedilmiş bir web sayfası (HTML). Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="212"/>
        <source>This is an Excel 2003 XML spreadsheet, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Bu bir Excel 2003 XML elektronik tablosu ve içe aktarılamaz. Excel veya LibreOffice ile açın, .xlsx (veya CSV) olarak kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="216"/>
        <source>This is an XML file, not a spreadsheet or CSV file.</source>
        <translation>Bu bir XML dosyası; elektronik tablo veya CSV dosyası değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="220"/>
        <source>This is not a spreadsheet or a text (CSV) file; it holds binary data.</source>
        <translation>Bu bir elektronik tablo veya metin (CSV) dosyası değil; ikili veri içeriyor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/importer.py" line="302"/>
        <source>The items were imported, but assigning them to their owners failed ({problem}); they can be assigned from the Feedback page.</source>
        <translation>Kayıtlar içe aktarıldı, ancak sahiplerine atanamadı ({problem}); Geri Bildirim sayfasından atanabilirler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="45"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>Dosya hasarlı veya eksik (kopyalanırken ya da indirilirken yarıda kesilmiş olabilir). Excel veya LibreOffice ile açın, yeniden kaydedin ve yeni kopyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="53"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy. ({kind}: {detail})</source>
        <translation>Dosya hasarlı veya eksik (kopyalanırken ya da indirilirken yarıda kesilmiş olabilir). Excel veya LibreOffice ile açın, yeniden kaydedin ve yeni kopyayı içe aktarın. ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="85"/>
        <source>The file holds {parts} parts, far more than any workbook. It was not opened, to protect your computer.</source>
        <translation>Dosya {parts} bölüm içeriyor; bu, herhangi bir çalışma kitabında olabilecekten çok daha fazla. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="100"/>
        <source>A part of this file ({part}) would expand {times} times when unpacked, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Bu dosyanın bir bölümü ({part}) açıldığında {times} kat büyüyecek; bu, bir &apos;zip bombası&apos; için tipiktir. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="109"/>
        <source>Unpacked, this file would take {size}, more than the {limit} allowed. It was not opened, to protect your computer. Split the data into smaller files or save it as CSV.</source>
        <translation>Bu dosya açıldığında {size} yer kaplayacak; bu, izin verilen {limit} sınırından fazla. Bilgisayarınızı korumak için dosya açılmadı. Verileri daha küçük dosyalara bölün veya CSV olarak kaydedin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="128"/>
        <source>The archive is protected by a password. Remove the password, save the file again and import the new copy.</source>
        <translation>Arşiv parolayla korunuyor. Parolayı kaldırın, dosyayı yeniden kaydedin ve yeni kopyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="177"/>
        <source>A part of this file ({part}) declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Bu dosyanın bir bölümü ({part}) XML varlıkları veya bir DTD tanımlıyor; bu, elektronik tablo okuyucularına karşı bilinen bir saldırı yöntemidir. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="186"/>
        <source>A part of this file ({part}) has no readable content. It was not opened, to protect your computer.</source>
        <translation>Bu dosyanın bir bölümünde ({part}) okunabilir içerik yok. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="207"/>
        <source>The part {part} is unexpectedly large. It was not opened, to protect your computer.</source>
        <translation>{part} bölümü beklenmedik derecede büyük. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="257"/>
        <source>A cell holds more than {limit} characters, the most a spreadsheet cell can hold. It was not opened, to protect your computer. Check the file&apos;s origin, or shorten that cell.</source>
        <translation>Bir hücre, bir elektronik tablo hücresinin alabileceği en yüksek karakter sayısı olan {limit} karakterden fazlasını içeriyor. Bilgisayarınızı korumak için dosya açılmadı. Dosyanın nereden geldiğini kontrol edin veya o hücreyi kısaltın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="527"/>
        <source>A part of this file ({part}) repeats its content so often that, unpacked, it would take more than the {limit} allowed, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Bu dosyanın bir bölümü ({part}) içeriğini o kadar sık tekrarlıyor ki açıldığında izin verilen {limit} sınırından fazla yer kaplayacak; bu, bir &apos;zip bombası&apos; için tipiktir. Bilgisayarınızı korumak için dosya açılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/templates.py" line="75"/>
        <source>a template needs a name</source>
        <translation>şablonun bir adı olmalı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="151"/>
        <source>The workbook has no worksheet with data.</source>
        <translation>Çalışma kitabında veri içeren bir çalışma sayfası yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="180"/>
        <source>There is no sheet {sheet} in this workbook. Sheets: {sheets}.</source>
        <translation>Bu çalışma kitabında {sheet} adlı bir sayfa yok. Sayfalar: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="226"/>
        <source>This workbook is protected by a password. Remove the password, save it again and import the new file.</source>
        <translation>Bu çalışma kitabı parolayla korunuyor. Parolayı kaldırın, dosyayı yeniden kaydedin ve yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="328"/>
        <source>The sheet has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Sayfada, bir içe aktarmanın alabileceği en yüksek satır sayısı olan {limit} satırdan fazlası var. Verileri daha küçük dosyalara bölün.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="345"/>
        <source>The workbook has {count} sheets; &apos;{sheet}&apos; was read. Other sheets: {others}.</source>
        <translation>Çalışma kitabında {count} sayfa var; &apos;{sheet}&apos; sayfası okundu. Diğer sayfalar: {others}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="354"/>
        <source>The sheet &apos;{sheet}&apos; is hidden in the workbook.</source>
        <translation>&apos;{sheet}&apos; sayfası çalışma kitabında gizli.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="125"/>
        <source>{count} formula cells have no saved result and were read as blank. Open the file in Excel or LibreOffice, save it and import again.</source>
        <translation>Kayıtlı sonucu olmayan {count} formül hücresi boş olarak okundu. Dosyayı Excel veya LibreOffice ile açın, kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="135"/>
        <source>The sheet has merged cells; each merged value was read in the first cell of its range only, the other cells are blank.</source>
        <translation>Sayfada birleştirilmiş hücreler var; her birleştirilmiş değer yalnızca aralığının ilk hücresinde okundu, diğer hücreler boş.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="147"/>
        <source>Cells {cells} are merged with the header row; the rows below the header are blank there.</source>
        <translation>{cells} hücreleri başlık satırıyla birleştirilmiş; başlığın altındaki satırlar orada boş.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="152"/>
        <source>Cells {cells} are merged; the value of {cell} was repeated in each row of the range (first column only).</source>
        <translation>{cells} hücreleri birleştirilmiş; {cell} hücresinin değeri aralığın her satırında tekrarlandı (yalnızca ilk sütunda).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="156"/>
        <source>Cells {cells} are merged; the value was read in {cell} only.</source>
        <translation>{cells} hücreleri birleştirilmiş; değer yalnızca {cell} hücresinde okundu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="193"/>
        <source>The header cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); the column is named by its letter.</source>
        <translation>{cell} başlık hücresi, kayıtlı sonucu olmayan bir formül (dosya, hesaplama yapmayan bir programla değiştirilmiş; değeri almak için dosyayı Excel veya LibreOffice ile açıp kaydedin); sütun, harfiyle adlandırıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="197"/>
        <source>Cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); it was read as blank.</source>
        <translation>{cell} hücresi, kayıtlı sonucu olmayan bir formül (dosya, hesaplama yapmayan bir programla değiştirilmiş; değeri almak için dosyayı Excel veya LibreOffice ile açıp kaydedin); boş olarak okundu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="201"/>
        <source>The header cell {cell} holds the Excel error {error}; the column is named by its letter.</source>
        <translation>{cell} başlık hücresinde {error} Excel hatası var; sütun, harfiyle adlandırıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="204"/>
        <source>Cell {cell} holds the Excel error {error}; it was read as blank.</source>
        <translation>{cell} hücresinde {error} Excel hatası var; boş olarak okundu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="247"/>
        <source>The sheet &apos;{sheet}&apos; is empty. Choose the sheet that holds the data.</source>
        <translation>&apos;{sheet}&apos; sayfası boş. Verileri içeren sayfayı seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="252"/>
        <source>Row {row} of the sheet &apos;{sheet}&apos; is empty. Choose another header row.</source>
        <translation>&apos;{sheet}&apos; sayfasının {row}. satırı boş. Başka bir başlık satırı seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="489"/>
        <source>Row {row} has values in {count} columns after the last header; they are kept at the end of the row.</source>
        <translation>{row}. satırda son başlıktan sonraki {count} sütunda değer var; bu değerler satırın sonunda saklanır.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Score (0–10 recommend)</source>
        <translation>Tavsiye puanı (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Rating</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>Customer name</source>
        <translation>Müşteri adı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Customer ID</source>
        <translation>Müşteri numarası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Feedback ID</source>
        <translation>Geri bildirim numarası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Assignee</source>
        <translation>Atanan kişi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="60"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="63"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation>Yalnızca &apos;Bizi tavsiye etme olasılığınız nedir?&apos; sorusunun yanıtı (0–10) NPS&apos;e sayılır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="67"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation>Yıldız veya not (1–5, 1–10…): puan olarak saklanır, asla NPS&apos;e sayılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="70"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation>Virgülle ayrılmış ihtiyaç adları, ör. &apos;Fiyat, Teslimat&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="73"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation>Yorum veya destek kaydı numarası: aynı numaralı satırlar iki kez içe aktarılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="96"/>
        <source>— Not imported (kept as extra)</source>
        <translation>— İçe aktarılmaz (ek bilgi olarak saklanır)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="386"/>
        <source>{header} is not a column of this file</source>
        <translation>{header} bu dosyanın bir sütunu değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="440"/>
        <source>not a column mapping template</source>
        <translation>bir sütun eşleştirme şablonu değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="443"/>
        <source>this template was saved by a newer version of the app</source>
        <translation>bu şablon uygulamanın daha yeni bir sürümüyle kaydedilmiş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="471"/>
        <source>A 0–10 scale, like the question &apos;how likely are you to recommend us&apos;. It is kept as a rating; map the column to score only if it asks exactly that.</source>
        <translation>&apos;Bizi tavsiye etme olasılığınız nedir&apos; sorusundaki gibi 0–10 arası bir ölçek. Değerlendirme olarak saklanır; sütunu yalnızca tam olarak bunu soruyorsa puanla eşleştirin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="499"/>
        <source>No sample values: a 1–5 scale is assumed; check it.</source>
        <translation>Örnek değer yok: 1–5 arası bir ölçek varsayıldı; kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="550"/>
        <source>Text dates mix day-first and month-first values.</source>
        <translation>Metin olarak yazılmış tarihlerde önce gün ve önce ay biçimindeki değerler karışık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="553"/>
        <source>No column asks how likely the customer is to recommend you: no NPS.</source>
        <translation>Hiçbir sütun, müşterinin sizi tavsiye etme olasılığını sormuyor: NPS yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="560"/>
        <source>{order} ({code})</source>
        <translation>{order} ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="564"/>
        <source>Text dates need an order: the values fit {first}.</source>
        <translation>Metin olarak yazılmış tarihler için bir sıra gerekiyor: değerler {first} sırasına uyuyor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="568"/>
        <source>Text dates need an order: the values fit {first} or {second}.</source>
        <translation>Metin olarak yazılmış tarihler için bir sıra gerekiyor: değerler {first} veya {second} sırasına uyuyor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="571"/>
        <source>Text dates need an order: the values fit {first} or {second} or {third}.</source>
        <translation>Metin olarak yazılmış tarihler için bir sıra gerekiyor: değerler {first}, {second} veya {third} sırasına uyuyor.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="431"/>
        <source>{value} is a yes/no value, not a score</source>
        <translation>{value} bir evet/hayır değeri, puan değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="432"/>
        <source>{value} is a yes/no value, not a rating</source>
        <translation>{value} bir evet/hayır değeri, değerlendirme değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="433"/>
        <source>{value} is a yes/no value, not a date</source>
        <translation>{value} bir evet/hayır değeri, tarih değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="434"/>
        <source>{value} is a yes/no value, not an id</source>
        <translation>{value} bir evet/hayır değeri, numara değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="475"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value}, {limit} karakterden uzun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="492"/>
        <source>&apos;{text}&apos; is an id a spreadsheet turned into a rounded number; format the column as text and export again</source>
        <translation>&apos;{text}&apos;, elektronik tablonun yuvarlanmış bir sayıya dönüştürdüğü bir numara; sütunu metin olarak biçimlendirin ve yeniden dışa aktarın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="506"/>
        <source>{value} is not an id</source>
        <translation>{value} bir numara değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="509"/>
        <source>{value} has more digits than a spreadsheet number keeps ({digits}); format the column as text and export again</source>
        <translation>{value}, bir elektronik tablo sayısının koruyabildiğinden ({digits}) daha fazla basamak içeriyor; sütunu metin olarak biçimlendirin ve yeniden dışa aktarın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="517"/>
        <source>{value} is a date, not an id: the spreadsheet may have converted it</source>
        <translation>{value} bir tarih, numara değil: elektronik tablo onu dönüştürmüş olabilir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="541"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} bir e-posta adresi değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="575"/>
        <source>{value} is not a status: use new, triaged, in progress, resolved, closed or won&apos;t fix</source>
        <translation>{value} bir durum değil: yeni, sınıflandırıldı, devam ediyor, çözüldü, kapatıldı veya düzeltilmeyecek yazın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="595"/>
        <source>{value} is not a language</source>
        <translation>{value} bir dil değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="82"/>
        <source>day-first</source>
        <translation>önce gün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="83"/>
        <source>month-first</source>
        <translation>önce ay</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="84"/>
        <source>year-first</source>
        <translation>önce yıl</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="86"/>
        <source>{value} is not a number</source>
        <translation>{value} bir sayı değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="87"/>
        <source>{value} is outside 0–10</source>
        <translation>{value} 0–10 aralığının dışında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="88"/>
        <source>{value} is outside {minimum}–{scale}</source>
        <translation>{value} {minimum}–{scale} aralığının dışında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="89"/>
        <source>{value} is not a rating</source>
        <translation>{value} bir değerlendirme değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="90"/>
        <source>{value} is not a date</source>
        <translation>{value} bir tarih değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="91"/>
        <source>{value} is not a spreadsheet date</source>
        <translation>{value} bir elektronik tablo tarihi değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="92"/>
        <source>{value} is not a valid date</source>
        <translation>{value} geçerli bir tarih değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="93"/>
        <source>{value} is not a valid date in {order} order ({code})</source>
        <translation>{value}, {order} ({code}) sırasına göre geçerli bir tarih değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="134"/>
        <source>{value} is a date, not a score</source>
        <translation>{value} bir tarih, puan değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="148"/>
        <source>{value} is not a whole number</source>
        <translation>{value} bir tam sayı değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a score: write the number alone ({top})</source>
        <translation>&apos;{text}&apos; bir puan değil: sayıyı tek başına yazın ({top})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="178"/>
        <source>&apos;{text}&apos; is not a score: scores are 0–10, not out of {bottom}</source>
        <translation>&apos;{text}&apos; bir puan değil: puanlar 0–10 arasıdır, {bottom} üzerinden değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="186"/>
        <source>&apos;{text}&apos; is not a number: write it in digits ({digits})</source>
        <translation>&apos;{text}&apos; bir sayı değil: rakamla yazın ({digits})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="249"/>
        <source>&apos;{text}&apos; shows {stars} stars, but the scale is {scale}</source>
        <translation>&apos;{text}&apos; {stars} yıldız gösteriyor, ancak ölçek {scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="267"/>
        <source>&apos;{text}&apos; is out of {bottom}, but this column&apos;s scale is {minimum}–{scale}</source>
        <translation>&apos;{text}&apos; {bottom} üzerinden, ancak bu sütunun ölçeği {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="313"/>
        <source>{value} is 29 February 1900, a day that exists only in Excel</source>
        <translation>{value}, 29 Şubat 1900; bu gün yalnızca Excel&apos;de var</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="397"/>
        <source>{value} is a time of day, not a date</source>
        <translation>{value} bir saat değeri, tarih değil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="408"/>
        <source>{value} is before {earliest}, too early to be feedback</source>
        <translation>{value}, {earliest} tarihinden önce; geri bildirim olamayacak kadar erken</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="417"/>
        <source>{value} is in the future</source>
        <translation>{value} gelecekte bir tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="466"/>
        <source>{value} is not a date: use a spreadsheet date, 2024-01-05 or day/month/year</source>
        <translation>{value} bir tarih değil: bir elektronik tablo tarihi, 2024-01-05 veya gün/ay/yıl kullanın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="485"/>
        <source>{value} is ambiguous: it could be {day_first} (day-first) or {month_first} (month-first); choose the date order for this column</source>
        <translation>{value} belirsiz: {day_first} (önce gün) veya {month_first} (önce ay) olabilir; bu sütun için tarih sırasını seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="490"/>
        <source>{value} needs a date order: choose day-first (DMY), month-first (MDY) or year-first (YMD) for this column</source>
        <translation>{value} için bir tarih sırası gerekiyor: bu sütun için önce gün (DMY), önce ay (MDY) veya önce yıl (YMD) seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="494"/>
        <source>{value} needs a date order: choose day-first (DMY) or month-first (MDY) for this column</source>
        <translation>{value} için bir tarih sırası gerekiyor: bu sütun için önce gün (DMY) veya önce ay (MDY) seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="500"/>
        <source>{value} does not fit in {order} order ({code})</source>
        <translation>{value}, {order} ({code}) sırasına uymuyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/convert.py" line="23"/>
        <source>The row has no score, rating or text, so there is nothing to import.</source>
        <translation>Satırda puan, değerlendirme veya metin yok; bu yüzden içe aktarılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="222"/>
        <source>Step {n} of {total}</source>
        <translation>Adım {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation>İ&amp;leri &gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="233"/>
        <source>&amp;Stop Import</source>
        <translation>İçe aktarmayı &amp;durdur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="235"/>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="237"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="403"/>
        <source>Importing {name}…</source>
        <translation>{name} içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>Import File</source>
        <translation>Dosya içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="464"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="252"/>
        <source>Listing imports…</source>
        <translation>İçe aktarmalar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="275"/>
        <source>Could not list the imports: {error}</source>
        <translation>İçe aktarmalar listelenemedi: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>No rows of {file} were rejected.</source>
        <translation>{file} dosyasından hiçbir satır reddedilmedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="328"/>
        <source>Listing rejected rows…</source>
        <translation>Reddedilen satırlar listeleniyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="322"/>
        <source>Rejected rows of {file}: %Ln. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>{file} dosyasının reddedilen satırları: %Ln. Dışa aktarın, düzeltin ve dosyayı yeniden içe aktarın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="373"/>
        <source>Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>{file} içe aktarmasının ({when}) kataloğa eklediği %Ln kayıt, etiketleri ve atamalarıyla birlikte kaldırılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation>Bu işlem geri alınamaz, ancak dosyayı daha sonra yeniden içe aktarabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="383"/>
        <source>Undo Import</source>
        <translation>İçe aktarmayı geri al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="393"/>
        <source>Undoing the import of {file}…</source>
        <translation>{file} içe aktarması geri alınıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="398"/>
        <source>Undo Failed</source>
        <translation>Geri alma başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="399"/>
        <source>Could not undo the import.</source>
        <translation>İçe aktarma geri alınamadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="405"/>
        <source>%Ln item(s) of {file} removed.</source>
        <translation>
            <numerusform>{file} dosyasından %Ln kayıt kaldırıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="414"/>
        <source>No catalogue is open.</source>
        <translation>Açık katalog yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="417"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation>Henüz içe aktarma yok. Buraya bir elektronik tablo sürükleyin veya Dosya ▸ Dosya İçe Aktar… seçeneğini kullanın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="422"/>
        <source>&amp;Import File…</source>
        <translation>Dosya &amp;İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="423"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>Reddedilen satırları dı&amp;şa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="424"/>
        <source>&amp;Undo Import…</source>
        <translation>İçe aktarmayı &amp;geri al…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="425"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Bir elektronik tablodan veya CSV dosyasından geri bildirim içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="427"/>
        <source>Save the rejected rows of the selected import, to fix them and import them again</source>
        <translation>Seçili içe aktarmanın reddedilen satırlarını, düzeltip yeniden içe aktarmak üzere kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="429"/>
        <source>Remove the items the selected import added</source>
        <translation>Seçili içe aktarmanın eklediği kayıtları kaldır</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Overdue</source>
        <translation>Geciken</translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation>Paylaşılan veya Eşitlenen Klasör</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation>{file} bir bulut eşitleme klasöründe.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation>{file} bir ağ paylaşımında.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation>Paylaşılan veya eşitlenen bir klasördeki SQLite, iki kişi aynı anda yazdığında kataloğu bozabilir. Yerel bir kopya üzerinde çalışın veya PostgreSQL üzerinde bir ekip kataloğu kullanın.

Katalog sizde açıkken yanındaki bir kilit dosyası, başkalarına içinde kimin çalıştığını bildirir; onlar da kataloğu salt okunur açabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation>Bu dosya için bir daha uyarma</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation>Salt okunur: {user} ({host}) tarafından açık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation>Kilit doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation>{user} ({host})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation>başka biri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation>Katalog Devralındı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation>{file}, {who} tarafından devralındı. Şimdiye kadar yaptığınız değişiklikler kaydedildi; katalog şimdi salt okunur olarak yeniden açıldı.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation>bugün {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation>Katalog Kullanımda</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation>{file}, {user} ({host}) tarafından açık (açılış: {time}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation>Terk edilmiş görünüyor: onu açan program bu bilgisayarda artık çalışmıyor (belki beklenmedik şekilde kapandı).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation>Terk edilmiş görünüyor: {host} kilidi şu zamandan beri doğrulamadı: {time}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation>Kilit dosyası okunamıyor ve bir süredir değişmedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation>İncelemek için salt okunur açabilirsiniz. Değiştirmek için önce {user} kullanıcısından kapatmasını isteyin: aynı katalog dosyasına iki kişinin yazması dosyaya zarar verebilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation>Yalnızca artık kimsenin içinde çalışmadığından eminseniz devralın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation>İşlem {pid}, Advocacy Desktop {version}
Son doğrulama: {heartbeat}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation>Salt Okunur Aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation>Devral</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="208"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Yeni Katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="209"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Yeni, boş bir katalog dosyası oluştur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="211"/>
        <source>Open an existing catalogue file</source>
        <translation>Var olan bir katalog dosyasını aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation>Son &amp;Kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="213"/>
        <source>&amp;Clear Menu</source>
        <translation>Menüyü &amp;Temizle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="214"/>
        <source>&amp;Import File…</source>
        <translation>Dosya &amp;İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="215"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Bir elektronik tablodan veya CSV dosyasından geri bildirim içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="216"/>
        <source>&amp;Backup…</source>
        <translation>Yedek&amp;le…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="217"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Açık kataloğun tutarlı bir kopyasını kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="222"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="223"/>
        <source>Choose the language and the theme</source>
        <translation>Dili ve temayı seç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="226"/>
        <source>&amp;Navigation Panel</source>
        <translation>&amp;Gezinme Paneli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="229"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam Ekran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="231"/>
        <source>&amp;System Default</source>
        <translation>&amp;Sistem Varsayılanı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="232"/>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="233"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Sistemi İzle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="234"/>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="238"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanıcı Kılavuzu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="239"/>
        <source>How the app serves the five steps of the method</source>
        <translation>Uygulamanın yöntemin beş adımına nasıl hizmet ettiği</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Klavye Kısa&amp;yolları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="241"/>
        <source>Every keyboard shortcut of the app, by area</source>
        <translation>Uygulamanın tüm klavye kısayolları, alanlara göre</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="242"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Advocacy Desktop &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="243"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Geri Al: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Yinele: {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="209"/>
        <source>{name} is already open.</source>
        <translation>{name} zaten açık.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="220"/>
        <source>Opening {name}…</source>
        <translation>{name} açılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="238"/>
        <source>Creating {name}…</source>
        <translation>{name} oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>Customer feedback</source>
        <translation>Müşteri geri bildirimleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="251"/>
        <source>New Catalogue</source>
        <translation>Yeni Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="266"/>
        <source>Open Catalogue</source>
        <translation>Katalog Aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="273"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Son kullanılan katalog ({path}) artık yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="295"/>
        <source>Back Up Catalogue</source>
        <translation>Kataloğu Yedekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="303"/>
        <source>Backing up {name}…</source>
        <translation>{name} yedekleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="308"/>
        <source>Backup cancelled.</source>
        <translation>Yedekleme iptal edildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="320"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="337"/>
        <source>Opened {path}</source>
        <translation>{path} açıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Son kullanılan kataloglar listesinden kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="350"/>
        <source>Cannot Open Catalogue</source>
        <translation>Katalog Açılamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="351"/>
        <source>Could not open {path}</source>
        <translation>{path} açılamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="358"/>
        <source>Cannot Create Catalogue</source>
        <translation>Katalog Oluşturulamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="359"/>
        <source>Could not create {path}</source>
        <translation>{path} oluşturulamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="368"/>
        <source>Opening {name} was cancelled.</source>
        <translation>{name} açma işlemi iptal edildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="373"/>
        <source>Backup saved to {path}</source>
        <translation>Yedek kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="378"/>
        <source>Backup Failed</source>
        <translation>Yedekleme Başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="379"/>
        <source>Could not back up to {path}</source>
        <translation>{path} konumuna yedeklenemedi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="430"/>
        <source>{name} (read-only)</source>
        <translation>{name} (salt okunur)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="458"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy katalogları (*.advocacy);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="328"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>%n değer okunamıyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="177"/>
        <source>Check the Columns</source>
        <translation>Sütunları kontrol edin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="181"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation>Her sütunun ne içerdiğini seçin. Vurgulanan hücreler okunamıyor: satırları reddedilecek ve düzeltebilmeniz için içe aktarmadan sonra listelenecek.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Checking the values…</source>
        <translation>Değerler kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="242"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>İlk satırlardan %n tanesi olduğu gibi içe aktarılamaz (vurgulandı).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="248"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>İlk %n satırda sorun yok.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="259"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation>Dosya UTF-8 değil; {encoding} gibi görünüyor. Önizlemedeki aksanlı harfleri kontrol edin (é, ü, ñ…): yanlış görünüyorlarsa başka bir kodlama deneyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="276"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation>“{column}” sütunundaki tarihler birden fazla şekilde okunabilir (05/01/2024, 5 Ocak mı yoksa 1 Mayıs mı?). Devam etmek için sıralarını seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="281"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation>Sütunlar kayıtlı “{name}” şablonuyla eşleştirildi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="285"/>
        <source>You changed the mapping since.</source>
        <translation>O zamandan beri eşleştirmeyi değiştirdiniz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Day first</source>
        <translation>Önce gün</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="297"/>
        <source>Month first</source>
        <translation>Önce ay</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="298"/>
        <source>Year first</source>
        <translation>Önce yıl</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="304"/>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="314"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Batı Avrupa)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="315"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Go back and choose a file that can be read.</source>
        <translation>Geri dönün ve okunabilen bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation>Devam etmek için “Metin doğru görünüyor” kutusunu işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="331"/>
        <source>Choose the order of the dates to go on.</source>
        <translation>Devam etmek için tarihlerin sırasını seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="334"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation>Puan, değerlendirme veya metin için bir sütun seçin: bunların hiçbiri olmayan satırlar içe aktarılamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="342"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodlama:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="343"/>
        <source>The text &amp;looks right</source>
        <translation>Metin doğru &amp;görünüyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>&amp;Date order:</source>
        <translation>&amp;Tarih sırası:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Columns and fields</source>
        <translation>Sütunlar ve alanlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>First rows of the file</source>
        <translation>Dosyanın ilk satırları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="351"/>
        <source>Only rows with &amp;problems</source>
        <translation>Yalnızca &amp;sorunlu satırlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Save as &amp;template:</source>
        <translation>Şa&amp;blon olarak kaydet:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="354"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation>Ad (isteğe bağlı): aynı sütunlara sahip dosyalarda yeniden kullanılır</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Accountable</source>
        <translation>Hesap veren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Consulted</source>
        <translation>Danışılan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Informed</source>
        <translation>Bilgilendirilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="76"/>
        <source>Need or source</source>
        <translation>İhtiyaç veya kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="82"/>
        <source>Source: {name}</source>
        <translation>Kaynak: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>(from {parent})</source>
        <translation>({parent} üzerinden)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="100"/>
        <source>Nobody is responsible</source>
        <translation>Sorumlu kimse yok</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="22"/>
        <source>An active person is a customer advocate.</source>
        <translation>Müşteri savunucusu rolünde etkin bir kişi var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="23"/>
        <source>A team role with 2 or more active members is responsible for needs.</source>
        <translation>2 veya daha fazla etkin üyesi olan bir ekip rolü ihtiyaçlardan sorumlu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="25"/>
        <source>An active person is an advocacy coordinator.</source>
        <translation>Savunuculuk koordinatörü rolünde etkin bir kişi var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="26"/>
        <source>A coordinator is Accountable for most needs.</source>
        <translation>Bir koordinatör, ihtiyaçların çoğunda Hesap veren konumunda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="27"/>
        <source>Every collected source has an owner.</source>
        <translation>Toplanan her kaynağın bir sahibi var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="28"/>
        <source>An active person is an executive sponsor.</source>
        <translation>Üst yönetim sponsoru rolünde etkin bir kişi var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="29"/>
        <source>Every need has a Responsible and an Accountable.</source>
        <translation>Her ihtiyacın bir Sorumlusu ve bir Hesap vereni var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="30"/>
        <source>Most active people have a role.</source>
        <translation>Etkin kişilerin çoğunun bir rolü var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="39"/>
        <source>Give an active person the customer advocate role.</source>
        <translation>Etkin bir kişiye müşteri savunucusu rolünü verin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="41"/>
        <source>Make a role with at least 2 active members Responsible for at least one need.</source>
        <translation>En az 2 etkin üyesi olan bir rolü en az bir ihtiyaç için Sorumlu yapın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="44"/>
        <source>Give an active person the advocacy coordinator role.</source>
        <translation>Etkin bir kişiye savunuculuk koordinatörü rolünü verin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="46"/>
        <source>Make a coordinator Accountable for more than half of the needs (now {coordinated} of {needs}).</source>
        <translation>Bir koordinatörü ihtiyaçların yarısından fazlası için Hesap veren yapın (şu an: {coordinated}/{needs}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="49"/>
        <source>Give every collected source a Responsible or an owner (%Ln without one).</source>
        <translation>
            <numerusform>Toplanan her kaynağa bir Sorumlu veya sahip atayın (%Ln kaynakta eksik).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="52"/>
        <source>Give an active person the executive sponsor role.</source>
        <translation>Etkin bir kişiye üst yönetim sponsoru rolünü verin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="54"/>
        <source>Give every need a Responsible and an Accountable (%Ln without them).</source>
        <translation>
            <numerusform>Her ihtiyaca bir Sorumlu ve bir Hesap veren atayın (%Ln ihtiyaçta eksik).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="57"/>
        <source>Give more than half of the active people a role (now {with_role} of {active}).</source>
        <translation>Etkin kişilerin yarısından fazlasına bir rol verin (şu an: {with_role}/{active}).</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="46"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>Katalog &amp;Birleştir…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="48"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation>Başka bir kataloğun kayıtlarını, ihtiyaçlarını, kişilerini ve atamalarını bu kataloğa getir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="59"/>
        <source>Merge Which Catalogue?</source>
        <translation>Hangi Katalog Birleştirilsin?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="60"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation>Kataloglar (*.advocacy);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="67"/>
        <source>Cannot Merge</source>
        <translation>Birleştirilemiyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="68"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} açılamıyor: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Items</source>
        <extracomment>names the service uses for tables, marked for lupdate and translated where shown (context MergeDialog), so a language switch after import changes them too</extracomment>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Item needs</source>
        <translation>Kayıt ihtiyaçları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="52"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="53"/>
        <source>Role holders</source>
        <translation>Rol sahipleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="54"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="55"/>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="56"/>
        <source>Responsibilities</source>
        <translation>Sorumluluklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="57"/>
        <source>Imports</source>
        <translation>İçe aktarmalar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="58"/>
        <source>Rejected rows</source>
        <translation>Reddedilen satırlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="59"/>
        <source>Column mappings</source>
        <translation>Sütun eşleştirmeleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="60"/>
        <source>Tag rules</source>
        <translation>Etiketleme kuralları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="61"/>
        <source>Care log</source>
        <translation>İlgi günlüğü</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="62"/>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="247"/>
        <source>Merge Catalogue</source>
        <translation>Katalog Birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="252"/>
        <source>Comparing the catalogues…</source>
        <translation>Kataloglar karşılaştırılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="279"/>
        <source>Keep All Ours</source>
        <translation>Tümünde Bizimkini Koru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="280"/>
        <source>Take All Theirs</source>
        <translation>Tümünde Onlarınkini Al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="281"/>
        <source>Take the Newer</source>
        <translation>Daha Yeniyi Al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="282"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation>Onlarınki daha sonra düzenlendiyse onlarınkini al</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="327"/>
        <source>Comparing catalogues…</source>
        <translation>Kataloglar karşılaştırılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="333"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation>“{source}” bu katalogla ({target}) birleştiriliyor. Deneme çalıştırması: {new:n} satır eklenecek. İki katalogda da farklı olan satırlar çakışmadır: diğer kataloğun doğru olduğu yerlerde “Onlarınkini al” kutusunu işaretleyin; diğerlerinde bizimki korunur. Hiçbir şey silinmez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="340"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n çakışma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="343"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation>{by} ile eşleştirildi: {what} “{label}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="346"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… ve ada göre eşleştirilen %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="362"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation>Onlarınki: {theirs} · bizimki: {ours}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="370"/>
        <source>Merging…</source>
        <translation>Birleştiriliyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="376"/>
        <source>Merging catalogues…</source>
        <translation>Kataloglar birleştiriliyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation>Birleştirildi: {added:n} satır eklendi, {theirs:n} çakışmada onlarınki alındı, {ours:n} çakışmada bizimki korundu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="390"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation>Birleştirme iptal edildi: hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="394"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation>Birleştirme başarısız: {error}. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation>İhtiyacı Birleştir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %Ln item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>“{name}” ihtiyacını başka bir ihtiyaçla birleştirin. Bununla etiketlenmiş %Ln kayıt bunun yerine o ihtiyacı alır (hiçbiri iki kez almaz), altındaki ihtiyaçlar oraya taşınır ve “{name}” kaldırılır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation>Birleştirilecek ihtiyaç:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="108"/>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="109"/>
        <source>Hide this message</source>
        <translation>Bu iletiyi gizle</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="371"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation>Kayıtları burada etiketlemek için İhtiyaçlar sayfasında ihtiyaç ekleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="374"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation>Büyük seçim ({n} kayıt): kutular durum göstermez; bir tıklama tümünü etiketler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Needs of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Seçili %Ln kaydın ihtiyaçları</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="379"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation>Etiketlemek için kayıtları seçin veya bir ihtiyacın üzerine sürükleyin.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Need</source>
        <translation>İhtiyaç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Items</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Key</source>
        <translation>Tuş</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="84"/>
        <source>%Ln item(s) tagged with this need itself</source>
        <translation>
            <numerusform>Doğrudan bu ihtiyaçla etiketlenmiş %Ln kayıt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="195"/>
        <source>Listing needs…</source>
        <translation>İhtiyaçlar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="208"/>
        <source>Could not list the needs: {error}</source>
        <translation>İhtiyaçlar listelenemedi: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="291"/>
        <source>Needs</source>
        <translation>İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Name of the need under “{parent}”:</source>
        <translation>“{parent}” altındaki ihtiyacın adı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="308"/>
        <source>Name of the need:</source>
        <translation>İhtiyacın adı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="309"/>
        <source>Add Need</source>
        <translation>İhtiyaç Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="313"/>
        <source>Add need “{name}”</source>
        <translation>“{name}” ihtiyacını ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="325"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation>“{old}” ihtiyacını “{new}” olarak yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="331"/>
        <source>Edit need “{name}”</source>
        <translation>“{name}” ihtiyacını düzenle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="340"/>
        <source>Colour of “{name}”</source>
        <translation>“{name}” rengi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="346"/>
        <source>Colour need “{name}”</source>
        <translation>“{name}” ihtiyacını renklendir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="359"/>
        <source>Set the key of need “{name}”</source>
        <translation>“{name}” ihtiyacının tuşunu ayarla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="366"/>
        <source>Move need “{name}”</source>
        <translation>“{name}” ihtiyacını taşı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="388"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation>“{source}” ihtiyacını “{target}” ile birleştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="413"/>
        <source>Delete need “{name}”</source>
        <translation>“{name}” ihtiyacını sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>Needs taxonomy (*.json)</source>
        <translation>İhtiyaç taksonomisi (*.json)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="449"/>
        <source>Export Needs</source>
        <translation>İhtiyaçları Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="450"/>
        <source>needs.json</source>
        <translation>ihtiyaclar.json</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="460"/>
        <source>Exporting needs…</source>
        <translation>İhtiyaçlar dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="463"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>%n ihtiyaç {file} dosyasına dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="466"/>
        <source>Could not export the needs.</source>
        <translation>İhtiyaçlar dışa aktarılamadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="475"/>
        <source>Import Needs</source>
        <translation>İhtiyaçları İçe Aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation>İhtiyaç taksonomisi (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="484"/>
        <source>Importing needs…</source>
        <translation>İhtiyaçlar içe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="488"/>
        <source>Could not import the needs.</source>
        <translation>İhtiyaçlar içe aktarılamadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="495"/>
        <source>Import needs from {file}</source>
        <translation>{file} dosyasından ihtiyaçları içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="499"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>{file} dosyasındaki ihtiyaçlar: {added} eklendi, {updated} güncellendi, {same} değişmedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="510"/>
        <source>No catalogue is open.</source>
        <translation>Açık katalog yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="513"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation>Henüz ihtiyaç yok. Müşterilerinizin dile getirdiği ihtiyaçları ekleyin (Fiyat, ardından Fiyat ▸ İndirimler…) veya başka bir ekibin paylaştığı bir taksonomi dosyasını içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation>Bir ihtiyacı başka bir ihtiyacın altına taşımak için onun üzerine sürükleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>Add &amp;Child</source>
        <translation>&amp;Alt İhtiyaç Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Rename</source>
        <translation>&amp;Yeniden Adlandır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Renk…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Key…</source>
        <translation>&amp;Tuş…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Dışa Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="529"/>
        <source>&amp;Import…</source>
        <translation>&amp;İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="530"/>
        <source>R&amp;ules…</source>
        <translation>&amp;Kurallar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="534"/>
        <source>Add a need at the top of the taxonomy</source>
        <translation>Taksonominin en üst düzeyine bir ihtiyaç ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="535"/>
        <source>Add a need under the selected one</source>
        <translation>Seçili ihtiyacın altına bir ihtiyaç ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="536"/>
        <source>Rename the selected need</source>
        <translation>Seçili ihtiyacı yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="537"/>
        <source>Choose the colour the need is shown in</source>
        <translation>İhtiyacın gösterileceği rengi seç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="538"/>
        <source>Give the need a key that tags the selected items on the Feedback page</source>
        <translation>İhtiyaca, Geri Bildirim sayfasında seçili kayıtları etiketleyen bir tuş ata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="540"/>
        <source>Move the need&apos;s items into another need and remove it</source>
        <translation>İhtiyacın kayıtlarını başka bir ihtiyaca taşı ve bu ihtiyacı kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="541"/>
        <source>Delete the selected need</source>
        <translation>Seçili ihtiyacı sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="542"/>
        <source>Save the taxonomy as a file another team can import</source>
        <translation>Taksonomiyi başka bir ekibin içe aktarabileceği bir dosya olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="543"/>
        <source>Add or update needs from a taxonomy file</source>
        <translation>Bir taksonomi dosyasından ihtiyaç ekle veya güncelle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="545"/>
        <source>Auto-tag rules: tag a need on the items whose text matches</source>
        <translation>Otomatik etiketleme kuralları: metni eşleşen kayıtları bir ihtiyaçla etiketle</translation>
    </message>
</context>
<context>
    <name>NeedsService</name>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="29"/>
        <source>There is no need with id {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı ihtiyaç yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="105"/>
        <source>The needs changed since; this step can no longer be undone or redone.</source>
        <translation>İhtiyaçlar o zamandan beri değişti; bu adım artık geri alınamaz veya yinelenemez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="170"/>
        <source>A need to be removed has been given items or needs since; this step can no longer be undone or redone.</source>
        <translation>Kaldırılacak bir ihtiyaca o zamandan beri kayıt veya ihtiyaç eklendi; bu adım artık geri alınamaz veya yinelenemez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="113"/>
        <source>A need needs a name.</source>
        <translation>Bir ihtiyacın adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="115"/>
        <source>A need&apos;s name cannot contain &apos;&gt;&apos; or &apos;›&apos; (they join paths): {name}.</source>
        <translation>Bir ihtiyacın adı &apos;&gt;&apos; veya &apos;›&apos; içeremez (bunlar yolları birleştirir): {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="119"/>
        <source>A need&apos;s name is at most {limit} characters long.</source>
        <translation>Bir ihtiyacın adı en fazla {limit} karakter uzunluğunda olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="129"/>
        <source>{colour} is not a colour; use #rrggbb, e.g. #3a7bd5.</source>
        <translation>{colour} bir renk değil; #rrggbb biçimini kullanın, ör. #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="142"/>
        <source>A shortcut is one key, a letter or a sign: {key} is not.</source>
        <translation>Kısayol tek bir tuş olmalıdır (bir harf veya işaret): {key} uygun değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="146"/>
        <source>Digits are reserved for scores; choose a letter or a sign.</source>
        <translation>Rakamlar puanlar için ayrılmıştır; bir harf veya işaret seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="212"/>
        <source>There is already a need called {name} under {parent}.</source>
        <translation>{parent} altında {name} adlı bir ihtiyaç zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="215"/>
        <source>There is already a need called {name} at the top level.</source>
        <translation>En üst düzeyde {name} adlı bir ihtiyaç zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="224"/>
        <source>The key {key} is already the shortcut of {name}.</source>
        <translation>{key} tuşu zaten {name} ihtiyacının kısayolu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="256"/>
        <source>{name} cannot go under {parent}: that need is {name} itself or below it.</source>
        <translation>{name} ihtiyacı {parent} altına taşınamaz: o ihtiyaç {name} ihtiyacının kendisi veya onun altında.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="467"/>
        <source>A need cannot be merged into itself.</source>
        <translation>Bir ihtiyaç kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="470"/>
        <source>{source} cannot be merged into {target}, which is below it; move {target} out first.</source>
        <translation>{source} ihtiyacı, altındaki {target} ihtiyacıyla birleştirilemez; önce {target} ihtiyacını dışarı taşıyın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="500"/>
        <source>The items of a deleted need cannot stay on it.</source>
        <translation>Silinen bir ihtiyacın kayıtları onda kalamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="505"/>
        <source>The needs below a deleted need must go to another need.</source>
        <translation>Silinen bir ihtiyacın altındaki ihtiyaçlar başka bir ihtiyaca taşınmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="511"/>
        <source>{count} item(s) are tagged {name}: choose a need for them, or confirm that they lose this tag.</source>
        <translation>{count} kayıt {name} ile etiketli: bunlar için bir ihtiyaç seçin veya bu etiketi kaybedeceklerini onaylayın.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="394"/>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="397"/>
        <source>Last choices before the import.</source>
        <translation>İçe aktarmadan önceki son seçimler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Check</source>
        <translation>&amp;Denetle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="429"/>
        <source>Listing sources…</source>
        <translation>Kaynaklar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation>Dosyada bir kaynak sütunu var (“{column}”): bu kaynak yalnızca o hücresi boş olan satırlara verilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="456"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation>Dosyada kaynak sütunu yok: her satır bu kaynağı alır, ör. Trustpilot veya Destek masası. Bilmiyorsanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, “{sheet}” sayfası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="464"/>
        <source>Ready to read {where}</source>
        <translation>{where} okunmaya hazır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="466"/>
        <source>(about {rows} rows)</source>
        <translation>(yaklaşık {rows} satır)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation>Eşleştirme “{name}” şablonu olarak kaydedilecek.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="475"/>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="476"/>
        <source>e.g. Trustpilot</source>
        <translation>ör. Trustpilot</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="477"/>
        <source>Check &amp;only, do not import</source>
        <translation>&amp;Yalnızca denetle, içe aktarma</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="480"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation>Her satırı okur ve nelerin içe aktarılacağını, nelerin zaten katalogda olduğunu ve nelerin reddedileceğini sayar. Katalog değiştirilmez.</translation>
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
        <source>Advocates</source>
        <translation>Marka Elçileri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation>Marka elçileri · Onları bulun, elinizde tutun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation>Son yanıtı 9 veya 10 olan müşteriler, onlar için en son ne yapıldığı ve kimlerin uzaklaşma riski taşıdığı: sizi kendiliğinden tavsiye eden destekçiler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation>İçe Aktarmalar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Yöntemin 3. adımı · Toplama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Kataloğa aktarılan her dosya; reddedilen satırlar ve nedenleriyle birlikte, düzeltilip yeniden içe aktarılabilmeleri için.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Older record</source>
        <translation>Eski kayıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Newer record</source>
        <translation>Yeni kayıt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="97"/>
        <source>id {id}</source>
        <translation>numara {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same e-mail</source>
        <translation>Aynı e-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same name</source>
        <translation>Aynı ad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="106"/>
        <source>Both match “{key}”</source>
        <translation>İkisi de “{key}” ile eşleşiyor</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="182"/>
        <source>No people yet</source>
        <translation>Henüz kişi yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="183"/>
        <source>Add the people who follow up feedback with Add Person…, and give them roles: the customer advocate, the owner of a need or of a source.</source>
        <translation>Geri bildirimleri takip eden kişileri Kişi Ekle… ile ekleyin ve onlara rol verin: müşteri savunucusu, bir ihtiyacın veya bir kaynağın sahibi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="219"/>
        <source>No needs or sources yet</source>
        <translation>Henüz ihtiyaç veya kaynak yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="220"/>
        <source>List your sources on the Sources page and your customers&apos; needs on the Needs page; then give each of them a Responsible here.</source>
        <translation>Kaynaklarınızı Kaynaklar sayfasında, müşterilerinizin ihtiyaçlarını İhtiyaçlar sayfasında listeleyin; ardından burada her birine bir Sorumlu atayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="245"/>
        <source>Nothing yet: the list below says what the next level needs.</source>
        <translation>Henüz hiçbiri yok: bir sonraki düzey için gerekenler aşağıdaki listede.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="275"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="544"/>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="302"/>
        <source>Reading people and responsibilities…</source>
        <translation>Kişiler ve sorumluluklar okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="315"/>
        <source>Could not read the people: {error}</source>
        <translation>Kişiler okunamadı: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="335"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>Sorumlusu olmayan %n ihtiyaç veya kaynak var. Sahibini seçmek için bir hücreye çift tıklayın veya Enter tuşuna basın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="345"/>
        <source>Level {level} of 4 — {name}</source>
        <translation>Düzey {level}/4 — {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="368"/>
        <source>The highest level is reached.</source>
        <translation>En yüksek düzeye ulaşıldı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="370"/>
        <source>Missing for level {level}:</source>
        <translation>{level}. düzey için eksik olanlar:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>no advocates yet</source>
        <translation>henüz savunucu yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>single advocates</source>
        <translation>tek tük savunucular</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>an advocacy team</source>
        <translation>bir savunuculuk ekibi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>coordination across the company</source>
        <translation>şirket genelinde koordinasyon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="376"/>
        <source>every strategy and every employee</source>
        <translation>her strateji ve her çalışan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="403"/>
        <source>{name} added.</source>
        <translation>{name} eklendi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="423"/>
        <source>Role {name} added.</source>
        <translation>{name} rolü eklendi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>Add Role</source>
        <translation>Rol Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <source>Role name:</source>
        <translation>Rol adı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>What does this role do? (optional)</source>
        <translation>Bu rol ne yapar? (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="462"/>
        <source>Set {kind} for {name}</source>
        <translation>{name} için {kind} ata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="473"/>
        <source>Clear {kind} for {name}</source>
        <translation>{name} için {kind} kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="504"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation>Önce bir Sorumlu, Hesap veren, Danışılan veya Bilgilendirilen hücresi seçin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="516"/>
        <source>Export Matrix</source>
        <translation>Matrisi Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="528"/>
        <source>Exporting the matrix…</source>
        <translation>Matris dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>{file} dosyasına %n satır yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="532"/>
        <source>Export Failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="533"/>
        <source>Could not export the matrix.</source>
        <translation>Matris dışa aktarılamadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="540"/>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Responsibilities</source>
        <translation>Sorumluluklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="542"/>
        <source>Maturity</source>
        <translation>Olgunluk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>&amp;Add Person…</source>
        <translation>Kişi &amp;Ekle…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Add &amp;Role…</source>
        <translation>&amp;Rol Ekle…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="547"/>
        <source>&amp;Choose Holder…</source>
        <translation>&amp;Sahip Seç…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="548"/>
        <source>C&amp;lear</source>
        <translation>&amp;Temizle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="549"/>
        <source>E&amp;xport Matrix…</source>
        <translation>Matrisi &amp;Dışa Aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="551"/>
        <source>Add someone who follows up feedback, with roles</source>
        <translation>Geri bildirimleri takip eden birini rolleriyle birlikte ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="552"/>
        <source>Add a role of your own beside the pre-filled ones</source>
        <translation>Hazır rollerin yanına kendi rolünüzü ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>Choose who holds the selected cell of the matrix</source>
        <translation>Matrisin seçili hücresinin sahibini seç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Remove every holder of the selected cell</source>
        <translation>Seçili hücrenin tüm sahiplerini kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Save the matrix as an Excel workbook</source>
        <translation>Matrisi Excel çalışma kitabı olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Reached:</source>
        <translation>Ulaşılan:</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="133"/>
        <source>A person needs a name.</source>
        <extracomment>The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.</extracomment>
        <translation>Bir kişinin adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="134"/>
        <source>A role needs a name.</source>
        <translation>Bir rolün adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="136"/>
        <source>A person name can have at most {limit} characters.</source>
        <translation>Bir kişi adı en fazla {limit} karakter olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="138"/>
        <source>A role name can have at most {limit} characters.</source>
        <translation>Bir rol adı en fazla {limit} karakter olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="140"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı kişi yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="149"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” bir e-posta adresi değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="173"/>
        <source>There is no role with id {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı rol yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="187"/>
        <source>{name} has the e-mail address {email} already.</source>
        <translation>{email} e-posta adresi zaten {name} kişisine ait.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="195"/>
        <source>There is a role called “{name}” already.</source>
        <translation>“{name}” adlı bir rol zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="329"/>
        <source>A maturity level is 1, 2, 3 or 4.</source>
        <translation>Olgunluk düzeyi 1, 2, 3 veya 4 olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="374"/>
        <source>The role “{name}” is in use ({members} member(s), {cells} responsibility(ies)): remove them first.</source>
        <translation>“{name}” rolü kullanımda ({members} üye, {cells} sorumluluk): önce bunları kaldırın.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="90"/>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="92"/>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="95"/>
        <source>Both apply at once and are remembered.</source>
        <translation>İkisi de hemen uygulanır ve hatırlanır.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="192"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation>{row}. satır reddedilecek:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>(extra)</source>
        <translation>(ek)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="208"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation>{letter} sütunu “{header}”, {field} olarak içe aktarılır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="212"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation>{letter} sütunu “{header}” bir alan olarak içe aktarılmaz; değerleri her kayıtta ek bilgi olarak saklanır.</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="135"/>
        <source>this catalogue has no pseudonym secret yet: open it for writing once to create one</source>
        <extracomment>audit_log copies about the erased customer and their items are replaced by this shorter names or ids are only matched as whole values, never inside longer text</extracomment>
        <translation>bu kataloğun henüz bir takma ad gizli anahtarı yok: oluşturmak için kataloğu bir kez yazılabilir olarak açın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="392"/>
        <source>There is no customer with id {id}.</source>
        <translation>{id} numaralı müşteri yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="396"/>
        <source>Customer {uuid} was already erased: nothing personal is left.</source>
        <translation>{uuid} müşterisi zaten silinmiş: kişisel hiçbir şey kalmadı.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Assignee</source>
        <translation>Atanan kişi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="132"/>
        <source>Nobody</source>
        <translation>Hiç kimse</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="135"/>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="283"/>
        <source>(no source)</source>
        <translation>(kaynak yok)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="300"/>
        <source>No star ratings match the filter.</source>
        <translation>Filtreyle eşleşen yıldız değerlendirmesi yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="301"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation>Yıldız değerlendirmeleri kendi ölçeğini korur ve asla NPS&apos;e sayılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="304"/>
        <source>Star ratings by source</source>
        <translation>Kaynağa göre yıldız değerlendirmeleri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Scale</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Ratings</source>
        <translation>Değerlendirmeler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Mean</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="308"/>
        <source>Stars (rounded)</source>
        <translation>Yıldız (yuvarlanmış)</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="490"/>
        <source>Say where to save the catalogue.</source>
        <translation>Kataloğun nereye kaydedileceğini belirtin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="493"/>
        <source>{name} exists already: choose another name (an existing file is never replaced).</source>
        <translation>{name} zaten var: başka bir ad seçin (var olan bir dosyanın üzerine asla yazılmaz).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="514"/>
        <source>Save the Catalogue As</source>
        <translation>Kataloğu Farklı Kaydet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="515"/>
        <source>Advocacy catalogues (*.advocacy)</source>
        <translation>Advocacy katalogları (*.advocacy)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="524"/>
        <source>Your catalogue</source>
        <translation>Kataloğunuz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="526"/>
        <source>Everything goes into one file you can back up, copy and carry. Finish creates it and opens it.</source>
        <translation>Her şey yedekleyebileceğiniz, kopyalayabileceğiniz ve yanınızda taşıyabileceğiniz tek bir dosyaya kaydedilir. Katalog Oluştur düğmesi bu dosyayı oluşturur ve açar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="528"/>
        <source>Save the catalogue as:</source>
        <translation>Kataloğun kaydedileceği yer:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="529"/>
        <source>&amp;Browse…</source>
        <translation>Göz&amp;at…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="229"/>
        <source>rejected</source>
        <translation>reddedilen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="233"/>
        <source>Export Rejected Rows</source>
        <translation>Reddedilen satırları dışa aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="245"/>
        <source>%Ln row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>Düzeltilecek %Ln satır {path} konumuna kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Export Failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="254"/>
        <source>Could not write {path}</source>
        <translation>{path} yazılamadı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="260"/>
        <source>Exporting rejected rows…</source>
        <translation>Reddedilen satırlar dışa aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="183"/>
        <source>The whole row:</source>
        <translation>Satırın tamamı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="188"/>
        <source>(whole row)</source>
        <translation>(tüm satır)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="434"/>
        <source>Step 5 of 5 · Roles</source>
        <translation>Adım 5 / 5 · Roller</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="436"/>
        <source>Advocacy works when someone owns each need and each source. Start with yourself.</source>
        <translation>Savunuculuk, her ihtiyacın ve her kaynağın bir sahibi olduğunda işe yarar. Kendinizle başlayın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="437"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="439"/>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;E-posta (isteğe bağlı):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="441"/>
        <source>Your &amp;role:</source>
        <translation>&amp;Rolünüz:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="443"/>
        <source>e.g. Alex Morgan</source>
        <translation>ör. Ayşe Yılmaz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="447"/>
        <source>Leave the name empty to add people later. Your team, their roles and who is Responsible, Accountable, Consulted or Informed for each need go on the People page.</source>
        <translation>Kişileri daha sonra eklemek için adı boş bırakın. Ekibiniz, rolleri ve her ihtiyaç için kimin Sorumlu, Hesap veren, Danışılan veya Bilgilendirilen olduğu Kişiler ve roller sayfasında yer alır.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Keyword</source>
        <translation>Anahtar sözcük</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="54"/>
        <source>Phrase</source>
        <translation>Kelime grubu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="55"/>
        <source>Regular expression</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="62"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation>Bununla başlayan sözcükleri bulur; büyük/küçük harf ve aksanları yok sayar (“teslim”, “teslimat” sözcüğünü bulur); Korece, Japonca veya Çincede metnin herhangi bir yerinde bulur.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="67"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation>Bu sözcükleri bu sırayla ve tam sözcük olarak bulur; büyük/küçük harf ve aksanları yok sayar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="71"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation>Metnin yazıldığı haliyle uygulanan, büyük/küçük harfe duyarsız bir Python düzenli ifadesi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="265"/>
        <source>Listing rules…</source>
        <translation>Kurallar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="280"/>
        <source>Could not list the rules: {error}</source>
        <translation>Kurallar listelenemedi: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation>Etkin kurallar her içe aktarmada ve “Uygula” ile çalışır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="301"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="321"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation>Kural silindi. Etiketlediği kayıtlar etiketlerini korur.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="336"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation>Kural eklendi. Her içe aktarmada çalışır; katalogda zaten bulunan kayıtlarda çalıştırmak için “Tüm Kuralları Şimdi Uygula” düğmesine basın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="354"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation>Neyi etiketleyeceğini görmek için bir anahtar sözcük, kelime grubu veya ifade yazın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="368"/>
        <source>Previewing…</source>
        <translation>Önizleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="390"/>
        <source>Previewing rule…</source>
        <translation>Kural önizleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="407"/>
        <source>Could not preview the rule: {error}</source>
        <translation>Kural önizlenemedi: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="412"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>%Ln yeni kaydı etiketler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(toplam %Ln eşleşme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— all of them already have this need.</source>
        <translation>— hepsinde bu ihtiyaç zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="417"/>
        <source>— the others already have this need.</source>
        <translation>— diğerlerinde bu ihtiyaç zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="433"/>
        <source>Applying the rules…</source>
        <translation>Kurallar uygulanıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="437"/>
        <source>Applying auto-tag rules…</source>
        <translation>Otomatik etiketleme kuralları uygulanıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="448"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>Kurallar %Ln kaydı etiketledi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation>Düzen ▸ Geri Al bu etiketleri yeniden kaldırır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="457"/>
        <source>This cannot be undone here.</source>
        <translation>Bu işlem burada geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation>İptal edildi: hiçbir şey etiketlenmedi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="470"/>
        <source>Could not apply the rules: {error}</source>
        <translation>Kurallar uygulanamadı: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Auto-tag Rules — {need}</source>
        <translation>Otomatik Etiketleme Kuralları — {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="478"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation>Metni bir kuralla eşleşen kayıtlar “{need}” ile etiketlenir. Etkin kurallar her içe aktarmada çalışır; kurallar her dilde işler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Pattern</source>
        <translation>Desen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="483"/>
        <source>This need has no rules yet.</source>
        <translation>Bu ihtiyacın henüz kuralı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>Keyword, phrase or expression</source>
        <translation>Anahtar sözcük, kelime grubu veya ifade</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>The first items the rule would tag appear here.</source>
        <translation>Kuralın etiketleyeceği ilk kayıtlar burada görünür.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="488"/>
        <source>&amp;Add Rule</source>
        <translation>Kural &amp;Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>New rule</source>
        <translation>Yeni kural</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>A&amp;pply All Rules Now</source>
        <translation>Tüm Kuralları Şimdi &amp;Uygula</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="493"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation>Her ihtiyacın tüm etkin kurallarını bütün katalog üzerinde çalıştırır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="494"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="144"/>
        <source>Check Finished</source>
        <translation>Denetim tamamlandı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Finished</source>
        <translation>İçe aktarma tamamlandı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="149"/>
        <source>Import Cancelled</source>
        <translation>İçe aktarma iptal edildi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="150"/>
        <source>Importing</source>
        <translation>İçe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="161"/>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="164"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation>Satırlar en sonda tek seferde yazılır. İçe aktarmayı durdurursanız hiçbir şey yazılmaz ve katalog olduğu gibi kalır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="187"/>
        <source>{done} of about {total} rows read</source>
        <translation>Yaklaşık {total} satırın {done} tanesi okundu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="194"/>
        <source>{done} rows read</source>
        <translation>{done} satır okundu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="198"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation>Durduruluyor… kataloğa hiçbir şey yazılmıyor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="204"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation>İçe aktarma durduruldu. Kataloğa hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="205"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation>Seçimlerinizi değiştirip yeniden içe aktarmak için geri dönün veya sihirbazı kapatın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="212"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation>Dosya içe aktarılamadı. Kataloğa hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="215"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation>Seçimlerinizi değiştirmek için geri dönün veya dosyayı düzeltip yeniden içe aktarın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation>Dosyanın her satırı denetlendi. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>%Ln item(s) added to the catalogue.</source>
        <translation>
            <numerusform>Kataloğa %Ln kayıt eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="234"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation>Yeni kayıt yok: katalogda okunabilen her satır zaten vardı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>rows read</source>
        <translation>satır okundu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>would be imported</source>
        <translation>içe aktarılacaktı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>imported</source>
        <translation>içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="239"/>
        <source>already there (duplicates)</source>
        <translation>zaten var (yinelenen)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="240"/>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="261"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation>Reddedilen satırlar: düzeltmek için dışa aktarın ve dosyayı yeniden içe aktarın</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="271"/>
        <source>Listing rejected rows…</source>
        <translation>Reddedilen satırlar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="303"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>Reddedilen satırları &amp;dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="304"/>
        <source>Show in &amp;Imports</source>
        <translation>&amp;İçe aktarmalarda göster</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="329"/>
        <source>Step 3 of 5 · A scheme to catalogue by</source>
        <translation>Adım 3 / 5 · Kataloglama şeması</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="331"/>
        <source>Feedback is tagged with the customer needs it speaks of. A clear, shared list of needs lets a team, or a client, read the catalogue the same way.</source>
        <translation>Geri bildirimler, sözünü ettikleri müşteri ihtiyaçlarıyla etiketlenir. Açık ve ortak bir ihtiyaç listesi, bir ekibin veya bir müşterinin kataloğu aynı şekilde okumasını sağlar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="333"/>
        <source>&amp;Start with common needs (rename, move or delete them any time on the Needs page)</source>
        <translation>&amp;Yaygın ihtiyaçlarla başla (İhtiyaçlar sayfasında her an yeniden adlandırın, taşıyın veya silin)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="336"/>
        <source>Tag feedback &amp;automatically: keyword rules in English, German, Italian, Indonesian, Turkish and Korean</source>
        <translation>&amp;Otomatik etiketle: İngilizce, Almanca, İtalyanca, Endonezce, Türkçe ve Korece anahtar sözcüklerle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="338"/>
        <source>Start &amp;without needs: I will build my own</source>
        <translation>İhtiyaçsız &amp;başla: kendi ihtiyaçlarımı oluşturacağım</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="339"/>
        <source>&amp;Import a first file once the catalogue is open</source>
        <translation>&amp;Katalog açılınca ilk dosyayı içe aktar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="341"/>
        <source>A spreadsheet or CSV export from a review site, a survey tool or the help desk; the columns are recognised in six languages.</source>
        <translation>Bir inceleme sitesinden, anket aracından veya yardım masasından dışa aktarılmış bir elektronik tablo ya da CSV dosyası; sütunlar altı dilde tanınır.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="252"/>
        <source>Collect from {name} ({kind})</source>
        <translation>{name} ({kind}) kaynağından topla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="269"/>
        <source>Step 2 of 5 · What to collect now</source>
        <translation>Adım 2 / 5 · Şimdi neler toplanacak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="271"/>
        <source>Collecting takes time: tick the sources worth it now. The others stay in the catalogue, switched off, and can be switched on any time on the Sources page.</source>
        <translation>Toplamak zaman alır: şu an buna değer kaynakları işaretleyin. Diğerleri katalogda kapalı olarak kalır ve Kaynaklar sayfasında istediğiniz zaman açılabilir.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="277"/>
        <source>Choose a Sheet</source>
        <translation>Sayfa seçin</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="280"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation>Bu çalışma kitabında birden fazla sayfa var. Geri bildirim hangisinde?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="296"/>
        <source>{name}   (hidden sheet)</source>
        <translation>{name}   (gizli sayfa)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="302"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation>Bu sayfa çalışma kitabında gizli. İçe aktarmadan önce istediğiniz verileri içerdiğini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="334"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation>“{sheet}” sütunları: {columns}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="347"/>
        <source>Reading the sheet…</source>
        <translation>Sayfa okunuyor…</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation>İhtiyaç Kısayolu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation>Geri bildirimi “{name}” ile etiketleyen tuş: tek bir harf veya işaret. Rakamlar puanlar için ayrılmıştır. Kısayol istemiyorsanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation>Tuş:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="65"/>
        <source>Tag the selected items with that need, or untag it when all have it</source>
        <translation>Seçili kayıtları o ihtiyaçla etiketle; hepsinde varsa etiketi kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="67"/>
        <source>A need’s key</source>
        <translation>Bir ihtiyacın tuşu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="68"/>
        <source>Select every item in the list</source>
        <translation>Listedeki tüm kayıtları seç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="70"/>
        <source>Extend the selection</source>
        <translation>Seçimi genişlet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="72"/>
        <source>Bulk actions on the selection (tag, source, assign, status…)</source>
        <translation>Seçim üzerinde toplu işlemler (etiket, kaynak, atama, durum…)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="75"/>
        <source>Edit the selected cell of the responsibilities matrix</source>
        <translation>Sorumluluk matrisinin seçili hücresini düzenle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="146"/>
        <source>Tag or untag “{need}”</source>
        <translation>“{need}” etiketini ekle veya kaldır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="162"/>
        <source>Main window</source>
        <translation>Ana pencere</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="254"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>“{text}” ile eşleşen kısayol yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="267"/>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye Kısayolları</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="268"/>
        <source>Filter by key or action</source>
        <translation>Tuşa veya eyleme göre filtrele</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>Nobody yet</source>
        <translation>Henüz kimse yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Collect feedback from this source</source>
        <translation>&amp;Bu kaynaktan geri bildirim topla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="85"/>
        <source>&amp;Web address:</source>
        <translation>&amp;Web adresi:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="86"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Sahibi:</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="29"/>
        <source>Marketplace</source>
        <translation>Pazar yeri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="30"/>
        <source>Review site</source>
        <translation>İnceleme sitesi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Social media</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>Support desk</source>
        <translation>Destek masası</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Survey</source>
        <translation>Anket</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="36"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Collect</source>
        <translation>Topla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Items</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Share</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Owner</source>
        <translation>Sahibi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="111"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation>Bu kaynaktan geri bildirim toplayın. Kapatılan bir kaynak, getirdiği kayıtları korur.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="114"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation>0–10 yanıtlarının Net Tavsiye Skoru (NPS); %95 hata payı ve yanıt sayısıyla birlikte. * işareti 30&apos;dan az yanıtı belirtir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="117"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation>Bu kaynağın katalogdaki tüm kayıtlar içindeki payı.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="187"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>Yalnızca %n yanıt: 30&apos;dan az olduğu için hata payı geniş.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>{promoters} destekçi, {passives} pasif, {detractors} eleştirmen</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="196"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation>Toplanmıyor: kapatıldı, kayıtları katalogda kalır.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="301"/>
        <source>No sources yet</source>
        <translation>Henüz kaynak yok</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="302"/>
        <source>Add the places feedback comes from with Add Source…: review sites, social media, the support desk, surveys.</source>
        <translation>Geri bildirimlerin geldiği yerleri Kaynak Ekle… ile ekleyin: yorum siteleri, sosyal medya, destek masası, anketler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="350"/>
        <source>Listing sources…</source>
        <translation>Kaynaklar listeleniyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="383"/>
        <source>Could not list the sources: {error}</source>
        <translation>Kaynaklar listelenemedi: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="396"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n kaynak, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="397"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n toplanıyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="399"/>
        <source>%Ln item(s) without a source</source>
        <translation>
            <numerusform>kaynağı olmayan %Ln kayıt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="401"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation>* 30&apos;dan az yanıt: geniş hata payı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="430"/>
        <source>Collect from {name}</source>
        <translation>{name} kaynağından topla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="431"/>
        <source>Stop collecting from {name}</source>
        <translation>{name} kaynağından toplamayı durdur</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="444"/>
        <source>Edit source {name}</source>
        <translation>{name} kaynağını düzenle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="477"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="488"/>
        <source>A source named “{name}” exists already.</source>
        <translation>“{name}” adlı bir kaynak zaten var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="494"/>
        <source>Add Source</source>
        <translation>Kaynak Ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="504"/>
        <source>Edit Source</source>
        <translation>Kaynağı Düzenle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="532"/>
        <source>&amp;Add Source…</source>
        <translation>Kaynak &amp;Ekle…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="533"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="534"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="535"/>
        <source>Add a place feedback comes from</source>
        <translation>Geri bildirimlerin geldiği bir yer ekle</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="536"/>
        <source>Change the selected source&apos;s name, kind, web address, notes or owner</source>
        <translation>Seçili kaynağın adını, türünü, web adresini, notlarını veya sahibini değiştir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="538"/>
        <source>Delete the selected source; its items stay in the catalogue</source>
        <translation>Seçili kaynağı sil; kayıtları katalogda kalır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="540"/>
        <source>No catalogue is open.</source>
        <translation>Açık katalog yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="183"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="194"/>
        <source>{name} is listed already.</source>
        <translation>{name} zaten listede.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="221"/>
        <source>Step 1 of 5 · Your sources</source>
        <translation>Adım 1 / 5 · Kaynaklarınız</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="223"/>
        <source>Every place customers talk about you is a source: marketplace reviews, social media, the support desk, surveys. Untick those you do not have and add your own.</source>
        <translation>Müşterilerin sizden söz ettiği her yer bir kaynaktır: pazar yeri yorumları, sosyal medya, destek masası, anketler. Kullanmadıklarınızın işaretini kaldırın ve kendi kaynaklarınızı ekleyin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="225"/>
        <source>Another source:</source>
        <translation>Başka bir kaynak:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="226"/>
        <source>Name, e.g. Etsy or the shop&apos;s guest book</source>
        <translation>Ad, ör. Etsy veya mağazanın ziyaretçi defteri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="227"/>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
</context>
<context>
    <name>SourcesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="70"/>
        <source>There is no source {id} in this catalogue.</source>
        <extracomment>Stored in source.kind; the UI shows a translated label for each. The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).</extracomment>
        <translation>Bu katalogda {id} numaralı kaynak yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="201"/>
        <source>A source needs a name.</source>
        <translation>Bir kaynağın adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="204"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>Bir kaynak adı en fazla {limit} karakter olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="229"/>
        <source>A source named {name} exists already; names must differ by more than upper and lower case.</source>
        <translation>{name} adlı bir kaynak zaten var; adlar yalnızca büyük/küçük harf farkıyla ayrılamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="240"/>
        <source>There is no person {id} in this catalogue.</source>
        <translation>Bu katalogda {id} numaralı kişi yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="362"/>
        <source>Items cannot be moved to the source being deleted.</source>
        <translation>Kayıtlar, silinmekte olan kaynağa taşınamaz.</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="49"/>
        <source>A rule needs a keyword, phrase or expression.</source>
        <translation>Bir kuralın bir anahtar sözcüğü, kelime grubu veya ifadesi olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="52"/>
        <source>A rule may be at most {limit} characters long.</source>
        <translation>Bir kural en fazla {limit} karakter uzunluğunda olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="58"/>
        <source>The regular expression is not valid: {problem}.</source>
        <translation>Düzenli ifade geçerli değil: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/rules.py" line="81"/>
        <source>There is no need with id {id}.</source>
        <translation>{id} numaralı ihtiyaç yok.</translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %Ln item(s) with {need}</source>
        <translation>
            <numerusform>%Ln kaydı {need} ile etiketle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %Ln item(s) from {need}</source>
        <translation>
            <numerusform>%Ln kayıttan {need} etiketini kaldır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %Ln item(s) to {source}</source>
        <translation>
            <numerusform>%Ln kaydın kaynağını {source} yap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %Ln item(s) by rules</source>
        <translation>
            <numerusform>%Ln kaydı kurallarla otomatik etiketle</numerusform>
        </translation>
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
<context>
    <name>TaxonomyFiles</name>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="43"/>
        <source>the file is empty.</source>
        <translation>dosya boş.</translation>
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
        <translation>{line}. satır</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="112"/>
        <source>{file}: a taxonomy file ends in .json or .csv.</source>
        <translation>{file}: bir taksonomi dosyasının uzantısı .json veya .csv olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="163"/>
        <source>no such file.</source>
        <translation>böyle bir dosya yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="166"/>
        <source>too large for a taxonomy of needs.</source>
        <translation>bir ihtiyaç taksonomisi için fazla büyük.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="170"/>
        <source>this is not a taxonomy file (binary content).</source>
        <translation>bu bir taksonomi dosyası değil (ikili içerik).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="176"/>
        <source>the text is not UTF-8.</source>
        <translation>metin UTF-8 değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="184"/>
        <source>{name} must be text, not {value}.</source>
        <translation>{name} metin olmalı, {value} değil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="199"/>
        <source>a uuid is at most {limit} characters long.</source>
        <translation>bir uuid en fazla {limit} karakter uzunluğunda olabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="208"/>
        <source>line {line}, column {column}</source>
        <translation>{line}. satır, {column}. sütun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="210"/>
        <source>not valid JSON ({problem}).</source>
        <translation>geçerli bir JSON değil ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="213"/>
        <source>this JSON is not a taxonomy of needs (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>bu JSON bir ihtiyaç taksonomisi değil (&quot;format&quot;: &quot;{format}&quot; yok).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="218"/>
        <source>the taxonomy has no valid version number.</source>
        <translation>taksonominin geçerli bir sürüm numarası yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="221"/>
        <source>written by a newer version of Advocacy Desktop (format {version}).</source>
        <translation>Advocacy Desktop&apos;ın daha yeni bir sürümüyle yazılmış (biçim {version}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="228"/>
        <source>must be a list of needs.</source>
        <translation>bir ihtiyaç listesi olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="231"/>
        <source>needs nest deeper than {limit} levels.</source>
        <translation>ihtiyaçlar {limit} düzeyden daha derin iç içe geçiyor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="236"/>
        <source>a need must be an object.</source>
        <translation>bir ihtiyaç bir nesne olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="240"/>
        <source>a need has no name.</source>
        <translation>bir ihtiyacın adı yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="268"/>
        <source>this is not a taxonomy of needs: it has no &apos;path&apos; column.</source>
        <translation>bu bir ihtiyaç taksonomisi değil: &apos;path&apos; sütunu yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="284"/>
        <source>the path is empty.</source>
        <translation>yol boş.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="288"/>
        <source>the path is deeper than {limit}.</source>
        <translation>yol {limit} düzeyden daha derin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="291"/>
        <source>the path {path} has an empty name.</source>
        <translation>{path} yolunda boş bir ad var.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="296"/>
        <source>not valid CSV ({problem}).</source>
        <translation>geçerli bir CSV değil ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="311"/>
        <source>this is not a taxonomy file (it looks like HTML).</source>
        <translation>bu bir taksonomi dosyası değil (HTML gibi görünüyor).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="378"/>
        <source>{where}: the key {key} stays the shortcut of {holder}; {need} gets none.</source>
        <translation>{where}: {key} tuşu {holder} ihtiyacının kısayolu olarak kalır; {need} ihtiyacına kısayol verilmez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="397"/>
        <source>{where}: {need} stays where it is: {problem}</source>
        <translation>{where}: {need} ihtiyacı yerinde kalır: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="405"/>
        <source>{where}: not renamed: {problem}</source>
        <translation>{where}: yeniden adlandırılmadı: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation>Ekip Kataloğuna Bağlan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL sunucusu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation>Veya tam bir adres (yukarıdaki parola eklenir)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Host:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Port:</source>
        <translation>Bağlantı noktası:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>Database:</source>
        <translation>Veritabanı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation>Son ekip katalogları:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation>Kaydedilmez</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation>Parola kaydedilmez. Ekip kataloğu sunucuda durur: birkaç kişi aynı anda üzerinde çalışabilir ve yedeklerini sunucunun yöneticisi alır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation>Salt okunur aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation>Parolayı sistem anahtarlığında hatırla</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation>&amp;Ekip Kataloğuna Bağlan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation>Bir PostgreSQL veritabanında paylaşılan bir kataloğu aç</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation>{address} adresine bağlanılıyor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation>Şema Oluşturulsun mu?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation>{address} veritabanı boş. İçinde yeni bir ekip kataloğu oluşturulsun mu?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation>Ekip Kataloğu Yükseltilsin mi?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation>{address} daha eski bir sürümle oluşturulmuş. Şimdi yükseltilsin mi? Ardından onu kullanan herkesin Advocacy Desktop&apos;ın bu sürümüne ihtiyacı olur.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation>Bağlanılamıyor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation>{address} ekip kataloğu açılamadı</translation>
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
        <translation>Beş adımda yöntem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="78"/>
        <source>Customer Advocacy means acting for the customer’s good until they recommend you. The app serves the five steps of the method, each on its own page:</source>
        <translation>Customer Advocacy (müşteri savunuculuğu), müşteri sizi tavsiye edene kadar onun iyiliği için hareket etmek demektir. Uygulama, yöntemin beş adımının her birine kendi sayfasında hizmet eder:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="81"/>
        <source>The pages are listed on the left; {first} to {last} switch between them.</source>
        <translation>Sayfalar solda listelenir; {first} ile {last} arasındaki kısayollar sayfalar arasında geçiş yapar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="84"/>
        <source>Identify every source of information about your customers: {page}.</source>
        <translation>Müşterileriniz hakkındaki her bilgi kaynağını belirleyin: {page} sayfası.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="86"/>
        <source>Select the sources worth collecting from: the “collect from this source” switch on {page}.</source>
        <translation>Toplamaya değer kaynakları seçin: {page} sayfasındaki “bu kaynaktan geri bildirim topla” anahtarı.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="88"/>
        <source>Collect and catalogue feedback under a shared scheme of needs: {import_file}, {needs} and {feedback}.</source>
        <translation>Geri bildirimleri toplayın ve ortak bir ihtiyaç şemasına göre kataloglayın: {import_file} komutu, {needs} ve {feedback} sayfaları.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="91"/>
        <source>Analyse it: NPS with its margin of error, its trend and the needs that cost the most NPS, on {page}.</source>
        <translation>Analiz edin: {page} sayfasında hata payıyla birlikte NPS, eğilimi ve NPS&apos;yi en çok düşüren ihtiyaçlar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="94"/>
        <source>Define who is responsible for each need, source and item, and answer detractors in time: {page}.</source>
        <translation>Her ihtiyaç, kaynak ve kayıttan kimin sorumlu olduğunu tanımlayın ve eleştirmenlere zamanında yanıt verin: {page} sayfası.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="99"/>
        <source>Every catalogue starts with Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and survey. Each source has a kind, a web address, notes and an owner, and shows its items, its share and its NPS with the margin of error.</source>
        <translation>Her katalog şu kaynaklarla başlar: Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, destek masası, e-posta, telefon ve anket. Her kaynağın bir türü, web adresi, notları ve sahibi vardır; kaynak, kayıtlarını, payını ve hata payıyla birlikte NPS değerini gösterir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="103"/>
        <source>Switching a source off stops collecting from it; what it brought stays in the catalogue.</source>
        <translation>Bir kaynağı kapatmak, o kaynaktan toplamayı durdurur; getirdikleri katalogda kalır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="106"/>
        <source>Importing feedback</source>
        <translation>Geri bildirimleri içe aktarma</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="107"/>
        <source>{import_file}, or drop a spreadsheet on the window, opens the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt files, tells the format from the content, and maps the columns from their headers in English, German, Italian, Indonesian, Turkish or Korean.</source>
        <translation>{import_file} komutu veya pencereye bırakılan bir elektronik tablo, içe aktarma sihirbazını açar. Sihirbaz .xlsx, .xlsm, .ods, .csv, .tsv ve .txt dosyalarını okur, biçimi içerikten anlar ve sütunları İngilizce, Almanca, İtalyanca, Endonezce, Türkçe veya Korece başlıklarına göre eşleştirir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="112"/>
        <source>Every value is checked. A score must be a whole number from 0 to 10 from a column that asks about recommending; star ratings are kept apart and never counted as NPS. When text dates are ambiguous (05/01/2025) you are asked for their order; nothing is guessed.</source>
        <translation>Her değer denetlenir. Puan, tavsiye etmeyi soran bir sütundan gelen ve 0 ile 10 arasında olan bir tam sayı olmalıdır; yıldız değerlendirmeleri ayrı tutulur ve asla NPS&apos;e sayılmaz. Metin olarak yazılmış tarihler belirsiz olduğunda (05/01/2025) sıralarını seçmeniz istenir; hiçbir şey tahmin edilmez.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="116"/>
        <source>All valid rows are written at once: a crash or Cancel leaves all or nothing. Importing the same rows again adds nothing. Columns mapped to no field are kept with each item.</source>
        <translation>Tüm geçerli satırlar tek seferde yazılır: bir çökme veya İptal durumunda ya hepsi yazılmış olur ya da hiçbiri. Aynı satırları yeniden içe aktarmak hiçbir şey eklemez. Hiçbir alanla eşleştirilmeyen sütunlar her kayıtla birlikte saklanır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="119"/>
        <source>Rejected rows are kept with their row, column, value and reason. {imports} lists every import with its rejected rows; export them to a spreadsheet, fix them and import that file again. An import can also be undone there.</source>
        <translation>Reddedilen satırlar; satır, sütun, değer ve ret nedeniyle birlikte saklanır. {imports} sayfası her içe aktarmayı reddedilen satırlarıyla listeler; bu satırları bir elektronik tabloya dışa aktarın, düzeltin ve o dosyayı yeniden içe aktarın. Bir içe aktarma orada geri de alınabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="124"/>
        <source>Needs and tagging</source>
        <translation>İhtiyaçlar ve etiketleme</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="125"/>
        <source>{needs} holds the taxonomy of customer needs, as a tree (Price ▸ Discounts), each with a colour and a one-key shortcut. Renaming, moving, merging and deleting never lose tagged items, and every change can be undone. The taxonomy travels as a JSON or CSV file that a team or a client can adopt.</source>
        <translation>{needs} sayfası, müşteri ihtiyaçları taksonomisini bir ağaç olarak (Fiyat ▸ İndirimler) tutar; her ihtiyacın bir rengi ve tek tuşluk bir kısayolu vardır. Yeniden adlandırma, taşıma, birleştirme ve silme işlemlerinde etiketli kayıtlar asla kaybolmaz ve her değişiklik geri alınabilir. Taksonomi, bir ekibin veya müşterinin benimseyebileceği bir JSON ya da CSV dosyası olarak paylaşılabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="130"/>
        <source>On {feedback}, filter the list, select items and press a need’s key to tag them all; press it again to untag. You can also tick the needs beside the list or drag the items onto a need. The context menu tags, untags, sets the source, assigns and sets the status of every selected item at once.</source>
        <translation>{feedback} sayfasında listeyi filtreleyin, kayıtları seçin ve hepsini etiketlemek için bir ihtiyacın tuşuna basın; etiketi kaldırmak için yeniden basın. Listenin yanındaki ihtiyaçları işaretleyebilir veya kayıtları bir ihtiyacın üzerine sürükleyebilirsiniz. Bağlam menüsü, seçili tüm kayıtları tek seferde etiketler, etiketlerini kaldırır, kaynaklarını ayarlar, atar ve durumlarını değiştirir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="135"/>
        <source>Auto-tag rules (keywords, phrases or regular expressions, in all six languages) run on every import and on demand.</source>
        <translation>Otomatik etiketleme kuralları (altı dilin hepsinde anahtar sözcükler, kelime grupları veya düzenli ifadeler) her içe aktarmada ve istendiğinde çalışır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="138"/>
        <source>NPS and its margin of error</source>
        <translation>NPS ve hata payı</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="139"/>
        <source>Only answers to “How likely are you to recommend us?” on 0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.</source>
        <translation>Yalnızca “Bizi tavsiye etme olasılığınız nedir?” sorusuna 0 ile 10 arasında verilen yanıtlar sayılır. Destekçiler 9 veya 10, pasifler 7 veya 8, eleştirmenler 0 ile 6 arasında yanıt verir. NPS, destekçilerin yüzdesinden eleştirmenlerin yüzdesi çıkarılarak bulunur ve −100 ile +100 arasında değişir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="143"/>
        <source>Every NPS comes with its 95% margin of error (the adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give −35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change between two periods is called significant only when their intervals do not overlap.</source>
        <translation>Her NPS, %95 hata payıyla birlikte verilir (düzeltilmiş Wald yöntemi): 8 destekçi, 9 pasif ve 22 eleştirmen −35,9 ± 24,2 sonucunu verir. 30&apos;dan az yanıtı olan bir grup işaretlenir; iki dönem arasındaki bir değişim ise yalnızca aralıkları çakışmadığında anlamlı sayılır.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="148"/>
        <source>{dashboard} shows what the filter of {feedback} keeps: the NPS, its trend (also over rolling 30 or 90 days), the answers by score, NPS by source, and the open items by owner.</source>
        <translation>{dashboard} sayfası, {feedback} sayfasındaki filtrenin gösterdiği kayıtlar için şunları sunar: NPS, eğilimi (kayan 30 veya 90 gün üzerinden de), puana göre yanıtlar, kaynağa göre NPS ve sahibine göre açık kayıtlar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="153"/>
        <source>Needs ranked by their cost in NPS</source>
        <translation>NPS maliyetine göre sıralanan ihtiyaçlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="154"/>
        <source>A need whose items hold d of the n answers’ detractors costs 100 × d / n NPS points: had those detractors been passives, the NPS would be that much higher. With 1,000 answers and 60 detractors tagged “Delivery”, Delivery costs 6 points.</source>
        <translation>n yanıttaki eleştirmenlerin d tanesi kendi kayıtlarında yer alan bir ihtiyaç, NPS&apos;den 100 × d / n puan götürür: bu eleştirmenler pasif olsaydı NPS o kadar yüksek olurdu. 1.000 yanıt ve “Teslimat” ile etiketlenmiş 60 eleştirmen varsa Teslimat 6 puana mal olur.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="158"/>
        <source>The dashboard ranks the needs by this cost, with its interval and the need’s share of all detractors. An item with two needs counts for both, so the costs do not add up.</source>
        <translation>Pano, ihtiyaçları bu maliyete göre; aralığıyla ve ihtiyacın tüm eleştirmenler içindeki payıyla birlikte sıralar. İki ihtiyacı olan bir kayıt her ikisinde de sayılır; bu yüzden maliyetler toplanamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="162"/>
        <source>Roles and the follow-up queue</source>
        <translation>Roller ve takip kuyruğu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="163"/>
        <source>{people} lists the people and their roles (the four maturity levels, support agent, product owner and your own), a matrix of who is Responsible, Accountable, Consulted and Informed for every need and source with the gaps in red, and the maturity level reached with what the next one needs.</source>
        <translation>{people} sayfası kişileri ve rollerini (dört olgunluk düzeyi, destek temsilcisi, ürün sahibi ve sizin eklediğiniz roller), her ihtiyaç ve kaynak için kimin Sorumlu, Hesap veren, Danışılan ve Bilgilendirilen olduğunu eksikleri kırmızıyla göstererek sunan bir matrisi ve ulaşılan olgunluk düzeyini, bir sonraki düzey için gerekenlerle birlikte listeler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="168"/>
        <source>New and newly tagged items go to whoever is responsible for their need or source. The follow-up queue lists the detractors not yet contacted, due a set number of working days after their feedback (2 by default); overdue ones are red. Choose a person to see their own queue; the workload per person and per need is shown beside it.</source>
        <translation>Yeni kayıtlar ve yeni etiketlenen kayıtlar, ihtiyaçlarından veya kaynaklarından kim sorumluysa ona atanır. Takip kuyruğu, henüz iletişime geçilmemiş eleştirmenleri listeler; son tarihleri, geri bildirimlerinden belirli sayıda iş günü sonrasıdır (varsayılan olarak 2); gecikenler kırmızı gösterilir. Bir kişinin kendi kuyruğunu görmek için o kişiyi seçin; kişi ve ihtiyaç başına iş yükü yanında gösterilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="175"/>
        <source>Brand advocates are customers whose latest answer is 9 or 10. {advocates} lists them with what was last done for them, most in need of attention first, and the customers at risk: fallen promoters and repeat detractors.</source>
        <translation>Marka elçileri, son yanıtı 9 veya 10 olan müşterilerdir. {advocates} sayfası onları, en çok ilgi bekleyenler önce gelecek şekilde ve kendileri için en son ne yapıldığıyla birlikte listeler; risk altındaki müşterileri de gösterir: gerileyen destekçiler ve tekrarlayan eleştirmenler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="179"/>
        <source>The care log records the six practices that keep advocates: mutual respect, appreciation, accessibility, active listening, recognition and presence. Duplicate customers can be found and merged.</source>
        <translation>İlgi günlüğü, marka elçilerini elde tutan altı uygulamayı kaydeder: karşılıklı saygı, takdir, erişilebilirlik, aktif dinleme, tanıma ve varlık gösterme. Yinelenen müşteriler bulunup birleştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="184"/>
        <source>Catalogue files, backups and teams</source>
        <translation>Katalog dosyaları, yedekler ve ekipler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="185"/>
        <source>A catalogue is one .advocacy file you can carry around. It is checked when opened; a damaged file or another application’s is refused, and an older catalogue is upgraded only after a backup beside it.</source>
        <translation>Katalog, yanınızda taşıyabileceğiniz tek bir .advocacy dosyasıdır. Açılırken denetlenir; hasarlı bir dosya veya başka bir uygulamaya ait bir dosya reddedilir; daha eski bir katalog ise ancak yanına bir yedeği alındıktan sonra yükseltilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="189"/>
        <source>{backup} saves a consistent copy at any time, even while you work. When someone else has the catalogue open you are told who, and offered to open it read-only.</source>
        <translation>{backup} komutu, siz çalışırken bile istediğiniz zaman tutarlı bir kopya kaydeder. Katalog başka birinde açıksa kimde açık olduğu size bildirilir ve kataloğu salt okunur açmanız önerilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="192"/>
        <source>{merge} brings in another catalogue (from a laptop in the field, say): conflicts are listed with both values and nothing is overwritten unless you choose so.</source>
        <translation>{merge} komutu başka bir kataloğu (örneğin sahadaki bir dizüstü bilgisayardan) bu kataloğa getirir: çakışmalar iki değerle birlikte listelenir ve siz seçmedikçe hiçbir şeyin üzerine yazılmaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="195"/>
        <source>A team shares one PostgreSQL database instead of a file: {team}. The password is never written to the settings (where a system keyring is available you may keep it there). Two people editing the same item never lose a change: the second is told who changed it.</source>
        <translation>Bir ekip, dosya yerine tek bir PostgreSQL veritabanını paylaşır: {team}. Parola asla ayarlara yazılmaz (bir sistem anahtarlığı varsa parolayı orada saklayabilirsiniz). Aynı kaydı düzenleyen iki kişi hiçbir değişikliği kaybetmez: ikinci kişiye kaydı kimin değiştirdiği bildirilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="202"/>
        <source>Privacy</source>
        <translation>Gizlilik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="203"/>
        <source>{erase} on {advocates} erases one customer’s personal data for good; their anonymous scores stay in the statistics. This cannot be undone.</source>
        <translation>{advocates} sayfasındaki {erase} komutu, bir müşterinin kişisel verilerini kalıcı olarak siler; anonim puanları istatistiklerde kalır. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="206"/>
        <source>To share data outside the organisation, export it pseudonymised from the command line (advocacy export … --pseudonymise, also for the NPS report): customers become stable pseudonyms and their contact data is removed; the export is recorded.</source>
        <translation>Verileri kuruluş dışında paylaşmak için komut satırından takma adlı olarak dışa aktarın (advocacy export … --pseudonymise; NPS raporu için de geçerlidir): müşteriler değişmeyen takma adlara dönüşür ve iletişim bilgileri kaldırılır; dışa aktarma kayda geçirilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="211"/>
        <source>Language, theme and keys</source>
        <translation>Dil, tema ve tuşlar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="212"/>
        <source>{preferences} chooses the language and a light or dark theme; both apply at once. {shortcuts} lists every key.</source>
        <translation>{preferences} ile dili ve açık ya da koyu temayı seçersiniz; ikisi de hemen uygulanır. {shortcuts} penceresi tüm tuşları listeler.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="223"/>
        <source>Advocacy Desktop User Guide</source>
        <translation>Advocacy Desktop Kullanıcı Kılavuzu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="224"/>
        <source>Contents</source>
        <translation>İçindekiler</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="264"/>
        <source>User Guide</source>
        <translation>Kullanıcı Kılavuzu</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="111"/>
        <source>Welcome to Advocacy Desktop</source>
        <translation>Advocacy Desktop&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="113"/>
        <source>Five short steps set up your first catalogue, following the method the app is built on. Every choice can be changed later.</source>
        <translation>Beş kısa adımda, uygulamanın dayandığı yöntemi izleyerek ilk kataloğunuzu kurarsınız. Her seçim daha sonra değiştirilebilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="116"/>
        <source>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; — where your customers talk about you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selection&lt;/b&gt; — which sources are worth collecting from now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A scheme&lt;/b&gt; — the customer needs you catalogue feedback by.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis&lt;/b&gt; — Net Promoter Score and what each need costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roles&lt;/b&gt; — who takes care of what.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Kaynaklar&lt;/b&gt; — müşterilerinizin sizden söz ettiği yerler.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seçim&lt;/b&gt; — şu an hangi kaynaklardan toplamaya değer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Şema&lt;/b&gt; — geri bildirimleri kataloglarken kullanacağınız müşteri ihtiyaçları.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analiz&lt;/b&gt; — Net Tavsiye Skoru ve her ihtiyacın ona maliyeti.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roller&lt;/b&gt; — kim neyle ilgilenecek.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="123"/>
        <source>No data of your own yet? Look around a demo first: it is a separate file, and this guide can be run again from the Help menu.</source>
        <translation>Henüz kendi verileriniz yok mu? Önce bir demoya göz atın: demo ayrı bir dosyadır ve bu kılavuz Yardım menüsünden yeniden başlatılabilir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="125"/>
        <source>Explore a Demo Catalogue</source>
        <translation>Demo Kataloğu Keşfet</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="127"/>
        <source>A year of a small shop&apos;s feedback in six languages, tagged, assigned and followed up.</source>
        <translation>Küçük bir mağazanın altı dildeki bir yıllık geri bildirimi; etiketlenmiş, atanmış ve takibi yapılmış.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="67"/>
        <source>There is no item with id {id}.</source>
        <translation>{id} numaralı kayıt yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="182"/>
        <source>There is no person with id {id}.</source>
        <translation>{id} numaralı kişi yok.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="203"/>
        <source>&quot;{status}&quot; is not a status (statuses: {statuses}).</source>
        <translation>&quot;{status}&quot; bir durum değil (durumlar: {statuses}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="217"/>
        <source>Item {item} is {status}: it cannot move to {wanted} (allowed: {allowed}).</source>
        <translation>{item} numaralı kayıt {status} durumunda: {wanted} durumuna geçemez (izin verilenler: {allowed}).</translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %Ln item(s) to {person}</source>
        <translation>
            <numerusform>%Ln kaydı {person} kişisine ata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %Ln item(s)</source>
        <translation>
            <numerusform>%Ln kaydın atamasını kaldır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %Ln item(s) to {status}</source>
        <translation>
            <numerusform>%Ln kaydın durumunu {status} yap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %Ln item(s) contacted</source>
        <translation>
            <numerusform>%Ln kaydı iletişime geçildi olarak işaretle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %Ln item(s)</source>
        <translation>
            <numerusform>%Ln kaydın son tarihini ayarla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %Ln item(s)</source>
        <translation>
            <numerusform>%Ln kaydın notlarını ayarla</numerusform>
        </translation>
    </message>
</context>
</TS>
