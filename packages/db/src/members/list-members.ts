import type { Member, Role } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

export async function listMembers(ctx: HospitalContext): Promise<Member[]> {
  const rows = await ctx.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "users.email", "users.name", "memberships.role"])
    .where("memberships.hospital_id", "=", ctx.hospitalId)
    .orderBy("users.name")
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, role: r.role as Role }));
}

export async function getMemberRole(
  db: HospitalContext["db"],
  hospitalId: string,
  userId: string,
): Promise<Role | null> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("hospital_id", "=", hospitalId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return (row?.role as Role | undefined) ?? null;
}
