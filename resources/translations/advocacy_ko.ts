<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="18"/>
        <source>Identify every source of information about your customers.</source>
        <translation>고객에 관한 모든 정보 출처를 파악합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="19"/>
        <source>Select the sources worth collecting from.</source>
        <translation>수집할 가치가 있는 출처를 선택합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="20"/>
        <source>Collect and catalogue feedback under a clear scheme of needs.</source>
        <translation>명확한 니즈 체계에 따라 피드백을 수집하고 분류합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="21"/>
        <source>Analyse it: NPS, trends, the needs that cost the most NPS.</source>
        <translation>분석합니다: NPS, 추세, NPS를 가장 많이 떨어뜨리는 니즈.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="22"/>
        <source>Define who is responsible for each need, source and item.</source>
        <translation>각 니즈, 출처, 항목의 담당자를 정합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="25"/>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="26"/>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="28"/>
        <source>An offline catalogue of customer feedback for Customer Advocacy: acting for the customer’s good until they recommend you. It serves the five steps of the method:</source>
        <translation>Customer Advocacy(고객 옹호)를 위한 오프라인 고객 피드백 카탈로그입니다. 고객이 추천해 줄 때까지 고객에게 이로운 방향으로 행동한다는 뜻입니다. 방법론의 다섯 단계를 모두 지원합니다:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/about.py" line="43"/>
        <source>About {name}</source>
        <translation>{name} 정보</translation>
    </message>
</context>
<context>
    <name>CatalogueStatus</name>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="67"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="69"/>
        <source>The catalogue is open read-only: it can be read, not changed.</source>
        <translation>카탈로그가 읽기 전용으로 열려 있습니다. 읽을 수는 있지만 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="73"/>
        <source>No catalogue open</source>
        <translation>열린 카탈로그 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="89"/>
        <source>%Ln feedback</source>
        <translation>
            <numerusform>피드백 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="90"/>
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>출처 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="91"/>
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>니즈 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="98"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>고객 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="99"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>구성원 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="100"/>
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>역할 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="101"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>가져오기 %Ln회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/status.py" line="102"/>
        <source>%Ln rejected row(s) to review</source>
        <translation>
            <numerusform>검토할 거부된 행 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/status.py" line="107"/>
        <source>Counting…</source>
        <translation>개수를 세는 중…</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="218"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>열린 카탈로그가 없습니다. 파일 ▸ 새 카탈로그…에서 새로 만들거나 파일 ▸ 열기…에서 기존 카탈로그를 여세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="222"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>이 페이지는 이후 버전에서 제공됩니다. 카탈로그가 열려 있으며, 파일 ▸ 백업…으로 언제든지 안전한 사본을 저장할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="155"/>
        <source>&amp;New Catalogue…</source>
        <translation>새 카탈로그(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="156"/>
        <source>Create a new, empty catalogue file</source>
        <translation>비어 있는 새 카탈로그 파일을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="158"/>
        <source>Open an existing catalogue file</source>
        <translation>기존 카탈로그 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="159"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="160"/>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="161"/>
        <source>&amp;Backup…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="162"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>열린 카탈로그의 일관된 사본을 저장합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="169"/>
        <source>&amp;Navigation Panel</source>
        <translation>탐색 패널(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="172"/>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="173"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="174"/>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="176"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="177"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Advocacy Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="178"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo {action}</source>
        <translation>{action} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="184"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo {action}</source>
        <translation>{action} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="177"/>
        <source>{name} is already open.</source>
        <translation>{name} 파일이 이미 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="187"/>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="205"/>
        <source>Creating {name}…</source>
        <translation>{name} 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="215"/>
        <source>Customer feedback</source>
        <translation>고객 피드백</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="218"/>
        <source>New Catalogue</source>
        <translation>새 카탈로그</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="233"/>
        <source>Open Catalogue</source>
        <translation>카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="240"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>마지막으로 사용한 카탈로그({path})가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="262"/>
        <source>Back Up Catalogue</source>
        <translation>카탈로그 백업</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="270"/>
        <source>Backing up {name}…</source>
        <translation>{name} 백업 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="275"/>
        <source>Backup cancelled.</source>
        <translation>백업이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="287"/>
        <source>Counting…</source>
        <translation>개수를 세는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="304"/>
        <source>Opened {path}</source>
        <translation>열림: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="313"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>최근 카탈로그 목록에서 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="315"/>
        <source>Cannot Open Catalogue</source>
        <translation>카탈로그를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="316"/>
        <source>Could not open {path}</source>
        <translation>다음 파일을 열 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="323"/>
        <source>Cannot Create Catalogue</source>
        <translation>카탈로그를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="324"/>
        <source>Could not create {path}</source>
        <translation>다음 파일을 만들 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="333"/>
        <source>Opening {name} was cancelled.</source>
        <translation>{name} 열기가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved to {path}</source>
        <translation>백업을 저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="343"/>
        <source>Backup Failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="344"/>
        <source>Could not back up to {path}</source>
        <translation>다음 위치에 백업할 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="414"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy 카탈로그 (*.advocacy);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="45"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="46"/>
        <source>Step 4 of the method · Analyse</source>
        <translation>방법론 4단계 · 분석</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="47"/>
        <source>The state of the catalogue at a glance: NPS with its margin of error, its trend over time, and the customer needs that cost the most NPS.</source>
        <translation>카탈로그 현황을 한눈에 보여 줍니다. 오차 범위를 포함한 NPS, 시간에 따른 추세, NPS를 가장 많이 떨어뜨리는 고객 니즈.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="56"/>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="57"/>
        <source>Step 3 of the method · Collect and catalogue</source>
        <translation>방법론 3단계 · 수집과 분류</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="58"/>
        <source>Every piece of customer feedback in the catalogue, to read, tag with the needs it expresses, and assign to the person who follows it up.</source>
        <translation>카탈로그에 담긴 모든 고객 피드백입니다. 읽고, 드러난 니즈로 태그를 달고, 후속 조치를 맡을 사람에게 배정합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="67"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="68"/>
        <source>Steps 1 and 2 of the method · Identify and select</source>
        <translation>방법론 1·2단계 · 파악과 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="69"/>
        <source>Where feedback comes from: review sites, social media, the support desk, surveys. Each source can be switched off without losing what it brought.</source>
        <translation>피드백이 들어오는 곳입니다. 리뷰 사이트, 소셜 미디어, 고객 지원 창구, 설문 조사. 각 출처는 이미 들어온 내용을 잃지 않고 끌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="78"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="79"/>
        <source>Step 3 of the method · A shared scheme</source>
        <translation>방법론 3단계 · 함께 쓰는 체계</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="80"/>
        <source>The taxonomy of customer needs that feedback is catalogued under, clear enough to share with a team or a client as a file.</source>
        <translation>피드백을 분류하는 고객 니즈 분류 체계입니다. 팀이나 클라이언트와 파일로 공유할 수 있을 만큼 명확합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="89"/>
        <source>People &amp; roles</source>
        <translation>사람과 역할</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="90"/>
        <source>Step 5 of the method · Roles and responsibilities</source>
        <translation>방법론 5단계 · 역할과 책임</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="91"/>
        <source>Who owns which need, which source and which piece of feedback: the people of the organisation, their roles, and who is responsible for what.</source>
        <translation>어떤 니즈, 어떤 출처, 어떤 피드백을 누가 맡는지 보여 줍니다. 조직의 구성원과 그 역할, 그리고 누가 무엇을 책임지는지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="100"/>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Step 3 of the method · Collect</source>
        <translation>방법론 3단계 · 수집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>카탈로그로 가져온 각 파일과 거부된 행, 그리고 그 이유입니다. 수정해서 다시 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="277"/>
        <source>Working…</source>
        <extracomment>A task that ends sooner than this never shows its progress dialog. Progress is passed to the UI at most this often (the last step always passes).</extracomment>
        <translation>작업 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/tasks.py" line="280"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
</TS>
