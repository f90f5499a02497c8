import type { CheckedAnswer, SurveyDefinition } from "@motmap/core";
import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";
import { RollupBatch } from "./apply-response-rollups.ts";
import { dequeuePending } from "./pending-queue.ts";

// Public submissions are written with their rollups pending; the applier used to read every pending row
// back, parse its answers and fold it, about 40 % of the server's CPU under load. The submit path had the
// checked answers in hand a moment earlier, so it now folds them into memory as it commits, and the
// applier writes that memory instead. The database stays the truth: the responses are still queued as
// pending and dequeued as they are applied, so a crash loses nothing (the stored path applies them).

/** Beyond this many remembered responses nobody is applying them: forget them (they stay queued). */
export const MAX_REMEMBERED_RESPONSES = 100_000;

interface Remembered {
  hospitalId: string;
  surveyId: string;
  definitions: Map<number, SurveyDefinition>;
  batch: RollupBatch;
  ids: string[];
}

/** A committed response, with the values it was stored with. */
export interface CommittedResponse {
  hospitalId: string;
  surveyId: string;
  surveyVersion: number;
  definition: SurveyDefinition;
  id: string;
  submittedAt: string;
  visitDate: string | null;
  departmentId: string | null;
  segment: string | null;
  channel: string;
  answers: readonly CheckedAnswer[];
}

class RememberedRollups {
  private surveys = new Map<string, Remembered>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  forget(): void {
    this.surveys.clear();
    this.count = 0;
  }

  add(r: CommittedResponse): void {
    if (this.count >= MAX_REMEMBERED_RESPONSES) this.forget();
    const key = `${r.hospitalId}\u0000${r.surveyId}`;
    let entry = this.surveys.get(key);
    if (!entry) {
      const definitions = new Map<number, SurveyDefinition>();
      entry = {
        hospitalId: r.hospitalId,
        surveyId: r.surveyId,
        definitions,
        batch: new RollupBatch(r.surveyId, (version) => definitions.get(version)),
        ids: [],
      };
      this.surveys.set(key, entry);
    }
    if (!entry.definitions.has(r.surveyVersion)) entry.definitions.set(r.surveyVersion, r.definition);
    entry.batch.add({
      surveyVersion: r.surveyVersion,
      submittedAt: r.submittedAt,
      visitDate: r.visitDate,
      departmentId: r.departmentId,
      segment: r.segment,
      channel: r.channel,
      answers: r.answers,
    });
    entry.ids.push(r.id);
    this.count++;
  }

  /** Removes and returns what is remembered within `scope`. */
  take(scope: { hospitalId?: string; surveyId?: string }): Remembered[] {
    const taken: Remembered[] = [];
    for (const [key, entry] of this.surveys) {
      if (scope.hospitalId !== undefined && entry.hospitalId !== scope.hospitalId) continue;
      if (scope.surveyId !== undefined && entry.surveyId !== scope.surveyId) continue;
      taken.push(entry);
      this.surveys.delete(key);
      this.count -= entry.ids.length;
    }
    return taken;
  }
}

const memories = new WeakMap<Kysely<DB>, RememberedRollups>();

function memoryOf(db: Kysely<DB>): RememberedRollups {
  let memory = memories.get(db);
  if (!memory) {
    memory = new RememberedRollups();
    memories.set(db, memory);
  }
  return memory;
}

/** Called once a response has committed, queued as pending. Never throws: it runs after the commit. */
export function rememberCommittedResponse(db: Kysely<DB>, response: CommittedResponse): void {
  const memory = memoryOf(db);
  try {
    memory.add(response);
  } catch {
    // A response the rollups cannot fold (checked answers make this unexpected): forget everything, as
    // a half-added response would be counted wrongly; they stay queued and the stored path applies them.
    memory.forget();
  }
}

/** How many committed responses' rollups are held in memory (tests, diagnostics). */
export function rememberedResponseCount(db: Kysely<DB>): number {
  return memories.get(db)?.size ?? 0;
}

/** Thrown inside the transaction to roll it back when another applier got to some of the rows first. */
class AppliedElsewhere extends Error {}

/**
 * Writes the remembered rollups within `scope` and dequeues their responses, in one transaction. Exactly
 * once: if any of them is no longer queued (another server's applier, a dashboard's, a delete or a
 * recomputation got there first), the transaction rolls back and the memory is dropped; the responses
 * still queued are then applied from the database by the caller. Returns the responses applied.
 */
export async function applyRememberedRollups(
  db: Kysely<DB>,
  scope: { hospitalId?: string; surveyId?: string } = {},
): Promise<number> {
  const taken = memoryOf(db).take(scope);
  if (taken.length === 0) return 0;
  try {
    return await db.transaction().execute(async (trx) => {
      let applied = 0;
      for (const entry of taken) {
        const queued = await dequeuePending(trx, db, entry.hospitalId, entry.surveyId, entry.ids);
        if (queued !== entry.ids.length) throw new AppliedElsewhere();
        // The root database: RollupBatch finds SQLite's handle through it for prepared upserts.
        await entry.batch.apply(trx, { db, hospitalId: entry.hospitalId, actorId: null });
        applied += entry.ids.length;
      }
      return applied;
    });
  } catch (e) {
    if (e instanceof AppliedElsewhere) return 0;
    throw e;
  }
}
