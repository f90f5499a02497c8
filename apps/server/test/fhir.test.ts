import { readFileSync } from "node:fs";
import { DEMO_HOSPITAL } from "@motmap/core/demo";
import { importJourney } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { unwrap } from "./support/samples.ts";
import { type ApiResponse, engines, send, type TestApp, testApp } from "./support/test-app.ts";

const PHQ9 = JSON.parse(
  readFileSync(
    new URL("../../../packages/core/test/fixtures/fhir/questionnaire-sdc-profile-example-PHQ9.json", import.meta.url),
    "utf8",
  ),
);

// FHIR R4: a survey as a Questionnaire and back, its responses as a Bundle of QuestionnaireResponses.
describe.each(engines())("FHIR on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let owner: string;
  let viewer: string;
  let base: string;
  let otherBase: string;
  let other: string;
  // biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
  let journey: any;

  const call = (method: string, path: string, cookie?: string, body?: unknown): Promise<ApiResponse> =>
    send(app, method, path, { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) });
  const created = (res: ApiResponse) => {
    expect(res.status, res.text).toBe(201);
    return res.json;
  };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({ database: t.database, publicSurveyRequestsPerMinute: 10_000 });
    const o = await t.quickUser("FHIR 소유자");
    const v = await t.quickUser("FHIR 열람자");
    const x = await t.quickUser("다른 병원");
    owner = o.cookie;
    viewer = v.cookie;
    other = x.cookie;
    const h = await t.hospital("FHIR병원", o.userId);
    await t.addMembership(h.hospitalId, v.userId, "viewer");
    base = `/api/hospitals/${h.hospitalId}`;
    otherBase = `/api/hospitals/${(await t.hospital("다른FHIR병원", x.userId)).hospitalId}`;
    const doc = DEMO_HOSPITAL.journeys[0];
    if (!doc) throw new Error("demo journey missing");
    const journeyId = unwrap(await importJourney(h, doc)).id;
    journey = (await call("GET", `${base}/journeys/${journeyId}`, owner)).json;
  });
  afterAll(() => t?.dispose());

  it("exports the MOT survey of a journey as a Questionnaire that imports back as an equal draft", async () => {
    const survey = created(await call("POST", `${base}/surveys/from-journey`, owner, { journeyId: journey.id }));
    const res = await call("GET", `${base}/surveys/${survey.id}/fhir/questionnaire`, viewer);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(res.json).toMatchObject({ resourceType: "Questionnaire", id: survey.id, status: "draft" });

    const again = created(await call("POST", `${base}/surveys/fhir/questionnaire`, owner, res.json));
    expect(again).toMatchObject({ status: "draft", journeyId: journey.id, title: survey.title, warnings: [] });
    expect(again.id).not.toBe(survey.id);
    expect(again.definition).toEqual(survey.definition);

    // In another hospital the journey does not exist: same questions, without the links.
    const elsewhere = created(await call("POST", `${otherBase}/surveys/fhir/questionnaire`, other, res.json));
    expect(elsewhere.journeyId).toBeNull();
    expect(elsewhere.definition.sections[0].questions[0].touchpointId).toBeUndefined();
    expect(elsewhere.warnings).toHaveLength(1);
  });

  it("imports the HL7 PHQ-9 Questionnaire with all its items; a viewer may not, a bad file is a 400", async () => {
    const phq = created(await call("POST", `${base}/surveys/fhir/questionnaire`, owner, PHQ9));
    expect(phq.title).toBe("Patient Health Questionnaire - 9 Item");
    expect(phq.definition.sections[0].questions).toHaveLength(10);
    expect((await call("POST", `${base}/surveys/fhir/questionnaire`, viewer, PHQ9)).status).toBe(403);

    const empty = await call("POST", `${base}/surveys/fhir/questionnaire`, owner, {
      resourceType: "Questionnaire",
      status: "active",
      item: [{ linkId: "d", type: "display", text: "hello" }],
    });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatchObject({ code: "validation_failed" });
    expect(empty.json.error.message).toMatch(/no question/);
    const patient = await call("POST", `${base}/surveys/fhir/questionnaire`, owner, { resourceType: "Patient" });
    expect(patient.status).toBe(400);
  });

  it("exports responses as a Bundle of QuestionnaireResponses, filtered and paged", async () => {
    const survey = created(
      await call("POST", `${base}/surveys`, owner, {
        title: "FHIR 응답",
        definition: {
          sections: [
            {
              key: "s",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족", required: true },
                { key: "yn", type: "yes_no", text: "재방문" },
                { key: "txt", type: "free_text", text: "의견" },
              ],
            },
          ],
        },
      }),
    );
    const published = await call("POST", `${base}/surveys/${survey.id}/publish`, owner);
    expect(published.status, published.text).toBe(200);
    for (const value of [5, 4, 3]) {
      const res = await call("POST", `/api/public/surveys/${survey.publicId}/responses`, undefined, {
        submissionKey: crypto.randomUUID(),
        answers: [
          { key: "sat", value },
          { key: "yn", value: 1 },
          { key: "txt", text: "연락처 010-1234-5678 로 주세요" },
        ],
      });
      expect(res.status, res.text).toBe(201);
    }
    const page1 = await call("GET", `${base}/surveys/${survey.id}/fhir/responses?limit=2`, viewer);
    expect(page1.status, page1.text).toBe(200);
    expect(page1.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(page1.json).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(page1.json.entry).toHaveLength(2);
    const qr = page1.json.entry[0].resource;
    expect(qr).toMatchObject({ resourceType: "QuestionnaireResponse", status: "completed" });
    expect(qr.questionnaire).toMatch(new RegExp(`${survey.id}\\|1$`));
    const answers = qr.item[0].item;
    expect(answers.find((i: { linkId: string }) => i.linkId === "sat").answer[0].valueCoding.code).toBe("3");
    expect(answers.find((i: { linkId: string }) => i.linkId === "yn").answer).toEqual([{ valueBoolean: true }]);
    // Free text was masked before it was stored, so the export has no phone number either.
    expect(JSON.stringify(answers)).not.toContain("1234-5678");

    const next = page1.json.link?.find((l: { relation: string }) => l.relation === "next")?.url;
    expect(next).toMatch(/before=/);
    const page2 = await call("GET", next, viewer);
    expect(page2.json.entry).toHaveLength(1);
    expect(page2.json.link).toBeUndefined();
    expect(page2.json.entry[0].resource.item[0].item[0].answer[0].valueCoding.code).toBe("5");

    const none = await call("GET", `${base}/surveys/${survey.id}/fhir/responses?from=2999-01-01`, viewer);
    expect(none.json.entry).toEqual([]);
    expect((await call("GET", `${otherBase}/surveys/${survey.id}/fhir/responses`, other)).status).toBe(404);
  });

  it("imports a Bundle of QuestionnaireResponses all or nothing, masked, and only once", async () => {
    const survey = created(
      await call("POST", `${base}/surveys`, owner, {
        title: "FHIR 가져오기",
        definition: {
          sections: [
            {
              key: "s",
              questions: [
                { key: "sat", type: "satisfaction", text: "만족", required: true },
                { key: "txt", type: "free_text", text: "의견" },
              ],
            },
          ],
        },
      }),
    );
    const path = `${base}/surveys/${survey.id}/fhir/responses`;
    const qr = (id: string, sat: number, text?: string) => ({
      resource: {
        resourceType: "QuestionnaireResponse",
        id,
        status: "completed",
        authored: "2026-03-02T10:00:00+09:00",
        item: [
          { linkId: "sat", answer: [{ valueInteger: sat }] },
          ...(text ? [{ linkId: "txt", answer: [{ valueString: text }] }] : []),
        ],
      },
    });
    const bundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [qr("a", 4, "주민번호 900101-1234567, 전화 010-9876-5432"), qr("b", 2)],
    };
    const unpublished = await call("POST", path, owner, bundle);
    expect(unpublished.status).toBe(400);
    expect(unpublished.json.error.message).toMatch(/publish/);
    await call("POST", `${base}/surveys/${survey.id}/publish`, owner);

    // One bad entry (9 is off the 5-point scale): nothing is written, the entry is named.
    const bad = await call("POST", path, owner, { ...bundle, entry: [...bundle.entry, qr("c", 9)] });
    expect(bad.status, bad.text).toBe(400);
    expect(JSON.stringify(bad.json.error.issues)).toContain("entry.2");
    const list = async () => (await call("GET", `${base}/surveys/${survey.id}/responses`, viewer)).json.items;
    expect(await list()).toEqual([]);

    expect((await call("POST", path, viewer, bundle)).status).toBe(403);
    const first = created(await call("POST", path, owner, bundle));
    expect(first).toMatchObject({ rows: 2, created: 2, duplicates: 0 });
    const stored = await list();
    expect(stored.map((r: { answers: { value: number | null }[] }) => r.answers[0]?.value).sort()).toEqual([2, 4]);
    const text = JSON.stringify(stored);
    for (const secret of ["1234567", "9876", "5432"]) expect(text).not.toContain(secret);

    const again = created(await call("POST", path, owner, bundle));
    expect(again).toMatchObject({ rows: 2, created: 0, duplicates: 2 });
    expect(await list()).toHaveLength(2);
    expect((await call("POST", `${otherBase}/surveys/${survey.id}/fhir/responses`, other, bundle)).status).toBe(404);
  });
});
