// The dashboard benchmark's data set: one hospital, a 30-touchpoint journey, its MOT survey (satisfaction and
// importance per touchpoint, overall, NPS) and N responses over 24 months, written through motmap's bulk
// path (openResponseWriter + RollupBatch, one transaction per 100k rows) so the rollups are filled the way
// an import fills them. The same responses go to a flat CSV (one row per response, one column per
// question) that DuckDB loads into its own file as the reference. Deterministic apart from the UUIDv7 ids.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { type CheckedAnswer, isoWeek, type SurveyQuestion, surveyQuestions } from "@motmap/core";
import {
  createDepartment,
  createHospital,
  createJourney,
  createSite,
  createStage,
  createSurveyFromJourney,
  createTouchpoint,
  createUser,
  type HospitalContext,
  inTransaction,
  migrateToLatest,
  openDatabase,
  openResponseWriter,
  publishSurvey,
  RollupBatch,
} from "@motmap/db";

export const FIRST_MONTH = "2024-01";
export const LAST_MONTH = "2025-12";
const FIRST_DAY = Date.UTC(2024, 0, 1);
const DAYS = 731; // 2024 (leap) and 2025
const TX_ROWS = 100_000;

export const DEPARTMENTS = [
  { name: "내과", nameEn: "Internal Medicine", code: "IM", effect: 0.1 },
  { name: "정형외과", nameEn: "Orthopedics", code: "OS", effect: -0.2 },
  { name: "소아청소년과", nameEn: "Pediatrics", code: "PED", effect: 0.15 },
  { name: "산부인과", nameEn: "Obstetrics and Gynecology", code: "OBGY", effect: 0 },
  { name: "안과", nameEn: "Ophthalmology", code: "OPH", effect: 0.25 },
  { name: "신경과", nameEn: "Neurology", code: "NR", effect: -0.1 },
  { name: "피부과", nameEn: "Dermatology", code: "DER", effect: 0.05 },
  { name: "응급의학과", nameEn: "Emergency Medicine", code: "EM", effect: -0.35 },
];
export const SEGMENTS = ["외래", "입원", "건강검진", "응급"];
/** Three sites; department i is at site i mod 3 (the site comparison and the `site` slice need them). */
export const SITES = ["본원", "제2병원", "검진센터"];
const STAGES = [
  {
    phase: "before",
    name: "예약",
    touchpoints: ["전화 예약", "온라인 예약", "예약 안내 문자", "진료 전 안내", "교통·주차 안내"],
  },
  { phase: "during", name: "도착·접수", touchpoints: ["주차", "안내 데스크", "접수 창구", "무인 접수기", "대기 공간"] },
  {
    phase: "during",
    name: "진료",
    touchpoints: ["진료 대기", "간호사 안내", "의사 진료", "진료 설명", "다음 일정 안내"],
  },
  { phase: "during", name: "검사", touchpoints: ["검사 안내", "채혈", "영상 검사", "검사 대기", "결과 설명"] },
  { phase: "during", name: "수납·약", touchpoints: ["수납", "처방전", "약국", "서류 발급", "귀가 안내"] },
  { phase: "after", name: "사후", touchpoints: ["결과 문자", "해피콜", "재진 예약", "온라인 문의", "불만 처리"] },
] as const;

export interface DatasetMeta {
  rows: number;
  hospitalId: string;
  journeyId: string;
  surveyId: string;
  userId: string;
  departmentIds: string[];
  /** The site id of each department (same order as departmentIds). */
  departmentSites: string[];
  buildSeconds: number;
  /** Seconds of the build spent in motmap's writer and rollups (the rest generates and writes the CSV). */
  motmapSeconds: number;
}

/** A deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** Builds the SQLite file and the CSV; returns the ids the queries need. */
export async function buildDataset(sqliteFile: string, csvFile: string, rows: number): Promise<DatasetMeta> {
  const started = process.hrtime.bigint();
  const database = openDatabase({ engine: "sqlite", file: sqliteFile });
  await migrateToLatest(database.db, database.schema);
  const user = await createUser(database.db, {
    email: "bench@motmap.kr",
    name: "bench",
    password: "bench-dashboard-pw",
  });
  if (!user.ok) throw new Error(user.error.message);
  const hospital = await createHospital(database.db, { name: "벤치마크병원" }, user.value.id);
  const ctx: HospitalContext = { db: database.db, hospitalId: hospital.id, actorId: user.value.id };
  const siteIds: string[] = [];
  for (const name of SITES) {
    const r = await createSite(ctx, { name });
    if (!r.ok) throw new Error(r.error.message);
    siteIds.push(r.value.id);
  }
  const departmentIds: string[] = [];
  const departmentSites: string[] = [];
  for (const [i, d] of DEPARTMENTS.entries()) {
    const siteId = siteIds[i % siteIds.length] as string;
    departmentSites.push(siteId);
    const r = await createDepartment(ctx, { name: d.name, nameEn: d.nameEn, code: d.code, siteId });
    if (!r.ok) throw new Error(r.error.message);
    departmentIds.push(r.value.id);
  }
  const journey = await createJourney(ctx, { title: "외래 진료 여정 (30 접점)" });
  if (!journey.ok) throw new Error(journey.error.message);
  for (const [s, stage] of STAGES.entries()) {
    const st = await createStage(ctx, journey.value.id, { phase: stage.phase, name: stage.name });
    if (!st.ok) throw new Error(st.error.message);
    for (const [t, name] of stage.touchpoints.entries()) {
      const tp = await createTouchpoint(ctx, st.value.id, {
        name,
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [departmentIds[(s * 5 + t) % departmentIds.length] as string],
      });
      if (!tp.ok) throw new Error(tp.error.message);
    }
  }
  const survey = await createSurveyFromJourney(ctx, { journeyId: journey.value.id });
  if (!survey.ok) throw new Error(survey.error.message);
  const published = await publishSurvey(ctx, survey.value.id);
  if (!published.ok) throw new Error(published.error.message);
  const version = published.value.publishedVersion ?? 1;
  const definition = survey.value.definition;

  // Shared answer objects per (question, value): a response is an array of references.
  const questions = surveyQuestions(definition);
  const sat = questions.filter((q) => q.type === "satisfaction" && q.touchpointId);
  const imp = questions.filter((q) => q.type === "importance");
  const overall = questions.find((q) => q.type === "satisfaction" && !q.touchpointId) as SurveyQuestion;
  const nps = questions.find((q) => q.type === "nps") as SurveyQuestion;
  if (sat.length !== 30 || imp.length !== 30 || !overall || !nps) throw new Error("unexpected survey shape");
  const answer = (question: SurveyQuestion, value: number): CheckedAnswer => ({
    question,
    value,
    text: null,
    choices: null,
  });
  const satAnswers = sat.map((q) => [0, 1, 2, 3, 4, 5].map((v) => answer(q, v)));
  const impAnswers = imp.map((q) => [0, 1, 2, 3, 4, 5].map((v) => answer(q, v)));
  const overallAnswers = [0, 1, 2, 3, 4, 5].map((v) => answer(overall, v));
  const npsAnswers = Array.from({ length: 11 }, (_, v) => answer(nps, v));

  // Per touchpoint: how many patients pass it (reach) and its base mean; one degrades in 2025 and recovers.
  const rnd = random(20260701);
  const reach = sat.map((_, t) => 0.1 + ((t * 37) % 30) / 75); // 10–49 %: about 9 touchpoints a response
  const baseMean = sat.map((_, t) => 3.4 + ((t * 53) % 30) / 30);
  const degrading = 11; // 의사 진료
  const days = Array.from({ length: DAYS }, (_, d) => {
    const date = new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
    const { year, week } = isoWeek(date);
    return {
      date,
      month: date.slice(0, 7),
      week: `${year}-W${String(week).padStart(2, "0")}`,
      submittedAt: `${date}T03:00:00.000Z`,
    };
  });
  const csv = createWriteStream(csvFile);
  const header = [
    "response",
    "day",
    "month",
    "week",
    "department",
    "segment",
    ...sat.map((_, t) => `s${t + 1}`),
    ...imp.map((_, t) => `i${t + 1}`),
    "overall",
    "nps",
  ];
  let buf = `${header.join(",")}\n`;
  let motmapNs = 0n;
  const csvValues: (number | "")[] = new Array(62);

  for (let from = 0; from < rows; from += TX_ROWS) {
    const to = Math.min(rows, from + TX_ROWS);
    const batch: { day: (typeof days)[number]; dept: number; segment: number; answers: CheckedAnswer[] }[] = [];
    for (let i = from; i < to; i++) {
      const day = days[Math.floor((i * DAYS) / rows)] as (typeof days)[number];
      const dept = Math.floor(rnd() * DEPARTMENTS.length);
      const segment = Math.floor(rnd() * SEGMENTS.length);
      const deptEffect = (DEPARTMENTS[dept] as (typeof DEPARTMENTS)[number]).effect;
      const month = Number(day.month.slice(5)) + (day.month.startsWith("2025") ? 12 : 0);
      const answers: CheckedAnswer[] = [];
      csvValues.fill("");
      let sum = 0;
      let count = 0;
      for (let t = 0; t < 30; t++) {
        if (rnd() >= (reach[t] as number)) continue;
        let mean = (baseMean[t] as number) + deptEffect;
        if (t === degrading && month >= 15 && month <= 20) mean -= 1.2;
        const v = clamp(Math.round(mean + (rnd() + rnd() + rnd() - 1.5) * 1.6), 1, 5);
        answers.push((satAnswers[t] as CheckedAnswer[])[v] as CheckedAnswer);
        csvValues[t] = v;
        sum += v;
        count++;
        if (rnd() < 0.2) {
          const w = clamp(Math.round(3.2 + (t % 5) * 0.3 + (rnd() - 0.5) * 2), 1, 5);
          answers.push((impAnswers[t] as CheckedAnswer[])[w] as CheckedAnswer);
          csvValues[30 + t] = w;
        }
      }
      const o = clamp(Math.round((count > 0 ? sum / count : 4) + (rnd() - 0.5) * 1.2), 1, 5);
      answers.push(overallAnswers[o] as CheckedAnswer);
      csvValues[60] = o;
      if (rnd() < 0.9) {
        const n = clamp(Math.round((o - 1) * 2.4 + 0.6 + (rnd() - 0.5) * 3), 0, 10);
        answers.push(npsAnswers[n] as CheckedAnswer);
        csvValues[61] = n;
      }
      batch.push({ day, dept, segment, answers });
      buf += `${i},${day.date},${day.month},${day.week},${departmentIds[dept]},${SEGMENTS[segment]},${csvValues.join(",")}\n`;
      if (buf.length > 1 << 20) {
        if (!csv.write(buf)) await once(csv, "drain");
        buf = "";
      }
    }

    const t0 = process.hrtime.bigint();
    let release = () => {};
    try {
      await inTransaction(ctx, async (trx) => {
        const rollups = new RollupBatch(survey.value.id, new Map([[version, definition]]));
        const writer = openResponseWriter(ctx, trx, {
          surveyId: survey.value.id,
          surveyVersion: version,
          importId: null,
          rollups,
        });
        release = () => writer.release();
        for (const [k, r] of batch.entries()) {
          const added = writer.add({
            submissionKey: `bench:${String(from + k).padStart(9, "0")}`,
            submittedAt: r.day.submittedAt,
            visitDate: r.day.date,
            departmentId: departmentIds[r.dept] as string,
            segment: SEGMENTS[r.segment] as string,
            answers: r.answers,
          });
          if (added) await added;
        }
        await writer.finish();
        await rollups.apply(trx, ctx);
      });
    } finally {
      release();
    }
    motmapNs += process.hrtime.bigint() - t0;
    if ((to / TX_ROWS) % 10 === 0 || to === rows) {
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(
        `  ${to.toLocaleString("en")} responses, ${s.toFixed(0)} s (motmap ${(Number(motmapNs) / 1e9).toFixed(0)} s)`,
      );
    }
  }
  csv.end(buf);
  await once(csv, "finish");
  await database.close();
  return {
    rows,
    hospitalId: hospital.id,
    journeyId: journey.value.id,
    surveyId: survey.value.id,
    userId: user.value.id,
    departmentIds,
    departmentSites,
    buildSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    motmapSeconds: Number(motmapNs) / 1e9,
  };
}
