import type { JourneyDocumentInput } from "../index.ts";

/** 입원 환자 여정 템플릿: 입원 결정부터 퇴원 후 관리까지. */
export const INPATIENT_STAY_TEMPLATE_KO: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "입원 환자 여정",
  description:
    "외래에서 입원이 결정된 환자가 입원 준비와 수속, 병동 생활, 검사·시술을 거쳐 퇴원하고 외래로 이어지기까지의 과정을 담은 템플릿입니다. 감정 점수와 불편 요소는 가설이니 병동 관찰과 입원 환자 설문, 고객의 소리(VOC)로 보정하고, 부서명·목표치·응대 문구를 우리 병원에 맞게 고쳐 쓰세요.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── 사전 (before) ─────────────
    {
      phase: "before",
      name: "입원 결정",
      goal: "입원이 왜 필요한지 이해하고 입원 날짜를 정한다.",
      actions: ["외래에서 입원 권유와 설명을 듣는다", "입원 예약 창구에서 날짜와 병실 종류를 정한다"],
      thoughts: ["얼마나 입원해야 하지?", "회사에는 뭐라고 말하지?"],
      emotion: -2,
      opportunities: ["예상 입원 기간과 비용 범위를 적은 입원 안내서", "병실 종류별 사진과 요금 비교표"],
      touchpoints: [
        {
          name: "외래 입원 권유·설명",
          moment:
            "의사에게서 입원해야 한다는 말을 들은 환자는 머릿속이 하얘진다. 왜 입원해야 하는지, 며칠이나 걸리는지 차분히 설명을 들으면 받아들일 준비가 된다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["진료과", "외래간호팀"],
          serviceStandard:
            "의사는 입원 목적, 예상 기간, 주요 치료를 설명하고, 외래 간호사는 입원 예약 절차와 준비물을 안내문과 함께 다시 설명한다.",
          script:
            "치료를 위해 5일 정도 입원하시는 게 좋겠습니다. 입원 예약과 준비하실 것은 간호사가 자세히 안내해 드릴 거예요. 걱정되는 점 있으시면 지금 말씀해 주세요.",
          dos: ["예상 입원 기간을 범위로라도 알려 준다", "보호자가 함께 들을 수 있게 한다"],
          donts: ["이유를 설명하지 않고 입원을 통보하지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "입원 예약 상담",
          moment:
            "환자가 입원 예약 창구에서 다인실과 1인실이 어떻게 다른지, 비용은 얼마인지 묻는다. 설명이 빠르게 지나가면 무엇을 고른 건지도 모른 채 서명하게 된다.",
          channel: "face_to_face",
          element: "software",
          departments: ["원무팀", "병상관리팀"],
          serviceStandard:
            "병실 종류별 하루 비용과 건강보험 적용 여부를 표로 보여 주며 설명하고, 원하는 병실이 없을 때의 배정 원칙을 알려 준다.",
          script:
            "입원 당일 다인실 자리가 없으면 1인실로 먼저 입원하셨다가 자리가 나면 옮기실 수 있어요. 이 경우 1인실 비용이 하루에 이만큼 더 나옵니다.",
          dos: ["비용표를 환자에게 건네준다", "입원 전에 언제, 어떻게 연락하는지 알려 준다"],
          donts: ["병실료 차액을 퇴원할 때 처음 알게 하지 않는다"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "입원 예약 상담",
          description: "병실 종류별 비용 차이를 충분히 듣지 못해 퇴원할 때 상급 병실료에 놀라는 환자가 있을 것이다.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "입원 전 준비",
      goal: "입원 당일 무엇을 가져가고 언제 어디로 가야 하는지 안다.",
      actions: ["입원 안내 메시지를 받고 준비물을 챙긴다", "입원 당일 병상 배정 전화를 기다린다"],
      thoughts: ["몇 시에 연락이 올까? 하루를 통째로 비워 둬야 하나?"],
      emotion: -1,
      opportunities: ["전날 병상 배정 예상 시간대 안내", "복용 중인 약 목록을 앱으로 미리 등록"],
      touchpoints: [
        {
          name: "입원 안내 메시지",
          moment:
            "입원 이틀 전 받은 메시지를 열어 환자가 준비물 목록을 확인한다. 복용 중인 약을 끊어야 하는지 같은 중요한 내용이 긴 글 속에 묻혀 있으면 놓치기 쉽다.",
          channel: "online",
          element: "software",
          departments: ["원무팀", "병상관리팀"],
          serviceStandard:
            "입원 2일 전에 입원 일시, 도착 장소, 준비물, 복용 약 주의 사항, 문의 번호를 보내고, 항응고제처럼 끊어야 하는 약은 맨 앞에 강조한다.",
          script:
            "[입원 안내] 모레 입원 예정입니다. 병상이 준비되면 당일 오전에 전화드립니다. 꼭 확인하세요: 혈액을 묽게 하는 약을 드시는 분은 담당 의사의 안내대로 복용을 멈춰 주세요. 준비물: 신분증, 복용 중인 약, 개인 세면도구",
          dos: ["중요한 주의 사항을 첫 줄에 둔다", "보호자에게도 같은 내용을 보낼 수 있게 한다"],
          donts: ["긴 안내문을 이미지 한 장으로만 보내지 않는다"],
          targets: [{ label: "입원 안내 사전 발송", operator: ">=", value: 2, unit: "일 전" }],
          importance: 4,
        },
        {
          name: "병상 배정 연락",
          moment:
            "입원 당일 아침, 짐을 싸 두고 기다리던 환자에게 전화가 온다. 몇 시까지 어디로 오라는 말을 또렷하게 들으면 하루 계획이 선다.",
          channel: "phone",
          element: "humanware",
          departments: ["병상관리팀"],
          serviceStandard:
            "입원 당일 오전 11시까지 병상 배정 결과를 전화로 알리고, 늦어지면 예상 시간을 먼저 알린다. 통화가 안 되면 문자를 남긴다.",
          script:
            "오늘 입원하실 병실이 준비되었습니다. 오후 2시까지 1층 입원 수속 창구로 오시면 됩니다. 혹시 열이 나거나 감기 기운이 있으시면 먼저 말씀해 주세요.",
          dos: ["도착 시간과 장소를 두 번 말한다"],
          donts: ["예상 시간 없이 '기다려 주세요'라고만 하지 않는다"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "병상 배정 연락",
          description: "병상 배정 전화가 언제 올지 몰라 입원 당일 하루를 통째로 비우고 기다려야 한다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 입원 (during) ─────────────
    {
      phase: "during",
      name: "입원 수속",
      goal: "서류와 절차를 빨리 마치고 병동으로 올라간다.",
      actions: ["입원 수속 창구에서 서류를 작성한다", "환자 확인 팔찌와 보호자 출입증을 받는다"],
      thoughts: ["무슨 서류에 이렇게 서명을 많이 하지?"],
      emotion: -1,
      opportunities: ["전자 서명으로 서류 작성 시간 줄이기", "보호자 출입 규정을 한 장으로 정리"],
      touchpoints: [
        {
          name: "입원 수속 창구",
          moment:
            "짐을 든 환자와 보호자가 창구에 앉아 여러 장의 동의서를 받는다. 직원이 무엇에 서명하는지 한 줄씩이라도 설명해 주면 안심하고 서명한다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["원무팀"],
          serviceStandard:
            "서류마다 목적을 한 문장으로 설명하고, 환자 확인 팔찌를 채울 때 이름과 생년월일을 함께 확인한다. 수속은 20분 안에 마친다.",
          script:
            "이 서류는 입원 중 개인정보를 어떻게 쓰는지에 대한 동의서예요. … 팔찌 채워 드릴게요. 성함과 생년월일이 맞는지 봐 주시겠어요?",
          dos: ["서류마다 목적을 짧게 설명한다", "팔찌 정보를 환자와 함께 확인한다"],
          donts: ["'여기, 여기 서명하세요'만 반복하지 않는다"],
          targets: [{ label: "입원 수속 소요", operator: "<=", value: 20, unit: "분" }],
          importance: 4,
        },
        {
          name: "보호자 출입·면회 안내",
          moment:
            "보호자가 출입증을 받으며 몇 명까지, 언제 드나들 수 있는지 묻는다. 규정만 읽어 주면 답답하고, 이유를 들으면 수긍한다.",
          channel: "face_to_face",
          element: "software",
          departments: ["원무팀", "보안팀"],
          serviceStandard:
            "상주 보호자 수, 면회 시간, 출입증을 잃어버렸을 때의 절차를 안내문으로 주고, 감염 예방 같은 제한 이유를 함께 설명한다.",
          script:
            "환자분 곁에는 보호자 한 분만 머무르실 수 있어요. 병원 안 감염을 막기 위한 규정이라 너그럽게 이해해 주세요. 면회는 평일 저녁 6시부터 8시까지입니다.",
          dos: ["제한하는 이유를 함께 설명한다"],
          donts: ["규정 위반을 여러 사람 앞에서 지적하지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "입원 수속 창구",
          description: "설명 없이 서명만 요구받아 무엇에 동의했는지 모르는 환자가 있을 것이다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "병동 첫날",
      goal: "병실과 병동 생활에 빨리 익숙해진다.",
      actions: ["간호사의 안내를 받으며 병실에 짐을 푼다", "호출벨, 침대, 화장실 쓰는 법을 배운다"],
      thoughts: ["같은 방 사람들은 어떤 분들일까?", "밤에 필요하면 누구를 불러야 하지?"],
      emotion: -1,
      opportunities: ["담당 간호사 이름과 사진을 침상에 게시", "병동 생활 안내 영상"],
      touchpoints: [
        {
          name: "병동 오리엔테이션",
          moment:
            "병동에 들어선 환자를 간호사가 맞이하며 자신을 소개한다. 담당 간호사가 누구인지, 필요할 때 어떻게 부르는지 알면 낯선 곳이 덜 두렵다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["병동간호팀"],
          serviceStandard:
            "도착 10분 안에 담당 간호사가 자신을 소개하고 호출벨, 침대, 식사·회진 시간, 낙상 예방 수칙을 설명한 뒤 안내문을 준다.",
          script:
            "안녕하세요, 오늘 낮 동안 담당하는 간호사입니다. 불편하시면 언제든 이 버튼을 눌러 주세요. 밤에 화장실 가실 때는 꼭 불을 켜고 천천히 일어나세요.",
          dos: ["이름을 밝히고 담당 시간을 알려 준다", "낙상 위험이 큰 환자는 보호자와 함께 교육한다"],
          donts: ["안내문만 건네고 나가지 않는다"],
          targets: [{ label: "병동 도착 후 간호사 첫 방문", operator: "<=", value: 10, unit: "분" }],
          importance: 5,
        },
        {
          name: "병실·침상 환경",
          moment:
            "환자가 침대에 앉아 주변을 둘러본다. 침대 높이가 조절되지 않거나 사물함이 지저분하면 이 병원이 나를 제대로 돌볼지 의심이 든다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["시설관리팀", "병동간호팀"],
          serviceStandard:
            "새 환자를 받기 전에 침대, 호출벨, 조명, 사물함, 화장실을 점검표로 확인하고 고장은 당일 고친다.",
          script: "침대 옆 리모컨으로 높이와 등받이를 조절하실 수 있어요. 사물함 열쇠는 여기 있습니다.",
          dos: ["호출벨이 작동하는지 환자 앞에서 확인한다"],
          donts: ["고장 난 설비를 '원래 그래요'로 넘기지 않는다"],
          targets: [{ label: "설비 고장 수리", operator: "<=", value: 24, unit: "시간" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "병실·침상 환경",
          description: "이전 환자가 쓰던 흔적이 남은 침상을 받으면 감염 걱정과 함께 첫인상이 크게 나빠질 것이다.",
          severity: "high",
          frequency: "rare",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "회진·치료 계획",
      goal: "오늘 무엇을 하고 앞으로 어떻게 치료하는지 안다.",
      actions: ["회진 때 의사에게 궁금한 점을 묻는다", "침상 안내판에서 오늘 일정을 확인한다"],
      thoughts: ["회진이 너무 짧아서 물어볼 틈이 없네", "퇴원은 언제쯤 할 수 있을까?"],
      emotion: 0,
      opportunities: ["회진 시간 예고와 질문 메모 카드", "침상 옆 안내판에 검사 일정과 예상 퇴원일 표시"],
      touchpoints: [
        {
          name: "주치의 회진",
          moment:
            "회진 온 의사가 침대 옆에 선 채 몇 마디 하고 떠난다. 앉거나 눈높이를 맞추고 질문할 틈을 주면 같은 1분도 훨씬 길게 느껴진다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["진료과"],
          serviceStandard:
            "회진 때 오늘 결과와 다음 계획을 설명하고 반드시 질문할 기회를 준다. 그 자리에서 답하기 어려운 질문은 담당 간호사를 통해 당일 답한다.",
          script:
            "어제 검사 결과는 좋아지고 있어요. 내일 피검사를 한 번 더 보고 괜찮으면 모레쯤 퇴원을 생각하고 있습니다. 궁금하신 것 있으세요?",
          dos: ["환자와 눈높이를 맞춘다", "예상 퇴원 시기를 알려 준다"],
          donts: ["환자 앞에서 의료진끼리만 이야기하고 떠나지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "침상 치료 일정판",
          moment:
            "환자가 침상 옆 안내판을 보며 오늘 검사가 몇 시인지, 금식해야 하는지 확인한다. 어제 날짜가 그대로 적혀 있으면 아무도 나를 챙기지 않는다고 느낀다.",
          channel: "face_to_face",
          element: "software",
          departments: ["병동간호팀"],
          serviceStandard: "매일 아침 인수인계 뒤 담당 간호사 이름, 오늘 검사와 금식 여부, 예상 퇴원일을 새로 적는다.",
          script:
            "오늘 담당 간호사: 낮 정하늘 · 밤 김민준 | 오늘 일정: 오전 10시 복부 CT(아침 금식) | 예상 퇴원일: 목요일",
          dos: ["근무가 바뀔 때마다 간호사 이름을 고친다"],
          donts: ["지난 일정을 지우지 않고 남겨 두지 않는다"],
          targets: [{ label: "일정판 갱신", operator: ">=", value: 1, unit: "회/일" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "주치의 회진",
          description: "회진이 짧고 예고 없이 지나가 궁금한 점을 묻지 못한 채 다음 날까지 기다리게 될 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "간호·투약",
      goal: "필요할 때 바로 도움을 받고 약과 처치를 안전하게 받는다.",
      actions: ["호출벨을 눌러 간호사를 부른다", "약을 받기 전에 이름 확인에 답한다"],
      thoughts: ["벨을 눌렀는데 왜 안 오지?", "이건 무슨 약이지?"],
      emotion: -1,
      opportunities: ["호출벨 응답 시간 모니터링", "처음 쓰는 약은 효과와 부작용을 한 장으로 안내"],
      touchpoints: [
        {
          name: "호출벨 응답",
          moment:
            "통증이 심해진 환자가 호출벨을 누르고 문 쪽을 바라본다. 누군가 바로 '네, 갈게요'라고 답해 주면 기다림을 견딜 수 있다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["병동간호팀"],
          serviceStandard:
            "호출에는 즉시 인터폰으로 응답하고 3분 안에 병실에 도착한다. 바로 갈 수 없으면 언제 갈 수 있는지 알린다.",
          script: "네, 간호사실입니다. 어디가 불편하세요? 바로 가겠습니다.",
          dos: ["응답한 뒤 실제로 도착할 때까지 책임진다", "다른 환자를 처치하는 중이면 동료에게 넘긴다"],
          donts: ["인터폰으로 '잠시만요'라고 해 놓고 잊지 않는다"],
          targets: [{ label: "호출 후 병실 도착", operator: "<=", value: 3, unit: "분" }],
          importance: 5,
        },
        {
          name: "투약 전 환자 확인·설명",
          moment:
            "간호사가 약을 건네기 전에 이름을 묻는다. 매번 묻는 이유를 알려 주고 약 이름과 효과를 말해 주면 환자는 안전하게 관리받고 있다고 느낀다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["병동간호팀", "약제부"],
          serviceStandard:
            "투약 전 환자가 이름과 생년월일을 직접 말하게 하고 팔찌와 대조한다. 새로 시작하는 약은 이름, 목적, 흔한 부작용을 설명한다.",
          script:
            "안전을 위해 약 드릴 때마다 여쭤봐요. 성함과 생년월일 말씀해 주시겠어요? 이건 오늘부터 드시는 위 보호제예요.",
          dos: ["환자가 직접 이름을 말하게 한다"],
          donts: ["'홍길동 님 맞으시죠?'처럼 예·아니오로 답하게 묻지 않는다"],
          targets: [{ label: "투약 전 환자 확인 수행률", operator: "=", value: 100, unit: "%" }],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "호출벨 응답",
          description: "야간과 교대 시간에 호출벨 응답이 늦으면 환자가 혼자 움직이다 넘어질 위험이 있다.",
          severity: "critical",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "병동 생활",
      goal: "식사와 잠을 편히 하며 회복에 집중한다.",
      actions: ["정해진 시간에 환자식을 받는다", "밤에 잠을 청한다"],
      thoughts: ["밥이 또 식어서 왔네", "옆 침대 소리에 잠을 못 자겠다"],
      emotion: -1,
      opportunities: ["보온 배식 카트", "소등 후 소음 줄이기 캠페인과 귀마개·안대 제공"],
      touchpoints: [
        {
          name: "환자식 배식",
          moment:
            "배식 직원이 식판을 내려놓으며 이름과 식사 종류를 확인한다. 따뜻한 음식과 '맛있게 드세요' 한마디에 병원 밥도 조금은 나아진다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["영양팀"],
          serviceStandard:
            "배식 전 이름과 식이 처방을 확인하고 조리 후 30분 안에 병실에 전달한다. 금식이나 식이 변경은 병동과 바로 공유한다.",
          script: "점심 가져왔습니다. 당뇨식 맞으시죠? 따뜻할 때 드세요. 다 드시면 식판은 그대로 두시면 됩니다.",
          dos: ["거동이 불편한 환자는 손이 닿는 곳에 식판을 놓는다"],
          donts: ["금식 중인 환자에게 식판을 두고 가지 않는다"],
          targets: [{ label: "조리 후 배식까지", operator: "<=", value: 30, unit: "분" }],
          importance: 3,
        },
        {
          name: "야간 병실 환경",
          moment:
            "불이 꺼진 병실에서 잠들려는 환자에게 복도 불빛과 장비 알람, 카트 바퀴 소리가 들린다. 하룻밤을 설치면 다음 날 모든 게 더 힘들다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["병동간호팀", "시설관리팀"],
          serviceStandard:
            "밤 10시 이후 복도 조명을 낮추고, 야간 순회와 처치는 작은 조명과 낮은 목소리로 한다. 소음 민원은 당일 원인을 찾아 조치한다.",
          script: "밤 10시부터 소등합니다. 잠들기 어려우시면 귀마개와 안대를 드릴게요.",
          dos: ["야간 처치는 되도록 한 번에 묶어서 한다"],
          donts: ["밤에 복도에서 큰 소리로 이야기하지 않는다"],
          targets: [{ label: "야간 병실 소음", operator: "<=", value: 40, unit: "dB" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "야간 병실 환경",
          description: "밤의 소음과 불빛 때문에 잠을 설친다는 불만이 입원 만족도를 끌어내릴 것이다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "검사·시술",
      goal: "검사와 시술의 이유와 위험을 이해하고 안전하게 이동해 받는다.",
      actions: ["시술 전 설명을 듣고 동의서에 서명한다", "이송 직원과 함께 검사실로 이동한다"],
      thoughts: ["위험한 건 아닐까?", "거기서 얼마나 기다려야 하지?"],
      emotion: -2,
      opportunities: ["동의서를 설명할 때 그림 자료 활용", "이송 전에 예상 대기 시간 안내"],
      touchpoints: [
        {
          name: "시술 전 설명·동의",
          moment:
            "의사가 동의서를 펼쳐 합병증을 읽어 내려가자 환자가 겁을 먹는다. 왜 필요한지, 위험이 얼마나 드문지 함께 들어야 결정할 수 있다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["진료과"],
          serviceStandard:
            "시술하는 의사가 목적, 방법, 주요 위험, 다른 방법을 설명하고 질문에 답한 뒤 서명을 받는다. 보호자가 함께 듣도록 권한다.",
          script:
            "이 시술은 좁아진 혈관을 넓히기 위해 필요합니다. 출혈 같은 합병증이 생길 수 있지만 드물고, 생기면 바로 대처할 준비가 되어 있어요. 다른 방법과 비교해서 궁금한 점 있으세요?",
          dos: ["그림이나 모형으로 설명한다", "서명하기 전에 질문을 받는다"],
          donts: ["서명만 받으러 간호사를 먼저 보내지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "검사실 이송",
          moment:
            "이송 직원이 침대를 밀고 복도와 엘리베이터를 지난다. 어디로 가는지 말해 주고 담요를 덮어 주면 환자는 짐이 아니라 사람으로 대접받는다고 느낀다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["이송팀"],
          serviceStandard:
            "이송 전에 환자를 확인하고 목적지와 걸리는 시간을 알린다. 이동 중에는 몸이 드러나지 않게 가리고, 대기 장소에 혼자 두지 않는다.",
          script: "지금 2층 검사실로 모셔 갈게요. 10분쯤 걸립니다. 춥지 않게 담요 덮어 드릴게요.",
          dos: ["엘리베이터 안에서도 환자에게 말을 건넨다"],
          donts: ["복도에 환자를 두고 자리를 비우지 않는다"],
          targets: [{ label: "검사실 도착 후 대기", operator: "<=", value: 15, unit: "분" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "검사실 이송",
          description: "검사실 앞 복도에서 환자복 차림으로 오래 기다리며 추위와 민망함을 느낄 수 있다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "퇴원 준비·수속",
      goal: "집에서 스스로 관리하는 법을 알고 막힘 없이 퇴원한다.",
      actions: ["퇴원 교육과 복약 안내를 듣는다", "퇴원 계산서를 받아 수납한다"],
      thoughts: ["집에 가서 혼자 잘할 수 있을까?", "계산서는 언제 나오지?"],
      emotion: 1,
      opportunities: ["퇴원 하루 전 예고와 퇴원 시각 안내", "병실에서 모바일로 퇴원 수납"],
      touchpoints: [
        {
          name: "퇴원 교육·복약 안내",
          moment:
            "퇴원을 앞둔 환자와 보호자가 간호사와 약사의 설명을 듣는다. 집에서 무엇을 조심하고 언제 다시 병원에 와야 하는지 분명해야 불안이 줄어든다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["병동간호팀", "약제부"],
          serviceStandard:
            "퇴원 전날이나 당일 오전에 상처·식사·활동 주의 사항, 퇴원약 복용법, 응급 시 연락처, 외래 일정을 안내문과 함께 설명하고, 환자가 다시 말해 보게 해 이해했는지 확인한다.",
          script:
            "열이 38도를 넘거나 상처에서 진물이 나면 바로 이 번호로 전화 주세요. 약은 하루 두 번, 아침저녁 식후에 드시면 됩니다. 방금 말씀드린 것 한번 말씀해 보시겠어요?",
          dos: ["보호자도 함께 앉혀 설명한다", "응급 연락처를 크게 적어 준다"],
          donts: ["퇴원 직전에 안내문만 급히 건네지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "퇴원 수납",
          moment:
            "짐을 다 싼 환자가 계산서를 기다리며 병실에 앉아 있다. 계산서가 늦게 나오면 퇴원해도 된다는 말을 듣고도 몇 시간을 그냥 보내야 한다.",
          channel: "face_to_face",
          element: "software",
          departments: ["원무팀"],
          serviceStandard:
            "퇴원이 결정되면 2시간 안에 계산서를 발행해 문자로 알리고, 병실에서 모바일로 결제하거나 창구에서 정산할 수 있게 한다. 보험 청구 서류는 한 번에 발급한다.",
          script:
            "[퇴원 계산서 안내] 퇴원 진료비가 준비되었습니다. 앱에서 바로 결제하시거나 1층 원무 창구에서 수납하실 수 있습니다.",
          dos: ["진료비 항목을 요약해 보여 준다"],
          donts: ["계산서가 늦는 이유를 알리지 않은 채 기다리게 하지 않는다"],
          targets: [{ label: "퇴원 결정 후 계산서 발행", operator: "<=", value: 2, unit: "시간" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "퇴원 수납",
          description: "계산서가 오후 늦게 나와 오전에 퇴원 결정을 받고도 반나절을 병실에서 기다리게 될 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 사후 (after) ─────────────
    {
      phase: "after",
      name: "퇴원 후 관리",
      goal: "집에서 회복하며 궁금한 점을 해결하고 외래 진료로 이어 간다.",
      actions: ["퇴원 해피콜을 받고 몸 상태를 이야기한다", "외래 추적 진료 예약을 확인한다"],
      thoughts: ["이 정도 통증은 괜찮은 건가?", "병원에서 잊지 않고 챙겨 주네"],
      emotion: 1,
      opportunities: ["위험도가 높은 환자는 퇴원 다음 날 간호사가 전화", "해피콜에서 나온 의견을 병동 회의에서 공유"],
      touchpoints: [
        {
          name: "퇴원 후 해피콜",
          moment:
            "퇴원 이틀 뒤 병동 간호사에게서 전화가 온다. 약은 잘 먹는지, 상처는 괜찮은지 물어봐 주면 환자는 퇴원한 뒤에도 병원이 곁에 있다고 느낀다.",
          channel: "phone",
          element: "humanware",
          departments: ["병동간호팀", "고객경험팀"],
          serviceStandard:
            "퇴원 후 3일 안에 전화해 증상, 복약, 상처, 외래 일정을 확인하고, 이상 징후가 있으면 당일 진료과에 연결한다.",
          script:
            "안녕하세요, 입원하셨던 병동의 간호사입니다. 퇴원하시고 몸은 좀 어떠세요? 약 드시는 데 불편한 점은 없으세요?",
          dos: ["이상 징후는 바로 의료진에게 연결한다", "입원 중 불편했던 점도 묻는다"],
          donts: ["점검표만 읽고 끊지 않는다"],
          targets: [{ label: "퇴원 후 해피콜", operator: "<=", value: 3, unit: "일" }],
          importance: 4,
        },
        {
          name: "외래 추적 진료 예약 안내",
          moment:
            "환자가 알림 메시지로 퇴원 후 첫 외래 일정을 확인한다. 퇴원할 때 들은 날짜와 다르거나 알림이 오지 않으면 예약이 된 건지 헷갈린다.",
          channel: "online",
          element: "software",
          departments: ["예약센터", "전산정보팀"],
          serviceStandard: "퇴원 당일 외래 예약을 확정해 문자로 보내고, 진료 3일 전과 전날에 다시 알린다.",
          script:
            "[외래 예약 안내] 퇴원 후 첫 외래 진료가 다음 주 화요일 오전 9시 30분에 예약되어 있습니다. 변경이 필요하시면 아래 링크를 눌러 주세요.",
          dos: ["퇴원 안내문에 적힌 날짜와 같은지 확인한다"],
          donts: ["예약 없이 '외래로 오세요'라고만 하지 않는다"],
          targets: [{ label: "퇴원 시 외래 예약 확정률", operator: ">=", value: 95, unit: "%" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description: "퇴원 후 궁금한 점이 생겨도 어디로 전화해야 할지 몰라 응급실을 찾는 환자가 있을 것이다.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};

/** Inpatient stay journey template: from the admission decision to care after discharge. */
export const INPATIENT_STAY_TEMPLATE_EN: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "Inpatient stay journey",
  description:
    "A template of the journey of a patient admitted from the outpatient clinic: preparing for admission, admission itself, life on the ward, tests and procedures, discharge and the move back to outpatient care. Emotion scores and pain points are hypotheses: refine them with ward observation, inpatient surveys and patient feedback, and adapt department names, targets and scripts to your hospital.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── before ─────────────
    {
      phase: "before",
      name: "Deciding on admission",
      goal: "Understand why admission is needed and settle on a date.",
      actions: [
        "Hears the doctor recommend admission in the clinic",
        "Agrees the date and room type at the admissions booking desk",
      ],
      thoughts: ["How long will I be in?", "What do I tell work?"],
      emotion: -2,
      opportunities: [
        "An admission guide giving the expected length of stay and a cost range",
        "Photos and prices of each room type side by side",
      ],
      touchpoints: [
        {
          name: "Admission explained in clinic",
          moment:
            "Told they need to be admitted, the patient's mind goes blank. A calm explanation of why, and for roughly how long, helps them accept it.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Clinical Department", "Outpatient Nursing"],
          serviceStandard:
            "The doctor explains the purpose of the admission, its expected length and the main treatment; an outpatient nurse then goes through booking and what to bring, with a handout.",
          script:
            "I'd recommend about five days in hospital for this treatment. The nurse will go through booking and what to bring. Is there anything worrying you that we should talk about now?",
          dos: ["Give the expected length of stay, even as a range", "Let a family member listen in"],
          donts: ["Don't announce an admission without explaining why"],
          targets: [],
          importance: 5,
        },
        {
          name: "Admission booking",
          moment:
            "At the admissions booking desk the patient asks how shared and single rooms differ and what they cost. If the explanation is rushed, they sign without knowing what they chose.",
          channel: "face_to_face",
          element: "software",
          departments: ["Patient Accounts", "Bed Management"],
          serviceStandard:
            "Explain the daily cost and insurance cover of each room type using a printed table, and say how beds are allocated when the preferred room isn't free.",
          script:
            "If there's no bed in a shared room on the day, you can start in a single room and move when one frees up. In that case the single room costs this much extra per day.",
          dos: ["Give the patient the price table to keep", "Say when and how we'll be in touch before admission"],
          donts: ["Don't let room surcharges come as a surprise at discharge"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Admission booking",
          description:
            "Some patients, never properly told how room costs differ, will be shocked by single-room charges at discharge.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "Preparing for admission",
      goal: "Know what to bring and when and where to go on admission day.",
      actions: ["Gets the admission message and packs", "Waits for the bed-allocation call on the day"],
      thoughts: ["When will they call? Do I have to keep the whole day free?"],
      emotion: -1,
      opportunities: [
        "Give an expected time window for the bed call the day before",
        "Let patients register their current medicines in the app in advance",
      ],
      touchpoints: [
        {
          name: "Admission information message",
          moment:
            "Two days before admission, the patient opens the message and checks the packing list. Important points, such as whether to stop a medicine, are easily missed if buried in a long text.",
          channel: "online",
          element: "software",
          departments: ["Patient Accounts", "Bed Management"],
          serviceStandard:
            "Two days before, send the date and time, where to arrive, what to bring, medication precautions and a contact number, putting medicines that must be stopped, such as blood thinners, first.",
          script:
            "[Admission information] You are due to be admitted the day after tomorrow. We'll call on the morning of admission when your bed is ready. Important: if you take blood thinners, stop them as your doctor instructed. Bring: photo ID, your current medicines, toiletries.",
          dos: ["Put critical precautions in the first line", "Offer to send the same message to a family member"],
          donts: ["Don't send the whole guide as a single long image"],
          targets: [{ label: "Admission message sent ahead", operator: ">=", value: 2, unit: "days before" }],
          importance: 4,
        },
        {
          name: "Bed-allocation call",
          moment:
            "On admission morning, bags packed, the patient gets the call. Hearing clearly when and where to come lets them plan the day.",
          channel: "phone",
          element: "humanware",
          departments: ["Bed Management"],
          serviceStandard:
            "Call with the bed allocation by 11 a.m. on admission day; if it's running late, call earlier with an estimated time. If there's no answer, leave a text.",
          script:
            "Your bed is ready for today. Please come to the admissions desk on the ground floor by 2 p.m. If you have a fever or a cold, please let us know first.",
          dos: ["Repeat the arrival time and place"],
          donts: ["Don't just say 'please wait' without giving a time"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Bed-allocation call",
          description:
            "Not knowing when the bed call will come, patients have to keep the whole of admission day free.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── during ─────────────
    {
      phase: "during",
      name: "Admission",
      goal: "Get through the paperwork quickly and go up to the ward.",
      actions: ["Fills in forms at the admissions desk", "Receives an ID wristband and a visitor pass for the family"],
      thoughts: ["Why are there so many things to sign?"],
      emotion: -1,
      opportunities: ["Electronic signatures to shorten the paperwork", "Visitor rules on a single page"],
      touchpoints: [
        {
          name: "Admissions desk",
          moment:
            "Patient and family sit down at the desk, bags at their feet, and are handed a stack of forms. A one-line explanation of each makes them comfortable signing.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Accounts"],
          serviceStandard:
            "Explain each form's purpose in one sentence, and confirm name and date of birth while fitting the ID wristband. Admission paperwork is done within 20 minutes.",
          script:
            "This form is about how we use your personal information while you're here. … Let me put your wristband on. Can you check your name and date of birth are right?",
          dos: ["Explain each form briefly", "Check the wristband details together with the patient"],
          donts: ["Don't just repeat 'sign here, and here'"],
          targets: [{ label: "Admission paperwork time", operator: "<=", value: 20, unit: "min" }],
          importance: 4,
        },
        {
          name: "Visitor pass and visiting rules",
          moment:
            "Receiving a visitor pass, the family asks how many can come and when. Being read the rules is frustrating; hearing the reasons makes them accept it.",
          channel: "face_to_face",
          element: "software",
          departments: ["Patient Accounts", "Security"],
          serviceStandard:
            "Hand out the number of resident carers allowed, visiting hours and what to do if a pass is lost, and explain the reasons for the limits, such as infection control.",
          script:
            "One family member can stay with the patient. It's to prevent infections, so thank you for understanding. Visiting hours are 6 to 8 p.m. on weekdays.",
          dos: ["Explain why the limits exist"],
          donts: ["Don't call out rule-breaking in front of others"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Admissions desk",
          description: "Asked only to sign, some patients will not know what they have agreed to.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "First day on the ward",
      goal: "Settle into the room and the ward routine quickly.",
      actions: ["Unpacks in the room with a nurse's guidance", "Learns how to use the call bell, bed and bathroom"],
      thoughts: ["Who am I sharing with?", "Who do I call at night?"],
      emotion: -1,
      opportunities: ["The named nurse's name and photo at the bedside", "A short video on life on the ward"],
      touchpoints: [
        {
          name: "Ward orientation",
          moment:
            "A nurse meets the patient on the ward and introduces themselves. Knowing who their nurse is, and how to call for help, makes the unfamiliar place less frightening.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Ward Nursing"],
          serviceStandard:
            "Within 10 minutes of arrival the named nurse introduces themselves, explains the call bell, the bed, meal and ward-round times and fall prevention, and leaves a handout.",
          script:
            "Hello, I'm your nurse for today. Press this button whenever you need anything. When you get up to the toilet at night, please turn the light on and stand up slowly.",
          dos: [
            "Give your name and say when you're on duty",
            "Teach fall prevention to high-risk patients with their family present",
          ],
          donts: ["Don't just hand over a leaflet and leave"],
          targets: [{ label: "Nurse's first visit after arrival", operator: "<=", value: 10, unit: "min" }],
          importance: 5,
        },
        {
          name: "Room and bedside",
          moment:
            "Sitting on the bed, the patient looks around. A bed that won't adjust or a grubby locker makes them wonder how well they'll be looked after.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Facilities", "Ward Nursing"],
          serviceStandard:
            "Before each new patient, check the bed, call bell, lights, locker and bathroom against a checklist; faults are fixed the same day.",
          script: "You can raise the bed and the backrest with the remote beside you. Here's the key to your locker.",
          dos: ["Test the call bell in front of the patient"],
          donts: ["Don't wave off broken equipment as 'just how it is'"],
          targets: [{ label: "Equipment repair", operator: "<=", value: 24, unit: "h" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Room and bedside",
          description:
            "A bed space with traces of the previous patient would badly damage the first impression and raise fears of infection.",
          severity: "high",
          frequency: "rare",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Ward rounds and care plan",
      goal: "Know what happens today and how treatment will go.",
      actions: ["Asks the doctor questions on the ward round", "Checks today's schedule on the bedside board"],
      thoughts: ["The round was over before I could ask anything", "When can I go home?"],
      emotion: 0,
      opportunities: [
        "Announce round times and provide question cards",
        "Show tests and the expected discharge date on the bedside board",
      ],
      touchpoints: [
        {
          name: "Doctor's ward round",
          moment:
            "On the round, the doctor stands by the bed, says a few words and moves on. Sitting down or meeting the patient's eyes, and leaving room for a question, makes the same minute feel far longer.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Clinical Department"],
          serviceStandard:
            "On every round explain today's results and the next step, and always invite questions; anything that can't be answered on the spot is answered the same day through the nurse.",
          script:
            "Yesterday's results show things are improving. We'll repeat the blood test tomorrow and, if that's fine, we're thinking of letting you go home the day after. Any questions?",
          dos: ["Get down to the patient's eye level", "Mention the expected discharge date"],
          donts: ["Don't talk only among the team at the bedside and then leave"],
          targets: [],
          importance: 5,
        },
        {
          name: "Bedside care board",
          moment:
            "The patient glances at the bedside board to see what time today's test is and whether they need to fast. Yesterday's date still on it says nobody is keeping track.",
          channel: "face_to_face",
          element: "software",
          departments: ["Ward Nursing"],
          serviceStandard:
            "After the morning handover, update the nurse's name, today's tests and fasting status and the expected discharge date every day.",
          script:
            "Your nurse today: Jung Ha-neul (day) · Kim Min-jun (night) | Today: abdominal CT at 10 a.m. (no breakfast) | Expected discharge: Thursday",
          dos: ["Change the nurse's name at every shift change"],
          donts: ["Don't leave old information on the board"],
          targets: [{ label: "Board updates", operator: ">=", value: 1, unit: "per day" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Doctor's ward round",
          description:
            "Short, unannounced rounds will leave patients waiting until the next day to ask their questions.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Nursing care and medicines",
      goal: "Get help promptly when needed and receive medicines and care safely.",
      actions: ["Presses the call bell for a nurse", "Confirms their name before taking medicine"],
      thoughts: ["I pressed the bell. Why is no one coming?", "What's this one for?"],
      emotion: -1,
      opportunities: [
        "Monitor call-bell response times",
        "A one-page sheet for each new medicine, covering what it's for and its side effects",
      ],
      touchpoints: [
        {
          name: "Call-bell response",
          moment:
            "In growing pain, the patient presses the call bell and watches the door. A quick 'Coming now' over the intercom makes the wait bearable.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Ward Nursing"],
          serviceStandard:
            "Answer every call immediately over the intercom and reach the room within 3 minutes; if you can't come at once, say when you will.",
          script: "Nurses' station, what's the matter? I'm on my way.",
          dos: [
            "Follow through until someone actually arrives",
            "Hand the call to a colleague if you're busy with another patient",
          ],
          donts: ["Never say 'just a moment' over the intercom and then forget"],
          targets: [{ label: "Time from call to bedside", operator: "<=", value: 3, unit: "min" }],
          importance: 5,
        },
        {
          name: "Identity check and explanation before medicines",
          moment:
            "Before handing over medicine the nurse asks the patient's name. Explaining why they ask every time, and naming the drug and what it does, makes the patient feel safe.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Ward Nursing", "Pharmacy"],
          serviceStandard:
            "Before giving medicine, ask the patient to state their name and date of birth and check it against the wristband. For new medicines, explain the name, purpose and common side effects.",
          script:
            "We ask every time, for your safety. Could you tell me your name and date of birth? This is a new medicine to protect your stomach, starting today.",
          dos: ["Have the patient say their own name"],
          donts: ["Don't ask a yes-or-no question such as 'You're Mr Hong, aren't you?'"],
          targets: [{ label: "Identity checked before medicines", operator: "=", value: 100, unit: "%" }],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "Call-bell response",
          description:
            "At night and during shift changes, slow call-bell responses may lead patients to get up alone and fall.",
          severity: "critical",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Daily life on the ward",
      goal: "Eat and sleep comfortably and focus on getting better.",
      actions: ["Gets meals at set times", "Tries to sleep at night"],
      thoughts: ["The food's cold again", "I can't sleep with the noise from the next bed"],
      emotion: -1,
      opportunities: ["Heated meal trolleys", "A quiet-at-night campaign with earplugs and eye masks"],
      touchpoints: [
        {
          name: "Meal service",
          moment:
            "The server puts down the tray and checks the name and diet. Warm food and a friendly word make hospital food a little better.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Nutrition Services"],
          serviceStandard:
            "Check the patient's name and prescribed diet before serving and deliver within 30 minutes of cooking. Fasting and diet changes are shared with the ward straight away.",
          script:
            "Here's your lunch, the diabetic menu, isn't it? Enjoy it while it's warm, and just leave the tray when you're done.",
          dos: ["Place the tray within reach of patients who can't move easily"],
          donts: ["Never leave a tray with a patient who is fasting"],
          targets: [{ label: "Cooking to bedside", operator: "<=", value: 30, unit: "min" }],
          importance: 3,
        },
        {
          name: "Night-time on the ward",
          moment:
            "Lights out, the patient tries to sleep through corridor lights, equipment alarms and trolley wheels. One sleepless night makes everything harder the next day.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Ward Nursing", "Facilities"],
          serviceStandard:
            "Dim corridor lights after 10 p.m. and carry out night rounds and care with low lighting and lowered voices. Noise complaints are traced and dealt with the same day.",
          script: "Lights go out at 10 p.m. If you find it hard to sleep, we can give you earplugs and an eye mask.",
          dos: ["Group night-time care so patients are disturbed less"],
          donts: ["Don't hold loud conversations in the corridor at night"],
          targets: [{ label: "Night-time noise in rooms", operator: "<=", value: 40, unit: "dB" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Night-time on the ward",
          description: "Complaints about noise and light at night are likely to drag down inpatient satisfaction.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Tests and procedures",
      goal: "Understand why a test or procedure is needed and what the risks are, and get there safely.",
      actions: ["Hears the explanation and signs the consent form", "Is taken to the procedure room by a porter"],
      thoughts: ["Is it risky?", "How long will I be waiting there?"],
      emotion: -2,
      opportunities: ["Use pictures when explaining consent", "Tell patients the likely wait before they're moved"],
      touchpoints: [
        {
          name: "Explanation and consent before a procedure",
          moment:
            "As the doctor reads out the complications on the consent form, the patient gets scared. They need to hear why it's needed and how rare the risks are before they can decide.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Clinical Department"],
          serviceStandard:
            "The doctor performing the procedure explains its purpose, method, main risks and alternatives, and answers questions before the patient signs. A family member is encouraged to listen too.",
          script:
            "This procedure is needed to widen the narrowed blood vessel. Complications such as bleeding can happen but are uncommon, and we're ready to deal with them straight away. Do you have any questions, or want to compare it with other options?",
          dos: ["Use diagrams or models", "Invite questions before signing"],
          donts: ["Don't send a nurse ahead just to collect a signature"],
          targets: [],
          importance: 5,
        },
        {
          name: "Transfer to the procedure room",
          moment:
            "The porter wheels the bed through corridors and lifts. Being told where they're going and given a blanket makes the patient feel treated as a person, not a parcel.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Transport"],
          serviceStandard:
            "Confirm the patient's identity before moving them and say where they're going and how long it will take. Keep them covered on the way and never leave them alone in a waiting area.",
          script:
            "I'm taking you to the procedure room on level 2. It'll take about ten minutes. Let me put a blanket over you so you don't get cold.",
          dos: ["Keep talking to the patient, even in the lift"],
          donts: ["Don't leave a patient alone in the corridor"],
          targets: [{ label: "Wait after reaching the procedure room", operator: "<=", value: 15, unit: "min" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Transfer to the procedure room",
          description:
            "Patients may wait a long time in corridors outside procedure rooms, cold and embarrassed in their gowns.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Discharge",
      goal: "Know how to manage at home and leave without hold-ups.",
      actions: ["Receives discharge teaching and advice on medicines", "Gets the final bill and pays"],
      thoughts: ["Will I cope on my own at home?", "When will the bill be ready?"],
      emotion: 1,
      opportunities: [
        "Confirm discharge the day before, with a time",
        "Pay the discharge bill on a phone from the bedside",
      ],
      touchpoints: [
        {
          name: "Discharge teaching and medicines advice",
          moment:
            "Before going home, patient and family listen to the nurse and the pharmacist. They need to be clear on what to watch for and when to come back before they can stop worrying.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Ward Nursing", "Pharmacy"],
          serviceStandard:
            "The day before or on the morning of discharge, go through wound care, diet, activity, discharge medicines, whom to call in an emergency and the clinic follow-up, with a handout, and ask the patient to explain it back.",
          script:
            "If your temperature goes over 38°C or the wound starts to weep, call this number straight away. Take the tablets twice a day, after breakfast and dinner. Could you tell me back what I've just said?",
          dos: ["Teach the family alongside the patient", "Write the emergency contact number in large print"],
          donts: ["Don't rush a leaflet into their hands just as they leave"],
          targets: [],
          importance: 5,
        },
        {
          name: "Discharge payment",
          moment:
            "Bags packed, the patient sits in the room waiting for the bill. If it's late, hours go by after being told they can go home.",
          channel: "face_to_face",
          element: "software",
          departments: ["Patient Accounts"],
          serviceStandard:
            "Issue the bill within 2 hours of the discharge decision and notify the patient by text, so they can pay on their phone from the room or at the desk; insurance-claim documents are issued in one go.",
          script:
            "[Discharge bill] Your final bill is ready. Pay now in the app or at the Patient Accounts desk on the ground floor.",
          dos: ["Show a summary of the charges"],
          donts: ["Don't keep patients waiting for a late bill without telling them why"],
          targets: [{ label: "Discharge decision to bill", operator: "<=", value: 2, unit: "h" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Discharge payment",
          description:
            "With bills issued late in the afternoon, patients told in the morning they can leave will wait half a day in their room.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── after ─────────────
    {
      phase: "after",
      name: "After discharge",
      goal: "Recover at home, get questions answered and move on to outpatient follow-up.",
      actions: ["Takes the post-discharge call and says how they're doing", "Checks the follow-up clinic appointment"],
      thoughts: ["Is this much pain normal?", "It's good they haven't forgotten about me"],
      emotion: 1,
      opportunities: [
        "A nurse calls high-risk patients the day after discharge",
        "Share comments from follow-up calls at ward meetings",
      ],
      touchpoints: [
        {
          name: "Post-discharge follow-up call",
          moment:
            "Two days after discharge, a ward nurse calls. Being asked about the medicines and the wound tells the patient the hospital is still there for them.",
          channel: "phone",
          element: "humanware",
          departments: ["Ward Nursing", "Patient Experience"],
          serviceStandard:
            "Call within 3 days of discharge to check symptoms, medicines, the wound and the clinic appointment; any warning signs are passed to the clinical team the same day.",
          script:
            "Hello, I'm a nurse from the ward where you stayed. How have you been feeling since you went home? Any trouble with your medicines?",
          dos: [
            "Pass any warning signs straight to the clinical team",
            "Ask about anything that bothered them during the stay",
          ],
          donts: ["Don't just read out a checklist and hang up"],
          targets: [{ label: "Follow-up call after discharge", operator: "<=", value: 3, unit: "days" }],
          importance: 4,
        },
        {
          name: "Follow-up clinic appointment",
          moment:
            "A text confirms the first clinic appointment after discharge. If the date differs from what they heard on the ward, or no text comes, the patient doesn't know whether they're booked.",
          channel: "online",
          element: "software",
          departments: ["Reservation Center", "IT Services"],
          serviceStandard:
            "Confirm the clinic appointment by text on the day of discharge and remind the patient three days before and the day before.",
          script:
            "[Clinic appointment] Your first clinic visit after discharge is booked for next Tuesday at 9:30 a.m. To change it, tap the link below.",
          dos: ["Check that the date matches the discharge handout"],
          donts: ["Don't just say 'come back to clinic' without a booking"],
          targets: [{ label: "Clinic follow-up booked at discharge", operator: ">=", value: 95, unit: "%" }],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description:
            "With questions after discharge and no idea whom to call, some patients will end up in the emergency department.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};
