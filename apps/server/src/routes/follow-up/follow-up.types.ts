import { z } from "@hono/zod-openapi";
import {
  AssignFollowUpInput,
  FOLLOW_UP_STATUSES,
  FollowUpCallers,
  FollowUpEntryDetail,
  FollowUpEntryPage,
  FollowUpImportInput,
  FollowUpImportReport,
  FollowUpIssue,
  FollowUpIssueToVocInput,
  FollowUpList,
  FollowUpScript,
  FollowUpScriptInput,
  FollowUpSettings,
  FollowUpStats,
  RecordFollowUpAttemptInput,
  RevealedFollowUpPhone,
  RevealFollowUpPhoneInput,
  UpdateFollowUpSettingsInput,
  VocItem,
} from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const FollowUpHospitalParams = HospitalParams;
export const FollowUpIdParams = IdParams;
export const ScriptParams = HospitalParams.extend({ journeyId: z.uuid() });

const Day = z.iso.date();

export const SettingsResponse = FollowUpSettings.extend({ scripts: z.array(FollowUpScript) });
export const UpdateSettingsBody = UpdateFollowUpSettingsInput;
export const ScriptBody = FollowUpScriptInput;
export const ScriptResponse = FollowUpScript;
export const ListsResponse = ItemsOf(FollowUpList);
export const ImportBody = FollowUpImportInput;
export const ImportResponse = FollowUpImportReport;

export const EntryQueryParams = z.object({
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  departmentId: z.uuid().optional(),
  listId: z.uuid().optional(),
  assigneeUserId: z.uuid().optional(),
  mine: z.enum(["true", "false"]).optional(),
  unassigned: z.enum(["true", "false"]).optional(),
  from: Day.optional(),
  to: Day.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export const EntryPageResponse = FollowUpEntryPage;
export const EntryDetailResponse = FollowUpEntryDetail;
export const AssignBody = AssignFollowUpInput;
export const CallersResponse = FollowUpCallers;
export const AssignResponse = z.object({ assigned: z.number().int() });
export const AttemptBody = RecordFollowUpAttemptInput;
export const RevealBody = RevealFollowUpPhoneInput;
export const RevealResponse = RevealedFollowUpPhone;
export const IssueToVocBody = FollowUpIssueToVocInput;
export const IssueToVocResponse = z.object({ issue: FollowUpIssue, vocItem: VocItem });
export const StatsQueryParams = z.object({ from: Day.optional(), to: Day.optional() });
export const StatsResponse = FollowUpStats;
