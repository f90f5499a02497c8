import { LoginInput, type Result, validate } from "@motmap/core";
import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";
import { timingDummyHash, verifyPassword } from "../users/passwords.ts";
import { createSession, listMemberships, type SessionUser } from "./sessions.ts";

/** One message for unknown e-mail and wrong password: do not reveal which accounts exist. */
export async function logIn(
  db: Kysely<DB>,
  input: unknown,
): Promise<Result<SessionUser & { token: string; expiresAt: string }>> {
  const parsed = validate(LoginInput, input);
  if (!parsed.ok) return parsed;
  const row = await db.selectFrom("users").selectAll().where("email", "=", parsed.value.email).executeTakeFirst();
  const valid = await verifyPassword(row?.password_hash ?? (await timingDummyHash()), parsed.value.password);
  if (!row || !valid) return { ok: false, error: { code: "unauthenticated", message: "Wrong e-mail or password" } };
  const session = await createSession(db, row.id);
  return {
    ok: true,
    value: {
      ...session,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        locale: row.locale as "ko" | "en",
        createdAt: row.created_at,
      },
      memberships: await listMemberships(db, row.id),
    },
  };
}
