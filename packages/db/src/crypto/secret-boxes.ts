import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";
import { type SecretBox, SecretKeyError } from "./secret-box.ts";

const boxes = new WeakMap<Kysely<DB>, SecretBox>();

/**
 * The key travels with the connection: `openDatabase` attaches its SecretBox to the Kysely instance,
 * so every HospitalContext on that database (API, CLI, demo seed, tests) can encrypt and decrypt
 * without a new parameter on every use case.
 */
export function attachSecretBox(db: Kysely<DB>, box: SecretBox): void {
  boxes.set(db, box);
}

export function secretBoxOf(db: Kysely<DB>): SecretBox {
  const box = boxes.get(db);
  if (!box) throw new SecretKeyError("this database was not opened with openDatabase: no secret key is attached");
  return box;
}
