import type { PersonalDataAction } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, newId, now } from "../context.ts";
import type { DB } from "../schema.ts";

export interface PersonalDataAccess {
  /** "voc_contact", "call_list_entry"… */
  recordType: string;
  recordId: string;
  action: PersonalDataAction;
  purpose: string;
  /** The client address the request came from. */
  address: string;
}

/** One access-log row, in the transaction that read the data: the read and its record stand or fall together. */
export async function recordPersonalDataAccess(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  access: PersonalDataAccess,
): Promise<void> {
  await trx
    .insertInto("personal_data_access_log")
    .values({
      id: newId(),
      hospital_id: ctx.hospitalId,
      actor_id: ctx.actorId,
      at: now(),
      address: access.address.slice(0, 100),
      record_type: access.recordType,
      record_id: access.recordId,
      action: access.action,
      purpose: access.purpose.slice(0, 200),
    })
    .execute();
}
