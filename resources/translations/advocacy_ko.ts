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
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="27"/>
        <source>Add Person</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="39"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="40"/>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/person_dialog.py" line="41"/>
        <source>&amp;Roles:</source>
        <translation>역할(&amp;R):</translation>
    </message>
</context>
<context>
    <name>AdvocatesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="295"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="320"/>
        <source>%n problem(s) of theirs overdue: fix them first.</source>
        <translation>
            <numerusform>기한이 지난 문제 %n건: 먼저 해결하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="327"/>
        <source>Problem overdue</source>
        <translation>문제 기한 초과</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="329"/>
        <source>Due attention</source>
        <translation>관리 필요</translation>
    </message>
</context>
<context>
    <name>AdvocatesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="237"/>
        <source>Finding advocates…</source>
        <translation>옹호자를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="241"/>
        <source>Finding customers at risk…</source>
        <translation>이탈 위험 고객을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="244"/>
        <source>Listing people…</source>
        <translation>구성원 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="286"/>
        <source>Could not read the advocates: {error}</source>
        <translation>옹호자를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="375"/>
        <source>Log {practice} for {name}</source>
        <translation>{name}에 대한 {practice} 기록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="385"/>
        <source>{practice} logged for {name}.</source>
        <translation>{name}에 대한 {practice}을(를) 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="393"/>
        <source>Delete {practice} of {day} for {name}</source>
        <translation>{name}에 대한 {day} {practice} 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="425"/>
        <source>Advocates are now due attention after %n day(s) without any.</source>
        <translation>
            <numerusform>이제 %n일 동안 관리를 받지 못한 옹호자는 관리 필요로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="445"/>
        <source>Merge customer {other} into {keep}</source>
        <translation>고객 {other}을(를) {keep}(으)로 병합</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="481"/>
        <source>Erasing the personal data of {name}…</source>
        <translation>{name}의 개인 정보를 삭제하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="489"/>
        <source>Personal data of {name} erased from %Ln item(s); their scores stay in the statistics.</source>
        <translation>
            <numerusform>항목 %Ln건에서 {name}의 개인 정보를 삭제했습니다. 점수는 통계에 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="540"/>
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>옹호자 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="542"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>관리 필요 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="544"/>
        <source>%Ln with a problem overdue</source>
        <translation>
            <numerusform>문제 기한 초과 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="547"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln명 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="552"/>
        <source>%Ln customer(s) at risk</source>
        <translation>
            <numerusform>이탈 위험 고객 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="553"/>
        <source>%Ln fallen promoter(s)</source>
        <translation>
            <numerusform>이탈한 추천 고객 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="554"/>
        <source>%Ln repeat detractor(s)</source>
        <translation>
            <numerusform>반복 비추천 고객 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="557"/>
        <source>Advocates (%Ln)</source>
        <translation>
            <numerusform>옹호자 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="558"/>
        <source>At Risk (%Ln)</source>
        <translation>
            <numerusform>이탈 위험 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="497"/>
        <source>Advocates</source>
        <translation>옹호자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="503"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>열린 카탈로그가 없습니다. 파일 ▸ 새 카탈로그…에서 새로 만들거나 파일 ▸ 열기…에서 기존 카탈로그를 여세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="506"/>
        <source>No customers yet. Import a file with a customer id, e-mail or name column (File ▸ Import File…): each answer is then linked to its customer, and those whose latest answer is 9 or 10 appear here as advocates.</source>
        <translation>아직 고객이 없습니다. 고객 ID, 이메일 또는 이름 열이 있는 파일을 가져오세요(파일 ▸ 파일 가져오기…). 그러면 각 응답이 해당 고객과 연결되고, 최근 응답이 9 또는 10인 고객이 여기에 옹호자로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="515"/>
        <source>Reading the catalogue…</source>
        <translation>카탈로그를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="517"/>
        <source>Nobody matches “{text}”.</source>
        <translation>“{text}”와(과) 일치하는 사람이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="520"/>
        <source>No advocate needs attention now: each had some within %n day(s), and none has an overdue problem.</source>
        <translation>
            <numerusform>지금 관리가 필요한 옹호자가 없습니다. 모두 %n일 이내에 관리를 받았고, 기한이 지난 문제도 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="524"/>
        <source>No advocates yet: no customer&apos;s latest answer is 9 or 10. The At Risk tab shows who fell away; the Customers tab lists everyone.</source>
        <translation>아직 옹호자가 없습니다. 최근 응답이 9 또는 10인 고객이 없습니다. 이탈 위험 탭에서 멀어진 고객을, 고객 탭에서 전체 고객을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="528"/>
        <source>No one is at risk: no former promoter&apos;s latest answer dropped below 9, and no customer answered 0–6 twice within a year.</source>
        <translation>이탈 위험 고객이 없습니다. 최근 응답이 9 미만으로 떨어진 이전 추천 고객이 없고, 1년 안에 0–6을 두 번 응답한 고객도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="531"/>
        <source>Reading the customers…</source>
        <translation>고객을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="559"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="562"/>
        <source>day(s) without attention</source>
        <translation>
            <numerusform>일 동안 관리가 없을 때</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="568"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="569"/>
        <source>Only those needing &amp;attention</source>
        <translation>관리가 필요한 옹호자만(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="570"/>
        <source>&amp;Remind after</source>
        <translation>알림 시점(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="572"/>
        <source>Search advocates by name</source>
        <translation>이름으로 옹호자 검색</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="573"/>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="575"/>
        <source>Search name, e-mail, id</source>
        <translation>이름, 이메일, ID 검색</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="576"/>
        <source>Find &amp;Duplicates…</source>
        <translation>중복 찾기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="578"/>
        <source>Find customers recorded more than once and merge them</source>
        <translation>두 번 이상 기록된 고객을 찾아 병합합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="579"/>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="75"/>
        <source>&amp;Erase Personal Data…</source>
        <translation>개인 정보 삭제(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_page.py" line="581"/>
        <source>Erase the selected customer&apos;s name, e-mail, id and comments on request, keeping their anonymous scores. Cannot be undone.</source>
        <translation>요청에 따라 선택한 고객의 이름, 이메일, ID, 의견을 삭제하고 익명 점수는 유지합니다. 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AdvocatesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="394"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>이 고객의 개인 정보가 삭제되어 관리 기록이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="403"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 구성원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="417"/>
        <source>“{practice}” is not one of the practices: {practices}.</source>
        <translation>“{practice}”: 알 수 없는 활동입니다. 활동은 다음 중 하나입니다: {practices}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="421"/>
        <source>The day of a care entry must be a date.</source>
        <translation>관리 기록의 날짜는 날짜 형식이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="424"/>
        <source>{day} is in the future: log what was done.</source>
        <translation>{day} 날짜는 미래입니다. 이미 한 일을 기록하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="429"/>
        <source>A note can have at most {limit} characters.</source>
        <translation>메모는 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="453"/>
        <source>There is no care entry {id} in this catalogue.</source>
        <translation>이 카탈로그에 관리 기록 {id}번이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="469"/>
        <source>Care entry {id} is in the catalogue already.</source>
        <translation>관리 기록 {id}번이 이미 카탈로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/advocates_service.py" line="507"/>
        <source>The care interval must be a whole number of days from 1 to {limit}.</source>
        <translation>관리 주기는 1일부터 {limit}일까지의 정수여야 합니다.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="384"/>
        <source>Step 4 of 5 · Analysis</source>
        <translation>5단계 중 4단계 · 분석</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="385"/>
        <source>What the app measures, and how far to trust it.</source>
        <translation>앱이 무엇을 측정하는지, 그 결과를 얼마나 믿을 수 있는지 알아봅니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="387"/>
        <source>Net Promoter Score asks one question: “How likely are you to recommend us?”, answered from 0 to 10. Star ratings are kept apart and never counted as NPS.</source>
        <translation>순추천지수(NPS)는 “저희를 추천할 가능성은 얼마나 됩니까?”라는 질문 하나를 묻고 0부터 10까지로 답을 받습니다. 별점은 따로 보관되며 NPS에 계산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="389"/>
        <source>Passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="390"/>
        <source>Promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="392"/>
        <source>NPS = % promoters − % detractors   (−100 to +100)</source>
        <translation>NPS = 추천 고객 % − 비추천 고객 %   (−100~+100)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="394"/>
        <source>Every NPS comes with its margin of error, so that noise in a small sample is not taken for news; the Dashboard shows NPS per source and over time, and ranks the needs by the NPS points they cost.</source>
        <translation>모든 NPS에는 오차 범위가 함께 표시되므로 작은 표본의 우연한 변동을 의미 있는 변화로 오해하지 않습니다. 대시보드는 출처별 NPS와 시간에 따른 NPS를 보여 주고, NPS를 떨어뜨리는 포인트가 큰 순서로 니즈의 순위를 매깁니다.</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="379"/>
        <source>%n open</source>
        <translation>
            <numerusform>진행 중 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="381"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>기한 초과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="396"/>
        <source>From {a} on {d1} to {b} on {d2}</source>
        <translation>{d1} {a}에서 {d2} {b}(으)로</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="81"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="83"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="88"/>
        <source>Undone</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="90"/>
        <source>Imported, {count} left</source>
        <translation>가져옴, {count}건 남음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="91"/>
        <source>Imported</source>
        <comment>batch status</comment>
        <translation>가져옴</translation>
    </message>
</context>
<context>
    <name>CareDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="45"/>
        <source>Log a Practice</source>
        <translation>관리 활동 기록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="49"/>
        <source>What was done for {name}?</source>
        <translation>{name}을(를) 위해 무엇을 했나요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="77"/>
        <source>— Not recorded —</source>
        <translation>— 기록 안 함 —</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="84"/>
        <source>What was done, and how they reacted (optional)</source>
        <translation>한 일과 고객의 반응 (선택)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="91"/>
        <source>&amp;Practice:</source>
        <translation>활동(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="93"/>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>담당(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="95"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="100"/>
        <source>&amp;Log</source>
        <translation>기록(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="120"/>
        <source>They have %n open item(s)</source>
        <translation>
            <numerusform>진행 중인 항목이 %n건 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/care_dialog.py" line="122"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, 기한 초과 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePractices</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="49"/>
        <source>Mutual respect</source>
        <extracomment>data role of a cell drawn as chips: a list of (text, background, foreground)</extracomment>
        <translation>상호 존중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="50"/>
        <source>Their reported problems are fixed promptly.</source>
        <translation>고객이 알린 문제를 신속히 해결합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="52"/>
        <source>Appreciation</source>
        <translation>감사</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="53"/>
        <source>Thank them for speaking for us.</source>
        <translation>우리를 대변해 준 데 감사를 전합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="54"/>
        <source>Accessibility</source>
        <translation>접근성</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="55"/>
        <source>Make it easy for them to reach us.</source>
        <translation>우리에게 쉽게 연락할 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="56"/>
        <source>Active listening</source>
        <translation>적극적 경청</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="57"/>
        <source>Ask their opinion, and act on it.</source>
        <translation>의견을 묻고 그에 따라 행동합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="58"/>
        <source>Recognition</source>
        <translation>인정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="59"/>
        <source>Credit them publicly.</source>
        <translation>공개적으로 공로를 인정합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="60"/>
        <source>Presence</source>
        <translation>함께하기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="61"/>
        <source>Be where they speak for us.</source>
        <translation>고객이 우리를 대변하는 곳에 함께합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="64"/>
        <source>Fallen promoter</source>
        <translation>이탈한 추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="65"/>
        <source>Repeat detractor</source>
        <translation>반복 비추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="68"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="69"/>
        <source>Triaged</source>
        <translation>분류됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="70"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="71"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="72"/>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="73"/>
        <source>Won&apos;t fix</source>
        <translation>수정 안 함</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="250"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="337"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="408"/>
        <source>Name</source>
        <extracomment>header titles (untranslated, context CarePractices), one per column header tooltips by column (untranslated, context CarePractices)</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="251"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="340"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="412"/>
        <source>Latest</source>
        <translation>최근</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="252"/>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="253"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="411"/>
        <source>Answers</source>
        <translation>응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="254"/>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="255"/>
        <source>Last care</source>
        <translation>최근 관리</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="256"/>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="257"/>
        <source>Attention</source>
        <translation>관리 필요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="260"/>
        <source>Their latest answer to the recommend question</source>
        <translation>추천 질문에 대한 최근 응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="261"/>
        <source>Their latest answer against the one before</source>
        <translation>최근 응답과 직전 응답 비교</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="262"/>
        <source>Advocate since: the first answer of their current run of 9s and 10s</source>
        <translation>옹호자 시작일: 현재 이어지는 9점·10점 응답 중 첫 응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="264"/>
        <source>Days without attention: since the last care entry, or since they became an advocate</source>
        <translation>관리 없이 지난 일수: 마지막 관리 기록 이후, 또는 옹호자가 된 이후</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="338"/>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="339"/>
        <source>Fell</source>
        <translation>하락</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="341"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="413"/>
        <source>Latest answer</source>
        <translation>최근 응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="342"/>
        <source>0–6 in a year</source>
        <translation>1년 내 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="343"/>
        <source>Open items</source>
        <translation>진행 중 항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="346"/>
        <source>A fallen promoter: from their newest 9 or 10 to their newest answer</source>
        <translation>이탈한 추천 고객: 가장 최근의 9 또는 10에서 가장 최근 응답으로</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="348"/>
        <source>Answers from 0 to 6 within the last 365 days</source>
        <translation>최근 365일 동안의 0–6 응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="409"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="410"/>
        <source>Customer ID</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="472"/>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="509"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="473"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="474"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="475"/>
        <source>What they said</source>
        <translation>고객 의견</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="476"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="510"/>
        <source>Practice</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="511"/>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="512"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="51"/>
        <source>a file with this name exists already; choose another name</source>
        <extracomment>&quot;ADVC&quot; — stamped in the SQLite header so we recognise our own files. page cache per connection; SQLite&apos;s 2 MiB default makes index inserts on 1M rows 30% slower</extracomment>
        <translation>이 이름의 파일이 이미 있습니다. 다른 이름을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="53"/>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="54"/>
        <source>this catalogue is open read-only</source>
        <translation>이 카탈로그는 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="55"/>
        <source>the file is damaged: {problem}</source>
        <translation>파일이 손상되었습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="214"/>
        <source>no such file</source>
        <extracomment>our hold on the lock file (writable opens); the GUI refreshes its heartbeat &quot;local&quot;, &quot;network&quot; or &quot;cloud&quot; (see locking.location_kind) read-only opens: who has it open for writing, if anyone</extracomment>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="217"/>
        <source>this is a folder, not a catalogue file</source>
        <translation>카탈로그 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="221"/>
        <source>the file is empty (0 bytes), not a catalogue</source>
        <translation>빈 파일(0바이트)이므로 카탈로그가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="225"/>
        <source>this is not a catalogue file (not a SQLite database)</source>
        <translation>카탈로그 파일이 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="228"/>
        <source>the file is truncated: its header is incomplete</source>
        <translation>파일이 잘렸습니다. 파일 헤더가 불완전합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="232"/>
        <source>this SQLite database was not made by Advocacy Desktop, so it is not opened</source>
        <translation>Advocacy Desktop에서 만든 SQLite 데이터베이스가 아니므로 열지 않습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="262"/>
        <source>its schema ({revision}) must be upgraded to {head} first</source>
        <translation>먼저 스키마({revision})를 {head} 버전으로 업그레이드해야 합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="311"/>
        <source>SQLite cannot open it: {problem}</source>
        <translation>SQLite에서 열 수 없습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="323"/>
        <source>it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>더 새로운 버전의 Advocacy Desktop에서 기록되었습니다(스키마 {revision}). 열려면 앱을 업데이트하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="355"/>
        <source>upgrading the schema failed ({problem}); the catalogue was restored from {backup}</source>
        <translation>스키마 업그레이드에 실패했습니다({problem}). 카탈로그를 백업 {backup}에서 복원했습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="386"/>
        <source>the copy failed its check: {problem}</source>
        <translation>사본 검사에 실패했습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="406"/>
        <source>the backup cannot overwrite the catalogue itself</source>
        <translation>백업으로 카탈로그 자체를 덮어쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/catalogue.py" line="421"/>
        <source>exists already; pass overwrite to replace it</source>
        <translation>이미 있습니다. 바꾸려면 overwrite를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="23"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="67"/>
        <source>it is locked by {who}, but the lock looks abandoned ({why}); take it over in the app, or open it read-only</source>
        <translation>{who} 사용자가 잠갔지만 잠금이 방치된 것으로 보입니다({why}). 앱에서 인수하거나 읽기 전용으로 여세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/errors.py" line="71"/>
        <source>it is open by {who}; open it read-only, or wait until it is closed there</source>
        <translation>{who} 사용자가 열어 두었습니다. 읽기 전용으로 열거나, 그쪽에서 닫을 때까지 기다리세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="67"/>
        <source>this is not a database address: {problem}</source>
        <extracomment>SQLSTATEs after which a whole transaction may simply run again</extracomment>
        <translation>데이터베이스 주소가 아닙니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="71"/>
        <source>{where} is not a PostgreSQL address</source>
        <translation>{where}: PostgreSQL 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="126"/>
        <source>the PostgreSQL driver is missing: install Advocacy Desktop with its &apos;team&apos; extra (pip install &apos;advocacy-desktop[team]&apos;)</source>
        <translation>PostgreSQL 드라이버가 없습니다. Advocacy Desktop을 &apos;team&apos; 추가 기능과 함께 설치하세요(pip install &apos;advocacy-desktop[team]&apos;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="182"/>
        <source>{where}: this catalogue is open read-only</source>
        <translation>{where}: 이 카탈로그는 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="215"/>
        <source>{where}: the database uses encoding {encoding} and character type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search finds text in every language. Create the database with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>{where}: 데이터베이스의 인코딩은 {encoding}, 문자 유형은 {ctype}입니다. 검색이 모든 언어의 텍스트를 찾을 수 있도록 카탈로그에는 UTF8 인코딩과 UTF-8 문자 유형이 필요합니다. ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0 옵션으로 데이터베이스를 만드세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="242"/>
        <source>{where}: cannot connect ({problem})</source>
        <translation>{where}: 연결할 수 없습니다({problem})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="259"/>
        <source>{where}: this database holds tables that Advocacy Desktop did not make, so it is not opened (nor changed)</source>
        <translation>{where}: 이 데이터베이스에는 Advocacy Desktop이 만들지 않은 테이블이 있으므로 열지 않습니다(변경하지도 않습니다)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="263"/>
        <source>{where}: the database is empty, not a catalogue (create a team catalogue in it instead)</source>
        <translation>{where}: 데이터베이스가 비어 있으며 카탈로그가 아닙니다(대신 이 데이터베이스에 팀 카탈로그를 만드세요)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="267"/>
        <source>{where}: cannot create a catalogue read-only</source>
        <translation>{where}: 읽기 전용으로는 카탈로그를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="274"/>
        <source>{where}: it was written by a newer version of Advocacy Desktop (schema {revision}); update the app to open it</source>
        <translation>{where}: 더 새로운 버전의 Advocacy Desktop에서 기록되었습니다(스키마 {revision}). 열려면 앱을 업데이트하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="280"/>
        <source>{where}: its schema ({revision}) must be upgraded to {head} first; everyone using it needs this version then</source>
        <translation>{where}: 먼저 스키마({revision})를 {head} 버전으로 업그레이드해야 합니다. 업그레이드 후에는 이를 사용하는 모든 사람에게 이 버전이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/db/team.py" line="292"/>
        <source>{where}: creating or upgrading the schema failed ({problem}); nothing was changed</source>
        <translation>{where}: 스키마를 만들거나 업그레이드하지 못했습니다({problem}). 아무것도 변경되지 않았습니다</translation>
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
    <name>ChartView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="155"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="246"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="205"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="206"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="207"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="210"/>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="223"/>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="224"/>
        <source>Could not save the chart to {path}.</source>
        <translation>차트를 {path}에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="237"/>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="243"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="244"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>이 차트를 PNG, SVG 또는 PDF로 저장</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="95"/>
        <source>Changed by Someone Else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="98"/>
        <source>Not Undone</source>
        <translation>실행 취소되지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="102"/>
        <source>%Ln item(s) were changed by {who} while you were looking at them: nothing was saved.

The list has been reloaded with their changes; apply your change again if it still holds.</source>
        <translation>
            <numerusform>보고 있는 동안 {who}이(가) 항목 %Ln건을 변경했습니다. 아무것도 저장되지 않았습니다.

목록을 해당 변경 내용으로 다시 불러왔습니다. 변경이 여전히 필요하면 다시 적용하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="108"/>
        <source>%Ln item(s) were changed by {who} after your change, so it was not undone: their change stays.

The list has been reloaded with their changes.</source>
        <translation>
            <numerusform>변경 후 {who}이(가) 항목 %Ln건을 변경했으므로 실행 취소되지 않았습니다. 해당 변경 내용이 유지됩니다.

목록을 해당 변경 내용으로 다시 불러왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="112"/>
        <source>{who} at {time}</source>
        <translation>{time}에 {who}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/change_watch.py" line="115"/>
        <source>someone else</source>
        <translation>다른 사용자</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Take theirs</source>
        <translation>상대쪽 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="144"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Differs in</source>
        <translation>다른 부분</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="145"/>
        <source>Edited later</source>
        <translation>나중에 편집됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>ours</source>
        <translation>이쪽</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="166"/>
        <source>theirs</source>
        <translation>상대쪽</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="169"/>
        <source>{field}: ours “{ours}”, theirs “{theirs}”</source>
        <translation>{field}: 이쪽 “{ours}”, 상대쪽 “{theirs}”</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Same</source>
        <translation>동일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="91"/>
        <source>Mapped by name</source>
        <translation>이름으로 연결</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="92"/>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
</context>
<context>
    <name>CustomerPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="194"/>
        <source>Reading the customer…</source>
        <translation>고객 정보를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="220"/>
        <source>Erased customer #{id}</source>
        <translation>삭제된 고객 #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="235"/>
        <source>Latest answer &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>최근 응답 &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="241"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>응답 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="243"/>
        <source>advocate since {day}</source>
        <translation>{day}부터 옹호자</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="249"/>
        <source>%n problem(s) overdue</source>
        <translation>
            <numerusform>기한 초과 문제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="251"/>
        <source>personal data erased</source>
        <translation>개인 정보 삭제됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="265"/>
        <source>{source} ({promoters} of {answers})</source>
        <translation>{source} ({answers}개 중 추천 {promoters}개)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="266"/>
        <source>no source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="269"/>
        <source>Speaks for us on: {sources}</source>
        <translation>우리를 대변하는 곳: {sources}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="274"/>
        <source>Feedback history (%n)</source>
        <translation>
            <numerusform>피드백 기록 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="275"/>
        <source>Open items (%n)</source>
        <translation>
            <numerusform>진행 중 항목 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="276"/>
        <source>Care log (%n)</source>
        <translation>
            <numerusform>관리 기록 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="279"/>
        <source>This customer&apos;s personal data was erased: their care log is closed.</source>
        <translation>이 고객의 개인 정보가 삭제되어 관리 기록이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="281"/>
        <source>Nothing logged yet. Log what was done for them: thanks, a fix, an invitation, a public mention…</source>
        <translation>아직 기록이 없습니다. 고객을 위해 한 일을 기록하세요: 감사 인사, 문제 해결, 초대, 공개 언급…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="298"/>
        <source>&amp;Log Practice…</source>
        <translation>활동 기록(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="299"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_detail.py" line="301"/>
        <source>Select a customer to see their feedback history, their open items and what was done for them.</source>
        <translation>고객을 선택하면 피드백 기록, 진행 중 항목, 고객을 위해 한 일을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="453"/>
        <source>Erased customer #{id}</source>
        <translation>삭제된 고객 #{id}</translation>
    </message>
</context>
<context>
    <name>CustomersService</name>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="44"/>
        <source>There is no customer with id {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 고객이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="370"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>고객을 자기 자신에게 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="375"/>
        <source>An erased customer cannot be merged: their personal data is gone, so there is nothing to match them by.</source>
        <translation>삭제된 고객은 병합할 수 없습니다. 개인 정보가 없어서 대조할 기준이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="418"/>
        <source>The kept customer was erased since: the merge cannot be undone.</source>
        <translation>유지한 고객이 그 후 삭제되었으므로 병합을 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="422"/>
        <source>Customer id {id} is in use again: the merge cannot be undone.</source>
        <translation>고객 ID {id} 값이 다시 사용되고 있으므로 병합을 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/customers_service.py" line="435"/>
        <source>A customer with the same key was added since the merge: it cannot be undone.</source>
        <translation>병합 이후 같은 키를 가진 고객이 추가되었으므로 병합을 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="142"/>
        <source>Listing customers…</source>
        <translation>고객 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="165"/>
        <source>Could not list the customers: {error}</source>
        <translation>고객 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="175"/>
        <source>%Ln customer(s) listed</source>
        <translation>
            <numerusform>고객 %Ln명 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_tabs.py" line="177"/>
        <source>scroll down for more</source>
        <translation>더 보려면 아래로 스크롤</translation>
    </message>
</context>
<context>
    <name>DashboardExports</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>Export Items</source>
        <translation>항목 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="179"/>
        <source>feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="180"/>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="198"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="181"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="187"/>
        <source>Exporting items…</source>
        <translation>항목을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="188"/>
        <source>{count} item(s) written to {path}.</source>
        <translation>
            <numerusform>{path}에 항목 {count}건을 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>NPS Report</source>
        <translation>NPS 보고서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="197"/>
        <source>nps-report</source>
        <translation>nps-보고서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="203"/>
        <source>Writing the NPS report…</source>
        <translation>NPS 보고서를 작성하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="204"/>
        <source>NPS report written to {path}.</source>
        <translation>NPS 보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="243"/>
        <source>Could not write {file} in {folder}: {error}</source>
        <translation>{folder}에 {file}을(를) 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="250"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>내보내기 취소됨: 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="257"/>
        <source>&amp;Export items…</source>
        <translation>항목 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="259"/>
        <source>Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>필터에 해당하는 항목을 Excel 통합 문서 또는 CSV 파일로 저장합니다 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="260"/>
        <source>NPS &amp;report…</source>
        <translation>NPS 보고서(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="262"/>
        <source>Write the NPS report of the items the filter keeps: figures, method, items and charts in one Excel workbook</source>
        <translation>필터에 해당하는 항목의 NPS 보고서를 작성합니다: 수치, 방법, 항목, 차트를 하나의 Excel 통합 문서에 담습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="264"/>
        <source>Export items…</source>
        <translation>항목 내보내기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="266"/>
        <source>NPS report…</source>
        <translation>NPS 보고서…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="242"/>
        <source>Chart saved to {path}.</source>
        <translation>차트를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="358"/>
        <source>Refreshing the dashboard…</source>
        <translation>대시보드를 새로 고치는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="399"/>
        <source>Queries: {timings}; charts built in {ms:.0f} ms</source>
        <translation>쿼리: {timings}; 차트 생성 {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="409"/>
        <source>Could not refresh the dashboard: {error}</source>
        <translation>대시보드를 새로 고칠 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="413"/>
        <source>Not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="421"/>
        <source>Refresh cancelled. Press Refresh to try again.</source>
        <translation>새로 고침이 취소되었습니다. 다시 시도하려면 새로 고침을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="424"/>
        <source>Refresh cancelled</source>
        <translation>새로 고침 취소됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="432"/>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="440"/>
        <source>No catalogue is open.</source>
        <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="450"/>
        <source>No 0–10 answers match the filter (n = 0).</source>
        <translation>필터와 일치하는 0–10 응답이 없습니다 (n = 0).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="463"/>
        <source>±{moe} points · 95% interval {low} to {high} · n = {n}</source>
        <translation>±{moe}포인트 · 95% 구간 {low}~{high} · n = {n}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="467"/>
        <source>{promoters}% promoters · {passives}% passives · {detractors}% detractors</source>
        <translation>추천 고객 {promoters}% · 중립 고객 {passives}% · 비추천 고객 {detractors}%</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="472"/>
        <source>Fewer than 30 answers: the margin is wide, read the score with care.</source>
        <translation>응답 30개 미만: 오차 범위가 크므로 점수를 신중히 해석하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="482"/>
        <source>Set a date range in the filter to compare with the previous period.</source>
        <translation>이전 기간과 비교하려면 필터에서 기간을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="485"/>
        <source>No answers in the previous period of the same length.</source>
        <translation>같은 길이의 이전 기간에 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="486"/>
        <source>a significant change</source>
        <translation>유의미한 변화</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="487"/>
        <source>within the margin of error</source>
        <translation>오차 범위 이내</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="489"/>
        <source>{delta} points against the previous period (NPS {before}, n = {n}): {verdict}.</source>
        <translation>이전 기간 대비 {delta}포인트 (NPS {before}, n = {n}): {verdict}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="20"/>
        <source>No open items match the filter.</source>
        <translation>필터와 일치하는 진행 중 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="22"/>
        <source>No 0–10 answers yet.</source>
        <translation>아직 0–10 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="24"/>
        <source>No answer that matches the filter is tagged with a need.</source>
        <translation>필터와 일치하는 응답 중 니즈 태그가 달린 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="27"/>
        <source>No dated 0–10 answers match the filter.</source>
        <translation>필터와 일치하는, 날짜가 있는 0–10 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="28"/>
        <source>No 0–10 answers match the filter.</source>
        <translation>필터와 일치하는 0–10 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="35"/>
        <source>File ▸ Import File…</source>
        <translation>파일 ▸ 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="37"/>
        <source>No 0–10 answers in this catalogue yet.</source>
        <translation>이 카탈로그에는 아직 0–10 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="38"/>
        <source>NPS appears once feedback with a 0–10 “How likely are you to recommend us?” score is imported: choose {command} or drop a spreadsheet on this window.</source>
        <translation>“저희를 추천할 가능성은 얼마나 됩니까?” 질문에 대한 0–10 점수가 있는 피드백을 가져오면 NPS가 표시됩니다. {command} 메뉴를 선택하거나 스프레드시트를 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="52"/>
        <source>NPS by week</source>
        <translation>주별 NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="53"/>
        <source>NPS by month</source>
        <translation>월별 NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="54"/>
        <source>NPS by quarter</source>
        <translation>분기별 NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="55"/>
        <source>NPS by year</source>
        <translation>연도별 NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="60"/>
        <source>Answers by score (0–10)</source>
        <translation>점수별 응답 (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="61"/>
        <source>NPS by source</source>
        <translation>출처별 NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="62"/>
        <source>Needs that cost the most NPS</source>
        <translation>NPS를 가장 많이 떨어뜨리는 니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="63"/>
        <source>Open items by owner</source>
        <translation>담당자별 진행 중 항목</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="501"/>
        <source>rolling %n days</source>
        <translation>
            <numerusform>%n일 이동 구간</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="67"/>
        <source>NPS = %promoters − %detractors, 95% adjusted-Wald interval</source>
        <translation>NPS = 추천 고객 % − 비추천 고객 %, 95% 조정 Wald 구간</translation>
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
        <translation>95% 구간</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="71"/>
        <source>fewer than 30 answers</source>
        <translation>응답 30개 미만</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="72"/>
        <source>significant change</source>
        <translation>유의미한 변화</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="524"/>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="73"/>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="74"/>
        <source>answers</source>
        <translation>응답</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="75"/>
        <source>detractors 0–6</source>
        <translation>비추천 고객 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="76"/>
        <source>passives 7–8</source>
        <translation>중립 고객 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="77"/>
        <source>promoters 9–10</source>
        <translation>추천 고객 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="78"/>
        <source>no answers</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="79"/>
        <source>(no source)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="80"/>
        <source>* hatched: fewer than 30 answers</source>
        <translation>* 빗금: 응답 30개 미만</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="81"/>
        <source>NPS points</source>
        <translation>NPS 포인트</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="82"/>
        <source>points the NPS would gain if the need&apos;s detractors were passives, with its 95% interval</source>
        <translation>이 니즈의 비추천 고객이 중립 고객이 된다면 NPS가 얻을 포인트 (95% 구간 포함)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="84"/>
        <source>open items</source>
        <translation>진행 중 항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="85"/>
        <source>items not yet closed or set aside (won’t fix)</source>
        <translation>아직 종료되지 않았거나 보류(수정 안 함)되지 않은 항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="87"/>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_texts.py" line="88"/>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="515"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>출처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="516"/>
        <source>%n need(s)</source>
        <translation>
            <numerusform>니즈 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="518"/>
        <source>no need yet</source>
        <translation>니즈 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="520"/>
        <source>passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="521"/>
        <source>detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="525"/>
        <source>rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="530"/>
        <source>{start} to {end}</source>
        <translation>{start}~{end}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="533"/>
        <source>from {start}</source>
        <translation>{start}부터</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="535"/>
        <source>until {end}</source>
        <translation>{end}까지</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="537"/>
        <source>%n status(es)</source>
        <translation>
            <numerusform>상태 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="538"/>
        <source>%n assignee(s)</source>
        <translation>
            <numerusform>담당자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="540"/>
        <source>import #{id}</source>
        <translation>가져오기 #{id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="543"/>
        <source>All feedback</source>
        <translation>모든 피드백</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="549"/>
        <source>Showing: {filter}</source>
        <translation>표시: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="550"/>
        <source>Filtered: {filter}</source>
        <translation>필터: {filter}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="552"/>
        <source>The dashboard follows the filters of the Feedback page.</source>
        <translation>대시보드는 피드백 페이지의 필터를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="558"/>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="559"/>
        <source>Rolling:</source>
        <translation>이동 구간:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="560"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="561"/>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="563"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="573"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="574"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="575"/>
        <source>&amp;Import File…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="576"/>
        <source>Read every figure again from the catalogue</source>
        <translation>카탈로그에서 모든 수치를 다시 읽어 옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="577"/>
        <source>Stop the refresh</source>
        <translation>새로 고침을 중지합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="578"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>스프레드시트 또는 CSV 파일에서 피드백을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_page.py" line="580"/>
        <source>Clear filter</source>
        <translation>필터 지우기</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="25"/>
        <source>Support desk</source>
        <extracomment>kind -&gt; the seed texts that are translated when shown (marked for lupdate)</extracomment>
        <translation>고객 지원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="26"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="27"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="28"/>
        <source>Survey</source>
        <translation>설문 조사</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="31"/>
        <source>Customer advocate</source>
        <translation>고객 옹호자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="32"/>
        <source>Advocacy team member</source>
        <translation>옹호 팀원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="33"/>
        <source>Advocacy coordinator</source>
        <translation>옹호 코디네이터</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="34"/>
        <source>Executive sponsor</source>
        <translation>임원 스폰서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="35"/>
        <source>Support agent</source>
        <translation>지원 상담원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="36"/>
        <source>Product owner</source>
        <translation>제품 책임자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="39"/>
        <source>Acts for the customer&apos;s good on their own: level 1.</source>
        <translation>개인으로서 고객에게 이로운 방향으로 행동합니다: 1단계.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="41"/>
        <source>Collects and prioritises customer needs in a team: level 2.</source>
        <translation>팀 단위로 고객 니즈를 수집하고 우선순위를 정합니다: 2단계.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="43"/>
        <source>Coordinates advocacy across the company: level 3.</source>
        <translation>회사 전반의 옹호 활동을 조율합니다: 3단계.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="44"/>
        <source>Puts advocacy into every strategy and every employee: level 4.</source>
        <translation>옹호 활동을 모든 전략과 모든 직원에게 녹여 냅니다: 4단계.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="46"/>
        <source>Answers customers and tags their feedback.</source>
        <translation>고객에게 답하고 피드백에 태그를 답니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="47"/>
        <source>Decides what the product does about a need.</source>
        <translation>니즈에 대해 제품이 어떻게 대응할지 결정합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="50"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="51"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="52"/>
        <source>Value for money</source>
        <translation>가성비</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="53"/>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="54"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="55"/>
        <source>Packaging</source>
        <translation>포장</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="56"/>
        <source>Product quality</source>
        <translation>제품 품질</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="57"/>
        <source>Customer service</source>
        <translation>고객 서비스</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="58"/>
        <source>Friendliness</source>
        <translation>친절</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="59"/>
        <source>Response time</source>
        <translation>응답 시간</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="60"/>
        <source>Website and app</source>
        <translation>웹사이트 및 앱</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="61"/>
        <source>Checkout</source>
        <translation>결제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="62"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/default_names.py" line="63"/>
        <source>Returns and refunds</source>
        <translation>반품 및 환불</translation>
    </message>
</context>
<context>
    <name>DeleteNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="96"/>
        <source>Delete Need</source>
        <translation>니즈 삭제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="98"/>
        <source>Delete “{name}”?</source>
        <translation>“{name}”을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="101"/>
        <source>%Ln item(s) are tagged with it: choose the need they get instead.</source>
        <translation>
            <numerusform>이 니즈로 태그된 항목이 %Ln건 있습니다. 대신 지정할 니즈를 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="106"/>
        <source>Choose a need…</source>
        <translation>니즈 선택…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="107"/>
        <source>No need: remove the tag from the items</source>
        <translation>니즈 없음: 항목에서 태그 제거</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="111"/>
        <source>The top level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="114"/>
        <source>Its items go to:</source>
        <translation>항목을 옮길 니즈:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="116"/>
        <source>The %n need(s) below it go under:</source>
        <translation>
            <numerusform>하위 니즈 %n개를 옮길 위치:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="123"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeleteSourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="129"/>
        <source>Delete Source</source>
        <translation>출처 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="132"/>
        <source>Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.</source>
        <translation>
            <numerusform>출처 “{name}”을(를) 삭제할까요? 이 출처의 항목 %Ln건은 카탈로그에 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="135"/>
        <source>Delete the source “{name}”? No items come from it.</source>
        <translation>출처 “{name}”을(를) 삭제할까요? 이 출처에서 온 항목은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="138"/>
        <source>&amp;Move them to:</source>
        <translation>항목을 옮길 출처(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="142"/>
        <source>&amp;Leave them without a source</source>
        <translation>출처 없이 두기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="163"/>
        <source>Deleting a source cannot be undone.</source>
        <translation>출처 삭제는 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="118"/>
        <source>Duplicate Customers</source>
        <translation>중복 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="125"/>
        <source>These customers share an e-mail address or a name, so they may be the same person. Merging moves the feedback and care log of one record to the one you keep and deletes the other. Edit ▸ Undo reverses a merge.</source>
        <translation>이 고객들은 이메일 주소나 이름이 같아서 동일인일 수 있습니다. 병합하면 한 레코드의 피드백과 관리 기록이 유지할 레코드로 옮겨지고 나머지 레코드는 삭제됩니다. 편집 ▸ 실행 취소로 병합을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="153"/>
        <source>Keep:</source>
        <translation>유지:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="162"/>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="166"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="185"/>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="189"/>
        <source>Looking for duplicates…</source>
        <translation>중복을 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="203"/>
        <source>%n pair(s) to check.</source>
        <translation>
            <numerusform>확인할 쌍 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="207"/>
        <source>No duplicates found: no two customers share an e-mail address or a name.</source>
        <translation>중복이 없습니다. 이메일 주소나 이름이 같은 고객이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="216"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>중복을 찾을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="240"/>
        <source>{other} merged into {keep}.</source>
        <translation>{other}을(를) {keep}(으)로 병합했습니다.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="239"/>
        <source>No catalogue is open. Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>열린 카탈로그가 없습니다. 파일 ▸ 새 카탈로그…에서 새로 만들거나 파일 ▸ 열기…에서 기존 카탈로그를 여세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="243"/>
        <source>This page arrives in a later version. Your catalogue is open; File ▸ Backup… saves a safe copy of it at any time.</source>
        <translation>이 페이지는 이후 버전에서 제공됩니다. 카탈로그가 열려 있으며, 파일 ▸ 백업…으로 언제든지 안전한 사본을 저장할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="28"/>
        <source>Erase Personal Data</source>
        <translation>개인 정보 삭제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="31"/>
        <source>Erase the personal data of {name}?</source>
        <translation>{name}의 개인 정보를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="40"/>
        <source>Removed for good:</source>
        <translation>영구 삭제:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="41"/>
        <source>their name, e-mail address and customer id; the text, notes and original spreadsheet columns of their %Ln item(s); the notes of their care log; every copy of these in the history of changes, in rejected import rows and in import file names.</source>
        <translation>
            <numerusform>이름, 이메일 주소, 고객 ID; 항목 %Ln건의 내용, 메모, 원본 스프레드시트 열; 관리 기록의 메모; 변경 기록, 거부된 가져오기 행, 가져온 파일 이름에 남은 이들의 모든 사본.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="46"/>
        <source>Kept, anonymous:</source>
        <translation>익명으로 유지:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>each item&apos;s score, rating, dates, source, needs, status and assignee, so NPS and every statistic stay exactly the same. The customer becomes “Erased customer” and can no longer be found by name or e-mail.</source>
        <translation>각 항목의 점수, 평점, 날짜, 출처, 니즈, 상태, 담당자. 따라서 NPS와 모든 통계는 그대로 유지됩니다. 고객은 “삭제된 고객”이 되며 더 이상 이름이나 이메일로 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="51"/>
        <source>This cannot be undone.</source>
        <translation>이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="52"/>
        <source>Edit ▸ Undo will not bring the data back. Backups made before still hold it: erase there too, or delete them.</source>
        <translation>편집 ▸ 실행 취소로도 데이터를 되살릴 수 없습니다. 이전에 만든 백업에는 데이터가 남아 있으니 백업에서도 삭제하거나 백업을 지우세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>To confirm, type the customer&apos;s name ({name}) or {word}:</source>
        <translation>확인하려면 고객 이름({name}) 또는 {word}을(를) 입력하세요:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="73"/>
        <source>&amp;Erase</source>
        <translation>삭제(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/privacy_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="68"/>
        <source>Select an item to read it.</source>
        <translation>항목을 선택하면 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="108"/>
        <source>(no text)</source>
        <translation>(내용 없음)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="114"/>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="116"/>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="117"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="118"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="119"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="120"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="121"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="122"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="123"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="124"/>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="125"/>
        <source>External id</source>
        <translation>외부 ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="126"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="127"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="128"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="131"/>
        <source>Original columns</source>
        <translation>원본 열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="134"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="136"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="137"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="139"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="146"/>
        <source>No changes yet.</source>
        <translation>아직 변경 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="156"/>
        <source>Nobody owns this item yet: no one is responsible for its needs or source.</source>
        <translation>아직 이 항목을 맡은 사람이 없습니다. 항목의 니즈나 출처에 실행 책임자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="159"/>
        <source>Assigned to {person} because they are Responsible for {need} (through {through}).</source>
        <translation>{need}의 실행 책임자({through} 역할)이므로 {person}에게 배정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="163"/>
        <source>Assigned to {person} because they are Responsible for {need}.</source>
        <translation>{need}의 실행 책임자이므로 {person}에게 배정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="166"/>
        <source>Assigned to {person} because they own the source {source}.</source>
        <translation>출처 {source}의 담당자이므로 {person}에게 배정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="169"/>
        <source>Assigned to {person} because they are Responsible for {source}.</source>
        <translation>출처 {source}의 실행 책임자이므로 {person}에게 배정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="172"/>
        <source>Assigned to {person} by {actor} by hand.</source>
        <translation>{actor} 님이 {person}에게 직접 배정했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="174"/>
        <source>Assigned to {person} by hand.</source>
        <translation>{person}에게 직접 배정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="179"/>
        <source>tagged with {need}</source>
        <translation>{need} 태그 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="181"/>
        <source>untagged from {need}</source>
        <translation>{need} 태그 제거</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_detail.py" line="183"/>
        <source>source changed</source>
        <translation>출처 변경</translation>
    </message>
</context>
<context>
    <name>FeedbackEmptyState</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="49"/>
        <source>&amp;Import File…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="50"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>스프레드시트 또는 CSV 파일에서 피드백을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="53"/>
        <source>Explore the Demo Catalogue…</source>
        <translation>데모 카탈로그 둘러보기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="54"/>
        <source>Open a made-up catalogue with a year of feedback, to look around without your own data</source>
        <translation>1년 치 가상 피드백이 담긴 카탈로그를 엽니다. 내 데이터 없이 앱을 둘러볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="57"/>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="58"/>
        <source>Clear every filter and show all items</source>
        <translation>필터를 모두 지우고 모든 항목을 표시합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="124"/>
        <source>No catalogue is open</source>
        <translation>열린 카탈로그가 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="125"/>
        <source>Create one with File ▸ New Catalogue… or open one with File ▸ Open….</source>
        <translation>파일 ▸ 새 카탈로그…에서 새로 만들거나 파일 ▸ 열기…에서 기존 카탈로그를 여세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="127"/>
        <source>No item matches these filters</source>
        <translation>이 필터와 일치하는 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="128"/>
        <source>Loosen or clear the filters to see the other items.</source>
        <translation>다른 항목을 보려면 필터 조건을 완화하거나 필터를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="129"/>
        <source>File ▸ Import File…</source>
        <translation>파일 ▸ 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="131"/>
        <source>Import a spreadsheet or CSV file of reviews, survey answers or support tickets: choose {command} or drop the file on this window.</source>
        <translation>리뷰, 설문 응답 또는 고객 지원 티켓이 담긴 스프레드시트나 CSV 파일을 가져오세요. {command} 메뉴를 선택하거나 파일을 이 창에 끌어다 놓으면 됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="135"/>
        <source>To look around first, explore the demo catalogue.</source>
        <translation>먼저 둘러보고 싶다면 데모 카탈로그를 열어 보세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_empty_state.py" line="136"/>
        <source>No feedback yet</source>
        <translation>아직 피드백이 없습니다</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="223"/>
        <source>Search the text (Korean and Turkish too)…</source>
        <extracomment>a QDateEdit at its minimum shows &quot;no date&quot; (its special value text) the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)</extracomment>
        <translation>내용 검색(한국어, 터키어 포함)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="224"/>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="225"/>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="227"/>
        <source>Promoters</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="228"/>
        <source>Passives</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="229"/>
        <source>Detractors</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="233"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="234"/>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="236"/>
        <source>no date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="237"/>
        <source>No need yet</source>
        <translation>니즈 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="241"/>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="248"/>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="249"/>
        <source>All needs</source>
        <translation>모든 니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="250"/>
        <source>Anyone</source>
        <translation>모든 담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="251"/>
        <source>Any import</source>
        <translation>모든 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="259"/>
        <source>Recommend score from … to … (0–10)</source>
        <translation>추천 점수 …부터 …까지 (0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="262"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="263"/>
        <source>Rating from … to …, on its own scale (4 – any: 4 stars or more)</source>
        <translation>평점 …부터 …까지, 각 척도 기준 (4 – 전체: 별 4개 이상)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="265"/>
        <source>Only the items of one import</source>
        <translation>한 번의 가져오기 항목만</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="266"/>
        <source>Search the items&apos; text; the list follows as you type</source>
        <translation>항목 내용을 검색합니다. 입력하는 대로 목록이 바뀝니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="268"/>
        <source>Save the current filters as a named view, or apply one</source>
        <translation>현재 필터를 이름을 붙인 보기로 저장하거나, 저장된 보기를 적용합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="269"/>
        <source>Clear every filter and show all items</source>
        <translation>필터를 모두 지우고 모든 항목을 표시합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="270"/>
        <source>Score, rating and import filters</source>
        <translation>점수, 평점, 가져오기 필터</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="271"/>
        <source>Only the items not yet tagged with a need</source>
        <translation>아직 니즈 태그가 달리지 않은 항목만</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="273"/>
        <source>Show the promoters: scores 9–10</source>
        <translation>추천 고객을 표시합니다: 점수 9–10</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="274"/>
        <source>Show the passives: scores 7–8</source>
        <translation>중립 고객을 표시합니다: 점수 7–8</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="275"/>
        <source>Show the detractors: scores 0–6</source>
        <translation>비추천 고객을 표시합니다: 점수 0–6</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="318"/>
        <source>Counting…</source>
        <translation>개수를 세는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="320"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="396"/>
        <source>Import #{batch}</source>
        <translation>가져오기 #{batch}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="409"/>
        <source>More filters ({count}) {arrow}</source>
        <translation>필터 더 보기 ({count}) {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="411"/>
        <source>More filters {arrow}</source>
        <translation>필터 더 보기 {arrow}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="466"/>
        <source>Save current filter as…</source>
        <translation>현재 필터를 보기로 저장…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="469"/>
        <source>Delete view</source>
        <translation>보기 삭제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_filter_bar.py" line="475"/>
        <source>Name of the view:</source>
        <translation>보기 이름:</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="242"/>
        <source>Listing needs and sources</source>
        <extracomment>bulk actions read the ids of the selected rows: beyond this, narrow the filter first the text column takes what the others leave, but never less than this (then it scrolls)</extracomment>
        <translation>니즈와 출처 목록을 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="284"/>
        <source>Keys: {keys}</source>
        <translation>단축키: {keys}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="286"/>
        <source>Give needs a key on the Needs page to tag fast.</source>
        <translation>니즈 페이지에서 니즈에 단축키를 지정하면 빠르게 태그를 달 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="396"/>
        <source>The catalogue is open read-only.</source>
        <translation>카탈로그가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="404"/>
        <source>Select at most {n} items at once: narrow the filter first.</source>
        <translation>한 번에 최대 {n}개 항목까지 선택할 수 있습니다. 먼저 필터를 좁히세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="410"/>
        <source>Select one or more items first.</source>
        <translation>먼저 항목을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="423"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>다른 곳에서 변경된 내용으로 업데이트했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="465"/>
        <source>No rule matched the selected items.</source>
        <translation>선택한 항목과 일치하는 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="497"/>
        <source>Status not changed</source>
        <translation>상태가 변경되지 않음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="504"/>
        <source>Assign to</source>
        <translation>담당 지정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="508"/>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="509"/>
        <source>Due Date and Notes…</source>
        <translation>기한 및 메모…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="510"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="545"/>
        <source>Tag with</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="553"/>
        <source>Untag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="558"/>
        <source>Set source</source>
        <translation>출처 지정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>No source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="566"/>
        <source>no source</source>
        <translation>출처 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_page.py" line="570"/>
        <source>Apply auto-tag rules to selection</source>
        <translation>선택 항목에 자동 태그 규칙 적용</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="35"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="36"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="37"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="38"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="39"/>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="40"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="41"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="42"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="45"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="46"/>
        <source>Triaged</source>
        <translation>분류됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="47"/>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="48"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="49"/>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="50"/>
        <source>Won&apos;t fix</source>
        <translation>수정 안 함</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="53"/>
        <source>Promoter</source>
        <translation>추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="54"/>
        <source>Passive</source>
        <translation>중립 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="55"/>
        <source>Detractor</source>
        <translation>비추천 고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/feedback_model.py" line="163"/>
        <source>Counting feedback</source>
        <extracomment>chip colours: saturated enough for a dark palette, with their own text colour for a light one the number of matching rows, once known (-1 while counting)</extracomment>
        <translation>피드백 개수를 세는 중</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="204"/>
        <source>Ours (this catalogue)</source>
        <translation>이쪽 (이 카탈로그)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="205"/>
        <source>Theirs (the other)</source>
        <translation>상대쪽 (다른 카탈로그)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="150"/>
        <source>Text file (CSV)</source>
        <translation>텍스트 파일(CSV)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="152"/>
        <source>Excel workbook with macros (the macros are not run)</source>
        <translation>매크로가 있는 Excel 통합 문서(매크로는 실행되지 않음)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="153"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 스프레드시트</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="157"/>
        <source>Choose a File</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="160"/>
        <source>Nothing is written to the catalogue before the last step.</source>
        <translation>마지막 단계 전에는 카탈로그에 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="168"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>스프레드시트 및 CSV 파일 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="170"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="180"/>
        <source>Choose a File to Import</source>
        <translation>가져올 파일 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="196"/>
        <source>There is no file at {path}.</source>
        <translation>{path}에 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="210"/>
        <source>This file cannot be imported.</source>
        <translation>이 파일은 가져올 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="219"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>시트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="220"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>열 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="223"/>
        <source>about {rows} rows</source>
        <translation>약 {rows}행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="241"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="242"/>
        <source>Path of a spreadsheet or CSV file</source>
        <translation>스프레드시트 또는 CSV 파일 경로</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="243"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="246"/>
        <source>Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). You can also drop a file on the main window.</source>
        <translation>Excel(.xlsx, .xlsm), OpenDocument(.ods), 텍스트 파일(.csv, .tsv, .txt). 파일을 기본 창에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="250"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="221"/>
        <source>&amp;Getting Started Guide…</source>
        <translation>시작 가이드(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="223"/>
        <source>Set up a new catalogue step by step: sources, needs, analysis and roles</source>
        <translation>새 카탈로그를 단계별로 설정합니다: 출처, 니즈, 분석, 역할</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="224"/>
        <source>Open &amp;Demo Catalogue…</source>
        <translation>데모 카탈로그 열기(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="226"/>
        <source>A year of made-up feedback in six languages, to explore without your own data</source>
        <translation>6개 언어로 된 1년 치 가상 피드백으로, 내 데이터 없이 앱을 둘러볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="250"/>
        <source>No catalogue is open: create one with File ▸ New Catalogue…, open one with File ▸ Open…, or run Help ▸ Getting Started Guide… again.</source>
        <translation>열린 카탈로그가 없습니다. 파일 ▸ 새 카탈로그…에서 새로 만들거나, 파일 ▸ 열기…에서 기존 카탈로그를 열거나, 도움말 ▸ 시작 가이드…를 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="265"/>
        <source>Creating {name}…</source>
        <translation>{name} 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="267"/>
        <source>Cannot Create Catalogue</source>
        <translation>카탈로그를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="268"/>
        <source>Could not create {path}</source>
        <translation>다음 파일을 만들 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="270"/>
        <source>No catalogue was created.</source>
        <translation>카탈로그를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="281"/>
        <source>Building the demo catalogue…</source>
        <translation>데모 카탈로그를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="284"/>
        <source>Cannot Build the Demo</source>
        <translation>데모를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="285"/>
        <source>Could not build the demo catalogue in {folder}</source>
        <translation>다음 폴더에 데모 카탈로그를 만들 수 없습니다: {folder}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="287"/>
        <source>The demo catalogue was not built; nothing was written.</source>
        <translation>데모 카탈로그를 만들지 않았습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/first_run.py" line="120"/>
        <source>%n source(s), collected from: {names}</source>
        <translation>
            <numerusform>출처 %n개, 수집 대상: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="122"/>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="125"/>
        <source>Common customer needs, with auto-tag rules</source>
        <translation>일반적인 고객 니즈, 자동 태그 규칙 포함</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="126"/>
        <source>Common customer needs, without rules</source>
        <translation>일반적인 고객 니즈, 규칙 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="128"/>
        <source>No needs yet</source>
        <translation>아직 니즈 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="131"/>
        <source>You: {name}, {role}</source>
        <translation>본인: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="135"/>
        <source>Then: import a first file</source>
        <translation>그다음: 첫 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="141"/>
        <source>Getting Started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="143"/>
        <source>Explore a &amp;Demo Catalogue</source>
        <translation>데모 카탈로그 둘러보기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run.py" line="144"/>
        <source>&amp;Create Catalogue</source>
        <translation>카탈로그 만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="30"/>
        <source>Due Date and Notes</source>
        <translation>기한 및 메모</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="31"/>
        <source>&amp;Due by</source>
        <translation>기한(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="40"/>
        <source>Internal notes, never shown to customers</source>
        <translation>내부 메모, 고객에게 표시되지 않음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="42"/>
        <source>%Ln item(s) selected.</source>
        <translation>
            <numerusform>항목 %Ln건 선택됨.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="67"/>
        <source>Due date and notes</source>
        <translation>기한 및 메모</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_edit.py" line="44"/>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="335"/>
        <source>Answer detractors within</source>
        <translation>비추천 고객 응답 기한</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="325"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>영업일 %n일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="281"/>
        <source>No open items.</source>
        <translation>진행 중 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="337"/>
        <source>Overdue only</source>
        <translation>기한 초과만</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="338"/>
        <source>Mark contacted</source>
        <translation>연락 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="339"/>
        <source>Export action list…</source>
        <translation>조치 목록 내보내기…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="341"/>
        <source>Record that the selected customers were contacted today</source>
        <translation>선택한 고객에게 오늘 연락했다고 기록합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="343"/>
        <source>Save every open item, with its assignee and due date, as an Excel workbook</source>
        <translation>모든 진행 중 항목을 담당자, 기한과 함께 Excel 통합 문서로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="344"/>
        <source>Workload</source>
        <translation>업무량</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="345"/>
        <source>Person</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="346"/>
        <source>Need</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="347"/>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="348"/>
        <source>No need</source>
        <translation>니즈 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="350"/>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="386"/>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="359"/>
        <source>Nothing is overdue</source>
        <translation>기한이 지난 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="361"/>
        <source>No open items for this person</source>
        <translation>이 구성원에게 배정된 진행 중 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="362"/>
        <source>Give them items on the Feedback page: right-click ▸ Assign to.</source>
        <translation>피드백 페이지에서 항목을 배정하세요(마우스 오른쪽 버튼 클릭 ▸ 담당 지정).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="363"/>
        <source>No detractor is waiting for an answer</source>
        <translation>응답을 기다리는 비추천 고객이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="364"/>
        <source>Detractors (scores 0–6) appear here once they are imported, to be contacted within the working days set above; Mark contacted takes them off the queue.</source>
        <translation>비추천 고객(점수 0–6)은 가져오는 즉시 여기에 표시되며, 위에서 설정한 영업일 이내에 연락해야 합니다. “연락 완료로 표시”를 누르면 대기열에서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="369"/>
        <source>Follow-up queue</source>
        <translation>후속 조치 대기열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="371"/>
        <source>My queue</source>
        <translation>내 대기열</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="372"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="487"/>
        <source>Exported %Ln action(s).</source>
        <translation>
            <numerusform>조치 %Ln개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="423"/>
        <source>Reading the follow-up queue</source>
        <translation>후속 조치 대기열을 읽는 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Export action list</source>
        <translation>조치 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="470"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="485"/>
        <source>Exporting the action list</source>
        <translation>조치 목록을 내보내는 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="489"/>
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="486"/>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/advocates_model.py" line="499"/>
        <source>Overdue since {day}</source>
        <translation>{day}부터 기한 초과</translation>
    </message>
</context>
<context>
    <name>HolderChooser</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="134"/>
        <source>Choose who is {kind}</source>
        <translation>{kind} 담당 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="141"/>
        <source>Role: {name}</source>
        <translation>역할: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="144"/>
        <source>{kind} for {subject}:</source>
        <translation>{subject}의 {kind}:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="147"/>
        <source>&amp;Holder:</source>
        <translation>담당(&amp;H):</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="58"/>
        <source>Open a catalogue you can write to before importing.</source>
        <translation>가져오기 전에 쓰기 가능한 카탈로그를 여세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_glue.py" line="100"/>
        <source>Imported {file}: %Ln new item(s).</source>
        <translation>
            <numerusform>{file} 가져옴: 새 항목 %Ln건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <location filename="../../advocacy_desktop/services/importing/__init__.py" line="149"/>
        <source>The file could not be read ({problem}). Check that it is still there and that you may read it, then try again.</source>
        <translation>파일을 읽을 수 없습니다({problem}). 파일이 아직 그 위치에 있고 읽기 권한이 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="23"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="24"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="25"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="30"/>
        <source>There is no import batch {batch} in this catalogue.</source>
        <translation>이 카탈로그에 가져오기 #{batch} 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/batches.py" line="203"/>
        <source>Row {row} of {file}: {reason}</source>
        <translation>{file}의 {row}행: {reason}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="44"/>
        <source>The file contains no data (only blank lines).</source>
        <translation>파일에 데이터가 없습니다(빈 줄만 있음).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="133"/>
        <source>&apos;{encoding}&apos; is not a known text encoding.</source>
        <translation>&apos;{encoding}&apos; 값은 알려진 텍스트 인코딩이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="209"/>
        <source>Line {line} is not valid {encoding} text (byte {byte}). The file may use another encoding, such as Windows-1252: choose it and import again.</source>
        <translation>{line}번째 줄은 올바른 {encoding} 텍스트가 아닙니다(바이트 {byte}). 파일이 Windows-1252 같은 다른 인코딩을 사용할 수 있습니다. 해당 인코딩을 선택하고 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="219"/>
        <source>A value starting on line {line} is longer than {limit} characters. This usually means a quote (&quot;) opened there is never closed: fix that line and import again.</source>
        <translation>{line}번째 줄에서 시작하는 값이 {limit}자보다 깁니다. 보통 그 줄에서 연 따옴표(&quot;)가 닫히지 않았다는 뜻입니다. 그 줄을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="229"/>
        <source>The quote (&quot;) opened on line {line} is never closed. Close it (or double any quote inside a quoted value: &quot;&quot;) and import again.</source>
        <translation>{line}번째 줄에서 연 따옴표(&quot;)가 닫히지 않았습니다. 따옴표를 닫고(또는 따옴표로 묶은 값 안의 따옴표는 두 번 쓰고: &quot;&quot;) 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="238"/>
        <source>On line {line} (or the record starting there) a quoted value is followed by other characters, e.g. &quot;abc&quot;def. Put the whole value in quotes and double any quote inside it (&quot;&quot;), then import again.</source>
        <translation>{line}번째 줄(또는 그 줄에서 시작하는 레코드)에서 따옴표로 묶은 값 뒤에 다른 문자가 있습니다(예: &quot;abc&quot;def). 값 전체를 따옴표로 묶고 값 안의 따옴표는 두 번 쓴(&quot;&quot;) 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="247"/>
        <source>Line {line} cannot be read: {problem}.</source>
        <translation>{line}번째 줄을 읽을 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="253"/>
        <source>Line {line} contains NUL (zero) bytes, which never appear in a text file: the file may be damaged or not really CSV. Export the data again.</source>
        <translation>{line}번째 줄에 텍스트 파일에는 나올 수 없는 NUL(0) 바이트가 있습니다. 파일이 손상되었거나 실제로는 CSV가 아닐 수 있습니다. 데이터를 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="332"/>
        <source>No row with headers starts on line {line}. Choose another header row.</source>
        <translation>{line}번째 줄에서 시작하는 머리글 행이 없습니다. 다른 머리글 행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="374"/>
        <source>The file has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>파일의 행이 한 번에 가져올 수 있는 최대치인 {limit}행보다 많습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="385"/>
        <source>The file could not be read any more ({problem}). Check that it is still there and import again.</source>
        <translation>파일을 더 이상 읽을 수 없습니다({problem}). 파일이 아직 그 위치에 있는지 확인하고 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="394"/>
        <source>{count} empty rows were skipped.</source>
        <translation>빈 행 {count}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/csv_reader.py" line="409"/>
        <source>Line {line} has {values} values but only {width} columns have headers; the extra values are kept at the end of the row.</source>
        <translation>{line}번째 줄에 값이 {values}개 있지만 머리글이 있는 열은 {width}개뿐입니다. 남는 값은 행 끝에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="45"/>
        <source>{path} (row {row}, column &quot;{column}&quot;): {message}</source>
        <translation>{path} ({row}행, &quot;{column}&quot; 열): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="49"/>
        <source>{path} (row {row}): {message}</source>
        <translation>{path} ({row}행): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="52"/>
        <source>{path} (column &quot;{column}&quot;): {message}</source>
        <translation>{path} (&quot;{column}&quot; 열): {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="55"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="95"/>
        <source>The text encoding is not UTF-8; it looks like {encoding}. Check the preview and confirm the encoding before importing.</source>
        <translation>텍스트 인코딩이 UTF-8이 아니며 {encoding} 인코딩으로 보입니다. 가져오기 전에 미리 보기를 확인하고 인코딩을 확정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="106"/>
        <source>Windows-1252 (Western European, &quot;ANSI&quot;)</source>
        <translation>Windows-1252(서유럽, &quot;ANSI&quot;)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/errors.py" line="107"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1(ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="26"/>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="27"/>
        <source>a PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="28"/>
        <source>a JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="29"/>
        <source>a GIF image</source>
        <translation>GIF 이미지</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="30"/>
        <source>a gzip-compressed file</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="31"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 압축 파일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="32"/>
        <source>a RAR archive</source>
        <translation>RAR 압축 파일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="33"/>
        <source>a Rich Text (RTF) document</source>
        <translation>서식 있는 텍스트(RTF) 문서</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="47"/>
        <source>CSV text</source>
        <translation>CSV 텍스트</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="48"/>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel 통합 문서(.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="49"/>
        <source>a macro-enabled Excel workbook (.xlsm)</source>
        <translation>매크로 사용 Excel 통합 문서(.xlsm)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="50"/>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 스프레드시트(.ods)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="75"/>
        <source>The file does not exist. Check the name and folder.</source>
        <translation>파일이 없습니다. 파일 이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="78"/>
        <source>This is a folder, not a file.</source>
        <translation>파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="81"/>
        <source>You do not have permission to read this file. Check its access rights.</source>
        <translation>이 파일을 읽을 권한이 없습니다. 파일의 액세스 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="86"/>
        <source>The file is empty (0 bytes). Check that you chose the right file.</source>
        <translation>파일이 비어 있습니다(0바이트). 올바른 파일을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="98"/>
        <source>The file is named &apos;{suffix}&apos; but contains {kind}; it was read as such.</source>
        <translation>파일 확장자는 &apos;{suffix}&apos;이지만 실제 내용은 {kind}입니다. 내용에 맞춰 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="117"/>
        <source>This is an OpenDocument {kind} file, not a spreadsheet. Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback.</source>
        <translation>이 파일은 스프레드시트가 아니라 OpenDocument {kind} 파일입니다. 피드백이 담긴 스프레드시트(.ods, .xlsx 또는 .csv)를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="123"/>
        <source>This is a zip archive, not a spreadsheet. It contains {inner}: extract it and import that file.</source>
        <translation>이 파일은 스프레드시트가 아니라 zip 압축 파일입니다. 안에 {inner} 파일이 있으니 압축을 풀고 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="126"/>
        <source>This is a zip archive, not a spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 파일은 스프레드시트가 아니라 zip 압축 파일입니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="136"/>
        <source>A part of this file declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>이 파일의 일부에 XML 엔터티 또는 DTD 선언이 있습니다. 이는 스프레드시트를 읽는 프로그램을 공격하는 알려진 방법입니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="149"/>
        <source>This is an Excel binary workbook (.xlsb), which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 파일은 Excel 바이너리 통합 문서(.xlsb)이므로 가져올 수 없습니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="154"/>
        <source>This is a Word document, not a spreadsheet.</source>
        <translation>이 파일은 스프레드시트가 아니라 Word 문서입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="157"/>
        <source>This is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>이 파일은 스프레드시트가 아니라 PowerPoint 프레젠테이션입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="159"/>
        <source>This Office file holds no spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 Office 파일에는 스프레드시트가 없습니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="179"/>
        <source>This workbook is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it as .xlsx and import the new file.</source>
        <translation>이 통합 문서는 암호로 보호되어 있습니다. Excel에서 열어 암호를 제거하고(파일 › 정보 › 통합 문서 보호) .xlsx로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="186"/>
        <source>This is an old Excel 97–2003 (.xls) file, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 파일은 이전 Excel 97–2003(.xls) 파일이므로 가져올 수 없습니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="189"/>
        <source>This is an old Excel 97–2003 (.xls) file or a password-protected workbook. Save it as .xlsx (without a password) and import again.</source>
        <translation>이 파일은 이전 Excel 97–2003(.xls) 파일이거나 암호로 보호된 통합 문서입니다. 암호 없이 .xlsx로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="197"/>
        <source>This is {what}, not a spreadsheet or CSV file.</source>
        <translation>이 파일은 스프레드시트나 CSV 파일이 아니라 {what}입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="206"/>
        <source>This is a web page (HTML) saved with a spreadsheet name, as some websites export &apos;Excel&apos; files. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 파일은 스프레드시트 이름으로 저장된 웹 페이지(HTML)입니다. 일부 웹사이트는 &apos;Excel&apos; 파일을 이렇게 내보냅니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="212"/>
        <source>This is an Excel 2003 XML spreadsheet, which cannot be imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file.</source>
        <translation>이 파일은 Excel 2003 XML 스프레드시트이므로 가져올 수 없습니다. Excel 또는 LibreOffice에서 열어 .xlsx(또는 CSV)로 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="216"/>
        <source>This is an XML file, not a spreadsheet or CSV file.</source>
        <translation>이 파일은 스프레드시트나 CSV 파일이 아니라 XML 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/formats.py" line="220"/>
        <source>This is not a spreadsheet or a text (CSV) file; it holds binary data.</source>
        <translation>이 파일은 스프레드시트나 텍스트(CSV) 파일이 아니며 바이너리 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/importer.py" line="302"/>
        <source>The items were imported, but assigning them to their owners failed ({problem}); they can be assigned from the Feedback page.</source>
        <translation>항목은 가져왔지만 담당자에게 배정하지 못했습니다({problem}). 피드백 페이지에서 배정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="45"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy.</source>
        <translation>파일이 손상되었거나 불완전합니다(복사하거나 다운로드하는 중에 잘렸을 수 있습니다). Excel 또는 LibreOffice에서 열어 다시 저장한 뒤 새 사본을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="53"/>
        <source>The file is damaged or incomplete (it may have been cut short while copying or downloading). Open it in Excel or LibreOffice, save it again and import the new copy. ({kind}: {detail})</source>
        <translation>파일이 손상되었거나 불완전합니다(복사하거나 다운로드하는 중에 잘렸을 수 있습니다). Excel 또는 LibreOffice에서 열어 다시 저장한 뒤 새 사본을 가져오세요. ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="85"/>
        <source>The file holds {parts} parts, far more than any workbook. It was not opened, to protect your computer.</source>
        <translation>이 파일에는 구성 요소가 {parts}개 있어 어떤 통합 문서보다도 훨씬 많습니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="100"/>
        <source>A part of this file ({part}) would expand {times} times when unpacked, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>이 파일의 구성 요소({part})는 압축을 풀면 {times}배로 커집니다. 이는 &apos;zip 폭탄&apos;의 전형적인 특징입니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="109"/>
        <source>Unpacked, this file would take {size}, more than the {limit} allowed. It was not opened, to protect your computer. Split the data into smaller files or save it as CSV.</source>
        <translation>압축을 풀면 이 파일의 크기가 {size}에 달해 허용 한도({limit})를 넘습니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다. 데이터를 더 작은 파일로 나누거나 CSV로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="128"/>
        <source>The archive is protected by a password. Remove the password, save the file again and import the new copy.</source>
        <translation>압축 파일이 암호로 보호되어 있습니다. 암호를 제거하고 파일을 다시 저장한 뒤 새 사본을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="177"/>
        <source>A part of this file ({part}) declares XML entities or a DTD, a known way to attack spreadsheet readers. It was not opened, to protect your computer.</source>
        <translation>이 파일의 구성 요소({part})에 XML 엔터티 또는 DTD 선언이 있습니다. 이는 스프레드시트를 읽는 프로그램을 공격하는 알려진 방법입니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="186"/>
        <source>A part of this file ({part}) has no readable content. It was not opened, to protect your computer.</source>
        <translation>이 파일의 구성 요소({part})에 읽을 수 있는 내용이 없습니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="207"/>
        <source>The part {part} is unexpectedly large. It was not opened, to protect your computer.</source>
        <translation>구성 요소({part})가 예상외로 큽니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="257"/>
        <source>A cell holds more than {limit} characters, the most a spreadsheet cell can hold. It was not opened, to protect your computer. Check the file&apos;s origin, or shorten that cell.</source>
        <translation>한 셀에 스프레드시트 셀이 담을 수 있는 최대치인 {limit}자보다 많은 문자가 있습니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다. 파일을 어디서 받았는지 확인하거나 해당 셀의 내용을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/safety.py" line="527"/>
        <source>A part of this file ({part}) repeats its content so often that, unpacked, it would take more than the {limit} allowed, which is typical of a &apos;zip bomb&apos;. It was not opened, to protect your computer.</source>
        <translation>이 파일의 구성 요소({part})는 같은 내용이 너무 많이 반복되어 압축을 풀면 허용 한도({limit})를 넘게 됩니다. 이는 &apos;zip 폭탄&apos;의 전형적인 특징입니다. 컴퓨터를 보호하기 위해 파일을 열지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/templates.py" line="75"/>
        <source>a template needs a name</source>
        <translation>템플릿에는 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="151"/>
        <source>The workbook has no worksheet with data.</source>
        <translation>통합 문서에 데이터가 있는 워크시트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="180"/>
        <source>There is no sheet {sheet} in this workbook. Sheets: {sheets}.</source>
        <translation>이 통합 문서에 {sheet} 시트가 없습니다. 시트: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="226"/>
        <source>This workbook is protected by a password. Remove the password, save it again and import the new file.</source>
        <translation>이 통합 문서는 암호로 보호되어 있습니다. 암호를 제거하고 다시 저장한 뒤 새 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="328"/>
        <source>The sheet has more than {limit} rows, the most one import can take. Split it into smaller files.</source>
        <translation>시트의 행이 한 번에 가져올 수 있는 최대치인 {limit}행보다 많습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="345"/>
        <source>The workbook has {count} sheets; &apos;{sheet}&apos; was read. Other sheets: {others}.</source>
        <translation>통합 문서에 시트가 {count}개 있으며, &apos;{sheet}&apos; 시트를 읽었습니다. 다른 시트: {others}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_reader.py" line="354"/>
        <source>The sheet &apos;{sheet}&apos; is hidden in the workbook.</source>
        <translation>&apos;{sheet}&apos; 시트는 통합 문서에서 숨겨져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="125"/>
        <source>{count} formula cells have no saved result and were read as blank. Open the file in Excel or LibreOffice, save it and import again.</source>
        <translation>수식 셀 {count}개에 저장된 결과가 없어 빈 셀로 읽었습니다. Excel 또는 LibreOffice에서 파일을 열어 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="135"/>
        <source>The sheet has merged cells; each merged value was read in the first cell of its range only, the other cells are blank.</source>
        <translation>시트에 병합된 셀이 있습니다. 병합된 각 값은 해당 범위의 첫 번째 셀에서만 읽었으며, 나머지 셀은 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="147"/>
        <source>Cells {cells} are merged with the header row; the rows below the header are blank there.</source>
        <translation>{cells} 셀이 머리글 행과 병합되어 있습니다. 그 위치에서는 머리글 아래 행이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="152"/>
        <source>Cells {cells} are merged; the value of {cell} was repeated in each row of the range (first column only).</source>
        <translation>{cells} 셀이 병합되어 있습니다. {cell} 셀의 값을 범위의 각 행에 반복해서 넣었습니다(첫 번째 열에만).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="156"/>
        <source>Cells {cells} are merged; the value was read in {cell} only.</source>
        <translation>{cells} 셀이 병합되어 있습니다. 값은 {cell} 셀에서만 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="193"/>
        <source>The header cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); the column is named by its letter.</source>
        <translation>머리글 셀({cell})은 저장된 결과가 없는 수식입니다(계산 기능이 없는 프로그램이 파일을 변경했습니다. 값을 얻으려면 Excel 또는 LibreOffice에서 열어 저장하세요). 열 이름은 열 문자로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="197"/>
        <source>Cell {cell} is a formula without a saved result (the file was changed by a program that does not calculate; open and save it in Excel or LibreOffice to get the value); it was read as blank.</source>
        <translation>{cell} 셀은 저장된 결과가 없는 수식입니다(계산 기능이 없는 프로그램이 파일을 변경했습니다. 값을 얻으려면 Excel 또는 LibreOffice에서 열어 저장하세요). 빈 셀로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="201"/>
        <source>The header cell {cell} holds the Excel error {error}; the column is named by its letter.</source>
        <translation>머리글 셀({cell})에 Excel 오류 {error} 값이 있습니다. 열 이름은 열 문자로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="204"/>
        <source>Cell {cell} holds the Excel error {error}; it was read as blank.</source>
        <translation>{cell} 셀에 Excel 오류 {error} 값이 있어 빈 셀로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="247"/>
        <source>The sheet &apos;{sheet}&apos; is empty. Choose the sheet that holds the data.</source>
        <translation>&apos;{sheet}&apos; 시트가 비어 있습니다. 데이터가 있는 시트를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="252"/>
        <source>Row {row} of the sheet &apos;{sheet}&apos; is empty. Choose another header row.</source>
        <translation>&apos;{sheet}&apos; 시트의 {row}행이 비어 있습니다. 다른 머리글 행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/workbook_rows.py" line="489"/>
        <source>Row {row} has values in {count} columns after the last header; they are kept at the end of the row.</source>
        <translation>{row}행의 마지막 머리글 뒤 열 {count}개에 값이 있습니다. 이 값은 행 끝에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="45"/>
        <source>Date</source>
        <extracomment>Background of a cell the import would reject, and of a row with nothing to import.</extracomment>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="46"/>
        <source>Score (0–10 recommend)</source>
        <translation>추천 점수(0–10)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="47"/>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="48"/>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="49"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="50"/>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="51"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="52"/>
        <source>Customer ID</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="53"/>
        <source>Feedback ID</source>
        <translation>피드백 ID</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="54"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="55"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="56"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="57"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="58"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="59"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="60"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="63"/>
        <source>Only the answer to &apos;How likely are you to recommend us?&apos; (0–10) counts as NPS.</source>
        <translation>&apos;저희를 추천할 가능성은 얼마나 됩니까?&apos;에 대한 답(0–10)만 NPS로 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="67"/>
        <source>Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS.</source>
        <translation>별점 또는 점수(1–5, 1–10…): 평점으로 보관되며 NPS에는 계산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="70"/>
        <source>Need names separated by commas, e.g. &apos;Price, Delivery&apos;.</source>
        <translation>쉼표로 구분한 니즈 이름, 예: &apos;가격, 배송&apos;.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="73"/>
        <source>The review or ticket number: rows with the same one are not imported twice.</source>
        <translation>리뷰 또는 티켓 번호: 같은 번호의 행은 두 번 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="96"/>
        <source>— Not imported (kept as extra)</source>
        <translation>— 가져오지 않음(추가 정보로 보관)</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="386"/>
        <source>{header} is not a column of this file</source>
        <translation>{header} 열은 이 파일에 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="440"/>
        <source>not a column mapping template</source>
        <translation>열 연결 템플릿이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="443"/>
        <source>this template was saved by a newer version of the app</source>
        <translation>이 템플릿은 더 새로운 버전의 앱에서 저장되었습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="471"/>
        <source>A 0–10 scale, like the question &apos;how likely are you to recommend us&apos;. It is kept as a rating; map the column to score only if it asks exactly that.</source>
        <translation>&apos;저희를 추천할 가능성은 얼마나 됩니까?&apos; 질문처럼 0–10 척도입니다. 평점으로 보관됩니다. 열이 정확히 이 질문을 묻는 경우에만 추천 점수에 연결하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="499"/>
        <source>No sample values: a 1–5 scale is assumed; check it.</source>
        <translation>샘플 값이 없어 1–5 척도로 가정했습니다. 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="550"/>
        <source>Text dates mix day-first and month-first values.</source>
        <translation>텍스트 날짜에 일 먼저 값과 월 먼저 값이 섞여 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="553"/>
        <source>No column asks how likely the customer is to recommend you: no NPS.</source>
        <translation>고객의 추천 가능성을 묻는 열이 없으므로 NPS를 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="560"/>
        <source>{order} ({code})</source>
        <translation>{order}({code})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="564"/>
        <source>Text dates need an order: the values fit {first}.</source>
        <translation>텍스트 날짜의 순서를 정해야 합니다. 값이 {first} 순서에 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="568"/>
        <source>Text dates need an order: the values fit {first} or {second}.</source>
        <translation>텍스트 날짜의 순서를 정해야 합니다. 값이 {first} 또는 {second} 순서에 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/mapping.py" line="571"/>
        <source>Text dates need an order: the values fit {first} or {second} or {third}.</source>
        <translation>텍스트 날짜의 순서를 정해야 합니다. 값이 {first}, {second} 또는 {third} 순서에 맞습니다.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="431"/>
        <source>{value} is a yes/no value, not a score</source>
        <translation>{value} 값은 점수가 아니라 예/아니요 값입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="432"/>
        <source>{value} is a yes/no value, not a rating</source>
        <translation>{value} 값은 평점이 아니라 예/아니요 값입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="433"/>
        <source>{value} is a yes/no value, not a date</source>
        <translation>{value} 값은 날짜가 아니라 예/아니요 값입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="434"/>
        <source>{value} is a yes/no value, not an id</source>
        <translation>{value} 값은 ID가 아니라 예/아니요 값입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="475"/>
        <source>{value} is longer than {limit} characters</source>
        <translation>{value} 값이 {limit}자보다 깁니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="492"/>
        <source>&apos;{text}&apos; is an id a spreadsheet turned into a rounded number; format the column as text and export again</source>
        <translation>&apos;{text}&apos; 값은 스프레드시트가 반올림된 숫자로 바꾼 ID입니다. 열 서식을 텍스트로 지정하고 다시 내보내세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="506"/>
        <source>{value} is not an id</source>
        <translation>{value} 값은 ID가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="509"/>
        <source>{value} has more digits than a spreadsheet number keeps ({digits}); format the column as text and export again</source>
        <translation>{value} 값은 스프레드시트 숫자가 유지하는 자릿수({digits}자리)보다 깁니다. 열 서식을 텍스트로 지정하고 다시 내보내세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="517"/>
        <source>{value} is a date, not an id: the spreadsheet may have converted it</source>
        <translation>{value} 값은 ID가 아니라 날짜입니다. 스프레드시트가 값을 변환했을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="541"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} 값은 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="575"/>
        <source>{value} is not a status: use new, triaged, in progress, resolved, closed or won&apos;t fix</source>
        <translation>{value} 값은 상태가 아닙니다. 신규, 분류됨, 진행 중, 해결됨, 종료, 수정 안 함 중 하나를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/fields.py" line="595"/>
        <source>{value} is not a language</source>
        <translation>{value} 값은 언어가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="82"/>
        <source>day-first</source>
        <translation>일 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="83"/>
        <source>month-first</source>
        <translation>월 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="84"/>
        <source>year-first</source>
        <translation>연도 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="86"/>
        <source>{value} is not a number</source>
        <translation>{value} 값은 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="87"/>
        <source>{value} is outside 0–10</source>
        <translation>{value} 값이 0–10 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="88"/>
        <source>{value} is outside {minimum}–{scale}</source>
        <translation>{value} 값이 {minimum}–{scale} 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="89"/>
        <source>{value} is not a rating</source>
        <translation>{value} 값은 평점이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="90"/>
        <source>{value} is not a date</source>
        <translation>{value} 값은 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="91"/>
        <source>{value} is not a spreadsheet date</source>
        <translation>{value} 값은 스프레드시트 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="92"/>
        <source>{value} is not a valid date</source>
        <translation>{value} 값은 올바른 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="93"/>
        <source>{value} is not a valid date in {order} order ({code})</source>
        <translation>{value} 값은 {order}({code}) 순서로 읽으면 올바른 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="134"/>
        <source>{value} is a date, not a score</source>
        <translation>{value} 값은 점수가 아니라 날짜입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="148"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 값은 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a score: write the number alone ({top})</source>
        <translation>&apos;{text}&apos; 값은 점수가 아닙니다. 숫자만 쓰세요({top})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="178"/>
        <source>&apos;{text}&apos; is not a score: scores are 0–10, not out of {bottom}</source>
        <translation>&apos;{text}&apos; 값은 점수가 아닙니다. 점수는 {bottom}점 만점이 아니라 0–10입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="186"/>
        <source>&apos;{text}&apos; is not a number: write it in digits ({digits})</source>
        <translation>&apos;{text}&apos; 값은 숫자가 아닙니다. 아라비아 숫자로 쓰세요({digits})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="249"/>
        <source>&apos;{text}&apos; shows {stars} stars, but the scale is {scale}</source>
        <translation>&apos;{text}&apos; 값에는 별이 {stars}개 있지만 척도는 {scale}점 만점입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="267"/>
        <source>&apos;{text}&apos; is out of {bottom}, but this column&apos;s scale is {minimum}–{scale}</source>
        <translation>&apos;{text}&apos; 값은 {bottom}점 만점 기준이지만 이 열의 척도는 {minimum}–{scale}입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="313"/>
        <source>{value} is 29 February 1900, a day that exists only in Excel</source>
        <translation>{value} 값은 Excel에만 있는 날짜인 1900년 2월 29일입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="397"/>
        <source>{value} is a time of day, not a date</source>
        <translation>{value} 값은 날짜가 아니라 시각입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="408"/>
        <source>{value} is before {earliest}, too early to be feedback</source>
        <translation>{value} 값은 {earliest} 이전이므로 피드백 날짜로 보기에는 너무 이릅니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="417"/>
        <source>{value} is in the future</source>
        <translation>{value} 값은 미래 날짜입니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="466"/>
        <source>{value} is not a date: use a spreadsheet date, 2024-01-05 or day/month/year</source>
        <translation>{value} 값은 날짜가 아닙니다. 스프레드시트 날짜, 2024-01-05 또는 일/월/연도 형식을 사용하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="485"/>
        <source>{value} is ambiguous: it could be {day_first} (day-first) or {month_first} (month-first); choose the date order for this column</source>
        <translation>{value} 값은 모호합니다. {day_first}(일 먼저) 또는 {month_first}(월 먼저)일 수 있습니다. 이 열의 날짜 순서를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="490"/>
        <source>{value} needs a date order: choose day-first (DMY), month-first (MDY) or year-first (YMD) for this column</source>
        <translation>{value} 값에는 날짜 순서가 필요합니다. 이 열의 날짜 순서로 일 먼저(DMY), 월 먼저(MDY) 또는 연도 먼저(YMD)를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="494"/>
        <source>{value} needs a date order: choose day-first (DMY) or month-first (MDY) for this column</source>
        <translation>{value} 값에는 날짜 순서가 필요합니다. 이 열의 날짜 순서로 일 먼저(DMY) 또는 월 먼저(MDY)를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/values.py" line="500"/>
        <source>{value} does not fit in {order} order ({code})</source>
        <translation>{value} 값은 {order}({code}) 순서에 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/importing/convert.py" line="23"/>
        <source>The row has no score, rating or text, so there is nothing to import.</source>
        <translation>이 행에는 추천 점수, 평점, 내용이 모두 없으므로 가져올 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="222"/>
        <source>Step {n} of {total}</source>
        <translation>{total}단계 중 {n}단계</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="227"/>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="233"/>
        <source>&amp;Stop Import</source>
        <translation>가져오기 중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="235"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="237"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="342"/>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="403"/>
        <source>Importing {name}…</source>
        <translation>{name} 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="462"/>
        <source>Import File</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="463"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard.py" line="464"/>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="252"/>
        <source>Listing imports…</source>
        <translation>가져오기 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="275"/>
        <source>Could not list the imports: {error}</source>
        <translation>가져오기 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="318"/>
        <source>No rows of {file} were rejected.</source>
        <translation>{file}에서 거부된 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="328"/>
        <source>Listing rejected rows…</source>
        <translation>거부된 행을 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="322"/>
        <source>Rejected rows of {file}: %Ln. Export them, fix them, and import the file again.</source>
        <translation>
            <numerusform>{file}의 거부된 행: %Ln개. 내보내서 고친 뒤 파일을 다시 가져오세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="373"/>
        <source>Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, with their tags and assignments?</source>
        <translation>
            <numerusform>{file} 가져오기({when})로 카탈로그에 추가된 항목 %Ln건을 태그 및 담당 지정과 함께 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="379"/>
        <source>This cannot be undone, but you can import the file again later.</source>
        <translation>이 작업은 되돌릴 수 없지만, 나중에 파일을 다시 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="383"/>
        <source>Undo Import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="393"/>
        <source>Undoing the import of {file}…</source>
        <translation>{file} 가져오기를 취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="398"/>
        <source>Undo Failed</source>
        <translation>취소 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="399"/>
        <source>Could not undo the import.</source>
        <translation>가져오기를 취소할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="405"/>
        <source>%Ln item(s) of {file} removed.</source>
        <translation>
            <numerusform>{file}의 항목 %Ln건을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="414"/>
        <source>No catalogue is open.</source>
        <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="417"/>
        <source>No imports yet. Drag a spreadsheet here or choose File ▸ Import File…</source>
        <translation>아직 가져온 파일이 없습니다. 스프레드시트를 여기로 끌어오거나 파일 ▸ 파일 가져오기…를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="422"/>
        <source>&amp;Import File…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="423"/>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>거부된 행 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="424"/>
        <source>&amp;Undo Import…</source>
        <translation>가져오기 취소(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="425"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>스프레드시트 또는 CSV 파일에서 피드백을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="427"/>
        <source>Save the rejected rows of the selected import, to fix them and import them again</source>
        <translation>선택한 가져오기에서 거부된 행을 저장합니다. 고친 뒤 다시 가져올 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/imports_page.py" line="429"/>
        <source>Remove the items the selected import added</source>
        <translation>선택한 가져오기로 추가된 항목을 삭제합니다</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="162"/>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
</context>
<context>
    <name>LocationWarning</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="146"/>
        <source>Shared or Synced Folder</source>
        <translation>공유 또는 동기화 폴더</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="148"/>
        <source>{file} is in a cloud-sync folder.</source>
        <translation>{file}은(는) 클라우드 동기화 폴더에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="150"/>
        <source>{file} is on a network share.</source>
        <translation>{file}은(는) 네트워크 공유 폴더에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="154"/>
        <source>SQLite on a shared or synced folder can corrupt the catalogue when two people write at once. Work on a local copy, or use a team catalogue on PostgreSQL.

While you have it open, a lock file beside it tells others who is working in it, and they can open it read-only.</source>
        <translation>공유 또는 동기화 폴더의 SQLite는 두 사람이 동시에 쓰면 카탈로그가 손상될 수 있습니다. 로컬 사본에서 작업하거나 PostgreSQL 기반 팀 카탈로그를 사용하세요.

카탈로그가 열려 있는 동안에는 옆에 있는 잠금 파일이 누가 작업 중인지 다른 사람에게 알려 주며, 다른 사람은 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="160"/>
        <source>Don&apos;t warn again for this file</source>
        <translation>이 파일에 대해 다시 경고하지 않음</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="214"/>
        <source>Read-only: {user} on {host} has it open.</source>
        <translation>읽기 전용: {host}의 {user}이(가) 열어 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="273"/>
        <source>Confirming the lock…</source>
        <translation>잠금을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="282"/>
        <source>{user} on {host}</source>
        <translation>{host}의 {user}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="284"/>
        <source>someone else</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="288"/>
        <source>Catalogue Taken Over</source>
        <translation>카탈로그를 다른 사용자가 가져감</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="290"/>
        <source>{who} has taken over {file}. What you changed so far is saved; it is now opened again read-only.</source>
        <translation>{who}이(가) {file}을(를) 가져갔습니다. 지금까지 변경한 내용은 저장되었으며, 이제 읽기 전용으로 다시 열립니다.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="55"/>
        <source>today at {time}</source>
        <extracomment>the catalogue service&apos;s HEARTBEAT_INTERVAL is used when attached; this is the fallback QMessageBox wraps its text very narrow; these dialogs say more than one line</extracomment>
        <translation>오늘 {time}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="79"/>
        <source>Catalogue In Use</source>
        <translation>사용 중인 카탈로그</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="83"/>
        <source>{file} is open by {user} on {host} since {time}.</source>
        <translation>{host}의 {user}이(가) {time}부터 {file}을(를) 열어 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="89"/>
        <source>It looks abandoned: the program that opened it is no longer running on this computer (perhaps it closed unexpectedly).</source>
        <translation>방치된 것으로 보입니다. 이 파일을 연 프로그램이 이 컴퓨터에서 더 이상 실행되고 있지 않습니다(예기치 않게 종료되었을 수 있음).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="94"/>
        <source>It looks abandoned: {host} has not confirmed it since {time}.</source>
        <translation>방치된 것으로 보입니다. {host}이(가) {time} 이후로 확인하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="97"/>
        <source>Its lock file cannot be read and has not changed for a while.</source>
        <translation>잠금 파일을 읽을 수 없으며 한동안 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="100"/>
        <source>You can open it read-only to look at it. To change it, ask {user} to close it first: two people writing to one catalogue file can damage it.</source>
        <translation>읽기 전용으로 열어 볼 수 있습니다. 변경하려면 먼저 {user}에게 닫아 달라고 요청하세요. 두 사람이 한 카탈로그 파일에 동시에 쓰면 파일이 손상될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="105"/>
        <source>Take it over only if you are sure nobody is working in it any more.</source>
        <translation>더 이상 아무도 작업하지 않는 것이 확실할 때만 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="110"/>
        <source>Process {pid}, Advocacy Desktop {version}
Last confirmed: {heartbeat}</source>
        <translation>프로세스 {pid}, Advocacy Desktop {version}
마지막 확인: {heartbeat}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="118"/>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/lock_dialogs.py" line="123"/>
        <source>Take Over</source>
        <translation>인수하기</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="207"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="208"/>
        <source>&amp;New Catalogue…</source>
        <translation>새 카탈로그(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="209"/>
        <source>Create a new, empty catalogue file</source>
        <translation>비어 있는 새 카탈로그 파일을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="210"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="211"/>
        <source>Open an existing catalogue file</source>
        <translation>기존 카탈로그 파일을 엽니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="212"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="213"/>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="214"/>
        <source>&amp;Import File…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="215"/>
        <source>Import feedback from a spreadsheet or CSV file</source>
        <translation>스프레드시트 또는 CSV 파일에서 피드백을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="216"/>
        <source>&amp;Backup…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="217"/>
        <source>Save a consistent copy of the open catalogue</source>
        <translation>열린 카탈로그의 일관된 사본을 저장합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="222"/>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="223"/>
        <source>Choose the language and the theme</source>
        <translation>언어와 테마를 선택합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="225"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="226"/>
        <source>&amp;Navigation Panel</source>
        <translation>탐색 패널(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="229"/>
        <source>&amp;Full Screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="230"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="231"/>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="232"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="233"/>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="234"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="235"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="237"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="238"/>
        <source>&amp;User Guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="239"/>
        <source>How the app serves the five steps of the method</source>
        <translation>앱이 방법론의 다섯 단계를 어떻게 지원하는지 설명합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="240"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="241"/>
        <source>Every keyboard shortcut of the app, by area</source>
        <translation>앱의 모든 키보드 단축키를 영역별로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="242"/>
        <source>&amp;About Advocacy Desktop</source>
        <translation>Advocacy Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="243"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo {action}</source>
        <translation>{action} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo {action}</source>
        <translation>{action} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/actions.py" line="259"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="209"/>
        <source>{name} is already open.</source>
        <translation>{name} 파일이 이미 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="220"/>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="238"/>
        <source>Creating {name}…</source>
        <translation>{name} 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="248"/>
        <source>Customer feedback</source>
        <translation>고객 피드백</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="251"/>
        <source>New Catalogue</source>
        <translation>새 카탈로그</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="266"/>
        <source>Open Catalogue</source>
        <translation>카탈로그 열기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="273"/>
        <source>The last catalogue, {path}, is no longer there.</source>
        <translation>마지막으로 사용한 카탈로그({path})가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="295"/>
        <source>Back Up Catalogue</source>
        <translation>카탈로그 백업</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="303"/>
        <source>Backing up {name}…</source>
        <translation>{name} 백업 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="308"/>
        <source>Backup cancelled.</source>
        <translation>백업이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="320"/>
        <source>Counting…</source>
        <translation>개수를 세는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="337"/>
        <source>Opened {path}</source>
        <translation>열림: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="348"/>
        <source>It was removed from the list of recent catalogues.</source>
        <translation>최근 카탈로그 목록에서 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="350"/>
        <source>Cannot Open Catalogue</source>
        <translation>카탈로그를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="351"/>
        <source>Could not open {path}</source>
        <translation>다음 파일을 열 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="358"/>
        <source>Cannot Create Catalogue</source>
        <translation>카탈로그를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="359"/>
        <source>Could not create {path}</source>
        <translation>다음 파일을 만들 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="368"/>
        <source>Opening {name} was cancelled.</source>
        <translation>{name} 열기가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="373"/>
        <source>Backup saved to {path}</source>
        <translation>백업을 저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="378"/>
        <source>Backup Failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="379"/>
        <source>Could not back up to {path}</source>
        <translation>다음 위치에 백업할 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="430"/>
        <source>{name} (read-only)</source>
        <translation>{name} (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/main_window.py" line="458"/>
        <source>Advocacy catalogues (*.advocacy);;All files (*)</source>
        <translation>Advocacy 카탈로그 (*.advocacy);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="328"/>
        <source>%n value(s) cannot be read</source>
        <translation>
            <numerusform>값 %n개를 읽을 수 없음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="177"/>
        <source>Check the Columns</source>
        <translation>열 확인</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="181"/>
        <source>Choose what each column holds. Highlighted cells cannot be read: their rows will be rejected and listed after the import, so you can fix them.</source>
        <translation>각 열에 무엇이 들어 있는지 선택하세요. 강조된 셀은 읽을 수 없으며, 해당 행은 거부되어 가져오기 후 목록으로 표시되므로 고칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Checking the values…</source>
        <translation>값을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="211"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="242"/>
        <source>%n of the first rows cannot be imported as they are (highlighted).</source>
        <translation>
            <numerusform>처음 행 중 %n개는 그대로 가져올 수 없습니다(강조 표시됨).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="248"/>
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>처음 %n행에 문제가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="259"/>
        <source>The file is not UTF-8; it looks like {encoding}. Check the accents in the preview (é, ü, ñ…): if they look wrong, try another encoding.</source>
        <translation>파일이 UTF-8이 아니며 {encoding}(으)로 보입니다. 미리 보기에서 악센트 문자(é, ü, ñ…)를 확인하고, 잘못 보이면 다른 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="276"/>
        <source>The dates in column “{column}” can be read more than one way (is 05/01/2024 the 5th of January or May 1st?). Choose their order to go on.</source>
        <translation>“{column}” 열의 날짜는 여러 가지로 읽힐 수 있습니다(05/01/2024는 1월 5일일까요, 5월 1일일까요?). 계속하려면 순서를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="281"/>
        <source>Columns matched with the saved template “{name}”.</source>
        <translation>저장된 템플릿 “{name}”(으)로 열을 연결했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="285"/>
        <source>You changed the mapping since.</source>
        <translation>이후 연결을 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="296"/>
        <source>Day first</source>
        <translation>일 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="297"/>
        <source>Month first</source>
        <translation>월 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="298"/>
        <source>Year first</source>
        <translation>연도 먼저</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="304"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="314"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252(서유럽)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="315"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1(ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="327"/>
        <source>Go back and choose a file that can be read.</source>
        <translation>뒤로 가서 읽을 수 있는 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="329"/>
        <source>Tick “The text looks right” to go on.</source>
        <translation>계속하려면 “텍스트가 올바르게 보임”을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="331"/>
        <source>Choose the order of the dates to go on.</source>
        <translation>계속하려면 날짜 순서를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="334"/>
        <source>Choose a column for the score, the rating or the text: rows without any of them cannot be imported.</source>
        <translation>추천 점수, 평점 또는 내용에 해당하는 열을 선택하세요. 이 중 아무것도 없는 행은 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="342"/>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="343"/>
        <source>The text &amp;looks right</source>
        <translation>텍스트가 올바르게 보임(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="347"/>
        <source>&amp;Date order:</source>
        <translation>날짜 순서(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="349"/>
        <source>Columns and fields</source>
        <translation>열과 필드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="350"/>
        <source>First rows of the file</source>
        <translation>파일의 처음 행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="351"/>
        <source>Only rows with &amp;problems</source>
        <translation>문제 있는 행만(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="352"/>
        <source>Save as &amp;template:</source>
        <translation>템플릿으로 저장(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_page.py" line="354"/>
        <source>Name (optional): reused for files with the same columns</source>
        <translation>이름(선택): 같은 열을 가진 파일에 다시 사용됩니다</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Responsible</source>
        <translation>실행 책임</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="66"/>
        <source>Accountable</source>
        <translation>최종 책임</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Consulted</source>
        <translation>협의</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="67"/>
        <source>Informed</source>
        <translation>통보</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="76"/>
        <source>Need or source</source>
        <translation>니즈 또는 출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="82"/>
        <source>Source: {name}</source>
        <translation>출처: {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="96"/>
        <source>(from {parent})</source>
        <translation>({parent}에서 상속)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/raci_matrix.py" line="100"/>
        <source>Nobody is responsible</source>
        <translation>실행 책임자 없음</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="22"/>
        <source>An active person is a customer advocate.</source>
        <translation>활성 구성원 중에 고객 옹호자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="23"/>
        <source>A team role with 2 or more active members is responsible for needs.</source>
        <translation>활성 구성원이 2명 이상인 팀 역할이 니즈의 실행 책임을 맡고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="25"/>
        <source>An active person is an advocacy coordinator.</source>
        <translation>활성 구성원 중에 옹호 코디네이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="26"/>
        <source>A coordinator is Accountable for most needs.</source>
        <translation>코디네이터가 대부분의 니즈에 최종 책임을 집니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="27"/>
        <source>Every collected source has an owner.</source>
        <translation>수집 중인 모든 출처에 담당자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="28"/>
        <source>An active person is an executive sponsor.</source>
        <translation>활성 구성원 중에 임원 스폰서가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="29"/>
        <source>Every need has a Responsible and an Accountable.</source>
        <translation>모든 니즈에 실행 책임자와 최종 책임자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="30"/>
        <source>Most active people have a role.</source>
        <translation>대부분의 활성 구성원에게 역할이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="39"/>
        <source>Give an active person the customer advocate role.</source>
        <translation>활성 구성원 한 명에게 고객 옹호자 역할을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="41"/>
        <source>Make a role with at least 2 active members Responsible for at least one need.</source>
        <translation>활성 구성원이 2명 이상인 역할을 하나 이상의 니즈에 실행 책임으로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="44"/>
        <source>Give an active person the advocacy coordinator role.</source>
        <translation>활성 구성원 한 명에게 옹호 코디네이터 역할을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="46"/>
        <source>Make a coordinator Accountable for more than half of the needs (now {coordinated} of {needs}).</source>
        <translation>코디네이터를 니즈의 절반 이상에 대한 최종 책임자로 지정하세요(현재 {needs}개 중 {coordinated}개).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="49"/>
        <source>Give every collected source a Responsible or an owner (%Ln without one).</source>
        <translation>
            <numerusform>수집 중인 모든 출처에 실행 책임자나 담당자를 지정하세요(미지정 출처 %Ln개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="52"/>
        <source>Give an active person the executive sponsor role.</source>
        <translation>활성 구성원 한 명에게 임원 스폰서 역할을 지정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="54"/>
        <source>Give every need a Responsible and an Accountable (%Ln without them).</source>
        <translation>
            <numerusform>모든 니즈에 실행 책임자와 최종 책임자를 지정하세요(미지정 니즈 %Ln개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/maturity_texts.py" line="57"/>
        <source>Give more than half of the active people a role (now {with_role} of {active}).</source>
        <translation>활성 구성원의 절반 이상에게 역할을 지정하세요(현재 {active}명 중 {with_role}명).</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="46"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>카탈로그 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="48"/>
        <source>Bring the items, needs, people and assignments of another catalogue into this one</source>
        <translation>다른 카탈로그의 항목, 니즈, 구성원, 배정을 이 카탈로그로 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="59"/>
        <source>Merge Which Catalogue?</source>
        <translation>어떤 카탈로그를 병합할까요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="60"/>
        <source>Catalogues (*.advocacy);;All files (*)</source>
        <translation>카탈로그 (*.advocacy);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="67"/>
        <source>Cannot Merge</source>
        <translation>병합할 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_action.py" line="68"/>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file}을(를) 열 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="48"/>
        <source>Items</source>
        <extracomment>names the service uses for tables, marked for lupdate and translated where shown (context MergeDialog), so a language switch after import changes them too</extracomment>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="49"/>
        <source>Item needs</source>
        <translation>항목 니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="50"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="51"/>
        <source>People</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="52"/>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="53"/>
        <source>Role holders</source>
        <translation>역할 담당</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="54"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="55"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="56"/>
        <source>Responsibilities</source>
        <translation>책임</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="57"/>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="58"/>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="59"/>
        <source>Column mappings</source>
        <translation>열 연결</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="60"/>
        <source>Tag rules</source>
        <translation>태그 규칙</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="61"/>
        <source>Care log</source>
        <translation>관리 기록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="62"/>
        <source>History</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="247"/>
        <source>Merge Catalogue</source>
        <translation>카탈로그 병합</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="252"/>
        <source>Comparing the catalogues…</source>
        <translation>카탈로그를 비교하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="279"/>
        <source>Keep All Ours</source>
        <translation>모두 이쪽 유지</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="280"/>
        <source>Take All Theirs</source>
        <translation>모두 상대쪽 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="281"/>
        <source>Take the Newer</source>
        <translation>최신 쪽 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="282"/>
        <source>Take theirs wherever theirs was edited later</source>
        <translation>상대쪽이 나중에 편집된 경우 모두 상대쪽 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="327"/>
        <source>Comparing catalogues…</source>
        <translation>카탈로그 비교 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="333"/>
        <source>Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would be added. Rows that differ in both are conflicts: tick “Take theirs” where the other catalogue is right; the others keep ours. Nothing is deleted.</source>
        <translation>“{source}”을(를) 이 카탈로그({target})에 병합합니다. 시험 실행: 행 {new:n}개가 추가됩니다. 양쪽에서 서로 다른 행은 충돌입니다. 다른 카탈로그가 맞는 경우 “상대쪽 선택”에 체크하세요. 나머지는 이쪽을 유지합니다. 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="340"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="343"/>
        <source>Mapped by {by}: {what} “{label}”</source>
        <translation>{by}(으)로 연결: {what} “{label}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="346"/>
        <source>… and %n more mapped by name</source>
        <translation>
            <numerusform>… 외 %n개 이름으로 연결</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="362"/>
        <source>Theirs: {theirs} · ours: {ours}</source>
        <translation>상대쪽: {theirs} · 이쪽: {ours}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="370"/>
        <source>Merging…</source>
        <translation>병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="376"/>
        <source>Merging catalogues…</source>
        <translation>카탈로그를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="383"/>
        <source>Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept ours.</source>
        <translation>병합 완료: 행 {added:n}개 추가, 충돌 {theirs:n}건은 상대쪽 선택, {ours:n}건은 이쪽 유지.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="390"/>
        <source>The merge was cancelled: nothing was changed.</source>
        <translation>병합을 취소했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/merge_dialog.py" line="394"/>
        <source>The merge failed: {error}. Nothing was changed.</source>
        <translation>병합에 실패했습니다: {error}. 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="53"/>
        <source>Merge Need</source>
        <translation>니즈 병합</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="56"/>
        <source>Merge “{name}” into another need. The %Ln item(s) tagged with it get that need instead (none twice), the needs below it move there, and “{name}” is removed.</source>
        <translation>
            <numerusform>“{name}”을(를) 다른 니즈에 병합합니다. 이 니즈로 태그된 항목 %Ln건은 대신 그 니즈를 받고(중복 없음), 하위 니즈도 그곳으로 옮겨지며, “{name}”은(는) 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="62"/>
        <source>Merge into:</source>
        <translation>병합 대상:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="66"/>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="108"/>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/dashboard_exports.py" line="109"/>
        <source>Hide this message</source>
        <translation>이 메시지 숨기기</translation>
    </message>
</context>
<context>
    <name>NeedChecklist</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="371"/>
        <source>Add needs on the Needs page to tag items here.</source>
        <extracomment>above this many selected rows the boxes show no state (&quot;large selection&quot;)</extracomment>
        <translation>니즈 페이지에서 니즈를 추가하면 여기서 항목에 태그를 달 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="374"/>
        <source>Large selection ({n} items): the boxes show no state; a click tags all.</source>
        <translation>대량 선택({n}개 항목): 체크 상자에 상태가 표시되지 않으며, 클릭하면 모두 태그됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="377"/>
        <source>Needs of the %Ln selected item(s)</source>
        <translation>
            <numerusform>선택한 항목 %Ln개의 니즈</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_checklist.py" line="379"/>
        <source>Select items to tag them, or drag them onto a need.</source>
        <translation>항목을 선택해 태그를 달거나 니즈로 끌어다 놓으세요.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Need</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Key</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="72"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_tree.py" line="84"/>
        <source>%Ln item(s) tagged with this need itself</source>
        <translation>
            <numerusform>이 니즈 자체로 태그된 항목 %Ln건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="195"/>
        <source>Listing needs…</source>
        <translation>니즈 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="208"/>
        <source>Could not list the needs: {error}</source>
        <translation>니즈 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="291"/>
        <source>Needs</source>
        <translation>니즈</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="307"/>
        <source>Name of the need under “{parent}”:</source>
        <translation>“{parent}” 아래 니즈의 이름:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="308"/>
        <source>Name of the need:</source>
        <translation>니즈 이름:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="309"/>
        <source>Add Need</source>
        <translation>니즈 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="313"/>
        <source>Add need “{name}”</source>
        <translation>니즈 “{name}” 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="325"/>
        <source>Rename need “{old}” to “{new}”</source>
        <translation>니즈 “{old}”의 이름을 “{new}”(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="331"/>
        <source>Edit need “{name}”</source>
        <translation>니즈 “{name}” 편집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="340"/>
        <source>Colour of “{name}”</source>
        <translation>“{name}”의 색상</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="346"/>
        <source>Colour need “{name}”</source>
        <translation>니즈 “{name}” 색상 지정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="359"/>
        <source>Set the key of need “{name}”</source>
        <translation>니즈 “{name}”의 단축키 설정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="366"/>
        <source>Move need “{name}”</source>
        <translation>니즈 “{name}” 이동</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="388"/>
        <source>Merge need “{source}” into “{target}”</source>
        <translation>니즈 “{source}”을(를) “{target}”에 병합</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="413"/>
        <source>Delete need “{name}”</source>
        <translation>니즈 “{name}” 삭제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>Needs taxonomy (*.json)</source>
        <translation>니즈 분류 체계 (*.json)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="441"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="449"/>
        <source>Export Needs</source>
        <translation>니즈 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="450"/>
        <source>needs.json</source>
        <translation>needs.json</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="460"/>
        <source>Exporting needs…</source>
        <translation>니즈를 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="463"/>
        <source>%n need(s) exported to {file}.</source>
        <translation>
            <numerusform>니즈 %n개를 {file}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="466"/>
        <source>Could not export the needs.</source>
        <translation>니즈를 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="475"/>
        <source>Import Needs</source>
        <translation>니즈 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>Needs taxonomy (*.json *.csv)</source>
        <translation>니즈 분류 체계 (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="476"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="484"/>
        <source>Importing needs…</source>
        <translation>니즈를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="488"/>
        <source>Could not import the needs.</source>
        <translation>니즈를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="495"/>
        <source>Import needs from {file}</source>
        <translation>{file}에서 니즈 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="499"/>
        <source>Needs from {file}: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>{file}의 니즈: {added}개 추가, {updated}개 업데이트, {same}개 변경 없음.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="510"/>
        <source>No catalogue is open.</source>
        <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="513"/>
        <source>No needs yet. Add the needs your customers express (Price, then Price ▸ Discounts…), or import a taxonomy file another team shared.</source>
        <translation>아직 니즈가 없습니다. 고객이 표현하는 니즈를 추가하거나(가격, 그다음 가격 ▸ 할인…), 다른 팀이 공유한 분류 체계 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="519"/>
        <source>Drag a need onto another to move it under it.</source>
        <translation>니즈를 다른 니즈 위로 끌어다 놓으면 그 아래로 옮겨집니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="521"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="522"/>
        <source>Add &amp;Child</source>
        <translation>하위 항목 추가(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="523"/>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="524"/>
        <source>C&amp;olour…</source>
        <translation>색상(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="525"/>
        <source>&amp;Key…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="526"/>
        <source>&amp;Merge Into…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="527"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="528"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="529"/>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="530"/>
        <source>R&amp;ules…</source>
        <translation>규칙(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="534"/>
        <source>Add a need at the top of the taxonomy</source>
        <translation>분류 체계의 최상위에 니즈를 추가합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="535"/>
        <source>Add a need under the selected one</source>
        <translation>선택한 니즈 아래에 니즈를 추가합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="536"/>
        <source>Rename the selected need</source>
        <translation>선택한 니즈의 이름을 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="537"/>
        <source>Choose the colour the need is shown in</source>
        <translation>니즈를 표시할 색상을 선택합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="538"/>
        <source>Give the need a key that tags the selected items on the Feedback page</source>
        <translation>피드백 페이지에서 선택한 항목에 이 니즈 태그를 다는 단축키를 지정합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="540"/>
        <source>Move the need&apos;s items into another need and remove it</source>
        <translation>이 니즈의 항목을 다른 니즈로 옮기고 이 니즈를 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="541"/>
        <source>Delete the selected need</source>
        <translation>선택한 니즈를 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="542"/>
        <source>Save the taxonomy as a file another team can import</source>
        <translation>분류 체계를 다른 팀이 가져올 수 있는 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="543"/>
        <source>Add or update needs from a taxonomy file</source>
        <translation>분류 체계 파일에서 니즈를 추가하거나 업데이트합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/needs_page.py" line="545"/>
        <source>Auto-tag rules: tag a need on the items whose text matches</source>
        <translation>자동 태그 규칙: 내용이 일치하는 항목에 니즈 태그를 답니다</translation>
    </message>
</context>
<context>
    <name>NeedsService</name>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="29"/>
        <source>There is no need with id {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 니즈가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="105"/>
        <source>The needs changed since; this step can no longer be undone or redone.</source>
        <translation>그 후 니즈가 변경되어 이 단계는 더 이상 실행 취소하거나 다시 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/need_changes.py" line="170"/>
        <source>A need to be removed has been given items or needs since; this step can no longer be undone or redone.</source>
        <translation>제거할 니즈에 그 후 항목이나 하위 니즈가 추가되어 이 단계는 더 이상 실행 취소하거나 다시 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="113"/>
        <source>A need needs a name.</source>
        <translation>니즈에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="115"/>
        <source>A need&apos;s name cannot contain &apos;&gt;&apos; or &apos;›&apos; (they join paths): {name}.</source>
        <translation>니즈 이름에는 &apos;&gt;&apos; 또는 &apos;›&apos; 문자를 쓸 수 없습니다(경로를 잇는 기호입니다): {name}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="119"/>
        <source>A need&apos;s name is at most {limit} characters long.</source>
        <translation>니즈 이름은 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="129"/>
        <source>{colour} is not a colour; use #rrggbb, e.g. #3a7bd5.</source>
        <translation>{colour} 값은 색상이 아닙니다. #rrggbb 형식을 사용하세요(예: #3a7bd5).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="142"/>
        <source>A shortcut is one key, a letter or a sign: {key} is not.</source>
        <translation>단축키는 문자나 기호 하나로 된 키여야 합니다. {key} 값은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="146"/>
        <source>Digits are reserved for scores; choose a letter or a sign.</source>
        <translation>숫자는 점수용으로 예약되어 있습니다. 문자나 기호를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="212"/>
        <source>There is already a need called {name} under {parent}.</source>
        <translation>{parent} 아래에 이미 {name} 니즈가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="215"/>
        <source>There is already a need called {name} at the top level.</source>
        <translation>최상위에 이미 {name} 니즈가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="224"/>
        <source>The key {key} is already the shortcut of {name}.</source>
        <translation>{key} 키는 이미 {name} 니즈의 단축키입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="256"/>
        <source>{name} cannot go under {parent}: that need is {name} itself or below it.</source>
        <translation>{name} 니즈를 {parent} 아래로 옮길 수 없습니다. 그 니즈는 {name} 니즈 자신이거나 그 하위 니즈입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="467"/>
        <source>A need cannot be merged into itself.</source>
        <translation>니즈를 자기 자신에게 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="470"/>
        <source>{source} cannot be merged into {target}, which is below it; move {target} out first.</source>
        <translation>{source} 니즈를 그 하위에 있는 {target} 니즈에 병합할 수 없습니다. 먼저 {target} 니즈를 밖으로 옮기세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="500"/>
        <source>The items of a deleted need cannot stay on it.</source>
        <translation>삭제하는 니즈에 항목을 남겨 둘 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="505"/>
        <source>The needs below a deleted need must go to another need.</source>
        <translation>삭제하는 니즈의 하위 니즈는 다른 니즈로 옮겨야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/needs_service.py" line="511"/>
        <source>{count} item(s) are tagged {name}: choose a need for them, or confirm that they lose this tag.</source>
        <translation>항목 {count}건에 {name} 태그가 있습니다. 이 항목에 지정할 니즈를 선택하거나, 항목에서 이 태그가 제거되는 것을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="394"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="397"/>
        <source>Last choices before the import.</source>
        <translation>가져오기 전 마지막 선택입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="417"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="429"/>
        <source>Listing sources…</source>
        <translation>출처 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="449"/>
        <source>The file has a source column (“{column}”): this source is given only to rows where that cell is empty.</source>
        <translation>파일에 출처 열(“{column}”)이 있습니다. 이 출처는 해당 셀이 비어 있는 행에만 지정됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="456"/>
        <source>The file has no source column: every row gets this source, e.g. Trustpilot or Support desk. Leave it empty if you do not know.</source>
        <translation>파일에 출처 열이 없습니다. 모든 행에 이 출처가 지정됩니다(예: Trustpilot, 고객 지원). 모르면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="462"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file}, 시트 “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="464"/>
        <source>Ready to read {where}</source>
        <translation>{where} 읽기 준비 완료</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="466"/>
        <source>(about {rows} rows)</source>
        <translation>(약 {rows}행)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="469"/>
        <source>The mapping will be saved as the template “{name}”.</source>
        <translation>연결이 템플릿 “{name}”(으)로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="475"/>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="476"/>
        <source>e.g. Trustpilot</source>
        <translation>예: Trustpilot</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="477"/>
        <source>Check &amp;only, do not import</source>
        <translation>확인만 하고 가져오지 않기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="480"/>
        <source>Reads every row and counts what would be imported, what is already in the catalogue and what would be rejected. The catalogue is not changed.</source>
        <translation>모든 행을 읽고 가져올 항목, 이미 카탈로그에 있는 항목, 거부될 항목을 셉니다. 카탈로그는 바뀌지 않습니다.</translation>
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
        <source>Advocates</source>
        <translation>옹호자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="101"/>
        <source>Brand advocates · Find them, keep them</source>
        <translation>브랜드 옹호자 · 찾고 지키기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="102"/>
        <source>Customers whose latest answer is 9 or 10, what was last done for them, and who is at risk of falling away: the promoters who recommend you unprompted.</source>
        <translation>최근 응답이 9 또는 10인 고객, 그들을 위해 마지막으로 한 일, 그리고 이탈 위험이 있는 고객을 보여 줍니다. 묻지 않아도 여러분을 추천하는 추천 고객들입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="111"/>
        <source>Imports</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="112"/>
        <source>Step 3 of the method · Collect</source>
        <translation>방법론 3단계 · 수집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/pages.py" line="113"/>
        <source>Each file imported into the catalogue, with the rows that were rejected and why, so they can be fixed and imported again.</source>
        <translation>카탈로그로 가져온 각 파일과 거부된 행, 그리고 그 이유입니다. 수정해서 다시 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Older record</source>
        <translation>이전 레코드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="89"/>
        <source>Newer record</source>
        <translation>최신 레코드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="97"/>
        <source>id {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same e-mail</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="103"/>
        <source>Same name</source>
        <translation>같은 이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/customer_merge.py" line="106"/>
        <source>Both match “{key}”</source>
        <translation>둘 다 “{key}”와(과) 일치</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="89"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="182"/>
        <source>No people yet</source>
        <translation>아직 구성원이 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="183"/>
        <source>Add the people who follow up feedback with Add Person…, and give them roles: the customer advocate, the owner of a need or of a source.</source>
        <translation>구성원 추가… 버튼으로 피드백 후속 조치를 맡을 사람을 추가하고 역할을 지정하세요. 고객 옹호자, 니즈 담당자, 출처 담당자 같은 역할이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="219"/>
        <source>No needs or sources yet</source>
        <translation>아직 니즈나 출처가 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="220"/>
        <source>List your sources on the Sources page and your customers&apos; needs on the Needs page; then give each of them a Responsible here.</source>
        <translation>출처 페이지에서 출처를, 니즈 페이지에서 고객 니즈를 등록한 뒤 여기에서 각각에 실행 책임자를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="245"/>
        <source>Nothing yet: the list below says what the next level needs.</source>
        <translation>아직 없습니다. 다음 단계에 필요한 조건은 아래 목록에 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="275"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="544"/>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="302"/>
        <source>Reading people and responsibilities…</source>
        <translation>구성원과 책임을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="315"/>
        <source>Could not read the people: {error}</source>
        <translation>구성원을 읽을 수 없습니다: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="335"/>
        <source>%n need(s) or source(s) without anyone responsible. Double-click a cell or press Enter to choose who holds it.</source>
        <translation>
            <numerusform>실행 책임자가 없는 니즈 또는 출처 %n개. 셀을 두 번 클릭하거나 Enter 키를 눌러 담당을 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="345"/>
        <source>Level {level} of 4 — {name}</source>
        <translation>4단계 중 {level}단계 — {name}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="368"/>
        <source>The highest level is reached.</source>
        <translation>최고 단계에 도달했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="370"/>
        <source>Missing for level {level}:</source>
        <translation>{level}단계에 부족한 점:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>no advocates yet</source>
        <translation>아직 옹호자 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="374"/>
        <source>single advocates</source>
        <translation>개별 옹호자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>an advocacy team</source>
        <translation>옹호 팀</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="375"/>
        <source>coordination across the company</source>
        <translation>전사적 협력</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="376"/>
        <source>every strategy and every employee</source>
        <translation>모든 전략과 모든 직원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="403"/>
        <source>{name} added.</source>
        <translation>{name}을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="423"/>
        <source>Role {name} added.</source>
        <translation>역할 {name}을(를) 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>Add Role</source>
        <translation>역할 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="428"/>
        <source>Role name:</source>
        <translation>역할 이름:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="432"/>
        <source>What does this role do? (optional)</source>
        <translation>이 역할은 무엇을 하나요? (선택)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="462"/>
        <source>Set {kind} for {name}</source>
        <translation>{name}의 {kind} 지정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="473"/>
        <source>Clear {kind} for {name}</source>
        <translation>{name}의 {kind} 지우기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="504"/>
        <source>Choose a Responsible, Accountable, Consulted or Informed cell first.</source>
        <translation>먼저 실행 책임, 최종 책임, 협의 또는 통보 셀을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="516"/>
        <source>Export Matrix</source>
        <translation>매트릭스 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="517"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="528"/>
        <source>Exporting the matrix…</source>
        <translation>매트릭스를 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/people_page.py" line="530"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>{file}에 행 %n개를 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="532"/>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="533"/>
        <source>Could not export the matrix.</source>
        <translation>매트릭스를 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="540"/>
        <source>People</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="541"/>
        <source>Responsibilities</source>
        <translation>책임</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="542"/>
        <source>Maturity</source>
        <translation>성숙도</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="545"/>
        <source>&amp;Add Person…</source>
        <translation>구성원 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="546"/>
        <source>Add &amp;Role…</source>
        <translation>역할 추가(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="547"/>
        <source>&amp;Choose Holder…</source>
        <translation>담당 선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="548"/>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="549"/>
        <source>E&amp;xport Matrix…</source>
        <translation>매트릭스 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="551"/>
        <source>Add someone who follows up feedback, with roles</source>
        <translation>피드백 후속 조치를 맡을 사람을 역할과 함께 추가합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="552"/>
        <source>Add a role of your own beside the pre-filled ones</source>
        <translation>미리 제공된 역할 외에 직접 만든 역할을 추가합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="553"/>
        <source>Choose who holds the selected cell of the matrix</source>
        <translation>매트릭스에서 선택한 셀의 담당을 선택합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="554"/>
        <source>Remove every holder of the selected cell</source>
        <translation>선택한 셀의 담당을 모두 지웁니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="555"/>
        <source>Save the matrix as an Excel workbook</source>
        <translation>매트릭스를 Excel 통합 문서로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/people_page.py" line="559"/>
        <source>Reached:</source>
        <translation>달성:</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="133"/>
        <source>A person needs a name.</source>
        <extracomment>The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.</extracomment>
        <translation>구성원에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="134"/>
        <source>A role needs a name.</source>
        <translation>역할에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="136"/>
        <source>A person name can have at most {limit} characters.</source>
        <translation>구성원 이름은 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="138"/>
        <source>A role name can have at most {limit} characters.</source>
        <translation>역할 이름은 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="140"/>
        <source>There is no person with id {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 구성원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="149"/>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” 값은 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="173"/>
        <source>There is no role with id {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="187"/>
        <source>{name} has the e-mail address {email} already.</source>
        <translation>{name} 님이 이미 {email} 이메일 주소를 사용하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="195"/>
        <source>There is a role called “{name}” already.</source>
        <translation>“{name}” 역할이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="329"/>
        <source>A maturity level is 1, 2, 3 or 4.</source>
        <translation>성숙도 단계는 1, 2, 3, 4 중 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/people_service.py" line="374"/>
        <source>The role “{name}” is in use ({members} member(s), {cells} responsibility(ies)): remove them first.</source>
        <translation>“{name}” 역할이 사용 중입니다(구성원 {members}명, 책임 {cells}개). 먼저 이를 제거하세요.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="89"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="90"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="91"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="92"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/preferences.py" line="95"/>
        <source>Both apply at once and are remembered.</source>
        <translation>두 설정 모두 바로 적용되며 다음에도 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="192"/>
        <source>Row {row} will be rejected:</source>
        <extracomment>Reasons (list of str) why a cell, or for the vertical header a row, would be rejected. The field value (str) a column is mapped to, or None; on horizontal header sections.</extracomment>
        <translation>{row}행은 거부됩니다:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="201"/>
        <source>(extra)</source>
        <translation>(추가 정보)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="208"/>
        <source>Column {letter} “{header}” is imported as {field}.</source>
        <translation>{letter}열 “{header}”은(는) {field}(으)로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/mapping_table.py" line="212"/>
        <source>Column {letter} “{header}” is not imported as a field; its values are kept with each item as extra information.</source>
        <translation>{letter}열 “{header}”은(는) 필드로 가져오지 않으며, 값은 각 항목에 추가 정보로 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="135"/>
        <source>this catalogue has no pseudonym secret yet: open it for writing once to create one</source>
        <extracomment>audit_log copies about the erased customer and their items are replaced by this shorter names or ids are only matched as whole values, never inside longer text</extracomment>
        <translation>이 카탈로그에는 아직 가명 처리용 비밀 키가 없습니다. 비밀 키를 만들려면 카탈로그를 쓰기 가능한 상태로 한 번 여세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="392"/>
        <source>There is no customer with id {id}.</source>
        <translation>ID가 {id}인 고객이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/privacy.py" line="396"/>
        <source>Customer {uuid} was already erased: nothing personal is left.</source>
        <translation>고객({uuid})의 개인 정보는 이미 삭제되어 남은 개인 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="96"/>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="97"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="132"/>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/followup_widget.py" line="135"/>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
</context>
<context>
    <name>RatingsView</name>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="283"/>
        <source>(no source)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="300"/>
        <source>No star ratings match the filter.</source>
        <translation>필터와 일치하는 별점이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="301"/>
        <source>Star ratings keep their own scale and are never counted in NPS.</source>
        <translation>별점은 자체 척도를 유지하며 NPS에 계산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="304"/>
        <source>Star ratings by source</source>
        <translation>출처별 별점</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Scale</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Ratings</source>
        <translation>평점 수</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="307"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/chart_view.py" line="308"/>
        <source>Stars (rounded)</source>
        <translation>별점(반올림)</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="490"/>
        <source>Say where to save the catalogue.</source>
        <translation>카탈로그를 저장할 위치를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="493"/>
        <source>{name} exists already: choose another name (an existing file is never replaced).</source>
        <translation>{name} 파일이 이미 있습니다. 다른 이름을 선택하세요(기존 파일은 덮어쓰지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="514"/>
        <source>Save the Catalogue As</source>
        <translation>카탈로그 저장 위치</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="515"/>
        <source>Advocacy catalogues (*.advocacy)</source>
        <translation>Advocacy 카탈로그 (*.advocacy)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="524"/>
        <source>Your catalogue</source>
        <translation>내 카탈로그</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="526"/>
        <source>Everything goes into one file you can back up, copy and carry. Finish creates it and opens it.</source>
        <translation>모든 내용이 백업, 복사, 휴대가 가능한 파일 하나에 담깁니다. 카탈로그 만들기를 누르면 파일을 만들고 엽니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="528"/>
        <source>Save the catalogue as:</source>
        <translation>카탈로그 저장 위치:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="529"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="229"/>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="233"/>
        <source>Export Rejected Rows</source>
        <translation>거부된 행 내보내기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_common.py" line="245"/>
        <source>%Ln row(s) to fix saved in {path}.</source>
        <translation>
            <numerusform>고칠 행 %Ln개를 {path}에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="253"/>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="254"/>
        <source>Could not write {path}</source>
        <translation>{path}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="260"/>
        <source>Exporting rejected rows…</source>
        <translation>거부된 행을 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="172"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="183"/>
        <source>The whole row:</source>
        <translation>전체 행:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_common.py" line="188"/>
        <source>(whole row)</source>
        <translation>(전체 행)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="434"/>
        <source>Step 5 of 5 · Roles</source>
        <translation>5단계 중 5단계 · 역할</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="436"/>
        <source>Advocacy works when someone owns each need and each source. Start with yourself.</source>
        <translation>옹호 활동은 각 니즈와 각 출처를 맡는 사람이 있을 때 효과를 냅니다. 본인부터 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="437"/>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="439"/>
        <source>&amp;E-mail (optional):</source>
        <translation>이메일(&amp;E) (선택):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="441"/>
        <source>Your &amp;role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="443"/>
        <source>e.g. Alex Morgan</source>
        <translation>예: 김민준</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="447"/>
        <source>Leave the name empty to add people later. Your team, their roles and who is Responsible, Accountable, Consulted or Informed for each need go on the People page.</source>
        <translation>구성원을 나중에 추가하려면 이름을 비워 두세요. 팀과 팀원의 역할, 각 니즈의 실행 책임·최종 책임·협의·통보 담당은 사람과 역할 페이지에서 정합니다.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="53"/>
        <source>Keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="54"/>
        <source>Phrase</source>
        <translation>구문</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="55"/>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="62"/>
        <source>Finds words that start with it, ignoring case and accents (“deliver” finds “delivered”); in Korean, Japanese or Chinese, anywhere in the text.</source>
        <translation>대소문자와 악센트를 무시하고 이것으로 시작하는 단어를 찾습니다(“deliver”는 “delivered”도 찾음). 한국어, 일본어, 중국어는 내용 어디에서나 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="67"/>
        <source>Finds these words in this order, as whole words, ignoring case and accents.</source>
        <translation>대소문자와 악센트를 무시하고 이 단어들을 이 순서대로, 온전한 단어로 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="71"/>
        <source>A Python regular expression, case-insensitive, on the text as written.</source>
        <translation>작성된 그대로의 내용에 대소문자 구분 없이 적용하는 Python 정규 표현식입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="265"/>
        <source>Listing rules…</source>
        <translation>규칙 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="280"/>
        <source>Could not list the rules: {error}</source>
        <translation>규칙 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="299"/>
        <source>Active rules run on every import and on “Apply”.</source>
        <translation>활성 규칙은 가져올 때마다, 그리고 “적용” 시 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="301"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="321"/>
        <source>Rule deleted. Items it tagged keep their tag.</source>
        <translation>규칙을 삭제했습니다. 이 규칙이 태그한 항목은 태그가 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="336"/>
        <source>Rule added. It runs on every import; press “Apply all rules now” to run it on the items already in the catalogue.</source>
        <translation>규칙을 추가했습니다. 가져올 때마다 실행되며, 이미 카탈로그에 있는 항목에 실행하려면 “지금 모든 규칙 적용”을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="354"/>
        <source>Type a keyword, a phrase or an expression to see what it would tag.</source>
        <translation>키워드, 구문 또는 표현식을 입력하면 태그될 항목을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="368"/>
        <source>Previewing…</source>
        <translation>미리 보는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="390"/>
        <source>Previewing rule…</source>
        <translation>규칙을 미리 보는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="407"/>
        <source>Could not preview the rule: {error}</source>
        <translation>규칙을 미리 볼 수 없습니다: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="412"/>
        <source>Would tag %Ln new item(s)</source>
        <translation>
            <numerusform>새 항목 %Ln건에 태그 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="413"/>
        <source>(%Ln match(es) in all)</source>
        <translation>
            <numerusform>(전체 %Ln건 일치)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="415"/>
        <source>— all of them already have this need.</source>
        <translation>— 모두 이미 이 니즈가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="417"/>
        <source>— the others already have this need.</source>
        <translation>— 나머지는 이미 이 니즈가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="433"/>
        <source>Applying the rules…</source>
        <translation>규칙을 적용하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="437"/>
        <source>Applying auto-tag rules…</source>
        <translation>자동 태그 규칙을 적용하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="448"/>
        <source>%Ln item(s) tagged by the rules.</source>
        <translation>
            <numerusform>규칙으로 항목 %Ln건에 태그를 달았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="455"/>
        <source>Edit ▸ Undo removes these tags again.</source>
        <translation>편집 ▸ 실행 취소로 이 태그를 다시 제거할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="457"/>
        <source>This cannot be undone here.</source>
        <translation>여기서는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="468"/>
        <source>Cancelled: nothing was tagged.</source>
        <translation>취소됨: 태그된 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="470"/>
        <source>Could not apply the rules: {error}</source>
        <translation>규칙을 적용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="476"/>
        <source>Auto-tag Rules — {need}</source>
        <translation>자동 태그 규칙 — {need}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="478"/>
        <source>Items whose text matches a rule are tagged with “{need}”. Active rules run on every import; rules work in any language.</source>
        <translation>내용이 규칙과 일치하는 항목에 “{need}” 태그가 달립니다. 활성 규칙은 가져올 때마다 실행되며, 모든 언어에서 작동합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="481"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="483"/>
        <source>This need has no rules yet.</source>
        <translation>이 니즈에는 아직 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="486"/>
        <source>Keyword, phrase or expression</source>
        <translation>키워드, 구문 또는 표현식</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="487"/>
        <source>The first items the rule would tag appear here.</source>
        <translation>규칙이 태그할 처음 항목들이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="488"/>
        <source>&amp;Add Rule</source>
        <translation>규칙 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="489"/>
        <source>New rule</source>
        <translation>새 규칙</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="491"/>
        <source>A&amp;pply All Rules Now</source>
        <translation>지금 모든 규칙 적용(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="493"/>
        <source>Runs every active rule of every need over the whole catalogue.</source>
        <translation>모든 니즈의 활성 규칙을 카탈로그 전체에 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/rules_dialog.py" line="494"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="144"/>
        <source>Check Finished</source>
        <translation>확인 완료</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="145"/>
        <source>Import Finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="147"/>
        <source>Import Failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="149"/>
        <source>Import Cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="150"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="161"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="164"/>
        <source>The rows are written all at once at the end. If you stop the import, nothing is written and the catalogue stays as it was.</source>
        <translation>행은 마지막에 한꺼번에 기록됩니다. 가져오기를 중지하면 아무것도 기록되지 않고 카탈로그는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="187"/>
        <source>{done} of about {total} rows read</source>
        <translation>약 {total}행 중 {done}행 읽음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="194"/>
        <source>{done} rows read</source>
        <translation>{done}행 읽음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="198"/>
        <source>Stopping… nothing is written to the catalogue.</source>
        <translation>중지하는 중… 카탈로그에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="204"/>
        <source>The import was stopped. Nothing was written to the catalogue.</source>
        <translation>가져오기를 중지했습니다. 카탈로그에는 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="205"/>
        <source>Go back to change your choices and import again, or close the wizard.</source>
        <translation>뒤로 가서 선택을 바꾸고 다시 가져오거나 마법사를 닫으세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="212"/>
        <source>The file could not be imported. Nothing was written to the catalogue.</source>
        <translation>파일을 가져올 수 없습니다. 카탈로그에는 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="215"/>
        <source>Go back to change your choices, or fix the file and import it again.</source>
        <translation>뒤로 가서 선택을 바꾸거나, 파일을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="230"/>
        <source>Checked every row of the file. Nothing was imported.</source>
        <translation>파일의 모든 행을 확인했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="232"/>
        <source>%Ln item(s) added to the catalogue.</source>
        <translation>
            <numerusform>카탈로그에 항목 %Ln건을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="234"/>
        <source>No new items: the catalogue already had every readable row.</source>
        <translation>새 항목이 없습니다. 읽을 수 있는 행은 모두 이미 카탈로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="237"/>
        <source>rows read</source>
        <translation>읽은 행</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>would be imported</source>
        <translation>가져올 예정</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="238"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="239"/>
        <source>already there (duplicates)</source>
        <translation>이미 있음(중복)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="240"/>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="261"/>
        <source>Rejected rows: export them to fix them and import the file again</source>
        <translation>거부된 행: 내보내서 고친 뒤 파일을 다시 가져오세요</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="271"/>
        <source>Listing rejected rows…</source>
        <translation>거부된 행을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="303"/>
        <source>&amp;Export Rejected Rows…</source>
        <translation>거부된 행 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_run_page.py" line="304"/>
        <source>Show in &amp;Imports</source>
        <translation>가져오기에서 보기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>SchemePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="329"/>
        <source>Step 3 of 5 · A scheme to catalogue by</source>
        <translation>5단계 중 3단계 · 분류 체계</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="331"/>
        <source>Feedback is tagged with the customer needs it speaks of. A clear, shared list of needs lets a team, or a client, read the catalogue the same way.</source>
        <translation>피드백에는 언급된 고객 니즈로 태그를 답니다. 명확한 니즈 목록을 공유하면 팀이나 클라이언트도 카탈로그를 같은 방식으로 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="333"/>
        <source>&amp;Start with common needs (rename, move or delete them any time on the Needs page)</source>
        <translation>일반적인 니즈로 시작(&amp;S) (니즈 페이지에서 언제든지 이름 변경, 이동, 삭제 가능)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="336"/>
        <source>Tag feedback &amp;automatically: keyword rules in English, German, Italian, Indonesian, Turkish and Korean</source>
        <translation>피드백에 자동으로 태그 달기(&amp;A): 영어, 독일어, 이탈리아어, 인도네시아어, 터키어, 한국어 키워드 규칙</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="338"/>
        <source>Start &amp;without needs: I will build my own</source>
        <translation>니즈 없이 시작(&amp;W): 직접 만들겠습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="339"/>
        <source>&amp;Import a first file once the catalogue is open</source>
        <translation>카탈로그가 열리면 첫 파일 가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="341"/>
        <source>A spreadsheet or CSV export from a review site, a survey tool or the help desk; the columns are recognised in six languages.</source>
        <translation>리뷰 사이트, 설문 도구 또는 헬프데스크에서 내보낸 스프레드시트나 CSV 파일을 가져옵니다. 열은 6개 언어로 인식됩니다.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="252"/>
        <source>Collect from {name} ({kind})</source>
        <translation>{name}에서 수집 ({kind})</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="269"/>
        <source>Step 2 of 5 · What to collect now</source>
        <translation>5단계 중 2단계 · 지금 수집할 출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="271"/>
        <source>Collecting takes time: tick the sources worth it now. The others stay in the catalogue, switched off, and can be switched on any time on the Sources page.</source>
        <translation>수집에는 시간이 듭니다. 지금 수집할 가치가 있는 출처에 체크하세요. 나머지는 꺼진 상태로 카탈로그에 남으며, 출처 페이지에서 언제든지 켤 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="277"/>
        <source>Choose a Sheet</source>
        <translation>시트 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="280"/>
        <source>This workbook has several sheets. Which one holds the feedback?</source>
        <translation>이 통합 문서에는 시트가 여러 개 있습니다. 피드백이 있는 시트는 어느 것입니까?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="296"/>
        <source>{name}   (hidden sheet)</source>
        <translation>{name}   (숨겨진 시트)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="302"/>
        <source>This sheet is hidden in the workbook. Check that it holds the data you want before importing it.</source>
        <translation>이 시트는 통합 문서에서 숨겨져 있습니다. 가져오기 전에 원하는 데이터가 들어 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="334"/>
        <source>Columns of “{sheet}”: {columns}</source>
        <translation>“{sheet}”의 열: {columns}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/import_wizard_pages.py" line="347"/>
        <source>Reading the sheet…</source>
        <translation>시트를 읽는 중…</translation>
    </message>
</context>
<context>
    <name>ShortcutDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="157"/>
        <source>Need Shortcut</source>
        <translation>니즈 단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="162"/>
        <source>The key that tags feedback with “{name}”: one letter or sign. Digits are kept for scores. Leave it empty for no shortcut.</source>
        <translation>피드백에 “{name}” 태그를 다는 키입니다. 문자나 기호 하나를 입력하세요. 숫자는 점수용으로 예약되어 있습니다. 단축키를 쓰지 않으려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/need_dialogs.py" line="166"/>
        <source>Key:</source>
        <translation>키:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="65"/>
        <source>Tag the selected items with that need, or untag it when all have it</source>
        <translation>선택한 항목에 해당 니즈 태그 추가(모두 이미 있으면 태그 제거)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="67"/>
        <source>A need’s key</source>
        <translation>니즈 단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="68"/>
        <source>Select every item in the list</source>
        <translation>목록의 모든 항목 선택</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="70"/>
        <source>Extend the selection</source>
        <translation>선택 범위 확장</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="72"/>
        <source>Bulk actions on the selection (tag, source, assign, status…)</source>
        <translation>선택 항목 일괄 작업(태그, 출처, 담당 지정, 상태…)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="75"/>
        <source>Edit the selected cell of the responsibilities matrix</source>
        <translation>책임 매트릭스에서 선택한 셀 편집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="146"/>
        <source>Tag or untag “{need}”</source>
        <translation>“{need}” 태그 추가 또는 제거</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="162"/>
        <source>Main window</source>
        <translation>기본 창</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="254"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>“{text}”에 해당하는 단축키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="267"/>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="268"/>
        <source>Filter by key or action</source>
        <translation>키 또는 동작으로 필터링</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/shortcuts_window.py" line="269"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="73"/>
        <source>Nobody yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="78"/>
        <source>&amp;Collect feedback from this source</source>
        <translation>이 출처에서 피드백 수집(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="85"/>
        <source>&amp;Web address:</source>
        <translation>웹 주소(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="86"/>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="87"/>
        <source>O&amp;wner:</source>
        <translation>담당자(&amp;W):</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="29"/>
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="30"/>
        <source>Review site</source>
        <translation>리뷰 사이트</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="31"/>
        <source>Social media</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="32"/>
        <source>Support desk</source>
        <translation>고객 지원</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="33"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="34"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="35"/>
        <source>Survey</source>
        <translation>설문 조사</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/source_dialogs.py" line="36"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Collect</source>
        <translation>수집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="106"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="107"/>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="111"/>
        <source>Collect feedback from this source. Switched off, a source keeps the items it brought.</source>
        <translation>이 출처에서 피드백을 수집합니다. 꺼도 출처가 가져온 항목은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="114"/>
        <source>Net Promoter Score of the 0–10 answers, with its 95% margin of error and the number of answers. * marks fewer than 30.</source>
        <translation>0–10 응답의 순추천지수(NPS)와 95% 오차 범위, 응답 수입니다. *는 30개 미만을 뜻합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="117"/>
        <source>This source&apos;s part of all the items in the catalogue.</source>
        <translation>카탈로그의 전체 항목 중 이 출처가 차지하는 비율입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="187"/>
        <source>Only %n answer(s): fewer than 30, so the margin of error is wide.</source>
        <translation>
            <numerusform>응답이 %n개뿐입니다. 30개 미만이므로 오차 범위가 큽니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="191"/>
        <source>{promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>추천 고객 {promoters}명, 중립 고객 {passives}명, 비추천 고객 {detractors}명</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="196"/>
        <source>Not collected: switched off, its items stay in the catalogue.</source>
        <translation>수집 안 함: 꺼져 있으며, 항목은 카탈로그에 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="301"/>
        <source>No sources yet</source>
        <translation>아직 출처가 없습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="302"/>
        <source>Add the places feedback comes from with Add Source…: review sites, social media, the support desk, surveys.</source>
        <translation>출처 추가… 버튼으로 피드백이 들어오는 곳을 추가하세요. 리뷰 사이트, 소셜 미디어, 고객 지원 창구, 설문 조사 등이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="350"/>
        <source>Listing sources…</source>
        <translation>출처 목록을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="383"/>
        <source>Could not list the sources: {error}</source>
        <translation>출처 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="396"/>
        <source>%n source(s), </source>
        <translation>
            <numerusform>출처 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="397"/>
        <source>%n collected</source>
        <translation>
            <numerusform>%n개 수집 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="399"/>
        <source>%Ln item(s) without a source</source>
        <translation>
            <numerusform>출처 없는 항목 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="401"/>
        <source>* fewer than 30 answers: a wide margin of error</source>
        <translation>* 응답 30개 미만: 오차 범위가 큼</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="430"/>
        <source>Collect from {name}</source>
        <translation>{name}에서 수집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="431"/>
        <source>Stop collecting from {name}</source>
        <translation>{name}에서 수집 중지</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="444"/>
        <source>Edit source {name}</source>
        <translation>출처 {name} 편집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="477"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="488"/>
        <source>A source named “{name}” exists already.</source>
        <translation>“{name}”(이)라는 출처가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="494"/>
        <source>Add Source</source>
        <translation>출처 추가</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="504"/>
        <source>Edit Source</source>
        <translation>출처 편집</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="532"/>
        <source>&amp;Add Source…</source>
        <translation>출처 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="533"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="534"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="535"/>
        <source>Add a place feedback comes from</source>
        <translation>피드백이 들어오는 곳을 추가합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="536"/>
        <source>Change the selected source&apos;s name, kind, web address, notes or owner</source>
        <translation>선택한 출처의 이름, 종류, 웹 주소, 메모 또는 담당자를 변경합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="538"/>
        <source>Delete the selected source; its items stay in the catalogue</source>
        <translation>선택한 출처를 삭제합니다. 해당 출처의 항목은 카탈로그에 남습니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/sources_page.py" line="540"/>
        <source>No catalogue is open.</source>
        <translation>열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="183"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="194"/>
        <source>{name} is listed already.</source>
        <translation>{name} 출처가 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="221"/>
        <source>Step 1 of 5 · Your sources</source>
        <translation>5단계 중 1단계 · 출처</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="223"/>
        <source>Every place customers talk about you is a source: marketplace reviews, social media, the support desk, surveys. Untick those you do not have and add your own.</source>
        <translation>고객이 여러분에 대해 이야기하는 곳은 모두 출처입니다. 마켓플레이스 리뷰, 소셜 미디어, 고객 지원 창구, 설문 조사 등이 있습니다. 해당하지 않는 출처는 체크를 해제하고, 직접 출처를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="225"/>
        <source>Another source:</source>
        <translation>다른 출처:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="226"/>
        <source>Name, e.g. Etsy or the shop&apos;s guest book</source>
        <translation>이름, 예: Etsy 또는 매장 방명록</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="227"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SourcesService</name>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="70"/>
        <source>There is no source {id} in this catalogue.</source>
        <extracomment>Stored in source.kind; the UI shows a translated label for each. The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).</extracomment>
        <translation>이 카탈로그에 ID가 {id}인 출처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="201"/>
        <source>A source needs a name.</source>
        <translation>출처에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="204"/>
        <source>A source name has at most {limit} characters.</source>
        <translation>출처 이름은 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="229"/>
        <source>A source named {name} exists already; names must differ by more than upper and lower case.</source>
        <translation>{name} 출처가 이미 있습니다. 대소문자만 다른 이름은 같은 이름으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="240"/>
        <source>There is no person {id} in this catalogue.</source>
        <translation>이 카탈로그에 ID가 {id}인 구성원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/sources_service.py" line="362"/>
        <source>Items cannot be moved to the source being deleted.</source>
        <translation>삭제하는 출처로 항목을 옮길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TagRules</name>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="49"/>
        <source>A rule needs a keyword, phrase or expression.</source>
        <translation>규칙에는 키워드, 구문 또는 표현식이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="52"/>
        <source>A rule may be at most {limit} characters long.</source>
        <translation>규칙은 최대 {limit}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/domain/rules.py" line="58"/>
        <source>The regular expression is not valid: {problem}.</source>
        <translation>정규 표현식이 올바르지 않습니다: {problem}.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/rules.py" line="81"/>
        <source>There is no need with id {id}.</source>
        <translation>ID가 {id}인 니즈가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TaggingTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="37"/>
        <source>Tag %Ln item(s) with {need}</source>
        <translation>
            <numerusform>항목 %Ln건에 {need} 태그 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="40"/>
        <source>Untag %Ln item(s) from {need}</source>
        <translation>
            <numerusform>항목 %Ln건에서 {need} 태그 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="43"/>
        <source>Set source of %Ln item(s) to {source}</source>
        <translation>
            <numerusform>항목 %Ln건의 출처를 {source}(으)로 설정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/tagging_commands.py" line="46"/>
        <source>Auto-tag %Ln item(s) by rules</source>
        <translation>
            <numerusform>규칙으로 항목 %Ln건 자동 태그</numerusform>
        </translation>
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
<context>
    <name>TaxonomyFiles</name>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="43"/>
        <source>the file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
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
        <translation>{line}번째 줄</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="112"/>
        <source>{file}: a taxonomy file ends in .json or .csv.</source>
        <translation>{file}: 분류 체계 파일의 확장자는 .json 또는 .csv여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="163"/>
        <source>no such file.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="166"/>
        <source>too large for a taxonomy of needs.</source>
        <translation>니즈 분류 체계 파일로는 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="170"/>
        <source>this is not a taxonomy file (binary content).</source>
        <translation>분류 체계 파일이 아닙니다(바이너리 내용).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="176"/>
        <source>the text is not UTF-8.</source>
        <translation>텍스트가 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="184"/>
        <source>{name} must be text, not {value}.</source>
        <translation>{name} 필드는 {value} 값이 아니라 텍스트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="199"/>
        <source>a uuid is at most {limit} characters long.</source>
        <translation>uuid는 최대 {limit}자입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="208"/>
        <source>line {line}, column {column}</source>
        <translation>{line}번째 줄, {column}번째 열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="210"/>
        <source>not valid JSON ({problem}).</source>
        <translation>올바른 JSON이 아닙니다({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="213"/>
        <source>this JSON is not a taxonomy of needs (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>이 JSON은 니즈 분류 체계가 아닙니다(&quot;format&quot;: &quot;{format}&quot; 항목이 없음).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="218"/>
        <source>the taxonomy has no valid version number.</source>
        <translation>분류 체계에 올바른 버전 번호가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="221"/>
        <source>written by a newer version of Advocacy Desktop (format {version}).</source>
        <translation>더 새로운 버전의 Advocacy Desktop에서 작성되었습니다(형식 {version}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="228"/>
        <source>must be a list of needs.</source>
        <translation>니즈 목록이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="231"/>
        <source>needs nest deeper than {limit} levels.</source>
        <translation>니즈가 {limit}단계보다 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="236"/>
        <source>a need must be an object.</source>
        <translation>니즈는 객체여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="240"/>
        <source>a need has no name.</source>
        <translation>이름이 없는 니즈가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="268"/>
        <source>this is not a taxonomy of needs: it has no &apos;path&apos; column.</source>
        <translation>니즈 분류 체계가 아닙니다. &apos;path&apos; 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="284"/>
        <source>the path is empty.</source>
        <translation>경로가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="288"/>
        <source>the path is deeper than {limit}.</source>
        <translation>경로가 {limit}단계보다 깊습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="291"/>
        <source>the path {path} has an empty name.</source>
        <translation>{path} 경로에 빈 이름이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="296"/>
        <source>not valid CSV ({problem}).</source>
        <translation>올바른 CSV가 아닙니다({problem}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="311"/>
        <source>this is not a taxonomy file (it looks like HTML).</source>
        <translation>분류 체계 파일이 아닙니다(HTML로 보입니다).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="378"/>
        <source>{where}: the key {key} stays the shortcut of {holder}; {need} gets none.</source>
        <translation>{where}: {key} 키는 계속 {holder} 니즈의 단축키로 남으며, {need} 니즈에는 단축키가 지정되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="397"/>
        <source>{where}: {need} stays where it is: {problem}</source>
        <translation>{where}: {need} 니즈는 현재 위치에 그대로 둡니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/taxonomy_files.py" line="405"/>
        <source>{where}: not renamed: {problem}</source>
        <translation>{where}: 이름을 바꾸지 않았습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="202"/>
        <source>Connect to Team Catalogue</source>
        <translation>팀 카탈로그에 연결</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="203"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 서버</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="204"/>
        <source>Or a full address (the password above is added)</source>
        <translation>또는 전체 주소 (위의 비밀번호가 추가됨)</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="205"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="206"/>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="207"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="208"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="209"/>
        <source>Recent team catalogues:</source>
        <translation>최근 팀 카탈로그:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="212"/>
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="214"/>
        <source>The password is not saved. A team catalogue lives on the server: several people can work in it at once, and the server&apos;s administrator keeps its backups.</source>
        <translation>비밀번호는 저장되지 않습니다. 팀 카탈로그는 서버에 있으므로 여러 사람이 동시에 작업할 수 있으며, 백업은 서버 관리자가 관리합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="216"/>
        <source>Open read-only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="217"/>
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="218"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>TeamConnector</name>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="300"/>
        <source>Connect to &amp;Team Catalogue…</source>
        <translation>팀 카탈로그에 연결(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="301"/>
        <source>Open a catalogue shared in a PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스에 공유된 카탈로그를 엽니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="320"/>
        <source>Connecting to {address}…</source>
        <translation>{address}에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="340"/>
        <source>Create the Schema?</source>
        <translation>스키마를 만들까요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="341"/>
        <source>The database {address} is empty. Create a new team catalogue in it?</source>
        <translation>데이터베이스 {address}이(가) 비어 있습니다. 여기에 새 팀 카탈로그를 만들까요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="347"/>
        <source>Upgrade the Team Catalogue?</source>
        <translation>팀 카탈로그를 업그레이드할까요?</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="348"/>
        <source>{address} was made by an older version. Upgrade it now? Everyone who uses it then needs this version of Advocacy Desktop.</source>
        <translation>{address}은(는) 이전 버전에서 만들어졌습니다. 지금 업그레이드할까요? 업그레이드 후에는 이를 사용하는 모든 사람에게 이 버전의 Advocacy Desktop이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="362"/>
        <source>Cannot Connect</source>
        <translation>연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/team_connect.py" line="363"/>
        <source>Could not open the team catalogue {address}</source>
        <translation>팀 카탈로그 {address}을(를) 열 수 없습니다</translation>
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
        <translation>다섯 단계로 이루어진 방법론</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="78"/>
        <source>Customer Advocacy means acting for the customer’s good until they recommend you. The app serves the five steps of the method, each on its own page:</source>
        <translation>Customer Advocacy(고객 옹호)란 고객이 여러분을 추천할 때까지 고객에게 이로운 방향으로 행동하는 것입니다. 이 앱은 방법론의 다섯 단계를 각각 별도의 페이지에서 지원합니다:</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="81"/>
        <source>The pages are listed on the left; {first} to {last} switch between them.</source>
        <translation>페이지 목록은 왼쪽에 있으며, {first}~{last} 키로 페이지를 전환할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="84"/>
        <source>Identify every source of information about your customers: {page}.</source>
        <translation>고객에 관한 모든 정보 출처를 파악합니다: {page} 페이지.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="86"/>
        <source>Select the sources worth collecting from: the “collect from this source” switch on {page}.</source>
        <translation>수집할 가치가 있는 출처를 선택합니다: {page} 페이지의 “이 출처에서 피드백 수집” 스위치.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="88"/>
        <source>Collect and catalogue feedback under a shared scheme of needs: {import_file}, {needs} and {feedback}.</source>
        <translation>함께 쓰는 니즈 체계에 따라 피드백을 수집하고 분류합니다: {import_file} 메뉴, {needs} 페이지, {feedback} 페이지.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="91"/>
        <source>Analyse it: NPS with its margin of error, its trend and the needs that cost the most NPS, on {page}.</source>
        <translation>{page} 페이지에서 분석합니다: 오차 범위를 포함한 NPS, 추세, NPS를 가장 많이 떨어뜨리는 니즈.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="94"/>
        <source>Define who is responsible for each need, source and item, and answer detractors in time: {page}.</source>
        <translation>각 니즈, 출처, 항목의 담당자를 정하고 비추천 고객에게 제때 응답합니다: {page} 페이지.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="99"/>
        <source>Every catalogue starts with Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, the support desk, e-mail, phone and survey. Each source has a kind, a web address, notes and an owner, and shows its items, its share and its NPS with the margin of error.</source>
        <translation>모든 카탈로그는 Amazon, Google, Trustpilot, Tripadvisor, Facebook, Instagram, X, 고객 지원, 이메일, 전화, 설문 조사 출처를 갖추고 시작합니다. 각 출처에는 종류, 웹 주소, 메모, 담당자가 있으며, 항목 수, 비율, 오차 범위를 포함한 NPS가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="103"/>
        <source>Switching a source off stops collecting from it; what it brought stays in the catalogue.</source>
        <translation>출처를 끄면 그 출처에서 더 이상 수집하지 않지만, 이미 가져온 내용은 카탈로그에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="106"/>
        <source>Importing feedback</source>
        <translation>피드백 가져오기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="107"/>
        <source>{import_file}, or drop a spreadsheet on the window, opens the import wizard. It reads .xlsx, .xlsm, .ods, .csv, .tsv and .txt files, tells the format from the content, and maps the columns from their headers in English, German, Italian, Indonesian, Turkish or Korean.</source>
        <translation>{import_file} 메뉴를 선택하거나 스프레드시트를 창에 끌어다 놓으면 가져오기 마법사가 열립니다. 마법사는 .xlsx, .xlsm, .ods, .csv, .tsv, .txt 파일을 읽고, 내용을 보고 형식을 판별하며, 영어, 독일어, 이탈리아어, 인도네시아어, 터키어 또는 한국어로 된 열 머리글을 보고 열을 필드에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="112"/>
        <source>Every value is checked. A score must be a whole number from 0 to 10 from a column that asks about recommending; star ratings are kept apart and never counted as NPS. When text dates are ambiguous (05/01/2025) you are asked for their order; nothing is guessed.</source>
        <translation>모든 값을 확인합니다. 점수는 추천 의향을 묻는 열에 있는 0부터 10까지의 정수여야 하며, 별점은 따로 보관되고 NPS에 계산되지 않습니다. 텍스트로 된 날짜가 모호하면(05/01/2025) 날짜 순서를 묻습니다. 어떤 것도 추측하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="116"/>
        <source>All valid rows are written at once: a crash or Cancel leaves all or nothing. Importing the same rows again adds nothing. Columns mapped to no field are kept with each item.</source>
        <translation>유효한 행은 모두 한꺼번에 기록되므로, 프로그램이 비정상 종료되거나 취소를 눌러도 전부 기록되거나 아무것도 기록되지 않습니다. 같은 행을 다시 가져와도 추가되는 것은 없습니다. 어떤 필드에도 연결되지 않은 열은 각 항목에 함께 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="119"/>
        <source>Rejected rows are kept with their row, column, value and reason. {imports} lists every import with its rejected rows; export them to a spreadsheet, fix them and import that file again. An import can also be undone there.</source>
        <translation>거부된 행은 행, 열, 값, 사유와 함께 보관됩니다. {imports} 페이지에는 모든 가져오기와 각각의 거부된 행이 표시됩니다. 거부된 행을 스프레드시트로 내보내 고친 뒤 그 파일을 다시 가져오세요. 이 페이지에서 가져오기를 취소할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="124"/>
        <source>Needs and tagging</source>
        <translation>니즈와 태그 달기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="125"/>
        <source>{needs} holds the taxonomy of customer needs, as a tree (Price ▸ Discounts), each with a colour and a one-key shortcut. Renaming, moving, merging and deleting never lose tagged items, and every change can be undone. The taxonomy travels as a JSON or CSV file that a team or a client can adopt.</source>
        <translation>{needs} 페이지에는 고객 니즈 분류 체계가 트리 형태(가격 ▸ 할인)로 담겨 있으며, 각 니즈에는 색상과 한 글자 단축키가 있습니다. 이름 바꾸기, 이동, 병합, 삭제를 해도 태그된 항목은 사라지지 않으며, 모든 변경은 실행 취소할 수 있습니다. 분류 체계는 팀이나 클라이언트가 그대로 도입할 수 있는 JSON 또는 CSV 파일로 주고받을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="130"/>
        <source>On {feedback}, filter the list, select items and press a need’s key to tag them all; press it again to untag. You can also tick the needs beside the list or drag the items onto a need. The context menu tags, untags, sets the source, assigns and sets the status of every selected item at once.</source>
        <translation>{feedback} 페이지에서 목록을 필터링하고 항목을 선택한 뒤 니즈 단축키를 누르면 선택한 항목 모두에 태그가 달리고, 다시 누르면 태그가 제거됩니다. 목록 옆의 니즈에 체크하거나 항목을 니즈로 끌어다 놓아도 됩니다. 컨텍스트 메뉴에서는 선택한 모든 항목에 한 번에 태그를 추가하거나 제거하고, 출처, 담당자, 상태를 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="135"/>
        <source>Auto-tag rules (keywords, phrases or regular expressions, in all six languages) run on every import and on demand.</source>
        <translation>자동 태그 규칙(키워드, 구문 또는 정규 표현식, 6개 언어 모두 지원)은 가져올 때마다 실행되며, 원할 때 직접 실행할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="138"/>
        <source>NPS and its margin of error</source>
        <translation>NPS와 오차 범위</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="139"/>
        <source>Only answers to “How likely are you to recommend us?” on 0 to 10 count. Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. NPS is the percentage of promoters minus the percentage of detractors, from −100 to +100.</source>
        <translation>“저희를 추천할 가능성은 얼마나 됩니까?”라는 질문에 0부터 10까지로 답한 응답만 계산됩니다. 추천 고객은 9 또는 10, 중립 고객은 7 또는 8, 비추천 고객은 0부터 6까지로 답한 고객입니다. NPS는 추천 고객 비율에서 비추천 고객 비율을 뺀 값으로, −100부터 +100까지입니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="143"/>
        <source>Every NPS comes with its 95% margin of error (the adjusted-Wald method): 8 promoters, 9 passives and 22 detractors give −35.9 ± 24.2. A group of fewer than 30 answers is marked, and a change between two periods is called significant only when their intervals do not overlap.</source>
        <translation>모든 NPS에는 95% 오차 범위(조정 Wald 방법)가 함께 표시됩니다. 예를 들어 추천 고객 8명, 중립 고객 9명, 비추천 고객 22명이면 −35.9 ± 24.2입니다. 응답이 30개 미만인 그룹은 따로 표시되며, 두 기간 사이의 변화는 두 구간이 겹치지 않을 때만 유의미한 변화로 봅니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="148"/>
        <source>{dashboard} shows what the filter of {feedback} keeps: the NPS, its trend (also over rolling 30 or 90 days), the answers by score, NPS by source, and the open items by owner.</source>
        <translation>{dashboard} 페이지는 {feedback} 페이지의 필터에 해당하는 항목을 보여 줍니다: NPS, 추세(30일 또는 90일 이동 구간 포함), 점수별 응답, 출처별 NPS, 담당자별 진행 중 항목.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="153"/>
        <source>Needs ranked by their cost in NPS</source>
        <translation>NPS 손실에 따른 니즈 순위</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="154"/>
        <source>A need whose items hold d of the n answers’ detractors costs 100 × d / n NPS points: had those detractors been passives, the NPS would be that much higher. With 1,000 answers and 60 detractors tagged “Delivery”, Delivery costs 6 points.</source>
        <translation>응답 n개의 비추천 고객 중 d명이 어떤 니즈의 항목에 있으면, 그 니즈는 NPS를 100 × d / n포인트 떨어뜨립니다. 그 비추천 고객들이 중립 고객이었다면 NPS가 그만큼 높았을 것이라는 뜻입니다. 응답 1,000개 중 비추천 고객 60명의 항목에 “배송” 태그가 달려 있으면, 배송은 NPS를 6포인트 떨어뜨립니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="158"/>
        <source>The dashboard ranks the needs by this cost, with its interval and the need’s share of all detractors. An item with two needs counts for both, so the costs do not add up.</source>
        <translation>대시보드는 이 손실을 기준으로 니즈의 순위를 매기고, 그 구간과 전체 비추천 고객 중 해당 니즈가 차지하는 비율도 함께 보여 줍니다. 니즈가 두 개인 항목은 양쪽에 모두 계산되므로 손실을 서로 더할 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="162"/>
        <source>Roles and the follow-up queue</source>
        <translation>역할과 후속 조치 대기열</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="163"/>
        <source>{people} lists the people and their roles (the four maturity levels, support agent, product owner and your own), a matrix of who is Responsible, Accountable, Consulted and Informed for every need and source with the gaps in red, and the maturity level reached with what the next one needs.</source>
        <translation>{people} 페이지에는 구성원과 역할(네 가지 성숙도 단계, 지원 상담원, 제품 책임자, 직접 만든 역할), 모든 니즈와 출처에 대해 누가 실행 책임·최종 책임·협의·통보를 맡는지 보여 주는 매트릭스(빈 곳은 빨간색으로 표시), 그리고 현재 도달한 성숙도 단계와 다음 단계에 필요한 조건이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="168"/>
        <source>New and newly tagged items go to whoever is responsible for their need or source. The follow-up queue lists the detractors not yet contacted, due a set number of working days after their feedback (2 by default); overdue ones are red. Choose a person to see their own queue; the workload per person and per need is shown beside it.</source>
        <translation>새 항목과 새로 태그된 항목은 해당 니즈나 출처의 실행 책임자에게 배정됩니다. 후속 조치 대기열에는 아직 연락하지 않은 비추천 고객이 표시되며, 기한은 피드백을 받은 뒤 정해진 영업일 수(기본값 2일)입니다. 기한이 지난 항목은 빨간색으로 표시됩니다. 구성원을 선택하면 그 사람의 대기열을 볼 수 있으며, 옆에는 구성원별·니즈별 업무량이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="175"/>
        <source>Brand advocates are customers whose latest answer is 9 or 10. {advocates} lists them with what was last done for them, most in need of attention first, and the customers at risk: fallen promoters and repeat detractors.</source>
        <translation>브랜드 옹호자는 최근 응답이 9 또는 10인 고객입니다. {advocates} 페이지에는 옹호자와 그들을 위해 마지막으로 한 일이 관리가 가장 필요한 순서대로 표시되며, 이탈 위험 고객(이탈한 추천 고객과 반복 비추천 고객)도 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="179"/>
        <source>The care log records the six practices that keep advocates: mutual respect, appreciation, accessibility, active listening, recognition and presence. Duplicate customers can be found and merged.</source>
        <translation>관리 기록에는 옹호자를 지키는 여섯 가지 활동, 즉 상호 존중, 감사, 접근성, 적극적 경청, 인정, 함께하기를 기록합니다. 중복 고객을 찾아 병합할 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="184"/>
        <source>Catalogue files, backups and teams</source>
        <translation>카탈로그 파일, 백업, 팀</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="185"/>
        <source>A catalogue is one .advocacy file you can carry around. It is checked when opened; a damaged file or another application’s is refused, and an older catalogue is upgraded only after a backup beside it.</source>
        <translation>카탈로그는 가지고 다닐 수 있는 .advocacy 파일 하나입니다. 파일을 열 때 검사하여 손상된 파일이나 다른 애플리케이션의 파일은 열지 않으며, 이전 버전의 카탈로그는 같은 위치에 백업을 만든 뒤에만 업그레이드합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="189"/>
        <source>{backup} saves a consistent copy at any time, even while you work. When someone else has the catalogue open you are told who, and offered to open it read-only.</source>
        <translation>{backup} 메뉴를 사용하면 작업 중에도 언제든지 일관된 사본을 저장할 수 있습니다. 다른 사람이 카탈로그를 열어 두었으면 누가 열었는지 알려 주고, 읽기 전용으로 열 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="192"/>
        <source>{merge} brings in another catalogue (from a laptop in the field, say): conflicts are listed with both values and nothing is overwritten unless you choose so.</source>
        <translation>{merge} 메뉴로 다른 카탈로그(예: 현장에서 쓴 노트북의 카탈로그)를 합칠 수 있습니다. 충돌은 양쪽 값과 함께 나열되며, 직접 선택하지 않는 한 아무것도 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="195"/>
        <source>A team shares one PostgreSQL database instead of a file: {team}. The password is never written to the settings (where a system keyring is available you may keep it there). Two people editing the same item never lose a change: the second is told who changed it.</source>
        <translation>팀은 파일 대신 PostgreSQL 데이터베이스 하나를 공유합니다: {team} 메뉴. 비밀번호는 설정에 기록되지 않습니다(시스템 키링을 사용할 수 있으면 키링에 보관할 수 있습니다). 두 사람이 같은 항목을 편집해도 변경 내용을 잃지 않으며, 나중에 저장한 사람에게 누가 먼저 변경했는지 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="202"/>
        <source>Privacy</source>
        <translation>개인 정보 보호</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="203"/>
        <source>{erase} on {advocates} erases one customer’s personal data for good; their anonymous scores stay in the statistics. This cannot be undone.</source>
        <translation>{advocates} 페이지의 {erase} 버튼은 고객 한 명의 개인 정보를 영구 삭제합니다. 익명 점수는 통계에 남습니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="206"/>
        <source>To share data outside the organisation, export it pseudonymised from the command line (advocacy export … --pseudonymise, also for the NPS report): customers become stable pseudonyms and their contact data is removed; the export is recorded.</source>
        <translation>조직 외부와 데이터를 공유하려면 명령줄에서 가명 처리하여 내보내세요(advocacy export … --pseudonymise, NPS 보고서에도 사용 가능). 고객은 항상 같은 가명으로 바뀌고 연락처 정보는 제거되며, 내보낸 기록이 남습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="211"/>
        <source>Language, theme and keys</source>
        <translation>언어, 테마, 단축키</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="212"/>
        <source>{preferences} chooses the language and a light or dark theme; both apply at once. {shortcuts} lists every key.</source>
        <translation>{preferences} 메뉴에서 언어와 밝은 테마 또는 어두운 테마를 선택합니다. 둘 다 바로 적용됩니다. {shortcuts} 메뉴에는 모든 단축키가 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="223"/>
        <source>Advocacy Desktop User Guide</source>
        <translation>Advocacy Desktop 사용자 가이드</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="224"/>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../advocacy_desktop/ui/user_guide.py" line="264"/>
        <source>User Guide</source>
        <translation>사용자 가이드</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="111"/>
        <source>Welcome to Advocacy Desktop</source>
        <translation>Advocacy Desktop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="113"/>
        <source>Five short steps set up your first catalogue, following the method the app is built on. Every choice can be changed later.</source>
        <translation>이 앱의 바탕이 된 방법론에 따라 짧은 다섯 단계로 첫 카탈로그를 설정합니다. 모든 선택은 나중에 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="116"/>
        <source>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; — where your customers talk about you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Selection&lt;/b&gt; — which sources are worth collecting from now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A scheme&lt;/b&gt; — the customer needs you catalogue feedback by.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Analysis&lt;/b&gt; — Net Promoter Score and what each need costs.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Roles&lt;/b&gt; — who takes care of what.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;line-height: 150%&apos;&gt;&lt;li&gt;&lt;b&gt;출처&lt;/b&gt; — 고객이 여러분에 대해 이야기하는 곳.&lt;/li&gt;&lt;li&gt;&lt;b&gt;선택&lt;/b&gt; — 지금 수집할 가치가 있는 출처.&lt;/li&gt;&lt;li&gt;&lt;b&gt;분류 체계&lt;/b&gt; — 피드백을 분류하는 기준이 되는 고객 니즈.&lt;/li&gt;&lt;li&gt;&lt;b&gt;분석&lt;/b&gt; — 순추천지수(NPS)와 각 니즈가 떨어뜨리는 NPS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;역할&lt;/b&gt; — 누가 무엇을 맡을지.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="123"/>
        <source>No data of your own yet? Look around a demo first: it is a separate file, and this guide can be run again from the Help menu.</source>
        <translation>아직 데이터가 없나요? 먼저 데모를 둘러보세요. 데모는 별도 파일이며, 이 가이드는 도움말 메뉴에서 다시 실행할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="125"/>
        <source>Explore a Demo Catalogue</source>
        <translation>데모 카탈로그 둘러보기</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/ui/first_run_pages.py" line="127"/>
        <source>A year of a small shop&apos;s feedback in six languages, tagged, assigned and followed up.</source>
        <translation>작은 상점의 1년 치 피드백을 6개 언어로 담았습니다. 태그, 담당 배정, 후속 조치까지 되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="67"/>
        <source>There is no item with id {id}.</source>
        <translation>ID가 {id}인 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="182"/>
        <source>There is no person with id {id}.</source>
        <translation>ID가 {id}인 구성원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="203"/>
        <source>&quot;{status}&quot; is not a status (statuses: {statuses}).</source>
        <translation>&quot;{status}&quot; 값은 상태가 아닙니다(상태: {statuses}).</translation>
    </message>
    <message>
        <location filename="../../advocacy_desktop/services/workflow_service.py" line="217"/>
        <source>Item {item} is {status}: it cannot move to {wanted} (allowed: {allowed}).</source>
        <translation>항목 {item}번은 {status} 상태이므로 {wanted} 상태로 옮길 수 없습니다(허용: {allowed}).</translation>
    </message>
</context>
<context>
    <name>WorkflowTexts</name>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="50"/>
        <source>Assign %Ln item(s) to {person}</source>
        <translation>
            <numerusform>항목 %Ln건을 {person}에게 배정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="53"/>
        <source>Unassign %Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln건 배정 해제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="56"/>
        <source>Set status of %Ln item(s) to {status}</source>
        <translation>
            <numerusform>항목 %Ln건의 상태를 {status}(으)로 설정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="59"/>
        <source>Mark %Ln item(s) contacted</source>
        <translation>
            <numerusform>항목 %Ln건을 연락 완료로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="62"/>
        <source>Set the due date of %Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln건의 기한 설정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../advocacy_desktop/ui/workflow_commands.py" line="65"/>
        <source>Set the notes of %Ln item(s)</source>
        <translation>
            <numerusform>항목 %Ln건의 메모 설정</numerusform>
        </translation>
    </message>
</context>
</TS>
