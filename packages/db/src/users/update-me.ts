import { type Result, UpdateMeInput, type User, validate } from "@motmap/core";
import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";

export async function updateMe(db: Kysely<DB>, userId: string, input: unknown): Promise<Result<User>> {
  const parsed = validate(UpdateMeInput, input);
  if (!parsed.ok) return parsed;
  const { locale, name } = parsed.value;
  if (locale !== undefined || name !== undefined) {
    await db
      .updateTable("users")
      .set({ ...(locale ? { locale } : {}), ...(name ? { name } : {}) })
      .where("id", "=", userId)
      .execute();
  }
  const row = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow();
  return {
    ok: true,
    value: {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale as User["locale"],
      createdAt: row.created_at,
    },
  };
}
