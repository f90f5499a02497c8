import { z } from "@hono/zod-openapi";
import { CreateFromTemplateInput, Journey, Segment } from "@motmap/core";

export const TemplatesQuery = z.object({ locale: z.enum(["ko", "en"]).default("ko") });
export const TemplateListResponse = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        segment: Segment,
        title: z.string(),
        description: z.string(),
        stageCount: z.number().int(),
        touchpointCount: z.number().int(),
      }),
    ),
  })
  .openapi("TemplateList");
export const CreateFromTemplateBody = CreateFromTemplateInput;
export const JourneyResponse = Journey;
