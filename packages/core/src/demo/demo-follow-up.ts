import type { FollowUpOutcome } from "../follow-up/follow-up.ts";
import { pick, seededRandom } from "../voc/random.ts";

/**
 * Demo follow-up calls (해피콜) for 한빛대학교병원: one call list a week for the last weeks, generated from a
 * seed, so the worklist and the statistics tell the same story on every machine:
 *
 * - **contact rate**: for the first three weeks one caller works the lists and about a third of the patients
 *   are never called; from week four a second caller joins and nearly everyone is called;
 * - **reached rate differs by department**: check-up patients (working age, 건강증진센터) answer least,
 *   surgical inpatients called after discharge (외과) answer most;
 * - **one touchpoint fails**: night-time noise on the ward (야간 병동 환경) scores lowest of every call, and the
 *   patients who raise it become VOC items; the outpatient delay notice (진료 지연 안내) is weak in the first
 *   weeks and recovers once the waiting-board notice is introduced;
 * - **the current list** was imported this Monday: most of it is still pending and half of it unassigned,
 *   so the manager has something to hand out.
 *
 * Names and phone numbers are made up: a family name and a two-syllable given name, and a 010 number.
 */

export type DemoCaller = "owner" | "caller";

export interface DemoFollowUpAttempt {
  /** ISO timestamp (UTC), never after `now`. */
  at: string;
  outcome: FollowUpOutcome;
  note: string;
}

export interface DemoFollowUpIssue {
  /** Touchpoint name in the entry's journey. */
  touchpoint: string;
  text: string;
  /** The CS team already turned it into a VOC item. */
  toVoc: boolean;
  severity: "low" | "medium" | "high";
}

export interface DemoFollowUpEntry {
  /** Index into `lists`. */
  list: number;
  /** The source system's row id (a re-import is recognised by it). */
  sourceId: string;
  name: string;
  phone: string;
  visitDate: string;
  /** Department name, as in DEMO_DEPARTMENTS. */
  department: string;
  /** Journey title, as in the demo journeys. */
  journey: string;
  assignee: DemoCaller | null;
  attempts: DemoFollowUpAttempt[];
  /** Only when the last attempt reached the patient: scores 1–5 per asked touchpoint (by name). */
  ratings: { touchpoint: string; score: number }[];
  issues: DemoFollowUpIssue[];
}

export interface DemoFollowUpList {
  name: string;
  fileName: string;
  /** ISO timestamp (UTC) of the import. */
  importedAt: string;
  rows: number;
}

export interface DemoFollowUpOptions {
  /** The seeding moment; attempts after it are not generated (the entry is still open). */
  now: Date;
  weeks?: number;
  seed?: number;
  maxAttempts?: number;
}

export const DEMO_FOLLOW_UP_WEEKS = 8;
/** The week (0-based, oldest first) in which the second caller joins. */
export const DEMO_SECOND_CALLER_WEEK = 3;
export const DEMO_WEAK_TOUCHPOINT = "야간 병동 환경";
export const DEMO_RECOVERING_TOUCHPOINT = "진료 지연 안내";

const OUTPATIENT = "첫 방문 외래 환자 여정";
const INPATIENT = "입원부터 퇴원까지";
const CHECKUP = "건강검진";

interface Stream {
  department: string;
  journey: string;
  /** Entries per week. */
  perWeek: number;
  /** Chance that one call attempt reaches the patient. */
  reach: number;
  /** Asked touchpoints and their mean score. */
  asked: [string, number][];
}

const STREAMS: Stream[] = [
  {
    department: "소화기내과",
    journey: OUTPATIENT,
    perWeek: 7,
    reach: 0.62,
    asked: [
      ["예약 상담원 응대", 4.3],
      ["초진 접수창구 응대", 4.1],
      [DEMO_RECOVERING_TOUCHPOINT, 3.0],
      ["의사 진료·설명", 4.4],
      ["무인 수납기", 3.6],
    ],
  },
  {
    department: "내시경센터",
    journey: OUTPATIENT,
    perWeek: 4,
    reach: 0.6,
    asked: [
      ["초진 접수창구 응대", 4.2],
      [DEMO_RECOVERING_TOUCHPOINT, 3.1],
      ["의사 진료·설명", 4.6],
      ["수납창구 진료비 설명", 4.0],
    ],
  },
  {
    department: "외과",
    journey: INPATIENT,
    perWeek: 6,
    reach: 0.78,
    asked: [
      ["입원 수속 창구 응대", 4.1],
      ["호출벨 응대", 3.9],
      [DEMO_WEAK_TOUCHPOINT, 2.5],
      ["퇴원 교육(상처 관리·식이)", 4.4],
      ["퇴원 수납·서류 발급", 3.7],
    ],
  },
  {
    department: "건강증진센터",
    journey: CHECKUP,
    perWeek: 8,
    reach: 0.42,
    asked: [
      ["검진 접수 데스크", 4.2],
      ["스마트 검사 순서 안내", 3.9],
      ["내시경 회복실", 4.3],
      ["당일 검진의 결과 상담", 4.0],
    ],
  },
];

const ISSUES: Record<string, { text: string; severity: DemoFollowUpIssue["severity"] }[]> = {
  [DEMO_WEAK_TOUCHPOINT]: [
    { text: "밤에 옆 침대 보호자 통화 소리와 복도 카트 소리 때문에 거의 못 잤어요.", severity: "medium" },
    { text: "새벽마다 병실 불이 켜지고 소음이 심해서 수술 후 회복이 더 힘들었습니다.", severity: "high" },
    { text: "야간에 간호사실 대화 소리가 병실까지 들려요. 조금만 조용히 해 주시면 좋겠어요.", severity: "medium" },
  ],
  [DEMO_RECOVERING_TOUCHPOINT]: [
    { text: "예약 시간보다 1시간 넘게 기다렸는데 아무도 지연 이유를 말해 주지 않았어요.", severity: "medium" },
    { text: "대기 현황판에 제 이름이 계속 안 나와서 접수가 누락된 줄 알았습니다.", severity: "low" },
  ],
  "무인 수납기": [{ text: "무인 수납기에서 보험 서류 메뉴를 못 찾아 창구에 다시 줄을 섰어요.", severity: "low" }],
  "호출벨 응대": [{ text: "호출벨을 눌러도 한참 뒤에 오셔서 불안했습니다.", severity: "medium" }],
  "퇴원 수납·서류 발급": [{ text: "퇴원 날 서류 발급이 늦어져 오후까지 병실에서 기다렸어요.", severity: "medium" }],
  "스마트 검사 순서 안내": [{ text: "검사 순서 안내 문자가 늦게 와서 같은 층을 여러 번 오갔어요.", severity: "low" }],
  "당일 검진의 결과 상담": [{ text: "결과 상담이 너무 짧아서 궁금한 걸 다 묻지 못했어요.", severity: "low" }],
};

const NOT_REACHED_NOTES = ["", "", "신호는 가나 받지 않음", "통화 중", "전원 꺼짐", "음성사서함 연결"];
const REACHED_NOTES = ["", "", "친절하게 응대해 주셔서 감사하다고 하심", "다음 외래 예약 확인함", "보호자와 통화"];
const REFUSED_NOTES = ["통화 원하지 않으심", "바쁘다고 하셔서 종료", "설문 거절"];

const FAMILY = [
  ...Array<string>(10).fill("김"),
  ...Array<string>(7).fill("이"),
  ...Array<string>(4).fill("박"),
  "최",
  "최",
  "정",
  "정",
  "강",
  "조",
  "윤",
  "장",
  "임",
  "한",
  "오",
  "서",
  "신",
  "권",
  "황",
  "안",
  "송",
  "류",
  "홍",
];
const GIVEN = [
  "민준",
  "서연",
  "지훈",
  "수빈",
  "영숙",
  "정호",
  "미경",
  "현우",
  "은지",
  "상철",
  "순자",
  "동현",
  "지영",
  "성민",
  "혜진",
  "광수",
  "옥순",
  "재원",
  "하은",
  "병철",
  "경희",
  "준서",
  "미란",
  "태식",
  "유진",
  "명자",
  "승우",
  "다은",
  "종훈",
  "선희",
];

/** A made-up Korean name: family name (weighted as in the population) and a given name. */
export function demoPatientName(random: () => number): string {
  return `${pick(FAMILY, random)}${pick(GIVEN, random)}`;
}

/** A made-up mobile number, 010-XXXX-XXXX. */
export function demoMobileNumber(random: () => number): string {
  const four = (min: number) => String(min + Math.floor(random() * (10000 - min))).padStart(4, "0");
  return `010-${four(2000)}-${four(0)}`;
}

const DAY = 86_400_000;
/** A Seoul wall-clock moment as a UTC timestamp. */
const seoul = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(`${day}T00:00:00+09:00`) + (hour * 60 + minute) * 60_000);
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
const seoulDay = (at: Date) => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
/** Monday of the ISO week of a day. */
const mondayOf = (day: string) => addDays(day, -((new Date(Date.parse(day)).getUTCDay() + 6) % 7));

function score(mean: number, random: () => number): number {
  const noisy = mean + (random() + random() + random() - 1.5) * 1.3;
  return Math.min(5, Math.max(1, Math.round(noisy)));
}

/**
 * The demo's call lists and entries: `weeks` weekly lists of the visits of the weeks before this one, each
 * imported on the Monday after its visit week at 09:00 Seoul time. Deterministic for a seed and a `now`.
 */
export function demoFollowUpCalls(options: DemoFollowUpOptions): {
  lists: DemoFollowUpList[];
  entries: DemoFollowUpEntry[];
} {
  const weeks = options.weeks ?? DEMO_FOLLOW_UP_WEEKS;
  const maxAttempts = options.maxAttempts ?? 3;
  const random = seededRandom(options.seed ?? 20_260_607);
  const now = options.now;
  const thisMonday = mondayOf(seoulDay(now));
  const lists: DemoFollowUpList[] = [];
  const entries: DemoFollowUpEntry[] = [];
  let serial = 0;

  for (let w = 0; w < weeks; w++) {
    const visitMonday = addDays(thisMonday, -7 * (weeks - w));
    const importDay = addDays(visitMonday, 7);
    // The current list arrives this Monday morning (or an hour ago, when the demo is loaded earlier).
    const importedAt = new Date(Math.min(seoul(importDay, 9).getTime(), now.getTime() - 3_600_000));
    const month = Number(visitMonday.slice(5, 7));
    const weekOfMonth = Math.floor((Number(visitMonday.slice(8, 10)) - 1) / 7) + 1;
    const listIndex = lists.length;
    const current = w === weeks - 1;
    const secondCaller = w >= DEMO_SECOND_CALLER_WEEK;
    let rows = 0;

    for (const stream of STREAMS) {
      const n = stream.perWeek + Math.floor(random() * 3) - 1;
      for (let k = 0; k < n; k++) {
        rows++;
        serial++;
        const visitDate = addDays(visitMonday, Math.floor(random() * 6));
        const assignee: DemoCaller | null = current
          ? random() < 0.5
            ? null
            : random() < 0.5
              ? "owner"
              : "caller"
          : secondCaller && random() < 0.55
            ? "caller"
            : "owner";
        const entry: DemoFollowUpEntry = {
          list: listIndex,
          sourceId: `HB-${visitMonday.slice(0, 4)}-${String(serial).padStart(5, "0")}`,
          name: demoPatientName(random),
          phone: demoMobileNumber(random),
          visitDate,
          department: stream.department,
          journey: stream.journey,
          assignee,
          attempts: [],
          ratings: [],
          issues: [],
        };
        entries.push(entry);

        // One caller alone leaves about a third of the list uncalled; unassigned entries wait.
        const skipped = assignee === null || (!secondCaller && random() < 0.34) || (secondCaller && random() < 0.04);
        if (skipped) continue;
        let day = importDay;
        for (let a = 0; a < maxAttempts; a++) {
          day = addDays(day, a === 0 ? Math.floor(random() * 3) : 1 + Math.floor(random() * 2));
          const at = seoul(day, 10 + Math.floor(random() * 7), Math.floor(random() * 60));
          if (at.getTime() >= now.getTime()) break;
          const roll = random();
          const outcome: FollowUpOutcome =
            roll < stream.reach ? (random() < 0.08 ? "refused" : "reached") : "not_reached";
          const notes =
            outcome === "reached" ? REACHED_NOTES : outcome === "refused" ? REFUSED_NOTES : NOT_REACHED_NOTES;
          entry.attempts.push({ at: at.toISOString(), outcome, note: pick(notes, random) });
          if (outcome !== "not_reached") break;
        }
        const last = entry.attempts[entry.attempts.length - 1];
        if (last?.outcome !== "reached") continue;

        // A reached patient answers three to all of the asked touchpoints.
        const asked = stream.asked.filter((_, i) => i < 3 || random() < 0.6);
        for (const [touchpoint, base] of asked) {
          const mean = touchpoint === DEMO_RECOVERING_TOUCHPOINT && w >= 4 ? base + 1.0 : base;
          entry.ratings.push({ touchpoint, score: score(mean, random) });
        }
        // A low score often comes with a story; some of them the team already registered as VOC.
        for (const r of entry.ratings) {
          const stories = ISSUES[r.touchpoint];
          if (!stories || r.score > 2 || random() > 0.7 || entry.issues.length > 0) continue;
          const story = pick(stories, random);
          entry.issues.push({
            touchpoint: r.touchpoint,
            text: story.text,
            severity: story.severity,
            toVoc: w < weeks - 2 ? random() < 0.8 : random() < 0.3,
          });
        }
      }
    }
    lists.push({
      name: `${month}월 ${weekOfMonth}주 해피콜 대상자`,
      fileName: `해피콜_대상자_${visitMonday.replaceAll("-", "")}.xlsx`,
      importedAt: importedAt.toISOString(),
      rows,
    });
  }
  return { lists, entries };
}
