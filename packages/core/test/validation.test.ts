import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AddMemberInput,
  CreateDepartmentInput,
  CreateJourneyInput,
  CreatePainPointInput,
  CreatePersonaInput,
  CreateSiteInput,
  CreateStageInput,
  CreateTouchpointInput,
  CreateUserInput,
  DuplicateJourneyInput,
  Email,
  LoginInput,
  ReorderInput,
  UpdateDepartmentInput,
  UpdateHospitalInput,
  UpdateJourneyInput,
  UpdateMeInput,
  UpdateMemberInput,
  UpdatePainPointInput,
  UpdatePersonaInput,
  UpdateSiteInput,
  UpdateStageInput,
  UpdateTouchpointInput,
  validate,
} from "../src/index.ts";

const ID = "5b0c7a5e-8f3e-4c1e-9a57-0d2f1f6c8b11";
const ID2 = "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
const long = (n: number) => "가".repeat(n);

/** Asserts the input is rejected with exactly the given issue paths. */
function expectRejected(schema: z.ZodType, input: unknown, paths: string[]) {
  const r = validate(schema, input);
  expect(r.ok, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe("validation_failed");
  expect(r.error.issues?.map((i) => i.path).sort()).toEqual([...paths].sort());
  // The message names the first offending field.
  expect(r.error.message.startsWith(`${r.error.issues?.[0]?.path || "input"}: `)).toBe(true);
}

function expectAccepted<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = validate(schema, input);
  if (!r.ok) throw new Error(`expected acceptance, got ${r.error.message}`);
  return r.value;
}

/** A table of rules: a valid base input and patches that each break exactly one rule at `path`. */
interface Case {
  name: string;
  schema: z.ZodType;
  good: Record<string, unknown>;
  bad: [patch: Record<string, unknown>, path: string][];
}

const cases: Case[] = [
  {
    name: "CreateSiteInput",
    schema: CreateSiteInput,
    good: { name: "본원", address: "서울시 마포구" },
    bad: [
      [{ name: "" }, "name"],
      [{ name: "   " }, "name"],
      [{ name: long(201) }, "name"],
      [{ name: undefined }, "name"],
      [{ address: long(501) }, "address"],
      [{ address: 3 }, "address"],
    ],
  },
  {
    name: "UpdateSiteInput",
    schema: UpdateSiteInput,
    good: { version: 1, name: "분원" },
    bad: [
      [{ version: undefined }, "version"],
      [{ version: 0 }, "version"],
      [{ version: 1.5 }, "version"],
      [{ version: "1" }, "version"],
      [{ name: " " }, "name"],
      [{ address: long(501) }, "address"],
    ],
  },
  {
    name: "CreateDepartmentInput",
    schema: CreateDepartmentInput,
    good: { name: "원무팀", nameEn: "Patient Administration", code: "ADM", siteId: ID, description: "수납" },
    bad: [
      [{ name: "" }, "name"],
      [{ name: long(121) }, "name"],
      [{ nameEn: long(121) }, "nameEn"],
      [{ code: "A B" }, "code"],
      [{ code: "원무" }, "code"],
      [{ code: "A".repeat(31) }, "code"],
      [{ siteId: "site-1" }, "siteId"],
      [{ description: long(2001) }, "description"],
    ],
  },
  {
    name: "UpdateDepartmentInput",
    schema: UpdateDepartmentInput,
    good: { version: 3, code: "OPD_NURSE-2", siteId: null },
    bad: [
      [{ version: undefined }, "version"],
      [{ name: "" }, "name"],
      [{ code: "a.b" }, "code"],
      [{ siteId: "x" }, "siteId"],
      [{ description: long(2001) }, "description"],
    ],
  },
  {
    name: "CreatePersonaInput",
    schema: CreatePersonaInput,
    good: { name: "김지현", segment: "first_visit_outpatient", ageGroup: "40대", goals: ["빨리"], quote: "처음이라" },
    bad: [
      [{ name: "" }, "name"],
      [{ name: long(101) }, "name"],
      [{ segment: "vip" }, "segment"],
      [{ ageGroup: long(51) }, "ageGroup"],
      [{ description: long(3001) }, "description"],
      [{ goals: "빨리" }, "goals"],
      [{ goals: [long(501)] }, "goals.0"],
      [{ needs: Array.from({ length: 51 }, () => "x") }, "needs"],
      [{ frustrations: [1] }, "frustrations.0"],
      [{ quote: long(501) }, "quote"],
    ],
  },
  {
    name: "UpdatePersonaInput",
    schema: UpdatePersonaInput,
    good: { version: 2, segment: "elderly", needs: ["큰 글씨"] },
    bad: [
      [{ version: -1 }, "version"],
      [{ name: "  " }, "name"],
      [{ segment: "" }, "segment"],
      [{ goals: [null] }, "goals.0"],
    ],
  },
  {
    name: "CreateJourneyInput",
    schema: CreateJourneyInput,
    good: { title: "첫 방문 외래", personaId: ID, description: "설명", status: "published" },
    bad: [
      [{ title: "" }, "title"],
      [{ title: long(201) }, "title"],
      [{ personaId: "p1" }, "personaId"],
      [{ description: long(5001) }, "description"],
      [{ status: "archived" }, "status"],
    ],
  },
  {
    name: "UpdateJourneyInput",
    schema: UpdateJourneyInput,
    good: { version: 1, personaId: null, status: "draft" },
    bad: [
      [{ version: undefined }, "version"],
      [{ title: " " }, "title"],
      [{ personaId: 7 }, "personaId"],
      [{ status: "DRAFT" }, "status"],
    ],
  },
  {
    name: "DuplicateJourneyInput",
    schema: DuplicateJourneyInput,
    good: { title: "사본" },
    bad: [
      [{ title: "" }, "title"],
      [{ title: long(201) }, "title"],
    ],
  },
  {
    name: "CreateStageInput",
    schema: CreateStageInput,
    good: { phase: "before", name: "예약", goal: "예약하기", actions: ["전화"], emotion: -2, position: 0 },
    bad: [
      [{ phase: "middle" }, "phase"],
      [{ phase: undefined }, "phase"],
      [{ name: "" }, "name"],
      [{ name: long(121) }, "name"],
      [{ goal: long(1001) }, "goal"],
      [{ actions: [long(501)] }, "actions.0"],
      [{ thoughts: "생각" }, "thoughts"],
      [{ emotion: 4 }, "emotion"],
      [{ emotion: -4 }, "emotion"],
      [{ emotion: 0.5 }, "emotion"],
      [{ opportunities: [3] }, "opportunities.0"],
      [{ position: -1 }, "position"],
      [{ position: 1.5 }, "position"],
    ],
  },
  {
    name: "UpdateStageInput",
    schema: UpdateStageInput,
    good: { version: 1, emotion: 3, phase: "after" },
    bad: [
      [{ version: 0 }, "version"],
      [{ emotion: "3" }, "emotion"],
      [{ emotion: 3.1 }, "emotion"],
      [{ phase: "later" }, "phase"],
      [{ name: "" }, "name"],
    ],
  },
  {
    name: "CreateTouchpointInput",
    schema: CreateTouchpointInput,
    good: {
      name: "접수 창구",
      channel: "face_to_face",
      element: "humanware",
      departmentIds: [ID, ID2],
      targets: [{ label: "대기 시간", operator: "<=", value: 15, unit: "분" }],
      importance: 5,
      position: 2,
    },
    bad: [
      [{ name: "" }, "name"],
      [{ name: long(151) }, "name"],
      [{ channel: "email" }, "channel"],
      [{ channel: undefined }, "channel"],
      [{ element: "wetware" }, "element"],
      [{ moment: long(2001) }, "moment"],
      [{ departmentIds: ["d1"] }, "departmentIds.0"],
      [{ departmentIds: Array.from({ length: 21 }, () => ID) }, "departmentIds"],
      [{ serviceStandard: long(5001) }, "serviceStandard"],
      [{ script: long(5001) }, "script"],
      [{ dos: [long(501)] }, "dos.0"],
      [{ donts: "no" }, "donts"],
      [{ targets: [{ label: "", operator: "<=", value: 1 }] }, "targets.0.label"],
      [{ targets: [{ label: "x", operator: "<", value: 1 }] }, "targets.0.operator"],
      [{ targets: [{ label: "x", operator: "=", value: Number.NaN }] }, "targets.0.value"],
      [{ targets: [{ label: "x", operator: "=", value: Number.POSITIVE_INFINITY }] }, "targets.0.value"],
      [{ targets: [{ label: "x", operator: "=", value: 1, unit: long(21) }] }, "targets.0.unit"],
      [{ importance: 0 }, "importance"],
      [{ importance: 6 }, "importance"],
      [{ importance: 2.5 }, "importance"],
      [{ position: -2 }, "position"],
    ],
  },
  {
    name: "UpdateTouchpointInput",
    schema: UpdateTouchpointInput,
    good: { version: 4, stageId: ID, importance: null, departmentIds: [] },
    bad: [
      [{ version: undefined }, "version"],
      [{ stageId: "s1" }, "stageId"],
      [{ stageId: null }, "stageId"],
      [{ channel: "fax" }, "channel"],
      [{ importance: 7 }, "importance"],
      [{ departmentIds: [ID, "x"] }, "departmentIds.1"],
      [{ targets: [{ label: "x", operator: ">=", value: "1" }] }, "targets.0.value"],
    ],
  },
  {
    name: "CreatePainPointInput",
    schema: CreatePainPointInput,
    good: { stageId: ID, description: "대기가 길다", severity: "high", frequency: "frequent", evidence: "observed" },
    bad: [
      [{ description: "" }, "description"],
      [{ description: "   " }, "description"],
      [{ description: long(2001) }, "description"],
      [{ severity: "extreme" }, "severity"],
      [{ frequency: "always" }, "frequency"],
      [{ evidence: "rumour" }, "evidence"],
      [{ stageId: "s" }, "stageId"],
      [{ touchpointId: "t" }, "touchpointId"],
      // Neither anchor: the refinement reports on stageId.
      [{ stageId: null, touchpointId: null }, "stageId"],
    ],
  },
  {
    name: "UpdatePainPointInput",
    schema: UpdatePainPointInput,
    good: { version: 1, touchpointId: ID, stageId: null, severity: "critical" },
    bad: [
      [{ version: 1.1 }, "version"],
      [{ description: " " }, "description"],
      [{ description: long(2001) }, "description"],
      [{ severity: "low-ish" }, "severity"],
      [{ touchpointId: "t" }, "touchpointId"],
    ],
  },
  {
    name: "UpdateHospitalInput",
    schema: UpdateHospitalInput,
    good: { version: 1, name: "한빛대학교병원", nameEn: "Hanbit University Hospital" },
    bad: [
      [{ version: undefined }, "version"],
      [{ name: "" }, "name"],
      [{ nameEn: long(201) }, "nameEn"],
    ],
  },
  {
    name: "AddMemberInput",
    schema: AddMemberInput,
    good: { email: "nurse@hanbit.kr", name: "이서준", role: "editor", password: "correct horse battery" },
    bad: [
      [{ email: "nurse" }, "email"],
      [{ name: "" }, "name"],
      [{ role: "superuser" }, "role"],
      [{ password: "short" }, "password"],
      [{ password: "x".repeat(201) }, "password"],
    ],
  },
  {
    name: "UpdateMemberInput",
    schema: UpdateMemberInput,
    good: { role: "viewer" },
    bad: [
      [{ role: undefined }, "role"],
      [{ role: "guest" }, "role"],
    ],
  },
  {
    name: "LoginInput",
    schema: LoginInput,
    good: { email: "a@b.kr", password: "x" },
    bad: [
      [{ email: "a@" }, "email"],
      [{ password: "" }, "password"],
      [{ password: "x".repeat(201) }, "password"],
    ],
  },
  {
    name: "CreateUserInput",
    schema: CreateUserInput,
    good: { email: "a@b.kr", name: "관리자", password: "0123456789", locale: "en" },
    bad: [
      [{ email: "not an email" }, "email"],
      [{ name: " " }, "name"],
      [{ password: "012345678" }, "password"],
      [{ locale: "ja" }, "locale"],
    ],
  },
  {
    name: "UpdateMeInput",
    schema: UpdateMeInput,
    good: { locale: "ko", name: "김하늘" },
    bad: [
      [{ locale: "fr" }, "locale"],
      [{ name: "" }, "name"],
    ],
  },
  {
    name: "ReorderInput",
    schema: ReorderInput,
    good: { ids: [ID, ID2] },
    bad: [
      [{ ids: [] }, "ids"],
      [{ ids: undefined }, "ids"],
      [{ ids: [ID, "b"] }, "ids.1"],
      [{ ids: Array.from({ length: 2001 }, () => ID) }, "ids"],
    ],
  },
];

describe.each(cases)("$name", ({ schema, good, bad }) => {
  it("accepts a valid input", () => {
    expectAccepted(schema, good);
  });

  it.each(bad.map(([patch, path]) => ({ patch, path, label: JSON.stringify(patch).slice(0, 60) })))(
    "rejects $label at $path",
    ({ patch, path }) => {
      const input = { ...good, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete input[k];
      expectRejected(schema, input, [path]);
    },
  );

  it("rejects a non-object", () => {
    expectRejected(schema, "nope", [""]);
  });
});

describe("defaults and normalisation", () => {
  it("CreateSiteInput defaults the address and trims the name", () => {
    expect(expectAccepted(CreateSiteInput, { name: "  본원 " })).toEqual({ name: "본원", address: "" });
  });

  it("CreateDepartmentInput fills defaults and trims the code", () => {
    expect(expectAccepted(CreateDepartmentInput, { name: "원무팀", code: " ADM " })).toEqual({
      name: "원무팀",
      nameEn: "",
      code: "ADM",
      siteId: null,
      description: "",
    });
  });

  it("CreatePersonaInput fills defaults and drops blank lines", () => {
    expect(expectAccepted(CreatePersonaInput, { name: "최순자", goals: ["  약 받기 ", "", "  "] })).toEqual({
      name: "최순자",
      segment: "other",
      ageGroup: "",
      description: "",
      goals: ["약 받기"],
      needs: [],
      frustrations: [],
      quote: "",
    });
  });

  it("CreateJourneyInput defaults to a draft without persona", () => {
    expect(expectAccepted(CreateJourneyInput, { title: "입원" })).toEqual({
      title: "입원",
      personaId: null,
      description: "",
      status: "draft",
    });
  });

  it("CreateStageInput defaults emotion to neutral and leaves position absent", () => {
    const s = expectAccepted(CreateStageInput, { phase: "during", name: "진료" });
    expect(s).toEqual({
      phase: "during",
      name: "진료",
      goal: "",
      actions: [],
      thoughts: [],
      emotion: 0,
      opportunities: [],
    });
    expect("position" in s).toBe(false);
  });

  it("CreateTouchpointInput fills defaults and the target unit", () => {
    const t = expectAccepted(CreateTouchpointInput, {
      name: "키오스크",
      channel: "face_to_face",
      element: "hardware",
      targets: [{ label: " 대기 ", operator: "=", value: 0 }],
    });
    expect(t).toMatchObject({
      moment: "",
      departmentIds: [],
      serviceStandard: "",
      script: "",
      dos: [],
      donts: [],
      importance: null,
      targets: [{ label: "대기", operator: "=", value: 0, unit: "" }],
    });
  });

  it("CreatePainPointInput accepts a touchpoint anchor alone and fills defaults", () => {
    expect(expectAccepted(CreatePainPointInput, { touchpointId: ID, description: " 길다 " })).toEqual({
      stageId: null,
      touchpointId: ID,
      description: "길다",
      severity: "medium",
      frequency: "occasional",
      evidence: "hypothesis",
    });
  });

  it("update inputs keep only the fields given", () => {
    expect(expectAccepted(UpdateStageInput, { version: 2 })).toEqual({ version: 2 });
    expect(expectAccepted(UpdateTouchpointInput, { version: 2, dos: ["a", " "] })).toEqual({ version: 2, dos: ["a"] });
    expect(expectAccepted(UpdatePainPointInput, { version: 1, description: " 새 설명 " })).toEqual({
      version: 1,
      description: "새 설명",
    });
  });

  it("e-mail addresses are lower-cased", () => {
    expect(expectAccepted(LoginInput, { email: "Kim@Hanbit.KR", password: "x" }).email).toBe("kim@hanbit.kr");
    expect(expectAccepted(AddMemberInput, { email: "NURSE@hanbit.kr", name: "n", role: "viewer" }).email).toBe(
      "nurse@hanbit.kr",
    );
  });

  // A pasted address with spaces around it is trimmed before the format check.
  it("e-mail addresses are trimmed before the format check", () => {
    expect(expectAccepted(Email, "  kim@hanbit.kr ")).toBe("kim@hanbit.kr");
  });

  it("the message of a failure names the field and the input when the path is empty", () => {
    const r = validate(CreateSiteInput, { name: "" });
    expect(!r.ok && r.error.message).toBe("name: must not be empty");
    const top = validate(CreateSiteInput, null);
    expect(!top.ok && top.error.message.startsWith("input: ")).toBe(true);
  });

  it("reports every offending field, not just the first", () => {
    const r = validate(CreateStageInput, { phase: "x", name: "", emotion: 9 });
    expect(!r.ok && r.error.issues?.map((i) => i.path).sort()).toEqual(["emotion", "name", "phase"]);
  });
});
