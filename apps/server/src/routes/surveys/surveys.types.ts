import { z } from "@hono/zod-openapi";
import {
  CreateSurveyInput,
  ListSurveyResponsesQuery,
  PublicSurvey,
  SubmitSurveyResponseInput,
  SubmittedResponse,
  Survey,
  SurveyDetail,
  SurveyFromJourneyInput,
  SurveyFromTemplateInput,
  SurveyResponse,
  SurveySummary,
  UpdateSurveyInput,
} from "@motmap/core";
import { IdParams, ItemsOf } from "../../http/route.ts";

export const SurveyParams = IdParams;
export const SurveyBody = Survey;
export const SurveyDetailResponse = SurveyDetail;
export const SurveyListResponse = ItemsOf(SurveySummary);
export const CreateSurveyBody = CreateSurveyInput;
export const UpdateSurveyBody = UpdateSurveyInput;
export const SurveyFromJourneyBody = SurveyFromJourneyInput;
export const SurveyFromTemplateBody = SurveyFromTemplateInput;
export const SurveyResponsesQuery = ListSurveyResponsesQuery;
export const SurveyResponseListResponse = ItemsOf(SurveyResponse);
export const PublicSurveyParams = z.object({ publicId: z.string().min(1).max(100) });
export const PublicSurveyResponse = PublicSurvey;
export const SubmitResponseBody = SubmitSurveyResponseInput;
export const SubmittedResponseBody = SubmittedResponse;
