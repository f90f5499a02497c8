import { DEMO_HOSPITAL } from "@motmap/core/demo";
import { importJourney } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { unwrap } from "./support/samples.ts";
import { type ApiResponse, engines, send, type TestApp, testApp } from "./support/test-app.ts";

// Surveys: the builder API with versions, the MOT and outpatient templates, and the public page
// patients answer (validation, masking of personal data, duplicate protection, rate limits).
describe.each(engines())("surveys on %s", (engine) => {
  let t: TestApp;
  /** The app with generous public limits, so these tests never meet the rate limiter by accident. */
  let app: ReturnType<typeof createApp>;
  let owner: string;
  let viewer: string;
  let other: string;
  let base: string;
  let otherBase: string;
  let journeyId: string;
  // biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
  let journey: any;
  let departmentId: string;

  const call = (method: string, path: string, cookie?: string, body?: unknown): Promise<ApiResponse> =>
    send(app, method, path, { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) });
  const submit = (publicId: string, body: unknown) =>
    call("POST", `/api/public/surveys/${publicId}/responses`, undefined, body);
  const created = (res: ApiResponse) => {
    expect(res.status, res.text).toBe(201);
    return res.json;
  };

  /** A small survey on the demo journey's first touchpoint: satisfaction (required), choice, comment. */
  const smallSurvey = () => {
    const stage = journey.stages[0];
    const touchpoint = stage.touchpoints[0];
    return {
      journeyId,
      title: "접수 설문",
      titleEn: "Reception survey",
      definition: {
        sections: [
          {
            key: "reception",
            title: "접수",
            titleEn: "Reception",
            questions: [
              {
                key: "sat",
                type: "satisfaction",
                scale: 7,
                text: "접수에 만족하셨나요?",
                textEn: "How satisfied were you with reception?",
                required: true,
                touchpointId: touchpoint.id,
                stageId: stage.id,
              },
              {
                key: "how",
                type: "multiple_choice",
                text: "어떻게 예약하셨나요?",
                options: [
                  { value: "phone", label: "전화", labelEn: "Phone" },
                  { value: "app", label: "앱", labelEn: "App" },
                ],
              },
              { key: "comment", type: "free_text", text: "하고 싶은 말씀" },
            ],
          },
        ],
      },
    };
  };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({ database: t.database, publicSurveyRequestsPerMinute: 10_000 });
    const o = await t.quickUser("설문 소유자");
    const v = await t.quickUser("설문 열람자");
    const x = await t.quickUser("다른 병원 소유자");
    owner = o.cookie;
    viewer = v.cookie;
    other = x.cookie;
    const h = await t.hospital("설문병원", o.userId);
    await t.addMembership(h.hospitalId, v.userId, "viewer");
    const h2 = await t.hospital("다른병원", x.userId);
    base = `/api/hospitals/${h.hospitalId}`;
    otherBase = `/api/hospitals/${h2.hospitalId}`;
    const doc = DEMO_HOSPITAL.journeys[0];
    if (!doc) throw new Error("demo journey missing");
    journeyId = unwrap(await importJourney(h, doc)).id;
    journey = (await call("GET", `${base}/journeys/${journeyId}`, owner)).json;
    departmentId = created(await call("POST", `${base}/departments`, owner, { name: "내과" })).id;
  });
  afterAll(() => t?.dispose());

  it("creates, lists, reads, updates with a version check and deletes a survey", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    expect(survey).toMatchObject({ status: "draft", version: 1, publishedVersion: null, journeyId });
    expect(survey.publicId).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(survey.definition.sections[0].questions[1]).toMatchObject({ required: false, textEn: "" });

    const list = (await call("GET", `${base}/surveys`, viewer)).json.items;
    expect(list.find((s: { id: string }) => s.id === survey.id)).toMatchObject({ questionCount: 3, responseCount: 0 });
    const detail = (await call("GET", `${base}/surveys/${survey.id}`, viewer)).json;
    expect(detail).toMatchObject({ versions: [], responseCount: 0, title: "접수 설문" });

    const patched = await call("PATCH", `${base}/surveys/${survey.id}`, owner, { version: 1, title: "접수 경험 설문" });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.json).toMatchObject({ title: "접수 경험 설문", version: 2 });
    const stale = await call("PATCH", `${base}/surveys/${survey.id}`, owner, { version: 1, title: "늦은 수정" });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });

    expect((await call("DELETE", `${base}/surveys/${survey.id}`, owner)).status).toBe(204);
    expect((await call("GET", `${base}/surveys/${survey.id}`, owner)).status).toBe(404);

    // A survey without questions has nothing to publish.
    const empty = created(await call("POST", `${base}/surveys`, owner, { title: "빈 설문" }));
    const refused = await call("POST", `${base}/surveys/${empty.id}/publish`, owner);
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues[0].path).toBe("definition.sections");
    expect((await call("GET", `${base}/surveys/${empty.id}`, owner)).json).toMatchObject({
      status: "draft",
      versions: [],
    });
  });

  it("rejects duplicate keys, short choice lists and touchpoints outside the survey's journey", async () => {
    const bad = smallSurvey();
    const questions = bad.definition.sections[0]?.questions ?? [];
    questions.push({ key: "sat", type: "yes_no", text: "중복" } as (typeof questions)[number]);
    (questions[1] as { options: unknown[] }).options.pop();
    const res = await call("POST", `${base}/surveys`, owner, bad);
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "definition.sections.0.questions.1.options",
      "definition.sections.0.questions.3.key",
    ]);
    const elsewhere = await call("POST", `${base}/surveys`, owner, { ...smallSurvey(), journeyId: null });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json.error.issues[0].path).toBe("definition.sections.0.questions.0.touchpointId");
  });

  it("a viewer cannot write; another hospital's survey is not found", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    expect((await call("POST", `${base}/surveys`, viewer, smallSurvey())).status).toBe(403);
    expect((await call("PATCH", `${base}/surveys/${survey.id}`, viewer, { version: 1, title: "x" })).status).toBe(403);
    expect((await call("POST", `${base}/surveys/${survey.id}/publish`, viewer)).status).toBe(403);
    expect((await call("DELETE", `${base}/surveys/${survey.id}`, viewer)).status).toBe(403);
    for (const path of ["", "/responses"]) {
      expect((await call("GET", `${otherBase}/surveys/${survey.id}${path}`, other)).status).toBe(404);
    }
    expect((await call("PATCH", `${otherBase}/surveys/${survey.id}`, other, { version: 1, title: "x" })).status).toBe(
      404,
    );
    expect((await call("POST", `${otherBase}/surveys/${survey.id}/publish`, other)).status).toBe(404);
    expect((await call("DELETE", `${otherBase}/surveys/${survey.id}`, other)).status).toBe(404);
    expect((await call("GET", `${base}/surveys/${survey.id}`, owner)).json.version).toBe(1);
  });

  it("builds the MOT survey of the demo outpatient journey: a satisfaction and importance pair per touchpoint", async () => {
    const survey = created(await call("POST", `${base}/surveys/from-journey`, owner, { journeyId, locale: "ko" }));
    // biome-ignore lint/suspicious/noExplicitAny: walking the journey
    const stages = journey.stages.filter((s: any) => s.touchpoints.length > 0);
    // biome-ignore lint/suspicious/noExplicitAny: walking the journey
    const touchpoints = journey.stages.flatMap((s: any) => s.touchpoints);
    expect(touchpoints.length).toBeGreaterThan(5);
    const sections = survey.definition.sections;
    expect(sections.length).toBe(stages.length + 1);
    // biome-ignore lint/suspicious/noExplicitAny: walking the definition
    const questions = sections.flatMap((s: any) => s.questions);
    expect(questions.length).toBe(touchpoints.length * 2 + 3);
    for (const tp of touchpoints) {
      // biome-ignore lint/suspicious/noExplicitAny: walking the definition
      const pair = questions.filter((q: any) => q.touchpointId === tp.id);
      expect(pair.map((q: { type: string }) => q.type)).toEqual(["satisfaction", "importance"]);
      expect(pair[0]).toMatchObject({
        scale: 5,
        stageId: tp.stageId,
        text: `‘${tp.name}’에 얼마나 만족하셨나요?`,
        textEn: `How satisfied were you with ‘${tp.name}’?`,
      });
    }
    expect(sections[0].title).toBe(stages[0].name);
    expect(questions.slice(-3).map((q: { type: string }) => q.type)).toEqual(["satisfaction", "nps", "free_text"]);
    expect(survey.title).toContain(journey.title);

    const nps = created(await call("POST", `${base}/surveys/from-template`, owner, { templateId: "outpatient-nps" }));
    // biome-ignore lint/suspicious/noExplicitAny: walking the definition
    const npsQuestions = nps.definition.sections.flatMap((s: any) => s.questions);
    expect(npsQuestions.map((q: { type: string }) => q.type)).toEqual([
      "nps",
      "free_text",
      "satisfaction",
      "satisfaction",
      "satisfaction",
    ]);
    expect(npsQuestions.every((q: { text: string; textEn: string }) => q.text && q.textEn)).toBe(true);
    expect(nps).toMatchObject({ title: "외래 진료 경험 설문", titleEn: "Outpatient visit survey", journeyId: null });

    const hira = created(
      await call("POST", `${base}/surveys/from-template`, owner, { templateId: "hira-patient-experience" }),
    );
    expect(hira.definition.sections).toHaveLength(7);
    // biome-ignore lint/suspicious/noExplicitAny: walking the definition
    expect(hira.definition.sections.flatMap((s: any) => s.questions)).toHaveLength(26);
    const hcahps = created(
      await call("POST", `${base}/surveys/from-template`, owner, { templateId: "hcahps-inpatient" }),
    );
    expect(hcahps.definition.sections.length).toBeGreaterThanOrEqual(8);
  });

  it("publishes versions; responses keep the version they answered; editing a published survey keeps it live", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    expect((await call("GET", `/api/public/surveys/${survey.publicId}`)).status).toBe(404);
    const v1 = await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    expect(v1.json).toMatchObject({ status: "published", publishedVersion: 1 });

    const page = await call("GET", `/api/public/surveys/${survey.publicId}`);
    expect(page.status, page.text).toBe(200);
    expect(page.json).toMatchObject({ version: 1, title: "접수 설문", hospitalName: "설문병원" });
    expect(page.json.definition.sections[0].questions).toHaveLength(3);
    expect(page.text).not.toContain(survey.id);

    const first = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      answers: [{ key: "sat", value: 7 }],
    });
    expect(first.status, first.text).toBe(201);

    // The working copy changes; patients still answer version 1 until the next publish.
    const definition = structuredClone(survey.definition);
    definition.sections[0].questions.push({ key: "again", type: "yes_no", text: "다시 오시겠어요?", required: true });
    const edited = await call("PATCH", `${base}/surveys/${survey.id}`, owner, { version: v1.json.version, definition });
    expect(edited.json).toMatchObject({ status: "published", publishedVersion: 1 });
    expect(
      (await call("GET", `/api/public/surveys/${survey.publicId}`)).json.definition.sections[0].questions,
    ).toHaveLength(3);
    const v2 = await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    expect(v2.json.publishedVersion).toBe(2);
    const missing = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      answers: [{ key: "sat", value: 1 }],
    });
    expect(missing.status).toBe(400);
    expect(missing.json.error.issues).toEqual([{ path: "answers", message: '"again" is required' }]);
    const second = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      answers: [
        { key: "sat", value: 2 },
        { key: "again", value: 0 },
      ],
    });
    expect(second.status, second.text).toBe(201);

    const detail = (await call("GET", `${base}/surveys/${survey.id}`, owner)).json;
    expect(detail.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(detail.responseCount).toBe(2);
    // Pages of one, newest first, continue after the last response of the previous page.
    const page1 = (await call("GET", `${base}/surveys/${survey.id}/responses?limit=1`, viewer)).json.items;
    expect(page1.map((r: { id: string }) => r.id)).toEqual([second.json.id]);
    const cursor = `before=${encodeURIComponent(page1[0].submittedAt)}&beforeId=${page1[0].id}`;
    const page2 = (await call("GET", `${base}/surveys/${survey.id}/responses?limit=1&${cursor}`, viewer)).json.items;
    expect(page2.map((r: { id: string }) => r.id)).toEqual([first.json.id]);
    const responses = (await call("GET", `${base}/surveys/${survey.id}/responses`, viewer)).json.items;
    const version = (id: string) => responses.find((r: { id: string }) => r.id === id).surveyVersion;
    expect(version(first.json.id)).toBe(1);
    expect(version(second.json.id)).toBe(2);

    // Answered: it cannot be deleted, only closed; a closed survey has no public page.
    const del = await call("DELETE", `${base}/surveys/${survey.id}`, owner);
    expect(del.status).toBe(409);
    expect(del.json.error.code).toBe("conflict");
    const closed = await call("POST", `${base}/surveys/${survey.id}/close`, owner);
    expect(closed.json.status).toBe("closed");
    expect((await call("GET", `/api/public/surveys/${survey.publicId}`)).status).toBe(404);
    expect((await submit(survey.publicId, { submissionKey: crypto.randomUUID(), answers: [] })).status).toBe(404);
    expect((await call("GET", "/api/public/surveys/not-a-real-survey-id")).status).toBe(404);
  });

  it("checks answers against the published version and reports each with its path", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    const res = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      answers: [
        { key: "sat", value: 8 },
        { key: "how", choices: ["phone", "fax"] },
        { key: "unknown", value: 1 },
        { key: "comment", value: 3 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("validation_failed");
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual([
      "answers.0.value",
      "answers.1.choices.1",
      "answers.2.key",
      "answers.3",
    ]);
    const foreignDepartment = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      departmentId: crypto.randomUUID(),
      answers: [{ key: "sat", value: 3 }],
    });
    expect(foreignDepartment.json.error.issues).toEqual([{ path: "departmentId", message: "no such department" }]);
    expect((await call("GET", `${base}/surveys/${survey.id}`, owner)).json.responseCount).toBe(0);
  });

  it("masks personal data in free text before it is stored, and filters responses", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    const res = await submit(survey.publicId, {
      submissionKey: crypto.randomUUID(),
      channel: "kiosk",
      visitDate: "2026-03-02",
      departmentId,
      segment: "first_visit",
      answers: [
        { key: "sat", value: 6 },
        { key: "how", choices: ["app", "phone"] },
        { key: "comment", text: "제 번호 010-1234-5678 로 연락 주세요" },
      ],
    });
    expect(res.status, res.text).toBe(201);
    const stored = await t.database.db
      .selectFrom("survey_responses")
      .select(["answers", "touchpoint_ids"])
      .where("id", "=", res.json.id)
      .executeTakeFirstOrThrow();
    for (const digits of ["010", "1234", "5678"]) expect(stored.answers).not.toContain(digits);
    const rows = (await call("GET", `${base}/surveys/${survey.id}/responses`, viewer)).json.items[0].answers as Array<{
      questionKey: string;
      touchpointId: string | null;
      value: number | null;
      text: string | null;
      choices: string[] | null;
    }>;
    expect(rows).toHaveLength(3);
    const comment = rows.find((r) => r.questionKey === "comment");
    expect(comment?.text).toBeTruthy();
    expect(comment?.text).toContain("제 번호");
    for (const digits of ["010", "1234", "5678"]) expect(comment?.text).not.toContain(digits);
    const sat = rows.find((r) => r.questionKey === "sat");
    expect(sat?.value).toBe(6);
    expect(sat?.touchpointId).toBe(journey.stages[0].touchpoints[0].id);
    expect(stored.touchpoint_ids).toContain(`,${journey.stages[0].touchpoints[0].id},`);
    expect(rows.find((r) => r.questionKey === "how")?.choices).toEqual(["app", "phone"]);

    const list = async (query: string) =>
      (await call("GET", `${base}/surveys/${survey.id}/responses?${query}`, viewer)).json.items.map(
        (r: { id: string }) => r.id,
      );
    const today = new Date().toISOString().slice(0, 10);
    expect(await list("")).toEqual([res.json.id]);
    expect(await list(`from=${today}&to=${today}`)).toEqual([res.json.id]);
    expect(await list("to=2020-01-01")).toEqual([]);
    expect(await list(`touchpointId=${journey.stages[0].touchpoints[0].id}`)).toEqual([res.json.id]);
    expect(await list(`touchpointId=${journey.stages[1].touchpoints[0].id}`)).toEqual([]);
    expect(await list(`departmentId=${departmentId}`)).toEqual([res.json.id]);
    const one = (await call("GET", `${base}/surveys/${survey.id}/responses`, viewer)).json.items[0];
    expect(await list(`before=${encodeURIComponent(one.submittedAt)}&beforeId=${one.id}`)).toEqual([]);
    expect(one).toMatchObject({ channel: "kiosk", visitDate: "2026-03-02", departmentId, segment: "first_visit" });
    expect(JSON.stringify(one)).not.toContain("5678");
  });

  it("a resubmitted form is stored once: the second answer is 200 with the first response's id", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    const body = { submissionKey: crypto.randomUUID(), answers: [{ key: "sat", value: 5 }] };
    const first = await submit(survey.publicId, body);
    expect(first.status).toBe(201);
    const again = await submit(survey.publicId, { ...body, answers: [{ key: "sat", value: 1 }] });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id: first.json.id, duplicate: true });
    const stored = await t.database.db
      .selectFrom("survey_responses")
      .select("id")
      .where("survey_id", "=", survey.id)
      .execute();
    expect(stored).toHaveLength(1);
    const answers = await t.database.db
      .selectFrom("survey_responses")
      .select("answers")
      .where("id", "=", first.json.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(answers.answers).map((a: { v: number }) => a.v)).toEqual([5]);
  });

  it("refuses a body over 64 KB on the public submit route", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    const res = await app.request(`/api/public/surveys/${survey.publicId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify({ submissionKey: crypto.randomUUID(), answers: [], pad: "x".repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it("limits requests per address and per survey: the N+1-th gets 429 with Retry-After", async () => {
    const survey = created(await call("POST", `${base}/surveys`, owner, smallSurvey()));
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    const body = () => ({ submissionKey: crypto.randomUUID(), answers: [{ key: "sat", value: 4 }] });

    const perAddress = createApp({ database: t.database, publicSurveyRequestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await send(perAddress, "GET", `/api/public/surveys/${survey.publicId}`)).status).toBe(200);
    }
    const blocked = await send(perAddress, "POST", `/api/public/surveys/${survey.publicId}/responses`, {
      body: body(),
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.code).toBe("rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);

    const perSurvey = createApp({
      database: t.database,
      publicSurveyRequestsPerMinute: 100,
      surveySubmissionsPerMinute: 2,
    });
    const post = () => send(perSurvey, "POST", `/api/public/surveys/${survey.publicId}/responses`, { body: body() });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const third = await post();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    // The page itself is only limited per address.
    expect((await send(perSurvey, "GET", `/api/public/surveys/${survey.publicId}`)).status).toBe(200);
  });
});
