import {
  type AlertRecipients,
  PutAlertRecipientsInput,
  PutSmtpSettingsInput,
  type Result,
  type SmtpSettings,
  validate,
  versionConflict,
} from "@motmap/core";
import type { Selectable } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import type { DB } from "../schema.ts";
import { findScoped } from "../shared/scoped-crud.ts";

// The hospital's SMTP server (password encrypted at rest, never returned) and who gets alert mail.

const NONE: SmtpSettings = {
  host: "",
  port: 587,
  secure: false,
  username: "",
  hasPassword: false,
  fromAddress: "",
  appUrl: "",
  enabled: false,
  version: 0,
};

const toSettings = (r: Selectable<DB["smtp_settings"]>): SmtpSettings => ({
  host: r.host,
  port: Number(r.port),
  secure: Number(r.secure) === 1,
  username: r.username,
  hasPassword: r.password_encrypted !== null,
  fromAddress: r.from_address,
  appUrl: r.app_url,
  enabled: Number(r.enabled) === 1,
  version: Number(r.version),
});

export async function getSmtpSettings(ctx: HospitalContext): Promise<Result<SmtpSettings>> {
  const row = await ctx.db
    .selectFrom("smtp_settings")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  return { ok: true, value: row ? toSettings(row) : NONE };
}

/** Creates or replaces the settings (version 0 when none are stored); an omitted password keeps the stored one. */
export async function putSmtpSettings(ctx: HospitalContext, input: unknown): Promise<Result<SmtpSettings>> {
  const parsed = validate(PutSmtpSettingsInput, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const encrypted = v.password ? secretBoxOf(ctx.db).encrypt(v.password) : null;
  return transact(ctx, async (trx) => {
    const before = await trx
      .selectFrom("smtp_settings")
      .selectAll()
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    const current = before ? Number(before.version) : 0;
    if (current !== v.version) throw new Rollback(versionConflict("smtp settings", ctx.hospitalId, current));
    const row = {
      hospital_id: ctx.hospitalId,
      host: v.host,
      port: v.port,
      secure: v.secure ? 1 : 0,
      username: v.username,
      password_encrypted: v.password === undefined ? (before?.password_encrypted ?? null) : encrypted,
      from_address: v.fromAddress,
      app_url: v.appUrl,
      enabled: v.enabled ? 1 : 0,
      version: current + 1,
      updated_at: now(),
    };
    if (before) {
      const r = await trx
        .updateTable("smtp_settings")
        .set(row)
        .where("hospital_id", "=", ctx.hospitalId)
        .where("version", "=", current)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new Rollback(versionConflict("smtp settings", ctx.hospitalId, current));
    } else {
      await trx.insertInto("smtp_settings").values(row).execute();
    }
    const after = toSettings(row);
    await recordAudit(
      trx,
      ctx,
      before ? "update" : "create",
      "smtp_settings",
      null,
      before ? toSettings(before) : null,
      after,
    );
    return after;
  });
}

/** What the sender needs to connect: the decrypted password stays in memory only. */
export interface SmtpConnection {
  host: string;
  port: number;
  secure: boolean;
  username: string;
  password: string | null;
  fromAddress: string;
  appUrl: string;
  enabled: boolean;
  hospitalName: string;
}

export async function loadSmtpConnection(ctx: HospitalContext): Promise<SmtpConnection | null> {
  const row = await ctx.db
    .selectFrom("smtp_settings")
    .innerJoin("hospitals", "hospitals.id", "smtp_settings.hospital_id")
    .selectAll("smtp_settings")
    .select("hospitals.name as hospital_name")
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    host: row.host,
    port: Number(row.port),
    secure: Number(row.secure) === 1,
    username: row.username,
    password: row.password_encrypted ? secretBoxOf(ctx.db).decrypt(row.password_encrypted) : null,
    fromAddress: row.from_address,
    appUrl: row.app_url,
    enabled: Number(row.enabled) === 1,
    hospitalName: row.hospital_name,
  };
}

/** Every department of the hospital with its alert e-mail recipients. */
export async function listAlertRecipients(ctx: HospitalContext): Promise<Result<AlertRecipients[]>> {
  const departments = await ctx.db
    .selectFrom("departments")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .execute();
  const rows = await ctx.db
    .selectFrom("alert_recipients")
    .select(["department_id", "email"])
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .execute();
  return {
    ok: true,
    value: departments.map((d) => ({
      departmentId: d.id,
      emails: rows.filter((r) => r.department_id === d.id).map((r) => r.email),
    })),
  };
}

export async function putAlertRecipients(
  ctx: HospitalContext,
  departmentId: string,
  input: unknown,
): Promise<Result<AlertRecipients>> {
  const parsed = validate(PutAlertRecipientsInput, input);
  if (!parsed.ok) return parsed;
  const emails = [...new Set(parsed.value.emails.map((e) => e.trim().toLowerCase()))];
  return transact(ctx, async (trx) => {
    if (!(await findScoped(trx, ctx, "departments", departmentId))) {
      throw new Rollback({ code: "not_found", message: `department ${departmentId} was not found` });
    }
    const before = await trx
      .selectFrom("alert_recipients")
      .select("email")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("department_id", "=", departmentId)
      .orderBy("position")
      .execute();
    await trx
      .deleteFrom("alert_recipients")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("department_id", "=", departmentId)
      .execute();
    if (emails.length > 0) {
      await trx
        .insertInto("alert_recipients")
        .values(
          emails.map((email, position) => ({
            hospital_id: ctx.hospitalId,
            department_id: departmentId,
            email,
            position,
          })),
        )
        .execute();
    }
    const after = { departmentId, emails };
    await recordAudit(
      trx,
      ctx,
      "update",
      "alert_recipients",
      departmentId,
      { departmentId, emails: before.map((b) => b.email) },
      after,
    );
    return after;
  });
}
