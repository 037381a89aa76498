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
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="218"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>Tidak ada katalog yang terbuka. Buat katalog dengan Berkas ▸ Katalog Baru… atau buka katalog dengan Berkas ▸ Buka….</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="222"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>Halaman ini hadir di versi berikutnya. Katalog Anda sudah terbuka; Berkas ▸ Cadangkan… menyimpan salinan amannya kapan saja.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="155"/>
        <source>&amp;New Catalogue…</source>
        <translation>Katalog &amp;Baru…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="156"/>
        <source>Create a new, empty catalogue file</source>
        <translation>Buat berkas katalog baru yang kosong</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>Open an existing catalogue file</source>
        <translation>Buka berkas katalog yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Kosongkan Menu</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>Simpan salinan konsisten dari katalog yang terbuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="169"/>
        <source>&amp;Navigation Panel</source>
        <translation>Panel &amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="172"/>
        <source>&amp;Full Screen</source>
        <translation>Layar &amp;Penuh</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;System Default</source>
        <translation>Bawaan &amp;Sistem</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="176"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>&amp;Tentang Advocacy Desktop</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Urungkan {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo {action}</source>
        <translation>U&amp;langi {action}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="177"/>
        <source>{name} is already open.</source>
        <translation>{name} sudah terbuka.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="187"/>
        <source>Opening {name}…</source>
        <translation>Membuka {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="205"/>
        <source>Creating {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="215"/>
        <source>Customer feedback</source>
        <translation>Masukan pelanggan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="218"/>
        <source>New Catalogue</source>
        <translation>Katalog Baru</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="233"/>
        <source>Open Catalogue</source>
        <translation>Buka Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="240"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>Katalog terakhir, {path}, sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="262"/>
        <source>Back Up Catalogue</source>
        <translation>Cadangkan Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>Backing up {name}…</source>
        <translation>Mencadangkan {name}…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="275"/>
        <source>Backup cancelled.</source>
        <translation>Pencadangan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="287"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="304"/>
        <source>Opened {path}</source>
        <translation>{path} dibuka</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="313"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>Katalog ini telah dihapus dari daftar katalog terbaru.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="315"/>
        <source>Cannot Open Catalogue</source>
        <translation>Tidak Dapat Membuka Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="316"/>
        <source>Could not open {path}</source>
        <translation>Tidak dapat membuka {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="323"/>
        <source>Cannot Create Catalogue</source>
        <translation>Tidak Dapat Membuat Katalog</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="324"/>
        <source>Could not create {path}</source>
        <translation>Tidak dapat membuat {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="333"/>
        <source>Opening {name} was cancelled.</source>
        <translation>Pembukaan {name} dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved to {path}</source>
        <translation>Cadangan disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="343"/>
        <source>Backup Failed</source>
        <translation>Pencadangan Gagal</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="344"/>
        <source>Could not back up to {path}</source>
        <translation>Tidak dapat mencadangkan ke {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="414"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Katalog Advocacy (*.advocacy);;Semua berkas (*)</translation>
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
        <source>Imports</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Step 3 of the method · Collect</source>
        <translation>Langkah 3 metode · Kumpulkan</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>Setiap berkas yang diimpor ke katalog, beserta baris yang ditolak dan alasannya, agar dapat diperbaiki dan diimpor ulang.</translation>
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
</TS>
