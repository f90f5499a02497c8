import { once } from "node:events";
import { createWriteStream } from "node:fs";

export const BENCH_HEADER = [
  "응답번호",
  "방문일",
  "진료과",
  "구분",
  "전반적 만족도",
  "대기시간 만족도",
  "추천 의향",
  "의견",
];
export const BENCH_DEPARTMENTS = [
  { name: "내과", nameEn: "Internal Medicine", code: "IM" },
  { name: "정형외과", nameEn: "Orthopedics", code: "OS" },
  { name: "소아청소년과", nameEn: "Pediatrics", code: "PED" },
  { name: "산부인과", nameEn: "Obstetrics and Gynecology", code: "OBGY" },
  { name: "안과", nameEn: "Ophthalmology", code: "OPH" },
];
const SEGMENTS = ["외래", "입원", "건강검진", "응급"];
const COMMENTS = [
  "접수 직원분이 친절하게 안내해 주셔서 좋았습니다",
  "대기 시간이 너무 길었어요, 예약 시간이 지켜지면 좋겠습니다",
  "주차장이 부족해서 불편했습니다",
  "의사 선생님 설명이 자세해서 안심이 되었습니다",
  "수납 창구 안내가 헷갈렸어요. 결과는 010-2345-6789 로 연락 부탁드립니다",
  "검사실 위치를 찾기 어려웠습니다, 표지판이 더 있으면 좋겠어요",
  '간호사분들이 바쁘신데도 "괜찮으세요" 하고 물어봐 주셔서 감사했습니다',
  "회신은 02-3456-7890 또는 이메일로 주세요",
];

/** A deterministic PRNG (mulberry32), so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Writes `rows` survey responses as a UTF-8 CSV: 8 columns, a Korean comment in 10 % of rows (some with phone numbers). */
export async function generateResponsesCsv(path: string, rows: number): Promise<void> {
  const rnd = random(20250314);
  const out = createWriteStream(path);
  let buf = `${BENCH_HEADER.map(quote).join(",")}\n`;
  for (let i = 1; i <= rows; i++) {
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const dept = BENCH_DEPARTMENTS[Math.floor(rnd() * BENCH_DEPARTMENTS.length)];
    const d = rnd() < 0.5 ? dept?.name : dept?.code;
    const segment = SEGMENTS[Math.floor(rnd() * SEGMENTS.length)];
    const comment = rnd() < 0.1 ? quote(COMMENTS[Math.floor(rnd() * COMMENTS.length)] ?? "") : "";
    buf += `R${String(i).padStart(8, "0")},2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")},${d},${segment},${1 + Math.floor(rnd() * 5)},${1 + Math.floor(rnd() * 5)},${Math.floor(rnd() * 11)},${comment}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
}
