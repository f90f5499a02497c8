import { createHash, randomBytes } from "node:crypto";
import type { Membership, Role, User } from "@motmap/core";
import type { Kysely } from "kysely";
import { now } from "../context.ts";
import type { DB } from "../schema.ts";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000; // one working day and a bit

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Returns the cookie token; only its hash is stored. */
export async function createSession(db: Kysely<DB>, userId: string): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  await db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now(), expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

export interface SessionUser {
  user: User;
  memberships: Membership[];
}

export async function findSessionUser(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.name", "users.locale", "users.created_at", "sessions.expires_at"])
    .where("sessions.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now()) return null;
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale as User["locale"],
      createdAt: row.created_at,
    },
    memberships: await listMemberships(db, row.id),
  };
}

export async function revokeSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>): Promise<number> {
  const r = await db.deleteFrom("sessions").where("expires_at", "<=", now()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function listMemberships(db: Kysely<DB>, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("hospitals", "hospitals.id", "memberships.hospital_id")
    .select(["memberships.hospital_id", "hospitals.name", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("hospitals.name")
    .execute();
  return rows.map((r) => ({ hospitalId: r.hospital_id, hospitalName: r.name, role: r.role as Role }));
}
