import { CreateUserInput, type Result, type User, validate } from "@motmap/core";
import type { Kysely, Transaction } from "kysely";
import { newId, now } from "../context.ts";
import type { DB } from "../schema.ts";
import { hashPassword } from "./passwords.ts";

export async function createUser(db: Kysely<DB> | Transaction<DB>, input: unknown): Promise<Result<User>> {
  const parsed = validate(CreateUserInput, input);
  if (!parsed.ok) return parsed;
  const u = parsed.value;
  const taken = await db.selectFrom("users").select("id").where("email", "=", u.email).executeTakeFirst();
  if (taken) {
    return {
      ok: false,
      error: {
        code: "conflict",
        message: `${u.email} already has an account`,
        issues: [{ path: "email", message: "already registered" }],
      },
    };
  }
  const row = {
    id: newId(),
    email: u.email,
    name: u.name,
    password_hash: await hashPassword(u.password),
    locale: u.locale,
    created_at: now(),
  };
  await db.insertInto("users").values(row).execute();
  return {
    ok: true,
    value: { id: row.id, email: row.email, name: row.name, locale: u.locale, createdAt: row.created_at },
  };
}
