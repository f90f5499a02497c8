import { randomBytes } from "node:crypto";
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETENTION_DAYS,
  type FollowUpEntry,
  type FollowUpScript,
  type FollowUpSettings,
  type FollowUpStatus,
} from "@motmap/core";
import type { Selectable } from "kysely";
import type { Executor, HospitalContext } from "../context.ts";
import type { FollowUpEntriesTable } from "../schema.ts";

export interface SettingsRow {
  retentionDays: number;
  maxAttempts: number;
  scripts: Record<string, string>;
  salt: string | null;
  version: number;
  updatedAt: string | null;
}

/** The hospital's settings, or the defaults while it has none stored. */
export async function loadSettings(db: Executor, hospitalId: string): Promise<SettingsRow> {
  const row = await db
    .selectFrom("follow_up_settings")
    .selectAll()
    .where("hospital_id", "=", hospitalId)
    .executeTakeFirst();
  if (!row) {
    return {
      retentionDays: DEFAULT_RETENTION_DAYS,
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      scripts: {},
      salt: null,
      version: 1,
      updatedAt: null,
    };
  }
  return {
    retentionDays: Number(row.retention_days),
    maxAttempts: Number(row.max_attempts),
    scripts: JSON.parse(row.scripts) as Record<string, string>,
    salt: row.salt,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

/** Stores the default row when there is none (first import, first script), and returns the row. */
export async function ensureSettings(db: Executor, hospitalId: string, at: string): Promise<SettingsRow> {
  await db
    .insertInto("follow_up_settings")
    .values({
      hospital_id: hospitalId,
      retention_days: DEFAULT_RETENTION_DAYS,
      max_attempts: DEFAULT_MAX_ATTEMPTS,
      scripts: "{}",
      salt: randomBytes(16).toString("base64"),
      version: 1,
      updated_at: at,
    })
    .onConflict((oc) => oc.column("hospital_id").doNothing())
    .execute();
  return loadSettings(db, hospitalId);
}

export function toSettings(hospitalId: string, s: SettingsRow): FollowUpSettings {
  return {
    hospitalId,
    retentionDays: s.retentionDays,
    maxAttempts: s.maxAttempts,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

type EntryRow = Selectable<FollowUpEntriesTable> & {
  department_name: string | null;
  journey_title: string | null;
  assignee_name: string | null;
};

/** Columns a FollowUpEntry is built from: never the encrypted ones. */
export function selectEntries(db: Executor, ctx: HospitalContext) {
  return db
    .selectFrom("follow_up_entries as e")
    .leftJoin("departments as d", "d.id", "e.department_id")
    .leftJoin("journeys as j", "j.id", "e.journey_id")
    .leftJoin("users as u", "u.id", "e.assignee_user_id")
    .select([
      "e.id",
      "e.hospital_id",
      "e.list_id",
      "e.dedupe_key",
      "e.name_masked",
      "e.phone_masked",
      "e.visit_date",
      "e.department_id",
      "e.journey_id",
      "e.assignee_user_id",
      "e.status",
      "e.attempts",
      "e.last_attempt_at",
      "e.purged_at",
      "e.version",
      "e.created_at",
      "e.updated_at",
      "d.name as department_name",
      "j.title as journey_title",
      "u.name as assignee_name",
    ])
    .where("e.hospital_id", "=", ctx.hospitalId);
}

export function toEntry(r: Omit<EntryRow, "name_encrypted" | "phone_encrypted">): FollowUpEntry {
  return {
    id: r.id,
    listId: r.list_id,
    nameMasked: r.name_masked,
    phoneMasked: r.phone_masked,
    visitDate: r.visit_date,
    departmentId: r.department_id,
    departmentName: r.department_name,
    journeyId: r.journey_id,
    journeyTitle: r.journey_title,
    assigneeUserId: r.assignee_user_id,
    assigneeName: r.assignee_name,
    status: r.status as FollowUpStatus,
    attempts: Number(r.attempts),
    lastAttemptAt: r.last_attempt_at,
    purgedAt: r.purged_at,
    version: Number(r.version),
    createdAt: r.created_at,
  };
}

/** A journey's touchpoints in journey order (stage position, then touchpoint position) with its script. */
export async function loadScript(
  db: Executor,
  ctx: HospitalContext,
  journeyId: string,
  scripts: Record<string, string>,
): Promise<FollowUpScript | null> {
  const journey = await db
    .selectFrom("journeys")
    .select(["id", "title"])
    .where("id", "=", journeyId)
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!journey) return null;
  const touchpoints = await db
    .selectFrom("touchpoints as t")
    .innerJoin("stages as s", "s.id", "t.stage_id")
    .select(["t.id", "t.name", "s.name as stage_name"])
    .where("s.journey_id", "=", journeyId)
    .where("t.hospital_id", "=", ctx.hospitalId)
    .orderBy("s.position")
    .orderBy("t.position")
    .execute();
  return {
    journeyId: journey.id,
    journeyTitle: journey.title,
    text: scripts[journey.id] ?? defaultScript(journey.title),
    touchpoints: touchpoints.map((t) => ({ id: t.id, name: t.name, stageName: t.stage_name })),
  };
}

export function defaultScript(journeyTitle: string): string {
  return `안녕하세요, 저희 병원 고객지원팀입니다. 최근 '${journeyTitle}' 이용과 관련해 잠시 여쭤봐도 될까요? 각 단계에서 느끼신 만족도를 1점(매우 불만)부터 5점(매우 만족)까지 말씀해 주세요. 불편하셨던 점이나 바라시는 점도 편하게 말씀해 주세요. 소중한 의견 감사합니다.`;
}
