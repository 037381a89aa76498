<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation>Kenali setiap sumber informasi tentang pelanggan Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation>Pilih sumber yang layak untuk dikumpulkan datanya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation>Kumpulkan dan katalogkan masukan menurut skema kebutuhan yang jelas.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation>Analisis: NPS, tren, dan kebutuhan yang paling banyak menurunkan NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation>Tentukan siapa yang bertanggung jawab atas setiap kebutuhan, sumber, dan item.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation>Lisensi: {licence}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation>Katalog masukan pelanggan yang bekerja secara luring untuk Customer Advocacy: bertindak demi kebaikan pelanggan hingga mereka merekomendasikan Anda. Aplikasi ini mendukung lima langkah metode:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation>Tentang {name}</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="27"/>
        <source>Add Person</source>
        <translation>Tambah Orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="41"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Peran:</translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="295"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="320"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>%n masalah mereka terlambat: selesaikan dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="327"/>
        <source>Problem overdue</source>
        <translation>Masalah terlambat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="329"/>
        <source>Due attention</source>
        <translation>Perlu perhatian</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Finding advocates…</source>
        <translation>Mencari duta merek…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="241"/>
        <source>Finding customers at risk…</source>
        <translation>Mencari pelanggan berisiko…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="244"/>
        <source>Listing people…</source>
        <translation>Menampilkan orang…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="286"/>
        <source>Could not read the advocates: {error}</source>
        <translation>Duta merek tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="375"/>
        <source>Log {practice} for {name}</source>
        <translation>Catat {practice} untuk {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="385"/>
        <source>{practice} logged for {name}.</source>
        <translation>{practice} dicatat untuk {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="393"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation>Hapus {practice} tanggal {day} untuk {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="425"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>Duta merek kini perlu perhatian setelah %n hari tanpa perhatian.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="445"/>
        <source>Merge customer {other} into {keep}</source>
        <translation>Gabungkan pelanggan {other} ke {keep}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="481"/>
        <source>Erasing the personal data of {name}…</source>
        <translation>Menghapus data pribadi {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="489"/>
        <source>Personal data of {name} erased from %Ln item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>Data pribadi {name} dihapus dari %Ln item; skornya tetap ada di statistik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln duta merek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="542"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln perlu perhatian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="544"/>
        <source>%Ln with a problem overdue</source>
        <translation>
            <numerusform>%Ln dengan masalah terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>%Ln customer(s) at risk</source>
        <translation>
            <numerusform>%Ln pelanggan berisiko</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="553"/>
        <source>%Ln fallen promoter(s)</source>
        <translation>
            <numerusform>%Ln mantan promotor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="554"/>
        <source>%Ln repeat detractor(s)</source>
        <translation>
            <numerusform>%Ln detraktor berulang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="557"/>
        <source>Advocates (%Ln)</source>
        <translation>
            <numerusform>Duta Merek (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="558"/>
        <source>At Risk (%Ln)</source>
        <translation>
            <numerusform>Berisiko (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="497"/>
        <source>Advocates</source>
        <translation>Duta Merek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="503"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Tidak ada katalog yang terbuka. Buat katalog dengan Berkas ▸ Katalog Baru… atau buka katalog dengan Berkas ▸ Buka….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="506"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation>Belum ada pelanggan. Impor berkas dengan kolom ID pelanggan, email, atau nama (Berkas ▸ Impor Berkas…): setiap jawaban lalu ditautkan ke pelanggannya, dan pelanggan yang jawaban terakhirnya 9 atau 10 muncul di sini sebagai duta merek.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="515"/>
        <source>Reading the catalogue…</source>
        <translation>Membaca katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>Nobody matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="520"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>Saat ini tidak ada duta merek yang perlu perhatian: semuanya mendapat perhatian dalam %n hari terakhir, dan tidak ada yang memiliki masalah terlambat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation>Belum ada duta merek: tidak ada pelanggan yang jawaban terakhirnya 9 atau 10. Tab Berisiko menampilkan siapa yang menjauh; tab Pelanggan mencantumkan semua orang.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="528"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation>Tidak ada yang berisiko: tidak ada jawaban terakhir mantan promotor yang turun di bawah 9, dan tidak ada pelanggan yang menjawab 0–6 dua kali dalam setahun.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="531"/>
        <source>Reading the customers…</source>
        <translation>Membaca pelanggan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="559"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>hari tanpa perhatian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Only those needing &amp;attention</source>
        <translation>Hanya yang perlu &amp;perhatian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Remind after</source>
        <translation>&amp;Ingatkan setelah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Search advocates by name</source>
        <translation>Cari duta merek berdasarkan nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="573"/>
        <source>Search by name</source>
        <translation>Cari berdasarkan nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="575"/>
        <source>Search name, e-mail, id</source>
        <translation>Cari nama, email, ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="576"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Cari &amp;Duplikat…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="578"/>
        <source>Find customers recorded more than once and merge them</source>
        <translation>Cari pelanggan yang tercatat lebih dari sekali dan gabungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="579"/>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="75"/>
        <source>&amp;Erase Personal Data…</source>
        <translation>&amp;Hapus Data Pribadi…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="581"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation>Hapus nama, email, ID, dan komentar pelanggan yang dipilih atas permintaannya, dengan tetap menyimpan skor anonimnya. Tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>AdvocatesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="394"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Data pribadi pelanggan ini telah dihapus: catatan perhatiannya ditutup.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="403"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>Tidak ada orang dengan ID {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="417"/>
        <source>“{practice}” is not one of the practices: {practices}.</source>
        <translation>“{practice}” bukan salah satu praktik: {practices}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="421"/>
        <source>The day of a care entry must be a date.</source>
        <translation>Tanggal catatan perhatian harus berupa tanggal.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="424"/>
        <source>{day} is in the future: log what was done.</source>
        <translation>{day} ada di masa depan: catat apa yang sudah dilakukan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="429"/>
        <source>A note can have at most {limit} characters.</source>
        <translation>Catatan boleh berisi paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="453"/>
        <source>There is no care entry {id} in this catalogue.</source>
        <translation>Tidak ada catatan perhatian {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="469"/>
        <source>Care entry {id} is in the catalogue already.</source>
        <translation>Catatan perhatian {id} sudah ada di katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="507"/>
        <source>The care interval must be a whole number of days from 1 to {limit}.</source>
        <translation>Interval perhatian harus berupa jumlah hari bulat dari 1 sampai {limit}.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="384"/>
        <source>Step 4 of 5 · Analysis</source>
        <translation>Langkah 4 dari 5 · Analisis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="385"/>
        <source>What the app measures, and how far to trust it.</source>
        <translation>Apa yang diukur aplikasi ini, dan seberapa jauh hasilnya dapat dipercaya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="387"/>
        <source>Net Promoter Score asks one question: “How likely are you to recommend us?”, answered from 0 to 10. Star ratings are kept apart and never counted as NPS.</source>
        <translation>Net Promoter Score mengajukan satu pertanyaan: “Seberapa besar kemungkinan Anda merekomendasikan kami?”, dijawab dari 0 sampai 10. Penilaian bintang disimpan terpisah dan tidak pernah dihitung sebagai NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Detractors</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Passives</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="390"/>
        <source>Promoters</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="392"/>
        <source>NPS = % promoters − % detractors   (−100 to +100)</source>
        <translation>NPS = % promotor − % detraktor   (−100 sampai +100)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="394"/>
        <source>Every NPS comes with its margin of error, so that noise in a small sample is not taken for news; the Dashboard shows NPS per source and over time, and ranks the needs by the NPS points they cost.</source>
        <translation>Setiap NPS disertai margin kesalahannya, agar naik-turun acak pada sampel kecil tidak dianggap sebagai perubahan nyata; Dasbor menampilkan NPS per sumber dan dari waktu ke waktu, serta memeringkat kebutuhan menurut jumlah poin NPS yang diturunkannya.</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="379"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="381"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="396"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation>Dari {a} pada {d1} menjadi {b} pada {d2}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="88"/>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="90"/>
        <source>Imported, {count} left</source>
        <translation>Diimpor, tersisa {count}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="91"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation>Diimpor</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="45"/>
        <source>Log a Practice</source>
        <translation>Catat Praktik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="49"/>
        <source>What was done for {name}?</source>
        <translation>Apa yang dilakukan untuk {name}?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="77"/>
        <source>— Not recorded —</source>
        <translation>— Tidak dicatat —</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="84"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation>Apa yang dilakukan, dan bagaimana tanggapan mereka (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="91"/>
        <source>&amp;Practice:</source>
        <translation>&amp;Praktik:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>&amp;Oleh:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="95"/>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>&amp;Log</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="120"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>Mereka memiliki %n item terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="122"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation>Saling menghormati</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation>Masalah yang mereka laporkan segera diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Appreciation</source>
        <translation>Apresiasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Thank them for speaking for us.</source>
        <translation>Berterima kasih karena mereka membela kita.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Accessibility</source>
        <translation>Aksesibilitas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Make it easy for them to reach us.</source>
        <translation>Permudah mereka menghubungi kita.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Active listening</source>
        <translation>Mendengarkan aktif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Ask their opinion, and act on it.</source>
        <translation>Tanyakan pendapat mereka, lalu tindak lanjuti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="58"/>
        <source>Recognition</source>
        <translation>Pengakuan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="59"/>
        <source>Credit them publicly.</source>
        <translation>Beri mereka pengakuan di depan publik.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Presence</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Be where they speak for us.</source>
        <translation>Hadir di tempat mereka membela kita.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>Fallen promoter</source>
        <translation>Mantan promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Repeat detractor</source>
        <translation>Detraktor berulang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Triaged</source>
        <translation>Dipilah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="70"/>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="71"/>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="72"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="73"/>
        <source>Won&apos;t fix</source>
        <translation>Tidak akan diperbaiki</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="340"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="412"/>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="253"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="411"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="254"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Last care</source>
        <translation>Perhatian terakhir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Attention</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="260"/>
        <source>Their latest answer to the recommend question</source>
        <translation>Jawaban terakhir mereka untuk pertanyaan rekomendasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="261"/>
        <source>Their latest answer against the one before</source>
        <translation>Jawaban terakhir mereka dibandingkan dengan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="262"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation>Duta merek sejak: jawaban pertama dari rangkaian 9 dan 10 mereka saat ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="264"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation>Hari tanpa perhatian: sejak catatan perhatian terakhir, atau sejak mereka menjadi duta merek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="339"/>
        <source>Fell</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="413"/>
        <source>Latest answer</source>
        <translation>Jawaban terakhir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="342"/>
        <source>0–6 in a year</source>
        <translation>0–6 dalam setahun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Open items</source>
        <translation>Item terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="346"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation>Mantan promotor: dari 9 atau 10 terbaru mereka ke jawaban terbaru mereka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="348"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation>Jawaban 0 sampai 6 dalam 365 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="409"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="410"/>
        <source>Customer ID</source>
        <translation>ID pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="472"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="509"/>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="473"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="474"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="475"/>
        <source>What they said</source>
        <translation>Yang mereka katakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="476"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="510"/>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="511"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="512"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="51"/>
        <source>a file with this name exists already; choose another name</source>
        <extracomment>&quot;ADVC&quot; — stamped in the SQLite header so we recognise our own files. page cache per connection; SQLite&apos;s 2 MiB default makes index inserts on 1M rows 30% slower</extracomment>
        <translation>berkas dengan nama ini sudah ada; pilih nama lain</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="53"/>
        <source>the folder does not exist</source>
        <translation>folder tidak ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="54"/>
        <source>this catalogue is open read-only</source>
        <translation>katalog ini dibuka dalam mode hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="55"/>
        <source>the file is damaged: {problem}</source>
        <translation>berkas rusak: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="214"/>
        <source>no such file</source>
        <extracomment>our hold on the lock file (writable opens); the GUI refreshes its heartbeat &quot;local&quot;, &quot;network&quot; or &quot;cloud&quot; (see locking.location_kind) read-only opens: who has it open for writing, if anyone</extracomment>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="217"/>
        <source>this is a folder, not a catalogue file</source>
        <translation>ini adalah folder, bukan berkas katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="221"/>
        <source>the file is empty (0 bytes), not a catalogue</source>
        <translation>berkas kosong (0 byte), bukan katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="225"/>
        <source>this is not a catalogue file (not a SQLite database)</source>
        <translation>ini bukan berkas katalog (bukan basis data SQLite)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="228"/>
        <source>the file is truncated: its header is incomplete</source>
        <translation>berkas terpotong: header-nya tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="232"/>
        <source>this SQLite database was not made by Advocacy Desktop, so it is not opened</source>
        <translation>basis data SQLite ini tidak dibuat oleh Advocacy Desktop, sehingga tidak dibuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="262"/>
        <source>its schema ({revision}) must be upgraded to {head} first</source>
        <translation>skemanya ({revision}) harus ditingkatkan ke {head} terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="311"/>
        <source>SQLite cannot open it: {problem}</source>
        <translation>SQLite tidak dapat membukanya: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="323"/>
        <source>it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>katalog ini ditulis oleh versi Advocacy Desktop yang lebih baru (skema {revision}); perbarui aplikasi untuk membukanya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="355"/>
        <source>upgrading the schema failed ({problem}); the catalogue was restored from {backup}</source>
        <translation>peningkatan skema gagal ({problem}); katalog telah dipulihkan dari {backup}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="386"/>
        <source>the copy failed its check: {problem}</source>
        <translation>salinan tidak lolos pemeriksaan: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="406"/>
        <source>the backup cannot overwrite the catalogue itself</source>
        <translation>cadangan tidak boleh menimpa katalog itu sendiri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="421"/>
        <source>exists already; pass overwrite to replace it</source>
        <translation>sudah ada; gunakan opsi overwrite untuk menggantinya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="23"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="67"/>
        <source>it is locked by {who}, but the lock looks abandoned ({why}); take it over in the app, or open it read-only</source>
        <translation>katalog ini dikunci oleh {who}, tetapi kuncinya tampak ditinggalkan ({why}); ambil alih di aplikasi, atau buka dalam mode hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="71"/>
        <source>it is open by {who}; open it read-only, or wait until it is closed there</source>
        <translation>katalog ini sedang dibuka oleh {who}; buka dalam mode hanya baca, atau tunggu sampai katalog ditutup di sana</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="67"/>
        <source>this is not a database address: {problem}</source>
        <extracomment>SQLSTATEs after which a whole transaction may simply run again</extracomment>
        <translation>ini bukan alamat basis data: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="71"/>
        <source>{where} is not a PostgreSQL address</source>
        <translation>{where} bukan alamat PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="126"/>
        <source>the PostgreSQL driver is missing: install Advocacy Desktop with its &apos;team&apos; extra (pip install &apos;advocacy-desktop[team]&apos;)</source>
        <translation>driver PostgreSQL tidak ada: instal Advocacy Desktop beserta tambahan &apos;team&apos; (pip install &apos;advocacy-desktop[team]&apos;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="182"/>
        <source>{where}: this catalogue is open read-only</source>
        <translation>{where}: katalog ini dibuka dalam mode hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="215"/>
        <source>{where}: the database uses encoding {encoding} and character type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search finds text in every language. Create the database with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>{where}: basis data memakai pengodean {encoding} dan jenis karakter {ctype}; katalog memerlukan UTF8 dengan jenis karakter UTF-8 agar pencarian dapat menemukan teks dalam setiap bahasa. Buat basis data dengan ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="242"/>
        <source>{where}: cannot connect ({problem})</source>
        <translation>{where}: tidak dapat tersambung ({problem})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="259"/>
        <source>{where}: this database holds tables that Advocacy Desktop did not make, so it is not opened (nor changed)</source>
        <translation>{where}: basis data ini memuat tabel yang tidak dibuat oleh Advocacy Desktop, sehingga tidak dibuka (dan tidak diubah)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="263"/>
        <source>{where}: the database is empty, not a catalogue (create a team catalogue in it instead)</source>
        <translation>{where}: basis data kosong, bukan katalog (buatlah katalog tim di dalamnya)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="267"/>
        <source>{where}: cannot create a catalogue read-only</source>
        <translation>{where}: katalog tidak dapat dibuat dalam mode hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="274"/>
        <source>{where}: it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>{where}: katalog ini ditulis oleh versi Advocacy Desktop yang lebih baru (skema {revision}); perbarui aplikasi untuk membukanya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="280"/>
        <source>{where}: its schema ({revision}) must be upgraded to {head} first; everyone using it needs this version then</source>
        <translation>{where}: skemanya ({revision}) harus ditingkatkan ke {head} terlebih dahulu; setelah itu, semua orang yang menggunakannya memerlukan versi ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="292"/>
        <source>{where}: creating or upgrading the schema failed ({problem}); nothing was changed</source>
        <translation>{where}: pembuatan atau peningkatan skema gagal ({problem}); tidak ada yang diubah</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation>Katalog dibuka dalam mode hanya baca: dapat dibaca, tetapi tidak dapat diubah.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation>Tidak ada katalog yang terbuka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89"/>
        <source>%Ln feedback</source>
        <translation>
            <numerusform>%Ln masukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln sumber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln kebutuhan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln peran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln impor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>%Ln baris ditolak untuk ditinjau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="155"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="246"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="205"/>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="206"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="207"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="210"/>
        <source>Export Chart</source>
        <translation>Ekspor Grafik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export Failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Could not save the chart to {path}.</source>
        <translation>Grafik tidak dapat disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="237"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="243"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="244"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Simpan grafik ini sebagai PNG, SVG, atau PDF</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation>Diubah oleh Orang Lain</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation>Tidak Diurungkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%Ln item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>%Ln item diubah oleh {who} saat Anda melihatnya: tidak ada yang disimpan.

Daftar telah dimuat ulang dengan perubahan mereka; terapkan lagi perubahan Anda jika masih berlaku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%Ln item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>%Ln item diubah oleh {who} setelah perubahan Anda, sehingga perubahan Anda tidak diurungkan: perubahan mereka tetap berlaku.

Daftar telah dimuat ulang dengan perubahan mereka.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation>{who} pukul {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Take theirs</source>
        <translation>Ambil versi mereka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Differs in</source>
        <translation>Berbeda pada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Edited later</source>
        <translation>Disunting belakangan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>ours</source>
        <translation>versi kita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>theirs</source>
        <translation>versi mereka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="169"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: versi kita “{ours}”, versi mereka “{theirs}”</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Same</source>
        <translation>Sama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Mapped by name</source>
        <translation>Dipetakan menurut nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="92"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="194"/>
        <source>Reading the customer…</source>
        <translation>Membaca pelanggan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="220"/>
        <source>Erased customer #{id}</source>
        <translation>Pelanggan terhapus #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="235"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Jawaban terakhir &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="241"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n jawaban</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="243"/>
        <source>advocate since {day}</source>
        <translation>duta merek sejak {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="249"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>%n masalah terlambat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="251"/>
        <source>personal data erased</source>
        <translation>data pribadi dihapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="265"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation>{source} ({promoters} dari {answers})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="266"/>
        <source>no source</source>
        <translation>tanpa sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Speaks for us on: {sources}</source>
        <translation>Membela kita di: {sources}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>Riwayat masukan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="275"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>Item terbuka (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>Catatan perhatian (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="279"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>Data pribadi pelanggan ini telah dihapus: catatan perhatiannya ditutup.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="281"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation>Belum ada yang dicatat. Catat apa yang dilakukan untuk mereka: ucapan terima kasih, perbaikan, undangan, sebutan di depan publik…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="298"/>
        <source>&amp;Log Practice…</source>
        <translation>&amp;Catat Praktik…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="299"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="301"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation>Pilih pelanggan untuk melihat riwayat masukan, item terbuka, dan apa yang telah dilakukan untuk mereka.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="453"/>
        <source>Erased customer #{id}</source>
        <translation>Pelanggan terhapus #{id}</translation>
    </message>
</context>
<context>
    <name>CustomersService</name>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="44"/>
        <source>There is no customer with id {id} in this catalogue.</source>
        <translation>Tidak ada pelanggan dengan ID {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="370"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>Pelanggan tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="375"/>
        <source>An erased customer cannot be merged: their personal data is gone, so there is nothing to match them by.</source>
        <translation>Pelanggan terhapus tidak dapat digabungkan: data pribadinya sudah tidak ada, sehingga tidak ada yang dapat dipakai untuk mencocokkannya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="418"/>
        <source>The kept customer was erased since: the merge cannot be undone.</source>
        <translation>Data pribadi pelanggan yang disimpan telah dihapus sejak itu: penggabungan tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="422"/>
        <source>Customer id {id} is in use again: the merge cannot be undone.</source>
        <translation>ID pelanggan {id} sudah digunakan lagi: penggabungan tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="435"/>
        <source>A customer with the same key was added since the merge: it cannot be undone.</source>
        <translation>Pelanggan dengan kunci yang sama telah ditambahkan sejak penggabungan: penggabungan tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="142"/>
        <source>Listing customers…</source>
        <translation>Menampilkan pelanggan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="165"/>
        <source>Could not list the customers: {error}</source>
        <translation>Pelanggan tidak dapat ditampilkan: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>%Ln customer(s) listed</source>
        <translation>
            <numerusform>%Ln pelanggan ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="177"/>
        <source>scroll down for more</source>
        <translation>gulir ke bawah untuk melihat lainnya</translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>Export Items</source>
        <translation>Ekspor Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>feedback</source>
        <translation>masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="180"/>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="187"/>
        <source>Exporting items…</source>
        <translation>Mengekspor item…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="188"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{count} item ditulis ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>NPS Report</source>
        <translation>Laporan NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>nps-report</source>
        <translation>laporan-nps</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="203"/>
        <source>Writing the NPS report…</source>
        <translation>Menulis laporan NPS…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="204"/>
        <source>NPS report written to {path}.</source>
        <translation>Laporan NPS ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="243"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation>{file} tidak dapat ditulis di {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="250"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Ekspor dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="257"/>
        <source>&amp;Export items…</source>
        <translation>&amp;Ekspor item…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="259"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Tulis item yang lolos filter ke buku kerja Excel atau berkas CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS &amp;report…</source>
        <translation>&amp;Laporan NPS…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="262"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation>Tulis laporan NPS dari item yang lolos filter: angka, metode, item, dan grafik dalam satu buku kerja Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="264"/>
        <source>Export items…</source>
        <translation>Ekspor item…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="266"/>
        <source>NPS report…</source>
        <translation>Laporan NPS…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="242"/>
        <source>Chart saved to {path}.</source>
        <translation>Grafik disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="358"/>
        <source>Refreshing the dashboard…</source>
        <translation>Menyegarkan dasbor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="399"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation>Kueri: {timings}; grafik dibuat dalam {ms:.0f} md</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="409"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation>Dasbor tidak dapat disegarkan: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="413"/>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="421"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation>Penyegaran dibatalkan. Tekan Segarkan untuk mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="424"/>
        <source>Refresh cancelled</source>
        <translation>Penyegaran dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="432"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>No catalogue is open.</source>
        <translation>Tidak ada katalog yang terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="450"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation>Tidak ada jawaban 0–10 yang cocok dengan filter (n = 0).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation>±{moe} poin · interval 95% {low} sampai {high} · n = {n}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="467"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation>{promoters}% promotor · {passives}% pasif · {detractors}% detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation>Kurang dari 30 jawaban: margin lebar, baca skor dengan hati-hati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="482"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation>Atur rentang tanggal di filter untuk membandingkan dengan periode sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>No answers in the previous period of the same length.</source>
        <translation>Tidak ada jawaban pada periode sebelumnya dengan panjang yang sama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="486"/>
        <source>a significant change</source>
        <translation>perubahan yang signifikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="487"/>
        <source>within the margin of error</source>
        <translation>dalam margin kesalahan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="489"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation>{delta} poin dibandingkan periode sebelumnya (NPS {before}, n = {n}): {verdict}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="20"/>
        <source>No open items match the filter.</source>
        <translation>Tidak ada item terbuka yang cocok dengan filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="22"/>
        <source>No 0–10 answers yet.</source>
        <translation>Belum ada jawaban 0–10.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="24"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation>Tidak ada jawaban yang cocok dengan filter yang ditandai dengan kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="27"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation>Tidak ada jawaban 0–10 bertanggal yang cocok dengan filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="28"/>
        <source>No 0–10 answers match the filter.</source>
        <translation>Tidak ada jawaban 0–10 yang cocok dengan filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="35"/>
        <source>File ▸ Import File…</source>
        <translation>Berkas ▸ Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="37"/>
        <source>No 0–10 answers in this catalogue yet.</source>
        <translation>Belum ada jawaban 0–10 di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="38"/>
        <source>NPS appears once feedback with a 0–10 “How likely are you to recommend us?” score is imported: choose {command} or drop a spreadsheet on this window.</source>
        <translation>NPS muncul setelah masukan dengan skor 0–10 untuk “Seberapa besar kemungkinan Anda merekomendasikan kami?” diimpor: pilih {command} atau seret lembar kerja ke jendela ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="52"/>
        <source>NPS by week</source>
        <translation>NPS per minggu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="53"/>
        <source>NPS by month</source>
        <translation>NPS per bulan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="54"/>
        <source>NPS by quarter</source>
        <translation>NPS per kuartal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="55"/>
        <source>NPS by year</source>
        <translation>NPS per tahun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="60"/>
        <source>Answers by score (0–10)</source>
        <translation>Jawaban per skor (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="61"/>
        <source>NPS by source</source>
        <translation>NPS per sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="62"/>
        <source>Needs that cost the most NPS</source>
        <translation>Kebutuhan yang paling menurunkan NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="63"/>
        <source>Open items by owner</source>
        <translation>Item terbuka per pemilik</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>%n hari bergulir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="67"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation>NPS = %promotor − %detraktor, interval Wald tersesuaikan 95%</translation>
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
        <translation>interval 95%</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="71"/>
        <source>fewer than 30 answers</source>
        <translation>kurang dari 30 jawaban</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="72"/>
        <source>significant change</source>
        <translation>perubahan signifikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="524"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="73"/>
        <source>score</source>
        <translation>skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="74"/>
        <source>answers</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="75"/>
        <source>detractors 0–6</source>
        <translation>detraktor 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="76"/>
        <source>passives 7–8</source>
        <translation>pasif 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="77"/>
        <source>promoters 9–10</source>
        <translation>promotor 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="78"/>
        <source>no answers</source>
        <translation>tanpa jawaban</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="79"/>
        <source>(no source)</source>
        <translation>(tanpa sumber)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="80"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation>* berarsir: kurang dari 30 jawaban</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="81"/>
        <source>NPS points</source>
        <translation>Poin NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="82"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation>poin yang akan diperoleh NPS jika detraktor kebutuhan ini menjadi pasif, dengan interval 95%-nya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="84"/>
        <source>open items</source>
        <translation>item terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="85"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation>item yang belum ditutup atau dikesampingkan (tidak akan diperbaiki)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="87"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="88"/>
        <source>no data</source>
        <translation>tanpa data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n sumber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n kebutuhan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="518"/>
        <source>no need yet</source>
        <translation>belum ada kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>promoters</source>
        <translation>promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>passives</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="521"/>
        <source>detractors</source>
        <translation>detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="525"/>
        <source>rating</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="530"/>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="533"/>
        <source>from {start}</source>
        <translation>dari {start}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="535"/>
        <source>until {end}</source>
        <translation>sampai {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="538"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>%n penanggung jawab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>import #{id}</source>
        <translation>impor #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="543"/>
        <source>All feedback</source>
        <translation>Semua masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>Showing: {filter}</source>
        <translation>Menampilkan: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="550"/>
        <source>Filtered: {filter}</source>
        <translation>Difilter: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="552"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation>Dasbor mengikuti filter di halaman Masukan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="558"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>Rolling:</source>
        <translation>Bergulir:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Quarter</source>
        <translation>Kuartal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="563"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="573"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Read every figure again from the catalogue</source>
        <translation>Baca ulang semua angka dari katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Stop the refresh</source>
        <translation>Hentikan penyegaran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="578"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Impor masukan dari lembar kerja atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="580"/>
        <source>Clear filter</source>
        <translation>Hapus filter</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="25"/>
        <source>Support desk</source>
        <extracomment>kind -&gt; the seed texts that are translated when shown (marked for lupdate)</extracomment>
        <translation>Layanan dukungan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="26"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="27"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="28"/>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="31"/>
        <source>Customer advocate</source>
        <translation>Advokat pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="32"/>
        <source>Advocacy team member</source>
        <translation>Anggota tim advokasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="33"/>
        <source>Advocacy coordinator</source>
        <translation>Koordinator advokasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="34"/>
        <source>Executive sponsor</source>
        <translation>Sponsor eksekutif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="35"/>
        <source>Support agent</source>
        <translation>Agen dukungan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="36"/>
        <source>Product owner</source>
        <translation>Pemilik produk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="39"/>
        <source>Acts for the customer&apos;s good on their own: level 1.</source>
        <translation>Bertindak demi kebaikan pelanggan secara mandiri: tingkat 1.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="41"/>
        <source>Collects and prioritises customer needs in a team: level 2.</source>
        <translation>Mengumpulkan dan memprioritaskan kebutuhan pelanggan dalam tim: tingkat 2.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="43"/>
        <source>Coordinates advocacy across the company: level 3.</source>
        <translation>Mengoordinasikan advokasi di seluruh perusahaan: tingkat 3.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="44"/>
        <source>Puts advocacy into every strategy and every employee: level 4.</source>
        <translation>Menanamkan advokasi dalam setiap strategi dan setiap karyawan: tingkat 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="46"/>
        <source>Answers customers and tags their feedback.</source>
        <translation>Menjawab pelanggan dan menandai masukan mereka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="47"/>
        <source>Decides what the product does about a need.</source>
        <translation>Memutuskan apa yang dilakukan produk terhadap suatu kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="50"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="51"/>
        <source>Discounts</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="52"/>
        <source>Value for money</source>
        <translation>Kesesuaian harga</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="53"/>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="54"/>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="55"/>
        <source>Packaging</source>
        <translation>Kemasan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="56"/>
        <source>Product quality</source>
        <translation>Kualitas produk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="57"/>
        <source>Customer service</source>
        <translation>Layanan pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="58"/>
        <source>Friendliness</source>
        <translation>Keramahan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="59"/>
        <source>Response time</source>
        <translation>Waktu respons</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="60"/>
        <source>Website and app</source>
        <translation>Situs web dan aplikasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="61"/>
        <source>Checkout</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="62"/>
        <source>Login</source>
        <translation>Masuk akun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="63"/>
        <source>Returns and refunds</source>
        <translation>Retur dan pengembalian dana</translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation>Hapus Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation>Hapus “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%Ln item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>%Ln item ditandai dengan kebutuhan ini: pilih kebutuhan penggantinya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation>Pilih kebutuhan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation>Tanpa kebutuhan: hapus tag dari item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation>Tingkat teratas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation>Itemnya dipindahkan ke:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>%n kebutuhan di bawahnya dipindahkan ke bawah:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete Source</source>
        <translation>Hapus Sumber</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>Hapus sumber “{name}”? %Ln itemnya tetap ada di katalog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="135"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation>Hapus sumber “{name}”? Tidak ada item yang berasal darinya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="138"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Pindahkan ke:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="142"/>
        <source>&amp;Leave them without a source</source>
        <translation>&amp;Biarkan tanpa sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="163"/>
        <source>Deleting a source cannot be undone.</source>
        <translation>Penghapusan sumber tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="118"/>
        <source>Duplicate Customers</source>
        <translation>Pelanggan Duplikat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="125"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation>Pelanggan ini memiliki alamat email atau nama yang sama, jadi mungkin orang yang sama. Penggabungan memindahkan masukan dan catatan perhatian dari satu data ke data yang Anda simpan, lalu menghapus data lainnya. Sunting ▸ Urungkan membatalkan penggabungan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="153"/>
        <source>Keep:</source>
        <translation>Simpan:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="162"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="166"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="185"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="189"/>
        <source>Looking for duplicates…</source>
        <translation>Mencari duplikat…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="203"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>%n pasangan untuk diperiksa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="207"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation>Tidak ditemukan duplikat: tidak ada dua pelanggan dengan alamat email atau nama yang sama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="216"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Duplikat tidak dapat dicari: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="240"/>
        <source>{other} merged into {keep}.</source>
        <translation>{other} digabungkan ke {keep}.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Tidak ada katalog yang terbuka. Buat katalog dengan Berkas ▸ Katalog Baru… atau buka katalog dengan Berkas ▸ Buka….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Halaman ini hadir di versi berikutnya. Katalog Anda sudah terbuka; Berkas ▸ Cadangkan… menyimpan salinan amannya kapan saja.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation>Hapus Data Pribadi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Hapus data pribadi {name}?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation>Dihapus permanen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %Ln item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>nama, alamat email, dan ID pelanggannya; teks, catatan, dan kolom spreadsheet asli dari %Ln itemnya; catatan di catatan perhatiannya; setiap salinannya di riwayat perubahan, di baris impor yang ditolak, dan di nama berkas impor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation>Disimpan, secara anonim:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation>skor, penilaian, tanggal, sumber, kebutuhan, status, dan penanggung jawab setiap item, sehingga NPS dan semua statistik tetap sama persis. Pelanggan menjadi “Pelanggan terhapus” dan tidak dapat lagi ditemukan berdasarkan nama atau email.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation>Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation>Sunting ▸ Urungkan tidak akan mengembalikan data. Cadangan yang dibuat sebelumnya masih menyimpannya: hapus juga di sana, atau hapus cadangannya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation>Untuk mengonfirmasi, ketik nama pelanggan ({name}) atau {word}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="68"/>
        <source>Select an item to read it.</source>
        <translation>Pilih item untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>(no text)</source>
        <translation>(tanpa teks)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="114"/>
        <source>Fields</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="118"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="120"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="123"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="125"/>
        <source>External id</source>
        <translation>ID eksternal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="126"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="127"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="128"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="131"/>
        <source>Original columns</source>
        <translation>Kolom asli</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="134"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="136"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="146"/>
        <source>No changes yet.</source>
        <translation>Belum ada perubahan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="156"/>
        <source>Nobody owns this item yet: no one is responsible for its needs or source.</source>
        <translation>Item ini belum memiliki pemilik: tidak ada yang bertanggung jawab atas kebutuhan atau sumbernya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="159"/>
        <source>Assigned to {person} because they are Responsible for {need} (through {through}).</source>
        <translation>Ditugaskan ke {person} karena ia Bertanggung jawab atas {need} (melalui {through}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="163"/>
        <source>Assigned to {person} because they are Responsible for {need}.</source>
        <translation>Ditugaskan ke {person} karena ia Bertanggung jawab atas {need}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="166"/>
        <source>Assigned to {person} because they own the source {source}.</source>
        <translation>Ditugaskan ke {person} karena ia pemilik sumber {source}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="169"/>
        <source>Assigned to {person} because they are Responsible for {source}.</source>
        <translation>Ditugaskan ke {person} karena ia Bertanggung jawab atas {source}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="172"/>
        <source>Assigned to {person} by {actor} by hand.</source>
        <translation>Ditugaskan ke {person} secara manual oleh {actor}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="174"/>
        <source>Assigned to {person} by hand.</source>
        <translation>Ditugaskan ke {person} secara manual.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="179"/>
        <source>tagged with {need}</source>
        <translation>ditandai dengan {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="181"/>
        <source>untagged from {need}</source>
        <translation>tag {need} dihapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="183"/>
        <source>source changed</source>
        <translation>sumber diubah</translation>
    </message>
</context>
<context>
    <name>FeedbackEmptyState</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="49"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="50"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Impor masukan dari lembar kerja atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="53"/>
        <source>Explore the Demo Catalogue…</source>
        <translation>Jelajahi Katalog Demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="54"/>
        <source>Open a made-up catalogue with a year of feedback, to look around without your own data</source>
        <translation>Buka katalog rekaan berisi masukan selama setahun, untuk melihat-lihat tanpa data Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="57"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="58"/>
        <source>Clear every filter and show all items</source>
        <translation>Hapus semua filter dan tampilkan semua item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="124"/>
        <source>No catalogue is open</source>
        <translation>Tidak ada katalog yang terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="125"/>
        <source>Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Buat katalog dengan Berkas ▸ Katalog Baru… atau buka katalog dengan Berkas ▸ Buka….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="127"/>
        <source>No item matches these filters</source>
        <translation>Tidak ada item yang cocok dengan filter ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="128"/>
        <source>Loosen or clear the filters to see the other items.</source>
        <translation>Longgarkan atau hapus filter untuk melihat item lainnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="129"/>
        <source>File ▸ Import File…</source>
        <translation>Berkas ▸ Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="131"/>
        <source>Import a spreadsheet or CSV file of reviews, survey answers or support tickets: choose {command} or drop the file on this window.</source>
        <translation>Impor lembar kerja atau berkas CSV berisi ulasan, jawaban survei, atau tiket dukungan: pilih {command} atau seret berkas ke jendela ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="135"/>
        <source>To look around first, explore the demo catalogue.</source>
        <translation>Untuk melihat-lihat terlebih dahulu, jelajahi katalog demo.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="136"/>
        <source>No feedback yet</source>
        <translation>Belum ada masukan</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation>Cari di teks (termasuk bahasa Korea dan Turki)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="224"/>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Promoters</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="228"/>
        <source>Passives</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="229"/>
        <source>Detractors</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="233"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="236"/>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="237"/>
        <source>No need yet</source>
        <translation>Belum ada kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="241"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="248"/>
        <source>All sources</source>
        <translation>Semua sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="249"/>
        <source>All needs</source>
        <translation>Semua kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="250"/>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="251"/>
        <source>Any import</source>
        <translation>Semua impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation>Skor rekomendasi dari … sampai … (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="263"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation>Penilaian dari … sampai …, pada skalanya sendiri (4 – semua: 4 bintang atau lebih)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="265"/>
        <source>Only the items of one import</source>
        <translation>Hanya item dari satu impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="266"/>
        <source>Search the items&apos; text; the list follows as you type</source>
        <translation>Cari di teks item; daftar langsung menyesuaikan saat Anda mengetik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="268"/>
        <source>Save the current filters as a named view, or apply one</source>
        <translation>Simpan filter saat ini sebagai tampilan bernama, atau terapkan tampilan yang tersimpan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="269"/>
        <source>Clear every filter and show all items</source>
        <translation>Hapus semua filter dan tampilkan semua item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="270"/>
        <source>Score, rating and import filters</source>
        <translation>Filter skor, penilaian, dan impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="271"/>
        <source>Only the items not yet tagged with a need</source>
        <translation>Hanya item yang belum ditandai dengan kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="273"/>
        <source>Show the promoters: scores 9–10</source>
        <translation>Tampilkan promotor: skor 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="274"/>
        <source>Show the passives: scores 7–8</source>
        <translation>Tampilkan pasif: skor 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="275"/>
        <source>Show the detractors: scores 0–6</source>
        <translation>Tampilkan detraktor: skor 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="318"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="320"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="396"/>
        <source>Import #{batch}</source>
        <translation>Impor #{batch}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="409"/>
        <source>More filters ({count}) {arrow}</source>
        <translation>Filter lainnya ({count}) {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="411"/>
        <source>More filters {arrow}</source>
        <translation>Filter lainnya {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="466"/>
        <source>Save current filter as…</source>
        <translation>Simpan filter saat ini sebagai…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="469"/>
        <source>Delete view</source>
        <translation>Hapus tampilan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Save view</source>
        <translation>Simpan tampilan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Name of the view:</source>
        <translation>Nama tampilan:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="242"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation>Menampilkan kebutuhan dan sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="284"/>
        <source>Keys: {keys}</source>
        <translation>Tombol: {keys}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="286"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation>Beri kebutuhan sebuah tombol di halaman Kebutuhan agar dapat menandai dengan cepat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="396"/>
        <source>The catalogue is open read-only.</source>
        <translation>Katalog dibuka dalam mode hanya baca.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="404"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation>Pilih paling banyak {n} item sekaligus: persempit filter terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="410"/>
        <source>Select one or more items first.</source>
        <translation>Pilih satu item atau lebih terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="423"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Diperbarui dengan perubahan yang dibuat di tempat lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="465"/>
        <source>No rule matched the selected items.</source>
        <translation>Tidak ada aturan yang cocok dengan item yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="497"/>
        <source>Status not changed</source>
        <translation>Status tidak diubah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="504"/>
        <source>Assign to</source>
        <translation>Tugaskan ke</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="508"/>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="509"/>
        <source>Due Date and Notes…</source>
        <translation>Tenggat dan Catatan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="510"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="545"/>
        <source>Tag with</source>
        <translation>Tandai dengan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="553"/>
        <source>Untag</source>
        <translation>Hapus tag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="558"/>
        <source>Set source</source>
        <translation>Atur sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>No source</source>
        <translation>Tanpa sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>no source</source>
        <translation>tanpa sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="570"/>
        <source>Apply auto-tag rules to selection</source>
        <translation>Terapkan aturan tag otomatis ke pilihan</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="40"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="41"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Triaged</source>
        <translation>Dipilah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="48"/>
        <source>Resolved</source>
        <translation>Terselesaikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="49"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Won&apos;t fix</source>
        <translation>Tidak akan diperbaiki</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="53"/>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="54"/>
        <source>Passive</source>
        <translation>Pasif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="55"/>
        <source>Detractor</source>
        <translation>Detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="163"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation>Menghitung masukan</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Ours (this catalogue)</source>
        <translation>Versi kita (katalog ini)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="205"/>
        <source>Theirs (the other)</source>
        <translation>Versi mereka (katalog lain)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Text file (CSV)</source>
        <translation>Berkas teks (CSV)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="152"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation>Buku kerja Excel dengan makro (makro tidak dijalankan)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="153"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Lembar kerja OpenDocument</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="157"/>
        <source>Choose a File</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="160"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation>Tidak ada yang ditulis ke katalog sebelum langkah terakhir.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>Lembar kerja dan berkas CSV ({patterns})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="170"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="180"/>
        <source>Choose a File to Import</source>
        <translation>Pilih berkas untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="196"/>
        <source>There is no file at {path}.</source>
        <translation>Tidak ada berkas di {path}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="210"/>
        <source>This file cannot be imported.</source>
        <translation>Berkas ini tidak dapat diimpor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="219"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n lembar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="220"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="223"/>
        <source>about {rows} rows</source>
        <translation>sekitar {rows} baris</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="242"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation>Jalur lembar kerja atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="243"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="246"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation>Excel (.xlsx, .xlsm), OpenDocument (.ods), dan berkas teks (.csv, .tsv, .txt). Anda juga dapat menyeret berkas ke jendela utama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="250"/>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Getting Started Guide…</source>
        <translation>Panduan &amp;Memulai…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="223"/>
        <source>Set up a new catalogue step by step: sources, needs, analysis and roles</source>
        <translation>Siapkan katalog baru langkah demi langkah: sumber, kebutuhan, analisis, dan peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="224"/>
        <source>Open &amp;Demo Catalogue…</source>
        <translation>Buka Katalog &amp;Demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="226"/>
        <source>A year of made-up feedback in six languages, to explore without your own data</source>
        <translation>Masukan rekaan selama setahun dalam enam bahasa, untuk dijelajahi tanpa data Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="250"/>
        <source>No catalogue is open: create one with File ▸ New Catalogue…, open one with File ▸ Open…, or run Help ▸ Getting Started Guide… again.</source>
        <translation>Tidak ada katalog yang terbuka: buat katalog dengan Berkas ▸ Katalog Baru…, buka katalog dengan Berkas ▸ Buka…, atau jalankan lagi Bantuan ▸ Panduan Memulai….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="265"/>
        <source>Creating {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="267"/>
        <source>Cannot Create Catalogue</source>
        <translation>Tidak Dapat Membuat Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="268"/>
        <source>Could not create {path}</source>
        <translation>Tidak dapat membuat {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="270"/>
        <source>No catalogue was created.</source>
        <translation>Tidak ada katalog yang dibuat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="281"/>
        <source>Building the demo catalogue…</source>
        <translation>Menyusun katalog demo…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="284"/>
        <source>Cannot Build the Demo</source>
        <translation>Tidak Dapat Menyusun Demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="285"/>
        <source>Could not build the demo catalogue in {folder}</source>
        <translation>Katalog demo tidak dapat disusun di {folder}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="287"/>
        <source>The demo catalogue was not built; nothing was written.</source>
        <translation>Katalog demo tidak disusun; tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/first_run.py" line="120"/>
        <source>%n source(s), collected from: {names}</source>
        <translation>
            <numerusform>%n sumber, dikumpulkan dari: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="122"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="125"/>
        <source>Common customer needs, with auto-tag rules</source>
        <translation>Kebutuhan pelanggan yang umum, dengan aturan tag otomatis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="126"/>
        <source>Common customer needs, without rules</source>
        <translation>Kebutuhan pelanggan yang umum, tanpa aturan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="128"/>
        <source>No needs yet</source>
        <translation>Belum ada kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="131"/>
        <source>You: {name}, {role}</source>
        <translation>Anda: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="135"/>
        <source>Then: import a first file</source>
        <translation>Lalu: impor berkas pertama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="141"/>
        <source>Getting Started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="143"/>
        <source>Explore a &amp;Demo Catalogue</source>
        <translation>Jelajahi Katalog &amp;Demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="144"/>
        <source>&amp;Create Catalogue</source>
        <translation>&amp;Buat Katalog</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation>Tenggat dan Catatan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation>Catatan internal, tidak pernah ditampilkan ke pelanggan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>%Ln item dipilih.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="67"/>
        <source>Due date and notes</source>
        <translation>Tenggat dan catatan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>Answer detractors within</source>
        <translation>Tanggapi detraktor dalam</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="325"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="281"/>
        <source>No open items.</source>
        <translation>Tidak ada item terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <source>Overdue only</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="338"/>
        <source>Mark contacted</source>
        <translation>Tandai sudah dihubungi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="339"/>
        <source>Export action list…</source>
        <translation>Ekspor daftar tindakan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="341"/>
        <source>Record that the selected customers were contacted today</source>
        <translation>Catat bahwa pelanggan yang dipilih telah dihubungi hari ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="343"/>
        <source>Save every open item, with its assignee and due date, as an Excel workbook</source>
        <translation>Simpan semua item terbuka, beserta penanggung jawab dan tenggatnya, sebagai buku kerja Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="344"/>
        <source>Workload</source>
        <translation>Beban kerja</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="346"/>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>No need</source>
        <translation>Tanpa kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="350"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="386"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="359"/>
        <source>Nothing is overdue</source>
        <translation>Tidak ada yang terlambat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="361"/>
        <source>No open items for this person</source>
        <translation>Tidak ada item terbuka untuk orang ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Give them items on the Feedback page: right-click ▸ Assign to.</source>
        <translation>Tugaskan item kepadanya di halaman Masukan: klik kanan ▸ Tugaskan ke.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="363"/>
        <source>No detractor is waiting for an answer</source>
        <translation>Tidak ada detraktor yang menunggu tanggapan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="364"/>
        <source>Detractors (scores 0–6) appear here once they are imported, to be contacted within the working days set above; Mark contacted takes them off the queue.</source>
        <translation>Detraktor (skor 0–6) muncul di sini setelah diimpor, untuk dihubungi dalam jumlah hari kerja yang diatur di atas; Tandai sudah dihubungi mengeluarkan mereka dari antrean.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="369"/>
        <source>Follow-up queue</source>
        <translation>Antrean tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="371"/>
        <source>My queue</source>
        <translation>Antrean saya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="372"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="487"/>
        <source>Exported %Ln action(s).</source>
        <translation>
            <numerusform>%Ln tindakan diekspor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="423"/>
        <source>Reading the follow-up queue</source>
        <translation>Membaca antrean tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Export action list</source>
        <translation>Ekspor daftar tindakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="485"/>
        <source>Exporting the action list</source>
        <translation>Mengekspor daftar tindakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="489"/>
        <source>Export failed: {error}</source>
        <translation>Ekspor gagal: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="486"/>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="499"/>
        <source>Overdue since {day}</source>
        <translation>Terlambat sejak {day}</translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="134"/>
        <source>Choose who is {kind}</source>
        <translation>Pilih siapa yang {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="141"/>
        <source>Role: {name}</source>
        <translation>Peran: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="144"/>
        <source>{kind} for {subject}:</source>
        <translation>{kind} untuk {subject}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="147"/>
        <source>&amp;Holder:</source>
        <translation>&amp;Pemegang:</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation>Buka katalog yang dapat Anda tulisi sebelum mengimpor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %Ln new item(s).</source>
        <translation>
            <numerusform>{file} diimpor: %Ln item baru.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../advocacy_desktop/services/importing/__init__.py" line="149"/>
        <source>The file could not be read ({problem}). Check that it is still there and that you may read it, then try again.</source>
        <translation>Berkas tidak dapat dibaca ({problem}). Pastikan berkas masih ada dan Anda berhak membacanya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="25"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="30"/>
        <source>There is no import batch {batch} in this catalogue.</source>
        <translation>Tidak ada impor {batch} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="203"/>
        <source>Row {row} of {file}: {reason}</source>
        <translation>Baris {row} dari {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="44"/>
        <source>The file contains no data (only blank lines).</source>
        <translation>Berkas tidak berisi data (hanya baris kosong).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="133"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; bukan pengodean teks yang dikenal.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="209"/>
        <source>Line {line} is not valid {encoding} text (byte {byte}). The file may use another encoding, such as Windows-1252: choose it and import again.</source>
        <translation>Baris {line} bukan teks {encoding} yang valid (byte {byte}). Berkas mungkin memakai pengodean lain, misalnya Windows-1252: pilih pengodean itu lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="219"/>
        <source>A value starting on line {line} is longer than {limit} characters. This usually means a quote (&quot;) opened there is never closed: fix that line and import again.</source>
        <translation>Nilai yang dimulai pada baris {line} lebih panjang dari {limit} karakter. Biasanya ini berarti tanda kutip (&quot;) yang dibuka di sana tidak pernah ditutup: perbaiki baris itu lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="229"/>
        <source>The quote (&quot;) opened on line {line} is never closed. Close it (or double any quote inside a quoted value: &quot;&quot;) and import again.</source>
        <translation>Tanda kutip (&quot;) yang dibuka pada baris {line} tidak pernah ditutup. Tutup tanda kutip itu (atau gandakan setiap tanda kutip di dalam nilai yang dikutip: &quot;&quot;) lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="238"/>
        <source>On line {line} (or the record starting there) a quoted value is followed by other characters, e.g. &quot;abc&quot;def. Put the whole value in quotes and double any quote inside it (&quot;&quot;), then import again.</source>
        <translation>Pada baris {line} (atau rekaman yang dimulai di sana), nilai yang dikutip diikuti karakter lain, mis. &quot;abc&quot;def. Apit seluruh nilai dengan tanda kutip dan gandakan setiap tanda kutip di dalamnya (&quot;&quot;), lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="247"/>
        <source>Line {line} cannot be read: {problem}.</source>
        <translation>Baris {line} tidak dapat dibaca: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="253"/>
        <source>Line {line} contains NUL (zero) bytes, which never appear in a text file: the file may be damaged or not really CSV. Export the data again.</source>
        <translation>Baris {line} berisi byte NUL (nol), yang tidak pernah ada dalam berkas teks: berkas mungkin rusak atau sebenarnya bukan CSV. Ekspor datanya lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="332"/>
        <source>No row with headers starts on line {line}. Choose another header row.</source>
        <translation>Tidak ada baris judul yang dimulai pada baris {line}. Pilih baris judul lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="374"/>
        <source>The file has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Berkas memiliki lebih dari {limit} baris, batas maksimum untuk satu impor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="385"/>
        <source>The file could not be read any more ({problem}). Check that it is still there and import again.</source>
        <translation>Berkas tidak dapat dibaca lagi ({problem}). Pastikan berkas masih ada lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="394"/>
        <source>{count} empty rows were skipped.</source>
        <translation>{count} baris kosong dilewati.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="409"/>
        <source>Line {line} has {values} values but only {width} columns have headers; the extra values are kept at the end of the row.</source>
        <translation>Baris {line} memiliki {values} nilai, tetapi hanya {width} kolom yang memiliki judul; nilai tambahannya disimpan di akhir baris.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="45"/>
        <source>{path} (row {row}, column &quot;{column}&quot;): {message}</source>
        <translation>{path} (baris {row}, kolom &quot;{column}&quot;): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="49"/>
        <source>{path} (row {row}): {message}</source>
        <translation>{path} (baris {row}): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="52"/>
        <source>{path} (column &quot;{column}&quot;): {message}</source>
        <translation>{path} (kolom &quot;{column}&quot;): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="55"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="95"/>
        <source>The text encoding is not UTF-8; it looks like {encoding}. Check the preview and confirm the encoding before importing.</source>
        <translation>Pengodean teks bukan UTF-8; tampaknya {encoding}. Periksa pratinjau dan konfirmasikan pengodean sebelum mengimpor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="106"/>
        <source>Windows-1252 (Western European, &quot;ANSI&quot;)</source>
        <translation>Windows-1252 (Eropa Barat, &quot;ANSI&quot;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="107"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="26"/>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="27"/>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="28"/>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="29"/>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="30"/>
        <source>a gzip-compressed file</source>
        <translation>berkas terkompresi gzip</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="31"/>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="32"/>
        <source>a RAR archive</source>
        <translation>arsip RAR</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="33"/>
        <source>a Rich Text (RTF) document</source>
        <translation>dokumen Rich Text (RTF)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="47"/>
        <source>CSV text</source>
        <translation>teks CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="48"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="49"/>
        <source>a macro-enabled Excel workbook (.xlsm)</source>
        <translation>buku kerja Excel dengan makro (.xlsm)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="50"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>lembar kerja OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="75"/>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>Berkas tidak ada. Periksa nama dan foldernya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="78"/>
        <source>This is a folder, not a file.</source>
        <translation>Ini adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="81"/>
        <source>You do not have permission to read this file. Check its access rights.</source>
        <translation>Anda tidak memiliki izin untuk membaca berkas ini. Periksa hak aksesnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="86"/>
        <source>The file is empty (0 bytes). Check that you chose the right file.</source>
        <translation>Berkas kosong (0 byte). Pastikan Anda memilih berkas yang benar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="98"/>
        <source>The file is named &apos;{suffix}&apos; but contains {kind}; it was read as such.</source>
        <translation>Nama berkas berakhiran &apos;{suffix}&apos;, tetapi isinya {kind}; berkas dibaca sesuai isinya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="117"/>
        <source>This is an OpenDocument {kind} file, not a spreadsheet. Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback.</source>
        <translation>Ini adalah berkas OpenDocument {kind}, bukan lembar kerja. Pilih lembar kerja (.ods, .xlsx, atau .csv) yang berisi masukan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="123"/>
        <source>This is a zip archive, not a spreadsheet. It contains {inner}: extract it and import that file.</source>
        <translation>Ini adalah arsip zip, bukan lembar kerja. Arsip ini berisi {inner}: ekstrak lalu impor berkas itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="126"/>
        <source>This is a zip archive, not a spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Ini adalah arsip zip, bukan lembar kerja. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="136"/>
        <source>A part of this file declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Salah satu bagian berkas ini mendeklarasikan entitas XML atau DTD, cara yang dikenal untuk menyerang pembaca lembar kerja. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="149"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Ini adalah buku kerja biner Excel (.xlsb), yang tidak dapat diimpor. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="154"/>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>Ini adalah dokumen Word, bukan lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="157"/>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>Ini adalah presentasi PowerPoint, bukan lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="159"/>
        <source>This Office file holds no spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Berkas Office ini tidak berisi lembar kerja. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="179"/>
        <source>This workbook is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import the new file.</source>
        <translation>Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook, atau Lindungi Buku Kerja), simpan sebagai .xlsx, lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="186"/>
        <source>This is an old Excel 97–2003 (.xls) file, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Ini adalah berkas Excel 97–2003 (.xls) lama, yang tidak dapat diimpor. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="189"/>
        <source>This is an old Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx (without a password) and import again.</source>
        <translation>Ini adalah berkas Excel 97–2003 (.xls) lama atau buku kerja yang dilindungi kata sandi. Simpan sebagai .xlsx (tanpa kata sandi) lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="197"/>
        <source>This is {what}, not a spreadsheet or CSV file.</source>
        <translation>Ini adalah {what}, bukan lembar kerja atau berkas CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="206"/>
        <source>This is a web page (HTML) saved with a spreadsheet name, as some websites export &apos;Excel&apos; files. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Ini adalah halaman web (HTML) yang disimpan dengan nama lembar kerja, seperti cara beberapa situs web mengekspor berkas &apos;Excel&apos;. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="212"/>
        <source>This is an Excel 2003 XML spreadsheet, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>Ini adalah lembar kerja XML Excel 2003, yang tidak dapat diimpor. Buka di Excel atau LibreOffice, simpan sebagai .xlsx (atau CSV), lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="216"/>
        <source>This is an XML file, not a spreadsheet or CSV file.</source>
        <translation>Ini adalah berkas XML, bukan lembar kerja atau berkas CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="220"/>
        <source>This is not a spreadsheet or a text (CSV) file; it holds binary data.</source>
        <translation>Ini bukan lembar kerja atau berkas teks (CSV); isinya data biner.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/importer.py" line="302"/>
        <source>The items were imported, but assigning them to their owners failed ({problem}); they can be assigned from the Feedback page.</source>
        <translation>Item telah diimpor, tetapi penugasannya ke pemiliknya gagal ({problem}); item dapat ditugaskan dari halaman Masukan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="45"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>Berkas rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Buka di Excel atau LibreOffice, simpan lagi, lalu impor salinan baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="53"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy. ({kind}: {detail})</source>
        <translation>Berkas rusak atau tidak lengkap (mungkin terpotong saat disalin atau diunduh). Buka di Excel atau LibreOffice, simpan lagi, lalu impor salinan baru itu. ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="85"/>
        <source>The file holds {parts} parts, far more than any workbook. It was not opened, to protect your computer.</source>
        <translation>Berkas ini berisi {parts} bagian, jauh lebih banyak daripada buku kerja mana pun. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="100"/>
        <source>A part of this file ({part}) would expand {times} times when unpacked, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Salah satu bagian berkas ini ({part}) akan membesar {times} kali lipat saat diekstrak, ciri khas &apos;bom zip&apos;. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="109"/>
        <source>Unpacked, this file would take {size}, more than the {limit} allowed. It was not opened, to protect your computer. Split the data into smaller files or save it as CSV.</source>
        <translation>Setelah diekstrak, berkas ini akan memakan {size}, melebihi batas {limit} yang diizinkan. Berkas tidak dibuka, demi melindungi komputer Anda. Pecah data menjadi beberapa berkas yang lebih kecil atau simpan sebagai CSV.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="128"/>
        <source>The archive is protected by a password. Remove the password, save the file again and import the new copy.</source>
        <translation>Arsip ini dilindungi kata sandi. Hapus kata sandinya, simpan berkas lagi, lalu impor salinan baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="177"/>
        <source>A part of this file ({part}) declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>Salah satu bagian berkas ini ({part}) mendeklarasikan entitas XML atau DTD, cara yang dikenal untuk menyerang pembaca lembar kerja. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="186"/>
        <source>A part of this file ({part}) has no readable content. It was not opened, to protect your computer.</source>
        <translation>Salah satu bagian berkas ini ({part}) tidak memiliki isi yang dapat dibaca. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="207"/>
        <source>The part {part} is unexpectedly large. It was not opened, to protect your computer.</source>
        <translation>Bagian {part} berukuran besar secara tidak wajar. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="257"/>
        <source>A cell holds more than {limit} characters, the most a spreadsheet cell can hold. It was not opened, to protect your computer. Check the file&apos;s origin, or shorten that cell.</source>
        <translation>Sebuah sel berisi lebih dari {limit} karakter, batas maksimum isi sel lembar kerja. Berkas tidak dibuka, demi melindungi komputer Anda. Periksa asal berkas, atau perpendek isi sel itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="527"/>
        <source>A part of this file ({part}) repeats its content so often that, unpacked, it would take more than the {limit} allowed, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>Salah satu bagian berkas ini ({part}) mengulang isinya begitu sering sehingga, setelah diekstrak, akan memakan lebih dari batas {limit} yang diizinkan, ciri khas &apos;bom zip&apos;. Berkas tidak dibuka, demi melindungi komputer Anda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/templates.py" line="75"/>
        <source>a template needs a name</source>
        <translation>templat memerlukan nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="151"/>
        <source>The workbook has no worksheet with data.</source>
        <translation>Buku kerja ini tidak memiliki lembar kerja yang berisi data.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="180"/>
        <source>There is no sheet {sheet} in this workbook. Sheets: {sheets}.</source>
        <translation>Tidak ada lembar {sheet} di buku kerja ini. Lembar yang ada: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="226"/>
        <source>This workbook is protected by a password. Remove the password, save it again and import the new file.</source>
        <translation>Buku kerja ini dilindungi kata sandi. Hapus kata sandinya, simpan lagi, lalu impor berkas baru itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="328"/>
        <source>The sheet has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>Lembar ini memiliki lebih dari {limit} baris, batas maksimum untuk satu impor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="345"/>
        <source>The workbook has {count} sheets; &apos;{sheet}&apos; was read. Other sheets: {others}.</source>
        <translation>Buku kerja ini memiliki {count} lembar; yang dibaca adalah &apos;{sheet}&apos;. Lembar lainnya: {others}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="354"/>
        <source>The sheet &apos;{sheet}&apos; is hidden in the workbook.</source>
        <translation>Lembar &apos;{sheet}&apos; tersembunyi di buku kerja.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="125"/>
        <source>{count} formula cells have no saved result and were read as blank. Open the file in Excel or LibreOffice, save it and import again.</source>
        <translation>{count} sel rumus tidak memiliki hasil tersimpan dan dibaca sebagai kosong. Buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="135"/>
        <source>The sheet has merged cells; each merged value was read in the first cell of its range only, the other cells are blank.</source>
        <translation>Lembar ini memiliki sel gabungan; setiap nilai gabungan hanya dibaca di sel pertama rentangnya, sel lainnya kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="147"/>
        <source>Cells {cells} are merged with the header row; the rows below the header are blank there.</source>
        <translation>Sel {cells} digabungkan dengan baris judul; baris di bawah judul kosong di bagian itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="152"/>
        <source>Cells {cells} are merged; the value of {cell} was repeated in each row of the range (first column only).</source>
        <translation>Sel {cells} digabungkan; nilai {cell} diulang di setiap baris rentang tersebut (hanya kolom pertama).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="156"/>
        <source>Cells {cells} are merged; the value was read in {cell} only.</source>
        <translation>Sel {cells} digabungkan; nilainya hanya dibaca di {cell}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="193"/>
        <source>The header cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); the column is named by its letter.</source>
        <translation>Sel judul {cell} berisi rumus tanpa hasil tersimpan (berkas diubah oleh program yang tidak menghitung rumus; buka dan simpan di Excel atau LibreOffice untuk mendapatkan nilainya); kolom ini dinamai dengan hurufnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="197"/>
        <source>Cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); it was read as blank.</source>
        <translation>Sel {cell} berisi rumus tanpa hasil tersimpan (berkas diubah oleh program yang tidak menghitung rumus; buka dan simpan di Excel atau LibreOffice untuk mendapatkan nilainya); sel ini dibaca sebagai kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="201"/>
        <source>The header cell {cell} holds the Excel error {error}; the column is named by its letter.</source>
        <translation>Sel judul {cell} berisi galat Excel {error}; kolom ini dinamai dengan hurufnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="204"/>
        <source>Cell {cell} holds the Excel error {error}; it was read as blank.</source>
        <translation>Sel {cell} berisi galat Excel {error}; sel ini dibaca sebagai kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="247"/>
        <source>The sheet &apos;{sheet}&apos; is empty. Choose the sheet that holds the data.</source>
        <translation>Lembar &apos;{sheet}&apos; kosong. Pilih lembar yang berisi data.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="252"/>
        <source>Row {row} of the sheet &apos;{sheet}&apos; is empty. Choose another header row.</source>
        <translation>Baris {row} di lembar &apos;{sheet}&apos; kosong. Pilih baris judul lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="489"/>
        <source>Row {row} has values in {count} columns after the last header; they are kept at the end of the row.</source>
        <translation>Baris {row} memiliki nilai di {count} kolom setelah judul terakhir; nilai tersebut disimpan di akhir baris.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Score (0–10 recommend)</source>
        <translation>Skor rekomendasi (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Customer ID</source>
        <translation>ID pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Feedback ID</source>
        <translation>ID masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="63"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation>Hanya jawaban atas &apos;Seberapa besar kemungkinan Anda merekomendasikan kami?&apos; (0–10) yang dihitung sebagai NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="67"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation>Bintang atau nilai (1–5, 1–10…): disimpan sebagai penilaian, tidak pernah dihitung sebagai NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="70"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation>Nama kebutuhan dipisahkan koma, mis. &apos;Harga, Pengiriman&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="73"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation>Nomor ulasan atau tiket: baris dengan nomor yang sama tidak diimpor dua kali.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="96"/>
        <source>— Not imported (kept as extra)</source>
        <translation>— Tidak diimpor (disimpan sebagai tambahan)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="386"/>
        <source>{header} is not a column of this file</source>
        <translation>{header} bukan kolom di berkas ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="440"/>
        <source>not a column mapping template</source>
        <translation>bukan templat pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="443"/>
        <source>this template was saved by a newer version of the app</source>
        <translation>templat ini disimpan oleh versi aplikasi yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="471"/>
        <source>A 0–10 scale, like the question &apos;how likely are you to recommend us&apos;. It is kept as a rating; map the column to score only if it asks exactly that.</source>
        <translation>Skala 0–10, seperti pertanyaan &apos;seberapa besar kemungkinan Anda merekomendasikan kami&apos;. Nilainya disimpan sebagai penilaian; petakan kolom ini ke skor hanya jika kolom tersebut menanyakan persis hal itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="499"/>
        <source>No sample values: a 1–5 scale is assumed; check it.</source>
        <translation>Tidak ada contoh nilai: skala 1–5 diasumsikan; periksalah.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="550"/>
        <source>Text dates mix day-first and month-first values.</source>
        <translation>Tanggal berbentuk teks mencampur nilai hari dahulu dan bulan dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="553"/>
        <source>No column asks how likely the customer is to recommend you: no NPS.</source>
        <translation>Tidak ada kolom yang menanyakan seberapa besar kemungkinan pelanggan merekomendasikan Anda: tidak ada NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="560"/>
        <source>{order} ({code})</source>
        <translation>{order} ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="564"/>
        <source>Text dates need an order: the values fit {first}.</source>
        <translation>Tanggal berbentuk teks memerlukan urutan: nilainya cocok dengan {first}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="568"/>
        <source>Text dates need an order: the values fit {first} or {second}.</source>
        <translation>Tanggal berbentuk teks memerlukan urutan: nilainya cocok dengan {first} atau {second}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="571"/>
        <source>Text dates need an order: the values fit {first} or {second} or {third}.</source>
        <translation>Tanggal berbentuk teks memerlukan urutan: nilainya cocok dengan {first}, {second}, atau {third}.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="431"/>
        <source>{value} is a yes/no value, not a score</source>
        <translation>{value} adalah nilai ya/tidak, bukan skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="432"/>
        <source>{value} is a yes/no value, not a rating</source>
        <translation>{value} adalah nilai ya/tidak, bukan penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="433"/>
        <source>{value} is a yes/no value, not a date</source>
        <translation>{value} adalah nilai ya/tidak, bukan tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="434"/>
        <source>{value} is a yes/no value, not an id</source>
        <translation>{value} adalah nilai ya/tidak, bukan ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="475"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} lebih panjang dari {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="492"/>
        <source>&apos;{text}&apos; is an id a spreadsheet turned into a rounded number; format the column as text and export again</source>
        <translation>&apos;{text}&apos; adalah ID yang diubah lembar kerja menjadi angka yang dibulatkan; format kolom sebagai teks lalu ekspor lagi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="506"/>
        <source>{value} is not an id</source>
        <translation>{value} bukan ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="509"/>
        <source>{value} has more digits than a spreadsheet number keeps ({digits}); format the column as text and export again</source>
        <translation>{value} memiliki lebih banyak digit daripada yang dapat disimpan angka lembar kerja ({digits}); format kolom sebagai teks lalu ekspor lagi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="517"/>
        <source>{value} is a date, not an id: the spreadsheet may have converted it</source>
        <translation>{value} adalah tanggal, bukan ID: lembar kerja mungkin telah mengubahnya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="541"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} bukan alamat email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="575"/>
        <source>{value} is not a status: use new, triaged, in progress, resolved, closed or won&apos;t fix</source>
        <translation>{value} bukan status: gunakan baru, ditinjau, diproses, terselesaikan, ditutup, atau tidak diperbaiki</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="595"/>
        <source>{value} is not a language</source>
        <translation>{value} bukan bahasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="82"/>
        <source>day-first</source>
        <translation>hari dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="83"/>
        <source>month-first</source>
        <translation>bulan dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="84"/>
        <source>year-first</source>
        <translation>tahun dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="86"/>
        <source>{value} is not a number</source>
        <translation>{value} bukan angka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="87"/>
        <source>{value} is outside 0–10</source>
        <translation>{value} di luar 0–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="88"/>
        <source>{value} is outside {minimum}–{scale}</source>
        <translation>{value} di luar {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="89"/>
        <source>{value} is not a rating</source>
        <translation>{value} bukan penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="90"/>
        <source>{value} is not a date</source>
        <translation>{value} bukan tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="91"/>
        <source>{value} is not a spreadsheet date</source>
        <translation>{value} bukan tanggal lembar kerja</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="92"/>
        <source>{value} is not a valid date</source>
        <translation>{value} bukan tanggal yang valid</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="93"/>
        <source>{value} is not a valid date in {order} order ({code})</source>
        <translation>{value} bukan tanggal yang valid dalam urutan {order} ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="134"/>
        <source>{value} is a date, not a score</source>
        <translation>{value} adalah tanggal, bukan skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="148"/>
        <source>{value} is not a whole number</source>
        <translation>{value} bukan bilangan bulat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a score: write the number alone ({top})</source>
        <translation>&apos;{text}&apos; bukan skor: tulis angkanya saja ({top})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="178"/>
        <source>&apos;{text}&apos; is not a score: scores are 0–10, not out of {bottom}</source>
        <translation>&apos;{text}&apos; bukan skor: skor bernilai 0–10, bukan dari skala {bottom}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="186"/>
        <source>&apos;{text}&apos; is not a number: write it in digits ({digits})</source>
        <translation>&apos;{text}&apos; bukan angka: tulis dengan angka ({digits})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="249"/>
        <source>&apos;{text}&apos; shows {stars} stars, but the scale is {scale}</source>
        <translation>&apos;{text}&apos; menampilkan {stars} bintang, tetapi skalanya {scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="267"/>
        <source>&apos;{text}&apos; is out of {bottom}, but this column&apos;s scale is {minimum}–{scale}</source>
        <translation>&apos;{text}&apos; memakai skala {bottom}, tetapi skala kolom ini {minimum}–{scale}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="313"/>
        <source>{value} is 29 February 1900, a day that exists only in Excel</source>
        <translation>{value} adalah 29 Februari 1900, tanggal yang hanya ada di Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="397"/>
        <source>{value} is a time of day, not a date</source>
        <translation>{value} adalah waktu (jam), bukan tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="408"/>
        <source>{value} is before {earliest}, too early to be feedback</source>
        <translation>{value} sebelum {earliest}, terlalu awal untuk sebuah masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="417"/>
        <source>{value} is in the future</source>
        <translation>{value} ada di masa depan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="466"/>
        <source>{value} is not a date: use a spreadsheet date, 2024-01-05 or day/month/year</source>
        <translation>{value} bukan tanggal: gunakan tanggal lembar kerja, 2024-01-05, atau hari/bulan/tahun</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="485"/>
        <source>{value} is ambiguous: it could be {day_first} (day-first) or {month_first} (month-first); choose the date order for this column</source>
        <translation>{value} bermakna ganda: bisa berarti {day_first} (hari dahulu) atau {month_first} (bulan dahulu); pilih urutan tanggal untuk kolom ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="490"/>
        <source>{value} needs a date order: choose day-first (DMY), month-first (MDY) or year-first (YMD) for this column</source>
        <translation>{value} memerlukan urutan tanggal: pilih hari dahulu (DMY), bulan dahulu (MDY), atau tahun dahulu (YMD) untuk kolom ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="494"/>
        <source>{value} needs a date order: choose day-first (DMY) or month-first (MDY) for this column</source>
        <translation>{value} memerlukan urutan tanggal: pilih hari dahulu (DMY) atau bulan dahulu (MDY) untuk kolom ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="500"/>
        <source>{value} does not fit in {order} order ({code})</source>
        <translation>{value} tidak sesuai dengan urutan {order} ({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/convert.py" line="23"/>
        <source>The row has no score, rating or text, so there is nothing to import.</source>
        <translation>Baris ini tidak memiliki skor, penilaian, atau teks, sehingga tidak ada yang dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="222"/>
        <source>Step {n} of {total}</source>
        <translation>Langkah {n} dari {total}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="233"/>
        <source>&amp;Stop Import</source>
        <translation>&amp;Hentikan impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="235"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="237"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="403"/>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>Import File</source>
        <translation>Impor berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="464"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="252"/>
        <source>Listing imports…</source>
        <translation>Menampilkan impor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="275"/>
        <source>Could not list the imports: {error}</source>
        <translation>Tidak dapat menampilkan impor: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>No rows of {file} were rejected.</source>
        <translation>Tidak ada baris {file} yang ditolak.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="328"/>
        <source>Listing rejected rows…</source>
        <translation>Menampilkan baris yang ditolak…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="322"/>
        <source>Rejected rows of {file}: %Ln. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>Baris {file} yang ditolak: %Ln. Ekspor, perbaiki, lalu impor berkas itu lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="373"/>
        <source>Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>Hapus %Ln item yang ditambahkan impor {file} ({when}) ke katalog, beserta tag dan penugasannya?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation>Ini tidak dapat dibatalkan, tetapi Anda dapat mengimpor berkas itu lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="383"/>
        <source>Undo Import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="393"/>
        <source>Undoing the import of {file}…</source>
        <translation>Membatalkan impor {file}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="398"/>
        <source>Undo Failed</source>
        <translation>Pembatalan gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="399"/>
        <source>Could not undo the import.</source>
        <translation>Impor tidak dapat dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="405"/>
        <source>%Ln item(s) of {file} removed.</source>
        <translation>
            <numerusform>%Ln item dari {file} dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="414"/>
        <source>No catalogue is open.</source>
        <translation>Tidak ada katalog yang terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="417"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation>Belum ada impor. Seret lembar kerja ke sini atau pilih Berkas ▸ Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="422"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="423"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>E&amp;kspor Baris yang Ditolak…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="424"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Batalkan Impor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="425"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Impor masukan dari lembar kerja atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="427"/>
        <source>Save the rejected rows of the selected import, to fix them and import them again</source>
        <translation>Simpan baris yang ditolak dari impor yang dipilih, untuk diperbaiki lalu diimpor lagi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="429"/>
        <source>Remove the items the selected import added</source>
        <translation>Hapus item yang ditambahkan oleh impor yang dipilih</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation>Folder Bersama atau Tersinkron</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation>{file} berada di folder sinkronisasi cloud.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation>{file} berada di folder bersama jaringan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation>SQLite di folder bersama atau tersinkron dapat merusak katalog bila dua orang menulis secara bersamaan. Bekerjalah pada salinan lokal, atau gunakan katalog tim di PostgreSQL.

Selama Anda membukanya, berkas kunci di sampingnya memberi tahu orang lain siapa yang sedang bekerja di dalamnya, dan mereka dapat membukanya dalam mode hanya baca.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation>Jangan peringatkan lagi untuk berkas ini</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation>Hanya baca: {user} di {host} sedang membukanya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation>Mengonfirmasi kunci…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation>{user} di {host}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation>Katalog Diambil Alih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation>{who} telah mengambil alih {file}. Perubahan Anda sejauh ini sudah disimpan; katalog kini dibuka kembali dalam mode hanya baca.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation>hari ini pukul {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation>Katalog Sedang Digunakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation>{file} dibuka oleh {user} di {host} sejak {time}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation>Tampaknya ditinggalkan: program yang membukanya tidak lagi berjalan di komputer ini (mungkin tertutup secara tak terduga).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation>Tampaknya ditinggalkan: {host} belum mengonfirmasinya sejak {time}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation>Berkas kuncinya tidak dapat dibaca dan sudah cukup lama tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation>Anda dapat membukanya dalam mode hanya baca untuk melihatnya. Untuk mengubahnya, minta {user} menutupnya terlebih dahulu: dua orang yang menulis ke satu berkas katalog dapat merusaknya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation>Ambil alih hanya jika Anda yakin tidak ada lagi yang bekerja di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation>Proses {pid}, Advocacy Desktop {version}
Terakhir dikonfirmasi: {heartbeat}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation>Buka Hanya Baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation>Ambil Alih</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="208"/>
        <source>&amp;New Catalogue…</source>
        <translation>Katalog &amp;Baru…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="209"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Buat berkas katalog baru yang kosong</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="211"/>
        <source>Open an existing catalogue file</source>
        <translation>Buka berkas katalog yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="213"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Kosongkan Menu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="214"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="215"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>Impor masukan dari lembar kerja atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="216"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="217"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Simpan salinan konsisten dari katalog yang terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="222"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="223"/>
        <source>Choose the language and the theme</source>
        <translation>Pilih bahasa dan tema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="225"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="226"/>
        <source>&amp;Navigation Panel</source>
        <translation>Panel &amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="229"/>
        <source>&amp;Full Screen</source>
        <translation>Layar &amp;Penuh</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="231"/>
        <source>&amp;System Default</source>
        <translation>Bawaan &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="232"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="233"/>
        <source>Follow the &amp;System</source>
        <translation>Ikuti &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="234"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="238"/>
        <source>&amp;User Guide</source>
        <translation>Panduan &amp;Pengguna</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="239"/>
        <source>How the app serves the five steps of the method</source>
        <translation>Bagaimana aplikasi ini mendukung lima langkah metode</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;Keyboard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="241"/>
        <source>Every keyboard shortcut of the app, by area</source>
        <translation>Semua pintasan keyboard aplikasi, per area</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="242"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>&amp;Tentang Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="243"/>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Urungkan {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo {action}</source>
        <translation>U&amp;langi {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="209"/>
        <source>{name} is already open.</source>
        <translation>{name} sudah terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="220"/>
        <source>Opening {name}…</source>
        <translation>Membuka {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="238"/>
        <source>Creating {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>Customer feedback</source>
        <translation>Masukan pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="251"/>
        <source>New Catalogue</source>
        <translation>Katalog Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="266"/>
        <source>Open Catalogue</source>
        <translation>Buka Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="273"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Katalog terakhir, {path}, sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="295"/>
        <source>Back Up Catalogue</source>
        <translation>Cadangkan Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="303"/>
        <source>Backing up {name}…</source>
        <translation>Mencadangkan {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="308"/>
        <source>Backup cancelled.</source>
        <translation>Pencadangan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="320"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="337"/>
        <source>Opened {path}</source>
        <translation>{path} dibuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Katalog ini telah dihapus dari daftar katalog terbaru.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="350"/>
        <source>Cannot Open Catalogue</source>
        <translation>Tidak Dapat Membuka Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="351"/>
        <source>Could not open {path}</source>
        <translation>Tidak dapat membuka {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="358"/>
        <source>Cannot Create Catalogue</source>
        <translation>Tidak Dapat Membuat Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="359"/>
        <source>Could not create {path}</source>
        <translation>Tidak dapat membuat {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="368"/>
        <source>Opening {name} was cancelled.</source>
        <translation>Pembukaan {name} dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="373"/>
        <source>Backup saved to {path}</source>
        <translation>Cadangan disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="378"/>
        <source>Backup Failed</source>
        <translation>Pencadangan Gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="379"/>
        <source>Could not back up to {path}</source>
        <translation>Tidak dapat mencadangkan ke {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="430"/>
        <source>{name} (read-only)</source>
        <translation>{name} (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="458"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Katalog Advocacy (*.advocacy);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="328"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>%n nilai tidak dapat dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="177"/>
        <source>Check the Columns</source>
        <translation>Periksa kolom</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="181"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation>Pilih isi setiap kolom. Sel yang disorot tidak dapat dibaca: barisnya akan ditolak dan dicantumkan setelah impor agar dapat Anda perbaiki.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Checking the values…</source>
        <translation>Memeriksa nilai…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="242"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>%n dari baris pertama tidak dapat diimpor apa adanya (disorot).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="248"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Tidak ada masalah pada %n baris pertama.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="259"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation>Berkas ini bukan UTF-8; tampaknya {encoding}. Periksa huruf beraksen di pratinjau (é, ü, ñ…): jika tampak salah, coba pengodean lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="276"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation>Tanggal di kolom “{column}” dapat dibaca lebih dari satu cara (apakah 05/01/2024 itu 5 Januari atau 1 Mei?). Pilih urutannya untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="281"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation>Kolom dicocokkan dengan templat tersimpan “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="285"/>
        <source>You changed the mapping since.</source>
        <translation>Anda telah mengubah pemetaan sejak itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Day first</source>
        <translation>Hari dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="297"/>
        <source>Month first</source>
        <translation>Bulan dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="298"/>
        <source>Year first</source>
        <translation>Tahun dahulu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="304"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="314"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Eropa Barat)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="315"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Go back and choose a file that can be read.</source>
        <translation>Kembali dan pilih berkas yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation>Centang “Teks tampak benar” untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="331"/>
        <source>Choose the order of the dates to go on.</source>
        <translation>Pilih urutan tanggal untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="334"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation>Pilih kolom untuk skor, penilaian, atau teks: baris tanpa salah satunya tidak dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="342"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Pengodean:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="343"/>
        <source>The text &amp;looks right</source>
        <translation>Teks &amp;tampak benar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>&amp;Date order:</source>
        <translation>&amp;Urutan tanggal:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Columns and fields</source>
        <translation>Kolom dan bidang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>First rows of the file</source>
        <translation>Baris pertama berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="351"/>
        <source>Only rows with &amp;problems</source>
        <translation>Hanya baris ber&amp;masalah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Save as &amp;template:</source>
        <translation>Simpan sebagai &amp;templat:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="354"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation>Nama (opsional): dipakai lagi untuk berkas dengan kolom yang sama</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Responsible</source>
        <translation>Bertanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Accountable</source>
        <translation>Akuntabel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Consulted</source>
        <translation>Dikonsultasikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Informed</source>
        <translation>Diinformasikan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="76"/>
        <source>Need or source</source>
        <translation>Kebutuhan atau sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="82"/>
        <source>Source: {name}</source>
        <translation>Sumber: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>(from {parent})</source>
        <translation>(dari {parent})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="100"/>
        <source>Nobody is responsible</source>
        <translation>Tidak ada yang bertanggung jawab</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="22"/>
        <source>An active person is a customer advocate.</source>
        <translation>Ada orang aktif yang menjadi advokat pelanggan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="23"/>
        <source>A team role with 2 or more active members is responsible for needs.</source>
        <translation>Ada peran tim dengan 2 anggota aktif atau lebih yang bertanggung jawab atas kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="25"/>
        <source>An active person is an advocacy coordinator.</source>
        <translation>Ada orang aktif yang menjadi koordinator advokasi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="26"/>
        <source>A coordinator is Accountable for most needs.</source>
        <translation>Seorang koordinator Akuntabel atas sebagian besar kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="27"/>
        <source>Every collected source has an owner.</source>
        <translation>Setiap sumber yang dikumpulkan memiliki pemilik.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="28"/>
        <source>An active person is an executive sponsor.</source>
        <translation>Ada orang aktif yang menjadi sponsor eksekutif.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="29"/>
        <source>Every need has a Responsible and an Accountable.</source>
        <translation>Setiap kebutuhan memiliki pihak yang Bertanggung jawab dan pihak yang Akuntabel.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="30"/>
        <source>Most active people have a role.</source>
        <translation>Sebagian besar orang aktif memiliki peran.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="39"/>
        <source>Give an active person the customer advocate role.</source>
        <translation>Berikan peran advokat pelanggan kepada salah satu orang aktif.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="41"/>
        <source>Make a role with at least 2 active members Responsible for at least one need.</source>
        <translation>Jadikan peran dengan sedikitnya 2 anggota aktif Bertanggung jawab atas sedikitnya satu kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="44"/>
        <source>Give an active person the advocacy coordinator role.</source>
        <translation>Berikan peran koordinator advokasi kepada salah satu orang aktif.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="46"/>
        <source>Make a coordinator Accountable for more than half of the needs (now {coordinated} of {needs}).</source>
        <translation>Jadikan seorang koordinator Akuntabel atas lebih dari separuh kebutuhan (saat ini {coordinated} dari {needs}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="49"/>
        <source>Give every collected source a Responsible or an owner (%Ln without one).</source>
        <translation>
            <numerusform>Beri setiap sumber yang dikumpulkan pihak yang Bertanggung jawab atau pemilik (%Ln belum memilikinya).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="52"/>
        <source>Give an active person the executive sponsor role.</source>
        <translation>Berikan peran sponsor eksekutif kepada salah satu orang aktif.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="54"/>
        <source>Give every need a Responsible and an Accountable (%Ln without them).</source>
        <translation>
            <numerusform>Beri setiap kebutuhan pihak yang Bertanggung jawab dan pihak yang Akuntabel (%Ln belum memilikinya).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="57"/>
        <source>Give more than half of the active people a role (now {with_role} of {active}).</source>
        <translation>Beri peran kepada lebih dari separuh orang aktif (saat ini {with_role} dari {active}).</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="46"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>&amp;Gabungkan Katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="48"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation>Bawa item, kebutuhan, orang, dan penugasan dari katalog lain ke katalog ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="59"/>
        <source>Merge Which Catalogue?</source>
        <translation>Gabungkan Katalog Mana?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="60"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation>Katalog (*.advocacy);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="67"/>
        <source>Cannot Merge</source>
        <translation>Tidak Dapat Menggabungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="68"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} tidak dapat dibuka: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Items</source>
        <extracomment>names the service uses for tables, marked for lupdate and translated where shown (context MergeDialog), so a language switch after import changes them too</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Item needs</source>
        <translation>Kebutuhan item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="52"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="53"/>
        <source>Role holders</source>
        <translation>Pemegang peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="54"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="55"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="56"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="57"/>
        <source>Imports</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="58"/>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="59"/>
        <source>Column mappings</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="60"/>
        <source>Tag rules</source>
        <translation>Aturan tag</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="61"/>
        <source>Care log</source>
        <translation>Catatan perhatian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="62"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="247"/>
        <source>Merge Catalogue</source>
        <translation>Gabungkan Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="252"/>
        <source>Comparing the catalogues…</source>
        <translation>Membandingkan katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="279"/>
        <source>Keep All Ours</source>
        <translation>Pertahankan Semua Versi Kita</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="280"/>
        <source>Take All Theirs</source>
        <translation>Ambil Semua Versi Mereka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="281"/>
        <source>Take the Newer</source>
        <translation>Ambil yang Lebih Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="282"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation>Ambil versi mereka di mana pun versi mereka disunting belakangan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="327"/>
        <source>Comparing catalogues…</source>
        <translation>Membandingkan katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="333"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation>Menggabungkan “{source}” ke katalog ini ({target}). Simulasi: {new:n} baris akan ditambahkan. Baris yang berbeda di kedua katalog adalah konflik: centang “Ambil versi mereka” jika katalog lain yang benar; sisanya mempertahankan versi kita. Tidak ada yang dihapus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="340"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="343"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation>Dipetakan menurut {by}: {what} “{label}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="346"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… dan %n lainnya dipetakan menurut nama</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="362"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation>Versi mereka: {theirs} · versi kita: {ours}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="370"/>
        <source>Merging…</source>
        <translation>Menggabungkan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="376"/>
        <source>Merging catalogues…</source>
        <translation>Menggabungkan katalog…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation>Digabungkan: {added:n} baris ditambahkan, {theirs:n} konflik mengambil versi mereka, {ours:n} mempertahankan versi kita.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="390"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation>Penggabungan dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="394"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation>Penggabungan gagal: {error}. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation>Gabungkan Kebutuhan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %Ln item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>Gabungkan “{name}” ke kebutuhan lain. %Ln item yang ditandai dengannya mendapat kebutuhan itu sebagai gantinya (tanpa ganda), kebutuhan di bawahnya pindah ke sana, dan “{name}” dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation>Gabungkan ke:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="108"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="109"/>
        <source>Hide this message</source>
        <translation>Sembunyikan pesan ini</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="371"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation>Tambahkan kebutuhan di halaman Kebutuhan untuk menandai item di sini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="374"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation>Pilihan besar ({n} item): kotak tidak menampilkan status; satu klik menandai semuanya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Needs of the %Ln selected item(s)</source>
        <translation>
            <numerusform>Kebutuhan dari %Ln item yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="379"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation>Pilih item untuk menandainya, atau seret ke sebuah kebutuhan.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="84"/>
        <source>%Ln item(s) tagged with this need itself</source>
        <translation>
            <numerusform>%Ln item ditandai langsung dengan kebutuhan ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="195"/>
        <source>Listing needs…</source>
        <translation>Menampilkan kebutuhan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="208"/>
        <source>Could not list the needs: {error}</source>
        <translation>Tidak dapat menampilkan kebutuhan: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="291"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Name of the need under “{parent}”:</source>
        <translation>Nama kebutuhan di bawah “{parent}”:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="308"/>
        <source>Name of the need:</source>
        <translation>Nama kebutuhan:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="309"/>
        <source>Add Need</source>
        <translation>Tambah Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="313"/>
        <source>Add need “{name}”</source>
        <translation>Tambah kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="325"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation>Ganti nama kebutuhan “{old}” menjadi “{new}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="331"/>
        <source>Edit need “{name}”</source>
        <translation>Sunting kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="340"/>
        <source>Colour of “{name}”</source>
        <translation>Warna “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="346"/>
        <source>Colour need “{name}”</source>
        <translation>Beri warna kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="359"/>
        <source>Set the key of need “{name}”</source>
        <translation>Atur tombol kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="366"/>
        <source>Move need “{name}”</source>
        <translation>Pindahkan kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="388"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation>Gabungkan kebutuhan “{source}” ke “{target}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="413"/>
        <source>Delete need “{name}”</source>
        <translation>Hapus kebutuhan “{name}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>Needs taxonomy (*.json)</source>
        <translation>Taksonomi kebutuhan (*.json)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="449"/>
        <source>Export Needs</source>
        <translation>Ekspor Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="450"/>
        <source>needs.json</source>
        <translation>kebutuhan.json</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="460"/>
        <source>Exporting needs…</source>
        <translation>Mengekspor kebutuhan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="463"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>%n kebutuhan diekspor ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="466"/>
        <source>Could not export the needs.</source>
        <translation>Kebutuhan tidak dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="475"/>
        <source>Import Needs</source>
        <translation>Impor Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation>Taksonomi kebutuhan (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="484"/>
        <source>Importing needs…</source>
        <translation>Mengimpor kebutuhan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="488"/>
        <source>Could not import the needs.</source>
        <translation>Kebutuhan tidak dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="495"/>
        <source>Import needs from {file}</source>
        <translation>Impor kebutuhan dari {file}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="499"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>Kebutuhan dari {file}: {added} ditambahkan, {updated} diperbarui, {same} tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="510"/>
        <source>No catalogue is open.</source>
        <translation>Tidak ada katalog yang terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="513"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation>Belum ada kebutuhan. Tambahkan kebutuhan yang diungkapkan pelanggan Anda (Harga, lalu Harga ▸ Diskon…), atau impor berkas taksonomi yang dibagikan tim lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation>Seret kebutuhan ke kebutuhan lain untuk memindahkannya ke bawahnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>Add &amp;Child</source>
        <translation>Tambah &amp;Subkebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Rename</source>
        <translation>Ganti &amp;Nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Warna…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Key…</source>
        <translation>T&amp;ombol…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Gabungkan ke…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="529"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="530"/>
        <source>R&amp;ules…</source>
        <translation>&amp;Aturan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="534"/>
        <source>Add a need at the top of the taxonomy</source>
        <translation>Tambahkan kebutuhan di tingkat teratas taksonomi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="535"/>
        <source>Add a need under the selected one</source>
        <translation>Tambahkan kebutuhan di bawah kebutuhan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="536"/>
        <source>Rename the selected need</source>
        <translation>Ganti nama kebutuhan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="537"/>
        <source>Choose the colour the need is shown in</source>
        <translation>Pilih warna yang dipakai untuk menampilkan kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="538"/>
        <source>Give the need a key that tags the selected items on the Feedback page</source>
        <translation>Beri kebutuhan sebuah tombol untuk menandai item yang dipilih di halaman Masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="540"/>
        <source>Move the need&apos;s items into another need and remove it</source>
        <translation>Pindahkan item kebutuhan ini ke kebutuhan lain, lalu hapus kebutuhan ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="541"/>
        <source>Delete the selected need</source>
        <translation>Hapus kebutuhan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="542"/>
        <source>Save the taxonomy as a file another team can import</source>
        <translation>Simpan taksonomi sebagai berkas yang dapat diimpor tim lain</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="543"/>
        <source>Add or update needs from a taxonomy file</source>
        <translation>Tambahkan atau perbarui kebutuhan dari berkas taksonomi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="545"/>
        <source>Auto-tag rules: tag a need on the items whose text matches</source>
        <translation>Aturan tag otomatis: tandai item yang teksnya cocok dengan suatu kebutuhan</translation>
    </message>
</context>
<context>
    <name>NeedsService</name>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="29"/>
        <source>There is no need with id {id} in this catalogue.</source>
        <translation>Tidak ada kebutuhan dengan ID {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="105"/>
        <source>The needs changed since; this step can no longer be undone or redone.</source>
        <translation>Kebutuhan telah berubah sejak itu; langkah ini tidak dapat lagi diurungkan atau diulangi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="170"/>
        <source>A need to be removed has been given items or needs since; this step can no longer be undone or redone.</source>
        <translation>Kebutuhan yang akan dihapus telah mendapat item atau kebutuhan sejak itu; langkah ini tidak dapat lagi diurungkan atau diulangi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="113"/>
        <source>A need needs a name.</source>
        <translation>Kebutuhan memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="115"/>
        <source>A need&apos;s name cannot contain &apos;&gt;&apos; or &apos;›&apos; (they join paths): {name}.</source>
        <translation>Nama kebutuhan tidak boleh berisi &apos;&gt;&apos; atau &apos;›&apos; (keduanya menghubungkan jalur): {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="119"/>
        <source>A need&apos;s name is at most {limit} characters long.</source>
        <translation>Nama kebutuhan paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="129"/>
        <source>{colour} is not a colour; use #rrggbb, e.g. #3a7bd5.</source>
        <translation>{colour} bukan warna; gunakan #rrggbb, mis. #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="142"/>
        <source>A shortcut is one key, a letter or a sign: {key} is not.</source>
        <translation>Pintasan harus berupa satu tombol, yaitu satu huruf atau tanda: {key} tidak memenuhi syarat ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="146"/>
        <source>Digits are reserved for scores; choose a letter or a sign.</source>
        <translation>Angka dicadangkan untuk skor; pilih huruf atau tanda.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="212"/>
        <source>There is already a need called {name} under {parent}.</source>
        <translation>Sudah ada kebutuhan bernama {name} di bawah {parent}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="215"/>
        <source>There is already a need called {name} at the top level.</source>
        <translation>Sudah ada kebutuhan bernama {name} di tingkat teratas.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="224"/>
        <source>The key {key} is already the shortcut of {name}.</source>
        <translation>Tombol {key} sudah menjadi pintasan {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="256"/>
        <source>{name} cannot go under {parent}: that need is {name} itself or below it.</source>
        <translation>{name} tidak dapat dipindahkan ke bawah {parent}: kebutuhan itu adalah {name} sendiri atau berada di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="467"/>
        <source>A need cannot be merged into itself.</source>
        <translation>Kebutuhan tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="470"/>
        <source>{source} cannot be merged into {target}, which is below it; move {target} out first.</source>
        <translation>{source} tidak dapat digabungkan ke {target}, yang berada di bawahnya; pindahkan {target} keluar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="500"/>
        <source>The items of a deleted need cannot stay on it.</source>
        <translation>Item dari kebutuhan yang dihapus tidak dapat tetap berada di kebutuhan itu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="505"/>
        <source>The needs below a deleted need must go to another need.</source>
        <translation>Kebutuhan di bawah kebutuhan yang dihapus harus dipindahkan ke kebutuhan lain.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="511"/>
        <source>{count} item(s) are tagged {name}: choose a need for them, or confirm that they lose this tag.</source>
        <translation>{count} item ditandai dengan {name}: pilih kebutuhan untuk item tersebut, atau konfirmasikan bahwa tag ini dihapus dari item tersebut.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="394"/>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="397"/>
        <source>Last choices before the import.</source>
        <translation>Pilihan terakhir sebelum impor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="429"/>
        <source>Listing sources…</source>
        <translation>Menampilkan sumber…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation>Berkas memiliki kolom sumber (“{column}”): sumber ini hanya diberikan ke baris yang selnya kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="456"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation>Berkas tidak memiliki kolom sumber: setiap baris mendapat sumber ini, mis. Trustpilot atau Layanan dukungan. Kosongkan jika Anda tidak tahu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, lembar “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="464"/>
        <source>Ready to read {where}</source>
        <translation>Siap membaca {where}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="466"/>
        <source>(about {rows} rows)</source>
        <translation>(sekitar {rows} baris)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation>Pemetaan akan disimpan sebagai templat “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="475"/>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="476"/>
        <source>e.g. Trustpilot</source>
        <translation>mis. Trustpilot</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="477"/>
        <source>Check &amp;only, do not import</source>
        <translation>Hanya &amp;periksa, jangan impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="480"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation>Membaca setiap baris dan menghitung apa yang akan diimpor, yang sudah ada di katalog, dan yang akan ditolak. Katalog tidak diubah.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation>Langkah 4 metode · Analisis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation>Keadaan katalog sekilas pandang: NPS beserta margin kesalahannya, trennya dari waktu ke waktu, dan kebutuhan pelanggan yang paling banyak menurunkan NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation>Langkah 3 metode · Kumpulkan dan katalogkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation>Setiap masukan pelanggan dalam katalog, untuk dibaca, ditandai dengan kebutuhan yang diungkapkannya, dan ditugaskan kepada orang yang menindaklanjutinya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation>Langkah 1 dan 2 metode · Kenali dan pilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation>Asal masukan: situs ulasan, media sosial, layanan dukungan, survei. Setiap sumber dapat dinonaktifkan tanpa kehilangan apa yang sudah dibawanya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation>Langkah 3 metode · Skema bersama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation>Taksonomi kebutuhan pelanggan yang menjadi dasar pengkatalogan masukan, cukup jelas untuk dibagikan sebagai berkas kepada tim atau klien.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation>Orang &amp; peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation>Langkah 5 metode · Peran dan tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation>Siapa pemilik setiap kebutuhan, sumber, dan masukan: orang-orang dalam organisasi, peran mereka, dan siapa yang bertanggung jawab atas apa.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Advocates</source>
        <translation>Duta Merek</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation>Duta merek · Temukan, pertahankan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation>Pelanggan yang jawaban terakhirnya 9 atau 10, apa yang terakhir dilakukan untuk mereka, dan siapa yang berisiko menjauh: promotor yang merekomendasikan Anda tanpa diminta.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Langkah 3 metode · Kumpulkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Setiap berkas yang diimpor ke katalog, beserta baris yang ditolak dan alasannya, agar dapat diperbaiki dan diimpor ulang.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Older record</source>
        <translation>Data lama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Newer record</source>
        <translation>Data baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="97"/>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same e-mail</source>
        <translation>Email sama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same name</source>
        <translation>Nama sama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="106"/>
        <source>Both match “{key}”</source>
        <translation>Keduanya cocok dengan “{key}”</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="182"/>
        <source>No people yet</source>
        <translation>Belum ada orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="183"/>
        <source>Add the people who follow up feedback with Add Person…, and give them roles: the customer advocate, the owner of a need or of a source.</source>
        <translation>Tambahkan orang yang menindaklanjuti masukan dengan Tambah Orang…, lalu beri mereka peran: advokat pelanggan, pemilik kebutuhan, atau pemilik sumber.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="219"/>
        <source>No needs or sources yet</source>
        <translation>Belum ada kebutuhan atau sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="220"/>
        <source>List your sources on the Sources page and your customers&apos; needs on the Needs page; then give each of them a Responsible here.</source>
        <translation>Cantumkan sumber Anda di halaman Sumber dan kebutuhan pelanggan Anda di halaman Kebutuhan; lalu tetapkan pihak yang Bertanggung jawab untuk masing-masing di sini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="245"/>
        <source>Nothing yet: the list below says what the next level needs.</source>
        <translation>Belum ada: daftar di bawah menunjukkan apa yang diperlukan untuk tingkat berikutnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="275"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="544"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="302"/>
        <source>Reading people and responsibilities…</source>
        <translation>Membaca orang dan tanggung jawab…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="315"/>
        <source>Could not read the people: {error}</source>
        <translation>Tidak dapat membaca daftar orang: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="335"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>%n kebutuhan atau sumber tanpa penanggung jawab. Klik dua kali sebuah sel atau tekan Enter untuk memilih pemegangnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="345"/>
        <source>Level {level} of 4 — {name}</source>
        <translation>Tingkat {level} dari 4 — {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="368"/>
        <source>The highest level is reached.</source>
        <translation>Tingkat tertinggi telah tercapai.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="370"/>
        <source>Missing for level {level}:</source>
        <translation>Yang kurang untuk tingkat {level}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>no advocates yet</source>
        <translation>belum ada advokat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>single advocates</source>
        <translation>advokat perorangan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>an advocacy team</source>
        <translation>tim advokasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>coordination across the company</source>
        <translation>koordinasi di seluruh perusahaan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="376"/>
        <source>every strategy and every employee</source>
        <translation>setiap strategi dan setiap karyawan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="403"/>
        <source>{name} added.</source>
        <translation>{name} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="423"/>
        <source>Role {name} added.</source>
        <translation>Peran {name} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>Add Role</source>
        <translation>Tambah Peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <source>Role name:</source>
        <translation>Nama peran:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>What does this role do? (optional)</source>
        <translation>Apa tugas peran ini? (opsional)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="462"/>
        <source>Set {kind} for {name}</source>
        <translation>Atur {kind} untuk {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="473"/>
        <source>Clear {kind} for {name}</source>
        <translation>Kosongkan {kind} untuk {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="504"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation>Pilih sel Bertanggung jawab, Akuntabel, Dikonsultasikan, atau Diinformasikan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="516"/>
        <source>Export Matrix</source>
        <translation>Ekspor Matriks</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="528"/>
        <source>Exporting the matrix…</source>
        <translation>Mengekspor matriks…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n baris ditulis ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="532"/>
        <source>Export Failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="533"/>
        <source>Could not export the matrix.</source>
        <translation>Matriks tidak dapat diekspor.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="540"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Responsibilities</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="542"/>
        <source>Maturity</source>
        <translation>Kematangan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Tambah Orang…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Add &amp;Role…</source>
        <translation>Tambah &amp;Peran…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="547"/>
        <source>&amp;Choose Holder…</source>
        <translation>&amp;Pilih Pemegang…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="548"/>
        <source>C&amp;lear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="549"/>
        <source>E&amp;xport Matrix…</source>
        <translation>&amp;Ekspor Matriks…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="551"/>
        <source>Add someone who follows up feedback, with roles</source>
        <translation>Tambahkan orang yang menindaklanjuti masukan, beserta perannya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="552"/>
        <source>Add a role of your own beside the pre-filled ones</source>
        <translation>Tambahkan peran Anda sendiri selain peran yang sudah tersedia</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>Choose who holds the selected cell of the matrix</source>
        <translation>Pilih siapa pemegang sel yang dipilih pada matriks</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Remove every holder of the selected cell</source>
        <translation>Hapus semua pemegang sel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Save the matrix as an Excel workbook</source>
        <translation>Simpan matriks sebagai buku kerja Excel</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Reached:</source>
        <translation>Tercapai:</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="133"/>
        <source>A person needs a name.</source>
        <extracomment>The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.</extracomment>
        <translation>Orang memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="134"/>
        <source>A role needs a name.</source>
        <translation>Peran memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="136"/>
        <source>A person name can have at most {limit} characters.</source>
        <translation>Nama orang boleh berisi paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="138"/>
        <source>A role name can have at most {limit} characters.</source>
        <translation>Nama peran boleh berisi paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="140"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>Tidak ada orang dengan ID {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="149"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” bukan alamat email.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="173"/>
        <source>There is no role with id {id} in this catalogue.</source>
        <translation>Tidak ada peran dengan ID {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="187"/>
        <source>{name} has the e-mail address {email} already.</source>
        <translation>{name} sudah memakai alamat email {email}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="195"/>
        <source>There is a role called “{name}” already.</source>
        <translation>Sudah ada peran bernama “{name}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="329"/>
        <source>A maturity level is 1, 2, 3 or 4.</source>
        <translation>Tingkat kematangan adalah 1, 2, 3, atau 4.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="374"/>
        <source>The role “{name}” is in use ({members} member(s), {cells} responsibility(ies)): remove them first.</source>
        <translation>Peran “{name}” sedang digunakan ({members} anggota, {cells} tanggung jawab): hapus semuanya terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="90"/>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="92"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="95"/>
        <source>Both apply at once and are remembered.</source>
        <translation>Keduanya langsung diterapkan dan akan diingat.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="192"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation>Baris {row} akan ditolak:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>(extra)</source>
        <translation>(tambahan)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="208"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation>Kolom {letter} “{header}” diimpor sebagai {field}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="212"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation>Kolom {letter} “{header}” tidak diimpor sebagai bidang; nilainya disimpan pada setiap item sebagai informasi tambahan.</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="135"/>
        <source>this catalogue has no pseudonym secret yet: open it for writing once to create one</source>
        <extracomment>audit_log copies about the erased customer and their items are replaced by this shorter names or ids are only matched as whole values, never inside longer text</extracomment>
        <translation>katalog ini belum memiliki rahasia pseudonim: buka sekali dalam mode tulis untuk membuatnya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="392"/>
        <source>There is no customer with id {id}.</source>
        <translation>Tidak ada pelanggan dengan ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="396"/>
        <source>Customer {uuid} was already erased: nothing personal is left.</source>
        <translation>Data pelanggan {uuid} sudah dihapus: tidak ada lagi data pribadi yang tersisa.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="132"/>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="135"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="283"/>
        <source>(no source)</source>
        <translation>(tanpa sumber)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="300"/>
        <source>No star ratings match the filter.</source>
        <translation>Tidak ada penilaian bintang yang cocok dengan filter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="301"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation>Penilaian bintang memakai skalanya sendiri dan tidak pernah dihitung dalam NPS.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="304"/>
        <source>Star ratings by source</source>
        <translation>Penilaian bintang per sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Ratings</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="308"/>
        <source>Stars (rounded)</source>
        <translation>Bintang (dibulatkan)</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="490"/>
        <source>Say where to save the catalogue.</source>
        <translation>Tentukan tempat untuk menyimpan katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="493"/>
        <source>{name} exists already: choose another name (an existing file is never replaced).</source>
        <translation>{name} sudah ada: pilih nama lain (berkas yang sudah ada tidak pernah ditimpa).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="514"/>
        <source>Save the Catalogue As</source>
        <translation>Simpan Katalog Sebagai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="515"/>
        <source>Advocacy catalogues (*.advocacy)</source>
        <translation>Katalog Advocacy (*.advocacy)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="524"/>
        <source>Your catalogue</source>
        <translation>Katalog Anda</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="526"/>
        <source>Everything goes into one file you can back up, copy and carry. Finish creates it and opens it.</source>
        <translation>Semuanya tersimpan dalam satu berkas yang dapat Anda cadangkan, salin, dan bawa. Setelah panduan selesai, berkas ini dibuat lalu dibuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="528"/>
        <source>Save the catalogue as:</source>
        <translation>Simpan katalog sebagai:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="529"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="229"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="233"/>
        <source>Export Rejected Rows</source>
        <translation>Ekspor baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="245"/>
        <source>%Ln row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>%Ln baris untuk diperbaiki disimpan di {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Export Failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="254"/>
        <source>Could not write {path}</source>
        <translation>Tidak dapat menulis {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="260"/>
        <source>Exporting rejected rows…</source>
        <translation>Mengekspor baris yang ditolak…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="183"/>
        <source>The whole row:</source>
        <translation>Seluruh baris:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="188"/>
        <source>(whole row)</source>
        <translation>(seluruh baris)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="434"/>
        <source>Step 5 of 5 · Roles</source>
        <translation>Langkah 5 dari 5 · Peran</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="436"/>
        <source>Advocacy works when someone owns each need and each source. Start with yourself.</source>
        <translation>Advokasi berjalan bila setiap kebutuhan dan setiap sumber ada pemiliknya. Mulailah dari diri Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="437"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="439"/>
        <source>&amp;E-mail (optional):</source>
        <translation>&amp;Email (opsional):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="441"/>
        <source>Your &amp;role:</source>
        <translation>&amp;Peran Anda:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="443"/>
        <source>e.g. Alex Morgan</source>
        <translation>mis. Dewi Lestari</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="447"/>
        <source>Leave the name empty to add people later. Your team, their roles and who is Responsible, Accountable, Consulted or Informed for each need go on the People page.</source>
        <translation>Kosongkan nama jika ingin menambahkan orang nanti. Tim Anda, peran mereka, dan siapa yang Bertanggung jawab, Akuntabel, Dikonsultasikan, atau Diinformasikan untuk setiap kebutuhan diatur di halaman Orang &amp; peran.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Keyword</source>
        <translation>Kata kunci</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="54"/>
        <source>Phrase</source>
        <translation>Frasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="55"/>
        <source>Regular expression</source>
        <translation>Ekspresi reguler</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="62"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation>Menemukan kata yang diawali dengannya, tanpa membedakan huruf besar/kecil dan aksen (“kirim” menemukan “kiriman”); dalam bahasa Korea, Jepang, atau Tionghoa, di mana saja dalam teks.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="67"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation>Menemukan kata-kata ini dalam urutan ini, sebagai kata utuh, tanpa membedakan huruf besar/kecil dan aksen.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="71"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation>Ekspresi reguler Python, tanpa membedakan huruf besar/kecil, pada teks sebagaimana tertulis.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="265"/>
        <source>Listing rules…</source>
        <translation>Menampilkan aturan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="280"/>
        <source>Could not list the rules: {error}</source>
        <translation>Tidak dapat menampilkan aturan: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation>Aturan aktif dijalankan pada setiap impor dan saat “Terapkan”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="301"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="321"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation>Aturan dihapus. Item yang sudah ditandainya tetap memiliki tag tersebut.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="336"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation>Aturan ditambahkan. Aturan ini dijalankan pada setiap impor; tekan “Terapkan semua aturan sekarang” untuk menjalankannya pada item yang sudah ada di katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="354"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation>Ketik kata kunci, frasa, atau ekspresi untuk melihat apa yang akan ditandainya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="368"/>
        <source>Previewing…</source>
        <translation>Membuat pratinjau…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="390"/>
        <source>Previewing rule…</source>
        <translation>Membuat pratinjau aturan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="407"/>
        <source>Could not preview the rule: {error}</source>
        <translation>Tidak dapat membuat pratinjau aturan: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="412"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>Akan menandai %Ln item baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(total %Ln kecocokan)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— all of them already have this need.</source>
        <translation>— semuanya sudah memiliki kebutuhan ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="417"/>
        <source>— the others already have this need.</source>
        <translation>— sisanya sudah memiliki kebutuhan ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="433"/>
        <source>Applying the rules…</source>
        <translation>Menerapkan aturan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="437"/>
        <source>Applying auto-tag rules…</source>
        <translation>Menerapkan aturan tag otomatis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="448"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>%Ln item ditandai oleh aturan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation>Sunting ▸ Urungkan menghapus tag ini kembali.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="457"/>
        <source>This cannot be undone here.</source>
        <translation>Ini tidak dapat diurungkan di sini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation>Dibatalkan: tidak ada yang ditandai.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="470"/>
        <source>Could not apply the rules: {error}</source>
        <translation>Tidak dapat menerapkan aturan: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Auto-tag Rules — {need}</source>
        <translation>Aturan Tag Otomatis — {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="478"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation>Item yang teksnya cocok dengan suatu aturan ditandai dengan “{need}”. Aturan aktif dijalankan pada setiap impor; aturan berlaku dalam bahasa apa pun.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="483"/>
        <source>This need has no rules yet.</source>
        <translation>Kebutuhan ini belum memiliki aturan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>Keyword, phrase or expression</source>
        <translation>Kata kunci, frasa, atau ekspresi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>The first items the rule would tag appear here.</source>
        <translation>Item pertama yang akan ditandai aturan ini muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="488"/>
        <source>&amp;Add Rule</source>
        <translation>&amp;Tambah Aturan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>New rule</source>
        <translation>Aturan baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>A&amp;pply All Rules Now</source>
        <translation>Terapkan &amp;Semua Aturan Sekarang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="493"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation>Menjalankan setiap aturan aktif dari setiap kebutuhan pada seluruh katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="494"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="144"/>
        <source>Check Finished</source>
        <translation>Pemeriksaan selesai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="149"/>
        <source>Import Cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="150"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="161"/>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="164"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation>Baris ditulis sekaligus di akhir. Jika Anda menghentikan impor, tidak ada yang ditulis dan katalog tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="187"/>
        <source>{done} of about {total} rows read</source>
        <translation>{done} dari sekitar {total} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="194"/>
        <source>{done} rows read</source>
        <translation>{done} baris dibaca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="198"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation>Menghentikan… tidak ada yang ditulis ke katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="204"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation>Impor dihentikan. Tidak ada yang ditulis ke katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="205"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation>Kembali untuk mengubah pilihan dan mengimpor lagi, atau tutup wizard.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="212"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation>Berkas tidak dapat diimpor. Tidak ada yang ditulis ke katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="215"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation>Kembali untuk mengubah pilihan, atau perbaiki berkas lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation>Setiap baris berkas telah diperiksa. Tidak ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>%Ln item(s) added to the catalogue.</source>
        <translation>
            <numerusform>%Ln item ditambahkan ke katalog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="234"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation>Tidak ada item baru: katalog sudah memuat setiap baris yang terbaca.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>rows read</source>
        <translation>baris dibaca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>would be imported</source>
        <translation>akan diimpor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="239"/>
        <source>already there (duplicates)</source>
        <translation>sudah ada (duplikat)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="240"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="261"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation>Baris yang ditolak: ekspor untuk diperbaiki, lalu impor berkas itu lagi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="271"/>
        <source>Listing rejected rows…</source>
        <translation>Menampilkan baris yang ditolak…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="303"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>&amp;Ekspor Baris yang Ditolak…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="304"/>
        <source>Show in &amp;Imports</source>
        <translation>Tampilkan di &amp;Impor</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="329"/>
        <source>Step 3 of 5 · A scheme to catalogue by</source>
        <translation>Langkah 3 dari 5 · Skema untuk mengkatalogkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="331"/>
        <source>Feedback is tagged with the customer needs it speaks of. A clear, shared list of needs lets a team, or a client, read the catalogue the same way.</source>
        <translation>Masukan ditandai dengan kebutuhan pelanggan yang dibicarakannya. Daftar kebutuhan yang jelas dan dipakai bersama membuat tim, atau klien, membaca katalog dengan cara yang sama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="333"/>
        <source>&amp;Start with common needs (rename, move or delete them any time on the Needs page)</source>
        <translation>&amp;Mulai dengan kebutuhan umum (ganti nama, pindahkan, atau hapus kapan saja di halaman Kebutuhan)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="336"/>
        <source>Tag feedback &amp;automatically: keyword rules in English, German, Italian, Indonesian, Turkish and Korean</source>
        <translation>Tandai &amp;otomatis: aturan kata kunci berbahasa Inggris, Jerman, Italia, Indonesia, Turki, dan Korea</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="338"/>
        <source>Start &amp;without needs: I will build my own</source>
        <translation>Mulai &amp;tanpa kebutuhan: saya akan menyusunnya sendiri</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="339"/>
        <source>&amp;Import a first file once the catalogue is open</source>
        <translation>&amp;Impor berkas pertama setelah katalog terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="341"/>
        <source>A spreadsheet or CSV export from a review site, a survey tool or the help desk; the columns are recognised in six languages.</source>
        <translation>Lembar kerja atau ekspor CSV dari situs ulasan, alat survei, atau layanan dukungan; kolomnya dikenali dalam enam bahasa.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="252"/>
        <source>Collect from {name} ({kind})</source>
        <translation>Kumpulkan dari {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="269"/>
        <source>Step 2 of 5 · What to collect now</source>
        <translation>Langkah 2 dari 5 · Yang dikumpulkan sekarang</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="271"/>
        <source>Collecting takes time: tick the sources worth it now. The others stay in the catalogue, switched off, and can be switched on any time on the Sources page.</source>
        <translation>Mengumpulkan masukan butuh waktu: centang sumber yang layak dikumpulkan sekarang. Sumber lainnya tetap ada di katalog dalam keadaan nonaktif, dan dapat diaktifkan kapan saja di halaman Sumber.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="277"/>
        <source>Choose a Sheet</source>
        <translation>Pilih lembar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="280"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation>Buku kerja ini memiliki beberapa lembar. Lembar mana yang berisi masukan?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="296"/>
        <source>{name}   (hidden sheet)</source>
        <translation>{name}   (lembar tersembunyi)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="302"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation>Lembar ini tersembunyi di buku kerja. Pastikan isinya data yang Anda inginkan sebelum mengimpornya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="334"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation>Kolom “{sheet}”: {columns}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="347"/>
        <source>Reading the sheet…</source>
        <translation>Membaca lembar…</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation>Pintasan Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation>Tombol yang menandai masukan dengan “{name}”: satu huruf atau tanda. Angka dicadangkan untuk skor. Kosongkan jika tanpa pintasan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation>Tombol:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="65"/>
        <source>Tag the selected items with that need, or untag it when all have it</source>
        <translation>Tandai item yang dipilih dengan kebutuhan tersebut, atau hapus tagnya jika semua item sudah memilikinya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="67"/>
        <source>A need’s key</source>
        <translation>Tombol kebutuhan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="68"/>
        <source>Select every item in the list</source>
        <translation>Pilih semua item dalam daftar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="70"/>
        <source>Extend the selection</source>
        <translation>Perluas pilihan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="72"/>
        <source>Bulk actions on the selection (tag, source, assign, status…)</source>
        <translation>Tindakan massal pada pilihan (tag, sumber, penugasan, status…)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="75"/>
        <source>Edit the selected cell of the responsibilities matrix</source>
        <translation>Sunting sel yang dipilih pada matriks tanggung jawab</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="146"/>
        <source>Tag or untag “{need}”</source>
        <translation>Tandai atau hapus tag “{need}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="162"/>
        <source>Main window</source>
        <translation>Jendela utama</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="254"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Tidak ada pintasan yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="267"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="268"/>
        <source>Filter by key or action</source>
        <translation>Filter menurut tombol atau tindakan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Collect feedback from this source</source>
        <translation>&amp;Kumpulkan masukan dari sumber ini</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="85"/>
        <source>&amp;Web address:</source>
        <translation>Alamat &amp;web:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="86"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Pemilik:</translation>
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
        <translation>Situs ulasan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>Support desk</source>
        <translation>Layanan dukungan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Survey</source>
        <translation>Survei</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="36"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Collect</source>
        <translation>Kumpulkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="111"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation>Kumpulkan masukan dari sumber ini. Jika dinonaktifkan, sumber tetap menyimpan item yang sudah dibawanya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="114"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation>Net Promoter Score dari jawaban 0–10, beserta margin kesalahan 95% dan jumlah jawaban. * menandai kurang dari 30.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="117"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation>Porsi sumber ini dari semua item di katalog.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="187"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>Hanya %n jawaban: kurang dari 30, sehingga margin kesalahannya lebar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>{promoters} promotor, {passives} pasif, {detractors} detraktor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="196"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation>Tidak dikumpulkan: dinonaktifkan, itemnya tetap ada di katalog.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="301"/>
        <source>No sources yet</source>
        <translation>Belum ada sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="302"/>
        <source>Add the places feedback comes from with Add Source…: review sites, social media, the support desk, surveys.</source>
        <translation>Tambahkan tempat asal masukan dengan Tambah Sumber…: situs ulasan, media sosial, layanan dukungan, survei.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="350"/>
        <source>Listing sources…</source>
        <translation>Menampilkan sumber…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="383"/>
        <source>Could not list the sources: {error}</source>
        <translation>Tidak dapat menampilkan sumber: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="396"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>%n sumber, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="397"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n dikumpulkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="399"/>
        <source>%Ln item(s) without a source</source>
        <translation>
            <numerusform>%Ln item tanpa sumber</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="401"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation>* kurang dari 30 jawaban: margin kesalahan lebar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="430"/>
        <source>Collect from {name}</source>
        <translation>Kumpulkan dari {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="431"/>
        <source>Stop collecting from {name}</source>
        <translation>Berhenti mengumpulkan dari {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="444"/>
        <source>Edit source {name}</source>
        <translation>Sunting sumber {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="477"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="488"/>
        <source>A source named “{name}” exists already.</source>
        <translation>Sumber bernama “{name}” sudah ada.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="494"/>
        <source>Add Source</source>
        <translation>Tambah Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="504"/>
        <source>Edit Source</source>
        <translation>Sunting Sumber</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="532"/>
        <source>&amp;Add Source…</source>
        <translation>&amp;Tambah Sumber…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="533"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="534"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="535"/>
        <source>Add a place feedback comes from</source>
        <translation>Tambahkan tempat asal masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="536"/>
        <source>Change the selected source&apos;s name, kind, web address, notes or owner</source>
        <translation>Ubah nama, jenis, alamat web, catatan, atau pemilik sumber yang dipilih</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="538"/>
        <source>Delete the selected source; its items stay in the catalogue</source>
        <translation>Hapus sumber yang dipilih; itemnya tetap ada di katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="540"/>
        <source>No catalogue is open.</source>
        <translation>Tidak ada katalog yang terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="183"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="194"/>
        <source>{name} is listed already.</source>
        <translation>{name} sudah ada dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="221"/>
        <source>Step 1 of 5 · Your sources</source>
        <translation>Langkah 1 dari 5 · Sumber Anda</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="223"/>
        <source>Every place customers talk about you is a source: marketplace reviews, social media, the support desk, surveys. Untick those you do not have and add your own.</source>
        <translation>Setiap tempat pelanggan membicarakan Anda adalah sumber: ulasan marketplace, media sosial, layanan dukungan, survei. Hapus centang pada sumber yang tidak Anda miliki dan tambahkan sumber Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="225"/>
        <source>Another source:</source>
        <translation>Sumber lain:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="226"/>
        <source>Name, e.g. Etsy or the shop&apos;s guest book</source>
        <translation>Nama, mis. Etsy atau buku tamu toko</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="227"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
</context>
<context>
    <name>SourcesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="70"/>
        <source>There is no source {id} in this catalogue.</source>
        <extracomment>Stored in source.kind; the UI shows a translated label for each. The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).</extracomment>
        <translation>Tidak ada sumber {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="201"/>
        <source>A source needs a name.</source>
        <translation>Sumber memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="204"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>Nama sumber paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="229"/>
        <source>A source named {name} exists already; names must differ by more than upper and lower case.</source>
        <translation>Sumber bernama {name} sudah ada; nama harus berbeda lebih dari sekadar huruf besar dan kecil.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="240"/>
        <source>There is no person {id} in this catalogue.</source>
        <translation>Tidak ada orang {id} di katalog ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="362"/>
        <source>Items cannot be moved to the source being deleted.</source>
        <translation>Item tidak dapat dipindahkan ke sumber yang sedang dihapus.</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="49"/>
        <source>A rule needs a keyword, phrase or expression.</source>
        <translation>Aturan memerlukan kata kunci, frasa, atau ekspresi.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="52"/>
        <source>A rule may be at most {limit} characters long.</source>
        <translation>Aturan paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="58"/>
        <source>The regular expression is not valid: {problem}.</source>
        <translation>Ekspresi reguler tidak valid: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/rules.py" line="81"/>
        <source>There is no need with id {id}.</source>
        <translation>Tidak ada kebutuhan dengan ID {id}.</translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %Ln item(s) with {need}</source>
        <translation>
            <numerusform>Tandai %Ln item dengan {need}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %Ln item(s) from {need}</source>
        <translation>
            <numerusform>Hapus tag {need} dari %Ln item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %Ln item(s) to {source}</source>
        <translation>
            <numerusform>Atur sumber %Ln item menjadi {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %Ln item(s) by rules</source>
        <translation>
            <numerusform>Tandai otomatis %Ln item dengan aturan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation>Sedang memproses…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>TaxonomyFiles</name>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="43"/>
        <source>the file is empty.</source>
        <translation>berkas kosong.</translation>
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
        <translation>baris {line}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="112"/>
        <source>{file}: a taxonomy file ends in .json or .csv.</source>
        <translation>{file}: berkas taksonomi harus berakhiran .json atau .csv.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="163"/>
        <source>no such file.</source>
        <translation>berkas tidak ada.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="166"/>
        <source>too large for a taxonomy of needs.</source>
        <translation>terlalu besar untuk taksonomi kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="170"/>
        <source>this is not a taxonomy file (binary content).</source>
        <translation>ini bukan berkas taksonomi (isinya biner).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="176"/>
        <source>the text is not UTF-8.</source>
        <translation>teksnya bukan UTF-8.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="184"/>
        <source>{name} must be text, not {value}.</source>
        <translation>{name} harus berupa teks, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="199"/>
        <source>a uuid is at most {limit} characters long.</source>
        <translation>uuid paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="208"/>
        <source>line {line}, column {column}</source>
        <translation>baris {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="210"/>
        <source>not valid JSON ({problem}).</source>
        <translation>bukan JSON yang valid ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="213"/>
        <source>this JSON is not a taxonomy of needs (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>JSON ini bukan taksonomi kebutuhan (tidak ada &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="218"/>
        <source>the taxonomy has no valid version number.</source>
        <translation>taksonomi tidak memiliki nomor versi yang valid.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="221"/>
        <source>written by a newer version of Advocacy Desktop (format {version}).</source>
        <translation>ditulis oleh versi Advocacy Desktop yang lebih baru (format {version}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="228"/>
        <source>must be a list of needs.</source>
        <translation>harus berupa daftar kebutuhan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="231"/>
        <source>needs nest deeper than {limit} levels.</source>
        <translation>kebutuhan bersarang lebih dari {limit} tingkat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="236"/>
        <source>a need must be an object.</source>
        <translation>kebutuhan harus berupa objek.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="240"/>
        <source>a need has no name.</source>
        <translation>ada kebutuhan yang tidak memiliki nama.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="268"/>
        <source>this is not a taxonomy of needs: it has no &apos;path&apos; column.</source>
        <translation>ini bukan taksonomi kebutuhan: tidak ada kolom &apos;path&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="284"/>
        <source>the path is empty.</source>
        <translation>jalurnya kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="288"/>
        <source>the path is deeper than {limit}.</source>
        <translation>jalurnya lebih dalam dari {limit} tingkat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="291"/>
        <source>the path {path} has an empty name.</source>
        <translation>jalur {path} memiliki nama yang kosong.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="296"/>
        <source>not valid CSV ({problem}).</source>
        <translation>bukan CSV yang valid ({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="311"/>
        <source>this is not a taxonomy file (it looks like HTML).</source>
        <translation>ini bukan berkas taksonomi (tampaknya HTML).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="378"/>
        <source>{where}: the key {key} stays the shortcut of {holder}; {need} gets none.</source>
        <translation>{where}: tombol {key} tetap menjadi pintasan {holder}; {need} tidak mendapat pintasan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="397"/>
        <source>{where}: {need} stays where it is: {problem}</source>
        <translation>{where}: {need} tetap di tempatnya: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="405"/>
        <source>{where}: not renamed: {problem}</source>
        <translation>{where}: nama tidak diganti: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation>Sambungkan ke Katalog Tim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation>Server PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation>Atau alamat lengkap (kata sandi di atas ditambahkan)</translation>
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
        <translation>Basis data:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation>Katalog tim terbaru:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation>Kata sandi tidak disimpan. Katalog tim berada di server: beberapa orang dapat bekerja di dalamnya secara bersamaan, dan administrator server menyimpan cadangannya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation>Buka dalam mode hanya baca</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation>Ingat kata sandi di keyring sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation>Sambungkan</translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation>Sambungkan ke &amp;Katalog Tim…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation>Buka katalog bersama di basis data PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation>Menyambungkan ke {address}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation>Buat Skema?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation>Basis data {address} kosong. Buat katalog tim baru di dalamnya?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation>Tingkatkan Katalog Tim?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation>{address} dibuat oleh versi yang lebih lama. Tingkatkan sekarang? Setelah itu, semua orang yang menggunakannya memerlukan versi Advocacy Desktop ini.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation>Tidak Dapat Menyambung</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation>Katalog tim {address} tidak dapat dibuka</translation>
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
        <translation>Metode dalam lima langkah</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="78"/>
        <source>Customer Advocacy means acting for the customer’s good until they recommend you. The app serves the five steps of the method, each on its own page:</source>
        <translation>Customer Advocacy berarti bertindak demi kebaikan pelanggan hingga mereka merekomendasikan Anda. Aplikasi ini mendukung lima langkah metode tersebut, masing-masing di halamannya sendiri:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="81"/>
        <source>The pages are listed on the left; {first} to {last} switch between them.</source>
        <translation>Halaman-halaman tercantum di sebelah kiri; gunakan {first} sampai {last} untuk berpindah di antaranya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="84"/>
        <source>Identify every source of information about your customers: {page}.</source>
        <translation>Kenali setiap sumber informasi tentang pelanggan Anda: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="86"/>
        <source>Select the sources worth collecting from: the “collect from this source” switch on {page}.</source>
        <translation>Pilih sumber yang layak untuk dikumpulkan datanya: sakelar “kumpulkan masukan dari sumber ini” di halaman {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="88"/>
        <source>Collect and catalogue feedback under a shared scheme of needs: {import_file}, {needs} and {feedback}.</source>
        <translation>Kumpulkan dan katalogkan masukan menurut skema kebutuhan bersama: {import_file}, {needs}, dan {feedback}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="91"/>
        <source>Analyse it: NPS with its margin of error, its trend and the needs that cost the most NPS, on {page}.</source>
        <translation>Analisis: NPS beserta margin kesalahannya, trennya, dan kebutuhan yang paling banyak menurunkan NPS, di halaman {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="94"/>
        <source>Define who is responsible for each need, source and item, and answer detractors in time: {page}.</source>
        <translation>Tentukan siapa yang bertanggung jawab atas setiap kebutuhan, sumber, dan item, serta tanggapi detraktor tepat waktu: {page}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="99"/>
        <source>Every catalogue starts with Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and survey. Each source has a kind, a web address, notes and an owner, and shows its items, its share and its NPS with the margin of error.</source>
        <translation>Setiap katalog dimulai dengan Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, layanan dukungan, email, telepon, dan survei. Setiap sumber memiliki jenis, alamat web, catatan, dan pemilik, serta menampilkan itemnya, porsinya, dan NPS-nya beserta margin kesalahannya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="103"/>
        <source>Switching a source off stops collecting from it; what it brought stays in the catalogue.</source>
        <translation>Menonaktifkan sumber menghentikan pengumpulan darinya; apa yang sudah dibawanya tetap ada di katalog.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="106"/>
        <source>Importing feedback</source>
        <translation>Mengimpor masukan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="107"/>
        <source>{import_file}, or drop a spreadsheet on the window, opens the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt files, tells the format from the content, and maps the columns from their headers in English, German, Italian, Indonesian, Turkish or Korean.</source>
        <translation>{import_file}, atau menyeret lembar kerja ke jendela, membuka wizard impor. Wizard ini membaca berkas .xlsx, .xlsm, .ods, .csv, .tsv, dan .txt, mengenali formatnya dari isinya, dan memetakan kolom dari judulnya dalam bahasa Inggris, Jerman, Italia, Indonesia, Turki, atau Korea.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="112"/>
        <source>Every value is checked. A score must be a whole number from 0 to 10 from a column that asks about recommending; star ratings are kept apart and never counted as NPS. When text dates are ambiguous (05/01/2025) you are asked for their order; nothing is guessed.</source>
        <translation>Setiap nilai diperiksa. Skor harus berupa bilangan bulat dari 0 sampai 10 dari kolom yang menanyakan kesediaan merekomendasikan; penilaian bintang disimpan terpisah dan tidak pernah dihitung sebagai NPS. Jika tanggal berbentuk teks bermakna ganda (05/01/2025), Anda akan ditanya urutannya; tidak ada yang ditebak.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="116"/>
        <source>All valid rows are written at once: a crash or Cancel leaves all or nothing. Importing the same rows again adds nothing. Columns mapped to no field are kept with each item.</source>
        <translation>Semua baris yang valid ditulis sekaligus: jika aplikasi mogok atau Anda menekan Batal, hasilnya semua atau tidak sama sekali. Mengimpor baris yang sama lagi tidak menambahkan apa pun. Kolom yang tidak dipetakan ke bidang mana pun disimpan bersama setiap item.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="119"/>
        <source>Rejected rows are kept with their row, column, value and reason. {imports} lists every import with its rejected rows; export them to a spreadsheet, fix them and import that file again. An import can also be undone there.</source>
        <translation>Baris yang ditolak disimpan beserta nomor baris, kolom, nilai, dan alasannya. Halaman {imports} mencantumkan setiap impor beserta baris yang ditolak; ekspor baris tersebut ke lembar kerja, perbaiki, lalu impor berkas itu lagi. Impor juga dapat dibatalkan di sana.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="124"/>
        <source>Needs and tagging</source>
        <translation>Kebutuhan dan penandaan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="125"/>
        <source>{needs} holds the taxonomy of customer needs, as a tree (Price ▸ Discounts), each with a colour and a one-key shortcut. Renaming, moving, merging and deleting never lose tagged items, and every change can be undone. The taxonomy travels as a JSON or CSV file that a team or a client can adopt.</source>
        <translation>Halaman {needs} memuat taksonomi kebutuhan pelanggan dalam bentuk pohon (Harga ▸ Diskon), masing-masing dengan warna dan pintasan satu tombol. Mengganti nama, memindahkan, menggabungkan, dan menghapus tidak pernah menghilangkan item yang sudah ditandai, dan setiap perubahan dapat diurungkan. Taksonomi ini dapat dibagikan sebagai berkas JSON atau CSV untuk dipakai oleh tim atau klien.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="130"/>
        <source>On {feedback}, filter the list, select items and press a need’s key to tag them all; press it again to untag. You can also tick the needs beside the list or drag the items onto a need. The context menu tags, untags, sets the source, assigns and sets the status of every selected item at once.</source>
        <translation>Di halaman {feedback}, filter daftar, pilih item, lalu tekan tombol suatu kebutuhan untuk menandai semuanya; tekan lagi untuk menghapus tag. Anda juga dapat mencentang kebutuhan di samping daftar atau menyeret item ke sebuah kebutuhan. Menu konteks dapat menandai, menghapus tag, mengatur sumber, menugaskan, dan mengatur status semua item yang dipilih sekaligus.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="135"/>
        <source>Auto-tag rules (keywords, phrases or regular expressions, in all six languages) run on every import and on demand.</source>
        <translation>Aturan tag otomatis (kata kunci, frasa, atau ekspresi reguler, dalam keenam bahasa) dijalankan pada setiap impor dan kapan pun diminta.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="138"/>
        <source>NPS and its margin of error</source>
        <translation>NPS dan margin kesalahannya</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="139"/>
        <source>Only answers to “How likely are you to recommend us?” on 0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.</source>
        <translation>Hanya jawaban atas “Seberapa besar kemungkinan Anda merekomendasikan kami?” pada skala 0 sampai 10 yang dihitung. Promotor menjawab 9 atau 10, pasif 7 atau 8, detraktor 0 sampai 6. NPS adalah persentase promotor dikurangi persentase detraktor, dari −100 sampai +100.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="143"/>
        <source>Every NPS comes with its 95% margin of error (the adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give −35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change between two periods is called significant only when their intervals do not overlap.</source>
        <translation>Setiap NPS disertai margin kesalahan 95% (metode Wald tersesuaikan): 8 promotor, 9 pasif, dan 22 detraktor menghasilkan −35,9 ± 24,2. Kelompok dengan kurang dari 30 jawaban diberi tanda, dan perubahan antara dua periode disebut signifikan hanya jika intervalnya tidak saling tumpang tindih.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="148"/>
        <source>{dashboard} shows what the filter of {feedback} keeps: the NPS, its trend (also over rolling 30 or 90 days), the answers by score, NPS by source, and the open items by owner.</source>
        <translation>Halaman {dashboard} menampilkan apa yang lolos filter di halaman {feedback}: NPS, trennya (juga dalam 30 atau 90 hari bergulir), jawaban per skor, NPS per sumber, dan item terbuka per pemilik.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="153"/>
        <source>Needs ranked by their cost in NPS</source>
        <translation>Peringkat kebutuhan menurut penurunan NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="154"/>
        <source>A need whose items hold d of the n answers’ detractors costs 100 × d / n NPS points: had those detractors been passives, the NPS would be that much higher. With 1,000 answers and 60 detractors tagged “Delivery”, Delivery costs 6 points.</source>
        <translation>Kebutuhan yang itemnya memuat d detraktor dari n jawaban menurunkan NPS sebesar 100 × d / n poin: seandainya para detraktor itu pasif, NPS akan lebih tinggi sebesar itu. Dengan 1.000 jawaban dan 60 detraktor yang ditandai “Pengiriman”, Pengiriman menurunkan NPS sebesar 6 poin.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="158"/>
        <source>The dashboard ranks the needs by this cost, with its interval and the need’s share of all detractors. An item with two needs counts for both, so the costs do not add up.</source>
        <translation>Dasbor memeringkat kebutuhan menurut penurunan ini, beserta intervalnya dan porsi kebutuhan tersebut dari semua detraktor. Item dengan dua kebutuhan dihitung untuk keduanya, sehingga penurunan-penurunan ini tidak dapat dijumlahkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="162"/>
        <source>Roles and the follow-up queue</source>
        <translation>Peran dan antrean tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="163"/>
        <source>{people} lists the people and their roles (the four maturity levels, support agent, product owner and your own), a matrix of who is Responsible, Accountable, Consulted and Informed for every need and source with the gaps in red, and the maturity level reached with what the next one needs.</source>
        <translation>Halaman {people} mencantumkan orang dan peran mereka (empat tingkat kematangan, agen dukungan, pemilik produk, dan peran buatan Anda sendiri), matriks siapa yang Bertanggung jawab, Akuntabel, Dikonsultasikan, dan Diinformasikan untuk setiap kebutuhan dan sumber dengan kekosongan ditandai merah, serta tingkat kematangan yang telah dicapai beserta apa yang diperlukan untuk tingkat berikutnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="168"/>
        <source>New and newly tagged items go to whoever is responsible for their need or source. The follow-up queue lists the detractors not yet contacted, due a set number of working days after their feedback (2 by default); overdue ones are red. Choose a person to see their own queue; the workload per person and per need is shown beside it.</source>
        <translation>Item baru dan item yang baru ditandai diberikan kepada siapa pun yang bertanggung jawab atas kebutuhan atau sumbernya. Antrean tindak lanjut mencantumkan detraktor yang belum dihubungi, dengan tenggat sejumlah hari kerja tertentu setelah masukan mereka (bawaannya 2 hari); yang terlambat ditandai merah. Pilih seseorang untuk melihat antreannya sendiri; beban kerja per orang dan per kebutuhan ditampilkan di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="175"/>
        <source>Brand advocates are customers whose latest answer is 9 or 10. {advocates} lists them with what was last done for them, most in need of attention first, and the customers at risk: fallen promoters and repeat detractors.</source>
        <translation>Duta merek adalah pelanggan yang jawaban terakhirnya 9 atau 10. Halaman {advocates} mencantumkan mereka beserta apa yang terakhir dilakukan untuk mereka, dimulai dari yang paling perlu perhatian, serta pelanggan yang berisiko: mantan promotor dan detraktor berulang.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="179"/>
        <source>The care log records the six practices that keep advocates: mutual respect, appreciation, accessibility, active listening, recognition and presence. Duplicate customers can be found and merged.</source>
        <translation>Catatan perhatian merekam enam praktik yang mempertahankan duta merek: saling menghormati, apresiasi, aksesibilitas, mendengarkan aktif, pengakuan, dan kehadiran. Pelanggan duplikat dapat ditemukan dan digabungkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="184"/>
        <source>Catalogue files, backups and teams</source>
        <translation>Berkas katalog, cadangan, dan tim</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="185"/>
        <source>A catalogue is one .advocacy file you can carry around. It is checked when opened; a damaged file or another application’s is refused, and an older catalogue is upgraded only after a backup beside it.</source>
        <translation>Katalog adalah satu berkas .advocacy yang dapat Anda bawa ke mana saja. Berkas ini diperiksa saat dibuka; berkas yang rusak atau milik aplikasi lain ditolak, dan katalog versi lama baru ditingkatkan setelah cadangannya dibuat di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="189"/>
        <source>{backup} saves a consistent copy at any time, even while you work. When someone else has the catalogue open you are told who, and offered to open it read-only.</source>
        <translation>{backup} menyimpan salinan yang konsisten kapan saja, bahkan saat Anda sedang bekerja. Jika orang lain sedang membuka katalog, Anda diberi tahu siapa orangnya dan ditawari untuk membukanya dalam mode hanya baca.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="192"/>
        <source>{merge} brings in another catalogue (from a laptop in the field, say): conflicts are listed with both values and nothing is overwritten unless you choose so.</source>
        <translation>{merge} memasukkan katalog lain (misalnya dari laptop yang dipakai di lapangan): konflik dicantumkan beserta kedua nilainya, dan tidak ada yang ditimpa kecuali Anda memilihnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="195"/>
        <source>A team shares one PostgreSQL database instead of a file: {team}. The password is never written to the settings (where a system keyring is available you may keep it there). Two people editing the same item never lose a change: the second is told who changed it.</source>
        <translation>Tim berbagi satu basis data PostgreSQL sebagai pengganti berkas: {team}. Kata sandi tidak pernah ditulis ke pengaturan (jika keyring sistem tersedia, Anda dapat menyimpannya di sana). Dua orang yang menyunting item yang sama tidak akan kehilangan perubahan: orang kedua diberi tahu siapa yang mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="202"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="203"/>
        <source>{erase} on {advocates} erases one customer’s personal data for good; their anonymous scores stay in the statistics. This cannot be undone.</source>
        <translation>{erase} di halaman {advocates} menghapus data pribadi seorang pelanggan secara permanen; skor anonimnya tetap ada di statistik. Tindakan ini tidak dapat diurungkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="206"/>
        <source>To share data outside the organisation, export it pseudonymised from the command line (advocacy export … --pseudonymise, also for the NPS report): customers become stable pseudonyms and their contact data is removed; the export is recorded.</source>
        <translation>Untuk membagikan data ke luar organisasi, ekspor data dalam bentuk pseudonim dari baris perintah (advocacy export … --pseudonymise, juga untuk laporan NPS): setiap pelanggan diganti dengan pseudonim yang tetap dan data kontaknya dihapus; ekspor tersebut dicatat.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="211"/>
        <source>Language, theme and keys</source>
        <translation>Bahasa, tema, dan tombol</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="212"/>
        <source>{preferences} chooses the language and a light or dark theme; both apply at once. {shortcuts} lists every key.</source>
        <translation>{preferences} memilih bahasa dan tema terang atau gelap; keduanya langsung diterapkan. {shortcuts} mencantumkan semua tombol pintasan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="223"/>
        <source>Advocacy Desktop User Guide</source>
        <translation>Panduan Pengguna Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="224"/>
        <source>Contents</source>
        <translation>Daftar Isi</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="264"/>
        <source>User Guide</source>
        <translation>Panduan Pengguna</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="111"/>
        <source>Welcome to Advocacy Desktop</source>
        <translation>Selamat datang di Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="113"/>
        <source>Five short steps set up your first catalogue, following the method the app is built on. Every choice can be changed later.</source>
        <translation>Lima langkah singkat menyiapkan katalog pertama Anda, mengikuti metode yang menjadi dasar aplikasi ini. Setiap pilihan dapat diubah nanti.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="116"/>
        <source>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; — where your customers talk about you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selection&lt;/b&gt; — which sources are worth collecting from now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A scheme&lt;/b&gt; — the customer needs you catalogue feedback by.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis&lt;/b&gt; — Net Promoter Score and what each need costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roles&lt;/b&gt; — who takes care of what.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sumber&lt;/b&gt; — tempat pelanggan membicarakan Anda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pemilihan&lt;/b&gt; — sumber mana yang layak dikumpulkan sekarang.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skema&lt;/b&gt; — kebutuhan pelanggan yang menjadi dasar pengkatalogan masukan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analisis&lt;/b&gt; — Net Promoter Score dan seberapa besar setiap kebutuhan menurunkannya.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Peran&lt;/b&gt; — siapa mengurus apa.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="123"/>
        <source>No data of your own yet? Look around a demo first: it is a separate file, and this guide can be run again from the Help menu.</source>
        <translation>Belum punya data sendiri? Lihat-lihat demo terlebih dahulu: demo disimpan di berkas terpisah, dan panduan ini dapat dijalankan lagi dari menu Bantuan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="125"/>
        <source>Explore a Demo Catalogue</source>
        <translation>Jelajahi Katalog Demo</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="127"/>
        <source>A year of a small shop&apos;s feedback in six languages, tagged, assigned and followed up.</source>
        <translation>Masukan setahun dari sebuah toko kecil dalam enam bahasa, sudah ditandai, ditugaskan, dan ditindaklanjuti.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="67"/>
        <source>There is no item with id {id}.</source>
        <translation>Tidak ada item dengan ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="182"/>
        <source>There is no person with id {id}.</source>
        <translation>Tidak ada orang dengan ID {id}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="203"/>
        <source>&quot;{status}&quot; is not a status (statuses: {statuses}).</source>
        <translation>&quot;{status}&quot; bukan status (status yang ada: {statuses}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="217"/>
        <source>Item {item} is {status}: it cannot move to {wanted} (allowed: {allowed}).</source>
        <translation>Item {item} berstatus {status}: tidak dapat berpindah ke {wanted} (yang diizinkan: {allowed}).</translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %Ln item(s) to {person}</source>
        <translation>
            <numerusform>Tugaskan %Ln item ke {person}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %Ln item(s)</source>
        <translation>
            <numerusform>Batalkan penugasan %Ln item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %Ln item(s) to {status}</source>
        <translation>
            <numerusform>Atur status %Ln item menjadi {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %Ln item(s) contacted</source>
        <translation>
            <numerusform>Tandai %Ln item sudah dihubungi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %Ln item(s)</source>
        <translation>
            <numerusform>Atur tenggat %Ln item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %Ln item(s)</source>
        <translation>
            <numerusform>Atur catatan %Ln item</numerusform>
        </translation>
    </message>
</context>
</TS>
