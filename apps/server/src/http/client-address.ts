import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The peer address for rate limits; in-process requests (tests) have no socket. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
