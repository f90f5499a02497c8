import type { Role } from "@motmap/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshMember, type QuickUser, seedTenant, type Tenant } from "./support/samples.ts";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

// The VOC register through HTTP: the workflow matrix (state × role), masking in every answer, the
// contact reveal and its access log.
describe.each(engines())("VOC API on %s", (engine) => {
  let t: TestApp;
  let h: Tenant;
  let users: Record<Role, QuickUser>;
  const base = () => `/api/hospitals/${h.hospitalId}`;
  const call = (who: Role, method: string, path: string, body?: unknown) =>
    t.send(method, `${base()}${path}`, { cookie: users[who].cookie, ...(body === undefined ? {} : { body }) });

  beforeAll(async () => {
    t = await testApp(engine);
    h = await seedTenant(t, "voc");
    users = {
      owner: h.owner,
      admin: await freshMember(h, "admin"),
      editor: await freshMember(h, "editor"),
      viewer: await freshMember(h, "viewer"),
    };
  });
  afterAll(() => t?.dispose());

  const register = async (extra: Record<string, unknown> = {}) => {
    const res = await call("editor", "POST", "/voc", {
      type: "complaint",
      channel: "phone",
      receivedOn: "2024-06-13",
      text: "콜센터 대기가 길었어요. 제 번호 010-1234-5678 로 연락 주세요",
      touchpointId: h.touchpoints[0].id,
      ...extra,
    });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; version: number; status: string };
  };
  const version = async (id: string) => (await call("owner", "GET", `/voc/${id}`)).json.version as number;
  const act = async (who: Role, id: string, body: Record<string, unknown>) =>
    call(who, "POST", `/voc/${id}/transition`, { ...body, version: await version(id) });
  const ACTIONS: Record<string, Record<string, unknown>> = {
    assign: { action: "assign", departmentId: "", dueOn: "2024-06-20" },
    answer: { action: "answer", reply: "확인 후 개선하겠습니다" },
    close: { action: "close" },
    reopen: { action: "reopen", note: "환자가 다시 문의" },
  };
  const actionBody = (a: string) =>
    a === "assign" ? { ...ACTIONS.assign, departmentId: h.department.id } : ACTIONS[a];

  /** An item brought to `status` by the owner. */
  const itemIn = async (status: "received" | "assigned" | "answered" | "closed") => {
    const item = await register();
    const path = ["assign", "answer", "close"].slice(0, ["received", "assigned", "answered", "closed"].indexOf(status));
    for (const a of path) expect((await act("owner", item.id, actionBody(a) ?? {})).status).toBe(200);
    return item.id;
  };

  const STATES = ["received", "assigned", "answered", "closed"] as const;
  const ALLOWED: Record<string, readonly string[]> = {
    assign: ["received", "assigned"],
    answer: ["assigned", "answered"],
    close: ["answered"],
    reopen: ["closed"],
  };

  describe("the transition matrix", () => {
    for (const action of Object.keys(ACTIONS)) {
      for (const state of STATES) {
        const allowed = ALLOWED[action]?.includes(state);
        it(`${action} from ${state} → ${allowed ? "200" : "409 conflict"}`, async () => {
          const id = await itemIn(state);
          const res = await act("owner", id, actionBody(action) ?? {});
          if (allowed) expect(res.status, res.text).toBe(200);
          else {
            expect(res.status, res.text).toBe(409);
            expect(res.json.error.code).toBe("conflict");
            expect((await call("owner", "GET", `/voc/${id}`)).json.status).toBe(state);
          }
        });
      }
    }

    it("roles: a viewer may not move items (403), an editor may not reopen (403), an admin may", async () => {
      const fresh = await itemIn("received");
      const viewer = await act("viewer", fresh, actionBody("assign") ?? {});
      expect(viewer.status).toBe(403);
      expect(viewer.json.error.code).toBe("forbidden");
      const closed = await itemIn("closed");
      const editor = await act("editor", closed, actionBody("reopen") ?? {});
      expect(editor.status).toBe(403);
      expect(editor.json.error.code).toBe("forbidden");
      expect((await act("admin", closed, actionBody("reopen") ?? {})).status).toBe(200);
      const detail = (await call("viewer", "GET", `/voc/${closed}`)).json;
      expect(detail.status).toBe("assigned");
      expect(detail.history.map((e: { action: string }) => e.action)).toEqual([
        "create",
        "assign",
        "answer",
        "close",
        "reopen",
      ]);
    });
  });

  it("masks personal data in every answer and keeps the contact only masked", async () => {
    const item = await register({ contact: "010-9999-8888" });
    for (const res of [
      await call("viewer", "GET", `/voc/${item.id}`),
      await call("viewer", "GET", "/voc?limit=200"),
      await call("admin", "GET", `/audit-log?entityId=${item.id}`),
    ]) {
      expect(res.status).toBe(200);
      for (const secret of ["1234-5678", "9999-8888", "01099998888"]) expect(res.text).not.toContain(secret);
    }
    expect((await call("viewer", "GET", `/voc/${item.id}`)).json.contactMasked).toMatch(/^010-\*+-8888$/);
  });

  it("reveals a contact to editors only, and logs every reveal with who, where and why", async () => {
    const item = await register({ contact: "reply@example.kr" });
    const denied = await call("viewer", "POST", `/voc/${item.id}/contact/reveal`, { purpose: "궁금" });
    expect(denied.status).toBe(403);
    const shown = await call("editor", "POST", `/voc/${item.id}/contact/reveal`, { purpose: "회신 메일" });
    expect(shown.status, shown.text).toBe(200);
    expect(shown.json.contact).toBe("reply@example.kr");
    await call("owner", "POST", `/voc/${item.id}/contact/reveal`, {});

    const log = await call("admin", "GET", `/personal-data-access-log?recordId=${item.id}`);
    expect(log.status).toBe(200);
    expect(log.json.items).toHaveLength(2);
    expect(log.json.items[1]).toMatchObject({
      actorId: users.editor.userId,
      recordType: "voc_contact",
      recordId: item.id,
      action: "decrypt",
      purpose: "회신 메일",
    });
    expect(typeof log.json.items[1].address).toBe("string");
    expect((await call("editor", "GET", "/personal-data-access-log")).status).toBe(403);
  });

  it("suggests a touchpoint once items are tagged, and lists with filters and a cursor", async () => {
    const s = await call("viewer", "POST", "/voc/suggest", { text: "콜센터 대기" });
    expect(s.status).toBe(200);
    expect(s.json.touchpoints[0].touchpointId).toBe(h.touchpoints[0].id);
    expect(s.json.touchpoints[0].stageName).toBe(h.stages[0].name);
    const first = await call("viewer", "GET", "/voc?limit=2&type=complaint");
    expect(first.json.items).toHaveLength(2);
    const next = await call("viewer", "GET", `/voc?limit=2&type=complaint&cursor=${first.json.nextCursor}`);
    expect(next.json.items[0].id).not.toBe(first.json.items[0].id);
    const counts = first.json.statusCounts;
    expect(counts.received + counts.assigned + counts.answered + counts.closed).toBeGreaterThan(10);
  });
});
