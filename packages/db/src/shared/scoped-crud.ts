import { type DomainError, notFound, versionConflict } from "@motmap/core";
import { type Selectable, sql, type Transaction } from "kysely";
import { type HospitalContext, newId, now, Rollback } from "../context.ts";
import type { DB, VersionedTable } from "../schema.ts";

// Shared mechanics for hospital-scoped, versioned rows. Every statement filters by hospital_id,
// so an id from another hospital behaves exactly like an id that does not exist.
// Kysely cannot type a table chosen at run time; all VersionedTable share the columns used here,
// so the builders are typed against one of them.
type Any = "sites";

export async function findScoped<T extends VersionedTable>(
  trx: Transaction<DB> | HospitalContext["db"],
  ctx: HospitalContext,
  table: T,
  id: string,
): Promise<Selectable<DB[T]> | undefined> {
  const row = await trx
    .selectFrom(table as Any)
    .selectAll()
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  return row as Selectable<DB[T]> | undefined;
}

export async function requireScoped<T extends VersionedTable>(
  trx: Transaction<DB> | HospitalContext["db"],
  ctx: HospitalContext,
  table: T,
  entity: string,
  id: string,
): Promise<Selectable<DB[T]>> {
  const row = await findScoped(trx, ctx, table, id);
  if (!row) throw new Rollback(notFound(entity, id));
  return row;
}

export function newRowBase(ctx: HospitalContext) {
  const at = now();
  return { id: newId(), hospital_id: ctx.hospitalId, version: 1, created_at: at, updated_at: at };
}

/** Compare-and-swap on version: a stale version is a 409, never a silent overwrite. */
export async function updateScoped<T extends VersionedTable>(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  table: T,
  entity: string,
  id: string,
  version: number,
  columns: Record<string, unknown>,
): Promise<Selectable<DB[T]>> {
  const result = await trx
    .updateTable(table as Any)
    .set({ ...(columns as object), version: sql<number>`version + 1`, updated_at: now() })
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await findScoped(trx, ctx, table, id);
    if (!current) throw new Rollback(notFound(entity, id));
    throw new Rollback(versionConflict(entity, id, Number((current as { version: number }).version)));
  }
  return (await findScoped(trx, ctx, table, id)) as Selectable<DB[T]>;
}

/** Bumps version and updated_at when a child changes the parent's meaning (e.g. departments). */
export async function touchScoped(trx: Transaction<DB>, ctx: HospitalContext, table: VersionedTable, id: string) {
  await trx
    .updateTable(table as Any)
    .set({ version: sql<number>`version + 1`, updated_at: now() })
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
}

export async function deleteScoped<T extends VersionedTable>(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  table: T,
  entity: string,
  id: string,
): Promise<Selectable<DB[T]>> {
  const row = await requireScoped(trx, ctx, table, entity, id);
  await trx
    .deleteFrom(table as Any)
    .where("id", "=", id)
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  return row;
}

/** Position after the last sibling matching `parent` (e.g. { journey_id }). */
export async function nextPosition(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  table: "sites" | "departments" | "stages" | "touchpoints" | "pain_points" | "journey_lanes",
  parent: Record<string, string> = {},
): Promise<number> {
  let q = trx
    .selectFrom(table as Any)
    .select((eb) => eb.fn.max<number | null>("position").as("max"))
    .where("hospital_id", "=", ctx.hospitalId);
  for (const [column, value] of Object.entries(parent)) q = q.where(column as "name", "=", value);
  const row = await q.executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** Sibling ids ordered by position. */
export async function siblingIds(
  trx: Transaction<DB> | HospitalContext["db"],
  ctx: HospitalContext,
  table: "sites" | "departments" | "stages" | "touchpoints" | "pain_points",
  parent: Record<string, string> = {},
): Promise<string[]> {
  let q = trx
    .selectFrom(table as Any)
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId);
  for (const [column, value] of Object.entries(parent)) q = q.where(column as "name", "=", value);
  const rows = await q.orderBy("position").orderBy("created_at").execute();
  return rows.map((r) => r.id);
}

/** Writes positions 0..n-1 in the given order; bumps each row's version. */
export async function writePositions(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  table: "sites" | "departments" | "stages" | "touchpoints" | "pain_points",
  ids: readonly string[],
) {
  const at = now();
  for (const [position, id] of ids.entries()) {
    await trx
      .updateTable(table as Any)
      .set({ position, version: sql<number>`version + 1`, updated_at: at })
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .execute();
  }
}

/** Makes room at `position` by shifting later siblings by one. */
export async function shiftPositions(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  table: "stages" | "touchpoints",
  parent: Record<string, string>,
  fromPosition: number,
) {
  let q = trx
    .updateTable(table as "stages")
    .set({ position: sql<number>`position + 1` })
    .where("hospital_id", "=", ctx.hospitalId)
    .where("position", ">=", fromPosition);
  for (const [column, value] of Object.entries(parent)) q = q.where(column as "name", "=", value);
  await q.execute();
}

export const referenceError = (path: string, message: string): DomainError => ({
  code: "validation_failed",
  message: `${path}: ${message}`,
  issues: [{ path, message }],
});
