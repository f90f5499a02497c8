import type { JourneyDocumentInput } from "../index.ts";

/** 건강검진 여정 템플릿: 검진 예약부터 사후 관리까지. */
export const HEALTH_CHECKUP_TEMPLATE_KO: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "건강검진 고객 여정",
  description:
    "건강검진 고객이 검진 프로그램을 고르고 예약하는 데서 시작해 금식 준비, 당일 검사, 결과 확인과 추가 진료 연계에 이르는 과정을 담은 템플릿입니다. 감정 점수와 불편 요소는 가설이니 검진센터 동선 관찰과 대기시간, 고객 설문으로 보정하고, 검사 항목·목표치·안내 문구를 우리 센터에 맞게 고쳐 쓰세요.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── 사전 (before) ─────────────
    {
      phase: "before",
      name: "검진 예약",
      goal: "나에게 맞는 검진 항목을 고르고 날짜를 예약한다.",
      actions: ["홈페이지에서 검진 프로그램과 가격을 비교한다", "전화로 추가 검사와 날짜를 상담한다"],
      thoughts: ["항목이 너무 많아서 뭘 골라야 할지 모르겠다", "회사 지원 금액으로 충분할까?"],
      emotion: 0,
      opportunities: [
        "나이·성별·가족력에 따라 추천 항목을 보여 주는 선택 도우미",
        "회사 지원 검진 대상자 전용 예약 경로",
      ],
      touchpoints: [
        {
          name: "검진 프로그램 안내 페이지",
          moment:
            "고객이 검진 프로그램 목록을 넘기며 가격과 항목을 비교한다. 용어가 어렵고 차이가 한눈에 보이지 않으면 가장 싼 것과 가장 비싼 것 사이에서 망설이다 창을 닫는다.",
          channel: "online",
          element: "software",
          departments: ["건강증진센터", "홍보팀"],
          serviceStandard:
            "프로그램별 포함 항목, 가격, 소요 시간, 준비 사항을 표로 비교할 수 있게 하고, 검사마다 무엇을 알 수 있는지 한 줄 설명을 붙인다.",
          script:
            "40대 남성이 많이 고르는 항목: 위내시경, 복부 초음파, 갑상선 초음파 | 소요 시간 약 3시간 | 검진 전날 밤 9시 이후 금식",
          dos: ["가격에 포함되는 항목과 빠지는 항목을 분명히 적는다"],
          donts: ["불안을 부추기는 문구로 추가 검사를 권하지 않는다"],
          targets: [],
          importance: 3,
        },
        {
          name: "검진 예약 상담 전화",
          moment:
            "고객이 전화로 '수면 내시경도 같이 할 수 있나요?'라고 묻는다. 상담원이 복용 약과 건강 상태까지 함께 물어 주면 믿고 맡겨도 되겠다는 느낌이 든다.",
          channel: "phone",
          element: "humanware",
          departments: ["건강증진센터"],
          serviceStandard:
            "예약 상담 때 복용 약(특히 항응고제·당뇨약), 지난 검진의 이상 소견, 임신 가능성을 확인하고, 예약 내용과 준비 사항을 문자로 보낸다.",
          script:
            "수면 내시경도 함께 예약해 드릴게요. 혹시 혈액을 묽게 하는 약이나 당뇨약 드시는 게 있으세요? 드시는 약에 따라 준비 방법이 달라져서 여쭤봐요.",
          dos: ["복용 약을 반드시 묻는다", "예약 뒤 준비 사항을 문자로 보낸다"],
          donts: ["필요 없는 고가 검사를 권하지 않는다"],
          targets: [{ label: "상담원 연결 대기", operator: "<=", value: 60, unit: "초" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "검진 프로그램 안내 페이지",
          description:
            "프로그램 차이를 이해하기 어려워 결국 전화로 상담해야 하고, 통화가 몰리는 시기에는 연결조차 어렵다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "검진 준비",
      goal: "금식과 복용 약 조절 같은 준비를 빠짐없이 마친다.",
      actions: ["모바일로 사전 문진표를 작성한다", "전날 밤부터 금식하고 안내받은 대로 약을 조절한다"],
      thoughts: ["혈압약은 먹어도 되나?", "장 정결제 먹기 정말 힘들다"],
      emotion: -1,
      opportunities: ["복용 약에 맞춘 준비 안내", "전날 저녁 준비 사항 확인 알림"],
      touchpoints: [
        {
          name: "모바일 사전 문진표",
          moment:
            "고객이 퇴근길 지하철에서 문진표를 채운다. 중간 저장이 안 되거나 질문이 너무 많으면 당일 센터에서 종이로 다시 쓰게 된다.",
          channel: "online",
          element: "software",
          departments: ["건강증진센터", "전산정보팀"],
          serviceStandard:
            "문진표는 중간에 저장되고 15분 안에 끝나게 만들며, 작성한 내용은 당일 검진 의사가 바로 볼 수 있게 연동한다.",
          script: "검진 사전 문진표 (약 10분) | 작성하는 동안 자동 저장됩니다 | 1/6 복용 중인 약을 모두 골라 주세요",
          dos: ["어려운 용어에는 설명을 붙인다"],
          donts: ["당일에 같은 질문을 종이로 다시 받지 않는다"],
          targets: [{ label: "사전 문진 작성률", operator: ">=", value: 70, unit: "%" }],
          importance: 3,
        },
        {
          name: "금식·복약 안내 전화",
          moment:
            "검진 일주일 전 간호사가 전화해 복용 중인 약을 다시 확인한다. 아스피린을 언제부터 끊어야 하는지 정확히 들으면 검진을 미루는 일이 없다.",
          channel: "phone",
          element: "humanware",
          departments: ["건강증진센터"],
          serviceStandard:
            "항응고제·당뇨약을 먹는 고객과 대장내시경 예정 고객에게는 검진 7일 전까지 간호사가 전화해 금식, 약 조절, 장 정결제 복용법을 설명한다.",
          script:
            "다음 주 화요일 검진 때문에 전화드렸어요. 아스피린은 처방한 선생님과 상의하신 뒤 이번 주 목요일부터 끊으시고, 혈압약은 검진 날 아침 물 한 모금과 함께 드시고 오세요.",
          dos: ["약 이름과 중단 날짜를 문자로도 보낸다"],
          donts: ["처방 의사와 상의 없이 약을 끊으라고 일괄 안내하지 않는다"],
          targets: [{ label: "고위험군 사전 전화 수행률", operator: ">=", value: 95, unit: "%" }],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "금식·복약 안내 전화",
          description:
            "항응고제 중단 안내를 놓치면 당일 내시경에서 조직검사를 하지 못하고 다시 예약해야 하는 일이 생길 수 있다.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 검진 (during) ─────────────
    {
      phase: "during",
      name: "도착·접수",
      goal: "검진센터를 쉽게 찾아 빠르게 접수하고 검진복으로 갈아입는다.",
      actions: ["검진센터를 찾아가 접수한다", "탈의실에서 검진복으로 갈아입는다"],
      thoughts: ["배고프다, 빨리 끝났으면", "소지품은 어디에 두지?"],
      emotion: -1,
      opportunities: ["도착 전 모바일 체크인", "사물함 열쇠와 검사 순서표를 함께 지급"],
      touchpoints: [
        {
          name: "검진센터 접수",
          moment:
            "아침 일찍 빈속으로 온 고객이 접수대 앞에 선다. 밝은 인사와 빠른 확인, 오늘 순서에 대한 짧은 설명이 하루의 분위기를 정한다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["건강증진센터"],
          serviceStandard:
            "접수 때 신분과 금식·복약 여부를 확인하고, 오늘 받을 검사 목록과 예상 종료 시각을 알려 준다. 금식을 지키지 못했으면 검사를 어떻게 조정할지 바로 안내한다.",
          script:
            "좋은 아침입니다. 어젯밤 9시 이후로 드신 것 없으시죠? 오늘은 검사 8가지이고 11시 반쯤 끝날 예정입니다.",
          dos: ["오늘 끝나는 시각을 미리 알려 준다"],
          donts: ["금식 여부를 다른 사람이 들리게 큰 소리로 캐묻지 않는다"],
          targets: [{ label: "접수 대기", operator: "<=", value: 10, unit: "분" }],
          importance: 4,
        },
        {
          name: "검진 탈의실",
          moment:
            "고객이 검진복으로 갈아입으며 사물함을 찾는다. 옷이 맞지 않거나 바닥이 젖어 있으면 시작부터 기분이 상한다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["건강증진센터", "시설관리팀"],
          serviceStandard:
            "검진복은 사이즈별로 넉넉히 두고, 탈의실 바닥과 사물함은 1시간마다 점검한다. 귀중품 보관 방법을 안내문으로 붙인다.",
          script: "검진복은 상의와 하의 모두 갈아입으시고, 귀중품은 사물함에 넣은 뒤 열쇠 밴드를 손목에 차 주세요.",
          dos: ["큰 사이즈와 임신부용 검진복을 갖춘다"],
          donts: ["젖은 바닥을 그대로 두지 않는다"],
          targets: [{ label: "탈의실 점검 주기", operator: "<=", value: 1, unit: "시간" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: "검진센터 접수",
          description: "오전 8시 전후로 접수가 몰려 빈속으로 오래 서서 기다려야 한다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "검사 진행",
      goal: "헤매지 않고 순서대로 검사를 받으며 기다림을 줄인다.",
      actions: ["안내 화면과 알림에 따라 검사실을 옮겨 다닌다", "채혈, 소변 검사, 신체 계측을 받는다"],
      thoughts: ["다음은 어디로 가야 하지?", "여기서 또 기다려?"],
      emotion: -1,
      opportunities: ["실시간 대기 인원에 따라 검사 순서를 자동으로 조정", "고령 고객에게 검진 코디네이터 동행"],
      touchpoints: [
        {
          name: "검사 순서 안내 시스템",
          moment:
            "고객이 휴대폰 알림을 보고 다음 검사실로 옮겨 간다. 가 보니 앞에 대기자가 줄지어 있으면 왜 여기로 보냈는지 답답해진다.",
          channel: "online",
          element: "software",
          departments: ["건강증진센터", "전산정보팀"],
          serviceStandard:
            "검사실별 대기 인원을 반영해 다음 순서를 정하고, 화면과 알림으로 검사실 위치와 예상 대기 시간을 알린다.",
          script: "다음 검사: 복부 초음파 (2층 5번 방) | 앞 대기 2명 · 예상 대기 약 6분",
          dos: ["화면 글씨를 크게 하고 음성 호출을 함께 쓴다"],
          donts: ["대기자가 많은 검사실로 한꺼번에 보내지 않는다"],
          targets: [{ label: "검사 사이 평균 대기", operator: "<=", value: 10, unit: "분" }],
          importance: 4,
        },
        {
          name: "채혈·신체 계측",
          moment: "키와 몸무게, 혈압을 재고 채혈하는 동안 고객은 자기 수치를 옆 사람이 듣지 않을까 신경 쓴다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["건강증진센터", "진단검사의학과"],
          serviceStandard:
            "계측 결과는 소리 내어 부르지 않고 화면이나 종이로 보여 주며, 채혈 전 본인 확인과 채혈 후 지혈 안내를 한다.",
          script: "혈압은 여기 화면에 나온 수치예요. 이제 채혈할게요, 조금 따끔합니다. 5분 정도 눌러 주세요.",
          dos: ["칸막이로 계측 공간을 가린다"],
          donts: ["체중을 큰 소리로 부르지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "검사 순서 안내 시스템",
          description: "특정 검사실에 대기자가 몰리는 동안 다른 검사실은 비어 있어 필요 이상으로 기다리게 될 것이다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "내시경·영상 검사",
      goal: "두려움 없이 내시경과 영상 검사를 받고 안전하게 회복한다.",
      actions: ["수면 내시경 전 설명을 듣고 동의서를 쓴다", "회복실에서 깨어나 안정을 취한다"],
      thoughts: ["마취에서 잘 깨어날 수 있을까?", "검사 중에 뭐가 발견되지는 않았을까?"],
      emotion: -2,
      opportunities: ["내시경 직후 간단한 소견 설명", "회복실 근처 동반자 대기 공간"],
      touchpoints: [
        {
          name: "내시경 진정 전 설명",
          moment:
            "검사대에 누운 고객에게 간호사가 진정제와 검사 과정을 설명한다. 팔을 가볍게 잡아 주며 '자고 일어나면 끝나 있을 거예요'라고 하면 긴장이 풀린다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["내시경센터"],
          serviceStandard:
            "시술 전 본인 확인, 금식과 복용 약, 알레르기를 확인하고, 진정 방법과 조직검사 가능성을 설명한 뒤 동의를 받는다.",
          script:
            "지금부터 잠이 오는 약을 넣을게요. 검사 중 필요하면 조직검사를 할 수 있고, 결과는 일주일쯤 뒤에 나와요. 편하게 숨 쉬세요.",
          dos: ["조직검사 가능성과 결과가 나오는 시기를 미리 알린다"],
          donts: ["고객 앞에서 준비를 급하게 서두르지 않는다"],
          targets: [],
          importance: 5,
        },
        {
          name: "회복실",
          moment:
            "눈을 뜬 고객이 낯선 침대와 커튼을 보고 잠시 혼란스러워한다. 조용하고 따뜻한 공간에서 간호사가 '다 끝났어요'라고 말해 주면 안심한다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["내시경센터"],
          serviceStandard:
            "회복실 침상마다 커튼, 호출벨, 담요를 갖추고, 간호사가 활력징후를 확인해 기준을 충족한 고객만 귀가하도록 한다.",
          script: "검사 잘 끝났어요. 어지러우실 수 있으니 30분 정도 누워 계시고, 일어나실 때는 저를 불러 주세요.",
          dos: ["낙상을 막기 위해 침대 난간을 올린다"],
          donts: ["진정에서 덜 깬 상태로 중요한 결과를 설명하지 않는다"],
          targets: [{ label: "회복실 관찰", operator: ">=", value: 30, unit: "분" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "회복실",
          description: "진정에서 덜 깬 상태로 들은 설명을 기억하지 못해 결과를 다시 물어야 하는 고객이 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "검진 마무리·귀가",
      goal: "빠진 검사 없이 마무리하고 안전하게 집으로 돌아간다.",
      actions: ["남은 검사가 없는지 확인받는다", "가벼운 식사를 하고 귀가 안내를 듣는다"],
      thoughts: ["드디어 끝났다, 배고파", "운전해서 가도 되나?"],
      emotion: 1,
      opportunities: ["결과가 언제, 어떻게 오는지 적은 귀가 안내 카드", "수면 내시경 고객의 동행 귀가 확인"],
      touchpoints: [
        {
          name: "검진 완료 확인·귀가 안내",
          moment:
            "마지막 데스크에서 직원이 모든 검사가 끝났는지 확인하고 주의 사항을 알려 준다. 결과가 언제 어떻게 오는지 들어야 마음 편히 돌아선다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["건강증진센터"],
          serviceStandard:
            "빠진 검사가 없는지 확인하고, 수면 내시경 고객에게는 당일 운전 금지와 동행 귀가를 안내한다. 결과 통보 시기와 방법을 알려 준다.",
          script:
            "오늘 검사 모두 끝나셨어요. 수면 내시경을 하셔서 오늘은 운전하시면 안 돼요. 결과는 2주 안에 앱과 우편으로 보내 드립니다.",
          dos: ["귀가 주의 사항을 종이로도 준다"],
          donts: ["수면 내시경 고객이 직접 운전해 귀가하는 것을 모른 척하지 않는다"],
          targets: [{ label: "수면 내시경 고객 동행 귀가 확인", operator: "=", value: 100, unit: "%" }],
          importance: 4,
        },
        {
          name: "검진 후 식사·휴게 공간",
          moment:
            "긴 금식 끝에 고객이 휴게 공간에서 죽 한 그릇을 받는다. 따뜻한 음식과 편한 의자가 힘들었던 아침을 좋은 기억으로 바꾼다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["건강증진센터", "영양팀"],
          serviceStandard:
            "내시경 뒤에도 먹기 편한 식사를 내되 먼저 음식 알레르기를 확인하고, 휴게 공간은 30분마다 정돈한다.",
          script: "검사 받느라 고생 많으셨어요. 내시경을 하셔서 부드러운 죽으로 준비했어요. 천천히 드세요.",
          dos: ["식사 전에 알레르기를 확인한다"],
          donts: ["조직검사를 한 고객에게 맵거나 뜨거운 음식을 내지 않는다"],
          targets: [],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description: "결과가 언제 어떻게 오는지 모른 채 돌아가 며칠 뒤 센터에 문의 전화를 하게 된다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── 사후 (after) ─────────────
    {
      phase: "after",
      name: "결과 확인",
      goal: "검진 결과를 이해하고 무엇을 해야 하는지 안다.",
      actions: ["앱이나 우편으로 결과지를 받는다", "이상 소견이 있으면 결과 상담을 받는다"],
      thoughts: ["'추적 관찰 필요'가 무슨 뜻이지?", "큰 병은 아니겠지?"],
      emotion: -1,
      opportunities: ["결과지에 쉬운 말 요약과 해야 할 일 제시", "이상 소견이 있는 고객에게 결과 상담 우선 예약"],
      touchpoints: [
        {
          name: "검진 결과지",
          moment:
            "결과 알림을 받은 고객이 점심시간에 결과지를 연다. 빨간 표시만 있고 설명이 없으면 오후 내내 불안하다.",
          channel: "online",
          element: "software",
          departments: ["건강증진센터", "전산정보팀"],
          serviceStandard:
            "결과지 첫 장에 종합 소견과 해야 할 일을 쉬운 말로 요약하고, 이상 소견마다 권장 조치와 상담 예약 방법을 붙인다.",
          script:
            "종합 소견: 대부분 정상입니다. 간 수치가 조금 높아 3개월 뒤 다시 검사하시기를 권합니다. ▶ 결과 상담 예약",
          dos: ["정상·주의·이상을 색과 글로 함께 표시한다"],
          donts: ["심각한 소견을 결과지로만 처음 알리지 않는다"],
          targets: [{ label: "검진 후 결과 통보", operator: "<=", value: 14, unit: "일" }],
          importance: 4,
        },
        {
          name: "결과 상담",
          moment:
            "상담실에 앉은 고객이 의사의 첫마디를 기다린다. 수치보다 생활 속에서 무슨 의미인지 설명해 주면 무엇을 바꿔야 할지 분명해진다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["건강증진센터"],
          serviceStandard:
            "상담 의사는 주요 이상 소견과 그 의미, 추가 검사나 진료가 필요한지를 설명하고 생활 습관 조언을 한 가지 이상 준다. 추가 진료가 필요하면 그 자리에서 예약을 돕는다.",
          script:
            "간 수치가 조금 높은데 지방간 때문으로 보여요. 당장 치료가 필요한 정도는 아니니 3개월 동안 술을 줄이고 걷기 운동을 해 보신 뒤 다시 재 볼게요.",
          dos: ["다음에 할 일을 한두 가지로 정리해 준다"],
          donts: ["결과지를 그대로 읽어 주는 데서 그치지 않는다"],
          targets: [],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "검진 결과지",
          description: "의학 용어로 가득한 결과지를 이해하지 못해 이상 소견을 그냥 넘기는 고객이 있을 것이다.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "사후 관리",
      goal: "필요한 추가 진료를 받고 내년 검진까지 건강을 관리한다.",
      actions: ["재검이나 전문 진료과 예약 안내를 받는다", "1년 뒤 검진 알림을 받는다"],
      thoughts: ["병원이 먼저 챙겨 주니 든든하다"],
      emotion: 1,
      opportunities: ["이상 소견 고객 추적 관리 목록과 담당자 지정", "검진 경험에 대한 의견을 받는 창구"],
      touchpoints: [
        {
          name: "추가 진료 연계 전화",
          moment:
            "간호사가 전화해 결과지의 이상 소견을 다시 설명하고 진료 예약을 도와주겠다고 한다. 혼자 알아보지 않아도 된다는 점이 고맙다.",
          channel: "phone",
          element: "humanware",
          departments: ["건강증진센터", "예약센터"],
          serviceStandard:
            "진료가 필요한 이상 소견 고객에게는 결과 통보 후 일주일 안에 전화해 의미를 설명하고 진료과 예약을 대신 잡아 준다. 연락이 안 되면 세 번까지 시도하고 문자를 남긴다.",
          script:
            "검진 결과에서 갑상선에 작은 혹이 보여서 전화드렸어요. 대부분 양성이지만 정확히 보려면 내분비내과 진료가 필요해요. 편하신 날짜로 예약 도와드릴까요?",
          dos: ["진료 예약까지 한 번에 연결한다"],
          donts: ["불안을 키우는 단정적인 표현을 쓰지 않는다"],
          targets: [{ label: "이상 소견 고객 연락", operator: "<=", value: 7, unit: "일" }],
          importance: 5,
        },
        {
          name: "내년 검진 알림",
          moment:
            "1년이 다 되어 갈 무렵 고객에게 검진 알림이 온다. 지난 결과에 맞춘 추천 항목이 있으면 그대로 예약하고 싶어진다.",
          channel: "online",
          element: "software",
          departments: ["건강증진센터"],
          serviceStandard:
            "검진 11개월 뒤 지난 결과를 반영한 추천 항목과 예약 링크를 보내고, 원하지 않으면 쉽게 수신을 거부할 수 있게 한다.",
          script:
            "지난해 검진에서 간 수치 재검을 권해 드렸어요. 올해는 복부 초음파를 함께 받아 보시길 추천드립니다. ▶ 검진 예약",
          dos: ["지난 결과에 맞춘 추천을 담는다"],
          donts: ["수신을 거부한 고객에게 보내지 않는다"],
          targets: [{ label: "이듬해 재검진율", operator: ">=", value: 60, unit: "%" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: "추가 진료 연계 전화",
          description:
            "이상 소견을 통보만 하고 진료로 이어졌는지 확인하지 않으면 꼭 필요한 진료를 놓치는 고객이 생길 수 있다.",
          severity: "critical",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};

/** Health check-up journey template: from booking to follow-up care. */
export const HEALTH_CHECKUP_TEMPLATE_EN: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "Health check-up journey",
  description:
    "A template of the journey of a health check-up client, from choosing and booking a package through fasting and preparation and the tests on the day to receiving results and being referred for further care. Emotion scores and pain points are hypotheses: refine them by observing the flow through your center, waiting times and client surveys, and adapt the tests, targets and wording to your center.",
  status: "draft",
  persona: null,
  stages: [
    // ───────────── before ─────────────
    {
      phase: "before",
      name: "Booking a check-up",
      goal: "Choose the right check-up package and book a date.",
      actions: ["Compares packages and prices on the website", "Calls to discuss extra tests and dates"],
      thoughts: ["There are so many options. Which ones do I need?", "Will my employer's allowance cover it?"],
      emotion: 0,
      opportunities: [
        "A chooser that suggests tests by age, sex and family history",
        "A dedicated booking route for employer-funded check-ups",
      ],
      touchpoints: [
        {
          name: "Check-up packages page",
          moment:
            "The client scrolls through the packages, comparing prices and tests. Hard terms and no clear difference leave them torn between the cheapest and the dearest until they close the page.",
          channel: "online",
          element: "software",
          departments: ["Health Promotion Center", "Communications"],
          serviceStandard:
            "Lay out each package's tests, price, duration and preparation in a comparison table, with a one-line note on what each test can show.",
          script:
            "Popular with men in their 40s: gastroscopy, abdominal ultrasound, thyroid ultrasound | Takes about 3 hours | Nothing to eat after 9 p.m. the night before",
          dos: ["State clearly what the price does and doesn't include"],
          donts: ["Don't push extra tests by playing on people's fears"],
          targets: [],
          importance: 3,
        },
        {
          name: "Check-up booking call",
          moment:
            "On the phone the client asks, 'Can I have a sedated endoscopy as well?' An adviser who also asks about medicines and health conditions earns their trust.",
          channel: "phone",
          element: "humanware",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "When booking, check current medicines (especially blood thinners and diabetes medication), abnormal findings from earlier check-ups and possible pregnancy, then text the booking details and preparation.",
          script:
            "I'll book the sedated endoscopy too. Do you take any blood thinners or diabetes medication? I ask because the preparation differs depending on what you take.",
          dos: ["Always ask about medication", "Text the preparation instructions after booking"],
          donts: ["Don't upsell expensive tests the client doesn't need"],
          targets: [{ label: "Time to reach an adviser", operator: "<=", value: 60, unit: "s" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Check-up packages page",
          description:
            "Packages are hard to tell apart, so clients end up phoning, and at busy times they can't even get through.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "before",
      name: "Preparing for the check-up",
      goal: "Complete all the preparation, such as fasting and adjusting medicines.",
      actions: [
        "Fills in the health questionnaire on a phone",
        "Fasts from the night before and adjusts medicines as advised",
      ],
      thoughts: ["Can I still take my blood-pressure pills?", "The bowel prep is awful"],
      emotion: -1,
      opportunities: [
        "Preparation advice tailored to each client's medicines",
        "A reminder the evening before to check the preparation",
      ],
      touchpoints: [
        {
          name: "Online health questionnaire",
          moment:
            "On the train home from work, the client fills in the questionnaire. If progress isn't saved or there are too many questions, they end up doing it again on paper at the center.",
          channel: "online",
          element: "software",
          departments: ["Health Promotion Center", "IT Services"],
          serviceStandard:
            "The questionnaire saves progress and takes under 15 minutes, and the answers reach the examining doctor's screen on the day.",
          script:
            "Pre-check-up questionnaire (about 10 minutes) | Your answers are saved as you go | 1/6 Select all the medicines you take",
          dos: ["Explain medical terms as you go"],
          donts: ["Don't ask the same questions again on paper on the day"],
          targets: [{ label: "Questionnaires completed in advance", operator: ">=", value: 70, unit: "%" }],
          importance: 3,
        },
        {
          name: "Fasting and medication call",
          moment:
            "A week before, a nurse calls to go over the client's medicines again. Being told exactly when to stop aspirin means the check-up won't have to be postponed.",
          channel: "phone",
          element: "humanware",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "At least seven days before, a nurse calls clients on blood thinners or diabetes medication and those booked for a colonoscopy to explain fasting, changes to medicines and bowel preparation.",
          script:
            "I'm calling about your check-up next Tuesday. Please check with the doctor who prescribes your aspirin, then stop it from this Thursday. On the morning of the check-up, take your blood-pressure tablet with a sip of water.",
          dos: ["Text the medicine's name and the stop date as well"],
          donts: ["Don't tell everyone to stop their medicine without checking with the prescribing doctor"],
          targets: [{ label: "Pre-check-up calls to high-risk clients", operator: ">=", value: 95, unit: "%" }],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "Fasting and medication call",
          description:
            "If the advice to stop blood thinners is missed, biopsies can't be taken during the endoscopy and it may have to be rebooked.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── during ─────────────
    {
      phase: "during",
      name: "Arrival and registration",
      goal: "Find the check-up center easily, register quickly and change into a gown.",
      actions: ["Finds the check-up center and registers", "Changes into a gown in the changing room"],
      thoughts: ["I'm starving. I hope this is quick", "Where do I put my things?"],
      emotion: -1,
      opportunities: ["Mobile check-in before arrival", "Hand over the locker key together with the test schedule"],
      touchpoints: [
        {
          name: "Check-up center registration",
          moment:
            "Up early and on an empty stomach, the client reaches the desk. A warm greeting, a quick check-in and a short run-through of the day set the tone.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "At registration, check ID and whether the client has fasted and taken medicines as advised, then give the list of today's tests and an expected finish time. If they haven't fasted, explain straight away how the tests will be adjusted.",
          script:
            "Good morning. Nothing to eat since 9 last night? You have eight tests today and should be finished around 11:30.",
          dos: ["Give an expected finish time"],
          donts: ["Don't question clients loudly about fasting where others can hear"],
          targets: [{ label: "Registration wait", operator: "<=", value: 10, unit: "min" }],
          importance: 4,
        },
        {
          name: "Check-up changing room",
          moment:
            "The client changes into a gown and looks for a locker. A gown that doesn't fit or a wet floor sours the start of the day.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Health Promotion Center", "Facilities"],
          serviceStandard:
            "Keep plenty of gowns in every size, check the floor and lockers every hour, and post a notice on how to store valuables.",
          script:
            "Please change into both the gown top and trousers, lock your valuables away and wear the key band on your wrist.",
          dos: ["Stock larger sizes and maternity gowns"],
          donts: ["Don't leave a wet floor as it is"],
          targets: [{ label: "Changing room check interval", operator: "<=", value: 1, unit: "h" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: "Check-up center registration",
          description: "Registrations bunch up around 8 a.m., leaving fasting clients standing in a long queue.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Moving through the tests",
      goal: "Get through the tests in order without getting lost or waiting long.",
      actions: [
        "Moves between test rooms following screens and notifications",
        "Has blood and urine tests and body measurements",
      ],
      thoughts: ["Where do I go next?", "Another queue?"],
      emotion: -1,
      opportunities: [
        "Reorder tests automatically according to live queues",
        "A check-up coordinator who accompanies elderly clients",
      ],
      touchpoints: [
        {
          name: "Test sequencing system",
          moment:
            "A phone notification sends the client to the next room. Finding a long queue there, they wonder why they were sent.",
          channel: "online",
          element: "software",
          departments: ["Health Promotion Center", "IT Services"],
          serviceStandard:
            "Choose each client's next test according to the live queue at each room, and show its location and expected wait on screens and in notifications.",
          script: "Next: abdominal ultrasound (level 2, room 5) | 2 people ahead · about 6 minutes",
          dos: ["Use large type on screens together with spoken calls"],
          donts: ["Don't send everyone to the busiest room at once"],
          targets: [{ label: "Average wait between tests", operator: "<=", value: 10, unit: "min" }],
          importance: 4,
        },
        {
          name: "Blood tests and body measurements",
          moment:
            "While height, weight and blood pressure are measured and blood is taken, the client worries that the person next to them can hear their numbers.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Health Promotion Center", "Laboratory Medicine"],
          serviceStandard:
            "Don't read measurements out loud; show them on screen or paper. Confirm identity before taking blood and explain how to stop the bleeding afterwards.",
          script:
            "Your blood pressure is on the screen here. I'll take your blood now. Small scratch. Press on it for about five minutes.",
          dos: ["Screen off the measurement area"],
          donts: ["Don't call out someone's weight for others to hear"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Test sequencing system",
          description:
            "Queues will pile up at one room while others sit idle, so clients wait longer than they need to.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Endoscopy and imaging",
      goal: "Have endoscopy and imaging without fear and recover safely.",
      actions: [
        "Hears the explanation and signs consent for a sedated endoscopy",
        "Wakes up and rests in the recovery room",
      ],
      thoughts: ["What if I don't wake up properly?", "Did they find anything?"],
      emotion: -2,
      opportunities: [
        "A brief word on the findings right after the endoscopy",
        "Space for companions to wait near the recovery room",
      ],
      touchpoints: [
        {
          name: "Before a sedated endoscopy",
          moment:
            "Lying on the couch, the client hears the nurse explain the sedation and the procedure. A light touch on the arm and 'You'll wake up and it'll all be over' help them relax.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Endoscopy Center"],
          serviceStandard:
            "Before the procedure confirm identity, fasting, medicines and allergies, and explain the sedation and the possibility of a biopsy before taking consent.",
          script:
            "I'm giving you the medicine that will make you sleepy now. If needed, we may take a small tissue sample, and the results come back in about a week. Just breathe normally.",
          dos: ["Mention the possibility of a biopsy and when its results come"],
          donts: ["Don't rush the preparation in front of the client"],
          targets: [],
          importance: 5,
        },
        {
          name: "Recovery room",
          moment:
            "Waking up, the client is briefly confused by the unfamiliar bed and curtains. A quiet, warm space and a nurse saying 'It's all done' bring relief.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Endoscopy Center"],
          serviceStandard:
            "Each recovery bay has a curtain, call bell and blanket; a nurse checks vital signs and lets clients go home only when they meet the discharge criteria.",
          script: "It all went well. You may feel dizzy, so rest for about 30 minutes and call me before you get up.",
          dos: ["Raise the bed rails to prevent falls"],
          donts: ["Don't explain important findings while the client is still drowsy"],
          targets: [{ label: "Observation in recovery", operator: ">=", value: 30, unit: "min" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Recovery room",
          description:
            "Some clients won't remember what they were told while still drowsy and will need to ask about the results again.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Finishing and going home",
      goal: "Finish with nothing missed and get home safely.",
      actions: ["Has it confirmed that no tests are left", "Has a light meal and hears the advice for going home"],
      thoughts: ["Finally done. I'm starving", "Can I drive home?"],
      emotion: 1,
      opportunities: [
        "A take-home card saying when and how results will arrive",
        "Check that sedated clients have someone to take them home",
      ],
      touchpoints: [
        {
          name: "Final check and going-home advice",
          moment:
            "At the last desk, staff check that every test is done and give aftercare advice. Only when told when and how the results will come can the client leave at ease.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "Check that no tests were missed; tell sedated clients not to drive today and to go home with someone. Say when and how the results will be sent.",
          script:
            "That's all your tests done. Because you were sedated, please don't drive today. Your results will be sent through the app and by post within two weeks.",
          dos: ["Give the aftercare advice on paper too"],
          donts: ["Never turn a blind eye to sedated clients driving themselves home"],
          targets: [
            { label: "Sedated clients confirmed going home accompanied", operator: "=", value: 100, unit: "%" },
          ],
          importance: 4,
        },
        {
          name: "Post-check-up meal and lounge",
          moment:
            "After a long fast, the client is handed a bowl of rice porridge in the lounge. Warm food and a comfortable chair turn a hard morning into a good memory.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Health Promotion Center", "Nutrition Services"],
          serviceStandard:
            "Serve a light meal that is easy to eat after an endoscopy, checking food allergies first, and tidy the lounge every 30 minutes.",
          script:
            "Thank you for your patience this morning. Since you've had an endoscopy, we've made you some soft porridge. Take your time.",
          dos: ["Check for allergies before serving"],
          donts: ["Don't serve spicy or very hot food to clients who've had a biopsy"],
          targets: [],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description:
            "Leaving without knowing when or how the results will arrive, clients end up phoning the center days later.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    // ───────────── after ─────────────
    {
      phase: "after",
      name: "Receiving results",
      goal: "Understand the results and know what to do next.",
      actions: ["Receives the report through the app or by post", "Has a results consultation if anything is abnormal"],
      thoughts: ["What does 'follow-up recommended' mean?", "It's nothing serious, is it?"],
      emotion: -1,
      opportunities: [
        "A plain-language summary and next steps on the report",
        "Priority results consultations for clients with abnormal findings",
      ],
      touchpoints: [
        {
          name: "Check-up report",
          moment:
            "Notified that the results are in, the client opens the report over lunch. Red flags with no explanation leave them anxious all afternoon.",
          channel: "online",
          element: "software",
          departments: ["Health Promotion Center", "IT Services"],
          serviceStandard:
            "Open the report with an overall summary and a to-do list in plain language, and attach a recommended action and how to book a consultation to each abnormal finding.",
          script:
            "Summary: most of your results are normal. Your liver values are slightly raised, so we recommend a repeat test in three months. ▶ Book a results consultation",
          dos: ["Mark normal, borderline and abnormal results with both colour and words"],
          donts: ["Don't let the report be the first place a serious finding is revealed"],
          targets: [{ label: "Results sent after the check-up", operator: "<=", value: 14, unit: "days" }],
          importance: 4,
        },
        {
          name: "Results consultation",
          moment:
            "Sitting down in the consultation room, the client waits for the doctor's first words. Explaining what the numbers mean for daily life makes it clear what to change.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "The doctor explains the main abnormal findings, what they mean and whether further tests or treatment are needed, gives at least one lifestyle tip, and helps book any further care on the spot.",
          script:
            "Your liver values are a bit high, probably because of a fatty liver. It doesn't need treatment right now, so try cutting down on alcohol and walking more for three months, and then we'll check again.",
          dos: ["Sum up one or two things to do next"],
          donts: ["Don't stop at reading the report aloud"],
          targets: [],
          importance: 5,
        },
      ],
      painPoints: [
        {
          touchpoint: "Check-up report",
          description: "Some clients won't understand a report full of jargon and will let abnormal findings slide.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "Follow-up care",
      goal: "Get any further care needed and stay healthy until next year's check-up.",
      actions: [
        "Is contacted about a recheck or a specialist appointment",
        "Receives a reminder for next year's check-up",
      ],
      thoughts: ["It's reassuring that they're keeping an eye on me"],
      emotion: 1,
      opportunities: [
        "A tracked list of clients with abnormal findings, with a named owner",
        "A channel for feedback on the check-up experience",
      ],
      touchpoints: [
        {
          name: "Call to arrange further care",
          moment:
            "A nurse calls to go over the abnormal finding again and offers to book a clinic appointment. Not having to sort it out alone is a relief.",
          channel: "phone",
          element: "humanware",
          departments: ["Health Promotion Center", "Reservation Center"],
          serviceStandard:
            "Within a week of sending results, call clients whose findings need medical follow-up, explain what they mean and book the clinic appointment for them; try three times and leave a text if there's no answer.",
          script:
            "I'm calling about your check-up: the scan showed a small lump in your thyroid. Most turn out to be harmless, but an endocrinology appointment will tell us for sure. Shall I book one for a day that suits you?",
          dos: ["Take the client all the way to a booked appointment"],
          donts: ["Don't use alarming or definitive language"],
          targets: [{ label: "Contact after abnormal findings", operator: "<=", value: 7, unit: "days" }],
          importance: 5,
        },
        {
          name: "Next year's check-up reminder",
          moment:
            "Almost a year later a reminder arrives. Suggested tests based on last year's results make booking again an easy decision.",
          channel: "online",
          element: "software",
          departments: ["Health Promotion Center"],
          serviceStandard:
            "Eleven months after the check-up, send suggested tests based on last year's results with a booking link, and make it easy to opt out.",
          script:
            "Last year we suggested rechecking your liver values. This year we recommend adding an abdominal ultrasound. ▶ Book your check-up",
          dos: ["Base the suggestions on last year's results"],
          donts: ["Don't message clients who have opted out"],
          targets: [{ label: "Return rate the following year", operator: ">=", value: 60, unit: "%" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: "Call to arrange further care",
          description:
            "If abnormal findings are only reported and nobody checks that care followed, some clients may miss treatment they need.",
          severity: "critical",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};
