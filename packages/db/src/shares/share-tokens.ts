import { createHash, randomBytes } from "node:crypto";

/** 256 random bits: unguessable. Only the SHA-256 is stored, so the database cannot leak links. */
export const newShareToken = () => randomBytes(32).toString("base64url");
export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const sharePath = (token: string) => `/share/${token}`;
