import { z } from "zod";
import { Entity, Lines, Name, Text, Version } from "./common.ts";

/** Typical patient segments from the domain brief; "other" for a hospital's own. */
export const SEGMENTS = [
  "first_visit_outpatient",
  "returning_outpatient",
  "elderly",
  "inpatient",
  "health_checkup",
  "emergency",
  "foreign",
  "pediatric_guardian",
  "other",
] as const;
export const Segment = z.enum(SEGMENTS);
export type Segment = z.infer<typeof Segment>;

export const PersonaFields = z.object({
  name: Name(100),
  segment: Segment.default("other"),
  ageGroup: z.string().trim().max(50).default(""),
  description: Text(3000).default(""),
  goals: Lines().default([]),
  needs: Lines().default([]),
  frustrations: Lines().default([]),
  quote: Text(500).default(""),
});
export const Persona = Entity.extend(PersonaFields.shape);
export type Persona = z.infer<typeof Persona>;
export const CreatePersonaInput = PersonaFields;
export type CreatePersonaInput = z.input<typeof CreatePersonaInput>;
export const UpdatePersonaInput = z
  .object({
    name: Name(100),
    segment: Segment,
    ageGroup: z.string().trim().max(50),
    description: Text(3000),
    goals: Lines(),
    needs: Lines(),
    frustrations: Lines(),
    quote: Text(500),
  })
  .partial()
  .extend({ version: Version });
export type UpdatePersonaInput = z.infer<typeof UpdatePersonaInput>;
