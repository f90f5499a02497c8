import { type Journey, JourneyDocument, type Result, validate } from "@motmap/core";
import type { Transaction } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { insertPersona } from "../personas/create-persona.ts";
import { stageContentColumns, toJourney, touchpointContentColumns } from "../rows.ts";
import type { DB } from "../schema.ts";
import { newRowBase, nextPosition } from "../shared/scoped-crud.ts";

export interface ImportOptions {
  /** Overrides the document's title (duplicate uses "… (사본)"). */
  title?: string;
  status?: "draft" | "published";
  auditAction?: "import" | "duplicate";
  /** A to-be copy records the as-is journey it came from. */
  toBeOf?: string;
}

/**
 * Creates a journey from a document in one transaction. The persona and departments are matched
 * by name and created when missing, so a document moves between hospitals.
 */
export async function importJourney(
  ctx: HospitalContext,
  input: unknown,
  opts: ImportOptions = {},
): Promise<Result<Journey>> {
  const parsed = validate(JourneyDocument, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, (trx) => insertJourneyDocument(trx, ctx, parsed.value, opts));
}

export async function insertJourneyDocument(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  doc: JourneyDocument,
  opts: ImportOptions = {},
): Promise<Journey> {
  let personaId: string | null = null;
  if (doc.persona) {
    const existing = await trx
      .selectFrom("personas")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("name", "=", doc.persona.name)
      .executeTakeFirst();
    personaId = existing?.id ?? (await insertPersona(trx, ctx, doc.persona)).id;
  }

  const departmentIds = await departmentIdsByName(trx, ctx, doc);

  const journeyRow = {
    ...newRowBase(ctx),
    title: opts.title ?? doc.title,
    persona_id: personaId,
    description: doc.description,
    status: opts.status ?? doc.status,
    variant: opts.toBeOf ? "to_be" : "as_is",
    based_on_id: opts.toBeOf ?? null,
    lane_layout: null as string | null,
  };
  await trx.insertInto("journeys").values(journeyRow).execute();
  const stageIds: string[] = [];

  let painPosition = 0;
  for (const [stagePosition, s] of doc.stages.entries()) {
    const stageRow = {
      ...newRowBase(ctx),
      journey_id: journeyRow.id,
      position: stagePosition,
      ...stageContentColumns(s),
    };
    await trx.insertInto("stages").values(stageRow).execute();
    stageIds.push(stageRow.id);

    const touchpointIdByName = new Map<string, string>();
    const touchpointIds: string[] = [];
    for (const [position, t] of s.touchpoints.entries()) {
      const row = {
        ...newRowBase(ctx),
        journey_id: journeyRow.id,
        stage_id: stageRow.id,
        position,
        ...touchpointContentColumns(t),
      };
      await trx.insertInto("touchpoints").values(row).execute();
      if (!touchpointIdByName.has(t.name)) touchpointIdByName.set(t.name, row.id);
      touchpointIds.push(row.id);
      const links = [...new Set(t.departments)].map((name, position) => ({
        touchpoint_id: row.id,
        department_id: departmentIds.get(name) as string,
        hospital_id: ctx.hospitalId,
        position,
      }));
      if (links.length > 0) await trx.insertInto("touchpoint_departments").values(links).execute();
    }

    for (const p of s.painPoints) {
      await trx
        .insertInto("pain_points")
        .values({
          ...newRowBase(ctx),
          journey_id: journeyRow.id,
          stage_id: stageRow.id,
          touchpoint_id:
            p.touchpoint === null
              ? null
              : ((typeof p.touchpoint === "number"
                  ? touchpointIds[p.touchpoint]
                  : touchpointIdByName.get(p.touchpoint)) ?? null),
          position: painPosition++,
          description: p.description,
          severity: p.severity,
          frequency: p.frequency,
          evidence: p.evidence,
        })
        .execute();
    }
  }

  const laneIds: string[] = [];
  for (const [position, lane] of doc.lanes.entries()) {
    const laneRow = { ...newRowBase(ctx), journey_id: journeyRow.id, kind: lane.kind, name: lane.name, position };
    await trx.insertInto("journey_lanes").values(laneRow).execute();
    laneIds.push(laneRow.id);
    for (const cell of lane.cells) {
      await trx
        .insertInto("lane_cells")
        .values({
          ...newRowBase(ctx),
          lane_id: laneRow.id,
          stage_id: stageIds[cell.stage] as string,
          text: cell.text,
          score: cell.score,
        })
        .execute();
    }
  }
  if (doc.laneLayout) {
    const layout = doc.laneLayout.map((e) => ({
      ...e,
      key: e.key.startsWith("custom:") ? `lane:${laneIds[Number(e.key.slice(7))]}` : e.key,
    }));
    journeyRow.lane_layout = JSON.stringify(layout);
    await trx
      .updateTable("journeys")
      .set({ lane_layout: journeyRow.lane_layout })
      .where("id", "=", journeyRow.id)
      .execute();
  }

  const journey = toJourney(journeyRow);
  await recordAudit(trx, ctx, opts.auditAction ?? "import", "journey", journey.id, null, {
    ...journey,
    stages: doc.stages.length,
    touchpoints: doc.stages.reduce((n, s) => n + s.touchpoints.length, 0),
  });
  return journey;
}

async function departmentIdsByName(trx: Transaction<DB>, ctx: HospitalContext, doc: JourneyDocument) {
  const wanted = new Set(doc.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.departments)));
  const ids = new Map<string, string>();
  if (wanted.size === 0) return ids;
  const existing = await trx
    .selectFrom("departments")
    .select(["id", "name"])
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .execute();
  for (const d of existing) if (!ids.has(d.name)) ids.set(d.name, d.id);
  let position = await nextPosition(trx, ctx, "departments");
  for (const name of wanted) {
    if (ids.has(name)) continue;
    const row = {
      ...newRowBase(ctx),
      name,
      name_en: "",
      code: "",
      site_id: null,
      description: "",
      position: position++,
    };
    await trx.insertInto("departments").values(row).execute();
    await recordAudit(trx, ctx, "create", "department", row.id, null, { name });
    ids.set(name, row.id);
  }
  return ids;
}
