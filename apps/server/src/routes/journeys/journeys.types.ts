import {
  CreateJourneyInput,
  CreateToBeInput,
  DuplicateJourneyInput,
  Journey,
  JourneyDetail,
  JourneyDocument,
  JourneySummary,
  UpdateJourneyInput,
} from "@motmap/core";
import { IdParams, ItemsOf } from "../../http/route.ts";

export const JourneyParams = IdParams;
export const JourneyResponse = Journey;
export const JourneyDetailResponse = JourneyDetail;
export const JourneyListResponse = ItemsOf(JourneySummary);
export const CreateJourneyBody = CreateJourneyInput;
export const UpdateJourneyBody = UpdateJourneyInput;
export const DuplicateJourneyBody = DuplicateJourneyInput;
export const JourneyDocumentBody = JourneyDocument;
export const JourneyDocumentResponse = JourneyDocument;
export const CreateToBeBody = CreateToBeInput;
