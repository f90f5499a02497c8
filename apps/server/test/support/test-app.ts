import type { Role } from "@motmap/core";
import { createHospital, createSession, createUser, type HospitalContext } from "@motmap/db";
import { type EngineName, freshDatabase, type TestDatabase } from "../../../../packages/db/test/support/engines.ts";
import { createApp } from "../../src/app.ts";

export type { EngineName } from "../../../../packages/db/test/support/engines.ts";
export { engines } from "../../../../packages/db/test/support/engines.ts";

export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  json: any;
  /** The raw body, for leak checks and non-JSON answers (the docs page). */
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  cookie?: string;
  /** A string is sent as is (malformed JSON); anything else is JSON-encoded. */
  body?: unknown;
  headers?: Record<string, string>;
}

type AppLike = { request: (path: string, init: RequestInit) => Response | Promise<Response> };

/** One request through the app (no socket); keeps no state. */
export async function send(
  app: AppLike,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse> {
  const { cookie, body, headers } = options;
  const res = await app.request(path, {
    method,
    headers: {
      // What a browser sends with the app's own requests (the CSRF check wants it on writes).
      origin: "http://localhost",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  const isJson = (res.headers.get("content-type") ?? "").includes("json");
  return { status: res.status, json: isJson && text ? JSON.parse(text) : null, text, headers: res.headers };
}

/** The real app on a real, fresh database; requests go through app.request (no socket). */
export async function testApp(engine: EngineName) {
  const database: TestDatabase = await freshDatabase(engine);
  const app = createApp({ database, loginAttempts: 1000 });

  /** A client that keeps its own session cookie, like a browser tab. */
  const client = (cookie = "") => {
    const call = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      const res = await send(app, method, path, { cookie, body, ...(headers ? { headers } : {}) });
      const setCookie = res.headers.get("set-cookie");
      if (setCookie?.startsWith("motmap_session=")) cookie = setCookie.split(";")[0] ?? "";
      return res;
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

  /**
   * A user row without argon2 hashing (it cannot log in with a password) and a real session
   * for it: for the many actors of the role and isolation suites, where hashing would dominate.
   */
  const quickUser = async (name: string, email = `user-${crypto.randomUUID().replaceAll("-", "")}@test.kr`) => {
    const id = crypto.randomUUID();
    await database.db
      .insertInto("users")
      .values({ id, email, name, password_hash: "no-password", locale: "ko", created_at: new Date().toISOString() })
      .execute();
    const { token } = await createSession(database.db, id);
    return { userId: id, email, name, cookie: `motmap_session=${token}` };
  };

  /** A new session (cookie) for an existing user. */
  const sessionCookie = async (userId: string) => `motmap_session=${(await createSession(database.db, userId)).token}`;

  const addMembership = (hospitalId: string, userId: string, role: Role) =>
    database.db
      .insertInto("memberships")
      .values({ user_id: userId, hospital_id: hospitalId, role, created_at: new Date().toISOString() })
      .execute();

  return {
    app,
    database,
    client,
    send: (method: string, path: string, options?: RequestOptions) => send(app, method, path, options),
    userClient,
    quickUser,
    sessionCookie,
    addMembership,
    hospital,
    dispose: () => database.dispose(),
  };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
