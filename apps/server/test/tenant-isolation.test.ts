import { ROLES, type Role } from "@motmap/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNKNOWN_PARENT_ANSWERS_EMPTY_LIST } from "./support/known-bugs.ts";
import { loadDocument, type Operation, operationsOf } from "./support/openapi.ts";
import {
  buildSample,
  freshMember,
  type QuickUser,
  SAMPLES,
  type Sample,
  seedTenant,
  sendSample,
  storedIds,
  storedRows,
  type Tenant,
  urlOf,
} from "./support/samples.ts";
import { type ApiResponse, engines, type TestApp, testApp } from "./support/test-app.ts";

// Generated from the OpenAPI document: every operation under /api/hospitals/{hospitalId} is called
// by every role of hospital A against hospital B's data, and must neither succeed, nor change B,
// nor reveal anything of B the caller did not already send.

const operations = operationsOf(await loadDocument());
const hospitalOperations = operations.filter((o) => o.underHospital);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The uuids of a JSON value, in order of appearance. */
const uuidsOf = (value: unknown): string[] => (value === undefined ? [] : (JSON.stringify(value).match(UUID) ?? []));

/**
 * A's body (or query) with each id replaced by B's id in the same place of B's sample for the same
 * operation: a reference to B's record in an otherwise valid request of A. Null when there is no id.
 */
function crossed(a: unknown, b: unknown): unknown | null {
  const fromA = uuidsOf(a);
  const fromB = uuidsOf(b);
  if (fromA.length === 0) return null;
  // Lists may differ in length (A's departments grow with the owner's requests); the first ids are swapped.
  expect(fromB.length, "B's sample has ids where A's has").toBeGreaterThan(0);
  let json = JSON.stringify(a);
  fromA.forEach((id, i) => {
    const other = fromB[i];
    if (other) json = json.replaceAll(id, other);
  });
  return JSON.parse(json);
}

/**
 * What B's owner sees of B through the API: every list, and each journey's export (the stored rows
 * behind the details are compared exactly after each operation).
 */
async function apiView(t: TestApp, b: Tenant) {
  const base = `/api/hospitals/${b.hospitalId}`;
  const get = async (path: string) => {
    const res = await t.send("GET", `${base}${path}`, { cookie: b.owner.cookie });
    expect(res.status, `B's owner GET ${path}`).toBe(200);
    return res.json;
  };
  const view: Record<string, unknown> = {};
  for (const path of ["", "/sites", "/departments", "/personas", "/journeys", "/members", "/audit-log?limit=500"]) {
    view[path || "/"] = await get(path);
  }
  for (const j of (view["/journeys"] as { items: { id: string }[] }).items) {
    view[`/journeys/${j.id}/export`] = await get(`/journeys/${j.id}/export`);
  }
  view[`/journeys/${b.journey.id}`] = await get(`/journeys/${b.journey.id}`);
  return view;
}

/** Which path ids to swap for B's: each alone and, when there are several, all together. */
function pathVariants(op: Operation): string[][] {
  const single = op.pathIds.map((name) => [name]);
  return op.pathIds.length > 1 ? [...single, op.pathIds] : single;
}

describe.each(engines())("tenant isolation on %s", (engine) => {
  let t: TestApp;
  let A: Tenant;
  let B: Tenant;
  let members: Record<Role, QuickUser>;
  /** B's sample request per operation, built up front: from then on nothing may change B. */
  const samplesB = new Map<string, Sample>();
  let secretIds: Set<string>;
  let viewBefore: Record<string, unknown>;
  /** B's stored rows once its samples exist: from then on they must stay exactly so. */
  let rowsOfB: Record<string, unknown[]>;

  beforeAll(async () => {
    t = await testApp(engine);
    A = await seedTenant(t, "alpha");
    // B's tag is in every name of B's records: finding it in a response to A's members is a leak.
    B = await seedTenant(t, "zzsecretb");
    members = {
      owner: A.owner,
      admin: await freshMember(A, "admin"),
      editor: await freshMember(A, "editor"),
      viewer: await freshMember(A, "viewer"),
    };
    for (const op of hospitalOperations) {
      if (SAMPLES[op.key]) samplesB.set(op.key, await buildSample(op.key, B));
    }
    secretIds = await storedIds(t, B.hospitalId);
    rowsOfB = await storedRows(t, B.hospitalId);
    viewBefore = await apiView(t, B);
  });
  afterAll(() => t?.dispose());

  it("the document has hospital operations and every one has a sample request (no silent skip)", () => {
    expect(hospitalOperations.length).toBeGreaterThanOrEqual(40);
    expect(hospitalOperations.filter((o) => !SAMPLES[o.key]).map((o) => o.key)).toEqual([]);
    expect(Object.keys(SAMPLES).filter((k) => !operations.some((o) => o.key === k))).toEqual([]);
  });

  /**
   * The isolation check of one operation. `emptyListIsOk` tolerates a 200 with an empty list for B's
   * ids in A (a known bug, see support/known-bugs.ts): still no leak, still nothing of B changed.
   */
  async function checkIsolation(op: Operation, emptyListIsOk: boolean) {
    const sampleA = await buildSample(op.key, A);
    const sampleB = samplesB.get(op.key) as Sample;

    const problems: string[] = [];
    /** Checks the status and that the response reveals no id or name of B that the request did not carry. */
    const check = (label: string, request: string, res: ApiResponse, allowed: number[]) => {
      if (!allowed.includes(res.status))
        problems.push(`${label}: expected ${allowed.join("/")}, got ${res.status} ${res.text.slice(0, 200)}`);
      const leaked = [...secretIds].filter((id) => res.text.includes(id) && !request.includes(id));
      if (res.text.includes(B.tag) && !request.includes(B.tag)) leaked.push(`name tagged ${B.tag}`);
      if (leaked.length > 0) problems.push(`${label}: response reveals B's ${leaked.join(", ")}`);
      if (res.status < 300 && Array.isArray(res.json?.items) && request.includes(B.hospitalId)) {
        problems.push(`${label}: listed ${res.json.items.length} items of B`);
      }
    };
    const attempt = async (label: string, hospitalId: string, sample: Sample, cookie: string, allowed: number[]) => {
      const request = `${urlOf(op.path, hospitalId, sample)} ${JSON.stringify(sample.body ?? null)}`;
      const res = await sendSample(t, op, hospitalId, sample, cookie);
      const tolerated =
        emptyListIsOk && res.status === 200 && Array.isArray(res.json?.items) && res.json.items.length === 0;
      check(label, request, res, tolerated ? [200] : allowed);
    };

    const crossedBody = crossed(sampleA.body, sampleB.body);
    const crossedQuery = crossed(sampleA.query, sampleB.query);
    for (const role of ROLES) {
      const cookie = members[role].cookie;
      // (a) B's hospital, with B's own ids: A's members are not members of B.
      await attempt(`${role} of A on hospital B`, B.hospitalId, sampleB, cookie, [403, 404]);
      // (b) A's hospital with B's record in the path: each id alone, and all of them.
      for (const names of pathVariants(op)) {
        const params = { ...sampleA.params };
        for (const name of names) params[name] = sampleB.params[name] as string;
        const withBPath: Sample = { ...sampleA, params };
        await attempt(`${role} of A on A with B's ${names.join(" and ")}`, A.hospitalId, withBPath, cookie, [403, 404]);
      }
      // (b) A's hospital and A's path, but a reference to B's record in the body: a bad reference.
      if (crossedBody !== null) {
        const withBBody: Sample = { ...sampleA, body: crossedBody };
        await attempt(`${role} of A on A with B's ids in the body`, A.hospitalId, withBBody, cookie, [400, 403, 404]);
      }
      // A filter naming B's record finds nothing of B (the leak check sees any entry of B).
      if (crossedQuery !== null) {
        const withBQuery: Sample = { ...sampleA, query: crossedQuery as Record<string, string> };
        await attempt(`${role} of A on A with B's ids in the query`, A.hospitalId, withBQuery, cookie, [200, 403]);
      }
    }

    expect(problems).toEqual([]);
    expect(await storedRows(t, B.hospitalId), "B's stored rows changed").toEqual(rowsOfB);

    // The same request with A's own ids succeeds for A's owner: the attempts above were valid requests.
    const own = await sendSample(t, op, A.hospitalId, sampleA, A.owner.cookie);
    expect(own.status, `${op.key} with A's ids as A's owner: ${own.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
    expect(own.status).toBeLessThan(300);
    expect(own.text.includes(B.tag), "A's own answer mentions B").toBe(false);
    expect([...secretIds].filter((id) => own.text.includes(id))).toEqual([]);
  }

  for (const op of hospitalOperations) {
    const bug = UNKNOWN_PARENT_ANSWERS_EMPTY_LIST[op.key];
    if (bug) {
      it.fails(`BUG: ${op.key} (${bug})`, () => checkIsolation(op, false));
      it(`${op.key}: reveals and changes nothing of B (the known bug's empty list tolerated)`, () =>
        checkIsolation(op, true));
    } else {
      it(op.key, () => checkIsolation(op, false));
    }
  }

  // Runs after the operations above (tests of a file run in order).
  it("B's lists, journeys and exports, as B's owner sees them, are unchanged by every attempt", async () => {
    expect(await apiView(t, B)).toEqual(viewBefore);
  });
});
