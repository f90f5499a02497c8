import {
  type Department,
  JOURNEY_DOCUMENT_FORMAT,
  type Journey,
  type JourneyDocumentInput,
  type PainPoint,
  type Persona,
  type Result,
  type Role,
  type Site,
  type Stage,
  type Touchpoint,
} from "@motmap/core";
import {
  createAlertRule,
  createComment,
  createDepartment,
  createJourney,
  createLane,
  createPainPoint,
  createPersona,
  createShareLink,
  createSite,
  createStage,
  createSurvey,
  createTouchpoint,
  createVocItem,
  createVocSavedView,
  getFollowUpSettings,
  getSmtpSettings,
  type HospitalContext,
  importFollowUpList,
  listDepartments,
  publishSurvey,
  putLaneCell,
  raiseFollowUpIssueAlerts,
  recordFollowUpAttempt,
  submitSurveyResponse,
  updateJourney,
} from "@motmap/db";
import { sql } from "kysely";
import { fillPath } from "./openapi.ts";
import type { ApiResponse, TestApp } from "./test-app.ts";

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export interface QuickUser {
  userId: string;
  email: string;
  name: string;
  cookie: string;
}

/** A journey with two stages, two touchpoints on the first stage and a pain point on the first touchpoint. */
export interface JourneyFixture {
  journey: Journey;
  stages: [Stage, Stage];
  touchpoints: [Touchpoint, Touchpoint];
  painPoint: PainPoint;
}

/** A hospital with one of everything, created through the data layer's use cases. */
export interface Tenant extends JourneyFixture {
  t: TestApp;
  hospitalId: string;
  hospitalName: string;
  /** Put into every name of this tenant's records, so a leak of its data is easy to spot. */
  tag: string;
  ctx: HospitalContext;
  owner: QuickUser;
  site: Site;
  department: Department;
  persona: Persona;
}

export async function freshJourney(h: Pick<Tenant, "ctx" | "tag" | "persona" | "department">): Promise<JourneyFixture> {
  const journey = unwrap(await createJourney(h.ctx, { title: `${h.tag} 외래 여정`, personaId: h.persona.id }));
  const s0 = unwrap(await createStage(h.ctx, journey.id, { phase: "before", name: `${h.tag} 예약` }));
  const s1 = unwrap(await createStage(h.ctx, journey.id, { phase: "during", name: `${h.tag} 접수` }));
  const t0 = unwrap(
    await createTouchpoint(h.ctx, s0.id, {
      name: `${h.tag} 콜센터`,
      channel: "phone",
      element: "humanware",
      departmentIds: [h.department.id],
    }),
  );
  const t1 = unwrap(
    await createTouchpoint(h.ctx, s0.id, { name: `${h.tag} 앱 예약`, channel: "online", element: "software" }),
  );
  const painPoint = unwrap(
    await createPainPoint(h.ctx, journey.id, { touchpointId: t0.id, description: `${h.tag} 연결 지연` }),
  );
  return { journey, stages: [s0, s1], touchpoints: [t0, t1], painPoint };
}

/**
 * Just the records a sample needs (each use case is a transaction; on a PostgreSQL server every
 * round trip counts): a journey, `stages` stages and `touchpoints` touchpoints on the first stage.
 */
async function newJourney(h: Tenant, stages = 0, touchpoints = 0) {
  const journey = unwrap(await createJourney(h.ctx, { title: `${h.tag} 새 여정` }));
  const stageList: Stage[] = [];
  for (let i = 0; i < stages; i++) {
    stageList.push(unwrap(await createStage(h.ctx, journey.id, { phase: "during", name: `${h.tag} 단계 ${i}` })));
  }
  const touchpointList: Touchpoint[] = [];
  for (let i = 0; i < touchpoints; i++) {
    const stage = stageList[0] as Stage;
    touchpointList.push(
      unwrap(
        await createTouchpoint(h.ctx, stage.id, { name: `${h.tag} 접점 ${i}`, channel: "phone", element: "humanware" }),
      ),
    );
  }
  const stage = (i: number) => stageList[i] as Stage;
  const touchpoint = (i: number) => touchpointList[i] as Touchpoint;
  return { journey, stage, touchpoint };
}

/** A hospital owned by a new user, with a site, a department, a persona and a journey. */
export async function seedTenant(t: TestApp, tag: string): Promise<Tenant> {
  const owner = await t.quickUser(`${tag} 소유자`);
  const hospitalName = `${tag} 병원`;
  const ctx = await t.hospital(hospitalName, owner.userId);
  const site = unwrap(await createSite(ctx, { name: `${tag} 본원`, address: `${tag} 주소` }));
  const department = unwrap(await createDepartment(ctx, { name: `${tag} 원무과`, code: "ADM", siteId: site.id }));
  const persona = unwrap(await createPersona(ctx, { name: `${tag} 김환자`, segment: "elderly" }));
  const journey = await freshJourney({ ctx, tag, persona, department });
  return { t, hospitalId: ctx.hospitalId, hospitalName, tag, ctx, owner, site, department, persona, ...journey };
}

/** A new account that is a member of the tenant's hospital with `role`. */
export async function freshMember(h: Tenant, role: Role): Promise<QuickUser> {
  const user = await h.t.quickUser(`${h.tag} ${role} 회원`);
  await h.t.addMembership(h.hospitalId, user.userId, role);
  return user;
}

const VERSIONED = [
  "hospitals",
  "sites",
  "departments",
  "personas",
  "journeys",
  "stages",
  "touchpoints",
  "pain_points",
  "journey_lanes",
  "surveys",
  "voc_items",
  "alert_rules",
] as const;

/** The stored version of a row (it moves when children change, e.g. a journey when a stage is added). */
export async function versionOf(h: Tenant, table: (typeof VERSIONED)[number], id: string): Promise<number> {
  const row = await h.t.database.db
    .selectFrom(table as "sites")
    .select("version")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** A request for an operation, valid for the tenant it was built for. */
export interface Sample {
  /** Path parameters other than hospitalId. */
  params: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * Builds a sample for tenant `h`. `actor` is who will send it, for the few requests whose success
 * depends on who made the record (a comment is deleted by its author or an admin).
 */
export type SampleBuilder = (h: Tenant, actor?: { userId: string }) => Promise<Sample>;

export const SAMPLE_DOCUMENT: JourneyDocumentInput = {
  format: JOURNEY_DOCUMENT_FORMAT,
  title: "가져온 건강검진 여정",
  description: "문서에서 가져옴",
  persona: { name: "가져온 페르소나", segment: "health_checkup" },
  stages: [
    {
      phase: "before",
      name: "검진 예약",
      actions: ["전화"],
      touchpoints: [
        { name: "검진센터 전화", channel: "phone", element: "humanware", departments: ["건강검진센터"] },
        { name: "문자 안내", channel: "online", element: "software" },
      ],
      painPoints: [{ touchpoint: "검진센터 전화", description: "통화 연결이 늦다", severity: "high" }],
    },
    { phase: "during", name: "검진", emotion: -1, painPoints: [{ description: "대기 장소가 좁다" }] },
  ],
};

const H = "/api/hospitals/{hospitalId}";

/**
 * A valid request per hospital operation: sending it with the tenant's own ids succeeds. Records a
 * request changes or deletes are created fresh, so every call has its own. Keys are the OpenAPI
 * operations; the isolation and role suites fail for an operation that has no entry here.
 */
export const SAMPLES: Record<string, SampleBuilder> = {
  [`GET ${H}`]: async () => ({ params: {} }),
  [`PATCH ${H}`]: async (h) => ({
    params: {},
    body: { version: await versionOf(h, "hospitals", h.hospitalId), nameEn: "Renamed Hospital" },
  }),

  [`GET ${H}/sites`]: async () => ({ params: {} }),
  [`POST ${H}/sites`]: async () => ({ params: {}, body: { name: "새 분원", address: "부산" } }),
  [`PATCH ${H}/sites/{id}`]: async (h) => {
    const site = unwrap(await createSite(h.ctx, { name: `${h.tag} 분원` }));
    return { params: { id: site.id }, body: { version: site.version, name: "이름 바꾼 분원" } };
  },
  [`DELETE ${H}/sites/{id}`]: async (h) => {
    const site = unwrap(await createSite(h.ctx, { name: `${h.tag} 분원` }));
    return { params: { id: site.id } };
  },

  [`GET ${H}/departments`]: async () => ({ params: {} }),
  [`POST ${H}/departments`]: async (h) => ({ params: {}, body: { name: "새 부서", code: "NEW", siteId: h.site.id } }),
  [`PATCH ${H}/departments/{id}`]: async (h) => {
    const d = unwrap(await createDepartment(h.ctx, { name: `${h.tag} 영상의학과` }));
    return { params: { id: d.id }, body: { version: d.version, name: "영상의학팀", siteId: h.site.id } };
  },
  [`DELETE ${H}/departments/{id}`]: async (h) => {
    const d = unwrap(await createDepartment(h.ctx, { name: `${h.tag} 영상의학과` }));
    return { params: { id: d.id } };
  },
  [`POST ${H}/departments/reorder`]: async (h) => {
    const ids = (await listDepartments(h.ctx)).map((d) => d.id).reverse();
    return { params: {}, body: { ids } };
  },

  [`GET ${H}/personas`]: async () => ({ params: {} }),
  [`POST ${H}/personas`]: async () => ({
    params: {},
    body: { name: "새 페르소나", segment: "foreign", goals: ["통역"] },
  }),
  [`PATCH ${H}/personas/{id}`]: async (h) => {
    const p = unwrap(await createPersona(h.ctx, { name: `${h.tag} 이보호자` }));
    return { params: { id: p.id }, body: { version: p.version, quote: "어디로 가야 하나요?" } };
  },
  [`DELETE ${H}/personas/{id}`]: async (h) => {
    const p = unwrap(await createPersona(h.ctx, { name: `${h.tag} 이보호자` }));
    return { params: { id: p.id } };
  },

  [`GET ${H}/journeys`]: async () => ({ params: {} }),
  [`POST ${H}/journeys`]: async (h) => ({ params: {}, body: { title: "새 여정", personaId: h.persona.id } }),
  [`POST ${H}/journeys/import`]: async () => ({ params: {}, body: SAMPLE_DOCUMENT }),
  [`GET ${H}/journeys/{id}`]: async (h) => ({ params: { id: h.journey.id } }),
  [`PATCH ${H}/journeys/{id}`]: async (h) => {
    const { journey } = await newJourney(h);
    return {
      params: { id: journey.id },
      body: { version: journey.version, title: "바뀐 여정", personaId: h.persona.id, status: "published" },
    };
  },
  [`DELETE ${H}/journeys/{id}`]: async (h) => ({ params: { id: (await newJourney(h, 1, 1)).journey.id } }),
  [`POST ${H}/journeys/{id}/duplicate`]: async (h) => ({
    params: { id: h.journey.id },
    body: { title: "복제한 여정" },
  }),
  [`GET ${H}/journeys/{id}/export`]: async (h) => ({ params: { id: h.journey.id } }),

  [`POST ${H}/journeys/{journeyId}/stages`]: async (h) => {
    const { journey } = await newJourney(h, 1);
    return { params: { journeyId: journey.id }, body: { phase: "before", name: "의뢰서 준비", position: 0 } };
  },
  [`POST ${H}/journeys/{journeyId}/stages/reorder`]: async (h) => {
    const { journey, stage } = await newJourney(h, 2);
    return { params: { journeyId: journey.id }, body: { ids: [stage(1).id, stage(0).id] } };
  },
  [`PATCH ${H}/stages/{id}`]: async (h) => {
    const { stage } = await newJourney(h, 1);
    return {
      params: { id: stage(0).id },
      body: { version: stage(0).version, name: "바뀐 단계", emotion: 2, actions: ["앱 확인"] },
    };
  },
  [`DELETE ${H}/stages/{id}`]: async (h) => ({ params: { id: (await newJourney(h, 1, 1)).stage(0).id } }),

  [`POST ${H}/stages/{stageId}/touchpoints`]: async (h) => {
    const { stage } = await newJourney(h, 1);
    return {
      params: { stageId: stage(0).id },
      body: {
        name: "수납 창구",
        channel: "face_to_face",
        element: "humanware",
        departmentIds: [h.department.id],
        targets: [{ label: "대기 시간", operator: "<=", value: 10, unit: "분" }],
      },
    };
  },
  [`POST ${H}/stages/{stageId}/touchpoints/reorder`]: async (h) => {
    const { stage, touchpoint } = await newJourney(h, 1, 2);
    return { params: { stageId: stage(0).id }, body: { ids: [touchpoint(1).id, touchpoint(0).id] } };
  },
  [`GET ${H}/touchpoints/{id}`]: async (h) => ({ params: { id: h.touchpoints[0].id } }),
  [`PATCH ${H}/touchpoints/{id}`]: async (h) => {
    const { stage, touchpoint } = await newJourney(h, 2, 1);
    return {
      params: { id: touchpoint(0).id },
      body: {
        version: touchpoint(0).version,
        stageId: stage(1).id,
        departmentIds: [h.department.id],
        script: "안녕하십니까",
      },
    };
  },
  [`DELETE ${H}/touchpoints/{id}`]: async (h) => ({ params: { id: (await newJourney(h, 1, 1)).touchpoint(0).id } }),

  [`POST ${H}/journeys/{journeyId}/pain-points`]: async (h) => {
    const { journey, stage, touchpoint } = await newJourney(h, 1, 1);
    return {
      params: { journeyId: journey.id },
      body: { stageId: stage(0).id, touchpointId: touchpoint(0).id, description: "앱이 느리다", severity: "high" },
    };
  },
  [`PATCH ${H}/pain-points/{id}`]: async (h) => {
    const { journey, stage } = await newJourney(h, 2);
    const p = unwrap(
      await createPainPoint(h.ctx, journey.id, { stageId: stage(0).id, description: `${h.tag} 안내 부족` }),
    );
    return { params: { id: p.id }, body: { version: p.version, severity: "critical", stageId: stage(1).id } };
  },
  [`DELETE ${H}/pain-points/{id}`]: async (h) => {
    const { journey, stage } = await newJourney(h, 1);
    const p = unwrap(
      await createPainPoint(h.ctx, journey.id, { stageId: stage(0).id, description: `${h.tag} 안내 부족` }),
    );
    return { params: { id: p.id } };
  },

  [`GET ${H}/members`]: async () => ({ params: {} }),
  [`POST ${H}/members`]: async (h) => {
    // An existing account (no password needed), so no argon2 hashing per call.
    const user = await h.t.quickUser(`${h.tag} 새 회원`);
    return { params: {}, body: { email: user.email, name: "새 회원", role: "viewer" } };
  },
  [`PATCH ${H}/members/{userId}`]: async (h) => ({
    params: { userId: (await freshMember(h, "viewer")).userId },
    body: { role: "editor" },
  }),
  [`DELETE ${H}/members/{userId}`]: async (h) => ({ params: { userId: (await freshMember(h, "viewer")).userId } }),

  [`GET ${H}/audit-log`]: async (h) => ({ params: {}, query: { limit: "20", entityId: h.journey.id } }),

  // Downloads of the map and of the MOT cycle (small options: rendering is the expensive part).
  [`GET ${H}/journeys/{id}/export/map.svg`]: async (h) => ({ params: { id: h.journey.id }, query: { locale: "en" } }),
  [`GET ${H}/journeys/{id}/export/map.png`]: async (h) => ({ params: { id: h.journey.id }, query: { scale: "1" } }),
  [`GET ${H}/journeys/{id}/export/map.pdf`]: async (h) => ({ params: { id: h.journey.id }, query: { paper: "A4" } }),
  [`GET ${H}/journeys/{id}/export/cycle.svg`]: async (h) => ({
    params: { id: h.journey.id },
    query: { colourBy: "phase" },
  }),
  [`GET ${H}/journeys/{id}/export/cycle.png`]: async (h) => ({ params: { id: h.journey.id }, query: { scale: "1" } }),
  [`GET ${H}/journeys/{id}/export/cycle.pdf`]: async (h) => ({
    params: { id: h.journey.id },
    query: { paper: "A4", locale: "en" },
  }),

  [`POST ${H}/journeys/from-template`]: async () => ({
    params: {},
    body: { templateId: "health-checkup", locale: "en", title: "Check-up (from template)" },
  }),

  [`POST ${H}/journeys/{id}/to-be`]: async (h) => ({ params: { id: h.journey.id }, body: { title: "개선안" } }),

  [`POST ${H}/journeys/{journeyId}/lanes`]: async (h) => ({
    params: { journeyId: (await newJourney(h, 1)).journey.id },
    body: { kind: "score", name: "만족도" },
  }),
  [`PATCH ${H}/lanes/{id}`]: async (h) => {
    const lane = await newLane(h, "text");
    return { params: { id: lane.id }, body: { version: lane.version, name: "직원 메모" } };
  },
  [`DELETE ${H}/lanes/{id}`]: async (h) => ({ params: { id: (await newLane(h, "text")).id } }),
  [`PUT ${H}/lanes/{laneId}/cells/{stageId}`]: async (h) => {
    const lane = await newLane(h, "score");
    const cell = unwrap(await putLaneCell(h.ctx, lane.id, lane.stageId, { score: 1 }));
    return {
      params: { laneId: lane.id, stageId: lane.stageId },
      body: { version: cell.version, score: -2, text: "대기 불만" },
    };
  },

  [`GET ${H}/journeys/{journeyId}/comments`]: async (h) => ({ params: { journeyId: h.journey.id } }),
  [`POST ${H}/journeys/{journeyId}/comments`]: async (h) => {
    const { journey, stage, touchpoint } = await newJourney(h, 1, 1);
    return {
      params: { journeyId: journey.id },
      body: { stageId: stage(0).id, touchpointId: touchpoint(0).id, body: "확인 부탁드립니다" },
    };
  },
  [`DELETE ${H}/comments/{id}`]: async (h, actor) => {
    const ctx = { ...h.ctx, actorId: actor?.userId ?? h.owner.userId };
    const comment = unwrap(await createComment(ctx, h.journey.id, { stageId: h.stages[0].id, body: `${h.tag} 의견` }));
    return { params: { id: comment.id } };
  },

  [`GET ${H}/journeys/{journeyId}/shares`]: async (h) => ({ params: { journeyId: h.journey.id } }),
  [`POST ${H}/journeys/{journeyId}/shares`]: async (h) => ({ params: { journeyId: (await publishedJourney(h)).id } }),
  [`DELETE ${H}/shares/{id}`]: async (h) => ({
    params: { id: unwrap(await createShareLink(h.ctx, (await publishedJourney(h)).id)).id },
  }),

  [`GET ${H}/surveys`]: async () => ({ params: {} }),
  [`POST ${H}/surveys`]: async (h) => ({ params: {}, body: sampleSurveyInput(h) }),
  [`POST ${H}/surveys/from-journey`]: async (h) => ({ params: {}, body: { journeyId: h.journey.id, locale: "ko" } }),
  [`POST ${H}/surveys/from-template`]: async () => ({ params: {}, body: { templateId: "outpatient-nps" } }),
  [`GET ${H}/surveys/{id}`]: async (h) => ({ params: { id: (await newSurvey(h)).id } }),
  [`PATCH ${H}/surveys/{id}`]: async (h) => {
    const survey = await newSurvey(h);
    return { params: { id: survey.id }, body: { version: survey.version, title: "바뀐 설문", titleEn: "Renamed" } };
  },
  [`DELETE ${H}/surveys/{id}`]: async (h) => ({ params: { id: (await newSurvey(h)).id } }),
  [`POST ${H}/surveys/{id}/publish`]: async (h) => ({ params: { id: (await newSurvey(h)).id } }),
  [`POST ${H}/surveys/{id}/close`]: async (h) => ({ params: { id: (await newSurvey(h)).id } }),
  [`GET ${H}/surveys/{id}/responses`]: async (h) => {
    const survey = await answeredSurvey(h);
    return { params: { id: survey.id }, query: { limit: "10", from: "2020-01-01" } };
  },
  [`GET ${H}/surveys/{id}/responses/export`]: async (h) => {
    const survey = await answeredSurvey(h);
    return {
      params: { id: survey.id },
      query: { format: "csv", lang: "en", from: "2020-01-01", touchpointId: h.touchpoints[0].id },
    };
  },
  [`GET ${H}/surveys/{surveyId}/fhir/questionnaire`]: async (h) => ({ params: { surveyId: (await newSurvey(h)).id } }),
  [`GET ${H}/surveys/{surveyId}/fhir/responses`]: async (h) => ({
    params: { surveyId: (await answeredSurvey(h)).id },
    query: { limit: "10", from: "2020-01-01" },
  }),
  [`POST ${H}/surveys/{surveyId}/fhir/responses`]: async (h) => ({
    params: { surveyId: (await publishedSurvey(h)).id },
    body: {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        {
          resource: {
            resourceType: "QuestionnaireResponse",
            // An external id, not a motmap reference: the isolation test swaps uuids in bodies.
            id: "hospital-a-qr-1",
            status: "completed",
            authored: "2026-03-02T10:00:00+09:00",
            item: [{ linkId: "q1", answer: [{ valueInteger: 4 }] }],
          },
        },
      ],
    },
  }),
  [`POST ${H}/surveys/fhir/questionnaire`]: async () => ({
    params: {},
    body: {
      resourceType: "Questionnaire",
      status: "active",
      title: "Visit",
      item: [{ linkId: "q1", type: "boolean", text: "Was the ward clean?" }],
    },
  }),

  [`POST ${H}/surveys/{surveyId}/imports/uploads`]: async (h) => ({
    params: { surveyId: (await publishedSurvey(h)).id },
    query: { fileName: "responses.csv" },
    body: SAMPLE_IMPORT_CSV,
  }),
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/preview`]: async (h, actor) => ({
    params: await uploadedImport(h, actor),
    body: { mapping: SAMPLE_IMPORT_MAPPING },
  }),
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/commit`]: async (h, actor) => ({
    params: await uploadedImport(h, actor),
    body: { mapping: SAMPLE_IMPORT_MAPPING },
  }),
  [`GET ${H}/surveys/{surveyId}/imports/jobs/{jobId}`]: async (h) => ({ params: await finishedImportJob(h) }),
  [`GET ${H}/surveys/{surveyId}/imports`]: async (h) => ({ params: { surveyId: (await publishedSurvey(h)).id } }),
  [`POST ${H}/voc-imports/uploads`]: async () => ({
    params: {},
    query: { fileName: "voc.csv" },
    body: SAMPLE_VOC_IMPORT_CSV,
  }),
  [`POST ${H}/voc-imports/uploads/{uploadId}/preview`]: async (h, actor) => ({
    params: await uploadedVocImport(h, actor),
    body: { mapping: SAMPLE_VOC_IMPORT_MAPPING },
  }),
  [`POST ${H}/voc-imports/uploads/{uploadId}/commit`]: async (h, actor) => ({
    // One VOC import per hospital at a time: the previous role's commit may still be running.
    params: await finishedVocImportJob(h).then(() => uploadedVocImport(h, actor)),
    body: { mapping: SAMPLE_VOC_IMPORT_MAPPING },
  }),
  [`GET ${H}/voc-imports/jobs/{jobId}`]: async (h) => ({ params: await finishedVocImportJob(h) }),
  [`GET ${H}/voc-imports`]: async () => ({ params: {} }),

  [`GET ${H}/voc`]: async (_h) => ({
    params: {},
    query: { type: "complaint", status: "received", q: "대기", from: "2024-01-01", overdue: "false", limit: "10" },
  }),
  [`POST ${H}/voc`]: async (h) => ({ params: {}, body: sampleVocInput(h) }),
  [`POST ${H}/voc/suggest`]: async () => ({ params: {}, body: { text: "콜센터 연결이 너무 늦어요" } }),
  [`POST ${H}/voc/model/retrain`]: async () => ({ params: {} }),
  [`GET ${H}/voc/views`]: async () => ({ params: {} }),
  [`POST ${H}/voc/views`]: async () => ({ params: {}, body: { name: "지연 건", filter: { overdue: true } } }),
  [`DELETE ${H}/voc/views/{id}`]: async (h, actor) => {
    // A saved view is its owner's: made by the actor when there is one.
    const ctx = { ...h.ctx, actorId: actor?.userId ?? h.owner.userId };
    return { params: { id: unwrap(await createVocSavedView(ctx, { name: `${h.tag} 보기`, filter: {} })).id } };
  },
  [`GET ${H}/voc/{id}`]: async (h) => ({ params: { id: (await newVoc(h)).id } }),
  [`PATCH ${H}/voc/{id}`]: async (h) => {
    const item = await newVoc(h);
    return {
      params: { id: item.id },
      body: { version: item.version, severity: "high", touchpointId: h.touchpoints[1].id },
    };
  },
  [`POST ${H}/voc/{id}/transition`]: async (h) => {
    const item = await newVoc(h);
    return {
      params: { id: item.id },
      body: { action: "assign", departmentId: h.department.id, dueOn: "2024-06-20", version: item.version },
    };
  },
  [`POST ${H}/voc/{id}/contact/reveal`]: async (h) => ({
    params: { id: (await newVoc(h, "010-2345-6789")).id },
    body: { purpose: "회신 전화" },
  }),
  [`GET ${H}/alerts`]: async () => ({ params: {}, query: { unread: "true", kind: "low_satisfaction", limit: "20" } }),
  [`GET ${H}/alerts/unread-count`]: async () => ({ params: {} }),
  [`POST ${H}/alerts/read-all`]: async () => ({ params: {} }),
  [`POST ${H}/alerts/{id}/read`]: async (h) => ({ params: { id: await newAlert(h) } }),
  [`GET ${H}/alerts/rules`]: async () => ({ params: {} }),
  [`POST ${H}/alerts/rules`]: async (h) => {
    const { touchpoint } = await newJourney(h, 1, 1);
    return { params: {}, body: { kind: "low_satisfaction", touchpointId: touchpoint(0).id, threshold: 2 } };
  },
  [`PATCH ${H}/alerts/rules/{id}`]: async (h) => {
    const rule = await newAlertRule(h);
    return {
      params: { id: rule.id },
      body: { version: rule.version, enabled: false, departmentIds: [h.department.id] },
    };
  },
  [`DELETE ${H}/alerts/rules/{id}`]: async (h) => ({ params: { id: (await newAlertRule(h)).id } }),
  [`GET ${H}/alerts/smtp`]: async () => ({ params: {} }),
  [`PUT ${H}/alerts/smtp`]: async (h) => ({
    params: {},
    body: {
      version: unwrap(await getSmtpSettings(h.ctx)).version,
      host: "127.0.0.1",
      port: 2525,
      secure: false,
      username: "motmap",
      password: "smtp-password",
      fromAddress: "motmap@hospital.kr",
      appUrl: "https://motmap.hospital.kr",
    },
  }),
  // No server answers on the sample's port: the answer says it was not delivered (200 all the same).
  [`POST ${H}/alerts/smtp/test`]: async () => ({ params: {}, body: { to: "manager@hospital.kr" } }),
  [`GET ${H}/alerts/recipients`]: async () => ({ params: {} }),
  [`PUT ${H}/alerts/recipients/{departmentId}`]: async (h) => ({
    params: { departmentId: h.department.id },
    body: { emails: ["cs-team@hospital.kr"] },
  }),
  [`GET ${H}/journeys/{id}/voc-counts`]: async (h) => ({
    params: { id: h.journey.id },
    query: { from: "2024-01-01", to: "2024-12-31" },
  }),
  [`GET ${H}/personal-data-access-log`]: async () => ({
    params: {},
    query: { limit: "20", recordType: "voc_contact" },
  }),

  [`GET ${H}/follow-up/settings`]: async () => ({ params: {} }),
  [`PUT ${H}/follow-up/settings`]: async (h) => ({
    params: {},
    body: { retentionDays: 60, maxAttempts: 4, version: unwrap(await getFollowUpSettings(h.ctx)).version },
  }),
  [`PUT ${H}/follow-up/scripts/{journeyId}`]: async (h) => ({
    params: { journeyId: h.journey.id },
    body: { text: `${h.tag} 해피콜 스크립트` },
  }),
  [`GET ${H}/follow-up/lists`]: async () => ({ params: {} }),
  [`POST ${H}/follow-up/imports/preview`]: async (h) => ({ params: {}, body: sampleCallListBody(h) }),
  [`POST ${H}/follow-up/imports/commit`]: async (h) => ({ params: {}, body: sampleCallListBody(h) }),
  [`GET ${H}/follow-up/entries`]: async () => ({ params: {}, query: { status: "pending", limit: "10" } }),
  [`POST ${H}/follow-up/entries/assign`]: async (h) => ({
    params: {},
    body: { entryIds: [await newCallEntry(h)], assigneeUserId: h.owner.userId },
  }),
  [`GET ${H}/follow-up/callers`]: async () => ({ params: {} }),
  [`GET ${H}/follow-up/entries/{id}`]: async (h) => ({ params: { id: await newCallEntry(h) } }),
  [`POST ${H}/follow-up/entries/{id}/attempts`]: async (h) => ({
    params: { id: await newCallEntry(h) },
    body: { outcome: "reached", ratings: [{ touchpointId: h.touchpoints[0].id, score: 4 }], issues: [] },
  }),
  [`POST ${H}/follow-up/entries/{id}/phone/reveal`]: async (h) => ({
    params: { id: await newCallEntry(h) },
    body: { purpose: "해피콜 발신" },
  }),
  [`POST ${H}/follow-up/issues/{id}/voc`]: async (h) => ({
    params: { id: await newCallIssue(h) },
    body: { type: "complaint", severity: "medium" },
  }),
  [`GET ${H}/follow-up/stats`]: async () => ({ params: {}, query: { from: "2024-01-01" } }),

  // Not under a hospital: the public side of a survey (no login).
  "GET /api/public/surveys/{publicId}": async (h) => ({ params: { publicId: (await publishedSurvey(h)).publicId } }),
  "POST /api/public/surveys/{publicId}/responses": async (h) => ({
    params: { publicId: (await publishedSurvey(h)).publicId },
    body: {
      submissionKey: crypto.randomUUID(),
      answers: [
        { key: "q1", value: 4 },
        { key: "q2", text: "친절했어요" },
      ],
    },
  }),

  [`GET ${H}/insight/journeys/{id}/touchpoint-scores`]: async (h) => ({
    params: { id: h.journey.id },
    query: { grain: "month", from: "2026-01", to: "2026-03", by: "department" },
  }),
  [`GET ${H}/insight/journeys/{id}/experience`]: async (h) => ({
    params: { id: h.journey.id },
    query: { grain: "week", from: "2026-W01", to: "2026-W08" },
  }),
  [`GET ${H}/insight/journeys/{id}/ipa`]: async (h) => ({
    params: { id: h.journey.id },
    query: { from: "2026-01", to: "2026-06", importance: "derived", against: "nps" },
  }),
  [`GET ${H}/insight/journeys/{id}/priorities`]: async (h) => ({
    params: { id: h.journey.id },
    query: { period: "2026-02" },
  }),
  [`GET ${H}/insight/journeys/{id}/nps`]: async (h) => ({
    params: { id: h.journey.id },
    query: { grain: "month", from: "2025-12", to: "2026-02", by: "segment" },
  }),
  [`GET ${H}/insight/journeys/{id}/touchpoints/{touchpointId}`]: async (h) => ({
    params: { id: h.journey.id, touchpointId: h.touchpoints[0].id },
    query: { grain: "week", from: "2026-W01", to: "2026-W08" },
  }),
  [`GET ${H}/insight/journeys/{id}/sites`]: async (h) => ({
    params: { id: h.journey.id },
    query: { grain: "month", from: "2026-01", to: "2026-03" },
  }),
  [`GET ${H}/insight/departments/{id}`]: async (h) => ({ params: { id: h.department.id }, query: { to: "2026-02" } }),
  [`GET ${H}/insight/priority-weights`]: async () => ({ params: {} }),
  [`PUT ${H}/insight/priority-weights`]: async (h) => {
    const row = await h.ctx.db
      .selectFrom("insight_settings")
      .select("version")
      .where("hospital_id", "=", h.hospitalId)
      .executeTakeFirst();
    return { params: {}, body: { weights: { quadrant: 0.4, trend: 0.05 }, version: row ? Number(row.version) : 0 } };
  },

  // Not under a hospital: the public side of a share link (no login).
  "GET /api/public/shares/{token}": async (h) => ({
    params: { token: unwrap(await createShareLink(h.ctx, (await publishedJourney(h)).id)).token },
  }),
};

/** A custom lane on a new journey with one stage. */
async function newLane(h: Tenant, kind: "text" | "score") {
  const { journey, stage } = await newJourney(h, 1);
  const lane = unwrap(await createLane(h.ctx, journey.id, { kind, name: `${h.tag} 레인` }));
  return { ...lane, stageId: stage(0).id };
}

/** A survey of the tenant's journey with a satisfaction question on its first touchpoint and a comment. */
function sampleSurveyInput(h: Tenant) {
  return {
    journeyId: h.journey.id,
    title: `${h.tag} 설문`,
    definition: {
      sections: [
        {
          key: "main",
          title: "외래",
          questions: [
            {
              key: "q1",
              type: "satisfaction",
              scale: 5,
              text: "콜센터에 만족하셨나요?",
              required: true,
              touchpointId: h.touchpoints[0].id,
              stageId: h.stages[0].id,
            },
            { key: "q2", type: "free_text", text: "하고 싶은 말씀", required: false },
          ],
        },
      ],
    },
  };
}

async function newSurvey(h: Tenant) {
  return unwrap(await createSurvey(h.ctx, sampleSurveyInput(h)));
}

async function publishedSurvey(h: Tenant) {
  return unwrap(await publishSurvey(h.ctx, (await newSurvey(h)).id));
}

async function answeredSurvey(h: Tenant) {
  const survey = await publishedSurvey(h);
  unwrap(
    await submitSurveyResponse(h.ctx.db, survey.publicId, {
      submissionKey: crypto.randomUUID(),
      answers: [{ key: "q1", value: 5 }],
    }),
  );
  return survey;
}

/** Two responses to the sample survey (sent as the raw body of an upload). */
const SAMPLE_IMPORT_CSV = "응답번호,콜센터 만족도,하고 싶은 말씀\nR-1,5,친절했어요\nR-2,4,\n";
const SAMPLE_IMPORT_MAPPING = {
  sourceName: "샘플 추출",
  columns: [
    { column: "응답번호", target: { kind: "dedupe_key" } },
    { column: "콜센터 만족도", target: { kind: "answer", questionKey: "q1" } },
    { column: "하고 싶은 말씀", target: { kind: "answer", questionKey: "q2" } },
  ],
};

/**
 * A published survey and an upload of the sample file to it. An upload belongs to its user, so it is
 * made by the actor when the actor may upload, otherwise by the owner (a refused request never gets that far).
 */
async function uploadedImport(h: Tenant, actor?: { userId: string }) {
  const survey = await publishedSurvey(h);
  const cookies = [...(actor ? [await h.t.sessionCookie(actor.userId)] : []), h.owner.cookie];
  for (const cookie of cookies) {
    const res = await h.t.send(
      "POST",
      `/api/hospitals/${h.hospitalId}/surveys/${survey.id}/imports/uploads?fileName=responses.csv`,
      { cookie, body: SAMPLE_IMPORT_CSV, headers: { "content-type": "text/csv" } },
    );
    if (res.status === 201) return { surveyId: survey.id, uploadId: res.json.uploadId as string };
  }
  throw new Error("the sample upload was refused");
}

/** An import job that has finished (it runs in the background: wait, so it changes nothing later). */
async function finishedImportJob(h: Tenant) {
  const { surveyId, uploadId } = await uploadedImport(h);
  const base = `/api/hospitals/${h.hospitalId}/surveys/${surveyId}/imports`;
  const started = await h.t.send("POST", `${base}/uploads/${uploadId}/commit`, {
    cookie: h.owner.cookie,
    body: { mapping: SAMPLE_IMPORT_MAPPING },
  });
  const jobId = started.json?.jobId as string;
  for (;;) {
    const res = await h.t.send("GET", `${base}/jobs/${jobId}`, { cookie: h.owner.cookie });
    if (res.json?.status !== "running") break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { surveyId, jobId };
}

const SAMPLE_VOC_IMPORT_CSV =
  "접수번호,유형,접수경로,접수일,내용\nV-1,불만,전화,2025-03-02,대기가 길어요\nV-2,칭찬,방문,2025-03-03,친절해요\n";
const SAMPLE_VOC_IMPORT_MAPPING = {
  sourceName: "VOC 대장",
  columns: [
    { column: "접수번호", target: { kind: "dedupe_key" } },
    { column: "유형", target: { kind: "type" } },
    { column: "접수경로", target: { kind: "channel" } },
    { column: "접수일", target: { kind: "received_on" } },
    { column: "내용", target: { kind: "text" } },
  ],
};

/** An upload of the sample VOC file, by the actor when the actor may upload, otherwise by the owner. */
async function uploadedVocImport(h: Tenant, actor?: { userId: string }) {
  const cookies = [...(actor ? [await h.t.sessionCookie(actor.userId)] : []), h.owner.cookie];
  for (const cookie of cookies) {
    const res = await h.t.send("POST", `/api/hospitals/${h.hospitalId}/voc-imports/uploads?fileName=voc.csv`, {
      cookie,
      body: SAMPLE_VOC_IMPORT_CSV,
      headers: { "content-type": "text/csv" },
    });
    if (res.status === 201) return { uploadId: res.json.uploadId as string };
  }
  throw new Error("the sample VOC upload was refused");
}

/**
 * A finished VOC import job (it runs in the background: wait, so it changes nothing later). A commit
 * another request started may still be running (409: one per hospital): wait for it, then start ours.
 */
async function finishedVocImportJob(h: Tenant) {
  const { uploadId } = await uploadedVocImport(h);
  const base = `/api/hospitals/${h.hospitalId}/voc-imports`;
  let started = await h.t.send("POST", `${base}/uploads/${uploadId}/commit`, {
    cookie: h.owner.cookie,
    body: { mapping: SAMPLE_VOC_IMPORT_MAPPING },
  });
  for (let tries = 0; started.status === 409 && tries < 500; tries++) {
    await new Promise((r) => setTimeout(r, 10));
    started = await h.t.send("POST", `${base}/uploads/${uploadId}/commit`, {
      cookie: h.owner.cookie,
      body: { mapping: SAMPLE_VOC_IMPORT_MAPPING },
    });
  }
  if (started.status !== 202) throw new Error(`the sample VOC import did not start: ${started.status}`);
  const jobId = started.json?.jobId as string;
  for (;;) {
    const res = await h.t.send("GET", `${base}/jobs/${jobId}`, { cookie: h.owner.cookie });
    if (res.json?.status !== "running") break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { jobId };
}

function sampleVocInput(h: Tenant, contact?: string) {
  return {
    type: "complaint",
    channel: "phone",
    receivedOn: "2024-06-13",
    text: `${h.tag} 콜센터 연결 대기가 길어요`,
    touchpointId: h.touchpoints[0].id,
    departmentIds: [h.department.id],
    ...(contact ? { contact } : {}),
  };
}

/** A VOC item on the tenant's first touchpoint, with a reply contact when given. */
/** A follow-up rule of its own on a fresh touchpoint (one rule per kind and touchpoint). */
async function newAlertRule(h: Tenant) {
  const { touchpoint } = await newJourney(h, 1, 1);
  return unwrap(await createAlertRule(h.ctx, { kind: "follow_up_issue", touchpointId: touchpoint(0).id }));
}

/** An alert of the tenant, raised as a follow-up call marked "issue" would raise it. */
async function newAlert(h: Tenant): Promise<string> {
  const rule = await newAlertRule(h);
  const [id] = await h.ctx.db.transaction().execute((trx) =>
    raiseFollowUpIssueAlerts(trx, h.ctx, {
      callId: crypto.randomUUID(),
      touchpointId: rule.touchpointId,
      departmentIds: [h.department.id],
      note: `${h.tag} 설명 부족`,
    }),
  );
  if (!id) throw new Error("no alert raised");
  return id;
}

async function newVoc(h: Tenant, contact?: string) {
  return unwrap(await createVocItem(h.ctx, sampleVocInput(h, contact)));
}

let callRows = 0;
/** A one-row call list (a fresh phone number each time) as the import routes take it. */
function sampleCallListBody(h: Tenant) {
  const n = String(++callRows).padStart(4, "0");
  const csv = `환자명,연락처,퇴원일,진료과\n김해피,010-7${n.slice(0, 3)}-${n}1,2024-06-10,${h.tag} 원무과\n`;
  return {
    fileName: "calls.csv",
    content: Buffer.from(csv).toString("base64"),
    mapping: {
      columns: [
        { column: "환자명", target: "name" },
        { column: "연락처", target: "phone" },
        { column: "퇴원일", target: "visit_date" },
        { column: "진료과", target: "department" },
      ],
      defaultJourneyId: h.journey.id,
    },
  };
}

/** A new call-list entry of the tenant, on its journey. */
async function newCallEntry(h: Tenant): Promise<string> {
  const n = String(++callRows).padStart(6, "0");
  async function* rows() {
    yield { row: 2, cells: ["박해피", `010-8${n.slice(0, 3)}-${n.slice(2)}`, "2024-06-11"] };
  }
  const report = unwrap(
    await importFollowUpList(h.ctx, {
      header: ["이름", "전화번호", "방문일"],
      rows: rows(),
      fileName: "calls.csv",
      mapping: {
        columns: [
          { column: "이름", target: "name" },
          { column: "전화번호", target: "phone" },
          { column: "방문일", target: "visit_date" },
        ],
        defaultJourneyId: h.journey.id,
      },
      mode: "commit",
    }),
  );
  const entry = await h.t.database.db
    .selectFrom("follow_up_entries")
    .select("id")
    .where("list_id", "=", report.listId as string)
    .executeTakeFirstOrThrow();
  return entry.id;
}

/** An issue raised on a reached call of the tenant. */
async function newCallIssue(h: Tenant): Promise<string> {
  const id = await newCallEntry(h);
  const detail = unwrap(
    await recordFollowUpAttempt(h.ctx, id, {
      outcome: "reached",
      issues: [{ text: `${h.tag} 콜센터 연결이 늦어요`, touchpointId: h.touchpoints[0].id }],
    }),
  );
  return detail.issues[0]?.id as string;
}

/** Only published journeys can be shared. */
async function publishedJourney(h: Tenant) {
  const { journey, stage } = await newJourney(h, 1);
  unwrap(await createPainPoint(h.ctx, journey.id, { stageId: stage(0).id, description: `${h.tag} 공유 불편` }));
  return unwrap(
    await updateJourney(h.ctx, journey.id, {
      version: await versionOf(h, "journeys", journey.id),
      status: "published",
    }),
  );
}

export async function buildSample(key: string, h: Tenant, actor?: { userId: string }): Promise<Sample> {
  const builder = SAMPLES[key];
  if (!builder) throw new Error(`no sample request for ${key}: add one to SAMPLES in test/support/samples.ts`);
  return builder(h, actor);
}

/** The URL of an operation for `hospitalId` with the sample's path ids and query. */
export function urlOf(path: string, hospitalId: string, sample: Pick<Sample, "params" | "query">): string {
  const url = fillPath(path, { ...sample.params, hospitalId });
  const query = new URLSearchParams(sample.query ?? {}).toString();
  return query ? `${url}?${query}` : url;
}

/** Sends an operation's sample request as the holder of `cookie`. */
export function sendSample(
  t: TestApp,
  op: { method: string; path: string },
  hospitalId: string,
  sample: Sample,
  cookie?: string,
): Promise<ApiResponse> {
  return t.send(op.method, urlOf(op.path, hospitalId, sample), {
    ...(cookie ? { cookie } : {}),
    ...(sample.body === undefined ? {} : { body: sample.body }),
  });
}

/**
 * The tables that hold hospital data: every table with a hospital_id column, found in the live
 * schema, so a table added by a later migration is covered without editing this list.
 */
const tablesOf = new WeakMap<TestApp, Promise<string[]>>();
function hospitalTables(t: TestApp): Promise<string[]> {
  let tables = tablesOf.get(t);
  if (!tables) {
    tables = findHospitalTables(t);
    tablesOf.set(t, tables);
  }
  return tables;
}

async function findHospitalTables(t: TestApp): Promise<string[]> {
  const db = t.database.db;
  const schema =
    t.database.engine === "sqlite"
      ? undefined
      : (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s;
  const tables = await db.introspection.getTables();
  return tables
    .filter(
      (table) =>
        (schema === undefined || table.schema === schema) && table.columns.some((c) => c.name === "hospital_id"),
    )
    .map((table) => table.name)
    .sort();
}

/** Every stored row of one hospital (and the hospital row), sorted: compare before and after. */
export async function storedRows(t: TestApp, hospitalId: string): Promise<Record<string, unknown[]>> {
  const db = t.database.db;
  const out: Record<string, unknown[]> = {
    hospitals: await db.selectFrom("hospitals").selectAll().where("id", "=", hospitalId).execute(),
  };
  for (const table of await hospitalTables(t)) {
    const rows = await db
      .selectFrom(table as "sites")
      .selectAll()
      .where("hospital_id", "=", hospitalId)
      .execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Every id stored for a hospital: the id column of its rows, and its members' user ids. */
export async function storedIds(t: TestApp, hospitalId: string): Promise<Set<string>> {
  const ids = new Set<string>([hospitalId]);
  for (const rows of Object.values(await storedRows(t, hospitalId))) {
    for (const row of rows) {
      const r = (typeof row === "string" ? JSON.parse(row) : row) as Record<string, unknown>;
      for (const key of ["id", "user_id"]) {
        if (typeof r[key] === "string" && /^[0-9a-f-]{36}$/.test(r[key] as string)) ids.add(r[key] as string);
      }
    }
  }
  return ids;
}
