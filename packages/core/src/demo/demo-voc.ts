import { pick, seededRandom } from "../voc/random.ts";
import type { VocChannel, VocSeverity, VocType } from "../voc/voc-item.ts";

/**
 * Demo VOC (고객의 소리) for 한빛대학교병원's first-visit outpatient journey: what patients write on
 * VOC cards, the homepage, review sites and in follow-up calls. Generated from a seed, so the demo,
 * the screenshots and the classifier's cross-validation see the same texts every time.
 *
 * Each item names its touchpoint and stage as the journey document does (by name); the demo seeder
 * maps names to ids. Texts are raw, as a patient would type them — some contain phone numbers, RRNs
 * or e-mail addresses, so they must go through `maskVocText` like any other VOC.
 */
export interface DemoVoc {
  stage: string;
  touchpoint: string;
  type: VocType;
  channel: VocChannel;
  severity: VocSeverity;
  receivedOn: string;
  text: string;
}

export const DEMO_VOC_JOURNEY_TITLE = "첫 방문 외래 환자 여정";

/**
 * How patients speak about one touchpoint. `{s}` is replaced by one of the subjects, `{m}` by a number
 * of minutes, `{h}` by hours. `weight` follows what hospitals actually receive: parking, waiting and
 * staff attitude dominate; the blog hardly ever gets a VOC.
 */
interface TouchpointVoice {
  stage: string;
  touchpoint: string;
  weight: number;
  subjects: readonly string[];
  complaint: readonly string[];
  compliment: readonly string[];
  suggestion: readonly string[];
  inquiry: readonly string[];
}

const VOICES: readonly TouchpointVoice[] = [
  {
    stage: "증상 인지·정보 탐색",
    touchpoint: "포털 검색·지도 플레이스 정보",
    weight: 2,
    subjects: ["포털 지도", "플레이스 정보", "검색하면 나오는 병원 정보", "지도 앱"],
    complaint: [
      "{s}에 나온 진료시간이 실제랑 달라서 헛걸음했습니다",
      "{s}의 대표번호로 걸었더니 없는 번호라고 나와요",
      "{s}에는 토요일 진료한다고 돼 있었는데 와 보니 휴진이더라고요",
      "{s} 주차 요금 안내가 작년 기준이라 돈을 더 냈네요",
    ],
    compliment: ["{s}가 정확하게 정리돼 있어서 찾아가기 쉬웠어요", "{s}에 주차 안내까지 자세히 있어서 편했습니다"],
    suggestion: [
      "{s}에 정문 사진이랑 주차장 입구 사진을 올려 주시면 좋겠어요",
      "{s} 휴진 공지를 좀 빨리 반영해 주세요",
    ],
    inquiry: ["{s}에 나온 토요일 진료시간이 맞는지 궁금합니다", "{s}에 적힌 번호가 예약센터 번호가 맞나요"],
  },
  {
    stage: "증상 인지·정보 탐색",
    touchpoint: "병원 홈페이지 의료진 소개",
    weight: 3,
    subjects: ["홈페이지 의료진 소개", "교수님 소개 페이지", "의료진 페이지", "홈페이지 진료과 안내"],
    complaint: [
      "{s}에 외래 요일이 안 나와 있어서 결국 전화로 다시 물어봤어요",
      "{s}에 있는 교수님이 이미 퇴직하셨다네요. 정보 관리 좀 해 주세요",
      "{s}를 휴대폰으로 보면 예약 버튼이 어디 있는지 안 보여요",
      "{s}에 초진 가능한지 여부가 없어서 예약을 못 했습니다",
    ],
    compliment: ["{s}에 교수님별 전문 분야가 잘 나와 있어서 선택하는 데 도움이 됐어요"],
    suggestion: [
      "{s}에서 증상으로도 진료과를 찾을 수 있으면 좋겠습니다",
      "{s}에 초진 예약 가능 요일을 같이 표시해 주세요",
    ],
    inquiry: [
      "{s}에 나온 정윤호 교수님이 목요일 오후에도 진료하시나요",
      "{s}에서 위내시경 잘 보시는 교수님이 누구신지 알고 싶어요",
    ],
  },
  {
    stage: "증상 인지·정보 탐색",
    touchpoint: "공식 블로그·SNS 건강 정보",
    weight: 1,
    subjects: ["공식 블로그", "병원 인스타그램", "블로그 건강 정보 글", "병원 SNS"],
    complaint: ["{s}에 댓글로 질문했는데 일주일째 답이 없어요", "{s} 글이 광고 같아서 신뢰가 안 갑니다"],
    compliment: ["{s}에 올라온 위염 설명 글이 쉽고 정확해서 큰 도움이 됐어요", "{s} 글 보고 용기 내서 예약했습니다"],
    suggestion: ["{s} 글 끝에 예약 방법 링크를 달아 주시면 좋겠어요"],
    inquiry: ["{s}에서 본 헬리코박터 제균 치료는 몇 주 걸리나요"],
  },
  {
    stage: "전화 예약",
    touchpoint: "예약센터 ARS 연결",
    weight: 8,
    subjects: ["예약센터 전화", "대표번호 ARS", "ARS 안내", "예약 전화", "콜센터"],
    complaint: [
      "{s}가 연결이 안 돼서 {m}분 넘게 대기음만 들었습니다",
      "{s} 메뉴가 너무 많고 길어서 중간에 끊겼어요",
      "월요일 아침에 {s} 걸었더니 한참 기다리다 끊어지고 다시 걸어도 똑같네요",
      "{s} 기다리는 동안 병원 홍보 멘트만 계속 나와서 짜증났어요",
      "콜백 신청했는데 하루가 지나도 {s} 연락이 안 옵니다",
    ],
    compliment: ["{s} 콜백 서비스 덕분에 기다리지 않고 예약했어요", "{s} 대기 시간을 알려 주니 마음이 편했습니다"],
    suggestion: ["{s}에 처음 오는 사람 메뉴를 1번으로 해 주세요", "{s} 대기할 때 예상 대기 시간을 알려 주면 좋겠어요"],
    inquiry: ["{s}는 몇 시부터 받나요", "{s}에서 콜백 신청은 어떻게 하는 건가요"],
  },
  {
    stage: "전화 예약",
    touchpoint: "예약 상담원 응대",
    weight: 7,
    subjects: ["예약 상담원", "예약센터 직원분", "전화 받은 상담사", "예약 담당자"],
    complaint: [
      "{s}이 말을 중간에 자르고 본인 할 말만 하더라고요",
      "{s}이 귀찮다는 듯 퉁명스럽게 대답해서 기분이 상했습니다",
      "증상을 설명하는데 {s}이 별거 아닐 거라면서 대충 넘겼어요",
      "{s}이 그건 저희 소관이 아니라고 하고 그냥 끊었어요",
      "{s}이 예약 시간을 잘못 알려 줘서 진료를 못 받았습니다",
    ],
    compliment: [
      "{s}이 제 얘기를 끝까지 들어 주시고 걱정 많으셨겠다고 해 주셔서 감동받았어요",
      "{s}께서 예약 내용을 한 번 더 또박또박 말씀해 주셔서 헷갈리지 않았어요",
      "{s} 이하은 님 목소리가 너무 친절하셨어요",
      "{s}이 더 빠른 날짜를 찾아 주시려고 애써 주셨습니다",
    ],
    suggestion: ["{s}이 예약 끝에 준비물을 문자로도 보내 주면 좋겠어요"],
    inquiry: ["{s}이 말한 취소 대기 등록이 됐는지 확인 부탁드립니다"],
  },
  {
    stage: "전화 예약",
    touchpoint: "진료의뢰서 안내",
    weight: 4,
    subjects: ["진료의뢰서", "의뢰서", "동네 병원 의뢰서"],
    complaint: [
      "예약할 때 {s} 얘기를 전혀 못 들었는데 접수창구에서 비용이 다르다고 해서 황당했어요",
      "{s}가 없으면 보험이 안 된다는 걸 당일에야 알았습니다",
      "{s}를 가져왔는데 전자로 접수됐다며 또 다른 서류를 달라고 하네요",
    ],
    compliment: ["{s}가 왜 필요한지 차근차근 설명해 주시고 문자도 보내 주셔서 편했어요"],
    suggestion: ["예약하면 {s} 준비 방법을 자동으로 문자로 보내 주세요"],
    inquiry: [
      "{s}는 동네 의원 어디서든 받아도 되나요",
      "{s} 유효기간이 있나요",
      "{s} 없이 가면 진료비가 얼마나 더 나오나요",
    ],
  },
  {
    stage: "온라인·앱 예약",
    touchpoint: "모바일 앱 진료 예약",
    weight: 5,
    subjects: ["앱 예약", "병원 앱", "모바일 예약", "어플"],
    complaint: [
      "{s}에서 날짜 고르고 다음 누르면 오류가 나면서 처음 화면으로 돌아가요",
      "{s} 회원가입 본인인증이 너무 복잡해서 포기했습니다",
      "{s} 완료 화면이 안 떠서 예약이 된 건지 모르겠어요",
      "{s}으로 예약했는데 병원에는 예약이 없다고 하네요",
    ],
    compliment: ["{s}이 간편해서 몇 번 만에 바로 예약했어요", "{s} 완료 후 캘린더 저장 기능이 편리했습니다"],
    suggestion: ["{s}에서 가장 빠른 날짜를 먼저 보여 주면 좋겠어요", "{s} 간편 로그인을 지원해 주세요"],
    inquiry: ["{s}으로 보호자가 대신 예약할 수 있나요", "{s}에서 예약 시간 변경은 어디서 하나요"],
  },
  {
    stage: "온라인·앱 예약",
    touchpoint: "초진 사전 문진표",
    weight: 2,
    subjects: ["사전 문진표", "앱 문진", "미리 작성하는 문진표"],
    complaint: [
      "{s}를 다 써 갔는데 간호사가 똑같은 질문을 또 하더라고요",
      "{s} 질문이 너무 어려운 의학 용어라 뭘 써야 할지 모르겠어요",
      "{s} 작성 중에 저장이 안 돼서 처음부터 다시 썼습니다",
    ],
    compliment: ["{s}를 미리 써 가니 진료가 빨리 끝나서 좋았어요"],
    suggestion: ["{s}에 약 봉투 사진 올리는 기능이 있으면 좋겠습니다"],
    inquiry: ["{s}는 진료 전날까지 꼭 작성해야 하나요"],
  },
  {
    stage: "예약 확인 알림",
    touchpoint: "카카오 알림톡 예약 확정",
    weight: 2,
    subjects: ["카카오 알림톡", "예약 확정 알림톡", "카톡 예약 안내"],
    complaint: [
      "{s}에 도착 장소가 안 적혀 있어서 어디로 가야 할지 몰랐어요",
      "{s}이 아예 오지 않았습니다",
      "{s}에 나온 시간과 앱의 예약 시간이 달라요",
    ],
    compliment: ["{s}에 준비물까지 정리돼 있어서 좋았어요"],
    suggestion: ["{s}에 지도 링크를 넣어 주세요"],
    inquiry: ["{s} 받는 번호를 보호자 번호로 바꿀 수 있나요"],
  },
  {
    stage: "예약 확인 알림",
    touchpoint: "내원 전날 리마인드 문자",
    weight: 2,
    subjects: ["전날 오는 문자", "리마인드 문자", "예약 안내 문자"],
    complaint: [
      "{s}가 밤 10시에 와서 깜짝 놀랐어요",
      "{s}에 금식 여부를 안 알려 줘서 아침을 먹고 갔다가 검사를 못 했어요",
      "{s}를 못 받아서 예약을 잊어버렸습니다",
    ],
    compliment: ["{s} 덕분에 예약을 잊지 않고 갈 수 있었어요"],
    suggestion: ["{s}에 주차 안내도 같이 넣어 주시면 좋겠어요"],
    inquiry: ["{s}에 답장하면 예약 취소가 되나요"],
  },
  {
    stage: "내원·주차",
    touchpoint: "주차장 입구 만차 안내",
    weight: 9,
    subjects: ["주차장 입구", "주차장 진입로", "주차장 전광판", "지하 주차장"],
    complaint: [
      "{s}에서 {m}분을 줄 서서 기다리다 진료 시간에 늦었습니다",
      "{s} 전광판에는 여유라고 나왔는데 들어가 보니 만차였어요",
      "{s}이 꽉 막혀서 결국 예약 시간을 놓쳤어요",
      "{s}에 만차라는 안내만 있고 다른 주차장 안내는 없네요",
      "주차 공간이 너무 부족해요. {s}에서만 {m}분 걸렸습니다",
    ],
    compliment: ["{s}에 층별 남은 자리가 나와서 빨리 주차했어요", "{s} 만차 때 공영주차장을 안내해 줘서 다행이었어요"],
    suggestion: [
      "{s}에 근처 공영주차장 안내를 크게 써 주세요",
      "주차 공간을 늘리거나 {s} 대기를 줄일 방법을 찾아 주세요",
    ],
    inquiry: ["{s}이 만차일 때 이용할 제휴 주차장이 있나요", "외래 환자는 {s}을 몇 시간 무료로 이용할 수 있나요"],
  },
  {
    stage: "내원·주차",
    touchpoint: "주차 안내 요원",
    weight: 5,
    subjects: ["주차 안내 요원", "주차 요원", "주차장 안내하시는 분", "주차 관리 직원"],
    complaint: [
      "{s}이 반말로 소리를 지르면서 차를 빼라고 했어요",
      "{s}이 수신호를 대충 해서 접촉 사고가 날 뻔했습니다",
      "휠체어 탄 어머니를 모시고 왔는데 {s}이 장애인 구역 안내를 안 해 줬어요",
    ],
    compliment: [
      "비 오는 날 {s}께서 우산을 씌워 주시며 입구까지 안내해 주셨어요",
      "{s}분이 친절하게 빈자리로 안내해 주셔서 금방 주차했어요",
      "{s}님이 어르신 하차를 도와주셔서 감사했습니다",
    ],
    suggestion: ["출퇴근 시간에는 {s}을 더 배치해 주세요"],
    inquiry: ["{s}에게 말하면 발렛 서비스를 이용할 수 있나요"],
  },
  {
    stage: "내원·주차",
    touchpoint: "지하 주차장에서 본관 가는 길 안내",
    weight: 3,
    subjects: ["지하 주차장에서 본관 가는 길", "주차장 엘리베이터", "지하에서 외래 가는 길", "주차장 안내 표지판"],
    complaint: [
      "{s}이 헷갈려서 한참을 헤맸습니다",
      "{s} 표시가 없어서 신관으로 잘못 올라갔어요",
      "{s}을 찾느라 {m}분을 돌아다녔어요",
    ],
    compliment: ["{s} 바닥에 색깔 선이 있어서 찾아가기 쉬웠어요"],
    suggestion: ["{s}에 바닥 유도선을 그려 주세요", "{s}에 본관 외래 방향 표지판을 더 달아 주세요"],
    inquiry: ["{s} 중에 휠체어로 갈 수 있는 엘리베이터가 어디인가요"],
  },
  {
    stage: "안내데스크",
    touchpoint: "종합안내 데스크 응대",
    weight: 5,
    subjects: ["1층 안내데스크", "종합안내 직원", "안내 데스크", "로비 안내하시는 분"],
    complaint: [
      "{s}에 물어봤는데 손가락으로 저쪽이라고만 하고 쳐다보지도 않더라고요",
      "{s}이 자리를 비워서 한참 기다렸어요",
      "{s}에서 알려 준 곳이 틀려서 두 번이나 오갔습니다",
    ],
    compliment: [
      "{s}께서 직접 접수창구까지 같이 가 주셨어요",
      "처음이라 긴장했는데 {s}이 웃으면서 차근차근 알려 주셨어요",
      "{s} 자원봉사자분이 너무 친절하셨습니다",
    ],
    suggestion: ["{s}에 외국어 안내가 가능한 분이 있으면 좋겠어요"],
    inquiry: ["{s}에서 휠체어를 빌릴 수 있나요"],
  },
  {
    stage: "안내데스크",
    touchpoint: "층별 안내 키오스크",
    weight: 2,
    subjects: ["층별 안내 키오스크", "안내 키오스크", "로비 안내 화면"],
    complaint: [
      "{s} 글씨가 너무 작아서 어르신은 못 보세요",
      "{s} 화면이 고장 나서 터치가 안 됩니다",
      "{s}에 나온 진료과 위치가 바뀐 게 반영이 안 돼 있어요",
    ],
    compliment: ["{s}에서 길찾기를 누르니 지도가 나와서 편했어요"],
    suggestion: ["{s}에 큰 글씨 모드를 넣어 주세요"],
    inquiry: ["{s}에서 내 예약 위치도 볼 수 있나요"],
  },
  {
    stage: "초진 접수",
    touchpoint: "초진 접수창구 응대",
    weight: 7,
    subjects: ["초진 접수창구", "접수 직원", "1층 접수처", "원무과 접수"],
    complaint: [
      "{s}에서 {m}분을 기다렸는데 번호표 순서가 뒤죽박죽이에요",
      "{s}이 서류가 빠졌다며 짜증을 내서 민망했어요",
      "{s}에서 주민번호를 큰 소리로 불러서 옆 사람이 다 들었습니다",
      "{s}이 설명 없이 이것저것 쓰라고만 하네요",
      "{s} 직원끼리 잡담하느라 저를 한참 세워 뒀어요",
    ],
    compliment: [
      "{s}에서 처음 왔다고 하니 순서를 하나하나 설명해 주셨어요",
      "{s} 직원분이 서류 빠진 걸 미리 챙겨 주셔서 감사했습니다",
      "{s}이 바쁜데도 끝까지 웃으며 응대해 주셨어요",
    ],
    suggestion: ["{s}에 초진 전용 창구를 하나 더 열어 주세요", "{s} 번호표에 예상 대기 시간을 같이 표시해 주세요"],
    inquiry: ["{s}는 몇 시부터 여나요", "{s}에서 보호자가 대신 접수해도 되나요"],
  },
  {
    stage: "초진 접수",
    touchpoint: "개인정보·진료 동의서 작성",
    weight: 2,
    subjects: ["동의서", "개인정보 동의서", "접수할 때 쓰는 서류", "진료 동의서"],
    complaint: [
      "{s} 종류가 너무 많고 글씨가 깨알 같아요",
      "{s}에 뭘 체크해야 하는지 아무도 설명해 주지 않았어요",
      "{s}를 몇 장이나 똑같은 내용으로 썼습니다",
    ],
    compliment: ["{s}를 태블릿으로 쓰니 간단하고 좋았어요"],
    suggestion: ["{s}를 앱에서 미리 작성할 수 있게 해 주세요"],
    inquiry: ["{s}에서 선택 항목은 동의 안 해도 진료받는 데 문제없나요", "{s} 사본을 받을 수 있나요"],
  },
  {
    stage: "초진 접수",
    touchpoint: "무인 접수 키오스크",
    weight: 3,
    subjects: ["무인 접수 키오스크", "접수 키오스크", "무인 접수기"],
    complaint: [
      "{s}에서 초진은 안 된다고 떠서 결국 창구 줄을 다시 섰어요",
      "{s} 사용법을 몰라 헤매는데 도와주는 사람이 없었습니다",
      "{s}가 신분증을 계속 인식 못 해요",
    ],
    compliment: ["{s} 옆에 계신 도우미분이 친절하게 알려 주셨어요"],
    suggestion: ["{s}에서 초진 접수도 되게 해 주세요", "{s} 옆에 안내 직원을 배치해 주세요"],
    inquiry: ["{s}에서 진료의뢰서도 등록할 수 있나요"],
  },
  {
    stage: "진료 전 대기",
    touchpoint: "외래 도착 확인·사전 문진",
    weight: 3,
    subjects: ["진료과 앞 간호 스테이션", "외래 도착 확인 데스크", "혈압 재는 곳", "진료과 접수대"],
    complaint: [
      "{s}에서 도착했다고 말했는데 확인이 안 돼서 순서가 밀렸어요",
      "{s}에서 다른 환자들 앞에서 증상을 큰 소리로 물어봤어요",
      "{s}에서 사전 문진 내용을 안 보고 또 물어보더라고요",
    ],
    compliment: ["{s}에서 간호사님이 긴장을 풀어 주시려고 말을 걸어 주셨어요"],
    suggestion: ["{s}에 칸막이를 설치해 주세요"],
    inquiry: ["{s}는 진료 몇 분 전까지 가야 하나요"],
  },
  {
    stage: "진료 전 대기",
    touchpoint: "진료 대기 현황판",
    weight: 4,
    subjects: ["대기 현황판", "대기 순서 화면", "진료실 앞 모니터", "전광판 대기 순번"],
    complaint: [
      "{s}에 제 이름이 안 떠서 호명을 놓친 줄 알았어요",
      "{s} 순서가 계속 바뀌는데 아무 설명이 없어요",
      "{s}에 예상 대기 시간이 안 나와서 화장실도 못 갔습니다",
    ],
    compliment: ["{s}에 순번이 잘 보여서 편하게 기다렸어요"],
    suggestion: ["{s}에 예상 대기 시간을 분 단위로 보여 주세요", "{s} 내용을 앱에서도 볼 수 있게 해 주세요"],
    inquiry: ["{s}에 이름이 가려져서 나오는데 제 순서를 어떻게 확인하나요"],
  },
  {
    stage: "진료 전 대기",
    touchpoint: "진료 지연 안내",
    weight: 9,
    subjects: ["진료 대기 시간", "진료 지연", "외래 대기", "예약 시간보다 늦어지는 진료"],
    complaint: [
      "예약하고 갔는데 {s}이 {h}시간이나 됐어요. 아무도 왜 늦는지 알려 주지 않았습니다",
      "{s}에 대해 한마디 안내도 없이 {m}분을 기다렸습니다",
      "{s}이 길어서 회사에 반차를 냈는데 하루를 다 썼네요",
      "예약 시간 지나고 {m}분이 넘었는데 {s} 안내가 전혀 없었어요",
      "{s}이 심해서 물어보니 앞에 환자가 많다는 말만 반복해요",
    ],
    compliment: [
      "{s}이 생기자 간호사님이 미리 오셔서 이유와 예상 시간을 설명해 주셨어요",
      "{s}이 있었지만 중간중간 안내해 주셔서 답답하지 않았어요",
    ],
    suggestion: ["{s}이 30분 넘으면 문자로 알려 주세요", "{s} 동안 앉을 의자를 늘려 주세요"],
    inquiry: ["{s}이 길어지면 다른 날로 바꿀 수 있나요", "{s}이 보통 얼마나 되나요"],
  },
  {
    stage: "진료실(의사 상담)",
    touchpoint: "진료실 입실 호명",
    weight: 2,
    subjects: ["진료실 호명", "이름 부르는 것", "입실 안내"],
    complaint: [
      "{s} 때 제 이름을 틀리게 불러서 다른 환자가 들어갔어요",
      "{s} 소리가 작아서 못 들었는데 순서를 넘겨 버렸어요",
      "{s} 때 주민번호 앞자리까지 크게 말해서 불쾌했습니다",
    ],
    compliment: ["{s}할 때 직접 오셔서 눈을 보고 불러 주셔서 좋았어요"],
    suggestion: ["{s}을 화면과 진동벨로도 해 주세요"],
    inquiry: ["{s}을 놓치면 어떻게 해야 하나요"],
  },
  {
    stage: "진료실(의사 상담)",
    touchpoint: "의사 진료·설명",
    weight: 9,
    subjects: ["교수님", "담당 의사 선생님", "진료 보신 선생님", "소화기내과 교수님"],
    complaint: [
      "{s}이 컴퓨터만 보시고 제 얼굴은 한 번도 안 보셨어요",
      "{m}분 기다렸는데 {s} 진료는 2분 만에 끝났습니다",
      "{s}이 질문하니까 귀찮다는 듯이 말씀하셔서 상처받았어요",
      "{s}이 어려운 용어로만 설명하셔서 무슨 병인지 모르고 나왔어요",
      "{s}께 물어보려는데 다음 환자 들어오라고 하셨어요",
    ],
    compliment: [
      "{s}께서 그림까지 그려 가며 쉽게 설명해 주셨어요",
      "{s}이 제 얘기를 끝까지 들어 주시고 걱정하지 말라고 해 주셨어요",
      "{s} 덕분에 불안한 마음이 많이 풀렸습니다. 정말 감사합니다",
      "{s}이 정말 친절하시고 꼼꼼하게 봐 주셨어요",
      "정윤호 교수님 최고예요. {s}의 설명이 자세하셨어요",
    ],
    suggestion: ["{s} 설명을 종이로 요약해서 주시면 좋겠어요"],
    inquiry: ["{s}이 말씀하신 약을 언제까지 먹어야 하나요", "{s}께 추가로 여쭤볼 게 있는데 어떻게 연락하나요"],
  },
  {
    stage: "진료실(의사 상담)",
    touchpoint: "검사 처방 설명·동선 안내",
    weight: 4,
    subjects: ["검사 안내", "검사 순서 설명", "검사실 가는 길 안내", "검사 동선"],
    complaint: [
      "{s}을 제대로 못 받아서 채혈실이랑 초음파실을 몇 번이나 왔다 갔다 했어요",
      "{s} 종이만 주고 어디로 가라는 말이 없었어요",
      "{s}이 없어서 검사를 다 못 하고 다른 날 다시 왔습니다",
    ],
    compliment: ["간호사님이 {s}을 지도에 표시해 주셔서 한 번에 찾았어요"],
    suggestion: ["{s}을 문자로도 보내 주세요", "{s}을 순서대로 번호 매겨 주시면 좋겠어요"],
    inquiry: ["{s}에 나온 검사들을 오늘 다 받을 수 있나요"],
  },
  {
    stage: "검사(채혈·영상)",
    touchpoint: "채혈실 접수·대기",
    weight: 5,
    subjects: ["채혈실 대기", "채혈실 번호표", "채혈실 앞", "채혈 대기줄"],
    complaint: [
      "{s}이 너무 길어서 {m}분 넘게 서 있었어요",
      "{s}에 앉을 자리가 하나도 없었습니다",
      "{s}에서 금식한 환자를 먼저 해 주지 않아서 쓰러질 뻔했어요",
    ],
    compliment: ["{s}이 생각보다 짧고 순서 안내가 잘 돼 있었어요"],
    suggestion: ["{s}에 의자를 더 놓아 주세요", "{s}에서 금식 환자 우선 창구를 만들어 주세요"],
    inquiry: ["{s} 없이 바로 채혈하려면 몇 시에 가야 하나요"],
  },
  {
    stage: "검사(채혈·영상)",
    touchpoint: "채혈",
    weight: 4,
    subjects: ["채혈", "피 뽑을 때", "채혈하신 선생님", "주삿바늘"],
    complaint: [
      "{s} 세 번이나 찔러서 팔에 멍이 심하게 들었어요",
      "{s} 아프다고 했는데 아무 말 없이 계속하셨어요",
      "{s} 후 지혈 안내를 못 받아서 옷에 피가 묻었습니다",
    ],
    compliment: [
      "{s} 하나도 안 아프게 한 번에 해 주셨어요",
      "바늘 무서워하는 저를 위해 {s} 전에 말을 걸어 주셔서 금방 끝났어요",
    ],
    suggestion: ["{s} 후 지혈 밴드를 조금 더 오래 붙이라고 안내해 주세요"],
    inquiry: ["{s} 후 샤워는 언제 해도 되나요"],
  },
  {
    stage: "검사(채혈·영상)",
    touchpoint: "복부 초음파 검사",
    weight: 3,
    subjects: ["초음파 검사", "복부 초음파", "초음파실"],
    complaint: [
      "{s} 예약 시간보다 {m}분 늦게 들어갔어요",
      "{s} 때 설명 없이 배에 차가운 젤을 바르고 끝났어요",
      "{s} 전에 금식하라는 말을 못 들어서 다시 와야 했습니다",
    ],
    compliment: ["{s} 때 선생님이 화면을 보여 주시며 설명해 주셨어요"],
    suggestion: ["{s} 후 젤 닦을 수건을 넉넉히 주세요"],
    inquiry: ["{s} 결과는 언제 나오나요", "{s} 전에 물은 마셔도 되나요"],
  },
  {
    stage: "검사(채혈·영상)",
    touchpoint: "영상검사실 탈의실",
    weight: 2,
    subjects: ["탈의실", "검사복 갈아입는 곳", "영상검사실 탈의실"],
    complaint: [
      "{s} 문이 안 잠겨서 너무 불안했어요",
      "{s} 사물함이 고장 나서 귀중품을 들고 다녔어요",
      "{s}이 좁고 지저분했습니다",
    ],
    compliment: ["{s}이 깨끗하고 사물함도 넉넉했어요"],
    suggestion: ["{s}에 거울과 의자를 놓아 주세요"],
    inquiry: ["{s}에 귀중품을 두고 가도 되나요"],
  },
  {
    stage: "결과 설명·재진료",
    touchpoint: "당일 결과 설명 진료",
    weight: 3,
    subjects: ["결과 설명", "검사 결과 상담", "당일 결과 설명"],
    complaint: [
      "{s} 들으려고 {h}시간을 기다렸는데 내일 다시 오라네요",
      "{s} 때 수치만 읽어 주고 무슨 뜻인지 설명이 없었어요",
      "{s}을 당일에 해 준다더니 결과가 안 나왔다고 했습니다",
    ],
    compliment: ["{s}을 당일에 해 주셔서 두 번 오지 않아도 됐어요"],
    suggestion: ["{s} 예상 시간을 미리 알려 주세요"],
    inquiry: ["{s}을 전화로 받을 수는 없나요"],
  },
  {
    stage: "결과 설명·재진료",
    touchpoint: "내시경 예약 안내",
    weight: 3,
    subjects: ["내시경 예약", "위내시경 일정", "내시경 검사 예약"],
    complaint: [
      "{s}이 한 달 뒤라서 너무 불안합니다",
      "{s} 잡는 창구를 찾느라 헤맸어요",
      "{s}할 때 수면 내시경 비용 설명을 안 해 줬어요",
    ],
    compliment: ["{s}을 빨리 잡아 주시고 준비 방법도 꼼꼼히 알려 주셨어요"],
    suggestion: ["{s}을 앱에서도 바꿀 수 있게 해 주세요"],
    inquiry: ["{s} 전에 먹던 혈압약은 먹어도 되나요", "{s}을 취소하려면 어디로 연락하나요"],
  },
  {
    stage: "수납",
    touchpoint: "수납창구 진료비 설명",
    weight: 5,
    subjects: ["수납창구", "원무과 수납", "진료비 계산", "수납 직원"],
    complaint: [
      "{s}에서 진료비가 왜 이렇게 나왔는지 물었더니 그냥 나온 대로라고만 하네요",
      "{s}에서 영수증 항목을 설명해 달라고 했는데 무시당했어요",
      "{s} 줄이 길어서 {m}분을 서 있었어요",
      "{s}에서 비급여 항목 설명이 전혀 없었습니다",
    ],
    compliment: ["{s}에서 진료비 항목을 하나씩 설명해 주셔서 이해가 됐어요"],
    suggestion: ["{s}에 진료비 안내문을 비치해 주세요"],
    inquiry: ["{s}에서 실손보험 청구 서류를 같이 받을 수 있나요", "{s}에서 카드 할부가 되나요"],
  },
  {
    stage: "수납",
    touchpoint: "무인 수납기",
    weight: 3,
    subjects: ["무인 수납기", "무인 수납 키오스크", "자동 수납기"],
    complaint: [
      "{s}에서 카드 결제가 두 번 됐어요",
      "{s}가 영수증이 안 나와요",
      "{s} 사용법이 어려워서 뒤에 줄이 길게 섰어요",
    ],
    compliment: ["{s} 덕분에 줄 안 서고 바로 계산했어요"],
    suggestion: ["{s}에서 실손보험 서류도 출력되게 해 주세요"],
    inquiry: ["{s}에서 이중 결제된 금액은 언제 환불되나요"],
  },
  {
    stage: "처방·약국",
    touchpoint: "원외처방전 발행·약국 안내",
    weight: 3,
    subjects: ["처방전", "원외처방전", "약국 안내"],
    complaint: [
      "{s}에 약 이름이 잘못 나와서 약국에서 다시 병원에 왔어요",
      "{s} 출력을 안 해 줘서 다시 수납창구에 줄을 섰어요",
      "{s}을 받았는데 근처 약국에 그 약이 없었어요",
    ],
    compliment: ["{s}을 앱으로 약국에 보내 주셔서 편했어요"],
    suggestion: ["{s}을 원하는 약국으로 전송해 주는 서비스를 해 주세요"],
    inquiry: ["{s} 유효기간이 며칠인가요", "{s}을 잃어버렸는데 재발급 되나요"],
  },
  {
    stage: "처방·약국",
    touchpoint: "모바일 처방 내역·복약 정보",
    weight: 2,
    subjects: ["앱 처방 내역", "복약 정보", "앱에서 보는 약 정보"],
    complaint: ["{s}이 안 떠서 약을 어떻게 먹는지 몰랐어요", "{s}에 주의사항이 너무 어렵게 적혀 있어요"],
    compliment: ["{s}에 약 사진과 복용법이 있어서 부모님께 알려 드리기 쉬웠어요"],
    suggestion: ["{s}에 복용 알림 기능을 넣어 주세요"],
    inquiry: ["{s}에 예전 처방도 나오나요"],
  },
  {
    stage: "귀가",
    touchpoint: "출구 주차 정산",
    weight: 5,
    subjects: ["주차 정산", "출구 정산기", "주차비", "나갈 때 주차 요금"],
    complaint: [
      "{s}에서 진료 할인이 적용이 안 돼서 돈을 다 냈어요",
      "{s}가 고장 나서 출구에서 {m}분을 갇혀 있었어요",
      "진료가 늦어져서 {s}를 더 냈는데 너무 억울합니다",
      "{s} 할인 등록을 어디서 하는지 몰라 뒤차들이 빵빵거렸어요",
    ],
    compliment: ["{s}가 번호판 인식으로 자동이라 편했어요"],
    suggestion: ["진료가 지연되면 {s} 할인 시간을 늘려 주세요", "{s}를 앱에서 미리 할 수 있게 해 주세요"],
    inquiry: ["{s} 할인은 보호자 차량도 되나요", "{s} 영수증을 다시 받을 수 있나요"],
  },
  {
    stage: "귀가",
    touchpoint: "내시경 준비 안내 문자",
    weight: 2,
    subjects: ["내시경 준비 문자", "장정결제 안내 문자", "검사 전 안내 문자"],
    complaint: [
      "{s}가 검사 전날 저녁에야 와서 준비를 못 했어요",
      "{s} 내용이 복잡해서 약을 언제 먹어야 할지 헷갈렸어요",
    ],
    compliment: ["{s}에 시간대별로 정리돼 있어서 따라 하기 쉬웠어요"],
    suggestion: ["{s}를 며칠 전에 한 번 더 보내 주세요"],
    inquiry: ["{s}에 나온 금식은 물도 포함인가요"],
  },
  {
    stage: "해피콜",
    touchpoint: "첫 방문 해피콜",
    weight: 3,
    subjects: ["해피콜", "진료 후 만족도 전화", "병원에서 온 안부 전화"],
    complaint: [
      "{s}가 근무 중에 세 번이나 와서 곤란했어요",
      "{s}에서 불편했던 점을 말했는데 아무 조치가 없네요",
      "{s}라고 해서 받았더니 광고 같았습니다",
    ],
    compliment: [
      "{s}로 괜찮냐고 물어봐 주셔서 대학병원인데도 세심하다고 느꼈어요",
      "{s}에서 검사 준비를 다시 설명해 주셔서 도움이 됐어요",
    ],
    suggestion: ["{s}는 문자로 먼저 시간을 물어봐 주세요"],
    inquiry: ["{s}를 받지 않겠다고 하려면 어떻게 하나요"],
  },
  {
    stage: "해피콜",
    touchpoint: "모바일 만족도 설문",
    weight: 1,
    subjects: ["만족도 설문", "설문 링크", "모바일 설문"],
    complaint: ["{s} 문항이 너무 많아서 중간에 그만뒀어요", "{s} 링크를 누르면 오류가 나요"],
    compliment: ["{s}가 짧고 간단해서 좋았어요"],
    suggestion: ["{s}에 자유롭게 쓸 칸을 넣어 주세요"],
    inquiry: ["{s}에 쓴 내용은 의료진에게 전달되나요"],
  },
  {
    stage: "결과 확인·다음 예약",
    touchpoint: "앱 검사 결과 조회",
    weight: 3,
    subjects: ["앱 검사 결과", "검사 결과 조회", "앱에 뜬 결과"],
    complaint: [
      "{s}에 빨간 H 표시만 있고 설명이 없어서 밤새 불안했어요",
      "{s}가 진료 전에 먼저 떠서 혼자 검색하다 겁을 먹었어요",
      "{s} 화면이 계속 로딩만 돼요",
    ],
    compliment: ["{s}를 바로 볼 수 있어서 편했어요"],
    suggestion: ["{s}에 정상 범위 설명을 쉬운 말로 붙여 주세요"],
    inquiry: ["{s}에서 H 표시는 무슨 뜻인가요", "{s}를 출력할 수 있나요"],
  },
  {
    stage: "결과 확인·다음 예약",
    touchpoint: "예약 변경 전화 응대",
    weight: 3,
    subjects: ["예약 변경 전화", "예약 취소 전화", "예약 변경 상담"],
    complaint: [
      "{s}를 했는데 변경이 안 돼 있었어요",
      "{s}에서 상담원이 이미 마감이라고 딱 잘랐어요",
      "{s}를 하려고 {m}분 동안 통화 대기했습니다",
    ],
    compliment: ["{s}에서 원하는 날짜로 바로 바꿔 주셔서 감사했어요"],
    suggestion: ["{s} 없이 문자로 바로 바꿀 수 있게 해 주세요"],
    inquiry: ["{s}는 며칠 전까지 해야 하나요", "{s}할 때 위약금이 있나요"],
  },
  {
    stage: "후기 공유(SNS·리뷰)",
    touchpoint: "포털 리뷰 답글",
    weight: 2,
    subjects: ["리뷰 답글", "포털 후기 답변", "후기에 달린 병원 답글"],
    complaint: [
      "불편했다고 후기를 남겼더니 {s}이 복사해 붙인 것 같은 형식적인 말뿐이에요",
      "{s}에 제 진료 내용이 적혀 있어서 당황했습니다",
      "{s}이 한 달이 지나도 없어요",
    ],
    compliment: ["{s}을 정성껏 달아 주셔서 존중받는 느낌이었어요"],
    suggestion: ["{s}에 개선된 내용을 알려 주시면 좋겠어요"],
    inquiry: ["{s}을 쓴 담당자와 직접 통화할 수 있나요"],
  },
  {
    stage: "후기 공유(SNS·리뷰)",
    touchpoint: "고객의 소리(VOC) 접수",
    weight: 2,
    subjects: ["고객의 소리", "홈페이지 민원 게시판", "고객의 소리 카드", "민원 접수"],
    complaint: [
      "{s}에 글을 남겼는데 2주가 지나도 답변이 없어요",
      "{s}에 접수했다는 문자도 안 왔습니다",
      "{s} 처리 결과를 물어봤더니 담당자가 없다고 하네요",
    ],
    compliment: ["{s}에 남긴 칭찬을 직원분께 전달했다고 연락 주셔서 기뻤어요"],
    suggestion: ["{s} 처리 상황을 조회할 수 있게 해 주세요"],
    inquiry: ["{s}에 남긴 글은 누가 보나요", "{s} 답변은 어디서 확인하나요"],
  },
];

// What surrounds the touchpoint sentence: how patients open and close a VOC, by type.
const OPENERS: readonly string[] = [
  "",
  "",
  "",
  "지난주 소화기내과 첫 진료 때 일입니다.",
  "처음 방문했는데요,",
  "어머니 모시고 갔는데",
  "아버지 진료 때문에 보호자로 갔습니다.",
  "오늘 외래 다녀왔습니다.",
  "회사 반차 내고 갔는데",
  "70대 환자 가족입니다.",
  "안녕하세요.",
  "진료의뢰서 들고 처음 가 봤어요.",
  "어제 진료 보고 왔는데",
  "해피콜 받고 말씀드립니다.",
];

const CLOSERS: Readonly<Record<VocType, readonly string[]>> = {
  complaint: [
    "개선 부탁드립니다.",
    "정말 실망했습니다.",
    "다시는 가고 싶지 않네요.",
    "답변 바랍니다.",
    "너무 화가 납니다.",
    "대학병원이 이래도 되나요?",
    "같은 일이 없도록 해 주세요.",
    "",
    "",
  ],
  compliment: [
    "감사합니다.",
    "꼭 칭찬해 주세요.",
    "덕분에 안심이 됐어요.",
    "정말 고맙습니다!",
    "다음에도 이 병원에 올게요.",
    "",
  ],
  suggestion: ["검토 부탁드립니다.", "다른 환자들도 편할 것 같아요.", "참고해 주세요.", ""],
  inquiry: ["답변 부탁드립니다.", "알려 주세요.", "연락 주시면 감사하겠습니다.", "문의드립니다.", ""],
};

const TAILS: Readonly<Record<VocType, readonly string[]>> = {
  complaint: ["ㅡㅡ", "!!", "...", "ㅠㅠ", "", "", "", ""],
  compliment: ["^^", "!", "ㅎㅎ", "", "", ""],
  suggestion: ["", "", "^^"],
  inquiry: ["?", "", ""],
};

// Sentence endings of the clauses are declarative; an inquiry clause may end without "?".
const TYPE_SHARE: readonly [VocType, number][] = [
  ["complaint", 0.5],
  ["compliment", 0.25],
  ["suggestion", 0.12],
  ["inquiry", 0.13],
];

const CHANNELS_BY_TYPE: Readonly<Record<VocType, readonly VocChannel[]>> = {
  complaint: ["homepage", "voc_card", "phone", "in_person", "social_review", "survey_comment", "follow_up_call"],
  compliment: ["voc_card", "homepage", "social_review", "follow_up_call", "survey_comment"],
  suggestion: ["voc_card", "homepage", "survey_comment", "follow_up_call"],
  inquiry: ["phone", "homepage", "in_person"],
};

export interface DemoVocOptions {
  seed?: number;
  count?: number;
}

/** A few hundred VOC items; the same options always give the same items. */
export function generateDemoVoc(options: DemoVocOptions = {}): DemoVoc[] {
  const random = seededRandom(options.seed ?? 20240613);
  const count = options.count ?? 400;
  const totalWeight = VOICES.reduce((s, v) => s + v.weight, 0);
  const items: DemoVoc[] = [];
  for (let i = 0; i < count; i++) {
    const voice = weighted(VOICES, (v) => v.weight / totalWeight, random);
    const type = weighted(TYPE_SHARE, ([, share]) => share, random)[0];
    const text = composeText(voice, type, random);
    items.push({
      stage: voice.stage,
      touchpoint: voice.touchpoint,
      type,
      channel: pick(CHANNELS_BY_TYPE[type], random),
      severity: severityOf(type, random),
      receivedOn: dayIn2024(random),
      text,
    });
  }
  return items;
}

/** The touchpoints the demo VOC talks about (names in the first-visit outpatient journey). */
export const DEMO_VOC_TOUCHPOINTS: readonly { stage: string; touchpoint: string }[] = VOICES.map(
  ({ stage, touchpoint }) => ({ stage, touchpoint }),
);

function composeText(voice: TouchpointVoice, type: VocType, random: () => number): string {
  const clauses = voice[type].length > 0 ? voice[type] : voice.complaint;
  const first = fill(pick(clauses, random), voice, random);
  const parts = [pick(OPENERS, random), first];
  // Some patients say two things about the same moment.
  if (random() < 0.25 && clauses.length > 1) {
    const second = fill(pick(clauses, random), voice, random);
    if (second !== first) parts.push(`그리고 ${second}`);
  }
  const body = parts.filter((p) => p !== "").join(" ");
  const closer = pick(CLOSERS[type], random);
  const tail = pick(TAILS[type], random);
  // "실망했습니다!!" rather than "실망했습니다.!!"
  const closing =
    tail !== "" && /[.!?]$/.test(closer) && /^[.!?]/.test(tail) ? closer.slice(0, -1) + tail : closer + tail;
  let text = `${body}${endPunctuation(type, random)} ${closing}`.trim();
  text = withPersonalData(text, random);
  return withSpacingNoise(text, random);
}

function fill(template: string, voice: TouchpointVoice, random: () => number): string {
  const subject = pick(voice.subjects, random);
  return template
    .replace(PARTICLE_AFTER_SUBJECT, (_, particle: string | undefined) => subject + josa(subject, particle ?? ""))
    .replaceAll("{m}", String(10 + Math.floor(random() * 9) * 5))
    .replaceAll("{h}", String(1 + Math.floor(random() * 3)));
}

// A particle after a subject agrees with its last syllable: 주차장이 but 상담사가, 처방전을 but 주차비를.
const PARTICLE_AFTER_SUBJECT = /\{s\}(이라고|라고|으로|이|가|은|는|을|를|과|와|로)?/g;

const PARTICLE_PAIRS: Readonly<Record<string, readonly [withFinal: string, withoutFinal: string]>> = {
  이: ["이", "가"],
  가: ["이", "가"],
  은: ["은", "는"],
  는: ["은", "는"],
  을: ["을", "를"],
  를: ["을", "를"],
  과: ["과", "와"],
  와: ["과", "와"],
  으로: ["으로", "로"],
  로: ["으로", "로"],
  이라고: ["이라고", "라고"],
  라고: ["이라고", "라고"],
};

function josa(word: string, particle: string): string {
  const pair = PARTICLE_PAIRS[particle];
  if (pair === undefined) return particle;
  const last = word.charCodeAt(word.length - 1);
  const isHangul = last >= 0xac00 && last <= 0xd7a3;
  const final = isHangul ? (last - 0xac00) % 28 : 0;
  // 으로 after ㄹ (final 8) is 로: 어플로, 해피콜로.
  if (particle === "으로" || particle === "로") return final === 0 || final === 8 ? pair[1] : pair[0];
  return final === 0 ? pair[1] : pair[0];
}

function endPunctuation(type: VocType, random: () => number): string {
  if (type === "inquiry") return random() < 0.7 ? "?" : ".";
  return random() < 0.85 ? "." : "";
}

/** About one in six mentions a phone number, an RRN or an e-mail, as real VOC does. */
function withPersonalData(text: string, random: () => number): string {
  const r = random();
  if (r < 0.09) {
    const phone = `010-${digits(4, random)}-${digits(4, random)}`;
    return `${text} ${pick(["연락처", "제 번호는", "회신은", "휴대폰"], random)} ${phone}${pick(["입니다.", " 로 부탁드려요.", ""], random)}`;
  }
  if (r < 0.13) {
    const phone = `010 ${digits(4, random)} ${digits(4, random)}`;
    return `${text} 전화 주세요 ${phone}`;
  }
  if (r < 0.15) {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const rrn = `${40 + Math.floor(random() * 50)}${month}${day}-${1 + Math.floor(random() * 2)}${digits(6, random)}`;
    return `${text} 환자 주민번호 ${rrn} 로 조회해 보세요.`;
  }
  if (r < 0.17) {
    return `${text} 답변은 patient${digits(3, random)}@example.com 으로 주세요.`;
  }
  return text;
}

/** Korean spacing slips: some word breaks dropped, as in texts typed on a phone. */
function withSpacingNoise(text: string, random: () => number): string {
  if (random() >= 0.3) return text;
  return text.replace(/ (?=[\uAC00-\uD7A3])/g, (space) => (random() < 0.3 ? "" : space));
}

function digits(n: number, random: () => number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10));
  return s;
}

function severityOf(type: VocType, random: () => number): VocSeverity {
  if (type !== "complaint") return "low";
  const r = random();
  return r < 0.2 ? "high" : r < 0.7 ? "medium" : "low";
}

function dayIn2024(random: () => number): string {
  const start = Date.UTC(2024, 0, 2);
  const day = Math.floor(random() * 180);
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}

function weighted<T>(items: readonly T[], weight: (item: T) => number, random: () => number): T {
  let r = random();
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

// Last: generating needs every constant above.
/** The demo hospital's VOC: 400 items from the default seed. */
export const DEMO_VOC: readonly DemoVoc[] = generateDemoVoc();
