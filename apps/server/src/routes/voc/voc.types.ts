import { z } from "@hono/zod-openapi";
import {
  CreateVocInput,
  CreateVocSavedViewInput,
  MAX_VOC_PAGE,
  PersonalDataAccessEntry,
  RevealedVocContact,
  RevealVocContactInput,
  SuggestVocInput,
  TransitionVocInput,
  UpdateVocInput,
  VOC_CHANNELS,
  VOC_SEVERITIES,
  VOC_STATUSES,
  VOC_TYPES,
  VocDetail,
  VocItem,
  VocListPage,
  VocSavedView,
  VocSuggestionResult,
} from "@motmap/core";
import { HospitalParams, IdParams, ItemsOf } from "../../http/route.ts";

export const VocParams = IdParams;
export const VocHospitalParams = HospitalParams;

const Flag = z.enum(["true", "false"]);
const Day = z.iso.date();

/** The list filter as a query string; the use case parses it again with the core's VocListQuery. */
export const VocListQueryParams = z.object({
  type: z.enum(VOC_TYPES).optional(),
  status: z.enum(VOC_STATUSES).optional(),
  channel: z.enum(VOC_CHANNELS).optional(),
  severity: z.enum(VOC_SEVERITIES).optional(),
  touchpointId: z.uuid().optional(),
  stageId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
  q: z.string().max(200).optional(),
  assignedToMe: Flag.optional(),
  overdue: Flag.optional(),
  today: Day.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_VOC_PAGE).optional(),
  cursor: z.string().max(200).optional(),
});

export const VocListResponse = VocListPage;
export const VocResponse = VocItem;
export const VocDetailResponse = VocDetail;
export const CreateVocBody = CreateVocInput;
export const UpdateVocBody = UpdateVocInput;
export const TransitionVocBody = TransitionVocInput;
export const SuggestVocBody = SuggestVocInput;
export const VocSuggestionResponse = VocSuggestionResult;
export const RetrainResponse = z.object({ trainedOn: z.number().int() });
export const RevealContactBody = RevealVocContactInput;
export const RevealContactResponse = RevealedVocContact;
export const SavedViewBody = CreateVocSavedViewInput;
export const SavedViewResponse = VocSavedView;
export const SavedViewsResponse = ItemsOf(VocSavedView);

export const AccessLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  beforeId: z.uuid().optional(),
  recordType: z.string().max(50).optional(),
  recordId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
});
export const AccessLogResponse = ItemsOf(PersonalDataAccessEntry);
