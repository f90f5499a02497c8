import type { DocStage, JourneyDocumentInput } from "@motmap/core";

/** A small deterministic random generator (mulberry32), so every run draws the same journey. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "접수 창구",
  "외래 대기실",
  "채혈실",
  "영상의학과",
  "수납 창구",
  "원내 약국",
  "주차장 입구",
  "안내데스크",
  "진료실",
  "검사실",
];
const VERBS = [
  "확인한다",
  "기다린다",
  "설명을 듣는다",
  "서류를 작성한다",
  "번호표를 뽑는다",
  "위치를 묻는다",
  "결제한다",
  "예약을 변경한다",
];
const THINGS = ["진료의뢰서", "검사 안내문", "대기 순번", "주차 할인", "처방전", "보험 서류", "다음 예약", "검사 결과"];
const FEELINGS = [
  "왜 이렇게 오래 걸리지?",
  "어디로 가야 하는지 모르겠네",
  "설명이 친절해서 안심된다",
  "또 줄을 서야 하나?",
  "생각보다 빨리 끝났다",
];
const TOUCHPOINTS = [
  "접수 직원 응대",
  "무인 수납기",
  "대기 현황판",
  "검사 전 안내 문자",
  "층별 안내 표지",
  "보호자 대기 공간",
  "진료비 설명",
  "예약 변경 전화",
  "모바일 앱 알림",
  "약 복용 설명",
];
const DEPARTMENTS = [
  "원무팀",
  "외래간호팀",
  "진단검사의학과",
  "영상의학과",
  "약제부",
  "시설관리팀",
  "고객경험팀",
  "전산정보팀",
];

/**
 * A long journey for the benchmark: `stages` stages with `perStage` touchpoints each, and text
 * the length of the demo hospital's (actions of 20–40 characters, pain points of 60–90).
 */
export function generateJourney(stages = 30, perStage = 10): JourneyDocumentInput {
  const r = random(20_250_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const sentence = () => `${pick(PLACES)}에서 ${pick(THINGS)}을(를) 들고 ${pick(VERBS)}`;
  const out: DocStage[] = [];
  for (let s = 0; s < stages; s++) {
    const phase = s < stages * 0.2 ? "before" : s < stages * 0.8 ? "during" : "after";
    out.push({
      phase,
      name: `${s + 1}. ${pick(PLACES)} ${pick(["이용", "방문", "대기", "안내"])}`,
      goal: "",
      actions: [sentence(), sentence(), sentence()],
      thoughts: [pick(FEELINGS), pick(FEELINGS)],
      emotion: Math.round(r() * 6) - 3,
      opportunities: [
        `${pick(PLACES)}의 ${pick(THINGS)} 안내를 한 장으로 묶어 ${pick(VERBS).replace("다", "도록")} 돕기`,
      ],
      touchpoints: Array.from({ length: perStage }, (_, t) => ({
        name: `${pick(TOUCHPOINTS)} ${s + 1}-${t + 1}`,
        moment: "",
        channel: pick(["face_to_face", "phone", "online", "social"] as const),
        element: pick(["hardware", "software", "humanware"] as const),
        departments: [pick(DEPARTMENTS), pick(DEPARTMENTS)].filter((d, i, a) => a.indexOf(d) === i),
        serviceStandard: "",
        script: "",
        dos: [],
        donts: [],
        targets: [],
        importance: null,
      })),
      painPoints: [
        {
          touchpoint: 0,
          description: `${pick(PLACES)}에서 ${pick(THINGS)}에 대한 안내가 부족해 환자가 같은 질문을 여러 번 반복하고, 대기 시간이 길어진다.`,
          severity: pick(["low", "medium", "high", "critical"] as const),
          frequency: "frequent",
          evidence: "observed",
        },
      ],
    });
  }
  return {
    format: "motmap.journey/v1",
    title: `벤치마크 여정 (${stages}단계 · 접점 ${stages * perStage}개)`,
    stages: out,
  };
}
