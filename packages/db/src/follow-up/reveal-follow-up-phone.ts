import { notFound, type Result, RevealFollowUpPhoneInput, validate } from "@motmap/core";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { recordPersonalDataAccess } from "../privacy/record-personal-data-access.ts";

/**
 * The phone number in full, to dial: an explicit action, logged (who, when, from where, why) in the
 * same transaction as the decryption. A purged entry has nothing left to show.
 */
export async function revealFollowUpPhone(
  ctx: HospitalContext,
  id: string,
  input: unknown,
  address: string,
): Promise<Result<{ phone: string; phoneMasked: string }>> {
  const parsed = validate(RevealFollowUpPhoneInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    const row = await trx
      .selectFrom("follow_up_entries")
      .select(["phone_encrypted", "phone_masked"])
      .where("id", "=", id)
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirst();
    if (!row) throw new Rollback(notFound("follow-up entry", id));
    if (!row.phone_encrypted || !row.phone_masked) {
      throw new Rollback({
        code: "not_found",
        message: "the phone number was deleted at the end of the retention period",
      });
    }
    const phone = secretBoxOf(ctx.db).decrypt(row.phone_encrypted);
    await recordPersonalDataAccess(trx, ctx, {
      recordType: "follow_up_entry",
      recordId: id,
      action: "decrypt",
      purpose: parsed.value.purpose,
      address,
    });
    return { phone, phoneMasked: row.phone_masked };
  });
}
