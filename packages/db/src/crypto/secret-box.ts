import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Encryption at rest for personal data the hospital must be able to read back (a VOC reply contact,
 * later the follow-up call list): AES-256-GCM, a random 96-bit IV per value, stored as
 * `v1:<iv>:<tag>:<ciphertext>` (base64). GCM authenticates: a value altered in the database, or read
 * with another key, fails to decrypt instead of returning garbage.
 *
 * Where the key comes from (see `secretKeySourceFor`): `MOTMAP_SECRET_KEY` (32 bytes, base64 or hex)
 * when set; otherwise, for the embedded SQLite set-up, `<data dir>/secret.key`, generated once with
 * mode 0600. A PostgreSQL server needs `MOTMAP_SECRET_KEY`: several servers must share one key.
 * Losing the key makes the stored values unreadable; nothing else depends on it.
 */
export const SECRET_KEY_ENV = "MOTMAP_SECRET_KEY";
const FORMAT = "v1";
const KEY_BYTES = 32;
const IV_BYTES = 12;

/** A missing or malformed key: an operator's mistake, reported with what to do. */
export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

/** Parses a 32-byte key written as 64 hex digits or as base64 (with or without padding). */
export function parseSecretKey(text: string, origin: string): Buffer {
  const s = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(s)
    ? Buffer.from(s, "hex")
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(s)
      ? Buffer.from(s, "base64")
      : null;
  if (!key || key.length !== KEY_BYTES) {
    throw new SecretKeyError(
      `${origin} is not a 32-byte key: give 64 hex digits or 44 base64 characters ` +
        `(generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")`,
    );
  }
  return key;
}

export type SecretKeySource =
  | { kind: "env"; value: string }
  | { kind: "file"; path: string }
  | { kind: "ephemeral" }
  | { kind: "missing"; reason: string };

/** Reads (or, for a key file, creates once) the key a source names. */
export function loadSecretKey(source: SecretKeySource): Buffer {
  switch (source.kind) {
    case "env":
      return parseSecretKey(source.value, SECRET_KEY_ENV);
    case "ephemeral":
      return randomBytes(KEY_BYTES);
    case "missing":
      throw new SecretKeyError(source.reason);
    case "file": {
      if (!existsSync(source.path)) {
        mkdirSync(dirname(source.path), { recursive: true });
        try {
          // "wx": never overwrite a key another process has just written.
          writeFileSync(source.path, `${randomBytes(KEY_BYTES).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
            throw new SecretKeyError(`cannot create the key file ${source.path}: ${(e as Error).message}`);
          }
        }
      }
      let text: string;
      try {
        text = readFileSync(source.path, "utf8");
      } catch (e) {
        throw new SecretKeyError(`cannot read the key file ${source.path}: ${(e as Error).message}`);
      }
      try {
        chmodSync(source.path, 0o600);
      } catch {
        // A read-only mount: the file is still usable.
      }
      return parseSecretKey(text, `the key file ${source.path}`);
    }
  }
}

/**
 * Encrypts and decrypts short personal values. The key is loaded on first use, so a database that
 * never stores a contact never needs one, and a bad key is reported when it matters, with its source.
 */
export class SecretBox {
  #key: Buffer | undefined;
  readonly #source: SecretKeySource;

  constructor(source: SecretKeySource | Buffer) {
    if (Buffer.isBuffer(source)) {
      if (source.length !== KEY_BYTES) throw new SecretKeyError(`a secret key has ${KEY_BYTES} bytes`);
      this.#key = source;
      this.#source = { kind: "ephemeral" };
    } else this.#source = source;
  }

  /** A box with a random key that lives as long as the process (in-memory test databases). */
  static ephemeral(): SecretBox {
    return new SecretBox(randomBytes(KEY_BYTES));
  }

  /** Where the key comes from, for start-up messages (never the key itself). */
  get origin(): string {
    const s = this.#source;
    return s.kind === "env" ? SECRET_KEY_ENV : s.kind === "file" ? s.path : s.kind;
  }

  #keyNow(): Buffer {
    this.#key ??= loadSecretKey(this.#source);
    return this.#key;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.#keyNow(), iv);
    const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [FORMAT, iv.toString("base64"), tag.toString("base64"), data.toString("base64")].join(":");
  }

  decrypt(stored: string): string {
    const [format, iv, tag, data] = stored.split(":");
    if (format !== FORMAT || iv === undefined || tag === undefined || data === undefined) {
      throw new SecretKeyError(`not an encrypted value of format ${FORMAT}`);
    }
    const decipher = createDecipheriv("aes-256-gcm", this.#keyNow(), Buffer.from(iv, "base64"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    try {
      return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
    } catch {
      throw new SecretKeyError(
        `a stored value cannot be decrypted with the key from ${this.origin}: the key changed or the value was altered`,
      );
    }
  }
}

/**
 * The key source for a database: the environment variable wins; an embedded SQLite file keeps its key
 * beside it; an in-memory database gets a key that dies with it; a PostgreSQL server must be told.
 */
export function secretKeySourceFor(
  database: { engine: "sqlite"; file: string } | { engine: "postgres" } | { engine: "pglite"; dataDir?: string },
  env: NodeJS.ProcessEnv = process.env,
): SecretKeySource {
  const value = env[SECRET_KEY_ENV]?.trim();
  if (value) return { kind: "env", value };
  if (database.engine === "sqlite") {
    return database.file === ":memory:"
      ? { kind: "ephemeral" }
      : { kind: "file", path: `${dirname(database.file)}/secret.key` };
  }
  if (database.engine === "pglite" && !database.dataDir) return { kind: "ephemeral" };
  return {
    kind: "missing",
    reason: `${SECRET_KEY_ENV} is not set: with ${database.engine === "postgres" ? "a PostgreSQL server" : "this database"}, set it to a 32-byte key (base64 or hex) shared by every motmap server, to store or read encrypted contacts`,
  };
}
