import type { FollowUpList } from "@motmap/core";
import type { HospitalContext } from "../context.ts";

/** Imported call lists, newest first, with how many entries each still has. */
export async function listFollowUpLists(ctx: HospitalContext): Promise<FollowUpList[]> {
  const rows = await ctx.db
    .selectFrom("follow_up_lists as l")
    .select((eb) => [
      "l.id",
      "l.name",
      "l.file_name",
      "l.rows",
      "l.created",
      "l.duplicates",
      "l.created_by",
      "l.created_at",
      eb
        .selectFrom("follow_up_entries as e")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("e.list_id", "=", "l.id")
        .as("entries"),
    ])
    .where("l.hospital_id", "=", ctx.hospitalId)
    .orderBy("l.created_at", "desc")
    .orderBy("l.id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    fileName: r.file_name,
    rows: Number(r.rows),
    created: Number(r.created),
    duplicates: Number(r.duplicates),
    entries: Number(r.entries ?? 0),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
