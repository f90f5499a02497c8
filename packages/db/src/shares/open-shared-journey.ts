import { type JourneyDetail, notFound, type Result } from "@motmap/core";
import type { Kysely } from "kysely";
import { listDepartments } from "../departments/list-departments.ts";
import { getJourneyDetail } from "../journeys/get-journey-detail.ts";
import type { DB } from "../schema.ts";
import { hashShareToken } from "./share-tokens.ts";

export interface SharedJourney {
  hospitalName: string;
  hospitalNameEn: string;
  journey: JourneyDetail;
  departments: { id: string; name: string; nameEn: string }[];
}

/**
 * The public, read-only view behind a share link. Revoked links, unknown tokens and journeys
 * that went back to draft all answer the same not_found.
 */
export async function openSharedJourney(db: Kysely<DB>, token: string): Promise<Result<SharedJourney>> {
  const missing = { ok: false as const, error: notFound("shared journey", "link") };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return missing;
  const share = await db
    .selectFrom("journey_shares")
    .innerJoin("hospitals", "hospitals.id", "journey_shares.hospital_id")
    .select([
      "journey_shares.hospital_id",
      "journey_shares.journey_id",
      "journey_shares.revoked_at",
      "hospitals.name",
      "hospitals.name_en",
    ])
    .where("journey_shares.token_hash", "=", hashShareToken(token))
    .executeTakeFirst();
  if (!share || share.revoked_at) return missing;
  const ctx = { db, hospitalId: share.hospital_id, actorId: null };
  const detail = await getJourneyDetail(ctx, share.journey_id);
  if (!detail.ok || detail.value.status !== "published") return missing;
  const departments = (await listDepartments(ctx)).map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn }));
  return {
    ok: true,
    value: { hospitalName: share.name, hospitalNameEn: share.name_en, journey: detail.value, departments },
  };
}
