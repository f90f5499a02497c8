import type { JourneyDocumentInput } from "../index.ts";

/** 응급실 환자 여정 템플릿: 도착부터 귀가 후 해피콜까지. */
export const EMERGENCY_ROOM_TEMPLATE_KO: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "응급실 환자 여정",
  description:
    "구급차나 도보로 응급실에 온 환자와 보호자가 중증도 분류(KTAS), 접수와 대기, 진료와 검사, 처치와 경과 관찰을 거쳐 입원·전원·귀가 결정과 귀가 후 해피콜에 이르는 과정을 담은 템플릿입니다. 감정 점수와 불편 요소는 가설이니 응급실 체류 시간 데이터, 현장 관찰, 고객의 소리(VOC)로 보정하고, 부서명·목표치·응대 문구를 우리 병원에 맞게 고쳐 쓰세요.",
  status: "draft",
  persona: null,
  stages: [
    {
      phase: "during",
      name: "응급실 도착",
      goal: "가장 빨리 응급실 안으로 들어가 의료진에게 상태를 알린다.",
      actions: ["구급차로 이송되거나 보호자와 함께 걸어서 들어온다", "입구에서 어디로 가야 하는지 묻는다"],
      thoughts: ["제발 빨리 봐 주세요", "어느 문으로 들어가야 하지?"],
      emotion: -3,
      opportunities: ["구급차 입구와 도보 입구를 나눠 눈에 띄게 표시", "입구 안내 요원의 첫 응대 교육"],
      touchpoints: [
        {
          name: "구급대 환자 인계",
          moment:
            "들것에 누운 환자는 구급대원과 의료진이 주고받는 말을 들으며 자기 상태가 제대로 전달되는지 불안해한다. 간호사가 눈을 맞추고 '이제 저희가 돌봐 드릴게요'라고 말하는 순간 안도한다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급의학과", "응급간호팀"],
          serviceStandard:
            "구급차가 도착하면 간호사가 곧바로 인계 구역에서 인계를 받고, 환자에게 자신을 소개한 뒤 10분 안에 중증도 분류를 마친다.",
          script:
            "안녕하세요, 응급실 간호사입니다. 구급대원분께 상황 들었어요. 이제부터 저희가 돌봐 드릴게요. 지금 가장 아픈 곳이 어디세요?",
          dos: ["인계하는 동안에도 환자에게 직접 말을 건다", "보호자에게 기다릴 곳을 알려 준다"],
          donts: ["인계가 끝날 때까지 환자를 복도에 세워 두지 않는다"],
          targets: [{ label: "구급차 인계 소요", operator: "<=", value: 10, unit: "분" }],
          importance: 5,
        },
        {
          name: "도보 내원 입구 안내",
          moment:
            "보호자가 아픈 가족을 부축하며 응급실 문을 찾는다. 입구 표지가 잘 보이고 휠체어가 바로 놓여 있으면 한시름 놓는다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["보안팀", "시설관리팀"],
          serviceStandard:
            "응급실 도보 입구에는 밤에도 멀리서 보이는 조명 표지를 달고, 휠체어와 들것을 늘 비치한다. 보안 요원은 도착한 사람을 10초 안에 분류 구역으로 안내한다.",
          script: "이쪽으로 오세요. 휠체어에 앉으시면 바로 분류 간호사에게 모셔다 드릴게요.",
          dos: ["입구의 휠체어와 들것을 늘 채워 둔다", "보호자에게 주차할 곳을 알려 준다"],
          donts: ["입구에서 접수부터 하라며 돌려보내지 않는다"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "도보 내원 입구 안내",
          description:
            "밤에는 응급실 도보 입구가 잘 보이지 않아 닫힌 본관 정문으로 잘못 찾아가는 보호자가 있을 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "중증도 분류(KTAS)",
      goal: "증상이 얼마나 위급한지 빠르게 평가받고 진료 순서를 이해한다.",
      actions: ["분류 간호사에게 증상과 병력을 말한다", "활력징후를 재고 분류 결과를 듣는다"],
      thoughts: ["나보다 늦게 온 사람이 왜 먼저 들어가지?"],
      emotion: -2,
      opportunities: ["KTAS 단계와 예상 대기 시간을 설명하는 안내판", "대기 중 정기 재평가"],
      touchpoints: [
        {
          name: "분류 간호사 문진·활력징후",
          moment:
            "분류 간호사가 언제부터 아팠는지 묻고 혈압과 체온을 잰다. 차분하고 구체적인 질문을 받으면 환자는 제대로 평가받고 있다고 느낀다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급간호팀"],
          serviceStandard:
            "도착 후 2분 안에 분류를 시작해 KTAS 기준으로 중증도를 정하고, 이때 본인 확인과 알레르기, 복용 약을 함께 확인한다.",
          script: "언제부터 아프셨어요? 통증을 0부터 10까지로 치면 어느 정도예요? 드시는 약이나 알레르기 있으세요?",
          dos: ["통증 점수를 기록한다", "보호자에게서 병력을 보충해 듣는다"],
          donts: ["다른 환자가 들을 수 있는 곳에서 민감한 질문을 하지 않는다"],
          targets: [{ label: "도착 후 분류 시작", operator: "<=", value: 2, unit: "분" }],
          importance: 5,
        },
        {
          name: "분류 결과·진료 순서 설명",
          moment:
            "분류를 마친 환자가 대기 구역으로 안내받는다. 왜 기다려야 하는지, 상태가 나빠지면 누구에게 말해야 하는지 들으면 기다림을 견딜 수 있다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급간호팀", "응급의학과"],
          serviceStandard:
            "분류 뒤에는 중증도에 따라 진료한다는 원칙과 예상 대기 시간을 설명하고, 증상이 나빠지면 바로 알리도록 안내한다. 경증 환자는 30분마다 다시 평가한다.",
          script:
            "응급실은 도착한 순서가 아니라 위급한 순서로 진료해요. 지금 상태로는 40분쯤 기다리실 수 있어요. 통증이 심해지거나 숨이 차면 바로 저희를 불러 주세요.",
          dos: ["예상 대기 시간을 분 단위로 말한다", "언제 다시 살펴볼지 알려 준다"],
          donts: ["'경증이라 오래 걸려요'처럼 환자의 고통을 가볍게 말하지 않는다"],
          targets: [{ label: "경증 환자 재평가 주기", operator: "<=", value: 30, unit: "분" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "분류 결과·진료 순서 설명",
          description:
            "위급한 순서로 진료한다는 설명을 듣지 못해 다른 환자가 새치기한다고 오해하고 항의하는 보호자가 있을 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "접수·대기",
      goal: "접수를 마치고 진행 상황을 알면서 기다린다.",
      actions: ["보호자가 접수창구에서 접수한다", "진료 현황판에서 진행 상황을 확인한다"],
      thoughts: ["언제까지 기다려야 하지?", "혹시 잊힌 건 아닐까?"],
      emotion: -2,
      opportunities: ["보호자 휴대폰으로 진행 단계 알림", "대기 구역에 물과 담요 비치"],
      touchpoints: [
        {
          name: "응급실 접수",
          moment:
            "보호자가 환자 곁을 잠시 떠나 접수창구에서 서류를 쓴다. 직원이 급한 마음을 알아주고 꼭 필요한 것만 빠르게 물으면 짜증이 덜하다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["원무팀"],
          serviceStandard:
            "진료가 접수보다 먼저이며, 접수는 신분 확인과 연락처 같은 필수 항목만 받아 5분 안에 끝낸다. 응급실 진료비 구조는 미리 알린다.",
          script:
            "많이 놀라셨죠. 접수는 금방 끝나요. 환자분 신분증과 보호자 연락처만 확인할게요. 경증으로 분류되면 응급실 비용이 더 나올 수 있다는 점도 미리 말씀드려요.",
          dos: ["보호자 연락처를 꼭 확인한다"],
          donts: ["진료보다 접수를 먼저 요구하지 않는다"],
          targets: [{ label: "응급실 접수 소요", operator: "<=", value: 5, unit: "분" }],
          importance: 3,
        },
        {
          name: "응급실 진료 현황판",
          moment:
            "보호자가 대기실 화면에서 가족 이름 옆에 적힌 단계를 본다. '검사 결과 대기'처럼 지금 무엇을 기다리는지 보이면 막연한 불안이 줄어든다.",
          channel: "face_to_face",
          element: "software",
          departments: ["응급의학과", "전산정보팀"],
          serviceStandard:
            "현황판에는 환자별 진행 단계(분류, 진료 대기, 검사 중, 결과 대기, 입원 대기)와 단계별 평균 대기 시간을 이름 일부를 가려 표시하고 5분마다 갱신한다.",
          script: "김*희 | 진료 완료 → 검사 결과 대기 (평균 40분) | 궁금한 점은 간호사 스테이션에 문의해 주세요",
          dos: ["단계가 바뀌면 바로 반영한다"],
          donts: ["진단명을 현황판에 표시하지 않는다"],
          targets: [{ label: "현황판 갱신 주기", operator: "<=", value: 5, unit: "분" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description:
            "기다리는 동안 아무도 진행 상황을 알려 주지 않아 보호자가 간호사 스테이션에 거듭 묻게 되고, 그 과정에서 언성이 높아질 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "의사 진료·검사",
      goal: "의사의 진찰을 받고 필요한 검사를 빨리 받는다.",
      actions: ["응급의학과 의사에게 진찰을 받는다", "채혈과 영상 검사를 받고 결과를 기다린다"],
      thoughts: ["무슨 병일까?", "검사 결과는 왜 이렇게 오래 걸리지?"],
      emotion: -2,
      opportunities: ["검사별 결과가 나오는 데 걸리는 시간 안내", "결과가 나오는 대로 중간 설명"],
      touchpoints: [
        {
          name: "응급의학과 의사 진찰",
          moment:
            "한참을 기다린 끝에 의사가 커튼을 열고 들어온다. 자신을 소개하고 무슨 검사를 왜 하는지 설명해 주면 앞으로의 기다림을 받아들일 수 있다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급의학과"],
          serviceStandard:
            "의사는 이름과 역할을 밝히고, 진찰 뒤 의심되는 원인과 검사 계획, 걸리는 시간을 환자와 보호자에게 설명한다.",
          script:
            "응급의학과 의사입니다. 배를 좀 눌러 볼게요. … 맹장염일 수 있어서 피검사와 CT를 찍어 보겠습니다. 결과까지 1시간 반쯤 걸려요.",
          dos: ["걸리는 시간을 함께 말한다", "보호자에게도 같은 설명을 한다"],
          donts: ["이름을 밝히지 않고 진찰을 시작하지 않는다"],
          targets: [{ label: "도착 후 의사 첫 진찰", operator: "<=", value: 60, unit: "분" }],
          importance: 5,
        },
        {
          name: "응급 영상·혈액 검사",
          moment:
            "환자가 침대에 누운 채 CT실로 옮겨져 조영제 주사를 맞는다. 몸이 뜨거워질 수 있다는 말을 미리 들으면 놀라지 않는다.",
          channel: "face_to_face",
          element: "software",
          departments: ["영상의학과", "진단검사의학과"],
          serviceStandard:
            "응급 검사는 일반 검사보다 먼저 처리하고 처방부터 결과 보고까지의 시간을 관리한다. 조영제 검사 전에는 알레르기와 신장 기능을 확인하고 어떤 느낌이 드는지 미리 설명한다.",
          script:
            "조영제가 들어가면 몸이 뜨끈해지고 소변이 마려운 느낌이 들 수 있는데 정상이에요. 숨 참으세요 하면 잠깐만 참아 주세요.",
          dos: ["검사 뒤 결과가 나올 시간을 알려 준다"],
          donts: ["검사실 앞에 환자를 혼자 두지 않는다"],
          targets: [{ label: "응급 CT 처방부터 판독까지", operator: "<=", value: 60, unit: "분" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "응급 영상·혈액 검사",
          description: "검사 결과를 기다리는 동안 아무 설명이 없어 응급실에서 가장 긴 불안의 시간이 될 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "처치·경과 관찰",
      goal: "통증과 증상이 나아지고 안전하게 지켜봄을 받는다.",
      actions: ["수액과 진통제를 맞는다", "응급실 침상에서 경과를 지켜본다"],
      thoughts: ["이제 좀 덜 아프다", "너무 시끄럽고 밝아서 쉴 수가 없네"],
      emotion: -1,
      opportunities: ["진통제 투여 후 통증 재평가 시간 지키기", "관찰 구역의 커튼과 조명 조절"],
      touchpoints: [
        {
          name: "통증 조절·처치",
          moment:
            "간호사가 진통제를 놓고 30분 뒤 다시 와서 '지금은 좀 어떠세요?'라고 묻는다. 다시 와 준다는 것만으로도 환자에게는 큰 위안이다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급간호팀"],
          serviceStandard:
            "통증 점수가 4점 이상이면 분류 후 30분 안에 통증 조절을 시작하고, 투약 30분 뒤 다시 평가해 기록한다.",
          script:
            "진통제 들어갑니다. 30분 뒤에 다시 와서 얼마나 나아졌는지 여쭤볼게요. 그 전에라도 더 아프면 벨 눌러 주세요.",
          dos: ["약 이름과 효과를 짧게 알려 준다", "재평가 결과를 기록한다"],
          donts: ["'조금만 참으세요'로 통증 호소를 넘기지 않는다"],
          targets: [{ label: "분류 후 진통제 투여", operator: "<=", value: 30, unit: "분" }],
          importance: 5,
        },
        {
          name: "응급실 관찰 구역 환경",
          moment:
            "좁은 침상에 누운 환자 옆으로 사람과 장비가 쉴 새 없이 지나간다. 커튼이 닫히지 않고 불빛이 밤새 켜져 있으면 몇 시간이 끝없이 길게 느껴진다.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["응급의학과", "시설관리팀"],
          serviceStandard:
            "침상마다 잘 닫히는 커튼과 호출벨을 두고, 밤에는 관찰 구역 조명을 낮춘다. 보호자 의자를 침상마다 하나 이상 둔다.",
          script: "커튼 닫아 드릴까요? 필요하시면 이 벨을 눌러 주세요. 보호자분은 이 의자에 앉으시면 됩니다.",
          dos: ["처치할 때마다 커튼을 닫는다"],
          donts: ["다른 환자 앞에서 환자 상태를 큰 소리로 말하지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "응급실 관찰 구역 환경",
          description: "커튼이 없거나 닫히지 않아 사생활이 드러나는 데 불쾌감을 느낄 것이다.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
        {
          touchpoint: "통증 조절·처치",
          description: "바쁜 시간대에는 진통제 투여 후 재평가가 늦어져 통증이 방치될 수 있다.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "입원·전원·귀가 결정",
      goal: "결과와 앞으로의 계획을 이해하고 다음 단계로 넘어간다.",
      actions: ["의사에게 검사 결과와 결정 사항을 듣는다", "입원 병상이나 전원할 병원을 기다린다"],
      thoughts: ["입원하라는데 병실은 언제 나지?", "다른 병원으로 가야 한다니 불안하다"],
      emotion: -1,
      opportunities: ["입원 병상 대기 시간 예측 안내", "전원할 때 이유와 이송 과정을 보호자에게 서면으로 안내"],
      touchpoints: [
        {
          name: "결과 설명·향후 계획 결정",
          moment:
            "의사가 다시 와서 결과를 알려 주고 입원할지 집에 갈지 말한다. 결정의 이유를 듣고 질문할 수 있으면 어떤 결론이든 받아들이기 쉽다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급의학과", "진료과"],
          serviceStandard:
            "검사 결과가 나오면 30분 안에 의사가 결과와 결정(입원·전원·귀가)을 설명하고 질문을 받는다. 전원이 필요하면 이유와 받는 병원, 이송 방법을 설명한다.",
          script:
            "CT에서 맹장염이 확인돼서 외과에 입원해 수술을 받으셔야 해요. 병실이 준비되는 대로 올라가실 거고, 그때까지는 드시지 말고 여기서 기다리시면 됩니다.",
          dos: ["결정한 이유를 쉬운 말로 설명한다", "다음에 누가 올지 알려 준다"],
          donts: ["결정만 알리고 질문을 받지 않은 채 자리를 뜨지 않는다"],
          targets: [{ label: "결과 확인 후 설명", operator: "<=", value: 30, unit: "분" }],
          importance: 5,
        },
        {
          name: "입원 병상 대기 안내",
          moment:
            "입원이 결정된 환자가 몇 시간째 응급실 침상에서 기다린다. 병상이 언제 날지 아무도 모르면 기다림이 끝없이 느껴진다.",
          channel: "face_to_face",
          element: "software",
          departments: ["병상관리팀", "응급간호팀"],
          serviceStandard:
            "입원이 결정되면 병상 배정 진행 상황을 2시간마다 환자와 보호자에게 알리고, 대기가 길어지면 응급실에서 필요한 치료와 식사를 이어서 제공한다.",
          script: "아직 외과 병동에 자리가 나지 않았어요. 오후 4시쯤 한 자리가 날 예정이라 그때 다시 말씀드릴게요.",
          dos: ["예상 시각을 알려 주고 그 시각에 다시 안내한다"],
          donts: ["'병실 나면 알려 드릴게요'라고만 하고 몇 시간씩 연락을 끊지 않는다"],
          targets: [{ label: "입원 결정 후 병상 배정", operator: "<=", value: 6, unit: "시간" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "입원 병상 대기 안내",
          description: "입원이 결정되고도 병상이 나지 않아 응급실에서 밤을 새우는 환자가 생길 것이다.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "귀가 안내·수납",
      goal: "집에서 주의할 점을 알고 비용을 정산한 뒤 귀가한다.",
      actions: ["귀가 안내문과 처방전을 받는다", "응급실 진료비를 수납한다"],
      thoughts: ["밤에 또 아프면 어떡하지?", "응급실 비용은 왜 이렇게 비싸지?"],
      emotion: 0,
      opportunities: ["증상별 귀가 안내문과 '이럴 때는 다시 오세요' 목록", "야간 무인 수납과 모바일 결제"],
      touchpoints: [
        {
          name: "귀가 안내·재방문 기준 설명",
          moment:
            "집에 가도 된다는 말에 안도하면서도 환자와 보호자는 밤에 또 아프면 어쩌나 걱정한다. 어떤 증상이면 다시 와야 하는지 분명히 들으면 마음 놓고 돌아간다.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["응급간호팀"],
          serviceStandard:
            "귀가 전 간호사가 진단명, 복약, 주의 사항, 다시 와야 할 증상, 외래 예약을 안내문으로 설명하고 환자가 이해했는지 확인한다.",
          script:
            "오늘은 장염으로 진단되었어요. 물을 조금씩 자주 드시고, 피가 섞인 변을 보거나 열이 39도를 넘으면 바로 다시 오세요. 모레 내과 외래 예약도 잡아 두었습니다.",
          dos: ["다시 와야 할 증상을 목록으로 적어 준다"],
          donts: ["침상을 비우려고 설명을 건너뛰지 않는다"],
          targets: [{ label: "귀가 안내문 제공률", operator: "=", value: 100, unit: "%" }],
          importance: 5,
        },
        {
          name: "응급실 수납",
          moment:
            "새벽에 귀가하는 보호자가 무인 수납기 앞에 선다. 금액이 예상보다 크고 아무 설명이 없으면 좋았던 치료 경험까지 흐려진다.",
          channel: "online",
          element: "software",
          departments: ["원무팀"],
          serviceStandard:
            "야간에도 무인 수납기와 모바일 결제를 운영하고, 화면에 응급실 비용 항목 설명과 문의처를 함께 보여 준다.",
          script:
            "응급실 진료비 안내 | 진찰·검사·처치 비용과 응급의료관리료가 포함되어 있습니다 | 비용 문의: 원무팀(평일 낮) | 결제하기 ▶",
          dos: ["나중에 결제하는 방법도 안내한다"],
          donts: ["수납을 마칠 때까지 귀가를 막지 않는다"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "응급실 수납",
          description: "경증으로 분류되어 응급의료관리료를 모두 부담하게 된 환자가 이유를 몰라 불만을 가질 것이다.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "귀가 후 해피콜",
      goal: "집에서 상태가 괜찮은지 확인받고 필요하면 진료로 이어진다.",
      actions: ["다음 날 병원의 확인 전화를 받는다", "궁금한 점을 묻고 외래 예약을 확인한다"],
      thoughts: ["응급실에서 나를 기억하고 있구나"],
      emotion: 1,
      opportunities: ["위험도가 높은 귀가 환자는 24시간 안에 전화", "해피콜에서 나온 불만을 응급실 회의에서 공유"],
      touchpoints: [
        {
          name: "응급실 귀가 해피콜",
          moment:
            "귀가 다음 날 응급실에서 전화가 온다. 증상이 어떤지 묻고 나중에 나온 검사 결과까지 알려 주니 병원이 끝까지 책임진다고 느낀다.",
          channel: "phone",
          element: "humanware",
          departments: ["응급간호팀", "고객경험팀"],
          serviceStandard:
            "귀가 후 24~48시간 안에 전화해 증상 변화, 복약, 외래 예약을 확인하고, 귀가 뒤 확정된 검사 결과는 의사가 확인한 뒤 안내한다. 증상이 나빠졌으면 바로 내원을 권한다.",
          script: "안녕하세요, 어제 응급실에서 진료받으셔서 전화드렸어요. 오늘은 좀 어떠세요? 배 아픈 건 나아지셨어요?",
          dos: ["증상이 나빠졌으면 바로 내원을 권한다", "응급실에서 불편했던 점도 묻는다"],
          donts: ["전화로 새로운 진단을 내리지 않는다"],
          targets: [{ label: "귀가 후 해피콜", operator: "<=", value: 48, unit: "시간" }],
          importance: 4,
        },
        {
          name: "응급실 경험 설문",
          moment:
            "며칠 뒤 문자로 받은 설문을 열며 환자는 가장 힘들었던 순간을 떠올린다. 기다린 시간만 묻고 하고 싶은 말을 쓸 칸이 없으면 그냥 닫아 버린다.",
          channel: "online",
          element: "software",
          departments: ["고객경험팀"],
          serviceStandard:
            "귀가 3일 뒤 5문항 이내 설문과 자유 의견 칸을 보내고, 불만 의견은 일주일 안에 응급실 책임자에게 전달해 답을 드린다.",
          script: "응급실 이용은 어떠셨나요? 가장 힘드셨던 점을 한 가지만 알려 주시면 개선에 꼭 반영하겠습니다.",
          dos: ["자유 의견 칸을 둔다"],
          donts: ["사망 환자나 중환자의 가족에게 설문을 일괄 발송하지 않는다"],
          targets: [{ label: "설문 응답률", operator: ">=", value: 15, unit: "%" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description: "귀가한 뒤 확정된 검사 결과를 제때 전달받지 못하는 환자가 있을 수 있다.",
          severity: "high",
          frequency: "rare",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};

/** Emergency department journey template: from arrival to the follow-up call. */
export const EMERGENCY_ROOM_TEMPLATE_EN: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "Emergency department journey",
  description:
    "A template of the journey of patients and families who arrive at the emergency department by ambulance or on foot: triage (KTAS), registration and waiting, assessment and tests, treatment and observation, the decision to admit, transfer or discharge, and the follow-up call at home. Emotion scores and pain points are hypotheses: refine them with length-of-stay data, observation on the floor and patient feedback, and adapt department names, targets and scripts to your hospital.",
  status: "draft",
  persona: null,
  stages: [
    {
      phase: "during",
      name: "Arriving at the emergency department",
      goal: "Get inside as fast as possible and let the staff know what's wrong.",
      actions: ["Arrives by ambulance or walks in with family", "Asks at the door where to go"],
      thoughts: ["Please, someone see me now", "Where do we go?"],
      emotion: -3,
      opportunities: [
        "Separate, clearly signed entrances for ambulances and walk-ins",
        "Train door staff in handling first contact",
      ],
      touchpoints: [
        {
          name: "Ambulance handover",
          moment:
            "On the stretcher, the patient listens to the paramedics and staff talking and worries whether their condition is being passed on properly. The moment a nurse meets their eyes and says 'We'll look after you from here', they relax.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Medicine", "Emergency Nursing"],
          serviceStandard:
            "A nurse takes the handover in the ambulance bay as soon as the crew arrives, introduces themselves to the patient and completes triage within 10 minutes.",
          script:
            "Hello, I'm one of the emergency nurses. The paramedics have filled me in, and we'll look after you from here. Where does it hurt most right now?",
          dos: ["Speak to the patient directly, even during handover", "Tell the family where to wait"],
          donts: ["Don't leave the patient parked in the corridor until handover is done"],
          targets: [{ label: "Ambulance handover time", operator: "<=", value: 10, unit: "min" }],
          importance: 5,
        },
        {
          name: "Walk-in entrance",
          moment:
            "Supporting an unwell relative, the family looks for the emergency entrance. A clearly visible sign and a wheelchair ready at the door take a weight off their minds.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Security", "Facilities"],
          serviceStandard:
            "The walk-in entrance has illuminated signs visible from a distance at night, with wheelchairs and stretchers always at the door. Security staff direct new arrivals to triage within 10 seconds.",
          script: "This way, please. Have a seat in the wheelchair and I'll take you straight to the triage nurse.",
          dos: ["Keep the wheelchairs and stretchers at the door topped up", "Tell families where to park"],
          donts: ["Don't turn people away at the door to register first"],
          targets: [],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Walk-in entrance",
          description:
            "At night the walk-in entrance is probably hard to spot, and some families will head for the locked main entrance instead.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Triage (KTAS)",
      goal: "Have the urgency assessed quickly and understand the order in which patients are seen.",
      actions: [
        "Tells the triage nurse about the symptoms and medical history",
        "Has vital signs taken and hears the triage result",
      ],
      thoughts: ["Why are people who came after me going in first?"],
      emotion: -2,
      opportunities: [
        "A board explaining the KTAS levels and expected waits",
        "Regular re-assessment while patients wait",
      ],
      touchpoints: [
        {
          name: "Triage assessment and vital signs",
          moment:
            "The triage nurse asks when it started and takes blood pressure and temperature. Calm, specific questions tell the patient they're being properly assessed.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Nursing"],
          serviceStandard:
            "Start triage within 2 minutes of arrival and assign a KTAS level, checking identity, allergies and current medicines at the same time.",
          script:
            "When did the pain start? On a scale of 0 to 10, how bad is it? Do you take any medicines or have any allergies?",
          dos: ["Record a pain score", "Fill in the history with help from the family"],
          donts: ["Don't ask sensitive questions where other patients can hear"],
          targets: [{ label: "Arrival to start of triage", operator: "<=", value: 2, unit: "min" }],
          importance: 5,
        },
        {
          name: "Explaining triage and the order of care",
          moment:
            "Triage done, the patient is shown to the waiting area. Knowing why they must wait, and whom to tell if they get worse, makes the wait bearable.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Nursing", "Emergency Medicine"],
          serviceStandard:
            "After triage, explain that patients are seen in order of urgency, give an expected wait and ask them to report any worsening at once. Re-assess less urgent patients every 30 minutes.",
          script:
            "In the emergency department we see people in order of urgency, not in order of arrival. Right now the wait may be about 40 minutes. If the pain gets worse or you feel short of breath, call us straight away.",
          dos: ["Give the expected wait in minutes", "Say when you'll check on them again"],
          donts: ["Don't belittle their suffering with 'You're not urgent, so it'll be a while'"],
          targets: [
            { label: "Re-assessment interval for less urgent patients", operator: "<=", value: 30, unit: "min" },
          ],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Explaining triage and the order of care",
          description:
            "Never told that urgency sets the order, some families will think others are jumping the queue and complain.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Registration and waiting",
      goal: "Get registered and keep track of what's happening while waiting.",
      actions: ["A family member registers at the desk", "Checks progress on the status board"],
      thoughts: ["How much longer?", "Have they forgotten about us?"],
      emotion: -2,
      opportunities: ["Progress updates sent to the family's phone", "Water and blankets in the waiting area"],
      touchpoints: [
        {
          name: "Emergency registration",
          moment:
            "Leaving the patient's side for a moment, the family member comes to the desk to fill in forms. A clerk who recognises the urgency and asks only what's essential keeps frustration down.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Patient Accounts"],
          serviceStandard:
            "Treatment always comes before registration. Registration takes only essentials such as ID and contact details and is done within 5 minutes; explain how emergency charges work up front.",
          script:
            "This must be a frightening time. Registration will only take a minute. I just need the patient's ID and your phone number. I should also mention that charges can be higher if the visit is classed as non-urgent.",
          dos: ["Always confirm a family contact number"],
          donts: ["Never make treatment wait for registration"],
          targets: [{ label: "Emergency registration time", operator: "<=", value: 5, unit: "min" }],
          importance: 3,
        },
        {
          name: "ED status board",
          moment:
            "In the waiting room, the family looks for their relative's stage on the screen. Seeing exactly what they're waiting for, such as 'awaiting test results', eases the uncertainty.",
          channel: "face_to_face",
          element: "software",
          departments: ["Emergency Medicine", "IT Services"],
          serviceStandard:
            "The board shows each patient's stage (triaged, waiting for a doctor, in tests, awaiting results, awaiting a bed) and the average wait for each stage, with names partly hidden, and refreshes every 5 minutes.",
          script:
            "Kim H. | Seen by doctor → awaiting test results (average 40 min) | Questions? Please ask at the nurses' station",
          dos: ["Update the board as soon as a stage changes"],
          donts: ["Never show diagnoses on the board"],
          targets: [{ label: "Board refresh interval", operator: "<=", value: 5, unit: "min" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description:
            "With no one giving updates, families keep asking at the nurses' station, and tempers will flare.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Doctor's assessment and tests",
      goal: "Be examined by a doctor and have the necessary tests quickly.",
      actions: [
        "Is examined by an emergency physician",
        "Has blood taken and imaging done, then waits for the results",
      ],
      thoughts: ["What's wrong with me?", "Why do the results take so long?"],
      emotion: -2,
      opportunities: ["Tell patients how long each result usually takes", "Give interim updates as results come in"],
      touchpoints: [
        {
          name: "Emergency physician's examination",
          moment:
            "After a long wait the doctor pulls back the curtain. Introducing themselves and explaining which tests are needed and why makes the next wait acceptable.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Medicine"],
          serviceStandard:
            "The doctor gives their name and role and, after the examination, explains the likely cause, the test plan and how long it will take to the patient and family.",
          script:
            "I'm one of the emergency doctors. Let me press on your tummy. … It could be appendicitis, so we'll do a blood test and a CT scan. The results will take about an hour and a half.",
          dos: ["Say how long things will take", "Give the family the same explanation"],
          donts: ["Don't start examining without introducing yourself"],
          targets: [{ label: "Arrival to first doctor assessment", operator: "<=", value: 60, unit: "min" }],
          importance: 5,
        },
        {
          name: "Emergency imaging and blood tests",
          moment:
            "The patient is wheeled to CT on their bed and given contrast dye. Being warned beforehand that they may feel a warm flush keeps them from panicking.",
          channel: "face_to_face",
          element: "software",
          departments: ["Radiology", "Laboratory Medicine"],
          serviceStandard:
            "Emergency tests take priority over routine work and the time from order to report is tracked. Before contrast scans, check allergies and kidney function and explain what the patient will feel.",
          script:
            "When the dye goes in you may feel warm all over, or as if you need to pee. That's normal. When I say 'hold your breath', just hold it for a few seconds.",
          dos: ["Say when the results are expected"],
          donts: ["Don't leave the patient alone outside the scanner room"],
          targets: [{ label: "Emergency CT order to report", operator: "<=", value: 60, unit: "min" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Emergency imaging and blood tests",
          description:
            "Waiting for results with no updates is likely to be the longest stretch of anxiety in the department.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Treatment and observation",
      goal: "Have pain and symptoms relieved and be watched over safely.",
      actions: ["Receives fluids and pain relief", "Lies on a bed in the department while staff monitor progress"],
      thoughts: ["The pain's easing a bit", "It's too noisy and bright to rest"],
      emotion: -1,
      opportunities: [
        "Keep to pain re-assessment times after painkillers",
        "Curtains and adjustable lighting in the observation area",
      ],
      touchpoints: [
        {
          name: "Pain relief and treatment",
          moment:
            "The nurse gives the painkiller and comes back half an hour later to ask, 'How is it now?' The fact that someone came back means a great deal to the patient.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Nursing"],
          serviceStandard:
            "For a pain score of 4 or more, start pain relief within 30 minutes of triage, and re-assess and record the score 30 minutes after each dose.",
          script:
            "This is the pain relief going in. I'll come back in half an hour to see how much better it is. If it gets worse before then, press the bell.",
          dos: ["Briefly say what the medicine is and what it does", "Record the re-assessment"],
          donts: ["Don't brush off pain with 'just hang on a bit'"],
          targets: [{ label: "Triage to pain relief", operator: "<=", value: 30, unit: "min" }],
          importance: 5,
        },
        {
          name: "Observation area",
          moment:
            "Lying on a narrow bed, the patient has people and equipment passing constantly. A curtain that won't close and lights blazing all night make a few hours feel endless.",
          channel: "face_to_face",
          element: "hardware",
          departments: ["Emergency Medicine", "Facilities"],
          serviceStandard:
            "Each bed has a curtain that closes properly and a call bell; lights in the observation area are dimmed at night, with at least one chair per bed for a family member.",
          script: "Shall I close the curtain for you? Press this bell if you need anything. Your family can sit here.",
          dos: ["Close the curtain for every procedure"],
          donts: ["Don't talk loudly about a patient's condition in front of others"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Observation area",
          description: "Missing or broken curtains will leave patients feeling exposed and uncomfortable.",
          severity: "medium",
          frequency: "occasional",
          evidence: "hypothesis",
        },
        {
          touchpoint: "Pain relief and treatment",
          description: "At busy times re-assessment after pain relief may slip, leaving pain untreated.",
          severity: "high",
          frequency: "occasional",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Admit, transfer or discharge",
      goal: "Understand the results and the plan, and move on to the next step.",
      actions: [
        "Hears the results and the decision from the doctor",
        "Waits for a ward bed or for a transfer to another hospital",
      ],
      thoughts: [
        "They say I'm being admitted, but when will a bed be free?",
        "Being moved to another hospital is worrying",
      ],
      emotion: -1,
      opportunities: [
        "Give an estimated wait for a ward bed",
        "Explain transfers to families in writing, including why and how",
      ],
      touchpoints: [
        {
          name: "Results and decision on next steps",
          moment:
            "The doctor comes back with the results and says whether the patient will be admitted or can go home. Hearing the reasons and being able to ask questions makes either outcome easier to accept.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Medicine", "Clinical Department"],
          serviceStandard:
            "Within 30 minutes of the results being available, a doctor explains them and the decision (admit, transfer or discharge) and answers questions. For a transfer, explain why, where to and how.",
          script:
            "The CT confirms appendicitis, so you'll be admitted under the surgeons for an operation. You'll go up as soon as a bed is ready; until then, please wait here and don't eat or drink anything.",
          dos: ["Explain the reason in plain words", "Say who will come to see them next"],
          donts: ["Don't announce a decision and walk off without taking questions"],
          targets: [{ label: "Results to explanation", operator: "<=", value: 30, unit: "min" }],
          importance: 5,
        },
        {
          name: "Waiting for a ward bed",
          moment:
            "Admission decided, the patient has been waiting on a bed in the department for hours. If no one knows when a ward bed will be free, the wait feels endless.",
          channel: "face_to_face",
          element: "software",
          departments: ["Bed Management", "Emergency Nursing"],
          serviceStandard:
            "Once admission is decided, update the patient and family on bed allocation every 2 hours, and keep treatment and meals going in the department if the wait is long.",
          script:
            "There's no bed on the surgical ward yet. One should be free around 4 p.m., and I'll update you then.",
          dos: ["Give an estimated time and come back with an update at that time"],
          donts: ["Don't say 'we'll tell you when a bed's free' and then go silent for hours"],
          targets: [{ label: "Decision to admit to bed allocation", operator: "<=", value: 6, unit: "h" }],
          importance: 4,
        },
      ],
      painPoints: [
        {
          touchpoint: "Waiting for a ward bed",
          description:
            "Some patients will spend the night in the emergency department after being told they're being admitted, because no bed is free.",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "during",
      name: "Discharge advice and payment",
      goal: "Know what to watch for at home, settle the bill and go home.",
      actions: ["Gets written discharge advice and a prescription", "Pays the emergency department bill"],
      thoughts: ["What if it hurts again tonight?", "Why is the emergency department so expensive?"],
      emotion: 0,
      opportunities: [
        "Symptom-specific discharge sheets with a 'come back if' list",
        "Self-service and mobile payment at night",
      ],
      touchpoints: [
        {
          name: "Discharge advice and when to come back",
          moment:
            "Relieved to be going home, patient and family still worry about the night ahead. Hearing clearly which symptoms mean they should come back lets them leave with peace of mind.",
          channel: "face_to_face",
          element: "humanware",
          departments: ["Emergency Nursing"],
          serviceStandard:
            "Before the patient leaves, a nurse goes through the diagnosis, medicines, precautions, symptoms that mean coming back and any clinic appointment with a handout, and checks understanding.",
          script:
            "Today's diagnosis is gastroenteritis. Drink little and often, and come straight back if you see blood in your stool or your temperature goes above 39°C. We've also booked you into the medical clinic for the day after tomorrow.",
          dos: ["Give a written list of symptoms that mean coming back"],
          donts: ["Don't skip the explanation to free up the bed"],
          targets: [{ label: "Patients given written discharge advice", operator: "=", value: 100, unit: "%" }],
          importance: 5,
        },
        {
          name: "Emergency department payment",
          moment:
            "Going home in the early hours, the family member faces a self-service payment machine. A bigger bill than expected with no explanation clouds an otherwise good experience of care.",
          channel: "online",
          element: "software",
          departments: ["Patient Accounts"],
          serviceStandard:
            "Keep self-service machines and mobile payment running at night, and show an explanation of emergency charges and a contact point on screen.",
          script:
            "Emergency department charges | Includes consultation, tests, treatment and the emergency care fee | Billing questions: Patient Accounts (weekdays, daytime) | Pay now ▶",
          dos: ["Offer a way to pay later"],
          donts: ["Don't hold patients back until they've paid"],
          targets: [],
          importance: 3,
        },
      ],
      painPoints: [
        {
          touchpoint: "Emergency department payment",
          description:
            "Patients classed as non-urgent who pay the full emergency care fee will resent it if no one explains why.",
          severity: "medium",
          frequency: "frequent",
          evidence: "hypothesis",
        },
      ],
    },
    {
      phase: "after",
      name: "Follow-up call at home",
      goal: "Have someone check they're all right at home and be directed to further care if needed.",
      actions: ["Takes a call from the hospital the next day", "Asks questions and confirms the clinic appointment"],
      thoughts: ["The emergency department remembered me"],
      emotion: 1,
      opportunities: [
        "Call high-risk discharged patients within 24 hours",
        "Share complaints from follow-up calls at emergency department team meetings",
      ],
      touchpoints: [
        {
          name: "Emergency department follow-up call",
          moment:
            "The day after going home, the emergency department calls. Being asked how they are, and told about test results that came in later, shows the hospital is seeing it through.",
          channel: "phone",
          element: "humanware",
          departments: ["Emergency Nursing", "Patient Experience"],
          serviceStandard:
            "Call within 24 to 48 hours of discharge to check symptoms, medicines and the clinic appointment, and pass on results finalised after discharge once a doctor has reviewed them. Advise coming back straight away if symptoms have worsened.",
          script:
            "Hello, I'm calling from the emergency department because you were with us yesterday. How are you feeling today? Has the stomach pain eased?",
          dos: [
            "Advise coming back straight away if things are worse",
            "Ask what could have been better in the department",
          ],
          donts: ["Don't make a new diagnosis over the phone"],
          targets: [{ label: "Follow-up call after discharge", operator: "<=", value: 48, unit: "h" }],
          importance: 4,
        },
        {
          name: "Emergency department experience survey",
          moment:
            "Opening a text survey a few days later brings back the hardest moment. If it only asks about waiting times and has nowhere to say what really mattered, they close it.",
          channel: "online",
          element: "software",
          departments: ["Patient Experience"],
          serviceStandard:
            "Three days after discharge send a survey of five questions or fewer with a free-text box; complaints reach the department lead within a week and the patient gets a reply.",
          script:
            "How was your time in our emergency department? Tell us the one thing that was hardest and we'll make sure it's looked at.",
          dos: ["Include a free-text box"],
          donts: ["Never send the survey automatically to families of patients who died or are critically ill"],
          targets: [{ label: "Survey response rate", operator: ">=", value: 15, unit: "%" }],
          importance: 2,
        },
      ],
      painPoints: [
        {
          touchpoint: null,
          description: "Some patients may not hear in time about test results finalised after they went home.",
          severity: "high",
          frequency: "rare",
          evidence: "hypothesis",
        },
      ],
    },
  ],
};
