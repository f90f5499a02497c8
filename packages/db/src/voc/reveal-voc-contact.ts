import { notFound, type Result, RevealVocContactInput, validate } from "@motmap/core";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { recordPersonalDataAccess } from "../privacy/record-personal-data-access.ts";

/**
 * Decrypts an item's reply contact for the member who asked, and writes who, when, from where and why
 * into the personal-data access log in the same transaction: no reveal without its log row.
 */
export async function revealVocContact(
  ctx: HospitalContext,
  id: string,
  input: unknown,
  address: string,
): Promise<Result<{ contact: string; contactMasked: string }>> {
  const parsed = validate(RevealVocContactInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("voc_items")
      .select(["contact_encrypted", "contact_masked"])
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("VOC item", id));
    if (!row.contact_encrypted || !row.contact_masked) {
      throw new Rollback({ code: "not_found", message: "this VOC item has no contact for a reply" });
    }
    const contact = secretBoxOf(ctx.db).decrypt(row.contact_encrypted);
    await recordPersonalDataAccess(trx, ctx, {
      recordType: "voc_contact",
      recordId: id,
      action: "decrypt",
      purpose: parsed.value.purpose,
      address,
    });
    return { contact, contactMasked: row.contact_masked };
  });
}
