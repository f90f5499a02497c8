import {
  type AlertRule,
  CreateAlertRuleInput,
  notFound,
  type Result,
  UpdateAlertRuleInput,
  validate,
} from "@motmap/core";
import type { Transaction } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newId, now, Rollback, transact } from "../context.ts";
import type { DB } from "../schema.ts";
import { deleteScoped, findScoped, referenceError, updateScoped } from "../shared/scoped-crud.ts";
import { toAlertRule } from "./alert-rows.ts";

// Rules of the service-recovery alerts (managers): one per kind and touchpoint, or hospital-wide.

export async function listAlertRules(ctx: HospitalContext): Promise<Result<AlertRule[]>> {
  const rows = await ctx.db
    .selectFrom("alert_rules")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("kind")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return { ok: true, value: rows.map(toAlertRule) };
}

async function checkDepartmentIds(trx: Transaction<DB>, ctx: HospitalContext, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await trx
    .selectFrom("departments")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("id", "in", unique)
    .execute();
  if (found.length !== unique.length) throw new Rollback(referenceError("departmentIds", "no such department"));
  return unique;
}

export async function createAlertRule(ctx: HospitalContext, input: unknown): Promise<Result<AlertRule>> {
  const parsed = validate(CreateAlertRuleInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  return transact(ctx, async (trx) => {
    const touchpointId = v.touchpointId ?? null;
    if (touchpointId && !(await findScoped(trx, ctx, "touchpoints", touchpointId))) {
      throw new Rollback(referenceError("touchpointId", "no such touchpoint"));
    }
    const clash = await trx
      .selectFrom("alert_rules")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("kind", "=", v.kind)
      .where((eb) => (touchpointId ? eb("touchpoint_id", "=", touchpointId) : eb("touchpoint_id", "is", null)))
      .executeTakeFirst();
    if (clash) {
      throw new Rollback({
        code: "conflict",
        message: "this touchpoint already has a rule of this kind: change that one",
        details: { ruleId: clash.id },
      });
    }
    const at = now();
    const row = {
      id: newId(),
      hospital_id: ctx.hospitalId,
      version: 1,
      created_at: at,
      updated_at: at,
      kind: v.kind,
      touchpoint_id: touchpointId,
      threshold: v.kind === "low_satisfaction" ? (v.threshold ?? null) : null,
      min_severity: v.kind === "voc_complaint" ? (v.minSeverity ?? "high") : null,
      enabled: v.enabled === false ? 0 : 1,
      department_ids: JSON.stringify(await checkDepartmentIds(trx, ctx, v.departmentIds ?? [])),
    };
    await trx.insertInto("alert_rules").values(row).execute();
    const rule = toAlertRule(row);
    await recordAudit(trx, ctx, "create", "alert_rule", rule.id, null, rule);
    return rule;
  });
}

export async function updateAlertRule(ctx: HospitalContext, id: string, input: unknown): Promise<Result<AlertRule>> {
  const parsed = validate(UpdateAlertRuleInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  return transact(ctx, async (trx) => {
    const beforeRow = await findScoped(trx, ctx, "alert_rules", id);
    if (!beforeRow) throw new Rollback(notFound("alert rule", id));
    const before = toAlertRule(beforeRow);
    const columns: Record<string, unknown> = {};
    if (v.threshold !== undefined && before.kind === "low_satisfaction") {
      if (v.threshold === null)
        throw new Rollback(referenceError("threshold", "a satisfaction rule needs a threshold"));
      columns.threshold = v.threshold;
    }
    if (v.minSeverity !== undefined && before.kind === "voc_complaint") columns.min_severity = v.minSeverity ?? "high";
    if (v.enabled !== undefined) columns.enabled = v.enabled ? 1 : 0;
    if (v.departmentIds !== undefined) {
      columns.department_ids = JSON.stringify(await checkDepartmentIds(trx, ctx, v.departmentIds));
    }
    const after = toAlertRule(await updateScoped(trx, ctx, "alert_rules", "alert rule", id, v.version, columns));
    await recordAudit(trx, ctx, "update", "alert_rule", id, before, after);
    return after;
  });
}

export async function deleteAlertRule(ctx: HospitalContext, id: string): Promise<Result<void>> {
  return transact(ctx, async (trx) => {
    const row = await findScoped(trx, ctx, "alert_rules", id);
    if (!row) throw new Rollback(notFound("alert rule", id));
    await deleteScoped(trx, ctx, "alert_rules", "alert rule", id);
    await recordAudit(trx, ctx, "delete", "alert_rule", id, toAlertRule(row), null);
  });
}
