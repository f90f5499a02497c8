import { can, canAssignRole, type DomainError, type Role } from "@motmap/core";
import type { Transaction } from "kysely";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";

export const forbidden = (message: string): DomainError => ({ code: "forbidden", message });

/** Changing someone from `from` to `to` (null = removing them) by an actor with `actor` role. */
export function checkRoleChange(actor: Role, from: Role | null, to: Role | null): DomainError | null {
  if (!can(actor, "manageMembers")) return forbidden(`a ${actor} cannot manage members`);
  if (to && !canAssignRole(actor, to)) return forbidden(`a ${actor} cannot grant the ${to} role`);
  if (from === "owner" && actor !== "owner") return forbidden("only an owner can change another owner");
  return null;
}

/** A hospital must keep at least one owner. */
export async function wouldLeaveNoOwner(trx: Transaction<DB>, ctx: HospitalContext, userId: string): Promise<boolean> {
  const owners = await trx
    .selectFrom("memberships")
    .select("user_id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("role", "=", "owner")
    .execute();
  return owners.length === 1 && owners[0]?.user_id === userId;
}
