import type { JourneyDocumentInput } from "../index.ts";

/** 첫 방문 외래 환자 여정 템플릿: 정보 탐색부터 후기 공유까지. */
export const FIRST_VISIT_OUTPATIENT_TEMPLATE_KO: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "외래 첫 방문 환자 여정",
  description:
    "처음 외래를 찾는 환자가 병원을 알아보고 예약하는 순간부터 진료, 검사, 수납을 지나 해피콜과 후기 공유까지 거치는 과정을 담은 템플릿입니다. 감정 점수와 불편 요소는 가설이니 우리 병원의 관찰, 고객의 소리(VOC), 대기시간 데이터로 고쳐 쓰고, 부서명·목표치·응대 문구도 병원에 맞게 바꿔 사용하세요.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── 사전 (before) ─────────────
    {
      phase: "before",
      name: "정보 탐색",
      goal: "증상에 맞는 진료과와 의료진을 찾고 첫 방문에 필요한 것을 알아본다.",
      actions: [
        "포털과 병원 홈페이지에서 진료과·의료진 정보를 찾아본다",
        "지도 앱에서 진료 시간과 주차 정보를 확인한다",
      ],
      thoughts: ["이 증상은 어느 과로 가야 하지?", "처음 가는 큰 병원인데 절차가 복잡하지 않을까?"],
      emotion: -1,
      opportunities: [
        "증상으로 진료과를 찾을 수 있는 '처음 오시는 분' 안내 페이지",
        "지도·포털에 올린 병원 정보의 정기 점검",
      ],
      touchpoints: [
        {
          name: "홈페이지 진료과·의료진 안내",
          moment:
            "환자가 휴대폰으로 홈페이지에 들어가 진료과와 의료진의 전문 분야, 진료 요일을 훑어본다. 원하는 정보가 몇 번의 터치 안에 나오지 않으면 창을 닫고 다른 병원을 검색한다.",
          channel: "online",
          element: "software",
          departments: ["홍보팀", "전산정보팀"],
          serviceStandard:
            "의료진 페이지에는 전문 분야, 외래 요일, 초진 가능 여부, 예약 버튼을 함께 싣고, 변경 사항은 2영업일 안에 반영한다.",
          script: "처음 오셨나요? 증상으로 진료과 찾기 | 의료진 검색 | 온라인 예약 | 전화 예약 안내",
          dos: ["모바일 첫 화면에서 예약 버튼이 보이게 한다", "휴진과 진료 요일 변경을 즉시 반영한다"],
          donts: ["전문 용어만으로 진료과를 설명하지 않는다"],
          targets: [{ label: "의료진 정보 수정 반영 기간", operator: "<=", value: 2, unit: "영업일" }],
          importance: 4,
        },
        {
          name: "지도 앱·포털 병원 정보",
          moment:
            "길 찾기 앱에서 병원을 검색한 환자가 토요일에도 진료하는지, 주차비는 얼마인지 확인한다. 앱에서 본 시간에 맞춰 왔다가 문이 닫혀 있으면 그 병원을 다시 찾지 않는다.",
          channel: "online",
          element: "software",
          departments: ["홍보팀"],
          serviceStandard:
            "지도·포털에 올린 진료 시간, 전화번호, 주차 요금을 홈페이지와 똑같이 유지하고, 공휴일 진료 일정은 일주일 전에 올린다.",
          script:
            "진료 시간 평일 9:00–17:00 · 토요일 9:00–12:00 | 점심시간 12:30–13:30 | 주차: 진료 환자 3시간 감면 | 온라인 예약 ▶",
          dos: ["홈페이지와 지도 정보를 같은 날 함께 고친다", "공휴일·명절 진료 일정을 미리 올린다"],
          donts: ["지난 진료 시간이나 바뀐 전화번호를 방치하지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "홈페이지 진료과·의료진 안내",
          description: "증상만으로는 어느 진료과를 골라야 할지 알 수 없어 엉뚱한 과에 예약하는 환자가 생길 것이다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "진료 예약",
      goal: "원하는 날짜와 의료진으로 첫 진료를 예약한다.",
      actions: ["대표번호로 전화하거나 앱·홈페이지에서 예약한다", "가능한 날짜와 챙겨야 할 서류를 묻는다"],
      thoughts: ["전화가 왜 이렇게 안 되지?", "진료의뢰서가 꼭 있어야 하나?"],
      emotion: -2,
      opportunities: ["전화가 몰릴 때 콜백으로 예약 받기", "예약 완료와 동시에 준비물 안내 자동 발송"],
      touchpoints: [
        {
          name: "예약센터 전화 상담",
          moment:
            "한참 기다린 끝에 연결된 상담원에게 환자가 증상과 원하는 날짜를 설명한다. 말을 자르지 않고 들어 주고 가장 빠른 방법을 찾아 주면 기다린 불만이 누그러진다.",
          channel: "phone",
          element: "humanware",
          departments: ["예약센터"],
          serviceStandard:
            "연결 후 20초 안에 응답하고 소속을 밝히며, 통화를 마치기 전 예약 일시와 의료진, 오실 곳, 준비물을 다시 읽어 드린다.",
          script:
            "기다리게 해 드려 죄송합니다, 예약센터입니다. 어떤 증상으로 진료를 원하시는지 말씀해 주시겠어요? … 예약 내용 다시 한번 확인해 드리겠습니다.",
          dos: [
            "환자가 말한 증상을 짧게 되짚으며 공감한다",
            "원하는 날짜가 없으면 다른 의료진이나 취소 대기를 안내한다",
            "통화 끝에 예약 내용을 복창한다",
          ],
          donts: ["'별일 아닐 거예요' 같은 의학적 판단을 하지 않는다"],
          targets: [{ label: "상담원 연결 대기", operator: "<=", value: 60, unit: "초" }],
          importance: 5,
        },
        {
          name: "앱·온라인 예약",
          moment:
            "환자가 앱에서 진료과와 날짜를 고르고 본인 인증을 거쳐 예약을 마친다. 중간에 오류가 나거나 마지막에 '초진은 전화로만 예약됩니다'라는 안내가 뜨면 그대로 포기한다.",
          channel: "online",
          element: "software",
          departments: ["예약센터", "전산정보팀"],
          serviceStandard:
            "처음 오는 환자도 온라인으로 예약할 수 있게 하고, 예약은 5단계 안에 끝나며 완료 즉시 확인 메시지를 보낸다.",
          script:
            "예약이 완료되었습니다. 진료 30분 전까지 초진 접수창구로 와 주세요. 신분증과 진료의뢰서(해당하는 분)를 챙겨 주세요.",
          dos: ["초진·재진 구분을 쉬운 말로 안내한다", "예약 변경과 취소도 같은 화면에서 할 수 있게 한다"],
          donts: ["예약 마지막 단계에서야 전화 문의로 돌려보내지 않는다"],
          targets: [{ label: "온라인 예약 완료율", operator: ">=", value: 80, unit: "%" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "예약센터 전화 상담",
          description: "통화가 몰리는 오전 시간대에는 상담원 연결이 오래 걸려 중간에 끊는 환자가 많을 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "방문 준비",
      goal: "방문 날짜·장소·준비물을 확인하고 불안 없이 내원할 준비를 한다.",
      actions: ["예약 알림 메시지를 받고 일정을 확인한다", "진료의뢰서와 이전 병원의 검사 자료를 챙긴다"],
      thoughts: ["주차는 되나? 몇 시까지 가야 하지?"],
      emotion: 0,
      opportunities: ["알림 메시지 하나에 지도·주차·준비물 링크를 모두 담기", "전날 알림에서 바로 예약 변경·취소"],
      touchpoints: [
        {
          name: "예약 알림 메시지",
          moment:
            "진료 전날 휴대폰에 알림이 온다. 환자는 시간과 장소, 준비물이 한눈에 보이는지 확인하고, 못 가게 되면 바로 바꿀 수 있는 방법을 찾는다.",
          channel: "online",
          element: "software",
          departments: ["예약센터", "전산정보팀"],
          serviceStandard:
            "예약 확정 직후와 진료 전날 오후에 알림을 보내고, 메시지에는 일시·진료과·도착 장소·준비물·변경 링크를 넣는다.",
          script:
            "[진료 예약 안내] 내일 오전 10시 30분 내과 진료가 예약되어 있습니다. 진료 30분 전까지 초진 접수창구로 와 주세요. 준비물: 신분증, 진료의뢰서. 예약 변경 ▶",
          dos: ["고령 환자는 보호자 번호로도 함께 받을 수 있게 한다", "주차·대중교통 안내 링크를 붙인다"],
          donts: ["광고성 문구를 섞지 않는다"],
          targets: [{ label: "전날 알림 발송률", operator: ">=", value: 98, unit: "%" }],
          importance: 3,
        },
        {
          name: "준비물 문의 전화",
          moment:
            "진료의뢰서나 다른 병원에서 찍은 영상 CD를 챙겨야 하는지 몰라 환자가 병원에 전화를 건다. 한 번에 답을 들으면 안심하고, 여러 번 돌려지면 가기도 전에 지친다.",
          channel: "phone",
          element: "humanware",
          departments: ["외래간호팀", "진료협력센터"],
          serviceStandard:
            "준비물 문의는 처음 받은 직원이 끝까지 답하고, 확인이 필요하면 30분 안에 다시 전화한다. 안내한 내용은 문자로도 보낸다.",
          script:
            "다른 병원에서 찍으신 영상 CD와 검사 결과지가 있으시면 꼭 가져와 주세요. 지금 말씀드린 내용은 문자로도 보내 드리겠습니다.",
          dos: ["진료의뢰서가 없을 때의 비용 차이를 분명히 설명한다", "안내한 내용을 문자로 남긴다"],
          donts: ["'다른 부서에 물어보세요'라며 번호만 알려 주고 끊지 않는다"],
          targets: [{ label: "확인 후 회신", operator: "<=", value: 30, unit: "분" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "준비물 문의 전화",
          description: "이전 병원의 영상 CD나 검사 결과를 챙기지 못해 같은 검사를 다시 받는 환자가 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 진료 (during) ─────────────
    {
      phase: "during",
      name: "도착·주차",
      goal: "헤매지 않고 병원에 도착해 주차하고 건물 안으로 들어간다.",
      actions: ["내비게이션을 따라 병원에 도착해 주차 자리를 찾는다", "주차장에서 외래 건물 입구를 찾아간다"],
      thoughts: ["예약 시간에 늦으면 어떡하지?", "주차장에서 본관은 어느 쪽이지?"],
      emotion: -1,
      opportunities: ["주차장 입구의 실시간 빈자리 표시", "주차장 모든 층에 같은 디자인의 길 안내"],
      touchpoints: [
        {
          name: "주차장 진입·주차 안내",
          moment:
            "주차장 진입 줄에 갇혀 초조해진 환자에게 주차 요원이 손짓으로 빈자리를 알려 준다. 요원의 표정과 말투가 병원의 첫인상이 된다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["시설관리팀", "보안팀"],
          serviceStandard:
            "혼잡 시간대에는 입구와 갈림길에 안내 요원을 두고, 만차일 때는 가까운 대체 주차장과 셔틀버스를 안내한다.",
          script:
            "어서 오세요. 지하 2층에 자리가 있습니다. 주차하시고 엘리베이터를 타시면 바로 외래 로비로 연결됩니다.",
          dos: ["밝은 표정으로 눈을 맞추고 인사한다", "장애인·고령 환자는 입구 가까운 자리로 안내한다"],
          donts: ["호루라기나 손짓만으로 재촉하지 않는다"],
          targets: [{ label: "주차장 진입 대기", operator: "<=", value: 10, unit: "분" }],
          importance: 3,
        },
        {
          name: "주차장에서 외래까지 길 안내 표지",
          moment:
            "차에서 내린 환자가 기둥과 벽의 표지를 보며 엘리베이터를 찾는다. 표지가 중간에 끊기거나 층마다 모양이 다르면 금세 방향을 잃는다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["시설관리팀"],
          serviceStandard:
            "주차장 모든 층에 같은 색과 기호로 외래 방향 표지를 두고, 분기마다 처음 오는 사람의 눈으로 동선을 걸어 보며 점검한다.",
          script: "외래 진료·접수 → B구역 엘리베이터 이용 (1층 로비 연결)",
          dos: ["주차 위치를 기억할 수 있게 구역 번호를 크게 표시한다", "휠체어 동선을 따로 표시한다"],
          donts: ["공사가 끝난 뒤에도 임시 표지를 그대로 두지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "주차장 진입·주차 안내",
          description: "오전 진료 시간대에 주차장 진입이 막혀 예약 시간에 늦는 환자가 생길 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "안내·길 찾기",
      goal: "어디로 가서 무엇부터 해야 하는지 알고 초진 접수 장소를 찾는다.",
      actions: ["로비에서 안내데스크나 층별 안내도를 찾는다", "초진 접수는 어디서 하는지 묻는다"],
      thoughts: ["사람이 너무 많은데 어디로 가야 하지?"],
      emotion: -1,
      opportunities: ["로비 입구부터 이어지는 첫 방문 환자 전용 동선 표시", "혼잡 시간대에 로비를 도는 안내 도우미"],
      touchpoints: [
        {
          name: "안내데스크 첫 응대",
          moment:
            "두리번거리던 환자가 안내데스크로 다가간다. 직원이 먼저 고개를 들어 눈을 맞추고 말을 건네면 긴장이 풀린다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["고객경험팀"],
          serviceStandard:
            "환자가 데스크에 닿기 전에 먼저 인사하고, 처음 온 환자에게는 접수 장소를 알려 주며 필요하면 직접 모셔다 드린다.",
          script:
            "안녕하세요, 무엇을 도와드릴까요? 처음 오셨으면 오른쪽 초진 접수창구에서 먼저 접수하시면 됩니다. 제가 모셔다 드릴까요?",
          dos: ["먼저 인사하고 환자의 눈높이에서 말한다", "고령·장애 환자는 직접 동행한다"],
          donts: ["손가락으로 방향만 가리키고 대화를 끝내지 않는다", "전화를 받느라 앞의 환자를 기다리게 하지 않는다"],
          targets: [{ label: "안내데스크 대기", operator: "<=", value: 3, unit: "분" }],
          importance: 4,
        },
        {
          name: "로비 층별 안내도",
          moment:
            "환자가 로비의 층별 안내도 앞에 서서 진료과 이름을 찾는다. 글씨가 작거나 진료과 이름이 낯설면 한참 서 있다가 결국 사람에게 묻는다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["시설관리팀", "고객경험팀"],
          serviceStandard:
            "안내도는 현재 위치와 엘리베이터를 먼저 보여 주고 진료과 이름에 쉬운 설명을 곁들이며, 바뀐 내용은 일주일 안에 반영한다.",
          script:
            "현재 위치: 1층 로비 | 2층 내과·외과 외래 | 3층 검사실(채혈·영상) | 처음 오신 분 → 초진 접수창구(1층 오른쪽)",
          dos: ["큰 글씨와 뚜렷한 명도 대비를 쓴다", "한국어와 영어를 함께 표기한다"],
          donts: ["없어지거나 옮긴 진료과를 그대로 두지 않는다"],
          targets: [{ label: "안내도 변경 반영", operator: "<=", value: 7, unit: "일" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description: "오전 혼잡 시간에는 안내데스크 앞에 줄이 생겨 간단한 길 안내를 받는 데도 기다려야 한다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "초진 접수",
      goal: "신분 확인과 서류 작성을 마치고 진료과로 안내받는다.",
      actions: ["번호표를 뽑고 접수 순서를 기다린다", "신분증과 진료의뢰서를 내고 동의서를 작성한다"],
      thoughts: ["예약했는데 여기서도 또 기다려야 하나?", "무슨 서류를 이렇게 많이 쓰지?"],
      emotion: -1,
      opportunities: ["앱에서 동의서까지 미리 작성하는 사전 접수", "접수가 끝나면 진료과 위치를 적은 안내 카드 제공"],
      touchpoints: [
        {
          name: "초진 접수창구",
          moment:
            "번호가 불리자 환자가 창구 앞에 앉는다. 직원이 신분증을 받으며 무엇을 하는지 설명해 주는지, 화면만 보며 질문을 던지는지에 따라 기분이 갈린다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["원무팀"],
          serviceStandard:
            "환자가 앉으면 고개를 들어 인사하고, 접수가 끝나면 다음 장소와 가는 길을 한 문장으로 안내한다.",
          script:
            "기다리셨죠? 신분증과 진료의뢰서 먼저 확인하겠습니다. … 접수 끝났습니다. 2층 내과 외래 3번 데스크에서 도착 확인을 하시면 됩니다.",
          dos: ["서명할 곳을 표시해 건넨다", "다음 장소를 안내 카드나 약도로 함께 준다"],
          donts: ["모니터만 보며 응대하지 않는다"],
          targets: [{ label: "접수 대기", operator: "<=", value: 15, unit: "분" }],
          importance: 5,
        },
        {
          name: "번호표·호출 화면",
          moment:
            "환자가 번호표를 뽑고 호출 화면을 바라본다. 앞에 몇 명이 남았는지 보이면 잠깐 자리를 떠도 될지 판단할 수 있다.",
          channel: "face_to_face",
          element: "software",
          departments: ["원무팀", "전산정보팀"],
          serviceStandard:
            "번호표와 화면에 대기 인원과 예상 대기 시간을 표시하고, 호출할 때는 번호와 창구를 화면과 음성으로 함께 알린다.",
          script: "초진 접수 132번 고객님, 5번 창구로 오세요. (앞 대기 4명 · 예상 대기 약 8분)",
          dos: ["호출이 가까워지면 문자로도 알려 준다"],
          donts: ["호출에 응답하지 않았다고 바로 다음 번호로 넘기지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "초진 접수창구",
          description: "예약을 하고 왔는데도 접수 대기가 길어 예약 시간을 넘기는 환자가 있을 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "진료 대기",
      goal: "진료과에 도착을 알리고, 언제쯤 진료받을지 알면서 기다린다.",
      actions: ["진료과 데스크에서 도착을 확인한다", "간호사의 사전 문진에 답하고 대기 화면을 본다"],
      thoughts: ["내 순서는 언제지?", "화장실 다녀와도 될까?"],
      emotion: -2,
      opportunities: ["지연이 30분을 넘으면 간호사가 직접 사유와 예상 시간을 안내", "대기 중 휴대폰으로 순서 알림"],
      touchpoints: [
        {
          name: "진료과 도착 확인",
          moment:
            "환자가 진료과 데스크에 접수증을 내밀면 간호사가 이름을 확인하고 어디가 불편해서 왔는지 묻는다. 처음이라는 말에 한 번 더 설명해 주면 마음이 놓인다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["외래간호팀"],
          serviceStandard:
            "도착 확인 때 이름과 생년월일로 환자를 확인하고, 첫 방문 환자에게는 대기 순서와 예상 시간, 진료 후 절차를 짧게 알려 준다.",
          script:
            "처음 오셨군요. 지금 앞에 세 분이 계셔서 20분쯤 기다리실 것 같아요. 화면에 이름이 뜨면 3번 진료실로 들어가시면 됩니다.",
          dos: ["이름과 생년월일, 두 가지 정보로 본인을 확인한다", "예상 대기 시간을 분 단위로 말한다"],
          donts: ["'조금만 기다리세요'처럼 막연하게 답하지 않는다"],
          targets: [{ label: "예약 시간 대비 진료 지연", operator: "<=", value: 30, unit: "분" }],
          importance: 5,
        },
        {
          name: "대기 순서 안내 화면",
          moment:
            "환자가 대기 화면에서 자기 이름을 찾는다. 순서가 움직이지 않거나 뒤에 온 사람이 먼저 들어가면 이유를 몰라 불안해진다.",
          channel: "face_to_face",
          element: "software",
          departments: ["외래간호팀", "전산정보팀"],
          serviceStandard:
            "화면에 진료실별 대기 순서와 지연 시간을 표시하고, 검사 후 재진료처럼 순서가 바뀌는 경우에는 그 이유를 함께 보여 준다.",
          script:
            "3진료실 | 진료 중: 김*수 | 다음: 이*영, 박*호 | 진료가 약 15분 늦어지고 있습니다 | 검사 결과를 가지고 오신 분이 먼저 들어가실 수 있습니다",
          dos: ["이름은 일부를 가려 표시한다"],
          donts: ["늦어지고 있는데도 '정상 진료'로 표시하지 않는다"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "대기 순서 안내 화면",
          description: "늦게 온 환자가 먼저 불리는 이유가 안내되지 않아 새치기로 오해하는 일이 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
        {
          touchpoint: null,
          description: "진료가 늦어져도 예상 시간을 알려 주지 않아 환자가 자리를 뜨지 못하고 계속 기다린다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "진료",
      goal: "증상을 충분히 이야기하고 진단과 앞으로의 계획을 이해한다.",
      actions: ["의사에게 증상과 궁금한 점을 말한다", "검사 계획과 다음 절차를 듣는다"],
      thoughts: ["짧은 시간에 물어볼 걸 다 물어볼 수 있을까?", "검사는 왜 받는 거지?"],
      emotion: 0,
      opportunities: ["진료 전에 질문을 적어 둘 메모지 제공", "진료 후 간호사가 검사 일정과 동선을 다시 설명"],
      touchpoints: [
        {
          name: "의사 진찰과 설명",
          moment:
            "진료실에 들어선 환자는 의사가 화면에서 눈을 떼고 자신을 보며 인사하는지부터 느낀다. 증상을 끝까지 들어 주고 쉬운 말로 설명해 주면 짧은 진료도 충분했다고 기억한다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["진료과"],
          serviceStandard:
            "의사는 환자를 보며 인사하고 이름을 확인한 뒤, 진단·검사 이유·다음 일정을 쉬운 말로 설명하고 마지막에 궁금한 점을 묻는다.",
          script:
            "오늘 어떤 점이 제일 불편하셔서 오셨어요? … 정확히 보려면 피검사와 초음파가 필요합니다. 더 궁금하신 점 있으세요?",
          dos: ["설명 끝에 환자가 이해했는지 확인한다", "중요한 내용은 종이나 그림으로 보여 준다"],
          donts: ["모니터만 보며 설명하지 않는다", "환자의 말을 중간에 자르지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "진료 후 다음 절차 안내",
          moment:
            "진료실을 나온 환자는 검사를 어디서, 언제, 어떤 순서로 받는지 몰라 머뭇거린다. 간호사가 순서를 종이에 적어 주면 길을 잃지 않는다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["외래간호팀"],
          serviceStandard:
            "진료 후 간호사는 검사·수납·다음 예약의 순서와 장소를 안내문에 표시해 설명하고, 금식 같은 주의 사항은 따로 강조한다.",
          script:
            "먼저 1층에서 수납하시고 3층 채혈실에서 피검사를 하세요. 초음파는 내일 아침 8시라서 오늘 밤 12시부터는 드시면 안 돼요.",
          dos: ["순서를 번호로 적은 안내문을 준다", "금식·복약 주의 사항은 환자가 다시 말해 보게 해 확인한다"],
          donts: ["'저쪽으로 가세요'처럼 막연하게 안내하지 않는다"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "의사 진찰과 설명",
          description: "진료 시간이 짧아 궁금한 점을 다 묻지 못하고 나오는 환자가 많을 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "검사",
      goal: "필요한 검사를 빠르고 안전하게 받는다.",
      actions: ["채혈실에서 번호표를 뽑고 채혈한다", "영상검사실에서 검사복으로 갈아입고 검사를 받는다"],
      thoughts: ["아프지 않을까?", "결과는 언제 나오지?"],
      emotion: -1,
      opportunities: ["검사 전에 걸리는 시간과 결과 확인 시기 안내", "탈의실에 귀중품 보관함과 거울 설치"],
      touchpoints: [
        {
          name: "채혈실 채혈",
          moment:
            "소매를 걷은 환자에게 직원이 이름을 확인하고 바늘이 들어가기 전에 미리 알려 준다. 한 번에 끝나면 안도하고, 여러 번 찌르면 그 기억이 오래 남는다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["진단검사의학과"],
          serviceStandard:
            "채혈 전에 이름과 생년월일로 환자를 확인하고, 두 번 실패하면 숙련자에게 넘긴다. 채혈 후에는 지혈 방법과 결과 확인 시기를 알려 준다.",
          script:
            "성함과 생년월일 말씀해 주시겠어요? … 조금 따끔합니다. … 5분 정도 꾹 눌러 주세요. 결과는 다음 진료 때 설명 들으실 수 있어요.",
          dos: ["바늘을 넣기 전에 미리 알려 준다", "어지럽다고 하면 바로 눕힌다"],
          donts: ["같은 사람이 세 번 이상 찌르지 않는다"],
          targets: [{ label: "채혈 대기", operator: "<=", value: 10, unit: "분" }],
          importance: 4,
        },
        {
          name: "영상검사 탈의 공간",
          moment:
            "검사복으로 갈아입으라는 말에 환자가 탈의실에 들어간다. 문이 제대로 잠기지 않거나 소지품 둘 곳이 없으면 검사 내내 신경이 쓰인다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["영상의학과", "시설관리팀"],
          serviceStandard:
            "탈의실에는 잠금장치와 개인 보관함을 갖추고 남녀 동선을 나누며, 2시간마다 청결 상태를 점검한다.",
          script: "검사복은 앞이 열리게 입어 주시고, 귀중품은 보관함에 넣은 뒤 열쇠를 가지고 들어오시면 됩니다.",
          dos: ["검사복을 여러 사이즈로 갖춘다", "휠체어 환자도 쓸 수 있는 넓은 탈의실을 둔다"],
          donts: ["검사복을 입은 환자를 복도에서 기다리게 하지 않는다"],
          targets: [{ label: "탈의실 점검 간격", operator: "<=", value: 2, unit: "시간" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "영상검사 탈의 공간",
          description: "검사복을 입은 채 복도 의자에서 기다리게 되어 민망함을 느끼는 환자가 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "수납·처방",
      goal: "진료비를 이해하고 정산한 뒤 처방약을 받는다.",
      actions: ["수납창구나 무인 수납기에서 진료비를 낸다", "처방전을 받아 약국을 찾아간다"],
      thoughts: ["진료비가 생각보다 많이 나왔네, 왜 그렇지?", "약은 어디서 받지?"],
      emotion: -1,
      opportunities: ["앱 결제로 수납 줄 없애기", "항목별 설명을 곁들인 알기 쉬운 영수증"],
      touchpoints: [
        {
          name: "수납창구",
          moment:
            "예상보다 큰 금액이 화면에 뜨자 환자가 무엇 때문인지 묻는다. 직원이 항목을 짚어 가며 차분히 설명하면 금액은 같아도 불만은 줄어든다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["원무팀"],
          serviceStandard:
            "금액을 말할 때 진찰료·검사료 같은 주요 항목을 함께 안내하고, 문의가 있으면 영수증을 보여 주며 설명한다. 실손보험 청구 서류 발급 방법도 알려 준다.",
          script:
            "오늘 진료비는 진찰료와 피검사, 초음파 검사비를 합쳐 이렇게 나왔습니다. 보험 청구용 서류가 필요하시면 지금 같이 뽑아 드릴게요.",
          dos: ["금액과 함께 항목을 짧게 설명한다", "다음 예약과 검사 안내를 함께 확인한다"],
          donts: ["'원래 그래요'로 문의를 끝내지 않는다"],
          targets: [{ label: "수납 대기", operator: "<=", value: 10, unit: "분" }],
          importance: 4,
        },
        {
          name: "처방전·약국 안내",
          moment:
            "수납을 마친 환자가 처방전을 들고 약국이 어디인지 두리번거린다. 원외 약국 위치나 처방전 전송 여부를 모르면 다시 창구로 돌아온다.",
          channel: "face_to_face",
          element: "software",
          departments: ["원무팀", "약제부"],
          serviceStandard:
            "처방전을 줄 때 가까운 약국 위치와 처방전 전송 여부를 알려 주고, 원내에서 조제하는 약은 복약 안내와 함께 전달한다.",
          script: "처방전입니다. 정문 건너편에 약국이 여러 곳 있고, 원하시는 약국으로 처방전을 보내 드릴 수도 있어요.",
          dos: ["처방전 사용 기한을 알려 준다"],
          donts: ["특정 약국을 권하지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "수납창구",
          description:
            "진료비가 왜 나왔는지 설명을 듣지 못해 영수증만 들고 불만을 품은 채 돌아가는 환자가 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 사후 (after) ─────────────
    {
      phase: "after",
      name: "해피콜·결과 확인",
      goal: "남은 궁금증을 풀고 검사 결과와 다음 일정을 확인한다.",
      actions: ["병원의 해피콜을 받고 불편했던 점을 이야기한다", "앱에서 검사 결과와 다음 예약을 확인한다"],
      thoughts: ["신경 써 주는구나", "결과가 나쁘면 어떡하지?"],
      emotion: 1,
      opportunities: [
        "해피콜에서 나온 불만을 일주일 안에 담당 부서에 전하고 환자에게 결과 회신",
        "결과를 열기 전에 '다음 진료에서 자세히 설명합니다' 안내",
      ],
      touchpoints: [
        {
          name: "외래 해피콜",
          moment:
            "진료 다음 날 병원에서 전화가 온다. 환자는 형식적인 설문인지, 정말 자신의 불편을 들으려는 전화인지 첫마디에서 알아챈다.",
          channel: "phone",
          element: "humanware",
          departments: ["고객경험팀"],
          serviceStandard:
            "첫 방문 후 2영업일 안에 전화해 3분 안팎으로 좋았던 점과 불편했던 점을 듣는다. 불만은 담당 부서에 전하고 조치 결과를 환자에게 알린다.",
          script:
            "안녕하세요, 병원 고객경험팀입니다. 어제 처음 진료받으셨는데 불편한 점은 없으셨는지 여쭤보려고 전화드렸어요. 잠시 통화 괜찮으세요?",
          dos: ["통화가 괜찮은지 먼저 묻는다", "불만을 들으면 사과하고 앞으로의 조치를 알려 준다"],
          donts: ["만족도 점수만 묻고 끊지 않는다"],
          targets: [{ label: "첫 방문 후 해피콜", operator: "<=", value: 2, unit: "영업일" }],
          importance: 3,
        },
        {
          name: "검사 결과·다음 예약 확인",
          moment:
            "환자가 앱에서 검사 결과를 열어 본다. 숫자와 약어만 있고 설명이 없으면 걱정에 밤늦게까지 인터넷을 뒤진다.",
          channel: "online",
          element: "software",
          departments: ["전산정보팀", "예약센터"],
          serviceStandard:
            "결과는 담당 의사가 확인한 뒤 공개하고 정상 범위와 쉬운 설명을 함께 보여 준다. 다음 예약 일시와 변경 버튼을 같은 화면에 둔다.",
          script:
            "검사 결과가 등록되었습니다. 자세한 설명은 다음 진료 때 담당 의사에게 들으실 수 있습니다. 예약 변경 ▶",
          dos: ["이상 수치는 색과 함께 쉬운 설명을 붙인다"],
          donts: ["의사가 확인하기 전에 결과를 먼저 공개하지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "검사 결과·다음 예약 확인",
          description: "설명 없이 결과 수치만 보고 불안해져 병원에 다시 전화하는 환자가 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "경험 공유",
      goal: "느낀 점을 병원에 전하거나 다른 사람과 나눈다.",
      actions: ["환자경험 설문에 응답한다", "지도 앱이나 지역 커뮤니티에 후기를 남긴다"],
      thoughts: ["내 의견이 정말 반영될까?"],
      emotion: 0,
      opportunities: ["'보내 주신 의견으로 이렇게 바뀌었습니다' 게시", "칭찬 후기를 해당 직원에게 전달"],
      touchpoints: [
        {
          name: "환자경험 설문",
          moment:
            "문자로 온 설문 링크를 누른 환자가 문항 수부터 본다. 길면 중간에 닫고, 짧으면서 자유 의견 칸이 있으면 하고 싶던 말을 남긴다.",
          channel: "online",
          element: "software",
          departments: ["고객경험팀"],
          serviceStandard:
            "설문은 10문항 이내로 3분 안에 끝나게 하고, 자유 의견은 고객경험팀이 매주 읽어 담당 부서에 전달한다.",
          script:
            "오늘 병원 이용은 만족스러우셨나요? 짧은 설문(약 3분)에 남겨 주신 의견은 더 나은 병원을 만드는 데 쓰겠습니다.",
          dos: ["결과를 부서별로 나눠 공유한다"],
          donts: ["같은 환자에게 일주일에 두 번 이상 설문을 보내지 않는다"],
          targets: [{ label: "설문 응답률", operator: ">=", value: 20, unit: "%" }],
          importance: 2,
        },
        {
          name: "온라인 후기 답글",
          moment:
            "불편했던 경험을 후기로 남긴 환자가 며칠 뒤 병원의 답글을 확인한다. 복사해 붙인 듯한 사과문이면 더 화가 나고, 구체적인 답이면 다시 가 볼 마음이 생긴다.",
          channel: "social",
          element: "humanware",
          departments: ["고객경험팀", "홍보팀"],
          serviceStandard:
            "후기는 주 2회 이상 확인하고, 불만 후기에는 3영업일 안에 구체적인 사과와 개선 내용을 담아 답한다.",
          script:
            "소중한 후기 감사합니다. 말씀하신 대기 시간 문제는 해당 부서와 함께 확인하고 있습니다. 더 자세히 말씀 나누고 싶으시면 고객의 소리 창구로 연락 주세요.",
          dos: ["답글에 실제 개선 조치를 적는다", "칭찬 후기에도 감사 인사를 남긴다"],
          donts: ["답글에서 환자의 진료 내용을 언급하지 않는다", "같은 문구를 복사해 붙이지 않는다"],
          targets: [{ label: "불만 후기 답글", operator: "<=", value: 3, unit: "영업일" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "온라인 후기 답글",
          description:
            "불만 후기에 답이 없거나 틀에 박힌 답만 달리면 병원을 알아보는 다른 환자의 신뢰까지 떨어질 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};

/** First-visit outpatient journey template: from searching to sharing the experience. */
export const FIRST_VISIT_OUTPATIENT_TEMPLATE_EN: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "First-visit outpatient journey",
  description:
    "A template of the journey a first-time outpatient takes, from searching and booking through consultation, tests and payment to the follow-up call and sharing the experience. Emotion scores and pain points are hypotheses: correct them with your own observation, patient feedback and waiting-time data, and adapt department names, targets and scripts to your hospital.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── before ─────────────
    {
      phase: "before",
      name: "Searching for a hospital",
      goal: "Find the right department and doctor for the symptoms and learn what a first visit involves.",
      actions: [
        "Looks up departments and doctors on search portals and the hospital website",
        "Checks opening hours and parking on a map app",
      ],
      thoughts: [
        "Which department should I see for this?",
        "It's a big hospital I've never been to. Will it be complicated?",
      ],
      emotion: -1,
      opportunities: [
        "A 'first visit' page that helps patients find a department by symptom",
        "Regular checks of the hospital's details on map apps and search portals",
      ],
      touchpoints: [
        {
          name: "Website department and doctor pages",
          moment:
            "The patient opens the hospital website on a phone and scans departments, doctors' specialties and clinic days. If the answer isn't there within a few taps, they close the tab and search for another hospital.",
          channel: "online",
          element: "software",
          departments: ["Communications", "IT Services"],
          serviceStandard:
            "Each doctor's page shows specialties, clinic days, whether new patients are accepted and a booking button; changes go live within 2 business days.",
          script: "First time here? Find a department by symptom | Find a doctor | Book online | Book by phone",
          dos: [
            "Keep the booking button visible on the first mobile screen",
            "Publish closures and clinic-day changes straight away",
          ],
          donts: ["Don't describe departments in medical jargon alone"],
          targets: [{ label: "Doctor page update lag", operator: "<=", value: 2, unit: "business days" }],
          importance: 4,
        },
        {
          name: "Map app and search listings",
          moment:
            "Searching for the hospital on a navigation app, the patient checks whether it's open on Saturdays and what parking costs. Turning up at the listed time to find the doors closed means they won't come back.",
          channel: "online",
          element: "software",
          departments: ["Communications"],
          serviceStandard:
            "Keep opening hours, phone numbers and parking charges on map and search listings identical to the website, and post public-holiday opening times a week ahead.",
          script:
            "Clinics: weekdays 9:00–17:00 · Saturdays 9:00–12:00 | Lunch break 12:30–13:30 | Parking: 3 hours at a reduced rate for patients | Book online ▶",
          dos: ["Update the website and map listings on the same day", "Post public-holiday opening times in advance"],
          donts: ["Don't leave out-of-date hours or old phone numbers online"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Website department and doctor pages",
          description:
            "Patients can't tell from their symptoms which department to choose, so some will book the wrong one.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "Booking an appointment",
      goal: "Book a first appointment with a suitable doctor on a convenient day.",
      actions: [
        "Calls the main number or books through the app or website",
        "Asks about available dates and which documents to bring",
      ],
      thoughts: ["Why is it so hard to get through?", "Do I really need a referral letter?"],
      emotion: -2,
      opportunities: [
        "Call-back booking at peak hours",
        "Send the what-to-bring guide automatically when a booking is made",
      ],
      touchpoints: [
        {
          name: "Reservation Center call",
          moment:
            "After a long time on hold, the patient explains their symptoms and preferred dates to the agent. Being heard out and offered the quickest option takes the edge off the wait.",
          channel: "phone",
          element: "humanware",
          departments: ["Reservation Center"],
          serviceStandard:
            "Answer within 20 seconds of connection, say who you are, and read back the date, time, doctor, where to go and what to bring before the call ends.",
          script:
            "Sorry to keep you waiting, this is the Reservation Center. Could you tell me what symptoms you'd like to be seen for? … Let me read your booking back to you.",
          dos: [
            "Briefly repeat the symptoms back and acknowledge the worry",
            "If the preferred date is full, offer another doctor or the cancellation list",
            "Read the booking back at the end of the call",
          ],
          donts: ["Don't make medical judgements such as 'I'm sure it's nothing'"],
          targets: [{ label: "Time to reach an agent", operator: "<=", value: 60, unit: "s" }],
          importance: 5,
        },
        {
          name: "App and online booking",
          moment:
            "The patient picks a department and date in the app, verifies their identity and confirms. An error on the way, or a last-minute message saying first visits can only be booked by phone, makes them give up.",
          channel: "online",
          element: "software",
          departments: ["Reservation Center", "IT Services"],
          serviceStandard:
            "First-time patients can book online too, in five steps or fewer, and receive a confirmation message as soon as they finish.",
          script:
            "Your appointment is booked. Please come to the new-patient registration desk 30 minutes beforehand, with photo ID and your referral letter if you have one.",
          dos: [
            "Explain in plain words the difference between first and return visits",
            "Let patients change or cancel on the same screen",
          ],
          donts: ["Don't send patients to the phone line at the last step"],
          targets: [{ label: "Online booking completion rate", operator: ">=", value: 80, unit: "%" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Reservation Center call",
          description: "At the morning peak, reaching an agent probably takes so long that many callers hang up.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "Getting ready for the visit",
      goal: "Confirm the date, place and what to bring, and feel ready for the visit.",
      actions: [
        "Receives the appointment reminder and checks the details",
        "Gathers the referral letter and test results from a previous hospital",
      ],
      thoughts: ["Is there parking? What time do I need to be there?"],
      emotion: 0,
      opportunities: [
        "Put the map, parking and what-to-bring links in a single reminder",
        "Let patients change or cancel straight from the day-before reminder",
      ],
      touchpoints: [
        {
          name: "Appointment reminder",
          moment:
            "The day before, a reminder arrives on the patient's phone. They check that the time, place and what to bring are clear at a glance, and look for a quick way to reschedule if they can't make it.",
          channel: "online",
          element: "software",
          departments: ["Reservation Center", "IT Services"],
          serviceStandard:
            "Send a reminder when the booking is confirmed and again the afternoon before, with the date and time, department, where to arrive, what to bring and a link to change the booking.",
          script:
            "[Appointment reminder] You have an appointment in Internal Medicine tomorrow at 10:30 a.m. Please come to the new-patient registration desk 30 minutes early. Bring: photo ID, referral letter. Change booking ▶",
          dos: [
            "Let elderly patients have reminders copied to a family member",
            "Add links to parking and public transport information",
          ],
          donts: ["Don't mix in promotional content"],
          targets: [{ label: "Day-before reminders sent", operator: ">=", value: 98, unit: "%" }],
          importance: 3,
        },
        {
          name: "Call about what to bring",
          moment:
            "Unsure whether to bring a referral letter or imaging CDs from another hospital, the patient rings to ask. One clear answer reassures them; being passed from desk to desk wears them out before they've even arrived.",
          channel: "phone",
          element: "humanware",
          departments: ["Outpatient Nursing", "Referral Center"],
          serviceStandard:
            "Whoever takes a question about what to bring answers it in full; if they need to check, they call back within 30 minutes. The answer is also sent by text.",
          script:
            "If you have imaging CDs or test reports from another hospital, please bring them along. I'll text you what I've just said so you have it in writing.",
          dos: ["Explain clearly how the cost differs without a referral letter", "Follow up in writing by text"],
          donts: ["Don't just give out another number with 'ask another department' and hang up"],
          targets: [{ label: "Call-back after checking", operator: "<=", value: 30, unit: "min" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Call about what to bring",
          description:
            "Some patients probably forget imaging CDs or results from their previous hospital and end up repeating the same tests.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── during ─────────────
    {
      phase: "during",
      name: "Arrival and parking",
      goal: "Reach the hospital, park and find the way in without getting lost.",
      actions: [
        "Follows the satnav to the hospital and looks for a parking space",
        "Finds the way from the car park to the outpatient entrance",
      ],
      thoughts: ["What if I'm late for my appointment?", "Which way is the main building from here?"],
      emotion: -1,
      opportunities: [
        "Live free-space counts at the car park entrance",
        "The same wayfinding design on every car park level",
      ],
      touchpoints: [
        {
          name: "Car park entry and attendants",
          moment:
            "Stuck in the queue into the car park and anxious about the time, the patient is waved to a free space by an attendant. The attendant's expression and tone become the hospital's first impression.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Facilities", "Security"],
          serviceStandard:
            "At peak times attendants stand at the entrance and junctions; when the car park is full, they direct drivers to the nearest overflow car park and shuttle bus.",
          script:
            "Welcome. There are spaces on level B2. Take the lift once you've parked and it brings you straight to the outpatient lobby.",
          dos: [
            "Make eye contact and greet drivers with a smile",
            "Direct disabled and elderly patients to spaces near the entrance",
          ],
          donts: ["Don't hurry drivers along with a whistle or a wave alone"],
          targets: [{ label: "Car park entry wait", operator: "<=", value: 10, unit: "min" }],
          importance: 3,
        },
        {
          name: "Signs from the car park to outpatients",
          moment:
            "Out of the car, the patient follows signs on pillars and walls to find the lifts. If the signs stop halfway or look different on every level, they soon lose their way.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Facilities"],
          serviceStandard:
            "Every car park level carries outpatient direction signs in the same colours and symbols, and the route is walked every quarter through a first-time visitor's eyes.",
          script: "Outpatient clinics & registration → Use the zone B lifts (to the ground-floor lobby)",
          dos: ["Show zone numbers large enough to remember where you parked", "Mark the step-free route separately"],
          donts: ["Don't leave temporary signs up once building work is finished"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Car park entry and attendants",
          description:
            "During morning clinics the car park entrance likely backs up, making some patients late for their appointment.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Information desk and wayfinding",
      goal: "Find out where to go and what to do first, and reach the new-patient registration desk.",
      actions: [
        "Looks for the information desk or the floor directory in the lobby",
        "Asks where first-time patients register",
      ],
      thoughts: ["There are so many people. Where do I go?"],
      emotion: -1,
      opportunities: [
        "A marked first-visit route starting at the lobby entrance",
        "Roaming guides in the lobby at peak times",
      ],
      touchpoints: [
        {
          name: "Information desk welcome",
          moment:
            "Looking around, the patient approaches the information desk. A staff member who looks up, makes eye contact and speaks first puts them at ease.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Experience"],
          serviceStandard:
            "Greet patients before they reach the desk; tell first-time patients where to register and walk them there when needed.",
          script:
            "Hello, how can I help? If it's your first visit, please register first at the new-patient desk on your right. Shall I show you the way?",
          dos: [
            "Greet first and speak at the patient's eye level",
            "Walk elderly and disabled patients to where they need to go",
          ],
          donts: [
            "Don't end the conversation by just pointing",
            "Don't keep the patient in front of you waiting while you take a phone call",
          ],
          targets: [{ label: "Information desk wait", operator: "<=", value: 3, unit: "min" }],
          importance: 4,
        },
        {
          name: "Lobby floor directory",
          moment:
            "The patient stands in front of the lobby directory, hunting for the department's name. Small print or unfamiliar department names keep them standing there until they give up and ask someone.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Facilities", "Patient Experience"],
          serviceStandard:
            "The directory shows 'You are here' and the lifts first, adds plain-language explanations to department names, and is updated within a week of any change.",
          script:
            "You are here: ground-floor lobby | Level 2: medical and surgical clinics | Level 3: tests (blood, imaging) | First visit? → New-patient registration (ground floor, right)",
          dos: ["Use large type and strong contrast", "Label everything in Korean and English"],
          donts: ["Don't leave closed or relocated departments on the board"],
          targets: [{ label: "Directory update lag", operator: "<=", value: 7, unit: "days" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description:
            "At the morning rush a queue forms at the information desk, so even simple directions mean a wait.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "New-patient registration",
      goal: "Complete the ID check and forms and be sent on to the clinic.",
      actions: [
        "Takes a ticket and waits to be called",
        "Hands over ID and referral letter and fills in the consent forms",
      ],
      thoughts: ["I booked. Why do I still have to queue?", "Why so many forms?"],
      emotion: -1,
      opportunities: [
        "Pre-registration in the app, consent forms included",
        "A card showing where the clinic is, handed over once registration is done",
      ],
      touchpoints: [
        {
          name: "New-patient registration desk",
          moment:
            "Their number is called and the patient sits down at the desk. Whether the clerk explains what's happening while taking the ID, or fires questions at the screen, sets the mood.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Accounts"],
          serviceStandard:
            "Look up and greet the patient as they sit down, and finish by telling them in one sentence where to go next and how to get there.",
          script:
            "Thanks for waiting. May I see your ID and referral letter first? … You're all registered. Please check in at desk 3 in the Internal Medicine clinic on level 2.",
          dos: ["Mark where to sign before handing over each form", "Give a card or map showing the next stop"],
          donts: ["Don't serve the patient while staring at the monitor"],
          targets: [{ label: "Registration wait", operator: "<=", value: 15, unit: "min" }],
          importance: 5,
        },
        {
          name: "Queue ticket and call screen",
          moment:
            "The patient takes a ticket and watches the call screen. Seeing how many people are ahead tells them whether they have time to step away.",
          channel: "face_to_face",
          element: "software",
          departments: ["Patient Accounts", "IT Services"],
          serviceStandard:
            "Tickets and screens show the number of people ahead and an estimated wait; each call appears on screen and is announced aloud with the ticket and desk number.",
          script: "New-patient registration, number 132, please go to desk 5. (4 people ahead · about 8 minutes)",
          dos: ["Send a text alert when the patient's turn is close"],
          donts: ["Don't skip straight to the next number when someone misses their call"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "New-patient registration desk",
          description:
            "Even with a booking, a long registration queue will push some patients past their appointment time.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Waiting to be seen",
      goal: "Check in at the clinic and know roughly when they will be seen.",
      actions: [
        "Checks in at the clinic desk",
        "Answers the nurse's pre-consultation questions and watches the waiting screen",
      ],
      thoughts: ["When's my turn?", "Have I got time to go to the toilet?"],
      emotion: -2,
      opportunities: [
        "When a clinic runs more than 30 minutes late, a nurse explains why and gives a new estimate in person",
        "Queue-position alerts on the patient's phone",
      ],
      touchpoints: [
        {
          name: "Clinic check-in",
          moment:
            "The patient hands their slip to the clinic desk; the nurse confirms their name and asks what brings them in. A little extra explanation for a first-timer is reassuring.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Outpatient Nursing"],
          serviceStandard:
            "Confirm identity with name and date of birth at check-in, and tell first-time patients their place in the queue, the expected wait and what happens after the consultation.",
          script:
            "Your first visit? There are three people ahead of you, so it should be about 20 minutes. When your name comes up on the screen, go into room 3.",
          dos: ["Use two identifiers: name and date of birth", "Give the expected wait in minutes"],
          donts: ["Don't answer vaguely with 'It won't be long'"],
          targets: [{ label: "Delay past appointment time", operator: "<=", value: 30, unit: "min" }],
          importance: 5,
        },
        {
          name: "Waiting-order screen",
          moment:
            "The patient scans the screen for their name. If the list doesn't move, or someone who came later goes in first, not knowing why makes them uneasy.",
          channel: "face_to_face",
          element: "software",
          departments: ["Outpatient Nursing", "IT Services"],
          serviceStandard:
            "The screen shows each room's queue and any delay, and explains when the order changes, for example for patients coming back with test results.",
          script:
            "Room 3 | Now seeing: Kim S. | Next: Lee Y., Park H. | Running about 15 minutes late | Patients returning with test results may be called first",
          dos: ["Show names only in part"],
          donts: ["Don't show 'on time' when the clinic is running late"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Waiting-order screen",
          description:
            "With no explanation shown, patients may think those called ahead of them are jumping the queue.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
        {
          touchpoint: null,
          description:
            "When clinics run late nobody gives a new estimate, so patients feel unable to leave their seats.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Consultation",
      goal: "Describe the symptoms fully and understand the diagnosis and the plan.",
      actions: [
        "Tells the doctor about the symptoms and asks questions",
        "Hears about the planned tests and next steps",
      ],
      thoughts: ["Will I get all my questions in?", "Why do I need these tests?"],
      emotion: 0,
      opportunities: [
        "A slip for jotting questions down before going in",
        "A nurse goes over tests and directions again after the consultation",
      ],
      touchpoints: [
        {
          name: "Doctor's examination and explanation",
          moment:
            "Walking in, the patient notices first whether the doctor looks up from the screen to greet them. Being heard out and given a plain-language explanation makes even a short consultation feel like enough.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Clinical Department"],
          serviceStandard:
            "The doctor greets the patient face to face and confirms their name, explains the diagnosis, the reason for any tests and the next steps in plain words, and asks for questions at the end.",
          script:
            "What's been bothering you most? … To get a clear picture we need a blood test and an ultrasound. Is there anything else you'd like to ask?",
          dos: ["Check the patient has understood at the end", "Show key points on paper or with a drawing"],
          donts: ["Don't explain while looking only at the monitor", "Don't cut the patient off"],
          targets: [],
          importance: 5,
        },
        {
          name: "Directions after the consultation",
          moment:
            "Leaving the room, the patient hesitates, unsure where, when and in what order the tests happen. A nurse who writes the order down keeps them from getting lost.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Outpatient Nursing"],
          serviceStandard:
            "After the consultation a nurse marks the order and location of tests, payment and the next appointment on a handout, and highlights precautions such as fasting.",
          script:
            "First pay on the ground floor, then have your blood taken in the lab on level 3. The ultrasound is tomorrow at 8 a.m., so nothing to eat or drink after midnight tonight.",
          dos: [
            "Give a handout with numbered steps",
            "Ask the patient to repeat fasting and medication instructions back",
          ],
          donts: ["Don't give vague directions like 'over that way'"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Doctor's examination and explanation",
          description: "With short consultations, many patients probably leave with questions unasked.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Tests",
      goal: "Have the required tests quickly and safely.",
      actions: [
        "Takes a ticket at the blood-test room and has blood taken",
        "Changes into a gown and has a scan in Radiology",
      ],
      thoughts: ["Will it hurt?", "When will the results be ready?"],
      emotion: -1,
      opportunities: [
        "Tell patients how long each test takes and when results will be ready",
        "Lockers and a mirror in the changing rooms",
      ],
      touchpoints: [
        {
          name: "Blood sampling",
          moment:
            "As the patient rolls up a sleeve, the phlebotomist checks their name and warns them before the needle goes in. One clean attempt brings relief; several are remembered long after.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Laboratory Medicine"],
          serviceStandard:
            "Confirm name and date of birth before drawing blood, and hand over to a more experienced colleague after two failed attempts. Afterwards, explain how to stop the bleeding and when results will be available.",
          script:
            "Could you tell me your name and date of birth? … Small scratch now. … Press firmly for about five minutes. The doctor will go through the results at your next visit.",
          dos: ["Warn the patient before the needle goes in", "Lay the patient down straight away if they feel faint"],
          donts: ["Don't make more than two attempts yourself"],
          targets: [{ label: "Blood test wait", operator: "<=", value: 10, unit: "min" }],
          importance: 4,
        },
        {
          name: "Radiology changing area",
          moment:
            "Told to change into a gown, the patient steps into the changing room. A door that won't lock or nowhere to leave belongings nags at them throughout the scan.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Radiology", "Facilities"],
          serviceStandard:
            "Changing rooms have working locks, personal lockers and separate routes for men and women, and are checked for cleanliness every two hours.",
          script:
            "Please put the gown on so it opens at the front, lock your valuables in a locker and bring the key with you.",
          dos: ["Stock gowns in a range of sizes", "Provide a changing room large enough for wheelchair users"],
          donts: ["Don't leave gowned patients waiting in the corridor"],
          targets: [{ label: "Changing room check interval", operator: "<=", value: 2, unit: "h" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Radiology changing area",
          description: "Some patients probably feel embarrassed waiting on corridor chairs in a hospital gown.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Payment and prescriptions",
      goal: "Understand and pay the bill, then get the prescribed medicine.",
      actions: ["Pays at the cashier desk or a self-service machine", "Takes the prescription to a pharmacy"],
      thoughts: ["That's more than I expected. What's it for?", "Where do I get my medicine?"],
      emotion: -1,
      opportunities: ["App payment to cut the cashier queue", "Receipts that explain the charges in plain language"],
      touchpoints: [
        {
          name: "Cashier desk",
          moment:
            "A bigger amount than expected appears and the patient asks what it's for. A clerk who calmly walks through the items leaves the bill the same but the frustration smaller.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Accounts"],
          serviceStandard:
            "When stating the amount, name the main items, such as consultation and tests, and go through the receipt if asked. Tell patients how to get documents for private insurance claims.",
          script:
            "Today's total covers the consultation, the blood test and the ultrasound. If you need documents for an insurance claim, I can print them for you now.",
          dos: [
            "Give a short breakdown along with the total",
            "Double-check the next appointment and test instructions",
          ],
          donts: ["Don't close a question with 'That's just how it is'"],
          targets: [{ label: "Payment wait", operator: "<=", value: 10, unit: "min" }],
          importance: 4,
        },
        {
          name: "Prescription and pharmacy directions",
          moment:
            "With the bill paid and a prescription in hand, the patient looks around for a pharmacy. Not knowing where the outside pharmacies are, or whether the prescription has been sent, brings them back to the desk.",
          channel: "face_to_face",
          element: "software",
          departments: ["Patient Accounts", "Pharmacy"],
          serviceStandard:
            "When handing over a prescription, say where the nearest pharmacies are and whether it has been sent electronically; medicines dispensed in the hospital come with an explanation of how to take them.",
          script:
            "Here's your prescription. There are several pharmacies across from the main gate, and we can also send it to the one you choose.",
          dos: ["Mention how long the prescription is valid"],
          donts: ["Don't steer patients to a particular pharmacy"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Cashier desk",
          description:
            "Some patients will leave with a receipt but no explanation of the charges, and with a grievance.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── after ─────────────
    {
      phase: "after",
      name: "Follow-up call and results",
      goal: "Get remaining questions answered and check the results and next steps.",
      actions: [
        "Takes the hospital's follow-up call and mentions what went wrong",
        "Checks test results and the next appointment in the app",
      ],
      thoughts: ["It's nice that they bothered to call", "What if the results are bad?"],
      emotion: 1,
      opportunities: [
        "Pass complaints from follow-up calls to the department within a week and report back to the patient",
        "Tell patients before they open results that the doctor will explain them at the next visit",
      ],
      touchpoints: [
        {
          name: "Outpatient follow-up call",
          moment:
            "The day after the visit the hospital calls. From the first sentence the patient can tell whether it's a box-ticking survey or a genuine wish to hear what went wrong.",
          channel: "phone",
          element: "humanware",
          departments: ["Patient Experience"],
          serviceStandard:
            "Call within 2 business days of a first visit and spend about three minutes on what went well and what didn't. Complaints go to the department concerned and the patient is told what was done.",
          script:
            "Hello, this is the Patient Experience team at the hospital. You visited us for the first time yesterday and we wanted to ask how it went. Is now a good time for a quick chat?",
          dos: ["Ask whether it's a good time first", "Apologise for any problem and explain what will happen next"],
          donts: ["Don't just ask for a score and hang up"],
          targets: [{ label: "Follow-up call after first visit", operator: "<=", value: 2, unit: "business days" }],
          importance: 3,
        },
        {
          name: "Results and next appointment",
          moment:
            "The patient opens the test results in the app. Bare numbers and abbreviations with no explanation send them searching the internet late into the night.",
          channel: "online",
          element: "software",
          departments: ["IT Services", "Reservation Center"],
          serviceStandard:
            "Results are released once the doctor has reviewed them, with normal ranges and plain explanations; the next appointment and a reschedule button sit on the same screen.",
          script:
            "Your test results are ready. Your doctor will go through them with you at your next appointment. Change appointment ▶",
          dos: ["Flag abnormal values with colour and a plain explanation"],
          donts: ["Don't release results before the doctor has reviewed them"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Results and next appointment",
          description: "Seeing bare numbers without explanation, some patients will worry and phone the hospital.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "Sharing the experience",
      goal: "Tell the hospital, or other people, how it went.",
      actions: ["Answers the patient experience survey", "Posts a review on a map app or a local community site"],
      thoughts: ["Will anything actually change?"],
      emotion: 0,
      opportunities: ["Publish 'You said, we did' updates", "Pass compliments on to the staff named"],
      touchpoints: [
        {
          name: "Patient experience survey",
          moment:
            "The patient taps the survey link in a text and looks first at how many questions there are. If it's long they close it; if it's short with a free-text box, they write what they wanted to say.",
          channel: "online",
          element: "software",
          departments: ["Patient Experience"],
          serviceStandard:
            "Keep the survey to 10 questions or fewer, under three minutes; Patient Experience reads the free-text comments every week and passes them on to the departments concerned.",
          script:
            "How was your visit today? This survey takes about three minutes, and we'll use your answers to make the hospital better.",
          dos: ["Share the results with each department"],
          donts: ["Don't send the same patient more than one survey a week"],
          targets: [{ label: "Survey response rate", operator: ">=", value: 20, unit: "%" }],
          importance: 2,
        },
        {
          name: "Replies to online reviews",
          moment:
            "A few days after posting a critical review, the patient checks for the hospital's reply. A copy-and-paste apology makes them angrier; a specific answer makes them willing to come back.",
          channel: "social",
          element: "humanware",
          departments: ["Patient Experience", "Communications"],
          serviceStandard:
            "Check reviews at least twice a week and answer complaints within 3 business days with a specific apology and what is being improved.",
          script:
            "Thank you for taking the time to write this. We're looking into the waiting time you mentioned with the team involved. If you'd like to talk it through, please contact our patient feedback desk.",
          dos: ["Name the actual improvement in the reply", "Thank patients for positive reviews too"],
          donts: ["Never mention a patient's medical details in a reply", "Don't copy and paste the same reply"],
          targets: [{ label: "Reply to complaint reviews", operator: "<=", value: 3, unit: "business days" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Replies to online reviews",
          description:
            "Unanswered or boilerplate replies to complaints will also put off prospective patients reading them.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};
