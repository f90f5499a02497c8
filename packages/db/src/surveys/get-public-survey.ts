import { notFound, type PublicSurvey, type Result, type SurveyDefinition } from "@motmap/core";
import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";

const missing = { ok: false as const, error: notFound("survey", "page") };

/** Where a public survey lives: its hospital and the published version patients answer. */
export async function findOpenSurvey(db: Kysely<DB>, publicId: string) {
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(publicId)) return undefined;
  const row = await db
    .selectFrom("surveys")
    .innerJoin("hospitals", "hospitals.id", "surveys.hospital_id")
    .innerJoin("survey_versions", (join) =>
      join
        .onRef("survey_versions.survey_id", "=", "surveys.id")
        .onRef("survey_versions.number", "=", "surveys.published_version"),
    )
    .select([
      "surveys.id",
      "surveys.hospital_id",
      "surveys.public_id",
      "surveys.title",
      "surveys.title_en",
      "surveys.description",
      "surveys.description_en",
      "surveys.status",
      "survey_versions.number",
      "survey_versions.definition",
      "hospitals.name as hospital_name",
      "hospitals.name_en as hospital_name_en",
    ])
    .where("surveys.public_id", "=", publicId)
    .where("surveys.status", "=", "published")
    .executeTakeFirst();
  return row
    ? { ...row, number: Number(row.number), definition: JSON.parse(row.definition) as SurveyDefinition }
    : undefined;
}

/** The public page: unknown, draft and closed surveys all answer the same not_found. */
export async function getPublicSurvey(db: Kysely<DB>, publicId: string): Promise<Result<PublicSurvey>> {
  const s = await findOpenSurvey(db, publicId);
  if (!s) return missing;
  return {
    ok: true,
    value: {
      publicId: s.public_id,
      hospitalName: s.hospital_name,
      hospitalNameEn: s.hospital_name_en,
      title: s.title,
      titleEn: s.title_en,
      description: s.description,
      descriptionEn: s.description_en,
      version: s.number,
      definition: s.definition,
    },
  };
}
