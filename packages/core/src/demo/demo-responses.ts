import type { SubmittedAnswer, SurveyDefinition } from "../models/survey.ts";
import { motSurveyDefinition } from "../models/survey-templates.ts";
import { seededRandom } from "../voc/random.ts";

/**
 * Demo survey responses for 한빛대학교병원's first-visit outpatient journey: 18 months of answers to the MOT
 * survey generated from the journey (satisfaction and importance per touchpoint, overall, NPS, a comment),
 * from a seed, so every dashboard tells the same story on every machine:
 *
 * - **seasonality**: the winter flu peak (December–February) brings ~35 % more visits and longer waits, so
 *   waiting and parking touchpoints dip every winter;
 * - **departments differ**: 외과 waits longer than 소화기내과; 내시경센터 explains best;
 * - **one touchpoint degrades and recovers**: the payment kiosk (무인 수납기, whose pain point "can't find
 *   the insurance-document menu" is in the journey) fails after a software update in months 9–12 — the
 *   weakest moment of the journey then — and recovers above its old level after the menu is redesigned;
 * - **segments**: older patients struggle with kiosks and apps;
 * - **importance**: stated importance follows the touchpoint's role (the doctor's explanation matters most,
 *   the blog least), and overall satisfaction and NPS are driven by the touchpoints patients weigh — and by
 *   the worst moment they met — so derived importance tells the same story.
 */

export interface DemoJourneyOutline {
  title: string;
  stages: { id: string; name: string; touchpoints: { id: string; name: string }[] }[];
}

export interface DemoSurveyResponse {
  /** ISO timestamp (UTC). */
  submittedAt: string;
  visitDate: string;
  /** Department name, as in DEMO_DEPARTMENTS. */
  department: string;
  segment: string;
  channel: "web" | "kiosk";
  answers: SubmittedAnswer[];
}

export interface DemoResponsesOptions {
  /** The last month generated ("2026-11"); the demo seed passes the current month. */
  endMonth: string;
  months?: number;
  /** Average responses per month (winter months get more). */
  perMonth?: number;
  seed?: number;
}

export const DEMO_DEGRADING_TOUCHPOINT = "무인 수납기";
/** Months (0-based from the first generated month) in which the payment kiosk fails. */
export const DEMO_BAD_MONTHS = [8, 9, 10, 11] as const;
export const DEMO_SEGMENTS = ["청년층", "중장년층", "노년층"] as const;
export const DEMO_RESPONSE_DEPARTMENTS = ["소화기내과", "외과", "내시경센터"] as const;

interface Profile {
  /** Mean satisfaction on 1–5. */
  satisfaction: number;
  /** Mean stated importance on 1–5. */
  importance: number;
  /** How much the touchpoint drives overall satisfaction. */
  weight: number;
  /** Share of first-visit patients who meet it. */
  reach: number;
  waiting?: boolean;
  kiosk?: boolean;
}

const P = (
  satisfaction: number,
  importance: number,
  weight: number,
  reach: number,
  extra: Partial<Profile> = {},
): Profile => ({ satisfaction, importance, weight, reach, ...extra });

const PROFILES: Record<string, Profile> = {
  "포털 검색·지도 플레이스 정보": P(4.3, 3.3, 0.3, 0.7),
  "병원 홈페이지 의료진 소개": P(4.4, 3.6, 0.4, 0.6),
  "공식 블로그·SNS 건강 정보": P(4.2, 2.4, 0.1, 0.25),
  "예약센터 ARS 연결": P(3.7, 3.9, 0.6, 0.6, { waiting: true }),
  "예약 상담원 응대": P(4.6, 4.1, 0.7, 0.6),
  "진료의뢰서 안내": P(4.3, 3.8, 0.4, 0.55),
  "모바일 앱 진료 예약": P(4.3, 3.5, 0.4, 0.4, { kiosk: true }),
  "초진 사전 문진표": P(4.1, 3.2, 0.3, 0.4, { kiosk: true }),
  "카카오 알림톡 예약 확정": P(4.7, 3.4, 0.2, 0.85),
  "내원 전날 리마인드 문자": P(4.7, 3.3, 0.2, 0.85),
  "주차장 입구 만차 안내": P(3.6, 4.0, 0.6, 0.55, { waiting: true }),
  "주차 안내 요원": P(4.3, 3.6, 0.4, 0.5),
  "지하 주차장에서 본관 가는 길 안내": P(4.0, 3.5, 0.3, 0.5),
  "종합안내 데스크 응대": P(4.6, 3.9, 0.5, 0.7),
  "층별 안내 키오스크": P(4.1, 3.1, 0.2, 0.4, { kiosk: true }),
  "초진 접수창구 응대": P(4.4, 4.2, 0.7, 0.9, { waiting: true }),
  "개인정보·진료 동의서 작성": P(4.1, 3.2, 0.2, 0.9),
  "무인 접수 키오스크": P(4.1, 3.3, 0.3, 0.45, { kiosk: true }),
  "외래 도착 확인·사전 문진": P(4.4, 3.8, 0.4, 0.9),
  "진료 대기 현황판": P(4.1, 3.7, 0.4, 0.85, { waiting: true }),
  "진료 지연 안내": P(3.7, 4.3, 0.9, 0.8, { waiting: true }),
  "진료실 입실 호명": P(4.5, 3.5, 0.3, 0.95),
  "의사 진료·설명": P(4.8, 4.8, 1.4, 1),
  "검사 처방 설명·동선 안내": P(4.4, 4.1, 0.6, 0.75),
  "채혈실 접수·대기": P(3.9, 3.8, 0.5, 0.7, { waiting: true }),
  채혈: P(4.6, 4.0, 0.4, 0.7),
  "복부 초음파 검사": P(4.6, 4.2, 0.5, 0.45),
  "영상검사실 탈의실": P(4.2, 3.2, 0.2, 0.45),
  "당일 결과 설명 진료": P(4.7, 4.5, 0.9, 0.5),
  "내시경 예약 안내": P(4.4, 3.9, 0.4, 0.35),
  "수납창구 진료비 설명": P(4.1, 4.0, 0.6, 0.6, { waiting: true }),
  "무인 수납기": P(4.3, 3.9, 0.8, 0.6, { kiosk: true }),
  "원외처방전 발행·약국 안내": P(4.3, 3.7, 0.3, 0.8),
  "모바일 처방 내역·복약 정보": P(4.4, 3.1, 0.2, 0.3, { kiosk: true }),
  "출구 주차 정산": P(3.9, 3.6, 0.4, 0.55, { waiting: true }),
  "내시경 준비 안내 문자": P(4.5, 3.9, 0.3, 0.35),
  "첫 방문 해피콜": P(4.7, 3.4, 0.3, 0.5),
  "모바일 만족도 설문": P(4.4, 2.6, 0.1, 0.6),
  "앱 검사 결과 조회": P(4.3, 3.7, 0.3, 0.4, { kiosk: true }),
  "예약 변경 전화 응대": P(4.0, 3.8, 0.4, 0.3, { waiting: true }),
  "포털 리뷰 답글": P(4.1, 2.7, 0.1, 0.15),
  "고객의 소리(VOC) 접수": P(4.2, 3.3, 0.2, 0.1),
};
const DEFAULT_PROFILE = P(3.9, 3.6, 0.3, 0.6);

const DEPARTMENT_SHARE: Record<(typeof DEMO_RESPONSE_DEPARTMENTS)[number], number> = {
  소화기내과: 0.55,
  외과: 0.3,
  내시경센터: 0.15,
};

const COMMENTS = {
  kiosk: [
    "무인 수납기에서 실손보험 서류 메뉴를 못 찾아서 결국 창구에 다시 줄 섰어요.",
    "수납기 화면이 바뀐 뒤로 더 헷갈립니다. 오류도 자주 나요.",
  ],
  waiting: ["예약하고 왔는데도 한 시간 넘게 기다렸습니다.", "대기 시간이 얼마나 남았는지 알려 주면 좋겠어요."],
  parking: ["주차장 들어가는 데만 30분 걸렸어요."],
  good: ["교수님이 검사 결과를 차근차근 설명해 주셔서 안심이 됐습니다.", "간호사 선생님들이 친절했어요."],
  recovered: ["수납기 화면이 쉬워져서 금방 끝났어요."],
};

/*
 * Calibration: the demo must read as a decent Korean university hospital with a few clear weak spots, not
 * as one in crisis. Outpatient surveys there typically average 3.9–4.3 of 5 overall (75–85 of 100) with
 * an NPS of about +20 to +50, while waits (for the doctor, the ARS line, blood tests), parking and
 * payment score 55–70. With the parameters below the 18 months average about 4.05 / 5 (76 of 100) overall
 * and an NPS of about +30: some +37 to +41 in ordinary months, +10 to +21 in the winter rush and while the
 * payment kiosk fails; touchpoints range from about 60 (parking entrance) to 91 (the doctor's explanation).
 *
 * - PROFILES hold each touchpoint's mean on 1–5 before the effects below; ANSWER_SD is the answer's own
 *   noise and MOOD_SD the patient's mood that colours all their answers (and makes touchpoints correlate
 *   with the overall score, so derived importance works).
 * - The worst moment (100 − 1 = 0) pulls the overall judgement down by WORST_MOMENT_PULL per point its
 *   answer lies below WORST_MOMENT_FROM ("보통"): a patient whose worst moment was a 1 rates the visit
 *   about 1.4 points lower than one whose worst was a 3, and NPS falls from about +50 to −70. It used to
 *   pull by a share of (average − worst), which with ~25 touchpoints per patient almost always met a 2 or
 *   a 1 by chance and dragged the whole hospital to ~3.2 / 5 and NPS −57; only a bad moment pulls now.
 * - NPS (0–10) follows the overall judgement as patients answer it: about 8.1 for a "satisfied" 4 (a
 *   passive, promoter in a good mood), ~10 for a 5, ~6 (a detractor) for a 3, NPS_PER_POINT per point,
 *   with NPS_NOISE.
 */
const MOOD_SD = 0.45;
const ANSWER_SD = 0.55;
const WORST_MOMENT_FROM = 3;
const WORST_MOMENT_PULL = 0.35;
const OVERALL_NOISE = 0.35;
const NPS_AT_4 = 8.1;
const NPS_PER_POINT = 2.2;
const NPS_NOISE = 1;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const daysIn = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** How far the payment kiosk has fallen (points on 1–5) in month `i` of the window; negative after the fix is a gain. */
export function degradation(i: number): number {
  const first = DEMO_BAD_MONTHS[0];
  const last = DEMO_BAD_MONTHS[DEMO_BAD_MONTHS.length - 1] as number;
  if (i < first) return 0;
  if (i === first) return 1.5;
  if (i <= last) return 2;
  // The redesigned menu: back above the old level.
  return -0.3;
}

/**
 * The MOT survey of `journey` and its demo responses, oldest first. Pure and deterministic: the same journey,
 * options and seed give the same responses. Touchpoints are recognised by name (the demo journey's); others
 * get an average profile.
 */
export function demoSurveyResponses(
  journey: DemoJourneyOutline,
  options: DemoResponsesOptions,
): { definition: SurveyDefinition; responses: DemoSurveyResponse[]; months: string[] } {
  const definition = motSurveyDefinition(journey);
  const random = seededRandom(options.seed ?? 20_260_101);
  const monthsCount = options.months ?? 18;
  const perMonth = options.perMonth ?? 1000;
  const months = Array.from({ length: monthsCount }, (_, i) => addMonths(options.endMonth, i - monthsCount + 1));

  // Question keys per touchpoint, as the template names them.
  const questions = definition.sections.flatMap((s) => s.questions);
  const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
  const keysOf = new Map<string, { satisfaction: string; importance: string }>();
  for (const q of questions) {
    if (!q.touchpointId) continue;
    const entry = keysOf.get(q.touchpointId) ?? { satisfaction: "", importance: "" };
    if (q.type === "satisfaction") entry.satisfaction = q.key;
    if (q.type === "importance") entry.importance = q.key;
    keysOf.set(q.touchpointId, entry);
  }

  const responses: DemoSurveyResponse[] = [];
  months.forEach((month, mi) => {
    const calendarMonth = Number(month.slice(5, 7));
    const winter = calendarMonth === 12 || calendarMonth <= 2;
    const count = Math.round(perMonth * (winter ? 1.35 : 0.95) * (0.92 + 0.16 * random()));
    const days = daysIn(month);
    for (let r = 0; r < count; r++) {
      let day = 1 + Math.floor(random() * days);
      // Clinics are closed on Sundays: move to Monday (or Saturday at the month's end).
      const weekday = new Date(`${month}-${String(day).padStart(2, "0")}T00:00:00Z`).getUTCDay();
      if (weekday === 0) day = day < days ? day + 1 : day - 1;
      const visitDate = `${month}-${String(day).padStart(2, "0")}`;
      const pick = random();
      const department = pick < DEPARTMENT_SHARE.소화기내과 ? "소화기내과" : pick < 0.85 ? "외과" : "내시경센터";
      const age = random();
      const segment = age < 0.3 ? "청년층" : age < 0.75 ? "중장년층" : "노년층";
      const channel = random() < 0.7 ? "web" : "kiosk";
      const mood = normal(random) * MOOD_SD;

      const answers: SubmittedAnswer[] = [];
      let weighted = 0;
      let weights = 0;
      let worst = 5;
      let worstName = "";
      for (const tp of touchpoints) {
        const profile = PROFILES[tp.name] ?? DEFAULT_PROFILE;
        if (random() >= profile.reach) continue;
        let mean = profile.satisfaction;
        if (profile.waiting && winter) mean -= 0.45;
        if (profile.waiting && department === "외과") mean -= 0.3;
        if (department === "내시경센터" && tp.name.includes("설명")) mean += 0.25;
        if (profile.kiosk && segment === "노년층") mean -= 0.5;
        if (tp.name === DEMO_DEGRADING_TOUCHPOINT) mean -= degradation(mi);
        const satisfaction = Math.round(clamp(mean + mood + normal(random) * ANSWER_SD, 1, 5));
        const importance = Math.round(clamp(profile.importance + normal(random) * 0.6, 1, 5));
        const keys = keysOf.get(tp.id);
        if (!keys) continue;
        answers.push({ key: keys.satisfaction, value: satisfaction });
        if (random() < 0.85) answers.push({ key: keys.importance, value: importance });
        weighted += profile.weight * satisfaction;
        weights += profile.weight;
        if (satisfaction < worst) {
          worst = satisfaction;
          worstName = tp.name;
        }
      }
      const average = weights > 0 ? weighted / weights : 4;
      // 100 − 1 = 0: a bad moment pulls the overall judgement down beyond its weight (see "Calibration" above).
      const pull = WORST_MOMENT_PULL * Math.max(0, WORST_MOMENT_FROM - worst);
      const overallRaw = average - pull + normal(random) * OVERALL_NOISE;
      const overall = Math.round(clamp(overallRaw, 1, 5));
      const nps = Math.round(clamp(NPS_AT_4 + NPS_PER_POINT * (overallRaw - 4) + normal(random) * NPS_NOISE, 0, 10));
      answers.push({ key: "overall-satisfaction", value: overall }, { key: "nps", value: nps });
      if (random() < 0.04) {
        const list =
          worstName === DEMO_DEGRADING_TOUCHPOINT && worst <= 2
            ? COMMENTS.kiosk
            : worst <= 2 && worstName.includes("주차")
              ? COMMENTS.parking
              : worst <= 2
                ? COMMENTS.waiting
                : mi > (DEMO_BAD_MONTHS[DEMO_BAD_MONTHS.length - 1] as number) && random() < 0.3
                  ? COMMENTS.recovered
                  : COMMENTS.good;
        answers.push({ key: "comment", text: list[Math.floor(random() * list.length)] as string });
      }
      // Answered at home the same evening or up to two days later, 09:00–21:00 Korean time.
      const later = Math.floor(random() * 3);
      const hourKst = 9 + Math.floor(random() * 12);
      const at = Date.parse(`${visitDate}T00:00:00Z`) + later * 86_400_000 + (hourKst - 9) * 3_600_000;
      const submittedAt = new Date(at + Math.floor(random() * 3_600_000)).toISOString();
      responses.push({ submittedAt, visitDate, department, segment, channel, answers });
    }
  });
  return { definition, responses, months };
}
