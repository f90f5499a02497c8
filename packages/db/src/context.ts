import type { Kysely, Transaction } from "kysely";
import type { DB } from "./schema.ts";

export type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Every use case on hospital data runs in a HospitalContext. The hospital id is fixed here,
 * at the data layer, and every query below filters by it — a route cannot forget to.
 */
export interface HospitalContext {
  db: Kysely<DB>;
  hospitalId: string;
  /** The acting user (null for system jobs such as demo seeding). */
  actorId: string | null;
}

export const now = (): string => new Date().toISOString();
export const newId = (): string => crypto.randomUUID();

/** Runs `fn` in one transaction: a failure leaves nothing half-written. */
export function inTransaction<T>(ctx: HospitalContext, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

/** Thrown inside a transaction to roll it back while carrying a domain error out. */
export class Rollback extends Error {
  constructor(readonly error: import("@motmap/core").DomainError) {
    super(error.message);
  }
}

/** Runs `fn` in a transaction; a thrown Rollback becomes an error value, anything else propagates. */
export async function transact<T>(
  ctx: HospitalContext,
  fn: (trx: Transaction<DB>) => Promise<T>,
): Promise<import("@motmap/core").Result<T>> {
  try {
    return { ok: true, value: await inTransaction(ctx, fn) };
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, error: e.error };
    throw e;
  }
}
