import { z } from "zod";
import { ImportRowError } from "../import/import-contract.ts";
import { Id, Timestamp, Version } from "../models/common.ts";

/**
 * Follow-up calls (해피콜): a call list imported from the hospital's systems, worked by callers. The
 * patient's name and phone are personal data: the db layer keeps them encrypted, the API shows them
 * masked, and a full phone number is shown only by an explicit, logged reveal.
 */

/** pending: not yet called; not_reached: called, try again; reached / refused: done; unreachable: attempts used up. */
export const FOLLOW_UP_STATUSES = ["pending", "not_reached", "reached", "refused", "unreachable"] as const;
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

export const FOLLOW_UP_OUTCOMES = ["not_reached", "reached", "refused"] as const;
export const FollowUpOutcome = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;

export const DEFAULT_RETENTION_DAYS = 90;
export const DEFAULT_MAX_ATTEMPTS = 3;
export const MAX_SCRIPT = 4000;
export const MAX_NOTE = 1000;
export const MAX_ISSUE = 2000;

const Day = z.iso.date({ message: "use a date like 2024-06-13" });

export const FollowUpSettings = z.object({
  hospitalId: Id,
  /** Days after the import when an entry's name and phone are deleted. */
  retentionDays: z.number().int(),
  maxAttempts: z.number().int(),
  version: Version,
  updatedAt: Timestamp.nullable(),
});
export type FollowUpSettings = z.infer<typeof FollowUpSettings>;

export const UpdateFollowUpSettingsInput = z.object({
  retentionDays: z.number().int().min(1, "at least 1 day").max(3650, "at most 3650 days"),
  maxAttempts: z.number().int().min(1).max(10),
  version: Version,
});
export type UpdateFollowUpSettingsInput = z.infer<typeof UpdateFollowUpSettingsInput>;

export const FollowUpScriptInput = z.object({ text: z.string().max(MAX_SCRIPT, `at most ${MAX_SCRIPT} characters`) });

/** The touchpoints of a journey to ask about, in journey order, with the call script. */
export const FollowUpScript = z.object({
  journeyId: Id,
  journeyTitle: z.string(),
  text: z.string(),
  touchpoints: z.array(z.object({ id: Id, name: z.string(), stageName: z.string() })),
});
export type FollowUpScript = z.infer<typeof FollowUpScript>;

export const FollowUpList = z.object({
  id: Id,
  name: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  duplicates: z.number().int(),
  entries: z.number().int(),
  createdBy: Id.nullable(),
  createdAt: Timestamp,
});
export type FollowUpList = z.infer<typeof FollowUpList>;

export const FollowUpEntry = z.object({
  id: Id,
  listId: Id,
  /** "홍*동"; null once the retention period deleted it. */
  nameMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  visitDate: Day,
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  journeyId: Id.nullable(),
  journeyTitle: z.string().nullable(),
  assigneeUserId: Id.nullable(),
  assigneeName: z.string().nullable(),
  status: FollowUpStatus,
  attempts: z.number().int(),
  lastAttemptAt: Timestamp.nullable(),
  purgedAt: Timestamp.nullable(),
  version: Version,
  createdAt: Timestamp,
});
export type FollowUpEntry = z.infer<typeof FollowUpEntry>;

export const FollowUpAttempt = z.object({
  id: Id,
  at: Timestamp,
  callerId: Id.nullable(),
  callerName: z.string().nullable(),
  outcome: FollowUpOutcome,
  note: z.string(),
});
export type FollowUpAttempt = z.infer<typeof FollowUpAttempt>;

export const FollowUpRating = z.object({ touchpointId: Id, score: z.number().int().min(1).max(5) });
export type FollowUpRating = z.infer<typeof FollowUpRating>;

export const FollowUpIssue = z.object({
  id: Id,
  touchpointId: Id.nullable(),
  /** Masked before storage. */
  text: z.string(),
  vocItemId: Id.nullable(),
  createdAt: Timestamp,
});
export type FollowUpIssue = z.infer<typeof FollowUpIssue>;

export const FollowUpEntryDetail = z.object({
  entry: FollowUpEntry,
  attempts: z.array(FollowUpAttempt),
  ratings: z.array(FollowUpRating),
  issues: z.array(FollowUpIssue),
  script: FollowUpScript.nullable(),
  maxAttempts: z.number().int(),
});
export type FollowUpEntryDetail = z.infer<typeof FollowUpEntryDetail>;

export const FollowUpEntryQuery = z.object({
  status: FollowUpStatus.optional(),
  departmentId: Id.optional(),
  listId: Id.optional(),
  assigneeUserId: Id.optional(),
  /** "true": only entries assigned to the member asking. */
  mine: z.enum(["true", "false"]).optional(),
  /** "true": only entries no caller has yet. */
  unassigned: z.enum(["true", "false"]).optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type FollowUpEntryQuery = z.input<typeof FollowUpEntryQuery>;

export const FollowUpEntryPage = z.object({
  items: z.array(FollowUpEntry),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type FollowUpEntryPage = z.infer<typeof FollowUpEntryPage>;

export const AssignFollowUpInput = z.object({
  entryIds: z.array(Id).min(1, "choose at least one entry").max(1000),
  assigneeUserId: Id.nullable(),
});
export type AssignFollowUpInput = z.infer<typeof AssignFollowUpInput>;

/** A member who can work calls (editor and above), with the open calls in their worklist. */
export const FollowUpCaller = z.object({
  userId: Id,
  name: z.string(),
  role: z.enum(["owner", "admin", "editor"]),
  /** Assigned entries still to call (pending or not reached). */
  open: z.number().int(),
  /** Every entry assigned to them. */
  assigned: z.number().int(),
});
export type FollowUpCaller = z.infer<typeof FollowUpCaller>;

export const FollowUpCallers = z.object({
  items: z.array(FollowUpCaller),
  /** Open entries without a caller. */
  unassignedOpen: z.number().int(),
});
export type FollowUpCallers = z.infer<typeof FollowUpCallers>;

const IssueText = z.string().trim().min(1, "write what the patient raised").max(MAX_ISSUE);

/** One call: the outcome; when reached, the scores per asked touchpoint and the issues raised. */
export const RecordFollowUpAttemptInput = z
  .object({
    outcome: FollowUpOutcome,
    note: z.string().trim().max(MAX_NOTE).default(""),
    ratings: z.array(FollowUpRating).max(100).default([]),
    issues: z
      .array(z.object({ text: IssueText, touchpointId: Id.nullable().default(null) }))
      .max(20)
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== "reached" && (v.ratings.length > 0 || v.issues.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "only a reached call has ratings and issues" });
    }
    const seen = new Set<string>();
    v.ratings.forEach((r, i) => {
      if (seen.has(r.touchpointId)) {
        ctx.addIssue({ code: "custom", path: ["ratings", i, "touchpointId"], message: "rated twice" });
      }
      seen.add(r.touchpointId);
    });
  });
export type RecordFollowUpAttemptInput = z.input<typeof RecordFollowUpAttemptInput>;

export const RevealFollowUpPhoneInput = z.object({
  purpose: z.string().trim().min(1, "say why").max(200).default("해피콜 발신"),
});
export const RevealedFollowUpPhone = z.object({ phone: z.string(), phoneMasked: z.string() });

/** Optional details of the issue → VOC conversion; the rest comes from the entry. */
export const FollowUpIssueToVocInput = z.object({
  type: z.enum(["complaint", "compliment", "suggestion", "inquiry"]).default("complaint"),
  severity: z.enum(["low", "medium", "high"]).default("medium"),
});

// ---------------------------------------------------------------------------------------------
// Import

export const FollowUpColumnTarget = z.enum([
  "ignore",
  "dedupe_key",
  "name",
  "phone",
  "visit_date",
  "department",
  "journey",
]);
export type FollowUpColumnTarget = z.infer<typeof FollowUpColumnTarget>;

export const FollowUpImportMapping = z.object({
  columns: z
    .array(z.object({ column: z.string().max(200), target: FollowUpColumnTarget }))
    .max(100)
    .superRefine((columns, ctx) => {
      const seen = new Set<string>();
      columns.forEach((c, i) => {
        if (c.target === "ignore") return;
        if (seen.has(c.target))
          ctx.addIssue({ code: "custom", path: [i, "target"], message: `${c.target} is mapped twice` });
        seen.add(c.target);
      });
      for (const required of ["name", "phone", "visit_date"]) {
        if (!seen.has(required)) ctx.addIssue({ code: "custom", path: [], message: `map a column to ${required}` });
      }
    }),
  /** The journey of rows without a journey column (or with an empty cell). */
  defaultJourneyId: Id.nullable().default(null),
});
export type FollowUpImportMapping = z.infer<typeof FollowUpImportMapping>;

/** The file travels as base64 in JSON: call lists are small (hundreds to a few thousand rows). */
export const FollowUpImportInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  content: z.string().min(1).max(4_000_000, "the file is too large for a call list (at most about 3 MB)"),
  mapping: FollowUpImportMapping.optional(),
  name: z.string().trim().max(100).default(""),
});
export type FollowUpImportInput = z.input<typeof FollowUpImportInput>;

/** A bad row, as the survey import reports it, with two codes of its own (bad_phone, unknown_journey). */
export const FollowUpRowError = ImportRowError.extend({ code: z.string() });
export type FollowUpRowError = z.infer<typeof FollowUpRowError>;

export const FollowUpImportReport = z.object({
  mode: z.enum(["preview", "commit"]),
  header: z.array(z.string()),
  suggestedMapping: FollowUpImportMapping,
  rows: z.number().int(),
  valid: z.number().int(),
  duplicates: z.number().int(),
  created: z.number().int(),
  errors: z.array(FollowUpRowError),
  errorCount: z.number().int(),
  /** Mapped rows, masked. */
  sample: z.array(z.record(z.string(), z.string())),
  committed: z.boolean(),
  listId: Id.nullable(),
});
export type FollowUpImportReport = z.infer<typeof FollowUpImportReport>;

// ---------------------------------------------------------------------------------------------
// Stats

export const FollowUpStatsQuery = z.object({ from: Day.optional(), to: Day.optional() });

export const FollowUpRates = z.object({
  key: z.string(),
  label: z.string(),
  entries: z.number().int(),
  attempted: z.number().int(),
  reached: z.number().int(),
  /** attempted / entries; null without entries. */
  contactRate: z.number().nullable(),
  /** reached / attempted; null without attempts. */
  reachedRate: z.number().nullable(),
  meanSatisfaction: z.number().nullable(),
});
export type FollowUpRates = z.infer<typeof FollowUpRates>;

export const FollowUpStats = z.object({
  overall: FollowUpRates,
  byDepartment: z.array(FollowUpRates),
  byWeek: z.array(FollowUpRates),
  touchpoints: z.array(
    z.object({ touchpointId: Id, name: z.string(), n: z.number().int(), mean: z.number(), low: z.number().int() }),
  ),
});
export type FollowUpStats = z.infer<typeof FollowUpStats>;
