import { createHospital, createUser, type HospitalContext } from "@motmap/db";
import { createApp } from "../../src/app.ts";
import { freshDatabase, type EngineName, type TestDatabase } from "../../../../packages/db/test/support/engines.ts";

export { engines } from "../../../../packages/db/test/support/engines.ts";

/** The real app on a real, fresh database; requests go through app.request (no socket). */
export async function testApp(engine: EngineName) {
  const database: TestDatabase = await freshDatabase(engine);
  const app = createApp({ database, loginAttempts: 1000 });

  /** A client that keeps its own session cookie, like a browser tab. */
  const client = (cookie = "") => {
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, {
        method,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(cookie ? { cookie } : {}) },
        ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
      });
      const setCookie = res.headers.get("set-cookie");
      if (setCookie?.startsWith("motmap_session=")) cookie = setCookie.split(";")[0] ?? "";
      const text = await res.text();
      // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
      const json: any = text ? JSON.parse(text) : null;
      return { status: res.status, json, headers: res.headers };
    };
    return {
      get: (p: string) => call("GET", p),
      post: (p: string, b?: unknown) => call("POST", p, b ?? {}),
      patch: (p: string, b: unknown) => call("PATCH", p, b),
      delete: (p: string) => call("DELETE", p),
      raw: call,
      get cookie() {
        return cookie;
      },
    };
  };

  /** Creates a user and logs them in; returns a logged-in client. */
  const userClient = async (email: string, password = "correct-horse-battery") => {
    const u = await createUser(database.db, { email, name: email.split("@")[0], password });
    if (!u.ok) throw new Error(u.error.message);
    const c = client();
    const login = await c.post("/api/auth/login", { email, password });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.json)}`);
    return { client: c, userId: u.value.id };
  };

  const hospital = async (name: string, ownerId: string | null): Promise<HospitalContext> => {
    const h = await createHospital(database.db, { name }, ownerId);
    return { db: database.db, hospitalId: h.id, actorId: ownerId };
  };

  return { app, database, client, userClient, hospital, dispose: () => database.dispose() };
}
