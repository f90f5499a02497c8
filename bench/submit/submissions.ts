import { questionRange, type SubmittedAnswer, type SurveyDefinition, surveyQuestions } from "@motmap/core";

// Comments as patients write them; some carry a phone number or an e-mail address, which the
// server must mask before the insert.
const COMMENTS = [
  "접수 대기 시간이 너무 길었어요. 번호표 안내가 더 잘 보였으면 좋겠습니다.",
  "의사 선생님께서 검사 결과를 차근차근 설명해 주셔서 안심이 되었습니다.",
  "수납 창구 직원분이 친절했어요. 다만 주차 정산이 헷갈렸습니다.",
  "약 받는 데 30분 넘게 걸렸어요. 연락 주세요 010-2345-6789",
  "예약 변경 문자를 못 받았습니다. 답변은 patient.kim@example.com 으로 부탁드립니다.",
  "처음 와서 길을 잃었는데 안내 로봇 덕분에 찾았어요.",
  "The nurse explained everything in English, thank you.",
];

/** Integers from `lo` to `hi`, weighted towards the top, as satisfaction answers usually are. */
function skewedHigh(lo: number, hi: number): number {
  const u = Math.max(Math.random(), Math.random());
  return lo + Math.floor(u * (hi - lo + 1));
}

const chance = (p: number) => Math.random() < p;

/**
 * `count` different valid answer sets for `definition`, each serialised as the rest of a JSON body
 * after its opening `{"submissionKey":"…",` — the benchmark splices a fresh key into each request.
 */
export function submissionBodies(definition: SurveyDefinition, departmentIds: string[], count = 500): string[] {
  const questions = surveyQuestions(definition);
  const bodies: string[] = [];
  const today = new Date();
  for (let i = 0; i < count; i++) {
    const answers: SubmittedAnswer[] = [];
    for (const q of questions) {
      // Patients skip some optional questions.
      if (!q.required && !chance(q.type === "free_text" ? 0.35 : 0.85)) continue;
      const range = questionRange(q);
      if (range) answers.push({ key: q.key, value: skewedHigh(range[0], range[1]) });
      else if (q.type === "free_text") answers.push({ key: q.key, text: COMMENTS[i % COMMENTS.length] ?? "" });
      else {
        const options = (q.options ?? []).map((o) => o.value);
        const picked = options.filter(() => chance(0.4));
        const choices =
          q.type === "single_choice" || picked.length === 0
            ? options.slice(i % options.length, (i % options.length) + 1)
            : picked;
        if (choices.length > 0) answers.push({ key: q.key, choices });
      }
    }
    const visit = new Date(today.getTime() - (i % 14) * 86_400_000).toISOString().slice(0, 10);
    const rest = {
      channel: chance(0.2) ? "kiosk" : "web",
      ...(chance(0.7) ? { visitDate: visit } : {}),
      ...(chance(0.5) && departmentIds.length > 0 ? { departmentId: departmentIds[i % departmentIds.length] } : {}),
      ...(chance(0.3) ? { segment: chance(0.5) ? "초진" : "재진" } : {}),
      answers,
    };
    bodies.push(JSON.stringify(rest).slice(1));
  }
  return bodies;
}
