import type { Alert, AlertDetail, AlertRule, AlertRuleKind, AlertSourceType, VocSeverity } from "@motmap/core";
import type { Selectable } from "kysely";
import type { Executor } from "../context.ts";
import type { DB } from "../schema.ts";

// Row ↔ model mapping shared by the alert use cases.

export type AlertRuleRow = Selectable<DB["alert_rules"]>;

export function toAlertRule(r: AlertRuleRow): AlertRule {
  return {
    id: r.id,
    hospitalId: r.hospital_id,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    kind: r.kind as AlertRuleKind,
    touchpointId: r.touchpoint_id,
    threshold: r.threshold === null ? null : Number(r.threshold),
    minSeverity: r.min_severity as VocSeverity | null,
    enabled: Number(r.enabled) === 1,
    departmentIds: JSON.parse(r.department_ids) as string[],
  };
}

/** The hospital's rules of some kinds (few: one per touchpoint at most, plus the defaults). */
export async function loadAlertRules(db: Executor, hospitalId: string, kinds: AlertRuleKind[]): Promise<AlertRule[]> {
  const rows = await db
    .selectFrom("alert_rules")
    .selectAll()
    .where("hospital_id", "=", hospitalId)
    .where("kind", "in", kinds)
    .execute();
  return rows.map(toAlertRule);
}

export const departmentList = (ids: readonly string[]) => (ids.length === 0 ? "," : `,${ids.join(",")},`);
const parseDepartmentList = (list: string) => list.split(",").filter((s) => s.length > 0);

export type AlertListRow = Selectable<DB["alerts"]> & {
  touchpoint_name: string | null;
  journey_id: string | null;
  read_at: string | null;
};

export function toAlert(r: AlertListRow): Alert {
  return {
    id: r.id,
    hospitalId: r.hospital_id,
    ruleId: r.rule_id,
    kind: r.kind as AlertRuleKind,
    sourceType: r.source_type as AlertSourceType,
    sourceId: r.source_id,
    sourceParentId: r.source_parent_id,
    touchpointId: r.touchpoint_id,
    touchpointName: r.touchpoint_name,
    journeyId: r.journey_id,
    departmentId: r.department_id,
    departmentIds: parseDepartmentList(r.department_ids),
    detail: JSON.parse(r.detail) as AlertDetail,
    createdAt: r.created_at,
    read: r.read_at !== null,
  };
}
