import { PERMISSIONS, type Permission, ROLES, type Role } from "@motmap/core";
import { createUser } from "@motmap/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocument, type Operation, operationsOf } from "./support/openapi.ts";
import {
  buildSample,
  freshMember,
  type QuickUser,
  type Sample,
  seedTenant,
  sendSample,
  type Tenant,
} from "./support/samples.ts";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

// The spec: what each operation of the API requires. Written out by hand on purpose, so a route
// whose guard changes (or a new route) fails here until this table is changed with it.
type Access = Permission | "public" | "session";
const H = "/api/hospitals/{hospitalId}";
const SPEC: Record<string, Access> = {
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public",
  "GET /api/auth/me": "session",
  "PATCH /api/auth/me": "session",
  "GET /api/public/shares/{token}": "public",
  "GET /api/templates": "session",
  [`POST ${H}/journeys/from-template`]: "edit",

  [`GET ${H}`]: "read",
  [`PATCH ${H}`]: "manageHospital",

  [`GET ${H}/sites`]: "read",
  [`POST ${H}/sites`]: "edit",
  [`PATCH ${H}/sites/{id}`]: "edit",
  [`DELETE ${H}/sites/{id}`]: "edit",

  [`GET ${H}/departments`]: "read",
  [`POST ${H}/departments`]: "edit",
  [`PATCH ${H}/departments/{id}`]: "edit",
  [`DELETE ${H}/departments/{id}`]: "edit",
  [`POST ${H}/departments/reorder`]: "edit",

  [`GET ${H}/personas`]: "read",
  [`POST ${H}/personas`]: "edit",
  [`PATCH ${H}/personas/{id}`]: "edit",
  [`DELETE ${H}/personas/{id}`]: "edit",

  [`GET ${H}/journeys`]: "read",
  [`POST ${H}/journeys`]: "edit",
  [`POST ${H}/journeys/import`]: "edit",
  [`GET ${H}/journeys/{id}`]: "read",
  [`PATCH ${H}/journeys/{id}`]: "edit",
  [`DELETE ${H}/journeys/{id}`]: "edit",
  [`POST ${H}/journeys/{id}/duplicate`]: "edit",
  [`GET ${H}/journeys/{id}/export`]: "read",
  [`POST ${H}/journeys/{id}/to-be`]: "edit",
  [`GET ${H}/journeys/{id}/export/map.svg`]: "read",
  [`GET ${H}/journeys/{id}/export/map.png`]: "read",
  [`GET ${H}/journeys/{id}/export/map.pdf`]: "read",
  [`GET ${H}/journeys/{id}/export/cycle.svg`]: "read",
  [`GET ${H}/journeys/{id}/export/cycle.png`]: "read",
  [`GET ${H}/journeys/{id}/export/cycle.pdf`]: "read",

  [`POST ${H}/journeys/{journeyId}/stages`]: "edit",
  [`POST ${H}/journeys/{journeyId}/stages/reorder`]: "edit",
  [`PATCH ${H}/stages/{id}`]: "edit",
  [`DELETE ${H}/stages/{id}`]: "edit",

  [`POST ${H}/stages/{stageId}/touchpoints`]: "edit",
  [`POST ${H}/stages/{stageId}/touchpoints/reorder`]: "edit",
  [`GET ${H}/touchpoints/{id}`]: "read",
  [`PATCH ${H}/touchpoints/{id}`]: "edit",
  [`DELETE ${H}/touchpoints/{id}`]: "edit",

  [`POST ${H}/journeys/{journeyId}/pain-points`]: "edit",
  [`PATCH ${H}/pain-points/{id}`]: "edit",
  [`DELETE ${H}/pain-points/{id}`]: "edit",

  [`GET ${H}/members`]: "manageMembers",
  [`POST ${H}/members`]: "manageMembers",
  [`PATCH ${H}/members/{userId}`]: "manageMembers",
  [`DELETE ${H}/members/{userId}`]: "manageMembers",

  [`GET ${H}/audit-log`]: "readAudit",

  [`POST ${H}/journeys/{journeyId}/lanes`]: "edit",
  [`PATCH ${H}/lanes/{id}`]: "edit",
  [`DELETE ${H}/lanes/{id}`]: "edit",
  [`PUT ${H}/lanes/{laneId}/cells/{stageId}`]: "edit",

  [`GET ${H}/journeys/{journeyId}/comments`]: "read",
  [`POST ${H}/journeys/{journeyId}/comments`]: "comment",
  [`DELETE ${H}/comments/{id}`]: "comment",

  [`GET ${H}/journeys/{journeyId}/shares`]: "read",
  [`POST ${H}/journeys/{journeyId}/shares`]: "edit",
  [`DELETE ${H}/shares/{id}`]: "edit",

  [`GET ${H}/surveys`]: "read",
  [`POST ${H}/surveys`]: "edit",
  [`POST ${H}/surveys/from-journey`]: "edit",
  [`POST ${H}/surveys/from-template`]: "edit",
  [`GET ${H}/surveys/{id}`]: "read",
  [`PATCH ${H}/surveys/{id}`]: "edit",
  [`DELETE ${H}/surveys/{id}`]: "edit",
  [`POST ${H}/surveys/{id}/publish`]: "edit",
  [`POST ${H}/surveys/{id}/close`]: "edit",
  [`GET ${H}/surveys/{id}/responses`]: "read",
  // Free text is masked before it is stored, so a viewer may download what they can already browse (audited).
  [`GET ${H}/surveys/{id}/responses/export`]: "read",
  [`GET ${H}/surveys/{surveyId}/fhir/questionnaire`]: "read",
  [`GET ${H}/surveys/{surveyId}/fhir/responses`]: "read",
  [`POST ${H}/surveys/fhir/questionnaire`]: "edit",
  [`POST ${H}/surveys/{surveyId}/fhir/responses`]: "edit",
  [`POST ${H}/surveys/{surveyId}/imports/uploads`]: "edit",
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/preview`]: "edit",
  [`POST ${H}/surveys/{surveyId}/imports/uploads/{uploadId}/commit`]: "edit",
  [`GET ${H}/surveys/{surveyId}/imports/jobs/{jobId}`]: "read",
  [`GET ${H}/surveys/{surveyId}/imports`]: "read",
  [`POST ${H}/voc-imports/uploads`]: "edit",
  [`POST ${H}/voc-imports/uploads/{uploadId}/preview`]: "edit",
  [`POST ${H}/voc-imports/uploads/{uploadId}/commit`]: "edit",
  [`GET ${H}/voc-imports/jobs/{jobId}`]: "read",
  [`GET ${H}/voc-imports`]: "read",
  [`GET ${H}/insight/journeys/{id}/touchpoint-scores`]: "read",
  [`GET ${H}/insight/journeys/{id}/experience`]: "read",
  [`GET ${H}/insight/journeys/{id}/ipa`]: "read",
  [`GET ${H}/insight/journeys/{id}/priorities`]: "read",
  [`GET ${H}/insight/journeys/{id}/nps`]: "read",
  [`GET ${H}/insight/journeys/{id}/touchpoints/{touchpointId}`]: "read",
  [`GET ${H}/insight/journeys/{id}/sites`]: "read",
  [`GET ${H}/insight/departments/{id}`]: "read",
  [`GET ${H}/insight/priority-weights`]: "read",
  [`PUT ${H}/insight/priority-weights`]: "edit",
  [`GET ${H}/voc`]: "read",
  [`POST ${H}/voc`]: "edit",
  [`POST ${H}/voc/suggest`]: "read",
  [`POST ${H}/voc/model/retrain`]: "edit",
  // Saved views are personal filters: every member keeps their own.
  [`GET ${H}/voc/views`]: "read",
  [`POST ${H}/voc/views`]: "read",
  [`DELETE ${H}/voc/views/{id}`]: "read",
  [`GET ${H}/voc/{id}`]: "read",
  [`PATCH ${H}/voc/{id}`]: "edit",
  [`POST ${H}/voc/{id}/transition`]: "edit",
  // Decrypts personal data: logged in the personal-data access log.
  [`POST ${H}/voc/{id}/contact/reveal`]: "edit",
  [`GET ${H}/personal-data-access-log`]: "readAudit",
  // The inbox is every member's; rules, SMTP and recipients are the hospital's settings.
  [`GET ${H}/alerts`]: "read",
  [`GET ${H}/alerts/unread-count`]: "read",
  [`POST ${H}/alerts/read-all`]: "read",
  [`POST ${H}/alerts/{id}/read`]: "read",
  [`GET ${H}/alerts/rules`]: "read",
  [`POST ${H}/alerts/rules`]: "manageHospital",
  [`PATCH ${H}/alerts/rules/{id}`]: "manageHospital",
  [`DELETE ${H}/alerts/rules/{id}`]: "manageHospital",
  [`GET ${H}/alerts/smtp`]: "manageHospital",
  [`PUT ${H}/alerts/smtp`]: "manageHospital",
  [`POST ${H}/alerts/smtp/test`]: "manageHospital",
  [`GET ${H}/alerts/recipients`]: "manageHospital",
  [`PUT ${H}/alerts/recipients/{departmentId}`]: "manageHospital",
  [`GET ${H}/journeys/{id}/voc-counts`]: "read",
  [`GET ${H}/follow-up/settings`]: "read",
  [`PUT ${H}/follow-up/settings`]: "manageHospital",
  [`PUT ${H}/follow-up/scripts/{journeyId}`]: "edit",
  [`GET ${H}/follow-up/lists`]: "read",
  [`POST ${H}/follow-up/imports/preview`]: "edit",
  [`POST ${H}/follow-up/imports/commit`]: "edit",
  [`GET ${H}/follow-up/entries`]: "edit",
  [`POST ${H}/follow-up/entries/assign`]: "edit",
  [`GET ${H}/follow-up/callers`]: "edit",
  [`GET ${H}/follow-up/entries/{id}`]: "edit",
  [`POST ${H}/follow-up/entries/{id}/attempts`]: "edit",
  [`POST ${H}/follow-up/entries/{id}/phone/reveal`]: "edit",
  [`POST ${H}/follow-up/issues/{id}/voc`]: "edit",
  [`GET ${H}/follow-up/stats`]: "read",
  "GET /api/public/surveys/{publicId}": "public",
  "POST /api/public/surveys/{publicId}/responses": "public",
};

/**
 * The weakest role holding each permission: read → viewer+, edit → editor+, the rest → admin+;
 * every member may comment.
 */
const MIN_ROLE: Record<Permission, Role> = {
  read: "viewer",
  comment: "viewer",
  edit: "editor",
  manageMembers: "admin",
  manageHospital: "admin",
  readAudit: "admin",
};
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

type Actor = Role | "logged-out" | "non-member";
const ACTORS: Actor[] = [...ROLES, "logged-out", "non-member"];

/** "2xx", or the exact denial status. */
function expected(access: Access, actor: Actor): "2xx" | 401 | 403 | 404 {
  if (access === "public") return "2xx";
  if (actor === "logged-out") return 401;
  if (access === "session") return "2xx";
  if (actor === "non-member") return 404;
  return RANK[actor] >= RANK[MIN_ROLE[access]] ? "2xx" : 403;
}

const operations = operationsOf(await loadDocument());
const LOGIN_PASSWORD = "correct-horse-battery";

describe.each(engines())("role matrix on %s", (engine) => {
  let t: TestApp;
  let A: Tenant;
  let users: Record<Role | "non-member", QuickUser>;
  let loginEmail: string;

  beforeAll(async () => {
    t = await testApp(engine);
    A = await seedTenant(t, "matrix");
    const other = await seedTenant(t, "other");
    users = {
      owner: A.owner,
      admin: await freshMember(A, "admin"),
      editor: await freshMember(A, "editor"),
      viewer: await freshMember(A, "viewer"),
      // A member of another hospital: logged in, but a stranger to A.
      "non-member": other.owner,
    };
    // The one account with a real (argon2) password, for the login operation.
    loginEmail = `login-${engine}@matrix.kr`;
    const created = await createUser(t.database.db, { email: loginEmail, name: "로그인", password: LOGIN_PASSWORD });
    if (!created.ok) throw new Error(created.error.message);
  });
  afterAll(() => t?.dispose());

  it("the spec table names exactly the operations of the document", () => {
    const documented = operations.map((o) => o.key).sort();
    expect(Object.keys(SPEC).sort()).toEqual(documented);
  });

  it("the document states the permission of the spec table for every hospital operation", () => {
    const mismatches = operations
      .filter((o) => o.documentedPermission !== (o.underHospital ? SPEC[o.key] : null))
      .map((o) => `${o.key}: documented ${o.documentedPermission}, spec ${SPEC[o.key]}`);
    expect(mismatches).toEqual([]);
  });

  it("the core's permission table gives each permission to the roles the spec expects", () => {
    expect(PERMISSIONS).toEqual(MIN_ROLE);
  });

  /** A request valid for hospital A; auth operations get their own. */
  async function sampleFor(op: Operation, actor: Actor): Promise<{ sample: Sample; cookie: string | undefined }> {
    const userId = actor === "logged-out" ? null : users[actor].userId;
    const cookie = actor === "logged-out" ? undefined : users[actor].cookie;
    switch (op.key) {
      case "POST /api/auth/login":
        return { sample: { params: {}, body: { email: loginEmail, password: LOGIN_PASSWORD } }, cookie };
      case "POST /api/auth/logout":
        // Its own session, so logging out does not end the actor's session used by the other cases.
        return { sample: { params: {} }, cookie: userId ? await t.sessionCookie(userId) : undefined };
      case "GET /api/auth/me":
        return { sample: { params: {} }, cookie };
      case "GET /api/templates":
        return { sample: { params: {}, query: { locale: "en" } }, cookie };
      case "PATCH /api/auth/me":
        return { sample: { params: {}, body: { locale: "ko" } }, cookie };
      default:
        return { sample: await buildSample(op.key, A, userId ? { userId } : undefined), cookie };
    }
  }

  for (const op of operations) {
    describe(op.key, () => {
      const access = SPEC[op.key];
      // A denied call changes nothing, so denied actors share one sample; each allowed call gets a fresh one.
      let shared: Sample | undefined;

      it.each(ACTORS)(`%s`, async (actor) => {
        if (!access) throw new Error(`${op.key} is not in the spec table`);
        const outcome = expected(access, actor);
        let { sample, cookie } = await sampleFor(op, actor);
        if (outcome !== "2xx" && op.underHospital) {
          shared ??= sample;
          sample = shared;
        }
        const res = await sendSample(t, op, A.hospitalId, sample, cookie);
        const detail = `${actor} ${op.key} (${access}) → ${res.status} ${res.text.slice(0, 300)}`;
        if (outcome === "2xx") {
          expect(res.status, detail).toBeGreaterThanOrEqual(200);
          expect(res.status, detail).toBeLessThan(300);
        } else {
          expect(res.status, detail).toBe(outcome);
          expect(res.json?.error?.code, detail).toBe(
            { 401: "unauthenticated", 403: "forbidden", 404: "not_found" }[outcome],
          );
        }
      });
    });
  }

  describe("owner-only rules", () => {
    let h: Tenant;
    let admin: QuickUser;
    const base = () => `/api/hospitals/${h.hospitalId}`;
    const roleOf = async (userId: string) => {
      const res = await t.send("GET", `${base()}/members`, { cookie: h.owner.cookie });
      return (res.json.items as { userId: string; role: Role }[]).find((m) => m.userId === userId)?.role ?? null;
    };

    beforeAll(async () => {
      h = await seedTenant(t, "rules");
      admin = await freshMember(h, "admin");
    });

    it("an admin cannot add a member as owner", async () => {
      const newcomer = await t.quickUser("새 회원");
      const res = await t.send("POST", `${base()}/members`, {
        cookie: admin.cookie,
        body: { email: newcomer.email, name: "새 회원", role: "owner" },
      });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
      expect(await roleOf(newcomer.userId)).toBeNull();
    });

    it("an admin cannot grant the owner role to a member", async () => {
      const viewer = await freshMember(h, "viewer");
      const res = await t.send("PATCH", `${base()}/members/${viewer.userId}`, {
        cookie: admin.cookie,
        body: { role: "owner" },
      });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("forbidden");
      expect(await roleOf(viewer.userId)).toBe("viewer");
      // Any other role is the admin's to give.
      const ok = await t.send("PATCH", `${base()}/members/${viewer.userId}`, {
        cookie: admin.cookie,
        body: { role: "admin" },
      });
      expect(ok.status).toBe(200);
      expect(await roleOf(viewer.userId)).toBe("admin");
    });

    it("an admin cannot change or remove an owner", async () => {
      const demote = await t.send("PATCH", `${base()}/members/${h.owner.userId}`, {
        cookie: admin.cookie,
        body: { role: "viewer" },
      });
      expect(demote.status).toBe(403);
      expect(demote.json.error.code).toBe("forbidden");
      const remove = await t.send("DELETE", `${base()}/members/${h.owner.userId}`, { cookie: admin.cookie });
      expect(remove.status).toBe(403);
      expect(remove.json.error.code).toBe("forbidden");
      expect(await roleOf(h.owner.userId)).toBe("owner");
    });

    it("the last owner can be neither demoted nor removed, even by themselves", async () => {
      const demote = await t.send("PATCH", `${base()}/members/${h.owner.userId}`, {
        cookie: h.owner.cookie,
        body: { role: "admin" },
      });
      expect(demote.status).toBe(403);
      expect(demote.json.error.code).toBe("forbidden");
      const remove = await t.send("DELETE", `${base()}/members/${h.owner.userId}`, { cookie: h.owner.cookie });
      expect(remove.status).toBe(403);
      expect(await roleOf(h.owner.userId)).toBe("owner");
    });

    it("an owner grants the owner role; with two owners one may step down, leaving the other the last", async () => {
      const second = await freshMember(h, "editor");
      const grant = await t.send("PATCH", `${base()}/members/${second.userId}`, {
        cookie: h.owner.cookie,
        body: { role: "owner" },
      });
      expect(grant.status).toBe(200);
      expect(grant.json.role).toBe("owner");

      const stepDown = await t.send("PATCH", `${base()}/members/${h.owner.userId}`, {
        cookie: h.owner.cookie,
        body: { role: "admin" },
      });
      expect(stepDown.status).toBe(200);
      expect(await roleOf(h.owner.userId)).toBe("admin");

      // The former owner, now an admin, cannot touch the remaining owner.
      const back = await t.send("PATCH", `${base()}/members/${second.userId}`, {
        cookie: h.owner.cookie,
        body: { role: "editor" },
      });
      expect(back.status).toBe(403);
      const last = await t.send("PATCH", `${base()}/members/${second.userId}`, {
        cookie: second.cookie,
        body: { role: "admin" },
      });
      expect(last.status).toBe(403);
      expect(await roleOf(second.userId)).toBe("owner");
    });
  });

  describe("comment rules", () => {
    it("a member deletes their own comment; another member's comment only an admin or owner may delete", async () => {
      const viewer = await freshMember(A, "viewer");
      const editor = await freshMember(A, "editor");
      const base = `/api/hospitals/${A.hospitalId}`;
      const post = async (cookie: string, body: string) => {
        const res = await t.send("POST", `${base}/journeys/${A.journey.id}/comments`, {
          cookie,
          body: { stageId: A.stages[0].id, body },
        });
        expect(res.status, res.text).toBe(201);
        return res.json as { id: string; authorId: string; authorName: string };
      };
      const mine = await post(viewer.cookie, "제 의견입니다");
      expect(mine).toMatchObject({ authorId: viewer.userId, authorName: viewer.name });
      const theirs = await post(editor.cookie, "편집자 의견");

      const denied = await t.send("DELETE", `${base}/comments/${theirs.id}`, { cookie: viewer.cookie });
      expect(denied.status).toBe(403);
      expect(denied.json.error.code).toBe("forbidden");
      expect((await t.send("DELETE", `${base}/comments/${mine.id}`, { cookie: viewer.cookie })).status).toBe(204);
      expect((await t.send("DELETE", `${base}/comments/${theirs.id}`, { cookie: users.admin.cookie })).status).toBe(
        204,
      );
      const left = await t.send("GET", `${base}/journeys/${A.journey.id}/comments`, { cookie: viewer.cookie });
      expect(left.json.items.map((c: { id: string }) => c.id)).not.toContain(theirs.id);
    });
  });
});
